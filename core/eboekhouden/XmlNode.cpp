#include "XmlNode.h"

#include <QXmlStreamReader>

const XmlNode* XmlNode::child(QStringView localName) const
{
    for (const XmlNode& c : children) {
        if (c.name == localName)
            return &c;
    }
    return nullptr;
}

QString XmlNode::childText(QStringView localName) const
{
    const XmlNode* c = child(localName);
    return c ? c->text : QString();
}

std::vector<const XmlNode*> XmlNode::childrenNamed(QStringView localName) const
{
    std::vector<const XmlNode*> found;
    for (const XmlNode& c : children) {
        if (c.name == localName)
            found.push_back(&c);
    }
    return found;
}

const XmlNode* XmlNode::find(QStringView localName) const
{
    if (name == localName)
        return this;
    for (const XmlNode& c : children) {
        if (const XmlNode* hit = c.find(localName))
            return hit;
    }
    return nullptr;
}

std::optional<XmlNode> XmlNode::parse(const QByteArray& xml, QString* error)
{
    QXmlStreamReader reader(xml);
    XmlNode root; // a holder for the document element
    std::vector<XmlNode*> open{&root};
    int elements = 0;
    auto fail = [error](const QString& why) -> std::optional<XmlNode> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (++elements > maxElements)
                return fail(QStringLiteral("too many elements"));
            if (static_cast<int>(open.size()) > maxDepth)
                return fail(QStringLiteral("nested too deeply"));
            XmlNode node;
            node.name = reader.name().toString();
            node.namespaceUri = reader.namespaceUri().toString();
            open.back()->children.push_back(std::move(node));
            open.push_back(&open.back()->children.back());
            break;
        }
        case QXmlStreamReader::EndElement:
            open.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (open.size() > 1)
                open.back()->text += reader.text();
            break;
        case QXmlStreamReader::DTD:
            // A reply has no business declaring entities; refusing DTDs keeps expansion attacks out.
            return fail(QStringLiteral("DTD not allowed"));
        default:
            break;
        }
    }
    if (reader.hasError())
        return fail(reader.errorString());
    if (root.children.size() != 1)
        return fail(QStringLiteral("no document element"));
    XmlNode document = std::move(root.children.front());
    return document;
}
