#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

// A small read-only element tree of a SOAP message, by local name (namespaces are checked where they
// matter, by the callers). Built with QXmlStreamReader; text is the element's own character data.
struct XmlNode
{
    QString name;
    QString namespaceUri;
    QString text;
    std::vector<XmlNode> children;

    const XmlNode* child(QStringView localName) const;
    QString childText(QStringView localName) const;
    std::vector<const XmlNode*> childrenNamed(QStringView localName) const;
    // First element with this local name anywhere below (depth first), or nullptr.
    const XmlNode* find(QStringView localName) const;

    // Nothing (and `error` set) for text that is not well-formed XML, is nested deeper than maxDepth, or
    // has more than maxElements elements: a reply is never that big, and the limits keep a hostile one cheap.
    static std::optional<XmlNode> parse(const QByteArray& xml, QString* error = nullptr);
    static constexpr int maxDepth = 64;
    static constexpr int maxElements = 200000;
};
