#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class QCoreApplication;
class QSettings;

// Picks the user interface language (setting "ui/language" first, else the system locale) and installs
// the application's and Qt's own translations for it. Dutch and English ship; English is the source text.
class LanguageLoader
{
public:
    static QStringList supportedLanguages();
    static QString settingKey() { return QStringLiteral("ui/language"); }

    // override: a supported language code, or empty for "follow the system".
    static QString choose(const QString& override, const QLocale& system);
    static QString chooseFromSettings(const QSettings& settings, const QLocale& system = QLocale::system());

    // Installs the translators for `language` on the running application, replacing earlier ones.
    // Returns false when the application's own translation could not be loaded.
    bool apply(const QString& language);
    // The locale numbers, amounts and dates are written in for `language` (apply() makes it the default).
    static QLocale localeFor(const QString& language, const QLocale& system);
    QString language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_application;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};
