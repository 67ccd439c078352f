<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Boekhoudbrug</source>
        <translation>About Boekhoudbrug</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Books your webshop&apos;s invoices, credit memos, customers and payments into e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Books your webshop&apos;s invoices, credit memos, customers and payments into e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>AdministrationDirectory</name>
    <message>
        <source>Ledger account %1 does not exist in e-Boekhouden. Correct it in the VAT mapping or the settings.</source>
        <translation>Ledger account %1 does not exist in e-Boekhouden. Correct it in the VAT mapping or the settings.</translation>
    </message>
    <message>
        <source>Invoice template &quot;%1&quot; does not exist in e-Boekhouden. Choose an existing template in the settings.</source>
        <translation>Invoice template &quot;%1&quot; does not exist in e-Boekhouden. Choose an existing template in the settings.</translation>
    </message>
    <message>
        <source>No invoice template is chosen. Type the name of an e-Boekhouden invoice template in the settings, or book the documents as sales mutations.</source>
        <translation>No invoice template is chosen. Type the name of an e-Boekhouden invoice template in the settings, or book the documents as sales mutations.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>Administration settings</source>
        <translation>Administration settings</translation>
    </message>
    <message>
        <source>&amp;Revenue ledger:</source>
        <translation>&amp;Revenue ledger:</translation>
    </message>
    <message>
        <source>Ledger of foreign &amp;VAT (OSS):</source>
        <translation>Ledger of foreign &amp;VAT (OSS):</translation>
    </message>
    <message>
        <source>No e-Boekhouden connection is chosen.</source>
        <translation>No e-Boekhouden connection is chosen.</translation>
    </message>
    <message>
        <source>The ledgers could not be read: %1</source>
        <translation>The ledgers could not be read: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>How documents are booked in e-Boekhouden. You can change this later on the Settings page.</source>
        <translation>How documents are booked in e-Boekhouden. You can change this later on the Settings page.</translation>
    </message>
    <message>
        <source>Choose the revenue ledger.</source>
        <translation>Choose the revenue ledger.</translation>
    </message>
    <message>
        <source>The revenue ledger %1 is not among the administration&apos;s ledgers.</source>
        <translation>The revenue ledger %1 is not among the administration&apos;s ledgers.</translation>
    </message>
    <message>
        <source>The ledger of foreign VAT %1 is not among the administration&apos;s ledgers.</source>
        <translation>The ledger of foreign VAT %1 is not among the administration&apos;s ledgers.</translation>
    </message>
    <message>
        <source>Reading ledgers, invoice templates and existing relations from e-Boekhouden…</source>
        <translation>Reading ledgers, invoice templates and existing relations from e-Boekhouden…</translation>
    </message>
    <message>
        <source>OSS is ticked: the imported documents charge VAT of other EU countries. Choose the ledger of foreign VAT, or untick OSS if the shop is not registered for it.</source>
        <translation>OSS is ticked: the imported documents charge VAT of other EU countries. Choose the ledger of foreign VAT, or untick OSS if the shop is not registered for it.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n ledger(s); invoice templates: %1.</source>
        <translation>
            <numerusform>Read %n ledger; invoice templates: %1.</numerusform>
            <numerusform>Read %n ledgers; invoice templates: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdministrationSettingsForm</name>
    <message>
        <source>The imported documents name no payment method yet.</source>
        <translation>The imported documents name no payment method yet.</translation>
    </message>
    <message>
        <source>The shop charges the customer&apos;s country&apos;s VAT to EU consumers (&amp;OSS)</source>
        <translation>The shop charges the customer&apos;s country&apos;s VAT to EU consumers (&amp;OSS)</translation>
    </message>
    <message>
        <source>The country the shop sells from: it decides which sales are domestic, intra-community (ICP), export or OSS.</source>
        <translation>The country the shop sells from: it decides which sales are domestic, intra-community (ICP), export or OSS.</translation>
    </message>
    <message>
        <source>Mutations (&quot;invoice sent&quot;)</source>
        <translation>Mutations (&quot;invoice sent&quot;)</translation>
    </message>
    <message>
        <source>Invoices (e-Boekhouden&apos;s invoicing module)</source>
        <translation>Invoices (e-Boekhouden&apos;s invoicing module)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Bank ledger</source>
        <translation>Bank ledger</translation>
    </message>
    <message>
        <source>By e-mail address</source>
        <translation>By e-mail address</translation>
    </message>
    <message>
        <source>By customer code, else e-mail address</source>
        <translation>By customer code, else e-mail address</translation>
    </message>
    <message>
        <source>As in the shop</source>
        <translation>As in the shop</translation>
    </message>
    <message>
        <source>Without a fixed prefix</source>
        <translation>Without a fixed prefix</translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation>Digits only</translation>
    </message>
    <message>
        <source>Let e-Boekhouden number them</source>
        <translation>Let e-Boekhouden number them</translation>
    </message>
    <message>
        <source>prefix, e.g. INV</source>
        <translation>prefix, e.g. INV</translation>
    </message>
    <message>
        <source>Shop&apos;s &amp;country:</source>
        <translation>Shop&apos;s &amp;country:</translation>
    </message>
    <message>
        <source>&amp;Book as:</source>
        <translation>&amp;Book as:</translation>
    </message>
    <message>
        <source>&amp;Payment term:</source>
        <translation>&amp;Payment term:</translation>
    </message>
    <message>
        <source>Invoice &amp;template:</source>
        <translation>Invoice &amp;template:</translation>
    </message>
    <message>
        <source>&amp;Debtor ledger:</source>
        <translation>&amp;Debtor ledger:</translation>
    </message>
    <message>
        <source>Ban&amp;k ledger for payments:</source>
        <translation>Ban&amp;k ledger for payments:</translation>
    </message>
    <message>
        <source>&amp;Match debtors:</source>
        <translation>&amp;Match debtors:</translation>
    </message>
    <message>
        <source>Invoice &amp;numbers:</source>
        <translation>Invoice &amp;numbers:</translation>
    </message>
    <message>
        <source>(none: ask)</source>
        <translation>(none: ask)</translation>
    </message>
    <message>
        <source>Booking as invoices needs an invoice template: choose or type its name.</source>
        <translation>Booking as invoices needs an invoice template: choose or type its name.</translation>
    </message>
    <message>
        <source>The invoice template &quot;%1&quot; is not among the administration&apos;s active templates.</source>
        <translation>The invoice template &quot;%1&quot; is not among the administration&apos;s active templates.</translation>
    </message>
    <message>
        <source>Choose the debtor ledger.</source>
        <translation>Choose the debtor ledger.</translation>
    </message>
    <message>
        <source>The debtor ledger %1 is not among the administration&apos;s ledgers.</source>
        <translation>The debtor ledger %1 is not among the administration&apos;s ledgers.</translation>
    </message>
    <message>
        <source>The bank ledger %1 is not among the administration&apos;s ledgers.</source>
        <translation>The bank ledger %1 is not among the administration&apos;s ledgers.</translation>
    </message>
    <message>
        <source>The bank ledger %1 of payment method &quot;%2&quot; is not among the administration&apos;s ledgers.</source>
        <translation>The bank ledger %1 of payment method &quot;%2&quot; is not among the administration&apos;s ledgers.</translation>
    </message>
    <message>
        <source>Enter the fixed prefix that is removed from the invoice numbers, e.g. INV.</source>
        <translation>Enter the fixed prefix that is removed from the invoice numbers, e.g. INV.</translation>
    </message>
    <message>
        <source>%1 (not among the administration&apos;s templates)</source>
        <translation>%1 (not among the administration&apos;s templates)</translation>
    </message>
    <message>
        <source>(the default bank ledger)</source>
        <translation>(the default bank ledger)</translation>
    </message>
    <message>
        <source>Fixed debtor</source>
        <translation>Fixed debtor</translation>
    </message>
    <message>
        <source>(the customer&apos;s own)</source>
        <translation>(the customer&apos;s own)</translation>
    </message>
    <message>
        <source>The code of an existing e-Boekhouden relation to book every document paid this way on; empty books on the customer&apos;s own debtor. Never used for ICP sales.</source>
        <translation>The code of an existing e-Boekhouden relation to book every document paid this way on; empty books on the customer&apos;s own debtor. Never used for ICP sales.</translation>
    </message>
    <message>
        <source>Book the shop&apos;s pa&amp;yments and refunds in e-Boekhouden</source>
        <translation>Book the shop&apos;s pa&amp;yments and refunds in e-Boekhouden</translation>
    </message>
    <message>
        <source>Put before every credit memo&apos;s number. The shop numbers credit memos apart from its invoices (both start at 1), while e-Boekhouden needs a number of its own for each sales booking.</source>
        <translation>Put before every credit memo&apos;s number. The shop numbers credit memos apart from its invoices (both start at 1), while e-Boekhouden needs a number of its own for each sales booking.</translation>
    </message>
    <message>
        <source>Payments are booked as &quot;invoice payment received&quot; on the bank ledger chosen above; choose a bank ledger first.</source>
        <translation>Payments are booked as &quot;invoice payment received&quot; on the bank ledger chosen above; choose a bank ledger first.</translation>
    </message>
    <message>
        <source>Per payment &amp;method:</source>
        <translation>Per payment &amp;method:</translation>
    </message>
    <message>
        <source>C&amp;redit memo prefix:</source>
        <translation>C&amp;redit memo prefix:</translation>
    </message>
    <message>
        <source>Booking payments needs a bank ledger: choose the bank ledger for payments, or switch off booking payments.</source>
        <translation>Booking payments needs a bank ledger: choose the bank ledger for payments, or switch off booking payments.</translation>
    </message>
    <message>
        <source>Enter a credit memo prefix (for instance C): the shop numbers credit memos like its invoices, and e-Boekhouden cannot book two sales under one number.</source>
        <translation>Enter a credit memo prefix (for instance C): the shop numbers credit memos like its invoices, and e-Boekhouden cannot book two sales under one number.</translation>
    </message>
    <message>
        <source>Create products e-Boekhouden does not have yet</source>
        <translation>Create products e-Boekhouden does not have yet</translation>
    </message>
    <message>
        <source>Invoices only: an invoice line names its product in e-Boekhouden. A SKU that is not a product there goes on a line with its description only, unless this is ticked: then the product is created first (description, price, VAT code, revenue ledger).</source>
        <translation>Invoices only: an invoice line names its product in e-Boekhouden. A SKU that is not a product there goes on a line with its description only, unless this is ticked: then the product is created first (description, price, VAT code, revenue ledger).</translation>
    </message>
    <message>
        <source>By shop customer, country and VAT number (a change makes a new debtor)</source>
        <translation>By shop customer, country and VAT number (a change makes a new debtor)</translation>
    </message>
    <message>
        <source>From the name, as e-Boekhouden makes them (e.g. KlaartjePi1)</source>
        <translation>From the name, as e-Boekhouden makes them (e.g. KlaartjePi1)</translation>
    </message>
    <message>
        <source>The shop&apos;s customer number with a prefix (e.g. WEB1042)</source>
        <translation>The shop&apos;s customer number with a prefix (e.g. WEB1042)</translation>
    </message>
    <message>
        <source>The code a new debtor gets in e-Boekhouden. Guests have no customer number: they always get a code from their name.</source>
        <translation>The code a new debtor gets in e-Boekhouden. Guests have no customer number: they always get a code from their name.</translation>
    </message>
    <message>
        <source>prefix, e.g. WEB</source>
        <translation>prefix, e.g. WEB</translation>
    </message>
    <message>
        <source>New debtor &amp;codes:</source>
        <translation>New debtor &amp;codes:</translation>
    </message>
    <message>
        <source>Hold ICP sales while VIES does not answer</source>
        <translation>Hold ICP sales while VIES does not answer</translation>
    </message>
    <message>
        <source>An intra-community (ICP) sale is booked without VAT only when the EU&apos;s VIES confirms the customer&apos;s VAT number. When VIES does not answer, such a sale waits for the next sync (on), or is booked as checked offline only (off).</source>
        <translation>An intra-community (ICP) sale is booked without VAT only when the EU&apos;s VIES confirms the customer&apos;s VAT number. When VIES does not answer, such a sale waits for the next sync (on), or is booked as checked offline only (off).</translation>
    </message>
    <message>
        <source>Dutch (&quot;Omzet 21%&quot;, &quot;Verzendkosten&quot;)</source>
        <translation>Dutch (&quot;Omzet 21%&quot;, &quot;Verzendkosten&quot;)</translation>
    </message>
    <message>
        <source>English (&quot;Sales 21%&quot;, &quot;Shipping&quot;)</source>
        <translation>English (&quot;Sales 21%&quot;, &quot;Shipping&quot;)</translation>
    </message>
    <message>
        <source>The language of the row descriptions Boekhoudbrug writes into e-Boekhouden, whatever language these screens are in.</source>
        <translation>The language of the row descriptions Boekhoudbrug writes into e-Boekhouden, whatever language these screens are in.</translation>
    </message>
    <message>
        <source>Descriptions in e-Boekhouden in:</source>
        <translation>Descriptions in e-Boekhouden in:</translation>
    </message>
    <message>
        <source>The prefix of new debtor codes may hold letters and digits only (e.g. WEB).</source>
        <translation>The prefix of new debtor codes may hold letters and digits only (e.g. WEB).</translation>
    </message>
</context>
<context>
    <name>AdministrationSettingsStore</name>
    <message>
        <source>The booking settings could not be read from the store %1: check that it can be reached, then try again.</source>
        <translation>The booking settings could not be read from the store %1: check that it can be reached, then try again.</translation>
    </message>
</context>
<context>
    <name>AllProfilesCommand</name>
    <message>
        <source>sync --all-profiles [--parallel N]: books every profile (N at once, 1 to %1; default 1), one line each: &quot;&lt;profile&gt;: booked 12, failed 1, waiting 0&quot;. Each profile reads its own BOEKHOUDBRUG_&lt;PROFILE&gt;_EB_API_TOKEN, BOEKHOUDBRUG_&lt;PROFILE&gt;_SHOP_URL, ... (the plain names are not used then). Exit code 0 when all is booked, else the highest code of the profiles.</source>
        <translation>sync --all-profiles [--parallel N]: books every profile (N at once, 1 to %1; default 1), one line each: &quot;&lt;profile&gt;: booked 12, failed 1, waiting 0&quot;. Each profile reads its own BOEKHOUDBRUG_&lt;PROFILE&gt;_EB_API_TOKEN, BOEKHOUDBRUG_&lt;PROFILE&gt;_SHOP_URL, ... (the plain names are not used then). Exit code 0 when all is booked, else the highest code of the profiles.</translation>
    </message>
    <message>
        <source>No profile is set up: run the setup wizard of the app (File → New administration…), or use --config with the settings file of the office.</source>
        <translation>No profile is set up: run the setup wizard of the app (File → New administration…), or use --config with the settings file of the office.</translation>
    </message>
    <message>
        <source>%1 is not used with --all-profiles: a token belongs to one administration. Name the profile in it, e.g. %2.</source>
        <translation>%1 is not used with --all-profiles: a token belongs to one administration. Name the profile in it, e.g. %2.</translation>
    </message>
    <message>
        <source>not connected: set it up in the app, or set %1EB_API_TOKEN</source>
        <translation>not connected: set it up in the app, or set %1EB_API_TOKEN</translation>
    </message>
    <message>
        <source>login refused: enter the token or the shop key again</source>
        <translation>login refused: enter the token or the shop key again</translation>
    </message>
    <message>
        <source>e-Boekhouden or the shop did not answer: the next run tries again</source>
        <translation>e-Boekhouden or the shop did not answer: the next run tries again</translation>
    </message>
    <message>
        <source>wrong usage</source>
        <translation>wrong usage</translation>
    </message>
    <message>
        <source>stopped unexpectedly: see the messages above</source>
        <translation>stopped unexpectedly: see the messages above</translation>
    </message>
    <message>
        <source>ended with code %1</source>
        <translation>ended with code %1</translation>
    </message>
    <message>
        <source>nothing to say</source>
        <translation>nothing to say</translation>
    </message>
    <message>
        <source>token ended on %1</source>
        <translation>token ended on %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>(e-Boekhouden says: %1)</source>
        <translation>(e-Boekhouden says: %1)</translation>
    </message>
    <message>
        <source>The e-Boekhouden API token has expired. Create a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in the setup wizard.</source>
        <translation>The e-Boekhouden API token has expired. Create a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in the setup wizard.</translation>
    </message>
    <message>
        <source>e-Boekhouden did not accept the credentials. Check the API token (or the username and security codes) in the setup wizard and test the connection.</source>
        <translation>e-Boekhouden did not accept the credentials. Check the API token (or the username and security codes) in the setup wizard and test the connection.</translation>
    </message>
    <message>
        <source>e-Boekhouden could not find what was asked for. Refresh the data from e-Boekhouden and try again.</source>
        <translation>e-Boekhouden could not find what was asked for. Refresh the data from e-Boekhouden and try again.</translation>
    </message>
    <message>
        <source>A relation with this code already exists in e-Boekhouden. Link the customer to the existing relation instead of creating a new one.</source>
        <translation>A relation with this code already exists in e-Boekhouden. Link the customer to the existing relation instead of creating a new one.</translation>
    </message>
    <message>
        <source>This invoice number already exists in e-Boekhouden. It was probably posted before: link the document to the existing booking instead of posting it again.</source>
        <translation>This invoice number already exists in e-Boekhouden. It was probably posted before: link the document to the existing booking instead of posting it again.</translation>
    </message>
    <message>
        <source>The date falls in a period that is closed in e-Boekhouden. Ask your accountant to reopen the period, or book the document with a date in an open period.</source>
        <translation>The date falls in a period that is closed in e-Boekhouden. Ask your accountant to reopen the period, or book the document with a date in an open period.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused the VAT code of %1. Check the VAT mapping for this rate.</source>
        <translation>e-Boekhouden refused the VAT code of %1. Check the VAT mapping for this rate.</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>a line</translation>
    </message>
    <message>
        <source>An e-Boekhouden invoice number must end with a digit. Change the invoice number prefix or let e-Boekhouden number the invoices.</source>
        <translation>An e-Boekhouden invoice number must end with a digit. Change the invoice number prefix or let e-Boekhouden number the invoices.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused the ledger account of %1. Check the ledger mapping and refresh the ledger accounts.</source>
        <translation>e-Boekhouden refused the ledger account of %1. Check the ledger mapping and refresh the ledger accounts.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused the data. Correct the document and push it again.</source>
        <translation>e-Boekhouden refused the data. Correct the document and push it again.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused the value of &quot;%1&quot;. Correct it and push the document again.</source>
        <translation>e-Boekhouden refused the value of &quot;%1&quot;. Correct it and push the document again.</translation>
    </message>
    <message numerus="yes">
        <source>e-Boekhouden asks to slow down. Boekhoudbrug will try again in %n second(s).</source>
        <translation>
            <numerusform>e-Boekhouden asks to slow down. Boekhoudbrug will try again in %n second.</numerusform>
            <numerusform>e-Boekhouden asks to slow down. Boekhoudbrug will try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>e-Boekhouden asks to slow down. Boekhoudbrug will try again later.</source>
        <translation>e-Boekhouden asks to slow down. Boekhoudbrug will try again later.</translation>
    </message>
    <message>
        <source>e-Boekhouden has a problem right now (HTTP %1). Boekhoudbrug will try again later; nothing was lost.</source>
        <translation>e-Boekhouden has a problem right now (HTTP %1). Boekhoudbrug will try again later; nothing was lost.</translation>
    </message>
    <message>
        <source>e-Boekhouden could not be reached. Check the internet connection; Boekhoudbrug will try again later.</source>
        <translation>e-Boekhouden could not be reached. Check the internet connection; Boekhoudbrug will try again later.</translation>
    </message>
    <message>
        <source>e-Boekhouden sent an answer Boekhoudbrug cannot read. Try again later; if it keeps happening, send the log file to support.</source>
        <translation>e-Boekhouden sent an answer Boekhoudbrug cannot read. Try again later; if it keeps happening, send the log file to support.</translation>
    </message>
    <message>
        <source>This is not available through the chosen e-Boekhouden connection.</source>
        <translation>This is not available through the chosen e-Boekhouden connection.</translation>
    </message>
    <message>
        <source>This administration is registered with e-Boekhouden in the other country: a Dutch administration logs in at e-boekhouden.nl, a Belgian one at e-boekhouden.be. Choose the administration&apos;s country (Netherlands or Belgium) in the setup wizard and test again.</source>
        <translation>This administration is registered with e-Boekhouden in the other country: a Dutch administration logs in at e-boekhouden.nl, a Belgian one at e-boekhouden.be. Choose the administration&apos;s country (Netherlands or Belgium) in the setup wizard and test again.</translation>
    </message>
    <message>
        <source>This API token may not read the list of administrations: e-Boekhouden keeps that for accountants. A regular token books as usual; only this step needs an accountant&apos;s token.</source>
        <translation>This API token may not read the list of administrations: e-Boekhouden keeps that for accountants. A regular token books as usual; only this step needs an accountant&apos;s token.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused to let this login read its data. Check that the API token (or the username and security codes) belongs to this administration and has not been withdrawn, then test the connection in the setup wizard.</source>
        <translation>e-Boekhouden refused to let this login read its data. Check that the API token (or the username and security codes) belongs to this administration and has not been withdrawn, then test the connection in the setup wizard.</translation>
    </message>
    <message>
        <source>e-Boekhouden answered with error %1, which Boekhoudbrug does not know, so it cannot say what to correct. e-Boekhouden&apos;s own text: &quot;%2&quot;. If the text does not help, send the log file to support.</source>
        <translation>e-Boekhouden answered with error %1, which Boekhoudbrug does not know, so it cannot say what to correct. e-Boekhouden&apos;s own text: &quot;%2&quot;. If the text does not help, send the log file to support.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>e-Boekhouden refused to read data for this login. Check in the setup wizard that the API token (or the username and security codes) belongs to this administration, and test the connection.</source>
        <translation>e-Boekhouden refused to read data for this login. Check in the setup wizard that the API token (or the username and security codes) belongs to this administration, and test the connection.</translation>
    </message>
    <message>
        <source>e-Boekhouden does not know the VAT code of %1 in this administration. A Belgian administration takes only the BE_ codes, a Dutch one only the Dutch codes: check the VAT mapping for this rate, and the administration&apos;s country in the setup wizard.</source>
        <translation>e-Boekhouden does not know the VAT code of %1 in this administration. A Belgian administration takes only the BE_ codes, a Dutch one only the Dutch codes: check the VAT mapping for this rate, and the administration&apos;s country in the setup wizard.</translation>
    </message>
    <message>
        <source>e-Boekhouden accepts a VAT amount on an invoice line only with VAT code AFW_VERK. Check the VAT mapping for this rate.</source>
        <translation>e-Boekhouden accepts a VAT amount on an invoice line only with VAT code AFW_VERK. Check the VAT mapping for this rate.</translation>
    </message>
    <message>
        <source>e-Boekhouden has no product with the code of %1. Push the document again: Boekhoudbrug then sends the line without a product code, or create the product in e-Boekhouden first.</source>
        <translation>e-Boekhouden has no product with the code of %1. Push the document again: Boekhoudbrug then sends the line without a product code, or create the product in e-Boekhouden first.</translation>
    </message>
    <message>
        <source>e-Boekhouden does not know the invoice template. Type the template&apos;s name exactly as it is in e-Boekhouden (Settings &gt; Booking), or book the documents as sales mutations.</source>
        <translation>e-Boekhouden does not know the invoice template. Type the template&apos;s name exactly as it is in e-Boekhouden (Settings &gt; Booking), or book the documents as sales mutations.</translation>
    </message>
</context>
<context>
    <name>ApiTokenPage</name>
    <message>
        <source>Enter the API token.</source>
        <translation>Enter the API token.</translation>
    </message>
    <message>
        <source>The token &amp;ends on:</source>
        <translation>The token &amp;ends on:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>Paste the API token of your administration and test the connection.</source>
        <translation>Paste the API token of your administration and test the connection.</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API &amp;token:</translation>
    </message>
    <message>
        <source>Create the token in e-Boekhouden under Beheer &gt; Inrichting &gt; Koppelingen &gt; API; it is shown only once. A regular token belongs to one administration and may book and read everything Boekhoudbrug needs (ledger accounts, relations, invoices, outstanding items), but not the list of administrations, which e-Boekhouden keeps for accountants. The test therefore shows how many ledger accounts the token may read, and the administration&apos;s name only for an accountant&apos;s token.</source>
        <translation>Create the token in e-Boekhouden under Beheer &gt; Inrichting &gt; Koppelingen &gt; API; it is shown only once. A regular token belongs to one administration and may book and read everything Boekhoudbrug needs (ledger accounts, relations, invoices, outstanding items), but not the list of administrations, which e-Boekhouden keeps for accountants. The test therefore shows how many ledger accounts the token may read, and the administration&apos;s name only for an accountant&apos;s token.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>Boekhoudbrug: %1 needs attention</source>
        <translation>Boekhoudbrug: %1 needs attention</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be booked in e-Boekhouden. Open Boekhoudbrug to see them and what to do.</source>
        <translation>
            <numerusform>%n document could not be booked in e-Boekhouden. Open Boekhoudbrug to see them and what to do.</numerusform>
            <numerusform>%n documents could not be booked in e-Boekhouden. Open Boekhoudbrug to see them and what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionNotifier</name>
    <message>
        <source>The desktop notification could not be shown: notify-send is missing or no notification service answered. Install the package libnotify-bin.</source>
        <translation>The desktop notification could not be shown: notify-send is missing or no notification service answered. Install the package libnotify-bin.</translation>
    </message>
    <message>
        <source>The desktop notification could not be shown (%1).</source>
        <translation>The desktop notification could not be shown (%1).</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit --invoice N | --creditmemo N [--export FILE]: every request sent to e-Boekhouden for the document and its answer (secrets masked); audit --from DATE --until DATE --export FILE: the trail of that period as JSON lines.</source>
        <translation>audit --invoice N | --creditmemo N [--export FILE]: every request sent to e-Boekhouden for the document and its answer (secrets masked); audit --from DATE --until DATE --export FILE: the trail of that period as JSON lines.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>There is no credit memo %1 in the local database. Check the number, or import the shop first.</source>
        <translation>There is no credit memo %1 in the local database. Check the number, or import the shop first.</translation>
    </message>
    <message>
        <source>There is no invoice %1 in the local database. Check the number, or import the shop first.</source>
        <translation>There is no invoice %1 in the local database. Check the number, or import the shop first.</translation>
    </message>
    <message>
        <source>Nothing was sent to e-Boekhouden for %1 yet.</source>
        <translation>Nothing was sent to e-Boekhouden for %1 yet.</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>no answer: %1</translation>
    </message>
    <message>
        <source>%1  attempt %2  %3 %4  %5  %6 ms</source>
        <translation>%1  attempt %2  %3 %4  %5  %6 ms</translation>
    </message>
    <message>
        <source>sent:</source>
        <translation>sent:</translation>
    </message>
    <message>
        <source>answer:</source>
        <translation>answer:</translation>
    </message>
    <message>
        <source>audit --from and --until take dates as YYYY-MM-DD (the second not before the first), with --export FILE.</source>
        <translation>audit --from and --until take dates as YYYY-MM-DD (the second not before the first), with --export FILE.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to %1.</source>
        <translation>
            <numerusform>%n request written to %1.</numerusform>
            <numerusform>%n requests written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingSettingsSection</name>
    <message>
        <source>The shop&apos;s country and OSS do not change the VAT mapping: check it on the VAT Mapping page after changing them. Saved settings count from the next push or synchronisation on, here and in boekhoudbrug-cli.</source>
        <translation>The shop&apos;s country and OSS do not change the VAT mapping: check it on the VAT Mapping page after changing them. Saved settings count from the next push or synchronisation on, here and in boekhoudbrug-cli.</translation>
    </message>
    <message>
        <source>Without the local database the ledgers cannot be offered; codes are shown as saved.</source>
        <translation>Without the local database the ledgers cannot be offered; codes are shown as saved.</translation>
    </message>
    <message>
        <source>Reading the ledgers kept from e-Boekhouden…</source>
        <translation>Reading the ledgers kept from e-Boekhouden…</translation>
    </message>
    <message>
        <source>No ledgers have been read from e-Boekhouden yet; the next synchronisation reads them.</source>
        <translation>No ledgers have been read from e-Boekhouden yet; the next synchronisation reads them.</translation>
    </message>
    <message numerus="yes">
        <source>The %n ledger(s) as e-Boekhouden listed them on %1.</source>
        <translation>
            <numerusform>The %n ledger as e-Boekhouden listed it on %1.</numerusform>
            <numerusform>The %n ledgers as e-Boekhouden listed them on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Booking settings saved.</source>
        <translation>Booking settings saved.</translation>
    </message>
    <message>
        <source>Not saved: the booking settings could not be written to the database. Check that it can be reached (see the log file for the reason), then save again.</source>
        <translation>Not saved: the booking settings could not be written to the database. Check that it can be reached (see the log file for the reason), then save again.</translation>
    </message>
</context>
<context>
    <name>ChooseApiPage</name>
    <message>
        <source>With an &amp;API token (recommended)</source>
        <translation>With an &amp;API token (recommended)</translation>
    </message>
    <message>
        <source>With &amp;username and security codes 1 and 2 (older SOAP connection)</source>
        <translation>With &amp;username and security codes 1 and 2 (older SOAP connection)</translation>
    </message>
    <message>
        <source>Connect to e-Boekhouden</source>
        <translation>Connect to e-Boekhouden</translation>
    </message>
    <message>
        <source>Choose how Boekhoudbrug logs in to your administration.</source>
        <translation>Choose how Boekhoudbrug logs in to your administration.</translation>
    </message>
    <message>
        <source>The API token and the security codes are created in the settings of your e-Boekhouden administration, where its API connections are managed.</source>
        <translation>The API token and the security codes are created in the settings of your e-Boekhouden administration, where its API connections are managed.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Ad&amp;vanced</translation>
    </message>
    <message>
        <source>the public e-Boekhouden service</source>
        <translation>the public e-Boekhouden service</translation>
    </message>
    <message>
        <source>&amp;Endpoint address:</source>
        <translation>&amp;Endpoint address:</translation>
    </message>
    <message>
        <source>Netherlands (e-boekhouden.nl)</source>
        <translation>Netherlands (e-boekhouden.nl)</translation>
    </message>
    <message>
        <source>Belgium (e-boekhouden.be)</source>
        <translation>Belgium (e-boekhouden.be)</translation>
    </message>
    <message>
        <source>The administration is &amp;registered in:</source>
        <translation>The administration is &amp;registered in:</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>saved in the keychain: type to replace</source>
        <translation>saved in the keychain: type to replace</translation>
    </message>
    <message>
        <source>e-Boekhouden</source>
        <translation>e-Boekhouden</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Security code &amp;1:</source>
        <translation>Security code &amp;1:</translation>
    </message>
    <message>
        <source>Security code &amp;2:</source>
        <translation>Security code &amp;2:</translation>
    </message>
    <message>
        <source>New API &amp;token:</source>
        <translation>New API &amp;token:</translation>
    </message>
    <message>
        <source>Test and &amp;save the login</source>
        <translation>Test and &amp;save the login</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Shop &amp;address:</source>
        <translation>Shop &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Webservice key:</source>
        <translation>&amp;Webservice key:</translation>
    </message>
    <message>
        <source>&amp;Consumer key:</source>
        <translation>&amp;Consumer key:</translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation>Consumer s&amp;ecret:</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Access t&amp;oken:</translation>
    </message>
    <message>
        <source>Access token secret:</source>
        <translation>Access token secret:</translation>
    </message>
    <message>
        <source>Test and save the s&amp;hop</source>
        <translation>Test and save the s&amp;hop</translation>
    </message>
    <message>
        <source>Type the new API token (or the username and both security codes) first.</source>
        <translation>Type the new API token (or the username and both security codes) first.</translation>
    </message>
    <message>
        <source>Testing the login…</source>
        <translation>Testing the login…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>The login works, but the keychain did not save it: %1</source>
        <translation>The login works, but the keychain did not save it: %1</translation>
    </message>
    <message>
        <source>%1 Saved: the next synchronisation uses it.</source>
        <translation>%1 Saved: the next synchronisation uses it.</translation>
    </message>
    <message>
        <source>Testing the shop…</source>
        <translation>Testing the shop…</translation>
    </message>
    <message>
        <source>The shop answers, but the keychain did not save its keys: %1</source>
        <translation>The shop answers, but the keychain did not save its keys: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No e-Boekhouden connection is set up for profile %1.</source>
        <translation>No e-Boekhouden connection is set up for profile %1.</translation>
    </message>
    <message>
        <source>Exit codes of test-connection:
  0   connected
  70  unexpected reply or other error
  75  temporary problem (network, server, rate limit): try again later
  77  login refused: check the API token or security codes
  78  not configured: run the setup wizard or set the BOEKHOUDBRUG_EB_* variables</source>
        <translation>Exit codes of test-connection:
  0   connected
  70  unexpected reply or other error
  75  temporary problem (network, server, rate limit): try again later
  77  login refused: check the API token or security codes
  78  not configured: run the setup wizard or set the BOEKHOUDBRUG_EB_* variables</translation>
    </message>
    <message>
        <source>Connected to e-Boekhouden (%1).</source>
        <translation>Connected to e-Boekhouden (%1).</translation>
    </message>
    <message>
        <source>Connected to e-Boekhouden (%1): &quot;%2&quot;.</source>
        <translation>Connected to e-Boekhouden (%1): &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The login may read the ledger accounts (at least %n).</source>
        <translation>
            <numerusform>The login may read the ledger accounts (at least %n).</numerusform>
            <numerusform>The login may read the ledger accounts (at least %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login may read the ledger accounts (%n found).</source>
        <translation>
            <numerusform>The login may read the ledger accounts (%n found).</numerusform>
            <numerusform>The login may read the ledger accounts (%n found).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This accountant&apos;s token manages %n administration(s): %1.</source>
        <translation>
            <numerusform>This accountant&apos;s token manages %n administration: %1.</numerusform>
            <numerusform>This accountant&apos;s token manages %n administrations: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A regular API token cannot show the administration&apos;s name; that is normal.</source>
        <translation>A regular API token cannot show the administration&apos;s name; that is normal.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>This customer is no longer in the local database.</source>
        <translation>This customer is no longer in the local database.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Customer %1</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Customer code (debtor in e-Boekhouden)</source>
        <translation>Customer code (debtor in e-Boekhouden)</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>not yet synced</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Customer log</source>
        <translation>Customer log</translation>
    </message>
</context>
<context>
    <name>CustomerPusher</name>
    <message>
        <source>The customer is no longer in the local database.</source>
        <translation>The customer is no longer in the local database.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>A debtor in e-Boekhouden with code %1; the documents of this customer are booked on it.</source>
        <translation>A debtor in e-Boekhouden with code %1; the documents of this customer are booked on it.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Not in e-Boekhouden yet: the first booking of one of this customer&apos;s documents creates the debtor, or Push to e-Boekhouden does it now.</source>
        <translation>Not in e-Boekhouden yet: the first booking of one of this customer&apos;s documents creates the debtor, or Push to e-Boekhouden does it now.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Web site</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Debtor code</source>
        <translation>Debtor code</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Shop customer number</source>
        <translation>Shop customer number</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <source>In e-Boekhouden</source>
        <translation>In e-Boekhouden</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, email, company, VAT number or customer code</source>
        <translation>Search name, email, company, VAT number or customer code</translation>
    </message>
    <message>
        <source>All web sites</source>
        <translation>All web sites</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>P&amp;ush to e-Boekhouden</source>
        <translation>P&amp;ush to e-Boekhouden</translation>
    </message>
    <message>
        <source>Update the selected customers&apos; debtors in e-Boekhouden with the shop&apos;s name, address, e-mail address and VAT number, or create them when there are none</source>
        <translation>Update the selected customers&apos; debtors in e-Boekhouden with the shop&apos;s name, address, e-mail address and VAT number, or create them when there are none</translation>
    </message>
    <message>
        <source>Open in &amp;shop</source>
        <translation>Open in &amp;shop</translation>
    </message>
    <message>
        <source>In e-Boekhouden or not</source>
        <translation>In e-Boekhouden or not</translation>
    </message>
    <message>
        <source>In e-Boekhouden (a debtor)</source>
        <translation>In e-Boekhouden (a debtor)</translation>
    </message>
    <message>
        <source>Not yet in e-Boekhouden</source>
        <translation>Not yet in e-Boekhouden</translation>
    </message>
    <message>
        <source>No customer matches the filter. Change the filter or clear it.</source>
        <translation>No customer matches the filter. Change the filter or clear it.</translation>
    </message>
    <message>
        <source>No customers yet. They come with the shop&apos;s invoices and credit memos: Synchronise now reads them.</source>
        <translation>No customers yet. They come with the shop&apos;s invoices and credit memos: Synchronise now reads them.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API token:</translation>
    </message>
    <message>
        <source>Successful postings per day (last %1 days)</source>
        <translation>Successful postings per day (last %1 days)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Invoices: %1, credit memos: %2</source>
        <translation>Invoices: %1, credit memos: %2</translation>
    </message>
    <message>
        <source>No end date known</source>
        <translation>No end date known</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valid until %1</translation>
    </message>
    <message>
        <source>Payments and refunds:</source>
        <translation>Payments and refunds:</translation>
    </message>
    <message>
        <source>%1 to book, %2 booked, %3 failed, %4 not outstanding</source>
        <translation>%1 to book, %2 booked, %3 failed, %4 not outstanding</translation>
    </message>
    <message>
        <source>Waiting to be booked:</source>
        <translation>Waiting to be booked:</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Needs attention:</translation>
    </message>
    <message>
        <source>Booked today:</source>
        <translation>Booked today:</translation>
    </message>
    <message>
        <source>Booked in all:</source>
        <translation>Booked in all:</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>Success rate:</translation>
    </message>
    <message>
        <source>Last documents that need attention</source>
        <translation>Last documents that need attention</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <source>Administration: %1</source>
        <translation>Administration: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 of %2 documents</translation>
    </message>
    <message>
        <source>Nothing booked yet</source>
        <translation>Nothing booked yet</translation>
    </message>
    <message>
        <source>%1 %: every document sent was booked</source>
        <translation>%1 %: every document sent was booked</translation>
    </message>
    <message numerus="yes">
        <source>%1 %: %n document(s) need attention</source>
        <translation>
            <numerusform>%1 %: %n document need attention</numerusform>
            <numerusform>%1 %: %n documents need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices needing attention
%1</source>
        <translation>Invoices needing attention
%1</translation>
    </message>
    <message>
        <source>Credit memos needing attention
%1</source>
        <translation>Credit memos needing attention
%1</translation>
    </message>
    <message>
        <source>Waiting to be booked
%1</source>
        <translation>Waiting to be booked
%1</translation>
    </message>
    <message>
        <source>Book now (%1)</source>
        <translation>Book now (%1)</translation>
    </message>
    <message>
        <source>Connect e-Boekhouden in the setup wizard to book.</source>
        <translation>Connect e-Boekhouden in the setup wizard to book.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be booked.</source>
        <translation>Nothing is waiting to be booked.</translation>
    </message>
    <message>
        <source>Book every waiting invoice and credit memo in e-Boekhouden now.</source>
        <translation>Book every waiting invoice and credit memo in e-Boekhouden now.</translation>
    </message>
    <message>
        <source>Credit memo %1</source>
        <translation>Credit memo %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>No reason recorded: open the document.</source>
        <translation>No reason recorded: open the document.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The local database %1 cannot be opened: %2</source>
        <translation>The local database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The local database %1 could not be upgraded: %2</source>
        <translation>The local database %1 could not be upgraded: %2</translation>
    </message>
    <message>
        <source>No file is given for the local database.</source>
        <translation>No file is given for the local database.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host:port/database.</source>
        <translation>%1 is not a PostgreSQL address: write postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password. Remove it from the address and set it in the environment variable PGPASSWORD (or in ~/.pgpass) instead: a password is never kept in the settings.</source>
        <translation>The PostgreSQL address holds a password. Remove it from the address and set it in the environment variable PGPASSWORD (or in ~/.pgpass) instead: a password is never kept in the settings.</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be opened: %2. Check the address, that the server runs, and the password in PGPASSWORD.</source>
        <translation>The shared database %1 cannot be opened: %2. Check the address, that the server runs, and the password in PGPASSWORD.</translation>
    </message>
    <message>
        <source>The shared database %1 could not be upgraded: %2</source>
        <translation>The shared database %1 could not be upgraded: %2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>Type a date as 20-11-2026, or pick one (Alt+Down). Empty: no limit.</source>
        <translation>Type a date as 20-11-2026, or pick one (Alt+Down). Empty: no limit.</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as 20-11-2026.</source>
        <translation>&quot;%1&quot; is not a date. Type it as 20-11-2026.</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <source>Clear both dates</source>
        <translation>Clear both dates</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>un&amp;til</translation>
    </message>
</context>
<context>
    <name>DebtorResolver</name>
    <message>
        <source>No free debtor code could be found for %1.</source>
        <translation>No free debtor code could be found for %1.</translation>
    </message>
    <message>
        <source>The fixed debtor %1 set for this payment method is not in e-Boekhouden. Create it there, or change the booking settings.</source>
        <translation>The fixed debtor %1 set for this payment method is not in e-Boekhouden. Create it there, or change the booking settings.</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>Demo webshop (sandbox)</source>
        <translation>Demo webshop (sandbox)</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>doctor: checks the setup (both connections, the token&apos;s end date, the ledgers and template in the settings, the VAT mapping of the waiting documents, settings that cannot work together, the keychain, the schedule); exits 1 when something must be fixed before documents can be booked.</source>
        <translation>doctor: checks the setup (both connections, the token&apos;s end date, the ledgers and template in the settings, the VAT mapping of the waiting documents, settings that cannot work together, the keychain, the schedule); exits 1 when something must be fixed before documents can be booked.</translation>
    </message>
    <message>
        <source>Something must be fixed before documents can be booked: see the lines marked [problem].</source>
        <translation>Something must be fixed before documents can be booked: see the lines marked [problem].</translation>
    </message>
    <message>
        <source>The setup can book.</source>
        <translation>The setup can book.</translation>
    </message>
</context>
<context>
    <name>DocumentClassifier</name>
    <message>
        <source>domestic</source>
        <translation>domestic</translation>
    </message>
    <message>
        <source>intra-community (ICP)</source>
        <translation>intra-community (ICP)</translation>
    </message>
    <message>
        <source>export outside the EU</source>
        <translation>export outside the EU</translation>
    </message>
    <message>
        <source>OSS distance sale</source>
        <translation>OSS distance sale</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>This document is no longer in the local database.</source>
        <translation>This document is no longer in the local database.</translation>
    </message>
    <message>
        <source>Credit memo %1</source>
        <translation>Credit memo %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>VAT number:</source>
        <translation>VAT number:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <source>Credits invoice:</source>
        <translation>Credits invoice:</translation>
    </message>
    <message>
        <source>Total excl. VAT:</source>
        <translation>Total excl. VAT:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>VAT:</translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation>Total incl. VAT:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>In e-Boekhouden as:</source>
        <translation>In e-Boekhouden as:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Shipping: %1</source>
        <translation>Shipping: %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Synchronisation history</source>
        <translation>Synchronisation history</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>No answer: %1</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what e-Boekhouden answered.</source>
        <translation>Select a request to see what was sent and what e-Boekhouden answered.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>Requests to e-Boekhouden (secrets masked)</source>
        <translation>Requests to e-Boekhouden (secrets masked)</translation>
    </message>
    <message>
        <source>VIES:</source>
        <translation>VIES:</translation>
    </message>
    <message>
        <source>Show the &amp;booking…</source>
        <translation>Show the &amp;booking…</translation>
    </message>
</context>
<context>
    <name>DocumentPusher</name>
    <message>
        <source>The document is no longer in the local database.</source>
        <translation>The document is no longer in the local database.</translation>
    </message>
    <message>
        <source>Already booked in e-Boekhouden as %1.</source>
        <translation>Already booked in e-Boekhouden as %1.</translation>
    </message>
    <message>
        <source>The document is being booked by another sync.</source>
        <translation>The document is being booked by another sync.</translation>
    </message>
    <message>
        <source>Invoice not found: invoice %1 has not been booked in e-Boekhouden yet. Push the invoice first; this credit memo follows at the next sync.</source>
        <translation>Invoice not found: invoice %1 has not been booked in e-Boekhouden yet. Push the invoice first; this credit memo follows at the next sync.</translation>
    </message>
    <message>
        <source>Already in e-Boekhouden under number %1: linked, not posted again.</source>
        <translation>Already in e-Boekhouden under number %1: linked, not posted again.</translation>
    </message>
    <message>
        <source>Credit memo booked in e-Boekhouden as %1.</source>
        <translation>Credit memo booked in e-Boekhouden as %1.</translation>
    </message>
    <message>
        <source>Invoice booked in e-Boekhouden as %1.</source>
        <translation>Invoice booked in e-Boekhouden as %1.</translation>
    </message>
    <message>
        <source>New debtor %1 created.</source>
        <translation>New debtor %1 created.</translation>
    </message>
    <message>
        <source>%1 It will be tried again at the next sync.</source>
        <translation>%1 It will be tried again at the next sync.</translation>
    </message>
    <message>
        <source>Document %1 was not sent: the local database could not record that it was being booked. It will be tried again at the next sync; if this repeats, check the disk.</source>
        <translation>Document %1 was not sent: the local database could not record that it was being booked. It will be tried again at the next sync; if this repeats, check the disk.</translation>
    </message>
    <message>
        <source>The connection to e-Boekhouden broke off while document %1 (order %2) was being booked. e-Boekhouden numbers these documents itself, so it cannot be looked up: it may already be booked. Check e-Boekhouden&apos;s invoices of this customer first: when it is there, choose &quot;Mark as booked by hand&quot;; push it again only when it is not there.</source>
        <translation>The connection to e-Boekhouden broke off while document %1 (order %2) was being booked. e-Boekhouden numbers these documents itself, so it cannot be looked up: it may already be booked. Check e-Boekhouden&apos;s invoices of this customer first: when it is there, choose &quot;Mark as booked by hand&quot;; push it again only when it is not there.</translation>
    </message>
    <message>
        <source>Invoice not booked: invoice %1 of this credit memo could not be booked (see its message). Fix the invoice and push it again; this credit memo follows at the next sync.</source>
        <translation>Invoice not booked: invoice %1 of this credit memo could not be booked (see its message). Fix the invoice and push it again; this credit memo follows at the next sync.</translation>
    </message>
    <message>
        <source>invoice %1 was marked as booked by hand</source>
        <translation>invoice %1 was marked as booked by hand</translation>
    </message>
    <message>
        <source>invoice %1 is not in the local database</source>
        <translation>invoice %1 is not in the local database</translation>
    </message>
    <message>
        <source>Invoice not found: %1, and e-Boekhouden has no sales booking numbered %2 for this customer. Import the period of the invoice (Import a period) or book the invoice in e-Boekhouden under number %2; this credit memo follows at the next sync.</source>
        <translation>Invoice not found: %1, and e-Boekhouden has no sales booking numbered %2 for this customer. Import the period of the invoice (Import a period) or book the invoice in e-Boekhouden under number %2; this credit memo follows at the next sync.</translation>
    </message>
    <message>
        <source>a credit booking of %1</source>
        <translation>a credit booking of %1</translation>
    </message>
    <message>
        <source>an invoice booking of %1</source>
        <translation>an invoice booking of %1</translation>
    </message>
    <message>
        <source>%1 for another relation</source>
        <translation>%1 for another relation</translation>
    </message>
    <message>
        <source>an invoice listed without an id</source>
        <translation>an invoice listed without an id</translation>
    </message>
    <message>
        <source>a booking listed without an id</source>
        <translation>a booking listed without an id</translation>
    </message>
    <message>
        <source>e-Boekhouden already has a sales booking numbered %1 that is not this credit memo: %2. Nothing was booked. Check that booking in e-Boekhouden; if it is another document, give credit memos a prefix of their own in the booking settings and push this one again; if it is this credit memo, choose &quot;Mark as booked by hand&quot;.</source>
        <translation>e-Boekhouden already has a sales booking numbered %1 that is not this credit memo: %2. Nothing was booked. Check that booking in e-Boekhouden; if it is another document, give credit memos a prefix of their own in the booking settings and push this one again; if it is this credit memo, choose &quot;Mark as booked by hand&quot;.</translation>
    </message>
    <message>
        <source>e-Boekhouden already has a sales booking numbered %1 that is not this invoice: %2. Nothing was booked. Check that booking in e-Boekhouden; if it is another document, change the invoice numbering in the booking settings and push this one again; if it is this invoice, choose &quot;Mark as booked by hand&quot;.</source>
        <translation>e-Boekhouden already has a sales booking numbered %1 that is not this invoice: %2. Nothing was booked. Check that booking in e-Boekhouden; if it is another document, change the invoice numbering in the booking settings and push this one again; if it is this invoice, choose &quot;Mark as booked by hand&quot;.</translation>
    </message>
    <message>
        <source>The debtor could not be looked up in e-Boekhouden (%1): the debtor shown is the one the rules would create; the booking uses an existing debtor if e-Boekhouden has one.</source>
        <translation>The debtor could not be looked up in e-Boekhouden (%1): the debtor shown is the one the rules would create; the booking uses an existing debtor if e-Boekhouden has one.</translation>
    </message>
    <message>
        <source>Booked on the existing debtor %1 in e-Boekhouden.</source>
        <translation>Booked on the existing debtor %1 in e-Boekhouden.</translation>
    </message>
    <message>
        <source>Booked on the existing debtor %1 (%2) in e-Boekhouden.</source>
        <translation>Booked on the existing debtor %1 (%2) in e-Boekhouden.</translation>
    </message>
    <message>
        <source>Customer email required: the customer of %1 has no valid e-mail address (&quot;%2&quot;), so its debtor cannot be found or created in e-Boekhouden. Add the e-mail address to the customer in the shop, or set a fixed debtor for the payment method in the booking settings, then offer the document again.</source>
        <translation>Customer email required: the customer of %1 has no valid e-mail address (&quot;%2&quot;), so its debtor cannot be found or created in e-Boekhouden. Add the e-mail address to the customer in the shop, or set a fixed debtor for the payment method in the booking settings, then offer the document again.</translation>
    </message>
    <message>
        <source>Validation error: %1</source>
        <translation>Validation error: %1</translation>
    </message>
    <message>
        <source>Customer created: new debtor %1 in e-Boekhouden for %2, during the sync of %3.</source>
        <translation>Customer created: new debtor %1 in e-Boekhouden for %2, during the sync of %3.</translation>
    </message>
    <message>
        <source>Duplicate found: %1 already exists in e-Boekhouden as debtor %2; %3 is booked on it.</source>
        <translation>Duplicate found: %1 already exists in e-Boekhouden as debtor %2; %3 is booked on it.</translation>
    </message>
    <message>
        <source>A new debtor %1 is created in e-Boekhouden.</source>
        <translation>A new debtor %1 is created in e-Boekhouden.</translation>
    </message>
    <message>
        <source>The debtor %1 is created by the push: the request then carries the id e-Boekhouden gives it (shown here as 0).</source>
        <translation>The debtor %1 is created by the push: the request then carries the id e-Boekhouden gives it (shown here as 0).</translation>
    </message>
    <message>
        <source>Debtor %1 is no longer in e-Boekhouden (deleted there?): Boekhoudbrug has forgotten it and looks up or creates the debtor of %2 again. If the relation was merged into another one in e-Boekhouden, check which debtor %2 is booked on.</source>
        <translation>Debtor %1 is no longer in e-Boekhouden (deleted there?): Boekhoudbrug has forgotten it and looks up or creates the debtor of %2 again. If the relation was merged into another one in e-Boekhouden, check which debtor %2 is booked on.</translation>
    </message>
    <message>
        <source>Debtor %1 is no longer in e-Boekhouden (deleted there?): the push forgets it and finds or creates the debtor again, so the debtor shown is not the one that will be used.</source>
        <translation>Debtor %1 is no longer in e-Boekhouden (deleted there?): the push forgets it and finds or creates the debtor again, so the debtor shown is not the one that will be used.</translation>
    </message>
    <message>
        <source>Debtor %1 is no longer in e-Boekhouden: the request is made once the push has found or created the debtor again.</source>
        <translation>Debtor %1 is no longer in e-Boekhouden: the request is made once the push has found or created the debtor again.</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Credit Memo</source>
        <translation>Credit Memo</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>VAT Number</source>
        <translation>VAT Number</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Web Site</source>
        <translation>Web Site</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e-Boekhouden Number</source>
        <translation>e-Boekhouden Number</translation>
    </message>
    <message>
        <source>Last Message</source>
        <translation>Last Message</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Not paid</translation>
    </message>
    <message>
        <source>To book</source>
        <translation>To book</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not outstanding</source>
        <translation>Not outstanding</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Credits invoice</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Search number, name, email, company or VAT number</source>
        <translation>Search number, name, email, company or VAT number</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Push selected to e-Boekhouden</source>
        <translation>Push selected to e-Boekhouden</translation>
    </message>
    <message>
        <source>All web sites</source>
        <translation>All web sites</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Preview posting</source>
        <translation>&amp;Preview posting</translation>
    </message>
    <message>
        <source>P&amp;ush to e-Boekhouden</source>
        <translation>P&amp;ush to e-Boekhouden</translation>
    </message>
    <message>
        <source>&amp;Reprocess</source>
        <translation>&amp;Reprocess</translation>
    </message>
    <message>
        <source>Push all filtered</source>
        <translation>Push all filtered</translation>
    </message>
    <message>
        <source>Push to e-Boekhouden</source>
        <translation>Push to e-Boekhouden</translation>
    </message>
    <message numerus="yes">
        <source>Book the %n waiting document(s) that the filter shows?</source>
        <translation>
            <numerusform>Book the %n waiting document that the filter shows?</numerusform>
            <numerusform>Book the %n waiting documents that the filter shows?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in &amp;shop</source>
        <translation>Open in &amp;shop</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s admin address in the setup wizard to open documents there.</source>
        <translation>Enter the shop&apos;s admin address in the setup wizard to open documents there.</translation>
    </message>
    <message>
        <source>Open this document in the shop&apos;s back office.</source>
        <translation>Open this document in the shop&apos;s back office.</translation>
    </message>
    <message>
        <source>Mark as booked by &amp;hand</source>
        <translation>Mark as booked by &amp;hand</translation>
    </message>
    <message>
        <source>For documents already in e-Boekhouden: Boekhoudbrug will not book them.</source>
        <translation>For documents already in e-Boekhouden: Boekhoudbrug will not book them.</translation>
    </message>
    <message>
        <source>Mark as booked by hand</source>
        <translation>Mark as booked by hand</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n selected document(s) as booked by hand? Boekhoudbrug will not book them in e-Boekhouden. Do this only for documents that are in e-Boekhouden already; Reprocess undoes it.</source>
        <translation>
            <numerusform>Mark the selected document as booked by hand? Boekhoudbrug will not book it in e-Boekhouden. Do this only for a document that is in e-Boekhouden already; Reprocess undoes it.</numerusform>
            <numerusform>Mark the %n selected documents as booked by hand? Boekhoudbrug will not book them in e-Boekhouden. Do this only for documents that are in e-Boekhouden already; Reprocess undoes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the &amp;links</source>
        <translation>Check the &amp;links</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Reads the booked documents&apos; bookings back from e-Boekhouden (the selected ones, or all) and offers again every one whose booking is not its own.</source>
        <translation>Reads the booked documents&apos; bookings back from e-Boekhouden (the selected ones, or all) and offers again every one whose booking is not its own.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Needs attention (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 credit memos</source>
        <translation>%1 of %2 credit memos</translation>
    </message>
    <message>
        <source>%1 of %2 invoices</source>
        <translation>%1 of %2 invoices</translation>
    </message>
    <message>
        <source>%1 · excl. VAT %2 · VAT %3 · incl. VAT %4</source>
        <translation>%1 · excl. VAT %2 · VAT %3 · incl. VAT %4</translation>
    </message>
    <message>
        <source>No credit memos yet. Synchronise now reads new ones from the shop; to book older ones, import a period from the shop.</source>
        <translation>No credit memos yet. Synchronise now reads new ones from the shop; to book older ones, import a period from the shop.</translation>
    </message>
    <message>
        <source>No invoices yet. Synchronise now reads new ones from the shop; to book older ones, import a period from the shop.</source>
        <translation>No invoices yet. Synchronise now reads new ones from the shop; to book older ones, import a period from the shop.</translation>
    </message>
    <message>
        <source>Import from the shop…</source>
        <translation>Import from the shop…</translation>
    </message>
    <message>
        <source>No credit memo needs attention: every one is booked, waiting or handled.</source>
        <translation>No credit memo needs attention: every one is booked, waiting or handled.</translation>
    </message>
    <message>
        <source>No invoice needs attention: every one is booked, waiting or handled.</source>
        <translation>No invoice needs attention: every one is booked, waiting or handled.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>No credit memo matches the filter. Change the filter or clear it.</source>
        <translation>No credit memo matches the filter. Change the filter or clear it.</translation>
    </message>
    <message>
        <source>No invoice matches the filter. Change the filter or clear it.</source>
        <translation>No invoice matches the filter. Change the filter or clear it.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>The selected documents are booked in e-Boekhouden already.</source>
        <translation>The selected documents are booked in e-Boekhouden already.</translation>
    </message>
    <message>
        <source>Book the selected documents now.</source>
        <translation>Book the selected documents now.</translation>
    </message>
    <message>
        <source>Offers failed and skipped documents again after a fix and books them; booked documents stay as they are.</source>
        <translation>Offers failed and skipped documents again after a fix and books them; booked documents stay as they are.</translation>
    </message>
    <message numerus="yes">
        <source>Reprocess did nothing: the selected document(s) are booked in e-Boekhouden already. If a booking is wrong, Check the links offers every document whose booking is not its own again.</source>
        <translation>
            <numerusform>Reprocess did nothing: the selected document are booked in e-Boekhouden already. If a booking is wrong, Check the links offers every document whose booking is not its own again.</numerusform>
            <numerusform>Reprocess did nothing: the selected documents are booked in e-Boekhouden already. If a booking is wrong, Check the links offers every document whose booking is not its own again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked document(s) left as they are: Reprocess offers only failed and skipped documents again.</source>
        <translation>
            <numerusform>%n booked document left as they are: Reprocess offers only failed and skipped documents again.</numerusform>
            <numerusform>%n booked documents left as they are: Reprocess offers only failed and skipped documents again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprocess did nothing: the selected documents are waiting or being booked already.</source>
        <translation>Reprocess did nothing: the selected documents are waiting or being booked already.</translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden: the request cannot be shown without the debtor&apos;s and ledgers&apos; ids. Set up the connection in Settings.</source>
        <translation>Not connected to e-Boekhouden: the request cannot be shown without the debtor&apos;s and ledgers&apos; ids. Set up the connection in Settings.</translation>
    </message>
</context>
<context>
    <name>EBoekhoudenCheck</name>
    <message>
        <source>Choose how to log in first.</source>
        <translation>Choose how to log in first.</translation>
    </message>
</context>
<context>
    <name>EBoekhoudenCredentials</name>
    <message>
        <source>For the SOAP connection set all of BOEKHOUDBRUG_EB_USERNAME, BOEKHOUDBRUG_EB_SECURITY_CODE1 and BOEKHOUDBRUG_EB_SECURITY_CODE2.</source>
        <translation>For the SOAP connection set all of BOEKHOUDBRUG_EB_USERNAME, BOEKHOUDBRUG_EB_SECURITY_CODE1 and BOEKHOUDBRUG_EB_SECURITY_CODE2.</translation>
    </message>
    <message>
        <source>No e-Boekhouden connection is set up yet. Run the setup wizard, or set BOEKHOUDBRUG_EB_API_TOKEN for a headless run.</source>
        <translation>No e-Boekhouden connection is set up yet. Run the setup wizard, or set BOEKHOUDBRUG_EB_API_TOKEN for a headless run.</translation>
    </message>
    <message>
        <source>The saved e-Boekhouden credentials are incomplete. Enter them again in the setup wizard.</source>
        <translation>The saved e-Boekhouden credentials are incomplete. Enter them again in the setup wizard.</translation>
    </message>
</context>
<context>
    <name>FieldLimits</name>
    <message>
        <source>The %1 &quot;%2&quot; is longer than the %3 characters e-Boekhouden accepts; it is sent as &quot;%4&quot;.</source>
        <translation>The %1 &quot;%2&quot; is longer than the %3 characters e-Boekhouden accepts; it is sent as &quot;%4&quot;.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>the API token</translation>
    </message>
    <message>
        <source>the username and security codes</source>
        <translation>the username and security codes</translation>
    </message>
    <message numerus="yes">
        <source>Finish saves %1 and the shop&apos;s keys in the system&apos;s keychain, the settings of this computer and the VAT mapping (%n row(s)). Boekhoudbrug then opens on your administration; &quot;Synchronise now&quot; books the imported documents.</source>
        <translation>
            <numerusform>Finish saves %1 and the shop&apos;s keys in the system&apos;s keychain, the settings of this computer and the VAT mapping (%n row). Boekhoudbrug then opens on your administration; &quot;Synchronise now&quot; books the imported documents.</numerusform>
            <numerusform>Finish saves %1 and the shop&apos;s keys in the system&apos;s keychain, the settings of this computer and the VAT mapping (%n rows). Boekhoudbrug then opens on your administration; &quot;Synchronise now&quot; books the imported documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>The VAT mapping could not be saved; see the log file for the reason.</source>
        <translation>The VAT mapping could not be saved; see the log file for the reason.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The booking settings could not be saved in the database; see the log file for the reason.</source>
        <translation>The booking settings could not be saved in the database; see the log file for the reason.</translation>
    </message>
</context>
<context>
    <name>IcpListing</name>
    <message>
        <source>ICP listing (opgaaf intracommunautaire prestaties)</source>
        <translation>ICP listing (opgaaf intracommunautaire prestaties)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Net amount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>valid (checked %1)</source>
        <translation>valid (checked %1)</translation>
    </message>
    <message>
        <source>not valid (checked %1)</source>
        <translation>not valid (checked %1)</translation>
    </message>
    <message>
        <source>VIES did not answer (%1): checked offline only</source>
        <translation>VIES did not answer (%1): checked offline only</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>VIES</source>
        <translation>VIES</translation>
    </message>
</context>
<context>
    <name>IcpViesCheck</name>
    <message>
        <source>The booking settings hold ICP sales until VIES has confirmed the number; it is asked again. To book without VIES, allow it under &quot;When VIES does not answer&quot; in the booking settings.</source>
        <translation>The booking settings hold ICP sales until VIES has confirmed the number; it is asked again. To book without VIES, allow it under &quot;When VIES does not answer&quot; in the booking settings.</translation>
    </message>
    <message>
        <source>%1 is valid (checked %2).</source>
        <translation>%1 is valid (checked %2).</translation>
    </message>
    <message>
        <source>%1 is valid, registered to %2 (checked %3).</source>
        <translation>%1 is valid, registered to %2 (checked %3).</translation>
    </message>
    <message>
        <source>%1 is not valid (checked %2).</source>
        <translation>%1 is not valid (checked %2).</translation>
    </message>
    <message>
        <source>%1 checked offline only, VIES did not answer (%2, %3).</source>
        <translation>%1 checked offline only, VIES did not answer (%2, %3).</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Not checked.</translation>
    </message>
    <message>
        <source>VIES refuses %1 as no VAT number of a member state (INVALID_INPUT, checked %2). Check the customer&apos;s VAT number in the shop, or book it as a domestic sale.</source>
        <translation>VIES refuses %1 as no VAT number of a member state (INVALID_INPUT, checked %2). Check the customer&apos;s VAT number in the shop, or book it as a domestic sale.</translation>
    </message>
    <message>
        <source>VIES says %1 is not valid (checked %2). Check the customer&apos;s VAT number in the shop, or book it as a domestic sale.</source>
        <translation>VIES says %1 is not valid (checked %2). Check the customer&apos;s VAT number in the shop, or book it as a domestic sale.</translation>
    </message>
    <message>
        <source>VAT number %1 was checked offline only, VIES did not answer (%2).</source>
        <translation>VAT number %1 was checked offline only, VIES did not answer (%2).</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Only documents created &amp;from:</source>
        <translation>Only documents created &amp;from:</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>&amp;Start import</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>First import</source>
        <translation>First import</translation>
    </message>
    <message>
        <source>Boekhoudbrug reads the shop&apos;s invoices, credit memos and customers into its own database. Nothing is booked in e-Boekhouden yet.</source>
        <translation>Boekhoudbrug reads the shop&apos;s invoices, credit memos and customers into its own database. Nothing is booked in e-Boekhouden yet.</translation>
    </message>
    <message>
        <source>Reading the shop…</source>
        <translation>Reading the shop…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read (now: %1)…</source>
        <translation>
            <numerusform>%n document read (now: %1)…</numerusform>
            <numerusform>%n documents read (now: %1)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current page…</source>
        <translation>Cancelling after the current page…</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>Import &amp;again</translation>
    </message>
</context>
<context>
    <name>ImportPeriodDialog</name>
    <message>
        <source>Import a period from the shop</source>
        <translation>Import a period from the shop</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Reads every invoice, credit memo and customer the shop created in this period into Boekhoudbrug, however old. Nothing is booked yet: the documents wait in the grids until you push them or synchronise.</source>
        <translation>Reads every invoice, credit memo and customer the shop created in this period into Boekhoudbrug, however old. Nothing is booked yet: the documents wait in the grids until you push them or synchronise.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;Until (inclusive):</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
</context>
<context>
    <name>ImportRelationsCommand</name>
    <message>
        <source>import-relations [--refresh]: reads the relations e-Boekhouden already holds into the local database, so that the shop&apos;s customers are matched to them instead of getting a second debtor; --refresh reads the details of every relation again, not only of those new since the last import.</source>
        <translation>import-relations [--refresh]: reads the relations e-Boekhouden already holds into the local database, so that the shop&apos;s customers are matched to them instead of getting a second debtor; --refresh reads the details of every relation again, not only of those new since the last import.</translation>
    </message>
</context>
<context>
    <name>IncrementalPuller</name>
    <message>
        <source>The shop sent a document without an id or change date.</source>
        <translation>The shop sent a document without an id or change date.</translation>
    </message>
    <message>
        <source>The local store refused a page of %1; the next pull continues from the last stored page.</source>
        <translation>The local store refused a page of %1; the next pull continues from the last stored page.</translation>
    </message>
</context>
<context>
    <name>InitialImport</name>
    <message>
        <source>No shop is set up to import from.</source>
        <translation>No shop is set up to import from.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n document(s); the next synchronisation continues where it stopped.</source>
        <translation>
            <numerusform>Import cancelled after %n document; the next synchronisation continues where it stopped.</numerusform>
            <numerusform>Import cancelled after %n documents; the next synchronisation continues where it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new invoice(s)</source>
        <translation>
            <numerusform>%n new invoice</numerusform>
            <numerusform>%n new invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new credit memo(s)</source>
        <translation>
            <numerusform>%n new credit memo</numerusform>
            <numerusform>%n new credit memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n new customer</numerusform>
            <numerusform>%n new customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from the shop: %1.</source>
        <translation>Imported from the shop: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit memo(s)</source>
        <translation>
            <numerusform>%n credit memo</numerusform>
            <numerusform>%n credit memos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Already known: %1. From the shop: %2.</source>
        <translation>Already known: %1. From the shop: %2.</translation>
    </message>
</context>
<context>
    <name>LastUnattendedRun</name>
    <message numerus="yes">
        <source>The sync of %1 while Boekhoudbrug was closed could not book %n document(s). Invoices and Credit Memos show them under &quot;Needs attention&quot;, with what to do.</source>
        <translation>
            <numerusform>The sync of %1 while Boekhoudbrug was closed could not book %n document. Invoices and Credit Memos show them under &quot;Needs attention&quot;, with what to do.</numerusform>
            <numerusform>The sync of %1 while Boekhoudbrug was closed could not book %n documents. Invoices and Credit Memos show them under &quot;Needs attention&quot;, with what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerComboBox</name>
    <message>
        <source>%1 (not among the administration&apos;s ledgers)</source>
        <translation>%1 (not among the administration&apos;s ledgers)</translation>
    </message>
</context>
<context>
    <name>LinkChecker</name>
    <message>
        <source>no e-Boekhouden booking id is recorded</source>
        <translation>no e-Boekhouden booking id is recorded</translation>
    </message>
    <message>
        <source>e-Boekhouden has no invoice %1 with the recorded id</source>
        <translation>e-Boekhouden has no invoice %1 with the recorded id</translation>
    </message>
    <message>
        <source>e-Boekhouden has no booking with the recorded id %1</source>
        <translation>e-Boekhouden has no booking with the recorded id %1</translation>
    </message>
    <message>
        <source>it is not a sales booking (type %1)</source>
        <translation>it is not a sales booking (type %1)</translation>
    </message>
    <message>
        <source>it is an invoice booking of %1, not a credit booking</source>
        <translation>it is an invoice booking of %1, not a credit booking</translation>
    </message>
    <message>
        <source>it is a credit booking of %1, not an invoice</source>
        <translation>it is a credit booking of %1, not an invoice</translation>
    </message>
    <message>
        <source>its amount is %1, this document&apos;s %2</source>
        <translation>its amount is %1, this document&apos;s %2</translation>
    </message>
    <message>
        <source>it is booked on another relation</source>
        <translation>it is booked on another relation</translation>
    </message>
    <message>
        <source>Marked as booked under %1, but that booking in e-Boekhouden is not this document&apos;s (%2). Offered again: the next sync books it under a number of its own.</source>
        <translation>Marked as booked under %1, but that booking in e-Boekhouden is not this document&apos;s (%2). Offered again: the next sync books it under a number of its own.</translation>
    </message>
</context>
<context>
    <name>MagentoConnector</name>
    <message>
        <source>Its order %1 could not be found in the shop.</source>
        <translation>Its order %1 could not be found in the shop.</translation>
    </message>
    <message>
        <source>The shop&apos;s store configuration could not be read.</source>
        <translation>The shop&apos;s store configuration could not be read.</translation>
    </message>
    <message>
        <source>Credit memo %1 names no invoice, and its order %2 has no invoice in the shop that it could credit. Book it by hand in e-Boekhouden and mark it as booked by hand.</source>
        <translation>Credit memo %1 names no invoice, and its order %2 has no invoice in the shop that it could credit. Book it by hand in e-Boekhouden and mark it as booked by hand.</translation>
    </message>
    <message>
        <source>Credit memo %1 was made from order %2 without choosing an invoice, and that order has %3 invoices: %4. Boekhoudbrug does not guess which one it credits. Look up the refunded items in the shop, book the credit memo by hand in e-Boekhouden against that invoice and mark it as booked by hand.</source>
        <translation>Credit memo %1 was made from order %2 without choosing an invoice, and that order has %3 invoices: %4. Boekhoudbrug does not guess which one it credits. Look up the refunded items in the shop, book the credit memo by hand in e-Boekhouden against that invoice and mark it as booked by hand.</translation>
    </message>
    <message>
        <source>Credit memo %1 was canceled in the shop: it refunds nothing and is not booked. If it was booked in e-Boekhouden before it was canceled, reverse that booking there.</source>
        <translation>Credit memo %1 was canceled in the shop: it refunds nothing and is not booked. If it was booked in e-Boekhouden before it was canceled, reverse that booking there.</translation>
    </message>
    <message>
        <source>Invoice %1 was canceled in the shop: a canceled invoice is no sale and is not booked. If it was booked in e-Boekhouden before it was canceled, book a credit note for it there.</source>
        <translation>Invoice %1 was canceled in the shop: a canceled invoice is no sale and is not booked. If it was booked in e-Boekhouden before it was canceled, book a credit note for it there.</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>The shop refused the signature made with the credentials (&quot;%1&quot;). Check the consumer secret and the access token secret. If the shop runs behind a proxy or load balancer that handles https, Magento checks every signature against an http:// address and refuses them all: then let the shop accept the access token as a Bearer token (Stores &gt; Configuration &gt; Services &gt; OAuth &gt; Consumer Settings &gt; &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot;) and choose &quot;Send only the access token&quot; here.</source>
        <translation>The shop refused the signature made with the credentials (&quot;%1&quot;). Check the consumer secret and the access token secret. If the shop runs behind a proxy or load balancer that handles https, Magento checks every signature against an http:// address and refuses them all: then let the shop accept the access token as a Bearer token (Stores &gt; Configuration &gt; Services &gt; OAuth &gt; Consumer Settings &gt; &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot;) and choose &quot;Send only the access token&quot; here.</translation>
    </message>
    <message>
        <source>Tried: %1.</source>
        <translation>Tried: %1.</translation>
    </message>
    <message>
        <source>The shop knows the keys, but the integration may not read %1. In Magento&apos;s admin open System &gt; Extensions &gt; Integrations, edit this integration, tick these resources on its API tab, save, and activate the integration again if Magento asks.</source>
        <translation>The shop knows the keys, but the integration may not read %1. In Magento&apos;s admin open System &gt; Extensions &gt; Integrations, edit this integration, tick these resources on its API tab, save, and activate the integration again if Magento asks.</translation>
    </message>
    <message>
        <source>Refused everywhere with the access token alone: the shop may not accept it as a Bearer token (Stores &gt; Configuration &gt; Services &gt; OAuth &gt; Consumer Settings). Then enter all four keys instead.</source>
        <translation>Refused everywhere with the access token alone: the shop may not accept it as a Bearer token (Stores &gt; Configuration &gt; Services &gt; OAuth &gt; Consumer Settings). Then enter all four keys instead.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the Magento shop: %n store view(s), currency %1, time zone %2. The integration may read stores, sales and customers.</source>
        <translation>
            <numerusform>Connected to the Magento shop: %n store view, currency %1, time zone %2. The integration may read stores, sales and customers.</numerusform>
            <numerusform>Connected to the Magento shop: %n store views, currency %1, time zone %2. The integration may read stores, sales and customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API answered at %1; that address is saved.</source>
        <translation>The API answered at %1; that address is saved.</translation>
    </message>
</context>
<context>
    <name>MagentoMapper</name>
    <message>
        <source>The document has no entity_id.</source>
        <translation>The document has no entity_id.</translation>
    </message>
    <message>
        <source>The document has no valid created_at date.</source>
        <translation>The document has no valid created_at date.</translation>
    </message>
    <message>
        <source>Item %1 has no readable quantity.</source>
        <translation>Item %1 has no readable quantity.</translation>
    </message>
    <message>
        <source>Item %1 has no readable row total.</source>
        <translation>Item %1 has no readable row total.</translation>
    </message>
    <message>
        <source>Item %1 is not on its order %2.</source>
        <translation>Item %1 is not on its order %2.</translation>
    </message>
    <message>
        <source>The document has no readable grand total.</source>
        <translation>The document has no readable grand total.</translation>
    </message>
    <message>
        <source>Adjustment refund</source>
        <translation>Adjustment refund</translation>
    </message>
    <message>
        <source>Adjustment fee</source>
        <translation>Adjustment fee</translation>
    </message>
    <message>
        <source>The customer has no id.</source>
        <translation>The customer has no id.</translation>
    </message>
    <message>
        <source>The invoice or its order is not a JSON object.</source>
        <translation>The invoice or its order is not a JSON object.</translation>
    </message>
    <message>
        <source>The customer is not a JSON object.</source>
        <translation>The customer is not a JSON object.</translation>
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
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>What is waiting, what failed and today&apos;s success rate will be shown here.</source>
        <translation>What is waiting, what failed and today&apos;s success rate will be shown here.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Credit Memos</source>
        <translation>Credit Memos</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>VAT Mapping</source>
        <translation>VAT Mapping</translation>
    </message>
    <message>
        <source>Synchronisation Logs</source>
        <translation>Synchronisation Logs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden</source>
        <translation>Not connected to e-Boekhouden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Boekhoudbrug</source>
        <translation>&amp;About Boekhoudbrug</translation>
    </message>
    <message>
        <source>The local database could not be opened; see the log file for the reason.</source>
        <translation>The local database could not be opened; see the log file for the reason.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connected to e-Boekhouden</source>
        <translation>Connected to e-Boekhouden</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Read new documents from the shop and book everything waiting in e-Boekhouden</source>
        <translation>Read new documents from the shop and book everything waiting in e-Boekhouden</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronising…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) booked</source>
        <translation>
            <numerusform>%n document booked</numerusform>
            <numerusform>%n documents booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in e-Boekhouden</source>
        <translation>
            <numerusform>%n already in e-Boekhouden</numerusform>
            <numerusform>%n already in e-Boekhouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see the Synchronisation Logs</source>
        <translation>
            <numerusform>%n failed: see the Synchronisation Logs</numerusform>
            <numerusform>%n failed: see the Synchronisation Logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit memo(s) waiting for their invoice</source>
        <translation>
            <numerusform>%n credit memo waiting for its invoice</numerusform>
            <numerusform>%n credit memos waiting for their invoice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to try again later</source>
        <translation>
            <numerusform>%n to try again later</numerusform>
            <numerusform>%n to try again later</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>A sandbox shop and e-Boekhouden run on this computer with generated data; nothing is sent anywhere.</source>
        <translation>A sandbox shop and e-Boekhouden run on this computer with generated data; nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>Demo mode: sandbox on this computer</source>
        <translation>Demo mode: sandbox on this computer</translation>
    </message>
    <message>
        <source>Boekhoudbrug: synchronisation needs attention</source>
        <translation>Boekhoudbrug: synchronisation needs attention</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) updated or created in e-Boekhouden</source>
        <translation>
            <numerusform>%n debtor updated or created in e-Boekhouden</numerusform>
            <numerusform>%n debtors updated or created in e-Boekhouden</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronising %1 (%2 of %3 done)…</source>
        <translation>Synchronising %1 (%2 of %3 done)…</translation>
    </message>
    <message>
        <source>&amp;Import a period from the shop…</source>
        <translation>&amp;Import a period from the shop…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read from the shop; they wait in the grids to be booked</source>
        <translation>
            <numerusform>%n document read from the shop; it waits in the grids to be booked</numerusform>
            <numerusform>%n documents read from the shop; they wait in the grids to be booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) booked</source>
        <translation>
            <numerusform>%n payment booked</numerusform>
            <numerusform>%n payments booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked document(s) whose e-Boekhouden booking is not theirs: offered again, the next sync books them</source>
        <translation>
            <numerusform>%n booked document whose e-Boekhouden booking is not its own: offered again, the next sync books it</numerusform>
            <numerusform>%n booked documents whose e-Boekhouden booking is not theirs: offered again, the next sync books them</numerusform>
        </translation>
    </message>
    <message>
        <source>API token ends soon</source>
        <translation>API token ends soon</translation>
    </message>
    <message>
        <source>Boekhoudbrug: the e-Boekhouden token</source>
        <translation>Boekhoudbrug: the e-Boekhouden token</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ManualBooking</name>
    <message>
        <source>Marked as booked by hand on %1: Boekhoudbrug will not book it. Reprocess undoes this.</source>
        <translation>Marked as booked by hand on %1: Boekhoudbrug will not book it. Reprocess undoes this.</translation>
    </message>
</context>
<context>
    <name>MoveStoreDialog</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Move the database</source>
        <translation>Move the database</translation>
    </message>
    <message>
        <source>Copies every document, log and setting of this administration to a new SQLite file or an empty PostgreSQL database, compares each table with the original, and uses the copy from then on only when all are equal. Stop other synchronisations of this administration first (other desktops, a server). The password of a PostgreSQL database is never entered here: it is taken from PGPASSWORD or ~/.pgpass.</source>
        <translation>Copies every document, log and setting of this administration to a new SQLite file or an empty PostgreSQL database, compares each table with the original, and uses the copy from then on only when all are equal. Stop other synchronisations of this administration first (other desktops, a server). The password of a PostgreSQL database is never entered here: it is taken from PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database, or a new file</source>
        <translation>postgresql://user@host:5432/database, or a new file</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>New database file</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite database (*.sqlite)</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Copying to %1…</translation>
    </message>
    <message>
        <source>Not moved: %1%2 The profile keeps its database.</source>
        <translation>Not moved: %1%2 The profile keeps its database.</translation>
    </message>
    <message>
        <source>Different: %1.</source>
        <translation>Different: %1.</translation>
    </message>
    <message>
        <source>Copied, but the settings file could not be written: the profile keeps its database %1.</source>
        <translation>Copied, but the settings file could not be written: the profile keeps its database %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) copied and compared: equal. The profile now uses %1; Boekhoudbrug opens it there when you close this window. The old database %2 is left as it was: remove it once you no longer need it.</source>
        <translation>
            <numerusform>All %n table copied and compared: equal. The profile now uses %1; Boekhoudbrug opens it there when you close this window. The old database %2 is left as it was: remove it once you no longer need it.</numerusform>
            <numerusform>All %n tables copied and compared: equal. The profile now uses %1; Boekhoudbrug opens it there when you close this window. The old database %2 is left as it was: remove it once you no longer need it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OsScheduler</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 failed (exit code %3): %4</source>
        <translation>%1 %2 failed (exit code %3): %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>no output</translation>
    </message>
    <message>
        <source>The timer was written to %1, but systemd did not start it: %2 Log in again and run &quot;systemctl --user enable --now %3&quot;.</source>
        <translation>The timer was written to %1, but systemd did not start it: %2 Log in again and run &quot;systemctl --user enable --now %3&quot;.</translation>
    </message>
    <message>
        <source>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (systemd timer %3).</source>
        <translation>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (systemd timer %3).</translation>
    </message>
    <message>
        <source>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (launchd agent %3).</source>
        <translation>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (launchd agent %3).</translation>
    </message>
    <message>
        <source>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (Task Scheduler task %3).</source>
        <translation>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (Task Scheduler task %3).</translation>
    </message>
    <message>
        <source>Profile %1 no longer syncs while Boekhoudbrug is closed.</source>
        <translation>Profile %1 no longer syncs while Boekhoudbrug is closed.</translation>
    </message>
</context>
<context>
    <name>OssSummary</name>
    <message>
        <source>OSS summary (One-Stop-Shop, Union scheme)</source>
        <translation>OSS summary (One-Stop-Shop, Union scheme)</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Member state</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Rate %</translation>
    </message>
    <message>
        <source>Net turnover</source>
        <translation>Net turnover</translation>
    </message>
    <message>
        <source>VAT due</source>
        <translation>VAT due</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PaymentPusher</name>
    <message>
        <source>Invoice %1 is no longer outstanding in e-Boekhouden; its payment was not booked again.</source>
        <translation>Invoice %1 is no longer outstanding in e-Boekhouden; its payment was not booked again.</translation>
    </message>
    <message>
        <source>The payment of invoice %1 is already in e-Boekhouden: linked, not booked again.</source>
        <translation>The payment of invoice %1 is already in e-Boekhouden: linked, not booked again.</translation>
    </message>
    <message>
        <source>Payment of %1 for invoice %2 booked in e-Boekhouden.</source>
        <translation>Payment of %1 for invoice %2 booked in e-Boekhouden.</translation>
    </message>
    <message>
        <source>Credit memo %1 is no longer outstanding in e-Boekhouden; its refund was not booked again.</source>
        <translation>Credit memo %1 is no longer outstanding in e-Boekhouden; its refund was not booked again.</translation>
    </message>
    <message>
        <source>The refund of credit memo %1 is already in e-Boekhouden: linked, not booked again.</source>
        <translation>The refund of credit memo %1 is already in e-Boekhouden: linked, not booked again.</translation>
    </message>
    <message>
        <source>Refund of %1 for credit memo %2 booked in e-Boekhouden.</source>
        <translation>Refund of %1 for credit memo %2 booked in e-Boekhouden.</translation>
    </message>
</context>
<context>
    <name>PeriodDocuments</name>
    <message>
        <source>Credit memo %1</source>
        <translation>Credit memo %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>%1 is booked, but with today&apos;s VAT mapping and settings it would not be booked (%2), so the report cannot split its booking per VAT code. Check the booking in e-Boekhouden and the VAT mapping.</source>
        <translation>%1 is booked, but with today&apos;s VAT mapping and settings it would not be booked (%2), so the report cannot split its booking per VAT code. Check the booking in e-Boekhouden and the VAT mapping.</translation>
    </message>
    <message>
        <source>%1 is booked for %2 incl. VAT, but its posting amounts to %3: the booking is not counted as booked here. Run reconcile for the period, and correct the booking in e-Boekhouden.</source>
        <translation>%1 is booked for %2 incl. VAT, but its posting amounts to %3: the booking is not counted as booked here. Run reconcile for the period, and correct the booking in e-Boekhouden.</translation>
    </message>
    <message>
        <source>%1 is canceled in the shop but booked in e-Boekhouden: book a credit memo for it, or delete the booking in e-Boekhouden.</source>
        <translation>%1 is canceled in the shop but booked in e-Boekhouden: book a credit memo for it, or delete the booking in e-Boekhouden.</translation>
    </message>
    <message>
        <source>%1 is marked as booked by hand: what was booked is not known to Boekhoudbrug, so it is not in the booked figures. Check its booking in e-Boekhouden.</source>
        <translation>%1 is marked as booked by hand: what was booked is not known to Boekhoudbrug, so it is not in the booked figures. Check its booking in e-Boekhouden.</translation>
    </message>
    <message>
        <source>%1 (%2 excl. VAT, %3 VAT) cannot be split per VAT code: %4 Resolve this, then sync.</source>
        <translation>%1 (%2 excl. VAT, %3 VAT) cannot be split per VAT code: %4 Resolve this, then sync.</translation>
    </message>
    <message>
        <source>%1 is not booked yet. Run a sync to book it.</source>
        <translation>%1 is not booked yet. Run a sync to book it.</translation>
    </message>
</context>
<context>
    <name>PostedBooking</name>
    <message>
        <source>Booked over e-Boekhouden&apos;s SOAP API: the request is shown as it was sent.</source>
        <translation>Booked over e-Boekhouden&apos;s SOAP API: the request is shown as it was sent.</translation>
    </message>
    <message>
        <source>A VAT code of this booking is not known to Boekhoudbrug: its VAT is shown as 0.00; e-Boekhouden has the amount it computed.</source>
        <translation>A VAT code of this booking is not known to Boekhoudbrug: its VAT is shown as 0.00; e-Boekhouden has the amount it computed.</translation>
    </message>
</context>
<context>
    <name>PostingBuilder</name>
    <message>
        <source>%1: VAT %2 on %3 excl. VAT is no legal VAT rate of %4. Correct the VAT in the shop and import the document again.</source>
        <translation>%1: VAT %2 on %3 excl. VAT is no legal VAT rate of %4. Correct the VAT in the shop and import the document again.</translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;</source>
        <translation>Line &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <source>Surcharge &quot;%1&quot;</source>
        <translation>Surcharge &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The discount &quot;%1&quot; of %2 has nothing to be spread over: the document has no goods total. Correct the document in the shop.</source>
        <translation>The discount &quot;%1&quot; of %2 has nothing to be spread over: the document has no goods total. Correct the document in the shop.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>This is an intra-community (ICP) sale to %1 without VAT, but the customer has no VAT number. Add the customer&apos;s VAT number in the shop, or charge VAT.</source>
        <translation>This is an intra-community (ICP) sale to %1 without VAT, but the customer has no VAT number. Add the customer&apos;s VAT number in the shop, or charge VAT.</translation>
    </message>
    <message>
        <source>VAT number %1 is from %2, the shop&apos;s own country: an intra-community (ICP) sale needs the customer&apos;s VAT number of another member state.</source>
        <translation>VAT number %1 is from %2, the shop&apos;s own country: an intra-community (ICP) sale needs the customer&apos;s VAT number of another member state.</translation>
    </message>
    <message>
        <source>Credit memo %1 does not name the invoice it credits. Import its invoice first.</source>
        <translation>Credit memo %1 does not name the invoice it credits. Import its invoice first.</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>invoice number</translation>
    </message>
    <message>
        <source>Invoice number %1 is already in e-Boekhouden. Link the document to it instead of posting it again.</source>
        <translation>Invoice number %1 is already in e-Boekhouden. Link the document to it instead of posting it again.</translation>
    </message>
    <message>
        <source>Invoice number %1 does not end with a digit, which e-Boekhouden&apos;s invoices require. Strip its suffix in the settings or let e-Boekhouden number the invoices.</source>
        <translation>Invoice number %1 does not end with a digit, which e-Boekhouden&apos;s invoices require. Strip its suffix in the settings or let e-Boekhouden number the invoices.</translation>
    </message>
    <message>
        <source>No invoice template is set. Choose the e-Boekhouden invoice template in the settings.</source>
        <translation>No invoice template is set. Choose the e-Boekhouden invoice template in the settings.</translation>
    </message>
    <message>
        <source>No debtors ledger is set. Choose the e-Boekhouden debtors ledger in the settings.</source>
        <translation>No debtors ledger is set. Choose the e-Boekhouden debtors ledger in the settings.</translation>
    </message>
    <message>
        <source>Credit memo %1 for invoice %2</source>
        <translation>Credit memo %1 for invoice %2</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>A new debtor %1 is created in e-Boekhouden.</source>
        <translation>A new debtor %1 is created in e-Boekhouden.</translation>
    </message>
    <message>
        <source>relation code</source>
        <translation>relation code</translation>
    </message>
    <message>
        <source>relation name</source>
        <translation>relation name</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1% %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Sales %1</source>
        <translation>Sales %1</translation>
    </message>
    <message>
        <source>VAT %1 (OSS)</source>
        <translation>VAT %1 (OSS)</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT at %1 is %2 (rounded per line); %1 of the total would be %3. The shop&apos;s %2 is posted on the VAT ledger %4.</source>
        <translation>The shop&apos;s VAT at %1 is %2 (rounded per line); %1 of the total would be %3. The shop&apos;s %2 is posted on the VAT ledger %4.</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT at %1 is %2 (rounded per line); on one row e-Boekhouden would compute %3. The %1 amounts are posted per line so that e-Boekhouden computes %2.</source>
        <translation>The shop&apos;s VAT at %1 is %2 (rounded per line); on one row e-Boekhouden would compute %3. The %1 amounts are posted per line so that e-Boekhouden computes %2.</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT at %1 is %2; e-Boekhouden would compute %3 (difference %4). The %1 row is posted with VAT code AFW_VERK and the shop&apos;s VAT amount %2.</source>
        <translation>The shop&apos;s VAT at %1 is %2; e-Boekhouden would compute %3 (difference %4). The %1 row is posted with VAT code AFW_VERK and the shop&apos;s VAT amount %2.</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT on the %1 lines cannot be reproduced by e-Boekhouden&apos;s rounding; these lines are posted with VAT code AFW_VERK and the shop&apos;s VAT amount per line.</source>
        <translation>The shop&apos;s VAT on the %1 lines cannot be reproduced by e-Boekhouden&apos;s rounding; these lines are posted with VAT code AFW_VERK and the shop&apos;s VAT amount per line.</translation>
    </message>
    <message>
        <source>VAT %1% %2 (OSS) on %3</source>
        <translation>VAT %1% %2 (OSS) on %3</translation>
    </message>
    <message>
        <source>Where a line&apos;s total is not a whole number of cents per unit, it is posted as one unit of its total with the quantity in its description.</source>
        <translation>Where a line&apos;s total is not a whole number of cents per unit, it is posted as one unit of its total with the quantity in its description.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No bank ledger is set for payment method &quot;%1&quot;. Choose its ledger in the settings.</source>
        <translation>No bank ledger is set for payment method &quot;%1&quot;. Choose its ledger in the settings.</translation>
    </message>
    <message>
        <source>The payment of %1 cannot be matched: the invoice&apos;s number in e-Boekhouden is not known yet. Post the invoice first.</source>
        <translation>The payment of %1 cannot be matched: the invoice&apos;s number in e-Boekhouden is not known yet. Post the invoice first.</translation>
    </message>
    <message>
        <source>The payment of %1 cannot be booked: the debtor is not known in e-Boekhouden yet. Post the invoice first.</source>
        <translation>The payment of %1 cannot be booked: the debtor is not known in e-Boekhouden yet. Post the invoice first.</translation>
    </message>
    <message>
        <source>The payment of %1 is %2: only a positive amount can be booked.</source>
        <translation>The payment of %1 is %2: only a positive amount can be booked.</translation>
    </message>
    <message>
        <source>The payment of %1 is %2, but e-Boekhouden has %3 outstanding for invoice %4. Check the payment and the invoice in e-Boekhouden.</source>
        <translation>The payment of %1 is %2, but e-Boekhouden has %3 outstanding for invoice %4. Check the payment and the invoice in e-Boekhouden.</translation>
    </message>
    <message>
        <source>Document %1 is in %2, but e-Boekhouden books in euros and the shop gives no euro amounts for it. Book it by hand, or make EUR the shop&apos;s base currency.</source>
        <translation>Document %1 is in %2, but e-Boekhouden books in euros and the shop gives no euro amounts for it. Book it by hand, or make EUR the shop&apos;s base currency.</translation>
    </message>
    <message>
        <source>Booked on the fixed debtor %1 of payment method &quot;%2&quot;.</source>
        <translation>Booked on the fixed debtor %1 of payment method &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rounding difference</source>
        <translation>Rounding difference</translation>
    </message>
    <message>
        <source>The shop&apos;s total incl. VAT is %1, its rounded parts make %2: the shop rounds its total once. The difference %3 is booked as a rounding line without VAT.</source>
        <translation>The shop&apos;s total incl. VAT is %1, its rounded parts make %2: the shop rounds its total once. The difference %3 is booked as a rounding line without VAT.</translation>
    </message>
    <message>
        <source>Document %1 totals 0.00 and has no amounts: there is nothing to book. Mark it as booked by hand to clear it from the list.</source>
        <translation>Document %1 totals 0.00 and has no amounts: there is nothing to book. Mark it as booked by hand to clear it from the list.</translation>
    </message>
    <message>
        <source>row description</source>
        <translation>row description</translation>
    </message>
    <message>
        <source>invoice line description</source>
        <translation>invoice line description</translation>
    </message>
</context>
<context>
    <name>PrestaShopConnector</name>
    <message>
        <source>Its order %1 could not be found in the shop.</source>
        <translation>Its order %1 could not be found in the shop.</translation>
    </message>
    <message>
        <source>The local store refused the open orders of a page.</source>
        <translation>The local store refused the open orders of a page.</translation>
    </message>
    <message>
        <source>The shop&apos;s time zone %1 is unknown.</source>
        <translation>The shop&apos;s time zone %1 is unknown.</translation>
    </message>
    <message>
        <source>The local store refused the re-checked open orders; the next pull checks them again.</source>
        <translation>The local store refused the re-checked open orders; the next pull checks them again.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the PrestaShop webservice: %n order state(s).</source>
        <translation>
            <numerusform>Connected to the PrestaShop webservice: %n order state.</numerusform>
            <numerusform>Connected to the PrestaShop webservice: %n order states.</numerusform>
        </translation>
    </message>
    <message>
        <source>PrestaShop refused the webservice key for %1 (HTTP %2): the key is wrong, or it may not read %1. In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, check the key and give it the View (GET) permission on: %3.</source>
        <translation>PrestaShop refused the webservice key for %1 (HTTP %2): the key is wrong, or it may not read %1. In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, check the key and give it the View (GET) permission on: %3.</translation>
    </message>
    <message>
        <source>In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, the key needs the View (GET) permission on: %1.</source>
        <translation>In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, the key needs the View (GET) permission on: %1.</translation>
    </message>
    <message>
        <source>The key may read everything Boekhoudbrug needs: %1.</source>
        <translation>The key may read everything Boekhoudbrug needs: %1.</translation>
    </message>
    <message>
        <source>The key works, but PrestaShop does not let it read %1. In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, edit the key and tick View (GET) for %1. Boekhoudbrug needs View on: %2.</source>
        <translation>The key works, but PrestaShop does not let it read %1. In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, edit the key and tick View (GET) for %1. Boekhoudbrug needs View on: %2.</translation>
    </message>
    <message>
        <source>The webservice answered at %1; that address is saved.</source>
        <translation>The webservice answered at %1; that address is saved.</translation>
    </message>
    <message>
        <source>This host does not pass the Authorization header on to PrestaShop (PHP as CGI or FastCGI), so Boekhoudbrug sends the key as ws_key in the address instead, over https only.</source>
        <translation>This host does not pass the Authorization header on to PrestaShop (PHP as CGI or FastCGI), so Boekhoudbrug sends the key as ws_key in the address instead, over https only.</translation>
    </message>
</context>
<context>
    <name>PrestaShopMapper</name>
    <message>
        <source>Address %1 refers to country %2, which the shop does not list.</source>
        <translation>Address %1 refers to country %2, which the shop does not list.</translation>
    </message>
    <message>
        <source>Line %1 refers to tax %2, which the shop does not list.</source>
        <translation>Line %1 refers to tax %2, which the shop does not list.</translation>
    </message>
    <message>
        <source>Tax %1 has no readable rate.</source>
        <translation>Tax %1 has no readable rate.</translation>
    </message>
    <message>
        <source>The order has no id.</source>
        <translation>The order has no id.</translation>
    </message>
    <message>
        <source>The order has no valid date_add.</source>
        <translation>The order has no valid date_add.</translation>
    </message>
    <message>
        <source>Its customer %1 could not be found in the shop.</source>
        <translation>Its customer %1 could not be found in the shop.</translation>
    </message>
    <message>
        <source>Customer %1 has no address in the shop.</source>
        <translation>Customer %1 has no address in the shop.</translation>
    </message>
    <message>
        <source>Line %1 has no readable quantity.</source>
        <translation>Line %1 has no readable quantity.</translation>
    </message>
    <message>
        <source>Line %1 has no readable totals.</source>
        <translation>Line %1 has no readable totals.</translation>
    </message>
    <message>
        <source>Line %1 has no readable unit prices.</source>
        <translation>Line %1 has no readable unit prices.</translation>
    </message>
    <message>
        <source>The VAT rate of line %1 cannot be determined: it has no taxes and %2 incl. / %3 excl. VAT fit no legal rate.</source>
        <translation>The VAT rate of line %1 cannot be determined: it has no taxes and %2 incl. / %3 excl. VAT fit no legal rate.</translation>
    </message>
    <message>
        <source>The order has no readable product totals.</source>
        <translation>The order has no readable product totals.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>The order has shipping VAT but no readable carrier_tax_rate.</source>
        <translation>The order has shipping VAT but no readable carrier_tax_rate.</translation>
    </message>
    <message>
        <source>Gift wrapping</source>
        <translation>Gift wrapping</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>The order slip has no id.</source>
        <translation>The order slip has no id.</translation>
    </message>
    <message>
        <source>The order slip has no valid date_add.</source>
        <translation>The order slip has no valid date_add.</translation>
    </message>
    <message>
        <source>The slip credits order line %1, which its order %2 does not have.</source>
        <translation>The slip credits order line %1, which its order %2 does not have.</translation>
    </message>
    <message>
        <source>Slip line %1 has no readable quantity or amounts.</source>
        <translation>Slip line %1 has no readable quantity or amounts.</translation>
    </message>
    <message>
        <source>The VAT rate of slip line %1 cannot be determined.</source>
        <translation>The VAT rate of slip line %1 cannot be determined.</translation>
    </message>
    <message>
        <source>The order slip has no readable product totals.</source>
        <translation>The order slip has no readable product totals.</translation>
    </message>
    <message>
        <source>The customer has no id.</source>
        <translation>The customer has no id.</translation>
    </message>
    <message>
        <source>The order&apos;s conversion rate &quot;%1&quot; cannot be read, so its amounts cannot be converted to %2.</source>
        <translation>The order&apos;s conversion rate &quot;%1&quot; cannot be read, so its amounts cannot be converted to %2.</translation>
    </message>
    <message>
        <source>Order %1 has %2 invoices in PrestaShop; Boekhoudbrug books one invoice per order. Book these invoices by hand in e-Boekhouden, then choose &quot;Mark as booked by hand&quot; on it.</source>
        <translation>Order %1 has %2 invoices in PrestaShop; Boekhoudbrug books one invoice per order. Book these invoices by hand in e-Boekhouden, then choose &quot;Mark as booked by hand&quot; on it.</translation>
    </message>
    <message>
        <source>Order %1 is in %2 at a conversion rate of %3 to %4, which cannot both be right. Check that %4 is the shop&apos;s default currency in the shop settings of Boekhoudbrug.</source>
        <translation>Order %1 is in %2 at a conversion rate of %3 to %4, which cannot both be right. Check that %4 is the shop&apos;s default currency in the shop settings of Boekhoudbrug.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview posting of %1</source>
        <translation>Preview posting of %1</translation>
    </message>
    <message>
        <source>This document cannot be booked yet:</source>
        <translation>This document cannot be booked yet:</translation>
    </message>
    <message>
        <source>Would be booked as an e-Boekhouden invoice:</source>
        <translation>Would be booked as an e-Boekhouden invoice:</translation>
    </message>
    <message>
        <source>Would be booked as a sales mutation (invoice sent):</source>
        <translation>Would be booked as a sales mutation (invoice sent):</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation>Invoice number:</translation>
    </message>
    <message>
        <source>numbered by e-Boekhouden</source>
        <translation>numbered by e-Boekhouden</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Debtor:</source>
        <translation>Debtor:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>including VAT</source>
        <translation>including VAT</translation>
    </message>
    <message>
        <source>excluding VAT</source>
        <translation>excluding VAT</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>VAT code</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Amounts sent:</source>
        <translation>Amounts sent:</translation>
    </message>
    <message>
        <source>The rows add up to %1 excl. and %2 incl. VAT; the shop&apos;s totals are %3 and %4.</source>
        <translation>The rows add up to %1 excl. and %2 incl. VAT; the shop&apos;s totals are %3 and %4.</translation>
    </message>
    <message>
        <source>Booking of %1</source>
        <translation>Booking of %1</translation>
    </message>
    <message>
        <source>Booked as an e-Boekhouden invoice on %1, as follows:</source>
        <translation>Booked as an e-Boekhouden invoice on %1, as follows:</translation>
    </message>
    <message>
        <source>Booked as a sales mutation (invoice sent) on %1, as follows:</source>
        <translation>Booked as a sales mutation (invoice sent) on %1, as follows:</translation>
    </message>
    <message>
        <source>relation %1 in e-Boekhouden</source>
        <translation>relation %1 in e-Boekhouden</translation>
    </message>
    <message>
        <source>ledger id %1</source>
        <translation>ledger id %1</translation>
    </message>
    <message>
        <source>This document is booked in e-Boekhouden (as %1), but Boekhoudbrug kept no record of what was sent: it was linked to a booking e-Boekhouden already had, or booked before this version kept its requests. Look it up in e-Boekhouden; a preview under today&apos;s settings could differ from what is booked.</source>
        <translation>This document is booked in e-Boekhouden (as %1), but Boekhoudbrug kept no record of what was sent: it was linked to a booking e-Boekhouden already had, or booked before this version kept its requests. Look it up in e-Boekhouden; a preview under today&apos;s settings could differ from what is booked.</translation>
    </message>
    <message>
        <source>Looking up the debtor in e-Boekhouden…</source>
        <translation>Looking up the debtor in e-Boekhouden…</translation>
    </message>
    <message>
        <source>Boekhoudbrug is not connected to e-Boekhouden. Set up the connection in Settings.</source>
        <translation>Boekhoudbrug is not connected to e-Boekhouden. Set up the connection in Settings.</translation>
    </message>
    <message>
        <source>Sent as %1 %2.</source>
        <translation>Sent as %1 %2.</translation>
    </message>
    <message>
        <source>The request cannot be shown: %1</source>
        <translation>The request cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>ProfileOverviewPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>Boekhoudbrug: all administrations</source>
        <translation>Boekhoudbrug: all administrations</translation>
    </message>
    <message>
        <source>Each administration has its own e-Boekhouden login, shop and local database. Double-click one to work on it.</source>
        <translation>Each administration has its own e-Boekhouden login, shop and local database. Double-click one to work on it.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>API token ends</source>
        <translation>API token ends</translation>
    </message>
    <message>
        <source>&amp;New administration…</source>
        <translation>&amp;New administration…</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profile %1</translation>
    </message>
    <message>
        <source>Profile %1: the setup wizard was not finished for it</source>
        <translation>Profile %1: the setup wizard was not finished for it</translation>
    </message>
    <message>
        <source>not synced here yet</source>
        <translation>not synced here yet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>Rename the administration</source>
        <translation>Rename the administration</translation>
    </message>
    <message>
        <source>The name shown for this administration (its data stay where they are):</source>
        <translation>The name shown for this administration (its data stay where they are):</translation>
    </message>
    <message>
        <source>The colour of the administration</source>
        <translation>The colour of the administration</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>The administration you work on. Choose another to switch to it.</source>
        <translation>The administration you work on. Choose another to switch to it.</translation>
    </message>
    <message>
        <source>%1 (not set up)</source>
        <translation>%1 (not set up)</translation>
    </message>
</context>
<context>
    <name>ProfileWindows</name>
    <message>
        <source>Synchronisation under way</source>
        <translation>Synchronisation under way</translation>
    </message>
    <message>
        <source>%1 is being synchronised. Wait until it is done (or cancel it), then switch.</source>
        <translation>%1 is being synchronised. Wait until it is done (or cancel it), then switch.</translation>
    </message>
    <message>
        <source>Boekhoudbrug: %1</source>
        <translation>Boekhoudbrug: %1</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>All administrations</source>
        <translation>All administrations</translation>
    </message>
    <message>
        <source>What waits and what failed in every administration</source>
        <translation>What waits and what failed in every administration</translation>
    </message>
    <message>
        <source>New administration…</source>
        <translation>New administration…</translation>
    </message>
    <message>
        <source>Set up another administration with its own e-Boekhouden login and shop</source>
        <translation>Set up another administration with its own e-Boekhouden login and shop</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>reconcile --from DATE --until DATE: reads e-Boekhouden&apos;s sales bookings of the period and compares them with the shop&apos;s documents (missing, other amount, booked twice, not booked by Boekhoudbrug, not booked at all); exit code 0 only when nothing differs.</source>
        <translation>reconcile --from DATE --until DATE: reads e-Boekhouden&apos;s sales bookings of the period and compares them with the shop&apos;s documents (missing, other amount, booked twice, not booked by Boekhoudbrug, not booked at all); exit code 0 only when nothing differs.</translation>
    </message>
    <message>
        <source>reconcile --from and --until take dates as YYYY-MM-DD, the second not before the first.</source>
        <translation>reconcile --from and --until take dates as YYYY-MM-DD, the second not before the first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n sales booking(s) in e-Boekhouden, %3 booked by Boekhoudbrug and equal, %4 difference(s).</source>
        <translation>
            <numerusform>%1 to %2: %n sales booking in e-Boekhouden, %3 booked by Boekhoudbrug and equal, %4 difference(s).</numerusform>
            <numerusform>%1 to %2: %n sales bookings in e-Boekhouden, %3 booked by Boekhoudbrug and equal, %4 difference(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>Credit memo %1</source>
        <translation>Credit memo %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>%1 is marked as booked, but no e-Boekhouden number is recorded with it. Run check-links to have its booking checked.</source>
        <translation>%1 is marked as booked, but no e-Boekhouden number is recorded with it. Run check-links to have its booking checked.</translation>
    </message>
    <message>
        <source>%1 is marked as booked under %2, and so is %3: one booking cannot be two documents&apos;. Run check-links to find the one it is not, and check-links --repair to book that one again.</source>
        <translation>%1 is marked as booked under %2, and so is %3: one booking cannot be two documents&apos;. Run check-links to find the one it is not, and check-links --repair to book that one again.</translation>
    </message>
    <message>
        <source>%1 is booked %2 times in e-Boekhouden under %3. Keep the one Boekhoudbrug made (id %4) and delete the other in e-Boekhouden.</source>
        <translation>%1 is booked %2 times in e-Boekhouden under %3. Keep the one Boekhoudbrug made (id %4) and delete the other in e-Boekhouden.</translation>
    </message>
    <message>
        <source>%1 (dated %2 in the shop) is booked in e-Boekhouden under %3 dated %4, outside this period. Correct the date of the booking in e-Boekhouden if the period&apos;s figures must include it.</source>
        <translation>%1 (dated %2 in the shop) is booked in e-Boekhouden under %3 dated %4, outside this period. Correct the date of the booking in e-Boekhouden if the period&apos;s figures must include it.</translation>
    </message>
    <message>
        <source>%1 is marked as booked under %2, but e-Boekhouden has no such booking (deleted there?). Check e-Boekhouden; to book it again, run check-links --repair, then sync.</source>
        <translation>%1 is marked as booked under %2, but e-Boekhouden has no such booking (deleted there?). Check e-Boekhouden; to book it again, run check-links --repair, then sync.</translation>
    </message>
    <message>
        <source>%1 is booked under %2 for %3 incl. VAT in e-Boekhouden, but the document amounts to %4. Correct the booking in e-Boekhouden (or delete it there and book the document again).</source>
        <translation>%1 is booked under %2 for %3 incl. VAT in e-Boekhouden, but the document amounts to %4. Correct the booking in e-Boekhouden (or delete it there and book the document again).</translation>
    </message>
    <message>
        <source>%1 is booked under %2 with %3 VAT in e-Boekhouden, but the document has %4 VAT. Check the VAT codes of the booking and the VAT mapping, and correct the booking in e-Boekhouden.</source>
        <translation>%1 is booked under %2 with %3 VAT in e-Boekhouden, but the document has %4 VAT. Check the VAT codes of the booking and the VAT mapping, and correct the booking in e-Boekhouden.</translation>
    </message>
    <message>
        <source>e-Boekhouden holds a booking under %1 dated %2 for %3 that Boekhoudbrug did not make, and %4 is not marked as booked. If that booking is this document&apos;s, mark it as booked by hand (mark-booked); otherwise correct it in e-Boekhouden.</source>
        <translation>e-Boekhouden holds a booking under %1 dated %2 for %3 that Boekhoudbrug did not make, and %4 is not marked as booked. If that booking is this document&apos;s, mark it as booked by hand (mark-booked); otherwise correct it in e-Boekhouden.</translation>
    </message>
    <message>
        <source>e-Boekhouden holds a sales booking under %1 dated %2 for %3 that Boekhoudbrug did not make (booked by hand or by another integration). Check that it belongs in the books and is not a shop document booked a second time.</source>
        <translation>e-Boekhouden holds a sales booking under %1 dated %2 for %3 that Boekhoudbrug did not make (booked by hand or by another integration). Check that it belongs in the books and is not a shop document booked a second time.</translation>
    </message>
    <message>
        <source>%1 of %2 is not booked in e-Boekhouden. Run a sync to book it.</source>
        <translation>%1 of %2 is not booked in e-Boekhouden. Run a sync to book it.</translation>
    </message>
    <message>
        <source>%1 of %2 is not booked in e-Boekhouden. Run a sync to book it; the last attempt said: %3</source>
        <translation>%1 of %2 is not booked in e-Boekhouden. Run a sync to book it; the last attempt said: %3</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Missing in e-Boekhouden</source>
        <translation>Missing in e-Boekhouden</translation>
    </message>
    <message>
        <source>Booked on another date</source>
        <translation>Booked on another date</translation>
    </message>
    <message>
        <source>Other amount</source>
        <translation>Other amount</translation>
    </message>
    <message>
        <source>Other VAT</source>
        <translation>Other VAT</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Booked twice</translation>
    </message>
    <message>
        <source>Not booked by Boekhoudbrug</source>
        <translation>Not booked by Boekhoudbrug</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Not booked</translation>
    </message>
    <message>
        <source>Compare with e-Boekhouden</source>
        <translation>Compare with e-Boekhouden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a period and compare: e-Boekhouden&apos;s sales bookings of the period are read and compared with the shop&apos;s documents.</source>
        <translation>Choose a period and compare: e-Boekhouden&apos;s sales bookings of the period are read and compared with the shop&apos;s documents.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>What differs and what to do</source>
        <translation>What differs and what to do</translation>
    </message>
    <message>
        <source>Choose a period: a from and an until date, the second not before the first.</source>
        <translation>Choose a period: a from and an until date, the second not before the first.</translation>
    </message>
    <message>
        <source>Boekhoudbrug is not connected to e-Boekhouden. Set up the connection in Settings, then compare again.</source>
        <translation>Boekhoudbrug is not connected to e-Boekhouden. Set up the connection in Settings, then compare again.</translation>
    </message>
    <message>
        <source>Reading e-Boekhouden&apos;s sales bookings of %1 to %2…</source>
        <translation>Reading e-Boekhouden&apos;s sales bookings of %1 to %2…</translation>
    </message>
    <message>
        <source>Comparison cancelled; nothing was changed.</source>
        <translation>Comparison cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>e-Boekhouden could not be read, so nothing was compared: %1 Try again later.</source>
        <translation>e-Boekhouden could not be read, so nothing was compared: %1 Try again later.</translation>
    </message>
    <message>
        <source>Credit memo %1</source>
        <translation>Credit memo %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Booking %1</source>
        <translation>Booking %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the books agree. %n sales booking(s) in e-Boekhouden, each booked by Boekhoudbrug and equal to its document.</source>
        <translation>
            <numerusform>%1: the books agree. %n sales booking in e-Boekhouden, each booked by Boekhoudbrug and equal to its document.</numerusform>
            <numerusform>%1: the books agree. %n sales bookings in e-Boekhouden, each booked by Boekhoudbrug and equal to its document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) to look at; each line says what to do.</source>
        <translation>
            <numerusform>%1: %n difference to look at; each line says what to do.</numerusform>
            <numerusform>%1: %n differences to look at; each line says what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationImport</name>
    <message>
        <source>The local database refused the relations: check the disk space and that no other program holds the database, then import again.</source>
        <translation>The local database refused the relations: check the disk space and that no other program holds the database, then import again.</translation>
    </message>
    <message numerus="yes">
        <source>The relations could not all be read from e-Boekhouden (%1). %n relation(s) were imported; run the import again later to go on.</source>
        <translation>
            <numerusform>The relations could not all be read from e-Boekhouden (%1). %n relation were imported; run the import again later to go on.</numerusform>
            <numerusform>The relations could not all be read from e-Boekhouden (%1). %n relations were imported; run the import again later to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) in e-Boekhouden; %1 read into the local database, %2 known already. Shop customers are matched to them before a new debtor is created.</source>
        <translation>
            <numerusform>%n relation in e-Boekhouden; %1 read into the local database, %2 known already. Shop customers are matched to them before a new debtor is created.</numerusform>
            <numerusform>%n relations in e-Boekhouden; %1 read into the local database, %2 known already. Shop customers are matched to them before a new debtor is created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report vat|icp|oss --from DATE --until DATE (or --quarter 2026Q4) [--csv FILE] [--pdf FILE]: the VAT reconciliation per VAT code, rate and country with its VAT return box, the ICP listing per customer VAT number, or the OSS summary per member state and rate, of the booked documents of the period; vat exits 1 when what is booked differs from the shop&apos;s figures.</source>
        <translation>report vat|icp|oss --from DATE --until DATE (or --quarter 2026Q4) [--csv FILE] [--pdf FILE]: the VAT reconciliation per VAT code, rate and country with its VAT return box, the ICP listing per customer VAT number, or the OSS summary per member state and rate, of the booked documents of the period; vat exits 1 when what is booked differs from the shop&apos;s figures.</translation>
    </message>
    <message>
        <source>report takes vat, icp or oss.</source>
        <translation>report takes vat, icp or oss.</translation>
    </message>
    <message>
        <source>--quarter takes a quarter as 2026Q4, and goes without --from and --until.</source>
        <translation>--quarter takes a quarter as 2026Q4, and goes without --from and --until.</translation>
    </message>
    <message>
        <source>report needs --quarter (as 2026Q4), or --from and --until as YYYY-MM-DD, the second not before the first.</source>
        <translation>report needs --quarter (as 2026Q4), or --from and --until as YYYY-MM-DD, the second not before the first.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>CSV written to %1.</source>
        <translation>CSV written to %1.</translation>
    </message>
    <message>
        <source>PDF written to %1.</source>
        <translation>PDF written to %1.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Other period</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>VAT reconciliation</source>
        <translation>VAT reconciliation</translation>
    </message>
    <message>
        <source>ICP listing</source>
        <translation>ICP listing</translation>
    </message>
    <message>
        <source>OSS summary</source>
        <translation>OSS summary</translation>
    </message>
    <message>
        <source>Choose a period: a quarter, or a from and an until date.</source>
        <translation>Choose a period: a quarter, or a from and an until date.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>Shop VAT</source>
        <translation>Shop VAT</translation>
    </message>
    <message>
        <source>Booked VAT</source>
        <translation>Booked VAT</translation>
    </message>
    <message>
        <source>VAT per rate and country</source>
        <translation>VAT per rate and country</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>schedule on [--every MINUTES] | off | status: sync the profile also when Boekhoudbrug is closed, through the operating system&apos;s scheduler (a systemd user timer on Linux, a launchd agent on macOS, a Task Scheduler task on Windows); at least every %1 minutes.</source>
        <translation>schedule on [--every MINUTES] | off | status: sync the profile also when Boekhoudbrug is closed, through the operating system&apos;s scheduler (a systemd user timer on Linux, a launchd agent on macOS, a Task Scheduler task on Windows); at least every %1 minutes.</translation>
    </message>
    <message>
        <source>--every must be at least %1 minutes: e-Boekhouden limits how often it may be asked.</source>
        <translation>--every must be at least %1 minutes: e-Boekhouden limits how often it may be asked.</translation>
    </message>
    <message>
        <source>Profile %1 syncs also when Boekhoudbrug is closed.</source>
        <translation>Profile %1 syncs also when Boekhoudbrug is closed.</translation>
    </message>
    <message>
        <source>Profile %1 syncs only while Boekhoudbrug is open.</source>
        <translation>Profile %1 syncs only while Boekhoudbrug is open.</translation>
    </message>
    <message>
        <source>schedule takes on, off or status.</source>
        <translation>schedule takes on, off or status.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No saved credential was found. Enter it again in the setup wizard.</source>
        <translation>No saved credential was found. Enter it again in the setup wizard.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. Allow Boekhoudbrug to use the keychain and try again.</source>
        <translation>Access to the keychain was refused. Allow Boekhoudbrug to use the keychain and try again.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so credentials cannot be saved safely. Start the system keychain (for example GNOME Keyring or KWallet), or use environment variables for headless runs.</source>
        <translation>No keychain is available on this computer, so credentials cannot be saved safely. Start the system keychain (for example GNOME Keyring or KWallet), or use environment variables for headless runs.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>The keychain reported an error: %1</translation>
    </message>
</context>
<context>
    <name>SecurityCodesPage</name>
    <message>
        <source>Enter the username and both security codes.</source>
        <translation>Enter the username and both security codes.</translation>
    </message>
    <message>
        <source>Username and security codes</source>
        <translation>Username and security codes</translation>
    </message>
    <message>
        <source>Enter the login of the SOAP connection and test it.</source>
        <translation>Enter the login of the SOAP connection and test it.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>Security code &amp;1:</source>
        <translation>Security code &amp;1:</translation>
    </message>
    <message>
        <source>Security code &amp;2:</source>
        <translation>Security code &amp;2:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>only when asked</translation>
    </message>
    <message>
        <source>&amp;Synchronise every:</source>
        <translation>&amp;Synchronise every:</translation>
    </message>
    <message>
        <source>&amp;Documents booked at the same time:</source>
        <translation>&amp;Documents booked at the same time:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> per second</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Requests to e-Boekhouden at &amp;most:</source>
        <translation>Requests to e-Boekhouden at &amp;most:</translation>
    </message>
    <message>
        <source>A change of language, documents at the same time or requests per second takes full effect the next time Boekhoudbrug starts.</source>
        <translation>A change of language, documents at the same time or requests per second takes full effect the next time Boekhoudbrug starts.</translation>
    </message>
    <message>
        <source>Run setup &amp;wizard…</source>
        <translation>Run setup &amp;wizard…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>How documents are booked can be changed here once an administration is set up; the demo&apos;s sandbox books with fixed settings. Run the setup wizard to connect your own.</source>
        <translation>How documents are booked can be changed here once an administration is set up; the demo&apos;s sandbox books with fixed settings. Run the setup wizard to connect your own.</translation>
    </message>
    <message>
        <source>&amp;Check my setup…</source>
        <translation>&amp;Check my setup…</translation>
    </message>
    <message>
        <source>Tests both connections, the token&apos;s end date, the ledgers and template in the settings and the VAT mapping, and says what to fix.</source>
        <translation>Tests both connections, the token&apos;s end date, the ledgers and template in the settings and the VAT mapping, and says what to fix.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Show the saved settings again</source>
        <translation>Show the saved settings again</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Changed, not saved yet.</translation>
    </message>
    <message>
        <source>Not saved: see the Booking section for what to fix.</source>
        <translation>Not saved: see the Booking section for what to fix.</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>Not saved: the settings file could not be written.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>The saved settings are shown again.</source>
        <translation>The saved settings are shown again.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Unsaved settings</translation>
    </message>
    <message>
        <source>Some settings are changed but not saved. Save them now?</source>
        <translation>Some settings are changed but not saved. Save them now?</translation>
    </message>
    <message>
        <source>Discard shows the saved settings again; Cancel stays here.</source>
        <translation>Discard shows the saved settings again; Cancel stays here.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
</context>
<context>
    <name>SetupCheck</name>
    <message>
        <source>API token end date</source>
        <translation>API token end date</translation>
    </message>
    <message>
        <source>No end date is known for the token. If you gave it one in e-Boekhouden, enter it in the setup wizard so that Boekhoudbrug warns before it stops working.</source>
        <translation>No end date is known for the token. If you gave it one in e-Boekhouden, enter it in the setup wizard so that Boekhoudbrug warns before it stops working.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Valid until %1.</translation>
    </message>
    <message>
        <source>Booking settings</source>
        <translation>Booking settings</translation>
    </message>
    <message>
        <source>&quot;Let e-Boekhouden number the invoices&quot; only works when documents are booked as e-Boekhouden invoices: a sales mutation needs the shop&apos;s number, so every document would fail. Choose &quot;as in the shop&quot; numbering, or book as invoices.</source>
        <translation>&quot;Let e-Boekhouden number the invoices&quot; only works when documents are booked as e-Boekhouden invoices: a sales mutation needs the shop&apos;s number, so every document would fail. Choose &quot;as in the shop&quot; numbering, or book as invoices.</translation>
    </message>
    <message>
        <source>Documents are booked as e-Boekhouden invoices, but no invoice template is chosen. Choose one in Settings → Booking.</source>
        <translation>Documents are booked as e-Boekhouden invoices, but no invoice template is chosen. Choose one in Settings → Booking.</translation>
    </message>
    <message>
        <source>No debtor ledger is chosen. Choose one in Settings → Booking.</source>
        <translation>No debtor ledger is chosen. Choose one in Settings → Booking.</translation>
    </message>
    <message>
        <source>The booking settings fit together.</source>
        <translation>The booking settings fit together.</translation>
    </message>
    <message>
        <source>debtor ledger</source>
        <translation>debtor ledger</translation>
    </message>
    <message>
        <source>bank ledger</source>
        <translation>bank ledger</translation>
    </message>
    <message>
        <source>bank ledger for %1</source>
        <translation>bank ledger for %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ledgers in the settings</source>
        <translation>Ledgers in the settings</translation>
    </message>
    <message>
        <source>e-Boekhouden has no ledger %1. Choose an existing ledger in Settings → Booking, or create it in e-Boekhouden.</source>
        <translation>e-Boekhouden has no ledger %1. Choose an existing ledger in Settings → Booking, or create it in e-Boekhouden.</translation>
    </message>
    <message numerus="yes">
        <source>Every ledger the settings name exists in e-Boekhouden (%n ledger(s) read).</source>
        <translation>
            <numerusform>Every ledger the settings name exists in e-Boekhouden (%n ledger read).</numerusform>
            <numerusform>Every ledger the settings name exists in e-Boekhouden (%n ledgers read).</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice template</source>
        <translation>Invoice template</translation>
    </message>
    <message>
        <source>Not needed: documents are booked as sales mutations.</source>
        <translation>Not needed: documents are booked as sales mutations.</translation>
    </message>
    <message>
        <source>This login cannot list the templates; &quot;%1&quot; is checked at the first booking. Make sure the name is exactly the one in e-Boekhouden.</source>
        <translation>This login cannot list the templates; &quot;%1&quot; is checked at the first booking. Make sure the name is exactly the one in e-Boekhouden.</translation>
    </message>
    <message>
        <source>e-Boekhouden has no invoice template named &quot;%1&quot;. Choose one of its templates in Settings → Booking.</source>
        <translation>e-Boekhouden has no invoice template named &quot;%1&quot;. Choose one of its templates in Settings → Booking.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists in e-Boekhouden.</source>
        <translation>&quot;%1&quot; exists in e-Boekhouden.</translation>
    </message>
    <message>
        <source>VAT mapping</source>
        <translation>VAT mapping</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting document(s) have a VAT rate the mapping does not cover: </source>
        <translation>
            <numerusform>%n waiting document has a VAT rate the mapping does not cover: </numerusform>
            <numerusform>%n waiting documents have a VAT rate the mapping does not cover: </numerusform>
        </translation>
    </message>
    <message>
        <source>Add the rows on the VAT Mapping page.</source>
        <translation>Add the rows on the VAT Mapping page.</translation>
    </message>
    <message numerus="yes">
        <source>Every VAT rate of the %n waiting document(s) is mapped.</source>
        <translation>
            <numerusform>Every VAT rate of the %n waiting document is mapped.</numerusform>
            <numerusform>Every VAT rate of the %n waiting documents are mapped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unattended sync</source>
        <translation>Unattended sync</translation>
    </message>
    <message>
        <source>&quot;Also when Boekhoudbrug is closed&quot; is on, but the system&apos;s scheduler does not have it (any more). Switch it off and on in Settings, or run &quot;boekhoudbrug-cli schedule on&quot;.</source>
        <translation>&quot;Also when Boekhoudbrug is closed&quot; is on, but the system&apos;s scheduler does not have it (any more). Switch it off and on in Settings, or run &quot;boekhoudbrug-cli schedule on&quot;.</translation>
    </message>
    <message>
        <source>The system&apos;s scheduler runs a sync of this profile that Settings do not know of. Run &quot;boekhoudbrug-cli schedule off&quot; if it is not wanted.</source>
        <translation>The system&apos;s scheduler runs a sync of this profile that Settings do not know of. Run &quot;boekhoudbrug-cli schedule off&quot; if it is not wanted.</translation>
    </message>
    <message>
        <source>The system&apos;s scheduler syncs this profile also when Boekhoudbrug is closed.</source>
        <translation>The system&apos;s scheduler syncs this profile also when Boekhoudbrug is closed.</translation>
    </message>
    <message>
        <source>Syncs only while Boekhoudbrug is open.</source>
        <translation>Syncs only while Boekhoudbrug is open.</translation>
    </message>
    <message>
        <source>e-Boekhouden login in the keychain</source>
        <translation>e-Boekhouden login in the keychain</translation>
    </message>
    <message>
        <source>Found (%1).</source>
        <translation>Found (%1).</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>username and security codes</source>
        <translation>username and security codes</translation>
    </message>
    <message>
        <source>e-Boekhouden connection</source>
        <translation>e-Boekhouden connection</translation>
    </message>
    <message>
        <source>Shop connection</source>
        <translation>Shop connection</translation>
    </message>
    <message>
        <source>No shop is set up: run the setup wizard.</source>
        <translation>No shop is set up: run the setup wizard.</translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation>[ok]</translation>
    </message>
    <message>
        <source>[attention]</source>
        <translation>[attention]</translation>
    </message>
    <message>
        <source>[problem]</source>
        <translation>[problem]</translation>
    </message>
</context>
<context>
    <name>SetupCheckDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Check my setup</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Found, and what to do</source>
        <translation>Found, and what to do</translation>
    </message>
    <message>
        <source>Checking both connections and the settings…</source>
        <translation>Checking both connections and the settings…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Something must be fixed before documents can be booked: see the lines marked Problem.</source>
        <translation>Something must be fixed before documents can be booked: see the lines marked Problem.</translation>
    </message>
    <message>
        <source>The setup can book; the lines marked Attention need a look soon.</source>
        <translation>The setup can book; the lines marked Attention need a look soon.</translation>
    </message>
    <message>
        <source>Everything checked is in order.</source>
        <translation>Everything checked is in order.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Boekhoudbrug</source>
        <translation>Set up Boekhoudbrug</translation>
    </message>
    <message>
        <source>Discard the setup?</source>
        <translation>Discard the setup?</translation>
    </message>
    <message>
        <source>What you entered in the setup wizard has not been saved. Discard it and close the wizard?</source>
        <translation>What you entered in the setup wizard has not been saved. Discard it and close the wizard?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>ShopConnectionSettings</name>
    <message>
        <source>Choose the shop&apos;s platform.</source>
        <translation>Choose the shop&apos;s platform.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s REST address, e.g. https://shop.example/rest.</source>
        <translation>Enter the shop&apos;s REST address, e.g. https://shop.example/rest.</translation>
    </message>
    <message>
        <source>Enter the integration&apos;s four keys (or only the access token when the shop accepts it as a Bearer token).</source>
        <translation>Enter the integration&apos;s four keys (or only the access token when the shop accepts it as a Bearer token).</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s webservice address, e.g. https://shop.example/api.</source>
        <translation>Enter the shop&apos;s webservice address, e.g. https://shop.example/api.</translation>
    </message>
    <message>
        <source>Enter the webservice key.</source>
        <translation>Enter the webservice key.</translation>
    </message>
    <message>
        <source>Enter the order states booked as invoices, e.g. 2,4,5.</source>
        <translation>Enter the order states booked as invoices, e.g. 2,4,5.</translation>
    </message>
</context>
<context>
    <name>ShopConnectionTest</name>
    <message>
        <source>The shop refused the keys (HTTP %1). Check that they are copied completely and that the %2 integration may read orders, invoices and customers.</source>
        <translation>The shop refused the keys (HTTP %1). Check that they are copied completely and that the %2 integration may read orders, invoices and customers.</translation>
    </message>
    <message>
        <source>The shop could not be reached: %1 Check the address and the internet connection.</source>
        <translation>The shop could not be reached: %1 Check the address and the internet connection.</translation>
    </message>
    <message>
        <source>Something answered at this address, but not the %1 API (HTTP %2). Check the API address: it usually ends in %3.</source>
        <translation>Something answered at this address, but not the %1 API (HTTP %2). Check the API address: it usually ends in %3.</translation>
    </message>
</context>
<context>
    <name>ShopFromEnvironment</name>
    <message>
        <source>BOEKHOUDBRUG_SHOP_URL is missing or not a web address.</source>
        <translation>BOEKHOUDBRUG_SHOP_URL is missing or not a web address.</translation>
    </message>
    <message>
        <source>The Magento integration keys are incomplete: set the four BOEKHOUDBRUG_MAGENTO_* variables (or BOEKHOUDBRUG_MAGENTO_BEARER=1 with the access token).</source>
        <translation>The Magento integration keys are incomplete: set the four BOEKHOUDBRUG_MAGENTO_* variables (or BOEKHOUDBRUG_MAGENTO_BEARER=1 with the access token).</translation>
    </message>
    <message>
        <source>Set BOEKHOUDBRUG_PRESTASHOP_KEY and BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES (the order states booked as invoices, e.g. 2,4,5).</source>
        <translation>Set BOEKHOUDBRUG_PRESTASHOP_KEY and BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES (the order states booked as invoices, e.g. 2,4,5).</translation>
    </message>
    <message>
        <source>BOEKHOUDBRUG_SHOP must be magento or prestashop, not &quot;%1&quot;.</source>
        <translation>BOEKHOUDBRUG_SHOP must be magento or prestashop, not &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ShopHttpClient</name>
    <message>
        <source>The shop refused the credentials (HTTP %1) for %2: check the keys in the shop settings and the integration&apos;s permissions.</source>
        <translation>The shop refused the credentials (HTTP %1) for %2: check the keys in the shop settings and the integration&apos;s permissions.</translation>
    </message>
    <message>
        <source>The shop answered HTTP %1 for %2.</source>
        <translation>The shop answered HTTP %1 for %2.</translation>
    </message>
    <message>
        <source>Could not read %1 from the shop after %2 attempts: %3</source>
        <translation>Could not read %1 from the shop after %2 attempts: %3</translation>
    </message>
    <message>
        <source>The shop answered HTTP %1 for %2 after %3 attempts.</source>
        <translation>The shop answered HTTP %1 for %2 after %3 attempts.</translation>
    </message>
    <message>
        <source>The shop sent an unreadable page for %1 after %2 attempts (%3).</source>
        <translation>The shop sent an unreadable page for %1 after %2 attempts (%3).</translation>
    </message>
    <message>
        <source>unexpected structure</source>
        <translation>unexpected structure</translation>
    </message>
    <message>
        <source>Refused to send the shop&apos;s keys unencrypted to %1: the address starts with http://. Use the shop&apos;s https:// address.</source>
        <translation>Refused to send the shop&apos;s keys unencrypted to %1: the address starts with http://. Use the shop&apos;s https:// address.</translation>
    </message>
    <message>
        <source>The shop refused the credentials (HTTP %1) for %2: &quot;%3&quot; Check the keys in the shop settings and the integration&apos;s permissions.</source>
        <translation>The shop refused the credentials (HTTP %1) for %2: &quot;%3&quot; Check the keys in the shop settings and the integration&apos;s permissions.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Connect to the shop</source>
        <translation>Connect to the shop</translation>
    </message>
    <message>
        <source>Boekhoudbrug only reads from the shop; it never changes anything there.</source>
        <translation>Boekhoudbrug only reads from the shop; it never changes anything there.</translation>
    </message>
    <message>
        <source>optional, for &quot;Open in shop&quot;</source>
        <translation>optional, for &quot;Open in shop&quot;</translation>
    </message>
    <message>
        <source>Send only the access token, as a &amp;Bearer token (the shop must allow it)</source>
        <translation>Send only the access token, as a &amp;Bearer token (the shop must allow it)</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer &amp;key:</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer &amp;secret:</translation>
    </message>
    <message>
        <source>Access t&amp;oken:</source>
        <translation>Access t&amp;oken:</translation>
    </message>
    <message>
        <source>Access token s&amp;ecret:</source>
        <translation>Access token s&amp;ecret:</translation>
    </message>
    <message>
        <source>Webservice &amp;key:</source>
        <translation>Webservice &amp;key:</translation>
    </message>
    <message>
        <source>Order states booked as &amp;invoices:</source>
        <translation>Order states booked as &amp;invoices:</translation>
    </message>
    <message>
        <source>Shop&apos;s time &amp;zone:</source>
        <translation>Shop&apos;s time &amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API &amp;address:</translation>
    </message>
    <message>
        <source>Back-office a&amp;ddress:</source>
        <translation>Back-office a&amp;ddress:</translation>
    </message>
    <message>
        <source>The ids of the order states, separated by commas; after &quot;Test connection&quot; the shop&apos;s states are listed by name to tick.</source>
        <translation>The ids of the order states, separated by commas; after &quot;Test connection&quot; the shop&apos;s states are listed by name to tick.</translation>
    </message>
    <message>
        <source>Create the integration in Magento&apos;s admin under System &gt; Extensions &gt; Integrations and give it these resources on its API tab: Stores (Magento_Backend::store), Sales (Magento_Sales::sales) and Customers (Magento_Customer::customer). Activate it to see the four keys. The address may be the shop&apos;s home page: the test finds the REST API (/rest, /index.php/rest, /rest/&lt;store code&gt;) and saves the address that answered.</source>
        <translation>Create the integration in Magento&apos;s admin under System &gt; Extensions &gt; Integrations and give it these resources on its API tab: Stores (Magento_Backend::store), Sales (Magento_Sales::sales) and Customers (Magento_Customer::customer). Activate it to see the four keys. The address may be the shop&apos;s home page: the test finds the REST API (/rest, /index.php/rest, /rest/&lt;store code&gt;) and saves the address that answered.</translation>
    </message>
    <message>
        <source>Create the key in PrestaShop&apos;s back office under Advanced Parameters &gt; Webservice and give it the View (GET) permission on: %1. The address may be the shop&apos;s home page: the test finds the webservice at /api and says which permission is missing.</source>
        <translation>Create the key in PrestaShop&apos;s back office under Advanced Parameters &gt; Webservice and give it the View (GET) permission on: %1. The address may be the shop&apos;s home page: the test finds the webservice at /api and says which permission is missing.</translation>
    </message>
</context>
<context>
    <name>ShopProfile</name>
    <message>
        <source>The saved shop connection is incomplete (%1) Enter it again in the setup wizard.</source>
        <translation>The saved shop connection is incomplete (%1) Enter it again in the setup wizard.</translation>
    </message>
</context>
<context>
    <name>SoapClient</name>
    <message>
        <source>The SOAP connection cannot list invoice templates. Type the template name exactly as it appears in e-Boekhouden.</source>
        <translation>The SOAP connection cannot list invoice templates. Type the template name exactly as it appears in e-Boekhouden.</translation>
    </message>
    <message>
        <source>This invoice</source>
        <translation>This invoice</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>%1 needs VAT code AFW_VERK with the shop&apos;s own VAT amount, and an invoice through the SOAP connection (username and security codes) cannot carry a VAT amount, so e-Boekhouden would book it without its VAT. Nothing was posted. Book invoices as sales mutations (Settings &gt; Booking), or connect with an API token, then push the document again.</source>
        <translation>%1 needs VAT code AFW_VERK with the shop&apos;s own VAT amount, and an invoice through the SOAP connection (username and security codes) cannot carry a VAT amount, so e-Boekhouden would book it without its VAT. Nothing was posted. Book invoices as sales mutations (Settings &gt; Booking), or connect with an API token, then push the document again.</translation>
    </message>
    <message>
        <source>The SOAP connection cannot create products.</source>
        <translation>The SOAP connection cannot create products.</translation>
    </message>
    <message>
        <source>e-Boekhouden&apos;s SOAP API answers at most %1 bookings at a time: reconcile a shorter period.</source>
        <translation>e-Boekhouden&apos;s SOAP API answers at most %1 bookings at a time: reconcile a shorter period.</translation>
    </message>
    <message>
        <source>%1 matches the shop&apos;s VAT to the cent only with prices including VAT, and an invoice through the SOAP connection (username and security codes) takes prices excluding VAT. Nothing was posted. Book invoices as sales mutations (Settings &gt; Booking), or connect with an API token, then push the document again.</source>
        <translation>%1 matches the shop&apos;s VAT to the cent only with prices including VAT, and an invoice through the SOAP connection (username and security codes) takes prices excluding VAT. Nothing was posted. Book invoices as sales mutations (Settings &gt; Booking), or connect with an API token, then push the document again.</translation>
    </message>
    <message>
        <source>Row %1 of %2 was not sent: its amounts do not add up (%3 excl. VAT + %4 VAT is not %5 incl. VAT, entered %6). Nothing was booked. This is a fault in Boekhoudbrug: please report it with this message.</source>
        <translation>Row %1 of %2 was not sent: its amounts do not add up (%3 excl. VAT + %4 VAT is not %5 incl. VAT, entered %6). Nothing was booked. This is a fault in Boekhoudbrug: please report it with this message.</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>store where: where the profile&apos;s database is. store migrate --to postgresql://user@host:port/db (password in PGPASSWORD) or --to sqlite:FILE: copies the profile&apos;s database there, compares every table, and switches the profile to it only when all are equal. Stop other syncs of the profile first.</source>
        <translation>store where: where the profile&apos;s database is. store migrate --to postgresql://user@host:port/db (password in PGPASSWORD) or --to sqlite:FILE: copies the profile&apos;s database there, compares every table, and switches the profile to it only when all are equal. Stop other syncs of the profile first.</translation>
    </message>
    <message>
        <source>The profile %1 already uses %2.</source>
        <translation>The profile %1 already uses %2.</translation>
    </message>
    <message>
        <source>%1 exists already: move the profile to a new file.</source>
        <translation>%1 exists already: move the profile to a new file.</translation>
    </message>
    <message>
        <source>Copying %1 to %2</source>
        <translation>Copying %1 to %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 copied, checksum %4</source>
        <translation>%1: %2 rows, %3 copied, checksum %4</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>equal</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFFERENT</translation>
    </message>
    <message>
        <source>The profile %1 now uses %2. The old database %3 is left as it was: remove it once you no longer need it.</source>
        <translation>The profile %1 now uses %2. The old database %3 is left as it was: remove it once you no longer need it.</translation>
    </message>
</context>
<context>
    <name>StoreMigration</name>
    <message>
        <source>The two databases are not of the same schema (%1 and %2): open both with this version of Boekhoudbrug first.</source>
        <translation>The two databases are not of the same schema (%1 and %2): open both with this version of Boekhoudbrug first.</translation>
    </message>
    <message>
        <source>The target %1 already holds data (table %2): move a profile only into an empty database.</source>
        <translation>The target %1 already holds data (table %2): move a profile only into an empty database.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3.</source>
        <translation>The table %1 has other columns in %2 than in %3.</translation>
    </message>
    <message>
        <source>Copying table %1 failed: %2</source>
        <translation>Copying table %1 failed: %2</translation>
    </message>
    <message>
        <source>The copy is not equal to the original (see the tables above): the profile keeps its store.</source>
        <translation>The copy is not equal to the original (see the tables above): the profile keeps its store.</translation>
    </message>
</context>
<context>
    <name>StoreMove</name>
    <message>
        <source>Enter where the database should go: a new file, or postgresql://user@host:port/database.</source>
        <translation>Enter where the database should go: a new file, or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The profile already uses %1.</source>
        <translation>The profile already uses %1.</translation>
    </message>
    <message>
        <source>%1 exists already: move the profile to a new file.</source>
        <translation>%1 exists already: move the profile to a new file.</translation>
    </message>
</context>
<context>
    <name>StoreSection</name>
    <message>
        <source>&amp;Move store…</source>
        <translation>&amp;Move store…</translation>
    </message>
    <message>
        <source>Copy this administration&apos;s database to a new file or a PostgreSQL database, and use the copy from then on</source>
        <translation>Copy this administration&apos;s database to a new file or a PostgreSQL database, and use the copy from then on</translation>
    </message>
    <message>
        <source>Documents, logs, the VAT mapping and the booking settings are kept in this database; every desktop that uses the same PostgreSQL database shares them. Logins stay in each computer&apos;s keychain.</source>
        <translation>Documents, logs, the VAT mapping and the booking settings are kept in this database; every desktop that uses the same PostgreSQL database shares them. Logins stay in each computer&apos;s keychain.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>A synchronisation is running: wait until it has finished, then move the database.</source>
        <translation>A synchronisation is running: wait until it has finished, then move the database.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Invoices: %1</source>
        <translation>Invoices: %1</translation>
    </message>
    <message>
        <source>Credit memos: %1</source>
        <translation>Credit memos: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>No document %1 in the local database. Run sync first.</source>
        <translation>No document %1 in the local database. Run sync first.</translation>
    </message>
    <message>
        <source>Invoice number %1, %2, debtor %3, amounts %4</source>
        <translation>Invoice number %1, %2, debtor %3, amounts %4</translation>
    </message>
    <message>
        <source>incl. VAT</source>
        <translation>incl. VAT</translation>
    </message>
    <message>
        <source>excl. VAT</source>
        <translation>excl. VAT</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>VAT %1</translation>
    </message>
    <message>
        <source>Total excl. %1, VAT %2, incl. %3</source>
        <translation>Total excl. %1, VAT %2, incl. %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>%1 documents: %2 booked, %3 already in e-Boekhouden, %4 failed, %5 waiting for their invoice, %6 to try again later</source>
        <translation>%1 documents: %2 booked, %3 already in e-Boekhouden, %4 failed, %5 waiting for their invoice, %6 to try again later</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 invoices, %4 credit memos, %5 customers, %6 unreadable, %7 not yet bookable</source>
        <translation>%1: %2 read, %3 invoices, %4 credit memos, %5 customers, %6 unreadable, %7 not yet bookable</translation>
    </message>
    <message>
        <source>Name the file: vat-mapping export FILE.</source>
        <translation>Name the file: vat-mapping export FILE.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 rows written to %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>The VAT mapping was not imported:</source>
        <translation>The VAT mapping was not imported:</translation>
    </message>
    <message>
        <source>The VAT mapping could not be saved in the local database.</source>
        <translation>The VAT mapping could not be saved in the local database.</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>%1 rows imported.</translation>
    </message>
    <message>
        <source>%1 cannot be booked: %2</source>
        <translation>%1 cannot be booked: %2</translation>
    </message>
    <message>
        <source>Name the documents to push, e.g. push --invoice 100000123 or push --creditmemo 100000045.</source>
        <translation>Name the documents to push, e.g. push --invoice 100000123 or push --creditmemo 100000045.</translation>
    </message>
    <message>
        <source>Name the customers to push, e.g. push --customer 42 or push --customer klant@example.nl.</source>
        <translation>Name the customers to push, e.g. push --customer 42 or push --customer klant@example.nl.</translation>
    </message>
    <message>
        <source>No customer %1 in the local database. Run import or sync first.</source>
        <translation>No customer %1 in the local database. Run import or sync first.</translation>
    </message>
    <message>
        <source>No shop is configured (setup wizard or BOEKHOUDBRUG_SHOP); booking what is in the local database.</source>
        <translation>No shop is configured (setup wizard or BOEKHOUDBRUG_SHOP); booking what is in the local database.</translation>
    </message>
    <message>
        <source>No shop is configured: run the setup wizard of the app, or set BOEKHOUDBRUG_SHOP and BOEKHOUDBRUG_SHOP_URL (see README).</source>
        <translation>No shop is configured: run the setup wizard of the app, or set BOEKHOUDBRUG_SHOP and BOEKHOUDBRUG_SHOP_URL (see README).</translation>
    </message>
    <message>
        <source>Name the documents to reprocess, e.g. reprocess --invoice 100000123.</source>
        <translation>Name the documents to reprocess, e.g. reprocess --invoice 100000123.</translation>
    </message>
    <message>
        <source>Name the documents booked by hand, e.g. mark-booked --invoice 100000123.</source>
        <translation>Name the documents booked by hand, e.g. mark-booked --invoice 100000123.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) marked as booked by hand; Boekhoudbrug will not book them.</source>
        <translation>
            <numerusform>%n document marked as booked by hand; Boekhoudbrug will not book it.</numerusform>
            <numerusform>%n documents marked as booked by hand; Boekhoudbrug will not book them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others were booked already or are being booked: nothing changed for them.</source>
        <translation>The others were booked already or are being booked: nothing changed for them.</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>Payments: %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Refunds: %1</translation>
    </message>
    <message>
        <source>unreadable invoice</source>
        <translation>unreadable invoice</translation>
    </message>
    <message>
        <source>unreadable credit memo</source>
        <translation>unreadable credit memo</translation>
    </message>
    <message>
        <source>%1 cannot be booked: the shop&apos;s document could not be read: %2</source>
        <translation>%1 cannot be booked: the shop&apos;s document could not be read: %2</translation>
    </message>
    <message>
        <source>The shop refused the key: nothing new was read from it. Fix the key or its permissions in the shop, then run sync again.</source>
        <translation>The shop refused the key: nothing new was read from it. Fix the key or its permissions in the shop, then run sync again.</translation>
    </message>
    <message>
        <source>Credit memo %1</source>
        <translation>Credit memo %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booked document(s) checked: every link is the document&apos;s own booking.</source>
        <translation>
            <numerusform>%n booked document checked: every link is the document&apos;s own booking.</numerusform>
            <numerusform>%n booked documents checked: every link is the document&apos;s own booking.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) marked as booked are linked to a booking that is not theirs. Run check-links --repair to offer them again; the next sync books them.</source>
        <translation>
            <numerusform>%n document marked as booked is linked to a booking that is not its own. Run check-links --repair to offer it again; the next sync books it.</numerusform>
            <numerusform>%n documents marked as booked are linked to a booking that is not theirs. Run check-links --repair to offer them again; the next sync books them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) offered again: the next sync books them.</source>
        <translation>
            <numerusform>%n document offered again: the next sync books it.</numerusform>
            <numerusform>%n documents offered again: the next sync books them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments: %1 booked, %2 failed, %3 to try again later</source>
        <translation>Payments: %1 booked, %2 failed, %3 to try again later</translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden: an existing debtor of this customer was not looked up, so the debtor shown may not be the one used.</source>
        <translation>Not connected to e-Boekhouden: an existing debtor of this customer was not looked up, so the debtor shown may not be the one used.</translation>
    </message>
    <message>
        <source>Sync commands: status; logs [--failed] [--since YYYY-MM-DD | --days N]; preview --invoice N | --creditmemo N [--body] (--body: also the exact request that would be sent); push --invoice N... --creditmemo N...; push --customer ID|EMAIL (updates or creates the customer&apos;s debtor); reprocess --invoice N... --creditmemo N... (offers failed documents again and books them); mark-booked --invoice N... --creditmemo N... (documents booked by hand in e-Boekhouden: never booked by Boekhoudbrug); import (reads the shop into the local database; with --from DATE [--until DATE] every document the shop created in that period, however old); sync (reads the shop, then books everything pending); vat-mapping export|import FILE (CSV).
sync and push book --concurrency N documents at a time (1 to 8) and send at most --rate N requests per second to e-Boekhouden (0: no limit); without them, the values of the app&apos;s Settings.
The shop is the one the setup wizard saved for the profile, or, when set, BOEKHOUDBRUG_SHOP, BOEKHOUDBRUG_SHOP_URL and BOEKHOUDBRUG_MAGENTO_* or BOEKHOUDBRUG_PRESTASHOP_* (see README).
Exit codes: 0 all booked, 1 some documents need attention (see logs), 75 try again later, 77 login refused, 78 not configured, 64 wrong usage.
check-links [--repair]: lists documents marked as booked whose e-Boekhouden booking is not theirs (another kind, sign, amount or relation); --repair offers them again.</source>
        <translation>Sync commands: status; logs [--failed] [--since YYYY-MM-DD | --days N]; preview --invoice N | --creditmemo N [--body] (--body: also the exact request that would be sent); push --invoice N... --creditmemo N...; push --customer ID|EMAIL (updates or creates the customer&apos;s debtor); reprocess --invoice N... --creditmemo N... (offers failed documents again and books them); mark-booked --invoice N... --creditmemo N... (documents booked by hand in e-Boekhouden: never booked by Boekhoudbrug); import (reads the shop into the local database; with --from DATE [--until DATE] every document the shop created in that period, however old); sync (reads the shop, then books everything pending); vat-mapping export|import FILE (CSV).
sync and push book --concurrency N documents at a time (1 to 8) and send at most --rate N requests per second to e-Boekhouden (0: no limit); without them, the values of the app&apos;s Settings.
The shop is the one the setup wizard saved for the profile, or, when set, BOEKHOUDBRUG_SHOP, BOEKHOUDBRUG_SHOP_URL and BOEKHOUDBRUG_MAGENTO_* or BOEKHOUDBRUG_PRESTASHOP_* (see README).
Exit codes: 0 all booked, 1 some documents need attention (see logs), 75 try again later, 77 login refused, 78 not configured, 64 wrong usage.
check-links [--repair]: lists documents marked as booked whose e-Boekhouden booking is not theirs (another kind, sign, amount or relation); --repair offers them again.</translation>
    </message>
    <message>
        <source>VIES: %1</source>
        <translation>VIES: %1</translation>
    </message>
    <message>
        <source>VIES: not checked yet; the push checks %1 with VIES before booking.</source>
        <translation>VIES: not checked yet; the push checks %1 with VIES before booking.</translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden: the request cannot be shown without the debtor&apos;s and ledgers&apos; ids. Set up the connection first.</source>
        <translation>Not connected to e-Boekhouden: the request cannot be shown without the debtor&apos;s and ledgers&apos; ids. Set up the connection first.</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Request: %1 %2</translation>
    </message>
    <message>
        <source>%1: booked %2, failed %3, waiting %4</source>
        <translation>%1: booked %2, failed %3, waiting %4</translation>
    </message>
    <message>
        <source>already in e-Boekhouden %1</source>
        <translation>already in e-Boekhouden %1</translation>
    </message>
    <message>
        <source>to try again later %1</source>
        <translation>to try again later %1</translation>
    </message>
    <message>
        <source>payments failed %1</source>
        <translation>payments failed %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading new documents from the shop…</source>
        <translation>Reading new documents from the shop…</translation>
    </message>
    <message>
        <source>Customer updated: debtor %1 in e-Boekhouden now has the shop&apos;s name, address, e-mail address and VAT number of %2.</source>
        <translation>Customer updated: debtor %1 in e-Boekhouden now has the shop&apos;s name, address, e-mail address and VAT number of %2.</translation>
    </message>
    <message>
        <source>Customer created: new debtor %1 in e-Boekhouden for %2.</source>
        <translation>Customer created: new debtor %1 in e-Boekhouden for %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Reading the shop&apos;s documents of %1…</source>
        <translation>Reading the shop&apos;s documents of %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n document(s) read.</source>
        <translation>
            <numerusform>%1 %n document read.</numerusform>
            <numerusform>%1 %n documents read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the bookings in e-Boekhouden…</source>
        <translation>Checking the bookings in e-Boekhouden…</translation>
    </message>
</context>
<context>
    <name>SyncLogGrid</name>
    <message>
        <source>Search message, order or number</source>
        <translation>Search message, order or number</translation>
    </message>
    <message>
        <source>Successful and failed</source>
        <translation>Successful and failed</translation>
    </message>
    <message>
        <source>Successful only</source>
        <translation>Successful only</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Failed only</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Export log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The log could not be written to %1. Choose another folder and try again.</source>
        <translation>The log could not be written to %1. Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Credit memo: %1</source>
        <translation>Credit memo: %1</translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation>Invoice: %1</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (order %2)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Attempts: %1, the last at %2</source>
        <translation>Attempts: %1, the last at %2</translation>
    </message>
    <message>
        <source>Attempts: 1</source>
        <translation>Attempts: 1</translation>
    </message>
    <message>
        <source>Result: successful</source>
        <translation>Result: successful</translation>
    </message>
    <message>
        <source>Result: failed</source>
        <translation>Result: failed</translation>
    </message>
    <message>
        <source>Double-click the row to open the document.</source>
        <translation>Double-click the row to open the document.</translation>
    </message>
    <message>
        <source>Double-click the row to open the customer.</source>
        <translation>Double-click the row to open the customer.</translation>
    </message>
    <message>
        <source>Select a row to read its message in full.</source>
        <translation>Select a row to read its message in full.</translation>
    </message>
</context>
<context>
    <name>SyncLogPage</name>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Credit Memo</source>
        <translation>Credit Memo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Clean up now</source>
        <translation>Clean up now</translation>
    </message>
    <message>
        <source>Keep log entries for</source>
        <translation>Keep log entries for</translation>
    </message>
</context>
<context>
    <name>SyncLogTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Creditmemo ID</source>
        <translation>Creditmemo ID</translation>
    </message>
    <message>
        <source>Invoice ID</source>
        <translation>Invoice ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date Created</source>
        <translation>Date Created</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Customer of %1</source>
        <translation>Customer of %1</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Successful</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
</context>
<context>
    <name>SyncStateText</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>Booked by hand</source>
        <translation>Booked by hand</translation>
    </message>
    <message>
        <source>Canceled in the shop</source>
        <translation>Canceled in the shop</translation>
    </message>
    <message>
        <source>%1, canceled in the shop</source>
        <translation>%1, canceled in the shop</translation>
    </message>
</context>
<context>
    <name>TestConnectionRow</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>TokenExpiry</name>
    <message>
        <source>The e-Boekhouden API token ended on %1: nothing can be booked. Make a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in Settings &gt; Connection.</source>
        <translation>The e-Boekhouden API token ended on %1: nothing can be booked. Make a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in Settings &gt; Connection.</translation>
    </message>
    <message numerus="yes">
        <source>The e-Boekhouden API token ends on %1, in %n day(s). Make a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in Settings &gt; Connection before then.</source>
        <translation>
            <numerusform>The e-Boekhouden API token ends on %1, in %n day. Make a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in Settings &gt; Connection before then.</numerusform>
            <numerusform>The e-Boekhouden API token ends on %1, in %n days. Make a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in Settings &gt; Connection before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TotalsCheck</name>
    <message>
        <source>excl.</source>
        <translation>excl.</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>incl.</translation>
    </message>
    <message>
        <source>The document&apos;s VAT is %1, but its total incl. VAT %2 − total excl. VAT %3 makes %4. Correct the document in the shop and import it again.</source>
        <translation>The document&apos;s VAT is %1, but its total incl. VAT %2 − total excl. VAT %3 makes %4. Correct the document in the shop and import it again.</translation>
    </message>
    <message>
        <source>The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − discounts %6 make %7 (difference %8).</source>
        <translation>The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − discounts %6 make %7 (difference %8).</translation>
    </message>
    <message>
        <source>Correct the document in the shop and import it again.</source>
        <translation>Correct the document in the shop and import it again.</translation>
    </message>
    <message>
        <source>That is more than the shop&apos;s rounding of its total (at most %1) explains: check the order&apos;s totals in the shop; if the shop is right, book the document by hand in e-Boekhouden and choose &quot;Mark as booked by hand&quot;.</source>
        <translation>That is more than the shop&apos;s rounding of its total (at most %1) explains: check the order&apos;s totals in the shop; if the shop is right, book the document by hand in e-Boekhouden and choose &quot;Mark as booked by hand&quot;.</translation>
    </message>
</context>
<context>
    <name>UnattendedSyncRow</name>
    <message>
        <source>Also when Boekhoudbrug is &amp;closed</source>
        <translation>Also when Boekhoudbrug is &amp;closed</translation>
    </message>
    <message>
        <source>The operating system starts boekhoudbrug-cli at the interval above, also after a restart and without the window open. The login stays in the keychain.</source>
        <translation>The operating system starts boekhoudbrug-cli at the interval above, also after a restart and without the window open. The login stays in the keychain.</translation>
    </message>
    <message>
        <source>Available once an administration is set up.</source>
        <translation>Available once an administration is set up.</translation>
    </message>
    <message>
        <source>Registered with the system&apos;s scheduler.</source>
        <translation>Registered with the system&apos;s scheduler.</translation>
    </message>
    <message>
        <source>Syncs only while Boekhoudbrug is open.</source>
        <translation>Syncs only while Boekhoudbrug is open.</translation>
    </message>
    <message>
        <source>Tell me on the &amp;desktop when such a sync needs attention</source>
        <translation>Tell me on the &amp;desktop when such a sync needs attention</translation>
    </message>
    <message>
        <source>A notification names the administration and how many documents could not be booked; opening Boekhoudbrug shows them.</source>
        <translation>A notification names the administration and how many documents could not be booked; opening Boekhoudbrug shows them.</translation>
    </message>
</context>
<context>
    <name>VatMappingCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The first line must name the columns: %1.</source>
        <translation>The first line must name the columns: %1.</translation>
    </message>
    <message>
        <source>Line %1: expected %2 columns, found %3.</source>
        <translation>Line %1: expected %2 columns, found %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a VAT percentage.</source>
        <translation>Line %1: %2 is not a VAT percentage.</translation>
    </message>
    <message>
        <source>Line %1: the class must be domestic, icp, export or oss, not %2.</source>
        <translation>Line %1: the class must be domestic, icp, export or oss, not %2.</translation>
    </message>
</context>
<context>
    <name>VatMappingDelegate</name>
    <message>
        <source>sales, high rate 21 %</source>
        <translation>sales, high rate 21 %</translation>
    </message>
    <message>
        <source>sales, low rate 9 %</source>
        <translation>sales, low rate 9 %</translation>
    </message>
    <message>
        <source>sales, reverse charge 21 %</source>
        <translation>sales, reverse charge 21 %</translation>
    </message>
    <message>
        <source>sales, reverse charge 9 %</source>
        <translation>sales, reverse charge 9 %</translation>
    </message>
    <message>
        <source>export outside the EU, 0 %</source>
        <translation>export outside the EU, 0 %</translation>
    </message>
    <message>
        <source>goods to EU businesses (ICP), 0 %</source>
        <translation>goods to EU businesses (ICP), 0 %</translation>
    </message>
    <message>
        <source>services to EU businesses (ICP), 0 %</source>
        <translation>services to EU businesses (ICP), 0 %</translation>
    </message>
    <message>
        <source>distance sales in the EU (OSS)</source>
        <translation>distance sales in the EU (OSS)</translation>
    </message>
    <message>
        <source>sales, VAT amount given</source>
        <translation>sales, VAT amount given</translation>
    </message>
    <message>
        <source>no VAT</source>
        <translation>no VAT</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Belgian sales, 21 %</source>
        <translation>Belgian sales, 21 %</translation>
    </message>
    <message>
        <source>Belgian supplies to EU businesses (ICP), 0 %</source>
        <translation>Belgian supplies to EU businesses (ICP), 0 %</translation>
    </message>
    <message>
        <source>Belgian export outside the EU, 0 %</source>
        <translation>Belgian export outside the EU, 0 %</translation>
    </message>
</context>
<context>
    <name>VatMappingModel</name>
    <message>
        <source>Any country</source>
        <translation>Any country</translation>
    </message>
    <message>
        <source>The balance ledger the destination country&apos;s VAT is booked on.</source>
        <translation>The balance ledger the destination country&apos;s VAT is booked on.</translation>
    </message>
    <message>
        <source>Shop rate</source>
        <translation>Shop rate</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>VAT code</translation>
    </message>
    <message>
        <source>Revenue ledger</source>
        <translation>Revenue ledger</translation>
    </message>
    <message>
        <source>VAT ledger</source>
        <translation>VAT ledger</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>VatMappingPage</name>
    <message>
        <source>Which e-Boekhouden VAT code and ledgers each shop tax rate is booked on. A row without a rate or country holds for any rate or country.</source>
        <translation>Which e-Boekhouden VAT code and ledgers each shop tax rate is booked on. A row without a rate or country holds for any rate or country.</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>&amp;Propose defaults</source>
        <translation>&amp;Propose defaults</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Changed, not saved yet.</translation>
    </message>
    <message>
        <source>No VAT mapping saved yet: propose defaults or add rows.</source>
        <translation>No VAT mapping saved yet: propose defaults or add rows.</translation>
    </message>
    <message>
        <source>Not saved: fix the problems above first.</source>
        <translation>Not saved: fix the problems above first.</translation>
    </message>
    <message>
        <source>The VAT mapping could not be saved; see the log file for the reason.</source>
        <translation>The VAT mapping could not be saved; see the log file for the reason.</translation>
    </message>
    <message>
        <source>VAT mapping saved.</source>
        <translation>VAT mapping saved.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Not imported: fix the problems above in the file first.</source>
        <translation>Not imported: fix the problems above in the file first.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2; not saved yet.</source>
        <translation>Imported %1 rows from %2; not saved yet.</translation>
    </message>
    <message>
        <source>Export VAT mapping</source>
        <translation>Export VAT mapping</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Import VAT mapping</source>
        <translation>Import VAT mapping</translation>
    </message>
    <message>
        <source>Mapping proposed from the administration&apos;s ledgers: check it and save.</source>
        <translation>Mapping proposed from the administration&apos;s ledgers: check it and save.</translation>
    </message>
</context>
<context>
    <name>VatMappingProposal</name>
    <message>
        <source>No OSS rows are proposed: the VAT ledger for OSS is not known until the administration&apos;s ledgers are read. Synchronise once, then propose again.</source>
        <translation>No OSS rows are proposed: the VAT ledger for OSS is not known until the administration&apos;s ledgers are read. Synchronise once, then propose again.</translation>
    </message>
    <message>
        <source>No OSS rows are proposed: the administration has no balance ledger for the foreign VAT of OSS. Create one in e-Boekhouden (for example &quot;Af te dragen btw OSS&quot;), read the ledgers again and propose again.</source>
        <translation>No OSS rows are proposed: the administration has no balance ledger for the foreign VAT of OSS. Create one in e-Boekhouden (for example &quot;Af te dragen btw OSS&quot;), read the ledgers again and propose again.</translation>
    </message>
    <message>
        <source>The documents charge VAT of other EU countries, so OSS rows are proposed. If the shop is registered for OSS, tick OSS in the booking settings; if not, its documents charge the wrong VAT.</source>
        <translation>The documents charge VAT of other EU countries, so OSS rows are proposed. If the shop is registered for OSS, tick OSS in the booking settings; if not, its documents charge the wrong VAT.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be proposed: the administration has no revenue ledger for them. Add the rows by hand.</source>
        <translation>
            <numerusform>%n row could not be proposed: the administration has no revenue ledger for them. Add the rows by hand.</numerusform>
            <numerusform>%n rows could not be proposed: the administration has no revenue ledger for them. Add the rows by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VatMappingResolver</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>No VAT mapping fits %1% VAT (%2). Add a row for it in the VAT mapping with the e-Boekhouden VAT code and revenue ledger to use.</source>
        <translation>No VAT mapping fits %1% VAT (%2). Add a row for it in the VAT mapping with the e-Boekhouden VAT code and revenue ledger to use.</translation>
    </message>
    <message>
        <source>The VAT mapping row for %1% VAT (%2) has no revenue ledger. Choose one in the VAT mapping.</source>
        <translation>The VAT mapping row for %1% VAT (%2) has no revenue ledger. Choose one in the VAT mapping.</translation>
    </message>
    <message>
        <source>The VAT mapping row for %1% VAT (%2) has no VAT ledger for the foreign VAT. Choose the balance ledger of this country&apos;s OSS VAT in the VAT mapping.</source>
        <translation>The VAT mapping row for %1% VAT (%2) has no VAT ledger for the foreign VAT. Choose the balance ledger of this country&apos;s OSS VAT in the VAT mapping.</translation>
    </message>
    <message>
        <source>The VAT mapping maps %1% VAT (%2) to %3, which computes %4%. Choose a VAT code of %1% in the VAT mapping.</source>
        <translation>The VAT mapping maps %1% VAT (%2) to %3, which computes %4%. Choose a VAT code of %1% in the VAT mapping.</translation>
    </message>
</context>
<context>
    <name>VatMappingRow</name>
    <message>
        <source>Any rate</source>
        <translation>Any rate</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>Domestic</translation>
    </message>
    <message>
        <source>ICP (EU business)</source>
        <translation>ICP (EU business)</translation>
    </message>
    <message>
        <source>Export (outside the EU)</source>
        <translation>Export (outside the EU)</translation>
    </message>
    <message>
        <source>OSS (EU consumer)</source>
        <translation>OSS (EU consumer)</translation>
    </message>
</context>
<context>
    <name>VatMappingValidator</name>
    <message>
        <source>The shop&apos;s documents use %1 VAT, but no domestic row maps it. Add a row for %1.</source>
        <translation>The shop&apos;s documents use %1 VAT, but no domestic row maps it. Add a row for %1.</translation>
    </message>
    <message>
        <source>Row %1: choose the e-Boekhouden VAT code.</source>
        <translation>Row %1: choose the e-Boekhouden VAT code.</translation>
    </message>
    <message>
        <source>Row %1: %2 is an old code for the rates before 2019 (19 % and 6 %). Choose HOOG_VERK_21 or LAAG_VERK_9.</source>
        <translation>Row %1: %2 is an old code for the rates before 2019 (19 % and 6 %). Choose HOOG_VERK_21 or LAAG_VERK_9.</translation>
    </message>
    <message>
        <source>Row %1: %2 is not an e-Boekhouden VAT code for sales. Choose a code from the list.</source>
        <translation>Row %1: %2 is not an e-Boekhouden VAT code for sales. Choose a code from the list.</translation>
    </message>
    <message>
        <source>Row %1: %2 books %3 VAT, but the row is for %4. Choose the code for %4.</source>
        <translation>Row %1: %2 books %3 VAT, but the row is for %4. Choose the code for %4.</translation>
    </message>
    <message>
        <source>Row %1: fill in the revenue ledger the turnover is booked on.</source>
        <translation>Row %1: fill in the revenue ledger the turnover is booked on.</translation>
    </message>
    <message>
        <source>Row %1: ledger %2 does not exist in the administration.</source>
        <translation>Row %1: ledger %2 does not exist in the administration.</translation>
    </message>
    <message>
        <source>Row %1: an OSS row is for one country; fill in the country.</source>
        <translation>Row %1: an OSS row is for one country; fill in the country.</translation>
    </message>
    <message>
        <source>Row %1: an OSS row needs the VAT ledger where the foreign VAT of %2 is booked.</source>
        <translation>Row %1: an OSS row needs the VAT ledger where the foreign VAT of %2 is booked.</translation>
    </message>
    <message>
        <source>this country</source>
        <translation>this country</translation>
    </message>
    <message>
        <source>Rows %1 and %2 are for the same rate, class and country. Remove one of them.</source>
        <translation>Rows %1 and %2 are for the same rate, class and country. Remove one of them.</translation>
    </message>
</context>
<context>
    <name>VatMappingWizardPage</name>
    <message>
        <source>VAT mapping</source>
        <translation>VAT mapping</translation>
    </message>
    <message>
        <source>Which e-Boekhouden VAT code and ledgers each VAT rate of the shop is booked on. The proposal covers the rates found in the imported documents; adjust it where your administration differs.</source>
        <translation>Which e-Boekhouden VAT code and ledgers each VAT rate of the shop is booked on. The proposal covers the rates found in the imported documents; adjust it where your administration differs.</translation>
    </message>
</context>
<context>
    <name>VatNumberValidator</name>
    <message>
        <source>The VAT number is empty.</source>
        <translation>The VAT number is empty.</translation>
    </message>
    <message>
        <source>VAT number %1 does not start with the code of an EU member state (such as NL, BE, DE).</source>
        <translation>VAT number %1 does not start with the code of an EU member state (such as NL, BE, DE).</translation>
    </message>
    <message>
        <source>VAT number %1 does not have the format of a %2 VAT number. Ask the customer for the correct number.</source>
        <translation>VAT number %1 does not have the format of a %2 VAT number. Ask the customer for the correct number.</translation>
    </message>
    <message>
        <source>VAT number %1 fails the %2 check digit: it contains a typing error. Ask the customer for the correct number.</source>
        <translation>VAT number %1 fails the %2 check digit: it contains a typing error. Ask the customer for the correct number.</translation>
    </message>
</context>
<context>
    <name>VatReport</name>
    <message>
        <source>VAT code %1 lands in no box of the VAT return.</source>
        <translation>VAT code %1 lands in no box of the VAT return.</translation>
    </message>
    <message>
        <source>Box %1 for VAT code %2 is not confirmed by a source (docs/vat-return-boxes.md): check it with your accountant before filing.</source>
        <translation>Box %1 for VAT code %2 is not confirmed by a source (docs/vat-return-boxes.md): check it with your accountant before filing.</translation>
    </message>
    <message>
        <source>VAT reconciliation</source>
        <translation>VAT reconciliation</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>VAT code</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Rate %</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Return box</source>
        <translation>Return box</translation>
    </message>
    <message>
        <source>Shop net</source>
        <translation>Shop net</translation>
    </message>
    <message>
        <source>Shop VAT</source>
        <translation>Shop VAT</translation>
    </message>
    <message>
        <source>Booked net</source>
        <translation>Booked net</translation>
    </message>
    <message>
        <source>Booked VAT</source>
        <translation>Booked VAT</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Box %1: turnover %2, VAT %3 (booked).</source>
        <translation>Box %1: turnover %2, VAT %3 (booked).</translation>
    </message>
</context>
<context>
    <name>ViesClient</name>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>an answer VIES does not give (no &quot;valid&quot;)</source>
        <translation>an answer VIES does not give (no &quot;valid&quot;)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Boekhoudbrug command line: runs the webshop to e-Boekhouden.nl sync without a window, for schedulers.</source>
        <translation>Boekhoudbrug command line: runs the webshop to e-Boekhouden.nl sync without a window, for schedulers.</translation>
    </message>
    <message>
        <source>Also log debug details.</source>
        <translation>Also log debug details.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Run with --help to see the commands.</source>
        <translation>Run with --help to see the commands.</translation>
    </message>
    <message>
        <source>The profile to use (default: default).</source>
        <translation>The profile to use (default: default).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>What to do. Available: version, test-connection (logs in to e-Boekhouden and prints the administration&apos;s name).</source>
        <translation>What to do. Available: version, test-connection (logs in to e-Boekhouden and prints the administration&apos;s name).</translation>
    </message>
    <message>
        <source>logs: only failures.</source>
        <translation>logs: only failures.</translation>
    </message>
    <message>
        <source>logs: the last N days.</source>
        <translation>logs: the last N days.</translation>
    </message>
    <message>
        <source>Read and write the settings in this INI file instead of the user&apos;s settings (secrets stay in the keychain or environment variables).</source>
        <translation>Read and write the settings in this INI file instead of the user&apos;s settings (secrets stay in the keychain or environment variables).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>logs: from this date on (YYYY-MM-DD).</source>
        <translation>logs: from this date on (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>push: update (or create) this customer&apos;s debtor; the shop&apos;s customer id or e-mail address. May be repeated.</source>
        <translation>push: update (or create) this customer&apos;s debtor; the shop&apos;s customer id or e-mail address. May be repeated.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>sync, push: documents booked at the same time (1 to 8).</source>
        <translation>sync, push: documents booked at the same time (1 to 8).</translation>
    </message>
    <message>
        <source>sync, push: at most N requests per second to e-Boekhouden (0: no limit).</source>
        <translation>sync, push: at most N requests per second to e-Boekhouden (0: no limit).</translation>
    </message>
    <message>
        <source>--concurrency takes 1 to %1, --rate 0 or more.</source>
        <translation>--concurrency takes 1 to %1, --rate 0 or more.</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD.</source>
        <translation>--since takes a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>import --from takes a date as YYYY-MM-DD, and --until one not before it.</source>
        <translation>import --from takes a date as YYYY-MM-DD, and --until one not before it.</translation>
    </message>
    <message>
        <source>check-links: offer the wrongly linked documents again (back to pending).</source>
        <translation>check-links: offer the wrongly linked documents again (back to pending).</translation>
    </message>
    <message>
        <source>schedule on: sync every N minutes (default: the app&apos;s setting).</source>
        <translation>schedule on: sync every N minutes (default: the app&apos;s setting).</translation>
    </message>
    <message>
        <source>preview, push, audit: this invoice (its number). May be repeated.</source>
        <translation>preview, push, audit: this invoice (its number). May be repeated.</translation>
    </message>
    <message>
        <source>preview, push, audit: this credit memo (its number). May be repeated.</source>
        <translation>preview, push, audit: this credit memo (its number). May be repeated.</translation>
    </message>
    <message>
        <source>audit: write the trail to this file as JSON lines.</source>
        <translation>audit: write the trail to this file as JSON lines.</translation>
    </message>
    <message>
        <source>import: read the documents the shop created from this date (YYYY-MM-DD); audit, reconcile, report: the period from this date.</source>
        <translation>import: read the documents the shop created from this date (YYYY-MM-DD); audit, reconcile, report: the period from this date.</translation>
    </message>
    <message>
        <source>import, audit, reconcile, report: ... until this date, inclusive (YYYY-MM-DD; import: default today).</source>
        <translation>import, audit, reconcile, report: ... until this date, inclusive (YYYY-MM-DD; import: default today).</translation>
    </message>
    <message>
        <source>report: this quarter (as 2026Q4).</source>
        <translation>report: this quarter (as 2026Q4).</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>report: also write it to this CSV file.</source>
        <translation>report: also write it to this CSV file.</translation>
    </message>
    <message>
        <source>report: also write it to this PDF file.</source>
        <translation>report: also write it to this PDF file.</translation>
    </message>
    <message>
        <source>sync: book every profile, one line each (an accounting office).</source>
        <translation>sync: book every profile, one line each (an accounting office).</translation>
    </message>
    <message>
        <source>sync --all-profiles: book N profiles at the same time (default 1).</source>
        <translation>sync --all-profiles: book N profiles at the same time (default 1).</translation>
    </message>
    <message>
        <source>sync: print one line, &quot;&lt;profile&gt;: booked N, failed N, waiting N&quot;.</source>
        <translation>sync: print one line, &quot;&lt;profile&gt;: booked N, failed N, waiting N&quot;.</translation>
    </message>
    <message>
        <source>import-relations: read every relation&apos;s details again.</source>
        <translation>import-relations: read every relation&apos;s details again.</translation>
    </message>
    <message>
        <source>preview: also print the exact request body that would be sent.</source>
        <translation>preview: also print the exact request body that would be sent.</translation>
    </message>
    <message>
        <source>store migrate: the new database (postgresql://… or sqlite:FILE).</source>
        <translation>store migrate: the new database (postgresql://… or sqlite:FILE).</translation>
    </message>
    <message>
        <source>sync: when documents need attention, say so on the desktop (also when the Settings turned it off).</source>
        <translation>sync: when documents need attention, say so on the desktop (also when the Settings turned it off).</translation>
    </message>
    <message>
        <source>sync: no desktop notification, whatever the Settings say.</source>
        <translation>sync: no desktop notification, whatever the Settings say.</translation>
    </message>
    <message>
        <source>Give --notify or --no-notify, not both.</source>
        <translation>Give --notify or --no-notify, not both.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is drawn, then quit.</source>
        <translation>Save a picture of the main window to &lt;file&gt; once it is drawn, then quit.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox, even when credentials are configured.</source>
        <translation>Open on the built-in sandbox, even when credentials are configured.</translation>
    </message>
    <message>
        <source>Unknown page: %1</source>
        <translation>Unknown page: %1</translation>
    </message>
    <message>
        <source>Open the setup wizard at once (with --screenshot: save a picture of its first page).</source>
        <translation>Open the setup wizard at once (with --screenshot: save a picture of its first page).</translation>
    </message>
    <message>
        <source>The window&apos;s size for --screenshot (default 1280x800).</source>
        <translation>The window&apos;s size for --screenshot (default 1280x800).</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: Dashboard, Invoices, CreditMemos, Customers, VatMapping, SynchronisationLogs, Reports, Reconciliation or Settings.</source>
        <translation>Open on &lt;page&gt;: Dashboard, Invoices, CreditMemos, Customers, VatMapping, SynchronisationLogs, Reports, Reconciliation or Settings.</translation>
    </message>
    <message>
        <source>Open on this profile (administration) instead of the overview.</source>
        <translation>Open on this profile (administration) instead of the overview.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Demo administration</source>
        <translation>Demo administration</translation>
    </message>
    <message>
        <source>Sandbox shop on this computer</source>
        <translation>Sandbox shop on this computer</translation>
    </message>
    <message>
        <source>New administration</source>
        <translation>New administration</translation>
    </message>
    <message>
        <source>The name of the administration (e.g. the shop&apos;s company name):</source>
        <translation>The name of the administration (e.g. the shop&apos;s company name):</translation>
    </message>
    <message>
        <source>Unknown profile: %1</source>
        <translation>Unknown profile: %1</translation>
    </message>
</context>
</TS>
