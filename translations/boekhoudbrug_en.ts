<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Boekhoudbrug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Books your webshop&apos;s invoices, credit memos, customers and payments into e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boekhoudbrug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is waiting, what failed and today&apos;s success rate will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s invoices and their booking status will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Memos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s credit memos and their booking status will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s customers and their e-Boekhouden debtor codes will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which e-Boekhouden VAT code and ledger account each shop tax rate is booked on will be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt to book an invoice, credit memo or customer, with its outcome, will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Boekhoudbrug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No saved credential was found. Enter it again in the setup wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Boekhoudbrug to use the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so credentials cannot be saved safely. Start the system keychain (for example GNOME Keyring or KWallet), or use environment variables for headless runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes full effect the next time Boekhoudbrug starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Boekhoudbrug command line: runs the webshop to e-Boekhouden.nl sync without a window, for schedulers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also log debug details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do. Available: version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is drawn, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
