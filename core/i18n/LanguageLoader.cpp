#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

QStringList LanguageLoader::supportedLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString LanguageLoader::choose(const QString& override, const QLocale& system)
{
    if (supportedLanguages().contains(override))
        return override;
    // A Dutch or Flemish system gets Dutch; anyone else is better served by English than by guesswork.
    return system.language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString LanguageLoader::chooseFromSettings(const QSettings& settings, const QLocale& system)
{
    return choose(settings.value(settingKey()).toString(), system);
}

bool LanguageLoader::apply(const QString& language)
{
    if (m_application)
        QCoreApplication::removeTranslator(m_application.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());

    m_language = language;
    m_application = std::make_unique<QTranslator>();
    const bool loaded = m_application->load(QStringLiteral(":/i18n/boekhoudbrug_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(m_application.get());

    // Qt's own strings (wizard buttons, standard dialogs); absent for English, which is fine.
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    return loaded;
}
