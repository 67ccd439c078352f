<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Boekhoudbrug</source>
        <translation>Over Boekhoudbrug</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Books your webshop's invoices, credit memos, customers and payments into e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Boekt de facturen, creditnota's, klanten en betalingen van uw webshop in e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boekhoudbrug</source>
        <translation>Boekhoudbrug</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>What is waiting, what failed and today's success rate will be shown here.</source>
        <translation>Hier ziet u straks wat klaarstaat, wat mislukt is en hoeveel vandaag gelukt is.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>The shop's invoices and their booking status will be listed here.</source>
        <translation>Hier staan straks de facturen uit de webshop met hun boekingsstatus.</translation>
    </message>
    <message>
        <source>Credit Memos</source>
        <translation>Creditnota's</translation>
    </message>
    <message>
        <source>The shop's credit memos and their booking status will be listed here.</source>
        <translation>Hier staan straks de creditnota's uit de webshop met hun boekingsstatus.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>The shop's customers and their e-Boekhouden debtor codes will be listed here.</source>
        <translation>Hier staan straks de klanten uit de webshop met hun debiteurcode in e-Boekhouden.</translation>
    </message>
    <message>
        <source>VAT Mapping</source>
        <translation>Btw-koppeling</translation>
    </message>
    <message>
        <source>Which e-Boekhouden VAT code and ledger account each shop tax rate is booked on will be edited here.</source>
        <translation>Hier legt u straks vast op welke btw-code en grootboekrekening in e-Boekhouden elk btw-tarief uit de webshop wordt geboekt.</translation>
    </message>
    <message>
        <source>Synchronisation Logs</source>
        <translation>Synchronisatielogboek</translation>
    </message>
    <message>
        <source>Every attempt to book an invoice, credit memo or customer, with its outcome, will be listed here.</source>
        <translation>Hier staat straks elke poging om een factuur, creditnota of klant te boeken, met de uitkomst.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden</source>
        <translation>Niet verbonden met e-Boekhouden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Boekhoudbrug</source>
        <translation>&amp;Over Boekhoudbrug</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No saved credential was found. Enter it again in the setup wizard.</source>
        <translation>Er is geen opgeslagen inloggegeven gevonden. Vul het opnieuw in via de installatiewizard.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Boekhoudbrug to use the keychain and try again.</source>
        <translation>De toegang tot de sleutelhanger is geweigerd. Geef Boekhoudbrug toegang tot de sleutelhanger en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so credentials cannot be saved safely. Start the system keychain (for example GNOME Keyring or KWallet), or use environment variables for headless runs.</source>
        <translation>Op deze computer is geen sleutelhanger beschikbaar, dus inloggegevens kunnen niet veilig worden bewaard. Start de sleutelhanger van het systeem (bijvoorbeeld GNOME Keyring of KWallet), of gebruik omgevingsvariabelen voor gebruik zonder venster.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>De sleutelhanger meldde een fout: %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Systeeminstelling volgen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A change of language takes full effect the next time Boekhoudbrug starts.</source>
        <translation>Een andere taal is volledig zichtbaar zodra Boekhoudbrug opnieuw start.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Boekhoudbrug command line: runs the webshop to e-Boekhouden.nl sync without a window, for schedulers.</source>
        <translation>Boekhoudbrug-opdrachtregel: voert de synchronisatie van webshop naar e-Boekhouden.nl uit zonder venster, voor taakplanners.</translation>
    </message>
    <message>
        <source>Also log debug details.</source>
        <translation>Ook foutopsporingsdetails vastleggen.</translation>
    </message>
    <message>
        <source>What to do. Available: version.</source>
        <translation>Wat er moet gebeuren. Beschikbaar: version.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Onbekende opdracht: %1</translation>
    </message>
    <message>
        <source>Run with --help to see the commands.</source>
        <translation>Gebruik --help om de opdrachten te zien.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is drawn, then quit.</source>
        <translation>Een afbeelding van het hoofdvenster opslaan in &lt;file&gt; zodra het getekend is, en dan afsluiten.</translation>
    </message>
</context>
</TS>