#!/bin/sh
# Rules of the codebase that the compiler cannot check. Prints each violation; fails if there is one.
set -u
root=${1:-.}
status=0
fail() { echo "source rule broken: $1"; status=1; }

# core/ is the engine: no widget may be reached from it.
if grep -rnE '#include *<(QtWidgets/|QWidget|QMainWindow|QDialog|QApplication|QMessageBox)' "$root/core"; then
    fail "core/ includes a Widgets header"
fi
# ui/ presents; it never talks to the network itself.
if grep -rnE '#include *<(QtNetwork/|QNetworkAccessManager|QNetworkReply|QTcpSocket)' "$root/ui"; then
    fail "ui/ includes a network header"
fi
# Secrets only through SecretStore: no QSettings key may name a credential.
if grep -rnE 'setValue\(.*(token|password|securityCode|apiKey|secret)' -i "$root/core" "$root/ui" "$root/app"; then
    fail "a credential is written to QSettings"
fi
# TLS verification is never switched off.
if grep -rnE 'VerifyNone|ignoreSslErrors' "$root/core" "$root/ui" "$root/app"; then
    fail "TLS verification is switched off"
fi
[ $status -eq 0 ] && echo "source rules hold"
exit $status
