#include "BookingTexts.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace {

// One loaded translation per language for the whole process: builds run on several sync workers at once, and
// QTranslator::translate only reads once loaded.
const QTranslator* translatorFor(const QString& language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        // The .qm files compiled into boekhoudbrug_core (translations/CMakeLists.txt), as LanguageLoader loads them.
        if (!translator->load(QStringLiteral(":/i18n/boekhoudbrug_%1.qm").arg(language)))
            translator.reset();
        it = loaded.insert(language, translator);
    }
    return it->get();
}

} // namespace

BookingTexts::BookingTexts(const QString& language)
    : m_language(language.trimmed().isEmpty() ? QStringLiteral("nl") : language.trimmed().toLower())
{}

QString BookingTexts::text(const char* context, const char* source) const
{
    if (const QTranslator* translator = translatorFor(m_language)) {
        const QString translated = translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}
