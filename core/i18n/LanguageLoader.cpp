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

QLocale LanguageLoader::localeFor(const QString& language, const QLocale& system)
{
    if (language == u"nl")
        return system.language() == QLocale::Dutch ? system : QLocale(QLocale::Dutch, QLocale::Netherlands);
    // English: the system's own English (US, UK, ...) when it is one, else British English, whose dates and
    // amounts a Dutch reader reads without a second look (day before month, the euro sign in front).
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
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

    // Numbers, amounts and dates follow the interface's language, not the system's: a Dutch screen writes
    // "€ 1.234,56" and "01-12-2026" also on an English system (QLocale() everywhere reads this default).
    QLocale::setDefault(localeFor(language, QLocale::system()));

    // Qt's own strings (wizard buttons, standard dialogs); absent for English, which is fine.
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    return loaded;
}
