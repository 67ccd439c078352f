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
        <source>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Books your webshop's invoices, credit memos, customers and payments into e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Books your webshop's invoices, credit memos, customers and payments into e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
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
        <source>Invoice template "%1" does not exist in e-Boekhouden. Choose an existing template in the settings.</source>
        <translation>Invoice template "%1" does not exist in e-Boekhouden. Choose an existing template in the settings.</translation>
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
        <source>Reading ledgers and invoice templates from e-Boekhouden…</source>
        <translation>Reading ledgers and invoice templates from e-Boekhouden…</translation>
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
    <message numerus="yes">
        <source>Read %n ledger(s); invoice templates: %1; VAT codes: %2.</source>
        <translation>
            <numerusform>Read %n ledger; invoice templates: %1; VAT codes: %2.</numerusform>
            <numerusform>Read %n ledgers; invoice templates: %1; VAT codes: %2.</numerusform>
        </translation>
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
        <source>The revenue ledger %1 is not among the administration's ledgers.</source>
        <translation>The revenue ledger %1 is not among the administration's ledgers.</translation>
    </message>
    <message>
        <source>The ledger of foreign VAT %1 is not among the administration's ledgers.</source>
        <translation>The ledger of foreign VAT %1 is not among the administration's ledgers.</translation>
    </message>
</context>
<context>
    <name>AdministrationSettingsForm</name>
    <message>
        <source>The imported documents name no payment method yet.</source>
        <translation>The imported documents name no payment method yet.</translation>
    </message>
    <message>
        <source>The shop charges the customer's country's VAT to EU consumers (&amp;OSS)</source>
        <translation>The shop charges the customer's country's VAT to EU consumers (&amp;OSS)</translation>
    </message>
    <message>
        <source>The country the shop sells from: it decides which sales are domestic, intra-community (ICP), export or OSS.</source>
        <translation>The country the shop sells from: it decides which sales are domestic, intra-community (ICP), export or OSS.</translation>
    </message>
    <message>
        <source>Mutations ("invoice sent")</source>
        <translation>Mutations ("invoice sent")</translation>
    </message>
    <message>
        <source>Invoices (e-Boekhouden's invoicing module)</source>
        <translation>Invoices (e-Boekhouden's invoicing module)</translation>
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
        <source>Shop's &amp;country:</source>
        <translation>Shop's &amp;country:</translation>
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
        <source>The invoice template "%1" is not among the administration's active templates.</source>
        <translation>The invoice template "%1" is not among the administration's active templates.</translation>
    </message>
    <message>
        <source>Choose the debtor ledger.</source>
        <translation>Choose the debtor ledger.</translation>
    </message>
    <message>
        <source>The debtor ledger %1 is not among the administration's ledgers.</source>
        <translation>The debtor ledger %1 is not among the administration's ledgers.</translation>
    </message>
    <message>
        <source>The bank ledger %1 is not among the administration's ledgers.</source>
        <translation>The bank ledger %1 is not among the administration's ledgers.</translation>
    </message>
    <message>
        <source>The bank ledger %1 of payment method "%2" is not among the administration's ledgers.</source>
        <translation>The bank ledger %1 of payment method "%2" is not among the administration's ledgers.</translation>
    </message>
    <message>
        <source>Enter the fixed prefix that is removed from the invoice numbers, e.g. INV.</source>
        <translation>Enter the fixed prefix that is removed from the invoice numbers, e.g. INV.</translation>
    </message>
    <message>
        <source>%1 (not among the administration's templates)</source>
        <translation>%1 (not among the administration's templates)</translation>
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
        <source>Per pa&amp;yment method:</source>
        <translation>Per pa&amp;yment method:</translation>
    </message>
    <message>
        <source>(the customer's own)</source>
        <translation>(the customer's own)</translation>
    </message>
    <message>
        <source>The code of an existing e-Boekhouden relation to book every document paid this way on; empty books on the customer's own debtor. Never used for ICP sales.</source>
        <translation>The code of an existing e-Boekhouden relation to book every document paid this way on; empty books on the customer's own debtor. Never used for ICP sales.</translation>
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
        <source>This administration is registered with e-Boekhouden in another country (.nl or .be). Choose the right country in the setup wizard.</source>
        <translation>This administration is registered with e-Boekhouden in another country (.nl or .be). Choose the right country in the setup wizard.</translation>
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
        <source>e-Boekhouden refused the value of "%1". Correct it and push the document again.</source>
        <translation>e-Boekhouden refused the value of "%1". Correct it and push the document again.</translation>
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
</context>
<context>
    <name>BookingSettingsSection</name>
    <message>
        <source>&amp;Save booking settings</source>
        <translation>&amp;Save booking settings</translation>
    </message>
    <message>
        <source>The shop's country and OSS do not change the VAT mapping: check it on the VAT Mapping page after changing them. Saved settings count from the next push or synchronisation on, here and in boekhoudbrug-cli.</source>
        <translation>The shop's country and OSS do not change the VAT mapping: check it on the VAT Mapping page after changing them. Saved settings count from the next push or synchronisation on, here and in boekhoudbrug-cli.</translation>
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
        <source>Not saved: the settings file could not be written.</source>
        <translation>Not saved: the settings file could not be written.</translation>
    </message>
    <message>
        <source>Booking settings saved.</source>
        <translation>Booking settings saved.</translation>
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
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No e-Boekhouden connection is set up for profile %1.</source>
        <translation>No e-Boekhouden connection is set up for profile %1.</translation>
    </message>
    <message>
        <source>Connected to e-Boekhouden (%1): %2</source>
        <translation>Connected to e-Boekhouden (%1): %2</translation>
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
    <name>CustomerTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Web Site</source>
        <translation>Web Site</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Firstname</source>
        <translation>Firstname</translation>
    </message>
    <message>
        <source>Lastname</source>
        <translation>Lastname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Tax VAT Number</source>
        <translation>Tax VAT Number</translation>
    </message>
    <message>
        <source>Customer Code</source>
        <translation>Customer Code</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>Created At</translation>
    </message>
    <message>
        <source>Updated At</source>
        <translation>Updated At</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Middlename</source>
        <translation>Middlename</translation>
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
        <source>Synced and not synced</source>
        <translation>Synced and not synced</translation>
    </message>
    <message>
        <source>Synced (has a customer code)</source>
        <translation>Synced (has a customer code)</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Not yet synced</translation>
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
        <source>Update the selected customers' debtors in e-Boekhouden with the shop's name, address, e-mail address and VAT number, or create them when there are none</source>
        <translation>Update the selected customers' debtors in e-Boekhouden with the shop's name, address, e-mail address and VAT number, or create them when there are none</translation>
    </message>
    <message>
        <source>Open in &amp;shop</source>
        <translation>Open in &amp;shop</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Success rate</source>
        <translation>Success rate</translation>
    </message>
    <message>
        <source>Waiting to be posted:</source>
        <translation>Waiting to be posted:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Failed:</translation>
    </message>
    <message>
        <source>Posted today:</source>
        <translation>Posted today:</translation>
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
        <source>The e-Boekhouden API token ended on %1: nothing can be posted. Create a new token in e-Boekhouden and enter it in Settings.</source>
        <translation>The e-Boekhouden API token ended on %1: nothing can be posted. Create a new token in e-Boekhouden and enter it in Settings.</translation>
    </message>
    <message>
        <source>The e-Boekhouden API token ends on %1 (in %2 days). Create a new token in e-Boekhouden and enter it in Settings before then.</source>
        <translation>The e-Boekhouden API token ends on %1 (in %2 days). Create a new token in e-Boekhouden and enter it in Settings before then.</translation>
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
</context>
<context>
    <name>DateFilterEdit</name>
    <message>
        <source>any</source>
        <translation>any</translation>
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
        <source>The connection to e-Boekhouden broke off while document %1 (order %2) was being booked. e-Boekhouden numbers these documents itself, so it cannot be looked up: it may already be booked. Check e-Boekhouden's invoices of this customer first: when it is there, choose "Mark as booked by hand"; push it again only when it is not there.</source>
        <translation>The connection to e-Boekhouden broke off while document %1 (order %2) was being booked. e-Boekhouden numbers these documents itself, so it cannot be looked up: it may already be booked. Check e-Boekhouden's invoices of this customer first: when it is there, choose "Mark as booked by hand"; push it again only when it is not there.</translation>
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
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>un&amp;til</translation>
    </message>
    <message>
        <source>Open in &amp;shop</source>
        <translation>Open in &amp;shop</translation>
    </message>
    <message>
        <source>Enter the shop's admin address in the setup wizard to open documents there.</source>
        <translation>Enter the shop's admin address in the setup wizard to open documents there.</translation>
    </message>
    <message>
        <source>Open this document in the shop's back office.</source>
        <translation>Open this document in the shop's back office.</translation>
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
</context>
<context>
    <name>EBoekhoudenCheck</name>
    <message>
        <source>Choose how to log in first.</source>
        <translation>Choose how to log in first.</translation>
    </message>
    <message>
        <source>Connected to "%1" (%2).</source>
        <translation>Connected to "%1" (%2).</translation>
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
        <source>The %1 "%2" is longer than the %3 characters e-Boekhouden accepts; it is sent as "%4".</source>
        <translation>The %1 "%2" is longer than the %3 characters e-Boekhouden accepts; it is sent as "%4".</translation>
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
        <source>Finish saves %1 and the shop's keys in the system's keychain, the settings of this computer and the VAT mapping (%n row(s)). Boekhoudbrug then opens on your administration; "Synchronise now" books the imported documents.</source>
        <translation>
            <numerusform>Finish saves %1 and the shop's keys in the system's keychain, the settings of this computer and the VAT mapping (%n row). Boekhoudbrug then opens on your administration; "Synchronise now" books the imported documents.</numerusform>
            <numerusform>Finish saves %1 and the shop's keys in the system's keychain, the settings of this computer and the VAT mapping (%n rows). Boekhoudbrug then opens on your administration; "Synchronise now" books the imported documents.</numerusform>
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
        <source>Boekhoudbrug reads the shop's invoices, credit memos and customers into its own database. Nothing is booked in e-Boekhouden yet.</source>
        <translation>Boekhoudbrug reads the shop's invoices, credit memos and customers into its own database. Nothing is booked in e-Boekhouden yet.</translation>
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
    <message>
        <source>Imported %1 invoices, %2 credit memos and %3 customers from the shop.</source>
        <translation>Imported %1 invoices, %2 credit memos and %3 customers from the shop.</translation>
    </message>
</context>
<context>
    <name>LedgerComboBox</name>
    <message>
        <source>%1 (not among the administration's ledgers)</source>
        <translation>%1 (not among the administration's ledgers)</translation>
    </message>
</context>
<context>
    <name>MagentoConnector</name>
    <message>
        <source>Its order %1 could not be found in the shop.</source>
        <translation>Its order %1 could not be found in the shop.</translation>
    </message>
    <message>
        <source>The shop's store configuration could not be read.</source>
        <translation>The shop's store configuration could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the Magento shop: %n store view(s), currency %1, time zone %2.</source>
        <translation>
            <numerusform>Connected to the Magento shop: %n store view, currency %1, time zone %2.</numerusform>
            <numerusform>Connected to the Magento shop: %n store views, currency %1, time zone %2.</numerusform>
        </translation>
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
        <source>What is waiting, what failed and today's success rate will be shown here.</source>
        <translation>What is waiting, what failed and today's success rate will be shown here.</translation>
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
</context>
<context>
    <name>ManualBooking</name>
    <message>
        <source>Marked as booked by hand on %1: Boekhoudbrug will not book it. Reprocess undoes this.</source>
        <translation>Marked as booked by hand on %1: Boekhoudbrug will not book it. Reprocess undoes this.</translation>
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
</context>
<context>
    <name>PostingBuilder</name>
    <message>
        <source>%1: VAT %2 on %3 excl. VAT is no legal VAT rate of %4. Correct the VAT in the shop and import the document again.</source>
        <translation>%1: VAT %2 on %3 excl. VAT is no legal VAT rate of %4. Correct the VAT in the shop and import the document again.</translation>
    </message>
    <message>
        <source>Line "%1"</source>
        <translation>Line "%1"</translation>
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
        <source>Surcharge "%1"</source>
        <translation>Surcharge "%1"</translation>
    </message>
    <message>
        <source>The discount "%1" of %2 has nothing to be spread over: the document has no goods total. Correct the document in the shop.</source>
        <translation>The discount "%1" of %2 has nothing to be spread over: the document has no goods total. Correct the document in the shop.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>This is an intra-community (ICP) sale to %1 without VAT, but the customer has no VAT number. Add the customer's VAT number in the shop, or charge VAT.</source>
        <translation>This is an intra-community (ICP) sale to %1 without VAT, but the customer has no VAT number. Add the customer's VAT number in the shop, or charge VAT.</translation>
    </message>
    <message>
        <source>VAT number %1 is from %2, the shop's own country: an intra-community (ICP) sale needs the customer's VAT number of another member state.</source>
        <translation>VAT number %1 is from %2, the shop's own country: an intra-community (ICP) sale needs the customer's VAT number of another member state.</translation>
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
        <source>Invoice number %1 does not end with a digit, which e-Boekhouden's invoices require. Strip its suffix in the settings or let e-Boekhouden number the invoices.</source>
        <translation>Invoice number %1 does not end with a digit, which e-Boekhouden's invoices require. Strip its suffix in the settings or let e-Boekhouden number the invoices.</translation>
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
        <source>Document %1 totals 0.00 and has no amounts: there is nothing to book.</source>
        <translation>Document %1 totals 0.00 and has no amounts: there is nothing to book.</translation>
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
        <source>The shop's VAT at %1 is %2 (rounded per line); %1 of the total would be %3. The shop's %2 is posted on the VAT ledger %4.</source>
        <translation>The shop's VAT at %1 is %2 (rounded per line); %1 of the total would be %3. The shop's %2 is posted on the VAT ledger %4.</translation>
    </message>
    <message>
        <source>The shop's VAT at %1 is %2 (rounded per line); on one row e-Boekhouden would compute %3. The %1 amounts are posted per line so that e-Boekhouden computes %2.</source>
        <translation>The shop's VAT at %1 is %2 (rounded per line); on one row e-Boekhouden would compute %3. The %1 amounts are posted per line so that e-Boekhouden computes %2.</translation>
    </message>
    <message>
        <source>The shop's VAT at %1 is %2; e-Boekhouden would compute %3 (difference %4). The %1 row is posted with VAT code AFW_VERK and the shop's VAT amount %2.</source>
        <translation>The shop's VAT at %1 is %2; e-Boekhouden would compute %3 (difference %4). The %1 row is posted with VAT code AFW_VERK and the shop's VAT amount %2.</translation>
    </message>
    <message>
        <source>The shop's VAT on the %1 lines cannot be reproduced by e-Boekhouden's rounding; these lines are posted with VAT code AFW_VERK and the shop's VAT amount per line.</source>
        <translation>The shop's VAT on the %1 lines cannot be reproduced by e-Boekhouden's rounding; these lines are posted with VAT code AFW_VERK and the shop's VAT amount per line.</translation>
    </message>
    <message>
        <source>VAT %1% %2 (OSS) on %3</source>
        <translation>VAT %1% %2 (OSS) on %3</translation>
    </message>
    <message>
        <source>Where a line's total is not a whole number of cents per unit, it is posted as one unit of its total with the quantity in its description.</source>
        <translation>Where a line's total is not a whole number of cents per unit, it is posted as one unit of its total with the quantity in its description.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No bank ledger is set for payment method "%1". Choose its ledger in the settings.</source>
        <translation>No bank ledger is set for payment method "%1". Choose its ledger in the settings.</translation>
    </message>
    <message>
        <source>The payment of %1 cannot be matched: the invoice's number in e-Boekhouden is not known yet. Post the invoice first.</source>
        <translation>The payment of %1 cannot be matched: the invoice's number in e-Boekhouden is not known yet. Post the invoice first.</translation>
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
        <source>Document %1 is in %2, but e-Boekhouden books in euros and the shop gives no euro amounts for it. Book it by hand, or make EUR the shop's base currency.</source>
        <translation>Document %1 is in %2, but e-Boekhouden books in euros and the shop gives no euro amounts for it. Book it by hand, or make EUR the shop's base currency.</translation>
    </message>
    <message>
        <source>Booked on the fixed debtor %1 of payment method "%2".</source>
        <translation>Booked on the fixed debtor %1 of payment method "%2".</translation>
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
        <source>The shop's time zone %1 is unknown.</source>
        <translation>The shop's time zone %1 is unknown.</translation>
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
        <source>The order's conversion rate "%1" cannot be read, so its amounts cannot be converted to %2.</source>
        <translation>The order's conversion rate "%1" cannot be read, so its amounts cannot be converted to %2.</translation>
    </message>
    <message>
        <source>Order %1 has %2 invoices in PrestaShop; Boekhoudbrug books one invoice per order. Book these invoices by hand in e-Boekhouden, then choose "Mark as booked by hand" on it.</source>
        <translation>Order %1 has %2 invoices in PrestaShop; Boekhoudbrug books one invoice per order. Book these invoices by hand in e-Boekhouden, then choose "Mark as booked by hand" on it.</translation>
    </message>
    <message>
        <source>Order %1 is in %2 at a conversion rate of %3 to %4, which cannot both be right. Check that %4 is the shop's default currency in the shop settings of Boekhoudbrug.</source>
        <translation>Order %1 is in %2 at a conversion rate of %3 to %4, which cannot both be right. Check that %4 is the shop's default currency in the shop settings of Boekhoudbrug.</translation>
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
        <source>Amounts:</source>
        <translation>Amounts:</translation>
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
        <source>Amount sent</source>
        <translation>Amount sent</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>VAT (computed by e-Boekhouden)</source>
        <translation>VAT (computed by e-Boekhouden)</translation>
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
        <source>How documents are booked can be changed here once an administration is set up; the demo's sandbox books with fixed settings. Run the setup wizard to connect your own.</source>
        <translation>How documents are booked can be changed here once an administration is set up; the demo's sandbox books with fixed settings. Run the setup wizard to connect your own.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Boekhoudbrug</source>
        <translation>Set up Boekhoudbrug</translation>
    </message>
</context>
<context>
    <name>ShopConnectionSettings</name>
    <message>
        <source>Choose the shop's platform.</source>
        <translation>Choose the shop's platform.</translation>
    </message>
    <message>
        <source>Enter the shop's REST address, e.g. https://shop.example/rest.</source>
        <translation>Enter the shop's REST address, e.g. https://shop.example/rest.</translation>
    </message>
    <message>
        <source>Enter the integration's four keys (or only the access token when the shop accepts it as a Bearer token).</source>
        <translation>Enter the integration's four keys (or only the access token when the shop accepts it as a Bearer token).</translation>
    </message>
    <message>
        <source>Enter the shop's webservice address, e.g. https://shop.example/api.</source>
        <translation>Enter the shop's webservice address, e.g. https://shop.example/api.</translation>
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
        <source>BOEKHOUDBRUG_SHOP must be magento or prestashop, not "%1".</source>
        <translation>BOEKHOUDBRUG_SHOP must be magento or prestashop, not "%1".</translation>
    </message>
</context>
<context>
    <name>ShopHttpClient</name>
    <message>
        <source>The shop refused the credentials (HTTP %1) for %2: check the keys in the shop settings and the integration's permissions.</source>
        <translation>The shop refused the credentials (HTTP %1) for %2: check the keys in the shop settings and the integration's permissions.</translation>
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
        <source>optional, for "Open in shop"</source>
        <translation>optional, for "Open in shop"</translation>
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
        <source>Shop's time &amp;zone:</source>
        <translation>Shop's time &amp;zone:</translation>
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
        <source>The ids of the order states, separated by commas; after "Test connection" the shop's states are listed by name to tick.</source>
        <translation>The ids of the order states, separated by commas; after "Test connection" the shop's states are listed by name to tick.</translation>
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
        <source>Invoices through the SOAP connection take prices excluding VAT.</source>
        <translation>Invoices through the SOAP connection take prices excluding VAT.</translation>
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
        <source>Sync commands: status; logs [--failed] [--since YYYY-MM-DD | --days N]; preview --invoice N | --creditmemo N; push --invoice N... --creditmemo N...; push --customer ID|EMAIL (updates or creates the customer's debtor); reprocess --invoice N... --creditmemo N... (offers failed documents again and books them); mark-booked --invoice N... --creditmemo N... (documents booked by hand in e-Boekhouden: never booked by Boekhoudbrug); import (reads the shop into the local database; with --from DATE [--until DATE] every document the shop created in that period, however old); sync (reads the shop, then books everything pending); vat-mapping export|import FILE (CSV).
sync and push book --concurrency N documents at a time (1 to 8) and send at most --rate N requests per second to e-Boekhouden (0: no limit); without them, the values of the app's Settings.
The shop is the one the setup wizard saved for the profile, or, when set, BOEKHOUDBRUG_SHOP, BOEKHOUDBRUG_SHOP_URL and BOEKHOUDBRUG_MAGENTO_* or BOEKHOUDBRUG_PRESTASHOP_* (see README).
Exit codes: 0 all booked, 1 some documents need attention (see logs), 75 try again later, 77 login refused, 78 not configured, 64 wrong usage.</source>
        <translation>Sync commands: status; logs [--failed] [--since YYYY-MM-DD | --days N]; preview --invoice N | --creditmemo N; push --invoice N... --creditmemo N...; push --customer ID|EMAIL (updates or creates the customer's debtor); reprocess --invoice N... --creditmemo N... (offers failed documents again and books them); mark-booked --invoice N... --creditmemo N... (documents booked by hand in e-Boekhouden: never booked by Boekhoudbrug); import (reads the shop into the local database; with --from DATE [--until DATE] every document the shop created in that period, however old); sync (reads the shop, then books everything pending); vat-mapping export|import FILE (CSV).
sync and push book --concurrency N documents at a time (1 to 8) and send at most --rate N requests per second to e-Boekhouden (0: no limit); without them, the values of the app's Settings.
The shop is the one the setup wizard saved for the profile, or, when set, BOEKHOUDBRUG_SHOP, BOEKHOUDBRUG_SHOP_URL and BOEKHOUDBRUG_MAGENTO_* or BOEKHOUDBRUG_PRESTASHOP_* (see README).
Exit codes: 0 all booked, 1 some documents need attention (see logs), 75 try again later, 77 login refused, 78 not configured, 64 wrong usage.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading new documents from the shop…</source>
        <translation>Reading new documents from the shop…</translation>
    </message>
    <message>
        <source>Customer updated: debtor %1 in e-Boekhouden now has the shop's name, address, e-mail address and VAT number of %2.</source>
        <translation>Customer updated: debtor %1 in e-Boekhouden now has the shop's name, address, e-mail address and VAT number of %2.</translation>
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
        <source>Reading the shop's documents of %1…</source>
        <translation>Reading the shop's documents of %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n document(s) read.</source>
        <translation>
            <numerusform>%1 %n document read.</numerusform>
            <numerusform>%1 %n documents read.</numerusform>
        </translation>
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
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
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
    <name>TotalsCheck</name>
    <message>
        <source>The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − discounts %6 make %7 (difference %8). Correct the document in the shop and import it again.</source>
        <translation>The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − discounts %6 make %7 (difference %8). Correct the document in the shop and import it again.</translation>
    </message>
    <message>
        <source>excl.</source>
        <translation>excl.</translation>
    </message>
    <message>
        <source>incl.</source>
        <translation>incl.</translation>
    </message>
    <message>
        <source>The document's VAT is %1, but its total incl. VAT %2 − total excl. VAT %3 makes %4. Correct the document in the shop and import it again.</source>
        <translation>The document's VAT is %1, but its total incl. VAT %2 − total excl. VAT %3 makes %4. Correct the document in the shop and import it again.</translation>
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
</context>
<context>
    <name>VatMappingModel</name>
    <message>
        <source>Any country</source>
        <translation>Any country</translation>
    </message>
    <message>
        <source>The balance ledger the destination country's VAT is booked on.</source>
        <translation>The balance ledger the destination country's VAT is booked on.</translation>
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
        <source>Default mapping proposed: check the ledgers, fill in the OSS VAT ledgers and save.</source>
        <translation>Default mapping proposed: check the ledgers, fill in the OSS VAT ledgers and save.</translation>
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
        <source>The VAT mapping row for %1% VAT (%2) has no VAT ledger for the foreign VAT. Choose the balance ledger of this country's OSS VAT in the VAT mapping.</source>
        <translation>The VAT mapping row for %1% VAT (%2) has no VAT ledger for the foreign VAT. Choose the balance ledger of this country's OSS VAT in the VAT mapping.</translation>
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
        <source>The shop's documents use %1 VAT, but no domestic row maps it. Add a row for %1.</source>
        <translation>The shop's documents use %1 VAT, but no domestic row maps it. Add a row for %1.</translation>
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
        <source>What to do. Available: version, test-connection (logs in to e-Boekhouden and prints the administration's name).</source>
        <translation>What to do. Available: version, test-connection (logs in to e-Boekhouden and prints the administration's name).</translation>
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
        <source>Read and write the settings in this INI file instead of the user's settings (secrets stay in the keychain or environment variables).</source>
        <translation>Read and write the settings in this INI file instead of the user's settings (secrets stay in the keychain or environment variables).</translation>
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
        <source>preview, push: this invoice (its number). May be repeated.</source>
        <translation>preview, push: this invoice (its number). May be repeated.</translation>
    </message>
    <message>
        <source>preview, push: this credit memo (its number). May be repeated.</source>
        <translation>preview, push: this credit memo (its number). May be repeated.</translation>
    </message>
    <message>
        <source>push: update (or create) this customer's debtor; the shop's customer id or e-mail address. May be repeated.</source>
        <translation>push: update (or create) this customer's debtor; the shop's customer id or e-mail address. May be repeated.</translation>
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
        <source>import: read the documents the shop created from this date (YYYY-MM-DD).</source>
        <translation>import: read the documents the shop created from this date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>import: ... until this date, inclusive (YYYY-MM-DD; default today).</source>
        <translation>import: ... until this date, inclusive (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <source>import --from takes a date as YYYY-MM-DD, and --until one not before it.</source>
        <translation>import --from takes a date as YYYY-MM-DD, and --until one not before it.</translation>
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
        <source>Open on &lt;page&gt;: Dashboard, Invoices, CreditMemos, Customers, VatMapping, SynchronisationLogs or Settings.</source>
        <translation>Open on &lt;page&gt;: Dashboard, Invoices, CreditMemos, Customers, VatMapping, SynchronisationLogs or Settings.</translation>
    </message>
    <message>
        <source>Unknown page: %1</source>
        <translation>Unknown page: %1</translation>
    </message>
    <message>
        <source>Open the setup wizard at once (with --screenshot: save a picture of its first page).</source>
        <translation>Open the setup wizard at once (with --screenshot: save a picture of its first page).</translation>
    </message>
</context>
</TS>