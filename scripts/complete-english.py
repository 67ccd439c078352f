#!/usr/bin/env python3
"""Completes translations/boekhoudbrug_en.ts after `cmake --build build --target update_translations`.

The sources are written in English, so each unfinished English message takes its source as translation; a
plural message (%n) gets a singular and a plural form made from its "(s)" markers ("%n invoice(s)" becomes
"%n invoice" and "%n invoices"). Messages already translated are left alone. Dutch is translated by hand.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_WORDS = [("(s) has", ("", " has"), ("s", " have")), ("(s) is", ("", " is"), ("s", " are")),
                ("(s) was", ("", " was"), ("s", " were"))]


def forms(source):
    singular, plural = source, source
    for marker, one, many in PLURAL_WORDS:
        singular = singular.replace(marker, one[0] + one[1])
        plural = plural.replace(marker, many[0] + many[1])
    singular = re.sub(r"\(s\)", "", singular)
    plural = re.sub(r"\(s\)", "s", plural)
    return singular, plural


def main(path):
    tree = ET.parse(path)
    done = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.find("source").text or ""
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in forms(source):
                form = ET.SubElement(translation, "numerusform")
                form.text = text
        else:
            translation.text = source
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {done} messages completed")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/boekhoudbrug_en.ts")
