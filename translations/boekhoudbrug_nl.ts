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
    <name>AdministrationDirectory</name>
    <message>
        <source>Ledger account %1 does not exist in e-Boekhouden. Correct it in the VAT mapping or the settings.</source>
        <translation>Grootboekrekening %1 bestaat niet in e-Boekhouden. Corrigeer dit in de btw-koppeling of de instellingen.</translation>
    </message>
    <message>
        <source>Invoice template "%1" does not exist in e-Boekhouden. Choose an existing template in the settings.</source>
        <translation>Factuursjabloon "%1" bestaat niet in e-Boekhouden. Kies een bestaand sjabloon in de instellingen.</translation>
    </message>
</context>
<context>
    <name>AdministrationPage</name>
    <message>
        <source>&amp;Read again</source>
        <translation>Opnieuw &amp;lezen</translation>
    </message>
    <message>
        <source>Administration settings</source>
        <translation>Instellingen van de administratie</translation>
    </message>
    <message>
        <source>&amp;Revenue ledger:</source>
        <translation>&amp;Omzetrekening:</translation>
    </message>
    <message>
        <source>Ledger of foreign &amp;VAT (OSS):</source>
        <translation>Rekening voor buitenlandse &amp;btw (OSS):</translation>
    </message>
    <message>
        <source>Reading ledgers and invoice templates from e-Boekhouden…</source>
        <translation>Grootboekrekeningen en factuursjablonen worden uit e-Boekhouden gelezen…</translation>
    </message>
    <message>
        <source>No e-Boekhouden connection is chosen.</source>
        <translation>Er is geen verbinding met e-Boekhouden gekozen.</translation>
    </message>
    <message>
        <source>The ledgers could not be read: %1</source>
        <translation>De grootboekrekeningen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <source>Read %n ledger(s); invoice templates: %1; VAT codes: %2.</source>
        <translation><numerusform>%n grootboekrekening gelezen; factuursjablonen: %1; btw-codes: %2.</numerusform><numerusform>%n grootboekrekeningen gelezen; factuursjablonen: %1; btw-codes: %2.</numerusform></translation>
    </message>
    <message>
        <source>How documents are booked in e-Boekhouden. You can change this later on the Settings page.</source>
        <translation>Hoe documenten in e-Boekhouden worden geboekt. U kunt dit later wijzigen op de pagina Instellingen.</translation>
    </message>
    <message>
        <source>Choose the revenue ledger.</source>
        <translation>Kies de omzetrekening.</translation>
    </message>
    <message>
        <source>The revenue ledger %1 is not among the administration's ledgers.</source>
        <translation>De omzetrekening %1 staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>The ledger of foreign VAT %1 is not among the administration's ledgers.</source>
        <translation>De rekening voor buitenlandse btw %1 staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
</context>
<context>
    <name>AdministrationSettingsForm</name>
    <message>
        <source>The imported documents name no payment method yet.</source>
        <translation>De geïmporteerde documenten noemen nog geen betaalmethode.</translation>
    </message>
    <message>
        <source>The shop charges the customer's country's VAT to EU consumers (&amp;OSS)</source>
        <translation>De webshop rekent EU-consumenten de btw van hun eigen land (&amp;OSS)</translation>
    </message>
    <message>
        <source>The country the shop sells from: it decides which sales are domestic, intra-community (ICP), export or OSS.</source>
        <translation>Het land van waaruit de webshop verkoopt: het bepaalt welke verkopen binnenlands, intracommunautair (ICP), export of OSS zijn.</translation>
    </message>
    <message>
        <source>Mutations ("invoice sent")</source>
        <translation>Mutaties ("factuur verstuurd")</translation>
    </message>
    <message>
        <source>Invoices (e-Boekhouden's invoicing module)</source>
        <translation>Facturen (factuurmodule van e-Boekhouden)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Betaalmethode</translation>
    </message>
    <message>
        <source>Bank ledger</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <source>By e-mail address</source>
        <translation>Op e-mailadres</translation>
    </message>
    <message>
        <source>By customer code, else e-mail address</source>
        <translation>Op klantcode, anders op e-mailadres</translation>
    </message>
    <message>
        <source>As in the shop</source>
        <translation>Zoals in de webshop</translation>
    </message>
    <message>
        <source>Without a fixed prefix</source>
        <translation>Zonder vast voorvoegsel</translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation>Alleen cijfers</translation>
    </message>
    <message>
        <source>Let e-Boekhouden number them</source>
        <translation>e-Boekhouden laten nummeren</translation>
    </message>
    <message>
        <source>prefix, e.g. INV</source>
        <translation>voorvoegsel, bijv. INV</translation>
    </message>
    <message>
        <source>Shop's &amp;country:</source>
        <translation>&amp;Land van de webshop:</translation>
    </message>
    <message>
        <source>&amp;Book as:</source>
        <translation>&amp;Boeken als:</translation>
    </message>
    <message>
        <source>&amp;Payment term:</source>
        <translation>&amp;Betalingstermijn:</translation>
    </message>
    <message>
        <source>Invoice &amp;template:</source>
        <translation>Factuur&amp;sjabloon:</translation>
    </message>
    <message>
        <source>&amp;Debtor ledger:</source>
        <translation>&amp;Debiteurenrekening:</translation>
    </message>
    <message>
        <source>Ban&amp;k ledger for payments:</source>
        <translation>Ban&amp;krekening voor betalingen:</translation>
    </message>
    <message>
        <source>&amp;Match debtors:</source>
        <translation>Debiteuren &amp;zoeken:</translation>
    </message>
    <message>
        <source>Invoice &amp;numbers:</source>
        <translation>Factuur&amp;nummers:</translation>
    </message>
    <message>
        <source>(none: ask)</source>
        <translation>(geen: vragen)</translation>
    </message>
    <message>
        <source>Booking as invoices needs an invoice template: choose or type its name.</source>
        <translation>Boeken als facturen vraagt een factuursjabloon: kies het of typ de naam ervan.</translation>
    </message>
    <message>
        <source>The invoice template "%1" is not among the administration's active templates.</source>
        <translation>Het factuursjabloon "%1" staat niet tussen de actieve sjablonen van de administratie.</translation>
    </message>
    <message>
        <source>Choose the debtor ledger.</source>
        <translation>Kies de debiteurenrekening.</translation>
    </message>
    <message>
        <source>The debtor ledger %1 is not among the administration's ledgers.</source>
        <translation>De debiteurenrekening %1 staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>The bank ledger %1 is not among the administration's ledgers.</source>
        <translation>De bankrekening %1 staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>The bank ledger %1 of payment method "%2" is not among the administration's ledgers.</source>
        <translation>De bankrekening %1 van betaalmethode "%2" staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>Enter the fixed prefix that is removed from the invoice numbers, e.g. INV.</source>
        <translation>Vul het vaste voorvoegsel in dat van de factuurnummers wordt verwijderd, bijv. INV.</translation>
    </message>
    <message>
        <source>%1 (not among the administration's templates)</source>
        <translation>%1 (niet tussen de sjablonen van de administratie)</translation>
    </message>
    <message>
        <source>(the default bank ledger)</source>
        <translation>(de standaard bankrekening)</translation>
    </message>
    <message>
        <source>Fixed debtor</source>
        <translation>Vaste debiteur</translation>
    </message>
    <message>
        <source>Per pa&amp;yment method:</source>
        <translation>Per &amp;betaalmethode:</translation>
    </message>
    <message>
        <source>(the customer's own)</source>
        <translation>(die van de klant)</translation>
    </message>
    <message>
        <source>The code of an existing e-Boekhouden relation to book every document paid this way on; empty books on the customer's own debtor. Never used for ICP sales.</source>
        <translation>De code van een bestaande relatie in e-Boekhouden waarop elk document met deze betaalmethode wordt geboekt; leeg boekt op de eigen debiteur van de klant. Nooit voor ICP-verkopen.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>(e-Boekhouden says: %1)</source>
        <translation>(e-Boekhouden meldt: %1)</translation>
    </message>
    <message>
        <source>The e-Boekhouden API token has expired. Create a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in the setup wizard.</source>
        <translation>Het API-token van e-Boekhouden is verlopen. Maak een nieuw token aan in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) en vul het in de installatiewizard in.</translation>
    </message>
    <message>
        <source>This administration is registered with e-Boekhouden in another country (.nl or .be). Choose the right country in the setup wizard.</source>
        <translation>Deze administratie is bij e-Boekhouden in een ander land geregistreerd (.nl of .be). Kies het juiste land in de installatiewizard.</translation>
    </message>
    <message>
        <source>e-Boekhouden did not accept the credentials. Check the API token (or the username and security codes) in the setup wizard and test the connection.</source>
        <translation>e-Boekhouden heeft de inloggegevens niet geaccepteerd. Controleer het API-token (of de gebruikersnaam en beveiligingscodes) in de installatiewizard en test de verbinding.</translation>
    </message>
    <message>
        <source>e-Boekhouden could not find what was asked for. Refresh the data from e-Boekhouden and try again.</source>
        <translation>e-Boekhouden kon het gevraagde niet vinden. Ververs de gegevens uit e-Boekhouden en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>A relation with this code already exists in e-Boekhouden. Link the customer to the existing relation instead of creating a new one.</source>
        <translation>Er bestaat al een relatie met deze code in e-Boekhouden. Koppel de klant aan de bestaande relatie in plaats van een nieuwe aan te maken.</translation>
    </message>
    <message>
        <source>This invoice number already exists in e-Boekhouden. It was probably posted before: link the document to the existing booking instead of posting it again.</source>
        <translation>Dit factuurnummer bestaat al in e-Boekhouden. Het is waarschijnlijk al eerder geboekt: koppel het document aan de bestaande boeking in plaats van het opnieuw te boeken.</translation>
    </message>
    <message>
        <source>The date falls in a period that is closed in e-Boekhouden. Ask your accountant to reopen the period, or book the document with a date in an open period.</source>
        <translation>De datum valt in een periode die in e-Boekhouden is afgesloten. Vraag uw accountant de periode te heropenen, of boek het document met een datum in een open periode.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused the VAT code of %1. Check the VAT mapping for this rate.</source>
        <translation>e-Boekhouden weigerde de btw-code van %1. Controleer de btw-koppeling voor dit tarief.</translation>
    </message>
    <message>
        <source>a line</source>
        <translation>een regel</translation>
    </message>
    <message>
        <source>An e-Boekhouden invoice number must end with a digit. Change the invoice number prefix or let e-Boekhouden number the invoices.</source>
        <translation>Een factuurnummer in e-Boekhouden moet op een cijfer eindigen. Pas het voorvoegsel van het factuurnummer aan of laat e-Boekhouden de facturen nummeren.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused the ledger account of %1. Check the ledger mapping and refresh the ledger accounts.</source>
        <translation>e-Boekhouden weigerde de grootboekrekening van %1. Controleer de grootboekkoppeling en ververs de grootboekrekeningen.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused the data. Correct the document and push it again.</source>
        <translation>e-Boekhouden weigerde de gegevens. Corrigeer het document en verstuur het opnieuw.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused the value of "%1". Correct it and push the document again.</source>
        <translation>e-Boekhouden weigerde de waarde van "%1". Corrigeer deze en verstuur het document opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>e-Boekhouden asks to slow down. Boekhoudbrug will try again in %n second(s).</source>
        <translation><numerusform>e-Boekhouden vraagt om het rustiger aan te doen. Boekhoudbrug probeert het over %n seconde(n) opnieuw.</numerusform><numerusform>e-Boekhouden vraagt om het rustiger aan te doen. Boekhoudbrug probeert het over %n seconde(n) opnieuw.</numerusform></translation>
    </message>
    <message>
        <source>e-Boekhouden asks to slow down. Boekhoudbrug will try again later.</source>
        <translation>e-Boekhouden vraagt om het rustiger aan te doen. Boekhoudbrug probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>e-Boekhouden has a problem right now (HTTP %1). Boekhoudbrug will try again later; nothing was lost.</source>
        <translation>e-Boekhouden heeft op dit moment een probleem (HTTP %1). Boekhoudbrug probeert het later opnieuw; er is niets verloren gegaan.</translation>
    </message>
    <message>
        <source>e-Boekhouden could not be reached. Check the internet connection; Boekhoudbrug will try again later.</source>
        <translation>e-Boekhouden is niet bereikbaar. Controleer de internetverbinding; Boekhoudbrug probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>e-Boekhouden sent an answer Boekhoudbrug cannot read. Try again later; if it keeps happening, send the log file to support.</source>
        <translation>e-Boekhouden stuurde een antwoord dat Boekhoudbrug niet kan lezen. Probeer het later opnieuw; blijft dit gebeuren, stuur dan het logbestand naar support.</translation>
    </message>
    <message>
        <source>This is not available through the chosen e-Boekhouden connection.</source>
        <translation>Dit is niet beschikbaar via de gekozen e-Boekhouden-koppeling.</translation>
    </message>
</context>
<context>
    <name>ApiTokenPage</name>
    <message>
        <source>Enter the API token.</source>
        <translation>Vul het API-token in.</translation>
    </message>
    <message>
        <source>The token &amp;ends on:</source>
        <translation>Het token &amp;verloopt op:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>Paste the API token of your administration and test the connection.</source>
        <translation>Plak het API-token van uw administratie en test de verbinding.</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;token:</translation>
    </message>
</context>
<context>
    <name>BookingSettingsSection</name>
    <message>
        <source>&amp;Save booking settings</source>
        <translation>Boekingsinstellingen &amp;bewaren</translation>
    </message>
    <message>
        <source>The shop's country and OSS do not change the VAT mapping: check it on the VAT Mapping page after changing them. Saved settings count from the next push or synchronisation on, here and in boekhoudbrug-cli.</source>
        <translation>Het land van de webshop en OSS veranderen de btw-koppeling niet: controleer die na een wijziging op de pagina Btw-koppeling. Opgeslagen instellingen gelden vanaf de volgende verzending of synchronisatie, hier en in boekhoudbrug-cli.</translation>
    </message>
    <message>
        <source>Without the local database the ledgers cannot be offered; codes are shown as saved.</source>
        <translation>Zonder de lokale database kunnen de grootboekrekeningen niet worden aangeboden; de codes worden getoond zoals bewaard.</translation>
    </message>
    <message>
        <source>Reading the ledgers kept from e-Boekhouden…</source>
        <translation>De bewaarde grootboekrekeningen uit e-Boekhouden worden gelezen…</translation>
    </message>
    <message>
        <source>No ledgers have been read from e-Boekhouden yet; the next synchronisation reads them.</source>
        <translation>Er zijn nog geen grootboekrekeningen uit e-Boekhouden gelezen; de volgende synchronisatie leest ze.</translation>
    </message>
    <message numerus="yes">
        <source>The %n ledger(s) as e-Boekhouden listed them on %1.</source>
        <translation><numerusform>De %n grootboekrekening zoals e-Boekhouden die op %1 gaf.</numerusform><numerusform>De %n grootboekrekeningen zoals e-Boekhouden die op %1 gaf.</numerusform></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>Niet bewaard: het instellingenbestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Booking settings saved.</source>
        <translation>Boekingsinstellingen bewaard.</translation>
    </message>
</context>
<context>
    <name>ChooseApiPage</name>
    <message>
        <source>With an &amp;API token (recommended)</source>
        <translation>Met een &amp;API-token (aanbevolen)</translation>
    </message>
    <message>
        <source>With &amp;username and security codes 1 and 2 (older SOAP connection)</source>
        <translation>Met &amp;gebruikersnaam en beveiligingscodes 1 en 2 (oudere SOAP-koppeling)</translation>
    </message>
    <message>
        <source>Connect to e-Boekhouden</source>
        <translation>Verbinden met e-Boekhouden</translation>
    </message>
    <message>
        <source>Choose how Boekhoudbrug logs in to your administration.</source>
        <translation>Kies hoe Boekhoudbrug inlogt op uw administratie.</translation>
    </message>
    <message>
        <source>The API token and the security codes are created in the settings of your e-Boekhouden administration, where its API connections are managed.</source>
        <translation>Het API-token en de beveiligingscodes maakt u aan in de instellingen van uw e-Boekhouden-administratie, waar de API-koppelingen worden beheerd.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Gea&amp;vanceerd</translation>
    </message>
    <message>
        <source>the public e-Boekhouden service</source>
        <translation>de openbare dienst van e-Boekhouden</translation>
    </message>
    <message>
        <source>&amp;Endpoint address:</source>
        <translation>&amp;Adres van de dienst:</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No e-Boekhouden connection is set up for profile %1.</source>
        <translation>Voor profiel %1 is nog geen e-Boekhouden-koppeling ingesteld.</translation>
    </message>
    <message>
        <source>Connected to e-Boekhouden (%1): %2</source>
        <translation>Verbonden met e-Boekhouden (%1): %2</translation>
    </message>
    <message>
        <source>Exit codes of test-connection:
  0   connected
  70  unexpected reply or other error
  75  temporary problem (network, server, rate limit): try again later
  77  login refused: check the API token or security codes
  78  not configured: run the setup wizard or set the BOEKHOUDBRUG_EB_* variables</source>
        <translation>Afsluitcodes van test-connection:
  0   verbonden
  70  onverwacht antwoord of andere fout
  75  tijdelijk probleem (netwerk, server, te veel verzoeken): probeer het later opnieuw
  77  inloggen geweigerd: controleer de API-token of de beveiligingscodes
  78  niet ingesteld: doorloop de installatiewizard of stel de variabelen BOEKHOUDBRUG_EB_* in</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>This customer is no longer in the local database.</source>
        <translation>Deze klant staat niet meer in de lokale database.</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Klant %1</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Customer code (debtor in e-Boekhouden)</source>
        <translation>Klantcode (debiteur in e-Boekhouden)</translation>
    </message>
    <message>
        <source>not yet synced</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Customer log</source>
        <translation>Klantlogboek</translation>
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
        <translation>Website</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Firstname</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Lastname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tax VAT Number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Customer Code</source>
        <translation>Klantcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Updated At</source>
        <translation>Bijgewerkt op</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Achtervoegsel</translation>
    </message>
    <message>
        <source>Middlename</source>
        <translation>Tussenvoegsel</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, email, company, VAT number or customer code</source>
        <translation>Zoek op naam, e-mail, bedrijf, btw-nummer of klantcode</translation>
    </message>
    <message>
        <source>All web sites</source>
        <translation>Alle websites</translation>
    </message>
    <message>
        <source>Synced and not synced</source>
        <translation>Gesynchroniseerd en niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Synced (has a customer code)</source>
        <translation>Gesynchroniseerd (heeft een klantcode)</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>P&amp;ush to e-Boekhouden</source>
        <translation>Naar e-Boekhouden &amp;sturen</translation>
    </message>
    <message>
        <source>Update the selected customers' debtors in e-Boekhouden with the shop's name, address, e-mail address and VAT number, or create them when there are none</source>
        <translation>De debiteuren van de gekozen klanten in e-Boekhouden bijwerken met naam, adres, e-mailadres en btw-nummer uit de webshop, of ze aanmaken als ze er nog niet zijn</translation>
    </message>
    <message>
        <source>Open in &amp;shop</source>
        <translation>In &amp;webshop openen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Success rate</source>
        <translation>Succespercentage</translation>
    </message>
    <message>
        <source>Waiting to be posted:</source>
        <translation>Wacht op boeking:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Mislukt:</translation>
    </message>
    <message>
        <source>Posted today:</source>
        <translation>Vandaag geboekt:</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-token:</translation>
    </message>
    <message>
        <source>Successful postings per day (last %1 days)</source>
        <translation>Geslaagde boekingen per dag (laatste %1 dagen)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Invoices: %1, credit memos: %2</source>
        <translation>Facturen: %1, creditnota's: %2</translation>
    </message>
    <message>
        <source>No end date known</source>
        <translation>Geen einddatum bekend</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Geldig tot %1</translation>
    </message>
    <message>
        <source>The e-Boekhouden API token ended on %1: nothing can be posted. Create a new token in e-Boekhouden and enter it in Settings.</source>
        <translation>Het API-token van e-Boekhouden is op %1 verlopen: er kan niets worden geboekt. Maak een nieuw token aan in e-Boekhouden en vul het in bij Instellingen.</translation>
    </message>
    <message>
        <source>The e-Boekhouden API token ends on %1 (in %2 days). Create a new token in e-Boekhouden and enter it in Settings before then.</source>
        <translation>Het API-token van e-Boekhouden verloopt op %1 (over %2 dagen). Maak vóór die tijd een nieuw token aan in e-Boekhouden en vul het in bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The local database %1 cannot be opened: %2</source>
        <translation>De lokale database %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>The local database %1 could not be upgraded: %2</source>
        <translation>De lokale database %1 kon niet worden bijgewerkt: %2</translation>
    </message>
</context>
<context>
    <name>DateFilterEdit</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>DebtorResolver</name>
    <message>
        <source>No free debtor code could be found for %1.</source>
        <translation>Er is geen vrije debiteurcode gevonden voor %1.</translation>
    </message>
    <message>
        <source>The fixed debtor %1 set for this payment method is not in e-Boekhouden. Create it there, or change the booking settings.</source>
        <translation>De vaste debiteur %1 die voor deze betaalmethode is ingesteld, staat niet in e-Boekhouden. Maak hem daar aan, of pas de boekingsinstellingen aan.</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>Demo webshop (sandbox)</source>
        <translation>Demowebwinkel (zandbak)</translation>
    </message>
</context>
<context>
    <name>DocumentClassifier</name>
    <message>
        <source>domestic</source>
        <translation>binnenland</translation>
    </message>
    <message>
        <source>intra-community (ICP)</source>
        <translation>intracommunautair (ICP)</translation>
    </message>
    <message>
        <source>export outside the EU</source>
        <translation>export buiten de EU</translation>
    </message>
    <message>
        <source>OSS distance sale</source>
        <translation>OSS-afstandsverkoop</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>This document is no longer in the local database.</source>
        <translation>Dit document staat niet meer in de lokale database.</translation>
    </message>
    <message>
        <source>Credit memo %1</source>
        <translation>Creditnota %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Bestelling:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Klant:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>VAT number:</source>
        <translation>Btw-nummer:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Payment method:</source>
        <translation>Betaalmethode:</translation>
    </message>
    <message>
        <source>Credits invoice:</source>
        <translation>Crediteert factuur:</translation>
    </message>
    <message>
        <source>Total excl. VAT:</source>
        <translation>Totaal excl. btw:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>Btw:</translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation>Totaal incl. btw:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>In e-Boekhouden as:</source>
        <translation>In e-Boekhouden als:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Probleem:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelcode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>Btw %</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. btw</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. btw</translation>
    </message>
    <message>
        <source>Shipping: %1</source>
        <translation>Verzending: %1</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Synchronisation history</source>
        <translation>Synchronisatiegeschiedenis</translation>
    </message>
</context>
<context>
    <name>DocumentPusher</name>
    <message>
        <source>The document is no longer in the local database.</source>
        <translation>Het document staat niet meer in de lokale database.</translation>
    </message>
    <message>
        <source>Already booked in e-Boekhouden as %1.</source>
        <translation>Al geboekt in e-Boekhouden als %1.</translation>
    </message>
    <message>
        <source>The document is being booked by another sync.</source>
        <translation>Het document wordt al door een andere synchronisatie geboekt.</translation>
    </message>
    <message>
        <source>Invoice not found: invoice %1 has not been booked in e-Boekhouden yet. Push the invoice first; this credit memo follows at the next sync.</source>
        <translation>Factuur niet gevonden: factuur %1 is nog niet in e-Boekhouden geboekt. Boek eerst de factuur; deze creditnota volgt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Already in e-Boekhouden under number %1: linked, not posted again.</source>
        <translation>Staat al in e-Boekhouden onder nummer %1: gekoppeld, niet opnieuw geboekt.</translation>
    </message>
    <message>
        <source>Credit memo booked in e-Boekhouden as %1.</source>
        <translation>Creditnota geboekt in e-Boekhouden als %1.</translation>
    </message>
    <message>
        <source>Invoice booked in e-Boekhouden as %1.</source>
        <translation>Factuur geboekt in e-Boekhouden als %1.</translation>
    </message>
    <message>
        <source>New debtor %1 created.</source>
        <translation>Nieuwe debiteur %1 aangemaakt.</translation>
    </message>
    <message>
        <source>%1 It will be tried again at the next sync.</source>
        <translation>%1 Bij de volgende synchronisatie wordt het opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Document %1 was not sent: the local database could not record that it was being booked. It will be tried again at the next sync; if this repeats, check the disk.</source>
        <translation>Document %1 is niet verzonden: de lokale database kon niet vastleggen dat het geboekt werd. Het wordt bij de volgende synchronisatie opnieuw geprobeerd; controleer de schijf als dit vaker gebeurt.</translation>
    </message>
    <message>
        <source>The connection to e-Boekhouden broke off while document %1 (order %2) was being booked. e-Boekhouden numbers these documents itself, so it cannot be looked up: it may already be booked. Check e-Boekhouden's invoices of this customer first: when it is there, choose "Mark as booked by hand"; push it again only when it is not there.</source>
        <translation>De verbinding met e-Boekhouden viel weg terwijl document %1 (bestelling %2) werd geboekt. e-Boekhouden nummert deze documenten zelf, dus het kan niet worden opgezocht: het is mogelijk al geboekt. Controleer eerst de facturen van deze klant in e-Boekhouden: staat het er, kies dan "Markeren als handmatig geboekt"; verstuur het alleen opnieuw als het er niet staat.</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Credit Memo</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>VAT Number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Web Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. btw</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. btw</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e-Boekhouden Number</source>
        <translation>Nummer in e-Boekhouden</translation>
    </message>
    <message>
        <source>Last Message</source>
        <translation>Laatste melding</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Search number, name, email, company or VAT number</source>
        <translation>Zoek op nummer, naam, e-mail, bedrijf of btw-nummer</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Push selected to e-Boekhouden</source>
        <translation>Selectie naar e-Boekhouden sturen</translation>
    </message>
    <message>
        <source>All web sites</source>
        <translation>Alle websites</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Preview posting</source>
        <translation>&amp;Voorbeeld van de boeking</translation>
    </message>
    <message>
        <source>P&amp;ush to e-Boekhouden</source>
        <translation>Naar e-Boekhouden &amp;sturen</translation>
    </message>
    <message>
        <source>&amp;Reprocess</source>
        <translation>Opnieuw &amp;verwerken</translation>
    </message>
    <message>
        <source>Push all filtered</source>
        <translation>Alles in de selectie versturen</translation>
    </message>
    <message>
        <source>Push to e-Boekhouden</source>
        <translation>Naar e-Boekhouden sturen</translation>
    </message>
    <message numerus="yes">
        <source>Book the %n waiting document(s) that the filter shows?</source>
        <translation>
            <numerusform>Het %n wachtende document in deze selectie boeken?</numerusform>
            <numerusform>De %n wachtende documenten in deze selectie boeken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <source>Open in &amp;shop</source>
        <translation>In &amp;webshop openen</translation>
    </message>
    <message>
        <source>Enter the shop's admin address in the setup wizard to open documents there.</source>
        <translation>Vul het beheeradres van de webshop in de installatiewizard in om documenten daar te openen.</translation>
    </message>
    <message>
        <source>Open this document in the shop's back office.</source>
        <translation>Dit document openen in het beheer van de webshop.</translation>
    </message>
    <message>
        <source>Mark as booked by &amp;hand</source>
        <translation>Markeren als &amp;handmatig geboekt</translation>
    </message>
    <message>
        <source>For documents already in e-Boekhouden: Boekhoudbrug will not book them.</source>
        <translation>Voor documenten die al in e-Boekhouden staan: Boekhoudbrug boekt ze niet.</translation>
    </message>
    <message>
        <source>Mark as booked by hand</source>
        <translation>Markeren als handmatig geboekt</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n selected document(s) as booked by hand? Boekhoudbrug will not book them in e-Boekhouden. Do this only for documents that are in e-Boekhouden already; Reprocess undoes it.</source>
        <translation><numerusform>Het geselecteerde document markeren als handmatig geboekt? Boekhoudbrug boekt het dan niet in e-Boekhouden. Doe dit alleen voor documenten die al in e-Boekhouden staan; Opnieuw verwerken maakt het ongedaan.</numerusform><numerusform>De %n geselecteerde documenten markeren als handmatig geboekt? Boekhoudbrug boekt ze dan niet in e-Boekhouden. Doe dit alleen voor documenten die al in e-Boekhouden staan; Opnieuw verwerken maakt het ongedaan.</numerusform></translation>
    </message>
</context>
<context>
    <name>EBoekhoudenCheck</name>
    <message>
        <source>Choose how to log in first.</source>
        <translation>Kies eerst hoe er wordt ingelogd.</translation>
    </message>
    <message>
        <source>Connected to "%1" (%2).</source>
        <translation>Verbonden met "%1" (%2).</translation>
    </message>
</context>
<context>
    <name>EBoekhoudenCredentials</name>
    <message>
        <source>For the SOAP connection set all of BOEKHOUDBRUG_EB_USERNAME, BOEKHOUDBRUG_EB_SECURITY_CODE1 and BOEKHOUDBRUG_EB_SECURITY_CODE2.</source>
        <translation>Stel voor de SOAP-koppeling alle drie in: BOEKHOUDBRUG_EB_USERNAME, BOEKHOUDBRUG_EB_SECURITY_CODE1 en BOEKHOUDBRUG_EB_SECURITY_CODE2.</translation>
    </message>
    <message>
        <source>No e-Boekhouden connection is set up yet. Run the setup wizard, or set BOEKHOUDBRUG_EB_API_TOKEN for a headless run.</source>
        <translation>Er is nog geen e-Boekhouden-koppeling ingesteld. Doorloop de installatiewizard, of stel BOEKHOUDBRUG_EB_API_TOKEN in voor een run zonder venster.</translation>
    </message>
    <message>
        <source>The saved e-Boekhouden credentials are incomplete. Enter them again in the setup wizard.</source>
        <translation>De opgeslagen e-Boekhouden-inloggegevens zijn onvolledig. Vul ze opnieuw in de installatiewizard in.</translation>
    </message>
</context>
<context>
    <name>FieldLimits</name>
    <message>
        <source>The %1 "%2" is longer than the %3 characters e-Boekhouden accepts; it is sent as "%4".</source>
        <translation>De %1 "%2" is langer dan de %3 tekens die e-Boekhouden accepteert; verzonden wordt "%4".</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>the API token</source>
        <translation>het API-token</translation>
    </message>
    <message>
        <source>the username and security codes</source>
        <translation>de gebruikersnaam en beveiligingscodes</translation>
    </message>
    <message numerus="yes">
        <source>Finish saves %1 and the shop's keys in the system's keychain, the settings of this computer and the VAT mapping (%n row(s)). Boekhoudbrug then opens on your administration; "Synchronise now" books the imported documents.</source>
        <translation><numerusform>Voltooien bewaart %1 en de sleutels van de webshop in de sleutelhanger van het systeem, de instellingen van deze computer en de btw-koppeling (%n regel). Boekhoudbrug opent daarna op uw administratie; "Nu synchroniseren" boekt de ingelezen documenten.</numerusform><numerusform>Voltooien bewaart %1 en de sleutels van de webshop in de sleutelhanger van het systeem, de instellingen van deze computer en de btw-koppeling (%n regels). Boekhoudbrug opent daarna op uw administratie; "Nu synchroniseren" boekt de ingelezen documenten.</numerusform></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <source>The VAT mapping could not be saved; see the log file for the reason.</source>
        <translation>De btw-koppeling kon niet worden opgeslagen; zie het logbestand voor de reden.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Bewaard.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Only documents created &amp;from:</source>
        <translation>Alleen documenten aangemaakt &amp;vanaf:</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>Inlezen &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Inlezen af&amp;breken</translation>
    </message>
    <message>
        <source>First import</source>
        <translation>Eerste keer inlezen</translation>
    </message>
    <message>
        <source>Boekhoudbrug reads the shop's invoices, credit memos and customers into its own database. Nothing is booked in e-Boekhouden yet.</source>
        <translation>Boekhoudbrug leest de facturen, creditnota's en klanten van de webshop in zijn eigen database. Er wordt nog niets in e-Boekhouden geboekt.</translation>
    </message>
    <message>
        <source>Reading the shop…</source>
        <translation>De webshop wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read (now: %1)…</source>
        <translation><numerusform>%n document gelezen (nu: %1)…</numerusform><numerusform>%n documenten gelezen (nu: %1)…</numerusform></translation>
    </message>
    <message>
        <source>Cancelling after the current page…</source>
        <translation>Afbreken na de huidige pagina…</translation>
    </message>
    <message>
        <source>Import &amp;again</source>
        <translation>&amp;Opnieuw inlezen</translation>
    </message>
</context>
<context>
    <name>ImportPeriodDialog</name>
    <message>
        <source>Import a period from the shop</source>
        <translation>Een periode uit de webshop importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Reads every invoice, credit memo and customer the shop created in this period into Boekhoudbrug, however old. Nothing is booked yet: the documents wait in the grids until you push them or synchronise.</source>
        <translation>Leest elke factuur, creditnota en klant die de webshop in deze periode maakte in Boekhoudbrug, hoe oud ook. Er wordt nog niets geboekt: de documenten wachten in de overzichten tot u ze verstuurt of synchroniseert.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until (inclusive):</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voordat hij begint.</translation>
    </message>
</context>
<context>
    <name>IncrementalPuller</name>
    <message>
        <source>The shop sent a document without an id or change date.</source>
        <translation>De webshop stuurde een document zonder id of wijzigingsdatum.</translation>
    </message>
    <message>
        <source>The local store refused a page of %1; the next pull continues from the last stored page.</source>
        <translation>De lokale opslag weigerde een pagina van %1; de volgende ophaalronde gaat verder vanaf de laatst opgeslagen pagina.</translation>
    </message>
</context>
<context>
    <name>InitialImport</name>
    <message>
        <source>No shop is set up to import from.</source>
        <translation>Er is geen webshop ingesteld om uit in te lezen.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %n document(s); the next synchronisation continues where it stopped.</source>
        <translation><numerusform>Inlezen afgebroken na %n document; de volgende synchronisatie gaat verder waar het stopte.</numerusform><numerusform>Inlezen afgebroken na %n documenten; de volgende synchronisatie gaat verder waar het stopte.</numerusform></translation>
    </message>
    <message>
        <source>Imported %1 invoices, %2 credit memos and %3 customers from the shop.</source>
        <translation>%1 facturen, %2 creditnota's en %3 klanten uit de webshop ingelezen.</translation>
    </message>
</context>
<context>
    <name>LedgerComboBox</name>
    <message>
        <source>%1 (not among the administration's ledgers)</source>
        <translation>%1 (niet tussen de grootboekrekeningen van de administratie)</translation>
    </message>
</context>
<context>
    <name>MagentoConnector</name>
    <message>
        <source>Its order %1 could not be found in the shop.</source>
        <translation>De bestelling %1 is niet gevonden in de winkel.</translation>
    </message>
    <message>
        <source>The shop's store configuration could not be read.</source>
        <translation>De winkelconfiguratie van de webshop kon niet worden gelezen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the Magento shop: %n store view(s), currency %1, time zone %2.</source>
        <translation><numerusform>Verbonden met de Magento-webshop: %n winkelweergave, valuta %1, tijdzone %2.</numerusform><numerusform>Verbonden met de Magento-webshop: %n winkelweergaven, valuta %1, tijdzone %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>MagentoMapper</name>
    <message>
        <source>The document has no entity_id.</source>
        <translation>Het document heeft geen entity_id.</translation>
    </message>
    <message>
        <source>The document has no valid created_at date.</source>
        <translation>Het document heeft geen geldige created_at-datum.</translation>
    </message>
    <message>
        <source>Item %1 has no readable quantity.</source>
        <translation>Artikel %1 heeft geen leesbaar aantal.</translation>
    </message>
    <message>
        <source>Item %1 has no readable row total.</source>
        <translation>Artikel %1 heeft geen leesbaar regeltotaal.</translation>
    </message>
    <message>
        <source>Item %1 is not on its order %2.</source>
        <translation>Artikel %1 staat niet op de bijbehorende bestelling %2.</translation>
    </message>
    <message>
        <source>The document has no readable grand total.</source>
        <translation>Het document heeft geen leesbaar eindtotaal.</translation>
    </message>
    <message>
        <source>Adjustment refund</source>
        <translation>Aanvullende terugbetaling</translation>
    </message>
    <message>
        <source>Adjustment fee</source>
        <translation>Aanpassingskosten</translation>
    </message>
    <message>
        <source>The customer has no id.</source>
        <translation>De klant heeft geen id.</translation>
    </message>
    <message>
        <source>The invoice or its order is not a JSON object.</source>
        <translation>De factuur of de bijbehorende bestelling is geen JSON-object.</translation>
    </message>
    <message>
        <source>The customer is not a JSON object.</source>
        <translation>De klant is geen JSON-object.</translation>
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
        <source>Credit Memos</source>
        <translation>Creditnota's</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>VAT Mapping</source>
        <translation>Btw-koppeling</translation>
    </message>
    <message>
        <source>Synchronisation Logs</source>
        <translation>Synchronisatielogboek</translation>
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
    <message>
        <source>The local database could not be opened; see the log file for the reason.</source>
        <translation>De lokale database kon niet worden geopend; de reden staat in het logbestand.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Connected to e-Boekhouden</source>
        <translation>Verbonden met e-Boekhouden</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Read new documents from the shop and book everything waiting in e-Boekhouden</source>
        <translation>Nieuwe documenten uit de webwinkel lezen en alles wat klaarstaat in e-Boekhouden boeken</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) booked</source>
        <translation>
            <numerusform>%n document geboekt</numerusform>
            <numerusform>%n documenten geboekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in e-Boekhouden</source>
        <translation>
            <numerusform>%n stond al in e-Boekhouden</numerusform>
            <numerusform>%n stonden al in e-Boekhouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see the Synchronisation Logs</source>
        <translation>
            <numerusform>%n mislukt: zie het synchronisatielogboek</numerusform>
            <numerusform>%n mislukt: zie het synchronisatielogboek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit memo(s) waiting for their invoice</source>
        <translation>
            <numerusform>%n creditnota wacht op de factuur</numerusform>
            <numerusform>%n creditnota's wachten op hun factuur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to try again later</source>
        <translation>
            <numerusform>%n wordt later opnieuw geprobeerd</numerusform>
            <numerusform>%n worden later opnieuw geprobeerd</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>A sandbox shop and e-Boekhouden run on this computer with generated data; nothing is sent anywhere.</source>
        <translation>Een zandbakwebwinkel en -e-Boekhouden draaien op deze computer met gegenereerde gegevens; er wordt niets verstuurd.</translation>
    </message>
    <message>
        <source>Demo mode: sandbox on this computer</source>
        <translation>Demomodus: zandbak op deze computer</translation>
    </message>
    <message>
        <source>Boekhoudbrug: synchronisation needs attention</source>
        <translation>Boekhoudbrug: de synchronisatie vraagt aandacht</translation>
    </message>
    <message numerus="yes">
        <source>%n debtor(s) updated or created in e-Boekhouden</source>
        <translation><numerusform>%n debiteur bijgewerkt of aangemaakt in e-Boekhouden</numerusform><numerusform>%n debiteuren bijgewerkt of aangemaakt in e-Boekhouden</numerusform></translation>
    </message>
    <message>
        <source>Synchronising %1 (%2 of %3 done)…</source>
        <translation>Synchroniseren: %1 (%2 van %3 klaar)…</translation>
    </message>
    <message>
        <source>&amp;Import a period from the shop…</source>
        <translation>Een periode uit de webshop &amp;importeren…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read from the shop; they wait in the grids to be booked</source>
        <translation><numerusform>%n document uit de webshop gelezen; het wacht in de overzichten om geboekt te worden</numerusform><numerusform>%n documenten uit de webshop gelezen; ze wachten in de overzichten om geboekt te worden</numerusform></translation>
    </message>
</context>
<context>
    <name>ManualBooking</name>
    <message>
        <source>Marked as booked by hand on %1: Boekhoudbrug will not book it. Reprocess undoes this.</source>
        <translation>Op %1 gemarkeerd als handmatig geboekt: Boekhoudbrug boekt het niet. Opnieuw verwerken maakt dit ongedaan.</translation>
    </message>
</context>
<context>
    <name>PaymentPusher</name>
    <message>
        <source>Invoice %1 is no longer outstanding in e-Boekhouden; its payment was not booked again.</source>
        <translation>Factuur %1 staat niet meer open in e-Boekhouden; de betaling is niet nogmaals geboekt.</translation>
    </message>
    <message>
        <source>The payment of invoice %1 is already in e-Boekhouden: linked, not booked again.</source>
        <translation>De betaling van factuur %1 staat al in e-Boekhouden: gekoppeld, niet opnieuw geboekt.</translation>
    </message>
    <message>
        <source>Payment of %1 for invoice %2 booked in e-Boekhouden.</source>
        <translation>Betaling van %1 voor factuur %2 geboekt in e-Boekhouden.</translation>
    </message>
</context>
<context>
    <name>PostingBuilder</name>
    <message>
        <source>%1: VAT %2 on %3 excl. VAT is no legal VAT rate of %4. Correct the VAT in the shop and import the document again.</source>
        <translation>%1: btw %2 op %3 excl. btw is geen geldig btw-tarief van %4. Corrigeer de btw in de webshop en importeer het document opnieuw.</translation>
    </message>
    <message>
        <source>Line "%1"</source>
        <translation>Regel "%1"</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Verzendkosten</translation>
    </message>
    <message>
        <source>Surcharge</source>
        <translation>Toeslag</translation>
    </message>
    <message>
        <source>Surcharge "%1"</source>
        <translation>Toeslag "%1"</translation>
    </message>
    <message>
        <source>The discount "%1" of %2 has nothing to be spread over: the document has no goods total. Correct the document in the shop.</source>
        <translation>De korting "%1" van %2 kan over niets worden verdeeld: het document heeft geen goederentotaal. Corrigeer het document in de webshop.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>This is an intra-community (ICP) sale to %1 without VAT, but the customer has no VAT number. Add the customer's VAT number in the shop, or charge VAT.</source>
        <translation>Dit is een intracommunautaire levering (ICP) naar %1 zonder btw, maar de klant heeft geen btw-nummer. Vul het btw-nummer van de klant in de webshop in, of reken btw.</translation>
    </message>
    <message>
        <source>VAT number %1 is from %2, the shop's own country: an intra-community (ICP) sale needs the customer's VAT number of another member state.</source>
        <translation>Btw-nummer %1 is uit %2, het land van de webshop zelf: een intracommunautaire levering (ICP) vraagt het btw-nummer van de klant uit een andere lidstaat.</translation>
    </message>
    <message>
        <source>Credit memo %1 does not name the invoice it credits. Import its invoice first.</source>
        <translation>Creditnota %1 noemt niet de factuur die ze crediteert. Importeer eerst de factuur.</translation>
    </message>
    <message>
        <source>invoice number</source>
        <translation>factuurnummer</translation>
    </message>
    <message>
        <source>Invoice number %1 is already in e-Boekhouden. Link the document to it instead of posting it again.</source>
        <translation>Factuurnummer %1 staat al in e-Boekhouden. Koppel het document eraan in plaats van het opnieuw te boeken.</translation>
    </message>
    <message>
        <source>Invoice number %1 does not end with a digit, which e-Boekhouden's invoices require. Strip its suffix in the settings or let e-Boekhouden number the invoices.</source>
        <translation>Factuurnummer %1 eindigt niet op een cijfer, wat facturen in e-Boekhouden vereisen. Verwijder het achtervoegsel via de instellingen of laat e-Boekhouden de facturen nummeren.</translation>
    </message>
    <message>
        <source>No invoice template is set. Choose the e-Boekhouden invoice template in the settings.</source>
        <translation>Er is geen factuursjabloon ingesteld. Kies het factuursjabloon van e-Boekhouden in de instellingen.</translation>
    </message>
    <message>
        <source>No debtors ledger is set. Choose the e-Boekhouden debtors ledger in the settings.</source>
        <translation>Er is geen debiteurenrekening ingesteld. Kies de grootboekrekening Debiteuren van e-Boekhouden in de instellingen.</translation>
    </message>
    <message>
        <source>Document %1 totals 0.00 and has no amounts: there is nothing to book.</source>
        <translation>Document %1 is in totaal 0,00 en heeft geen bedragen: er valt niets te boeken.</translation>
    </message>
    <message>
        <source>Credit memo %1 for invoice %2</source>
        <translation>Creditnota %1 bij factuur %2</translation>
    </message>
    <message>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <source>A new debtor %1 is created in e-Boekhouden.</source>
        <translation>Er wordt een nieuwe debiteur %1 aangemaakt in e-Boekhouden.</translation>
    </message>
    <message>
        <source>relation code</source>
        <translation>relatiecode</translation>
    </message>
    <message>
        <source>relation name</source>
        <translation>relatienaam</translation>
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
        <translation>Omzet %1</translation>
    </message>
    <message>
        <source>VAT %1 (OSS)</source>
        <translation>Btw %1 (OSS)</translation>
    </message>
    <message>
        <source>The shop's VAT at %1 is %2 (rounded per line); %1 of the total would be %3. The shop's %2 is posted on the VAT ledger %4.</source>
        <translation>De btw van de webshop tegen %1 is %2 (per regel afgerond); %1 over het totaal zou %3 zijn. De %2 van de webshop wordt geboekt op btw-rekening %4.</translation>
    </message>
    <message>
        <source>The shop's VAT at %1 is %2 (rounded per line); on one row e-Boekhouden would compute %3. The %1 amounts are posted per line so that e-Boekhouden computes %2.</source>
        <translation>De btw van de webshop tegen %1 is %2 (per regel afgerond); op één boekingsregel zou e-Boekhouden %3 berekenen. De bedragen tegen %1 worden per regel geboekt zodat e-Boekhouden %2 berekent.</translation>
    </message>
    <message>
        <source>The shop's VAT at %1 is %2; e-Boekhouden would compute %3 (difference %4). The %1 row is posted with VAT code AFW_VERK and the shop's VAT amount %2.</source>
        <translation>De btw van de webshop tegen %1 is %2; e-Boekhouden zou %3 berekenen (verschil %4). De regel tegen %1 wordt geboekt met btw-code AFW_VERK en het btw-bedrag %2 van de webshop.</translation>
    </message>
    <message>
        <source>The shop's VAT on the %1 lines cannot be reproduced by e-Boekhouden's rounding; these lines are posted with VAT code AFW_VERK and the shop's VAT amount per line.</source>
        <translation>De btw van de webshop op de %1-regels is met de afronding van e-Boekhouden niet na te rekenen; deze regels worden geboekt met btw-code AFW_VERK en het btw-bedrag per regel van de webshop.</translation>
    </message>
    <message>
        <source>VAT %1% %2 (OSS) on %3</source>
        <translation>Btw %1% %2 (OSS) over %3</translation>
    </message>
    <message>
        <source>Where a line's total is not a whole number of cents per unit, it is posted as one unit of its total with the quantity in its description.</source>
        <translation>Waar het regeltotaal geen heel aantal centen per stuk is, wordt de regel geboekt als één stuk van het totaal, met het aantal in de omschrijving.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No bank ledger is set for payment method "%1". Choose its ledger in the settings.</source>
        <translation>Er is geen bankrekening ingesteld voor betaalmethode "%1". Kies de grootboekrekening ervan in de instellingen.</translation>
    </message>
    <message>
        <source>The payment of %1 cannot be matched: the invoice's number in e-Boekhouden is not known yet. Post the invoice first.</source>
        <translation>De betaling van %1 kan niet worden gekoppeld: het factuurnummer in e-Boekhouden is nog niet bekend. Boek eerst de factuur.</translation>
    </message>
    <message>
        <source>The payment of %1 cannot be booked: the debtor is not known in e-Boekhouden yet. Post the invoice first.</source>
        <translation>De betaling van %1 kan niet worden geboekt: de debiteur is nog niet bekend in e-Boekhouden. Boek eerst de factuur.</translation>
    </message>
    <message>
        <source>The payment of %1 is %2: only a positive amount can be booked.</source>
        <translation>De betaling van %1 is %2: alleen een positief bedrag kan worden geboekt.</translation>
    </message>
    <message>
        <source>The payment of %1 is %2, but e-Boekhouden has %3 outstanding for invoice %4. Check the payment and the invoice in e-Boekhouden.</source>
        <translation>De betaling van %1 is %2, maar in e-Boekhouden staat %3 open voor factuur %4. Controleer de betaling en de factuur in e-Boekhouden.</translation>
    </message>
    <message>
        <source>Document %1 is in %2, but e-Boekhouden books in euros and the shop gives no euro amounts for it. Book it by hand, or make EUR the shop's base currency.</source>
        <translation>Document %1 is in %2, maar e-Boekhouden boekt in euro's en de webshop geeft er geen bedragen in euro's voor. Boek het handmatig, of maak EUR de basisvaluta van de webshop.</translation>
    </message>
    <message>
        <source>Booked on the fixed debtor %1 of payment method "%2".</source>
        <translation>Geboekt op de vaste debiteur %1 van betaalmethode "%2".</translation>
    </message>
</context>
<context>
    <name>PrestaShopConnector</name>
    <message>
        <source>Its order %1 could not be found in the shop.</source>
        <translation>De bestelling %1 is niet gevonden in de winkel.</translation>
    </message>
    <message>
        <source>The local store refused the open orders of a page.</source>
        <translation>De lokale opslag weigerde de openstaande bestellingen van een pagina.</translation>
    </message>
    <message>
        <source>The shop's time zone %1 is unknown.</source>
        <translation>De tijdzone %1 van de winkel is onbekend.</translation>
    </message>
    <message>
        <source>The local store refused the re-checked open orders; the next pull checks them again.</source>
        <translation>De lokale opslag weigerde de opnieuw gecontroleerde openstaande bestellingen; de volgende ophaalronde controleert ze opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the PrestaShop webservice: %n order state(s).</source>
        <translation><numerusform>Verbonden met de PrestaShop-webservice: %n bestelstatus.</numerusform><numerusform>Verbonden met de PrestaShop-webservice: %n bestelstatussen.</numerusform></translation>
    </message>
</context>
<context>
    <name>PrestaShopMapper</name>
    <message>
        <source>Address %1 refers to country %2, which the shop does not list.</source>
        <translation>Adres %1 verwijst naar land %2, dat de winkel niet kent.</translation>
    </message>
    <message>
        <source>Line %1 refers to tax %2, which the shop does not list.</source>
        <translation>Regel %1 verwijst naar belasting %2, die de winkel niet kent.</translation>
    </message>
    <message>
        <source>Tax %1 has no readable rate.</source>
        <translation>Belasting %1 heeft geen leesbaar tarief.</translation>
    </message>
    <message>
        <source>The order has no id.</source>
        <translation>De bestelling heeft geen id.</translation>
    </message>
    <message>
        <source>The order has no valid date_add.</source>
        <translation>De bestelling heeft geen geldige date_add.</translation>
    </message>
    <message>
        <source>Its customer %1 could not be found in the shop.</source>
        <translation>De klant %1 is niet gevonden in de winkel.</translation>
    </message>
    <message>
        <source>Customer %1 has no address in the shop.</source>
        <translation>Klant %1 heeft geen adres in de winkel.</translation>
    </message>
    <message>
        <source>Line %1 has no readable quantity.</source>
        <translation>Regel %1 heeft geen leesbaar aantal.</translation>
    </message>
    <message>
        <source>Line %1 has no readable totals.</source>
        <translation>Regel %1 heeft geen leesbare totalen.</translation>
    </message>
    <message>
        <source>Line %1 has no readable unit prices.</source>
        <translation>Regel %1 heeft geen leesbare stukprijzen.</translation>
    </message>
    <message>
        <source>The VAT rate of line %1 cannot be determined: it has no taxes and %2 incl. / %3 excl. VAT fit no legal rate.</source>
        <translation>Het btw-tarief van regel %1 is niet te bepalen: de regel heeft geen belastingen en %2 incl. / %3 excl. btw past bij geen wettelijk tarief.</translation>
    </message>
    <message>
        <source>The order has no readable product totals.</source>
        <translation>De bestelling heeft geen leesbare producttotalen.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Verzendkosten</translation>
    </message>
    <message>
        <source>The order has shipping VAT but no readable carrier_tax_rate.</source>
        <translation>De bestelling heeft btw op verzendkosten maar geen leesbaar carrier_tax_rate.</translation>
    </message>
    <message>
        <source>Gift wrapping</source>
        <translation>Cadeauverpakking</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>The order slip has no id.</source>
        <translation>De creditnota heeft geen id.</translation>
    </message>
    <message>
        <source>The order slip has no valid date_add.</source>
        <translation>De creditnota heeft geen geldige date_add.</translation>
    </message>
    <message>
        <source>The slip credits order line %1, which its order %2 does not have.</source>
        <translation>De creditnota crediteert bestelregel %1, die bestelling %2 niet heeft.</translation>
    </message>
    <message>
        <source>Slip line %1 has no readable quantity or amounts.</source>
        <translation>Creditnotaregel %1 heeft geen leesbaar aantal of bedrag.</translation>
    </message>
    <message>
        <source>The VAT rate of slip line %1 cannot be determined.</source>
        <translation>Het btw-tarief van creditnotaregel %1 is niet te bepalen.</translation>
    </message>
    <message>
        <source>The order slip has no readable product totals.</source>
        <translation>De creditnota heeft geen leesbare producttotalen.</translation>
    </message>
    <message>
        <source>The customer has no id.</source>
        <translation>De klant heeft geen id.</translation>
    </message>
    <message>
        <source>The order's conversion rate "%1" cannot be read, so its amounts cannot be converted to %2.</source>
        <translation>De wisselkoers "%1" van de bestelling is onleesbaar, dus de bedragen kunnen niet naar %2 worden omgerekend.</translation>
    </message>
    <message>
        <source>Order %1 has %2 invoices in PrestaShop; Boekhoudbrug books one invoice per order. Book these invoices by hand in e-Boekhouden, then choose "Mark as booked by hand" on it.</source>
        <translation>Bestelling %1 heeft %2 facturen in PrestaShop; Boekhoudbrug boekt één factuur per bestelling. Boek deze facturen handmatig in e-Boekhouden en kies daarna "Markeren als handmatig geboekt" voor deze bestelling.</translation>
    </message>
    <message>
        <source>Order %1 is in %2 at a conversion rate of %3 to %4, which cannot both be right. Check that %4 is the shop's default currency in the shop settings of Boekhoudbrug.</source>
        <translation>Bestelling %1 is in %2 tegen een wisselkoers van %3 naar %4; die twee kunnen niet allebei kloppen. Controleer dat %4 de standaardvaluta van de webshop is in de webshopinstellingen van Boekhoudbrug.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview posting of %1</source>
        <translation>Voorbeeld van de boeking van %1</translation>
    </message>
    <message>
        <source>This document cannot be booked yet:</source>
        <translation>Dit document kan nog niet worden geboekt:</translation>
    </message>
    <message>
        <source>Would be booked as an e-Boekhouden invoice:</source>
        <translation>Wordt geboekt als e-Boekhouden-factuur:</translation>
    </message>
    <message>
        <source>Would be booked as a sales mutation (invoice sent):</source>
        <translation>Wordt geboekt als verkoopmutatie (factuur verstuurd):</translation>
    </message>
    <message>
        <source>Invoice number:</source>
        <translation>Factuurnummer:</translation>
    </message>
    <message>
        <source>numbered by e-Boekhouden</source>
        <translation>nummering door e-Boekhouden</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Debtor:</source>
        <translation>Debiteur:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Omschrijving:</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>Bedragen:</translation>
    </message>
    <message>
        <source>including VAT</source>
        <translation>inclusief btw</translation>
    </message>
    <message>
        <source>excluding VAT</source>
        <translation>exclusief btw</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Grootboekrekening</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Btw-code</translation>
    </message>
    <message>
        <source>Amount sent</source>
        <translation>Verzonden bedrag</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. btw</translation>
    </message>
    <message>
        <source>VAT (computed by e-Boekhouden)</source>
        <translation>Btw (berekend door e-Boekhouden)</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. btw</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Opmerkingen: %1</translation>
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
    <name>SecurityCodesPage</name>
    <message>
        <source>Enter the username and both security codes.</source>
        <translation>Vul de gebruikersnaam en beide beveiligingscodes in.</translation>
    </message>
    <message>
        <source>Username and security codes</source>
        <translation>Gebruikersnaam en beveiligingscodes</translation>
    </message>
    <message>
        <source>Enter the login of the SOAP connection and test it.</source>
        <translation>Vul de inloggegevens van de SOAP-koppeling in en test ze.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Security code &amp;1:</source>
        <translation>Beveiligingscode &amp;1:</translation>
    </message>
    <message>
        <source>Security code &amp;2:</source>
        <translation>Beveiligingscode &amp;2:</translation>
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
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <source>only when asked</source>
        <translation>alleen op verzoek</translation>
    </message>
    <message>
        <source>&amp;Synchronise every:</source>
        <translation>&amp;Synchroniseren elke:</translation>
    </message>
    <message>
        <source>&amp;Documents booked at the same time:</source>
        <translation>&amp;Documenten tegelijk boeken:</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> per seconde</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>Requests to e-Boekhouden at &amp;most:</source>
        <translation>Verzoeken aan e-Boekhouden &amp;hoogstens:</translation>
    </message>
    <message>
        <source>A change of language, documents at the same time or requests per second takes full effect the next time Boekhoudbrug starts.</source>
        <translation>Een andere taal, een ander aantal documenten tegelijk of verzoeken per seconde werkt pas volledig bij de volgende start van Boekhoudbrug.</translation>
    </message>
    <message>
        <source>Run setup &amp;wizard…</source>
        <translation>Installatie&amp;wizard starten…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Boeken</translation>
    </message>
    <message>
        <source>How documents are booked can be changed here once an administration is set up; the demo's sandbox books with fixed settings. Run the setup wizard to connect your own.</source>
        <translation>Hoe documenten worden geboekt kunt u hier wijzigen zodra een administratie is ingericht; de zandbak van de demo boekt met vaste instellingen. Start de installatiewizard om uw eigen administratie te koppelen.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Boekhoudbrug</source>
        <translation>Boekhoudbrug instellen</translation>
    </message>
</context>
<context>
    <name>ShopConnectionSettings</name>
    <message>
        <source>Choose the shop's platform.</source>
        <translation>Kies het platform van de webshop.</translation>
    </message>
    <message>
        <source>Enter the shop's REST address, e.g. https://shop.example/rest.</source>
        <translation>Vul het REST-adres van de webshop in, bijv. https://shop.example/rest.</translation>
    </message>
    <message>
        <source>Enter the integration's four keys (or only the access token when the shop accepts it as a Bearer token).</source>
        <translation>Vul de vier sleutels van de integratie in (of alleen het access token als de webshop dat als Bearer-token accepteert).</translation>
    </message>
    <message>
        <source>Enter the shop's webservice address, e.g. https://shop.example/api.</source>
        <translation>Vul het webservice-adres van de webshop in, bijv. https://shop.example/api.</translation>
    </message>
    <message>
        <source>Enter the webservice key.</source>
        <translation>Vul de webservicesleutel in.</translation>
    </message>
    <message>
        <source>Enter the order states booked as invoices, e.g. 2,4,5.</source>
        <translation>Vul de bestelstatussen in die als factuur worden geboekt, bijv. 2,4,5.</translation>
    </message>
</context>
<context>
    <name>ShopConnectionTest</name>
    <message>
        <source>The shop refused the keys (HTTP %1). Check that they are copied completely and that the %2 integration may read orders, invoices and customers.</source>
        <translation>De webshop weigerde de sleutels (HTTP %1). Controleer of ze volledig zijn gekopieerd en of de %2-integratie bestellingen, facturen en klanten mag lezen.</translation>
    </message>
    <message>
        <source>The shop could not be reached: %1 Check the address and the internet connection.</source>
        <translation>De webshop is niet bereikbaar: %1 Controleer het adres en de internetverbinding.</translation>
    </message>
    <message>
        <source>Something answered at this address, but not the %1 API (HTTP %2). Check the API address: it usually ends in %3.</source>
        <translation>Op dit adres antwoordde iets, maar niet de %1-API (HTTP %2). Controleer het API-adres: het eindigt meestal op %3.</translation>
    </message>
</context>
<context>
    <name>ShopFromEnvironment</name>
    <message>
        <source>BOEKHOUDBRUG_SHOP_URL is missing or not a web address.</source>
        <translation>BOEKHOUDBRUG_SHOP_URL ontbreekt of is geen webadres.</translation>
    </message>
    <message>
        <source>The Magento integration keys are incomplete: set the four BOEKHOUDBRUG_MAGENTO_* variables (or BOEKHOUDBRUG_MAGENTO_BEARER=1 with the access token).</source>
        <translation>De Magento-integratiesleutels zijn onvolledig: stel de vier BOEKHOUDBRUG_MAGENTO_*-variabelen in (of BOEKHOUDBRUG_MAGENTO_BEARER=1 met het toegangstoken).</translation>
    </message>
    <message>
        <source>Set BOEKHOUDBRUG_PRESTASHOP_KEY and BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES (the order states booked as invoices, e.g. 2,4,5).</source>
        <translation>Stel BOEKHOUDBRUG_PRESTASHOP_KEY en BOEKHOUDBRUG_PRESTASHOP_BOOKABLE_STATES in (de bestelstatussen die als factuur worden geboekt, bijvoorbeeld 2,4,5).</translation>
    </message>
    <message>
        <source>BOEKHOUDBRUG_SHOP must be magento or prestashop, not "%1".</source>
        <translation>BOEKHOUDBRUG_SHOP moet magento of prestashop zijn, niet "%1".</translation>
    </message>
</context>
<context>
    <name>ShopHttpClient</name>
    <message>
        <source>The shop refused the credentials (HTTP %1) for %2: check the keys in the shop settings and the integration's permissions.</source>
        <translation>De webshop weigerde de inloggegevens (HTTP %1) voor %2: controleer de sleutels in de webshopinstellingen en de rechten van de integratie.</translation>
    </message>
    <message>
        <source>The shop answered HTTP %1 for %2.</source>
        <translation>De webshop antwoordde HTTP %1 voor %2.</translation>
    </message>
    <message>
        <source>Could not read %1 from the shop after %2 attempts: %3</source>
        <translation>Kon %1 na %2 pogingen niet uit de webshop lezen: %3</translation>
    </message>
    <message>
        <source>The shop answered HTTP %1 for %2 after %3 attempts.</source>
        <translation>De webshop antwoordde HTTP %1 voor %2 na %3 pogingen.</translation>
    </message>
    <message>
        <source>The shop sent an unreadable page for %1 after %2 attempts (%3).</source>
        <translation>De webshop stuurde na %2 pogingen een onleesbare pagina voor %1 (%3).</translation>
    </message>
    <message>
        <source>unexpected structure</source>
        <translation>onverwachte opbouw</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Connect to the shop</source>
        <translation>Verbinden met de webshop</translation>
    </message>
    <message>
        <source>Boekhoudbrug only reads from the shop; it never changes anything there.</source>
        <translation>Boekhoudbrug leest alleen uit de webshop; het verandert daar nooit iets.</translation>
    </message>
    <message>
        <source>optional, for "Open in shop"</source>
        <translation>optioneel, voor "In webshop openen"</translation>
    </message>
    <message>
        <source>Send only the access token, as a &amp;Bearer token (the shop must allow it)</source>
        <translation>Alleen het access token sturen, als &amp;Bearer-token (de webshop moet dat toestaan)</translation>
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
        <translation>Webservice&amp;sleutel:</translation>
    </message>
    <message>
        <source>Order states booked as &amp;invoices:</source>
        <translation>Bestelstatussen die als &amp;factuur worden geboekt:</translation>
    </message>
    <message>
        <source>Shop's time &amp;zone:</source>
        <translation>&amp;Tijdzone van de webshop:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;adres:</translation>
    </message>
    <message>
        <source>Back-office a&amp;ddress:</source>
        <translation>&amp;Beheeradres:</translation>
    </message>
    <message>
        <source>The ids of the order states, separated by commas; after "Test connection" the shop's states are listed by name to tick.</source>
        <translation>De nummers van de bestelstatussen, gescheiden door komma's; na "Verbinding testen" staan de statussen van de webshop op naam om aan te vinken.</translation>
    </message>
</context>
<context>
    <name>ShopProfile</name>
    <message>
        <source>The saved shop connection is incomplete (%1) Enter it again in the setup wizard.</source>
        <translation>De bewaarde verbinding met de webshop is onvolledig (%1) Vul haar opnieuw in met de installatiewizard.</translation>
    </message>
</context>
<context>
    <name>SoapClient</name>
    <message>
        <source>The SOAP connection cannot list invoice templates. Type the template name exactly as it appears in e-Boekhouden.</source>
        <translation>Via de SOAP-koppeling kunnen geen factuursjablonen worden opgehaald. Typ de naam van het sjabloon precies zoals die in e-Boekhouden staat.</translation>
    </message>
    <message>
        <source>Invoices through the SOAP connection take prices excluding VAT.</source>
        <translation>Facturen via de SOAP-koppeling gebruiken prijzen exclusief btw.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Invoices: %1</source>
        <translation>Facturen: %1</translation>
    </message>
    <message>
        <source>Credit memos: %1</source>
        <translation>Creditnota's: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>No document %1 in the local database. Run sync first.</source>
        <translation>Document %1 staat niet in de lokale database. Synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Invoice number %1, %2, debtor %3, amounts %4</source>
        <translation>Factuurnummer %1, %2, debiteur %3, bedragen %4</translation>
    </message>
    <message>
        <source>incl. VAT</source>
        <translation>incl. btw</translation>
    </message>
    <message>
        <source>excl. VAT</source>
        <translation>excl. btw</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>btw %1</translation>
    </message>
    <message>
        <source>Total excl. %1, VAT %2, incl. %3</source>
        <translation>Totaal excl. %1, btw %2, incl. %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>%1 documents: %2 booked, %3 already in e-Boekhouden, %4 failed, %5 waiting for their invoice, %6 to try again later</source>
        <translation>%1 documenten: %2 geboekt, %3 stonden al in e-Boekhouden, %4 mislukt, %5 wachten op hun factuur, %6 worden later opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 invoices, %4 credit memos, %5 customers, %6 unreadable, %7 not yet bookable</source>
        <translation>%1: %2 gelezen, %3 facturen, %4 creditnota's, %5 klanten, %6 onleesbaar, %7 nog niet te boeken</translation>
    </message>
    <message>
        <source>Name the file: vat-mapping export FILE.</source>
        <translation>Noem het bestand: vat-mapping export BESTAND.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 regels geschreven naar %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The VAT mapping was not imported:</source>
        <translation>De btw-koppeling is niet geïmporteerd:</translation>
    </message>
    <message>
        <source>The VAT mapping could not be saved in the local database.</source>
        <translation>De btw-koppeling kon niet in de lokale database worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>%1 regels geïmporteerd.</translation>
    </message>
    <message>
        <source>%1 cannot be booked: %2</source>
        <translation>%1 kan niet worden geboekt: %2</translation>
    </message>
    <message>
        <source>Name the documents to push, e.g. push --invoice 100000123 or push --creditmemo 100000045.</source>
        <translation>Noem de documenten die verstuurd moeten worden, bijv. push --invoice 100000123 of push --creditmemo 100000045.</translation>
    </message>
    <message>
        <source>Name the customers to push, e.g. push --customer 42 or push --customer klant@example.nl.</source>
        <translation>Noem de klanten die verstuurd moeten worden, bijv. push --customer 42 of push --customer klant@example.nl.</translation>
    </message>
    <message>
        <source>No customer %1 in the local database. Run import or sync first.</source>
        <translation>Klant %1 staat niet in de lokale database. Voer eerst import of sync uit.</translation>
    </message>
    <message>
        <source>No shop is configured (setup wizard or BOEKHOUDBRUG_SHOP); booking what is in the local database.</source>
        <translation>Er is geen webshop ingesteld (installatiewizard of BOEKHOUDBRUG_SHOP); wat in de lokale database staat wordt geboekt.</translation>
    </message>
    <message>
        <source>No shop is configured: run the setup wizard of the app, or set BOEKHOUDBRUG_SHOP and BOEKHOUDBRUG_SHOP_URL (see README).</source>
        <translation>Er is geen webshop ingesteld: doorloop de installatiewizard van de app, of zet BOEKHOUDBRUG_SHOP en BOEKHOUDBRUG_SHOP_URL (zie README).</translation>
    </message>
    <message>
        <source>Name the documents to reprocess, e.g. reprocess --invoice 100000123.</source>
        <translation>Noem de documenten die opnieuw verwerkt moeten worden, bijvoorbeeld reprocess --invoice 100000123.</translation>
    </message>
    <message>
        <source>Name the documents booked by hand, e.g. mark-booked --invoice 100000123.</source>
        <translation>Noem de handmatig geboekte documenten, bijvoorbeeld mark-booked --invoice 100000123.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) marked as booked by hand; Boekhoudbrug will not book them.</source>
        <translation><numerusform>%n document gemarkeerd als handmatig geboekt; Boekhoudbrug boekt het niet.</numerusform><numerusform>%n documenten gemarkeerd als handmatig geboekt; Boekhoudbrug boekt ze niet.</numerusform></translation>
    </message>
    <message>
        <source>The others were booked already or are being booked: nothing changed for them.</source>
        <translation>De andere waren al geboekt of worden net geboekt: voor die documenten is niets veranderd.</translation>
    </message>
    <message>
        <source>Sync commands: status; logs [--failed] [--since YYYY-MM-DD | --days N]; preview --invoice N | --creditmemo N; push --invoice N... --creditmemo N...; push --customer ID|EMAIL (updates or creates the customer's debtor); reprocess --invoice N... --creditmemo N... (offers failed documents again and books them); mark-booked --invoice N... --creditmemo N... (documents booked by hand in e-Boekhouden: never booked by Boekhoudbrug); import (reads the shop into the local database; with --from DATE [--until DATE] every document the shop created in that period, however old); sync (reads the shop, then books everything pending); vat-mapping export|import FILE (CSV).
sync and push book --concurrency N documents at a time (1 to 8) and send at most --rate N requests per second to e-Boekhouden (0: no limit); without them, the values of the app's Settings.
The shop is the one the setup wizard saved for the profile, or, when set, BOEKHOUDBRUG_SHOP, BOEKHOUDBRUG_SHOP_URL and BOEKHOUDBRUG_MAGENTO_* or BOEKHOUDBRUG_PRESTASHOP_* (see README).
Exit codes: 0 all booked, 1 some documents need attention (see logs), 75 try again later, 77 login refused, 78 not configured, 64 wrong usage.</source>
        <translation>Synchronisatieopdrachten: status; logs [--failed] [--since JJJJ-MM-DD | --days N]; preview --invoice N | --creditmemo N; push --invoice N... --creditmemo N...; push --customer ID|E-MAIL (werkt de debiteur van de klant bij of maakt hem aan); reprocess --invoice N... --creditmemo N... (biedt mislukte documenten opnieuw aan en boekt ze); mark-booked --invoice N... --creditmemo N... (handmatig in e-Boekhouden geboekte documenten: Boekhoudbrug boekt ze nooit); import (leest de webshop in de lokale database; met --from DATUM [--until DATUM] elk document dat de webshop in die periode maakte, hoe oud ook); sync (leest de webshop en boekt daarna alles wat wacht); vat-mapping export|import BESTAND (CSV).
sync en push boeken --concurrency N documenten tegelijk (1 tot 8) en sturen hoogstens --rate N verzoeken per seconde naar e-Boekhouden (0: geen grens); zonder deze opties gelden de Instellingen van de app.
De webshop is die welke de installatiewizard voor het profiel bewaarde, of, als ze gezet zijn, BOEKHOUDBRUG_SHOP, BOEKHOUDBRUG_SHOP_URL en BOEKHOUDBRUG_MAGENTO_* of BOEKHOUDBRUG_PRESTASHOP_* (zie README).
Afsluitcodes: 0 alles geboekt, 1 sommige documenten vragen aandacht (zie logs), 75 later opnieuw proberen, 77 inloggen geweigerd, 78 niet ingesteld, 64 verkeerd gebruik.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading new documents from the shop…</source>
        <translation>Nieuwe documenten uit de webwinkel lezen…</translation>
    </message>
    <message>
        <source>Customer updated: debtor %1 in e-Boekhouden now has the shop's name, address, e-mail address and VAT number of %2.</source>
        <translation>Klant bijgewerkt: debiteur %1 in e-Boekhouden heeft nu de naam, het adres, het e-mailadres en het btw-nummer van %2 uit de webshop.</translation>
    </message>
    <message>
        <source>Customer created: new debtor %1 in e-Boekhouden for %2.</source>
        <translation>Klant aangemaakt: nieuwe debiteur %1 in e-Boekhouden voor %2.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Reading the shop's documents of %1…</source>
        <translation>De documenten van de webshop uit %1 worden gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n document(s) read.</source>
        <translation><numerusform>%1 %n document gelezen.</numerusform><numerusform>%1 %n documenten gelezen.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncLogGrid</name>
    <message>
        <source>Search message, order or number</source>
        <translation>Zoek op melding, bestelling of nummer</translation>
    </message>
    <message>
        <source>Successful and failed</source>
        <translation>Gelukt en mislukt</translation>
    </message>
    <message>
        <source>Successful only</source>
        <translation>Alleen gelukt</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Alleen mislukt</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporteren naar CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Logboek exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The log could not be written to %1. Choose another folder and try again.</source>
        <translation>Het logboek kon niet naar %1 worden geschreven. Kies een andere map en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>SyncLogPage</name>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Credit Memo</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Clean up now</source>
        <translation>Nu opschonen</translation>
    </message>
    <message>
        <source>Keep log entries for</source>
        <translation>Logregels bewaren gedurende</translation>
    </message>
</context>
<context>
    <name>SyncLogTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>Creditmemo ID</source>
        <translation>Creditnota-ID</translation>
    </message>
    <message>
        <source>Invoice ID</source>
        <translation>Factuur-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date Created</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Gelukt</translation>
    </message>
</context>
<context>
    <name>SyncStateText</name>
    <message>
        <source>Waiting</source>
        <translation>Wacht</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Geboekt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Onleesbaar</translation>
    </message>
    <message>
        <source>Booked by hand</source>
        <translation>Handmatig geboekt</translation>
    </message>
</context>
<context>
    <name>TestConnectionRow</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
</context>
<context>
    <name>TotalsCheck</name>
    <message>
        <source>The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − discounts %6 make %7 (difference %8). Correct the document in the shop and import it again.</source>
        <translation>Het documenttotaal %1 btw is %2, maar regels %3 + verzendkosten %4 + toeslagen %5 − kortingen %6 maken %7 (verschil %8). Corrigeer het document in de webshop en importeer het opnieuw.</translation>
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
        <translation>De btw van het document is %1, maar het totaal incl. btw %2 − het totaal excl. btw %3 maakt %4. Corrigeer het document in de webshop en importeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>VatMappingCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>The first line must name the columns: %1.</source>
        <translation>De eerste regel moet de kolommen noemen: %1.</translation>
    </message>
    <message>
        <source>Line %1: expected %2 columns, found %3.</source>
        <translation>Regel %1: %2 kolommen verwacht, %3 gevonden.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a VAT percentage.</source>
        <translation>Regel %1: %2 is geen btw-percentage.</translation>
    </message>
    <message>
        <source>Line %1: the class must be domestic, icp, export or oss, not %2.</source>
        <translation>Regel %1: de soort moet domestic, icp, export of oss zijn, niet %2.</translation>
    </message>
</context>
<context>
    <name>VatMappingDelegate</name>
    <message>
        <source>sales, high rate 21 %</source>
        <translation>verkoop, hoog tarief 21 %</translation>
    </message>
    <message>
        <source>sales, low rate 9 %</source>
        <translation>verkoop, laag tarief 9 %</translation>
    </message>
    <message>
        <source>sales, reverse charge 21 %</source>
        <translation>verkoop, verlegd 21 %</translation>
    </message>
    <message>
        <source>sales, reverse charge 9 %</source>
        <translation>verkoop, verlegd 9 %</translation>
    </message>
    <message>
        <source>export outside the EU, 0 %</source>
        <translation>export buiten de EU, 0 %</translation>
    </message>
    <message>
        <source>goods to EU businesses (ICP), 0 %</source>
        <translation>goederen aan EU-bedrijven (ICP), 0 %</translation>
    </message>
    <message>
        <source>services to EU businesses (ICP), 0 %</source>
        <translation>diensten aan EU-bedrijven (ICP), 0 %</translation>
    </message>
    <message>
        <source>distance sales in the EU (OSS)</source>
        <translation>afstandsverkopen binnen de EU (OSS)</translation>
    </message>
    <message>
        <source>sales, VAT amount given</source>
        <translation>verkoop, btw-bedrag opgegeven</translation>
    </message>
    <message>
        <source>no VAT</source>
        <translation>geen btw</translation>
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
        <translation>Elk land</translation>
    </message>
    <message>
        <source>The balance ledger the destination country's VAT is booked on.</source>
        <translation>De balansrekening waarop de btw van het land van bestemming wordt geboekt.</translation>
    </message>
    <message>
        <source>Shop rate</source>
        <translation>Tarief webshop</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Btw-code</translation>
    </message>
    <message>
        <source>Revenue ledger</source>
        <translation>Omzetrekening</translation>
    </message>
    <message>
        <source>VAT ledger</source>
        <translation>Btw-rekening</translation>
    </message>
</context>
<context>
    <name>VatMappingPage</name>
    <message>
        <source>Which e-Boekhouden VAT code and ledgers each shop tax rate is booked on. A row without a rate or country holds for any rate or country.</source>
        <translation>Op welke btw-code en grootboekrekeningen van e-Boekhouden elk btw-tarief van de webshop wordt geboekt. Een regel zonder tarief of land geldt voor elk tarief of land.</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>Regel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Propose defaults</source>
        <translation>Standaard &amp;voorstellen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Gewijzigd, nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>No VAT mapping saved yet: propose defaults or add rows.</source>
        <translation>Nog geen btw-koppeling opgeslagen: stel de standaard voor of voeg regels toe.</translation>
    </message>
    <message>
        <source>Default mapping proposed: check the ledgers, fill in the OSS VAT ledgers and save.</source>
        <translation>Standaardkoppeling voorgesteld: controleer de grootboekrekeningen, vul de btw-rekeningen voor OSS in en sla op.</translation>
    </message>
    <message>
        <source>Not saved: fix the problems above first.</source>
        <translation>Niet opgeslagen: los eerst de problemen hierboven op.</translation>
    </message>
    <message>
        <source>The VAT mapping could not be saved; see the log file for the reason.</source>
        <translation>De btw-koppeling kon niet worden opgeslagen; zie het logbestand voor de reden.</translation>
    </message>
    <message>
        <source>VAT mapping saved.</source>
        <translation>Btw-koppeling opgeslagen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Not imported: fix the problems above in the file first.</source>
        <translation>Niet geïmporteerd: los eerst de problemen hierboven in het bestand op.</translation>
    </message>
    <message>
        <source>Imported %1 rows from %2; not saved yet.</source>
        <translation>%1 regels geïmporteerd uit %2; nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Export VAT mapping</source>
        <translation>Btw-koppeling exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Import VAT mapping</source>
        <translation>Btw-koppeling importeren</translation>
    </message>
</context>
<context>
    <name>VatMappingResolver</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>No VAT mapping fits %1% VAT (%2). Add a row for it in the VAT mapping with the e-Boekhouden VAT code and revenue ledger to use.</source>
        <translation>Geen btw-koppeling past bij %1% btw (%2). Voeg er een regel voor toe in de btw-koppeling met de btw-code en omzetrekening van e-Boekhouden.</translation>
    </message>
    <message>
        <source>The VAT mapping row for %1% VAT (%2) has no revenue ledger. Choose one in the VAT mapping.</source>
        <translation>De regel van de btw-koppeling voor %1% btw (%2) heeft geen omzetrekening. Kies er een in de btw-koppeling.</translation>
    </message>
    <message>
        <source>The VAT mapping row for %1% VAT (%2) has no VAT ledger for the foreign VAT. Choose the balance ledger of this country's OSS VAT in the VAT mapping.</source>
        <translation>De regel van de btw-koppeling voor %1% btw (%2) heeft geen btw-rekening voor de buitenlandse btw. Kies in de btw-koppeling de balansrekening voor de OSS-btw van dit land.</translation>
    </message>
    <message>
        <source>The VAT mapping maps %1% VAT (%2) to %3, which computes %4%. Choose a VAT code of %1% in the VAT mapping.</source>
        <translation>De btw-koppeling koppelt %1% btw (%2) aan %3, die %4% berekent. Kies in de btw-koppeling een btw-code van %1%.</translation>
    </message>
</context>
<context>
    <name>VatMappingRow</name>
    <message>
        <source>Any rate</source>
        <translation>Elk tarief</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Domestic</source>
        <translation>Binnenland</translation>
    </message>
    <message>
        <source>ICP (EU business)</source>
        <translation>ICP (EU-bedrijf)</translation>
    </message>
    <message>
        <source>Export (outside the EU)</source>
        <translation>Export (buiten de EU)</translation>
    </message>
    <message>
        <source>OSS (EU consumer)</source>
        <translation>OSS (EU-consument)</translation>
    </message>
</context>
<context>
    <name>VatMappingValidator</name>
    <message>
        <source>The shop's documents use %1 VAT, but no domestic row maps it. Add a row for %1.</source>
        <translation>De documenten van de webshop gebruiken %1 btw, maar geen binnenlandse regel koppelt dat tarief. Voeg een regel toe voor %1.</translation>
    </message>
    <message>
        <source>Row %1: choose the e-Boekhouden VAT code.</source>
        <translation>Regel %1: kies de btw-code van e-Boekhouden.</translation>
    </message>
    <message>
        <source>Row %1: %2 is an old code for the rates before 2019 (19 % and 6 %). Choose HOOG_VERK_21 or LAAG_VERK_9.</source>
        <translation>Regel %1: %2 is een oude code voor de tarieven van vóór 2019 (19 % en 6 %). Kies HOOG_VERK_21 of LAAG_VERK_9.</translation>
    </message>
    <message>
        <source>Row %1: %2 is not an e-Boekhouden VAT code for sales. Choose a code from the list.</source>
        <translation>Regel %1: %2 is geen btw-code van e-Boekhouden voor verkopen. Kies een code uit de lijst.</translation>
    </message>
    <message>
        <source>Row %1: %2 books %3 VAT, but the row is for %4. Choose the code for %4.</source>
        <translation>Regel %1: %2 boekt %3 btw, maar de regel is voor %4. Kies de code voor %4.</translation>
    </message>
    <message>
        <source>Row %1: fill in the revenue ledger the turnover is booked on.</source>
        <translation>Regel %1: vul de omzetrekening in waarop de omzet wordt geboekt.</translation>
    </message>
    <message>
        <source>Row %1: ledger %2 does not exist in the administration.</source>
        <translation>Regel %1: grootboekrekening %2 bestaat niet in de administratie.</translation>
    </message>
    <message>
        <source>Row %1: an OSS row is for one country; fill in the country.</source>
        <translation>Regel %1: een OSS-regel geldt voor één land; vul het land in.</translation>
    </message>
    <message>
        <source>Row %1: an OSS row needs the VAT ledger where the foreign VAT of %2 is booked.</source>
        <translation>Regel %1: een OSS-regel heeft de btw-rekening nodig waarop de buitenlandse btw van %2 wordt geboekt.</translation>
    </message>
    <message>
        <source>this country</source>
        <translation>dit land</translation>
    </message>
    <message>
        <source>Rows %1 and %2 are for the same rate, class and country. Remove one of them.</source>
        <translation>Regels %1 en %2 gelden voor hetzelfde tarief, dezelfde soort en hetzelfde land. Verwijder er één.</translation>
    </message>
</context>
<context>
    <name>VatMappingWizardPage</name>
    <message>
        <source>VAT mapping</source>
        <translation>Btw-koppeling</translation>
    </message>
    <message>
        <source>Which e-Boekhouden VAT code and ledgers each VAT rate of the shop is booked on. The proposal covers the rates found in the imported documents; adjust it where your administration differs.</source>
        <translation>Op welke btw-code en grootboekrekeningen van e-Boekhouden elk btw-tarief van de webshop wordt geboekt. Het voorstel dekt de tarieven in de ingelezen documenten; pas het aan waar uw administratie afwijkt.</translation>
    </message>
</context>
<context>
    <name>VatNumberValidator</name>
    <message>
        <source>The VAT number is empty.</source>
        <translation>Het btw-nummer is leeg.</translation>
    </message>
    <message>
        <source>VAT number %1 does not start with the code of an EU member state (such as NL, BE, DE).</source>
        <translation>Btw-nummer %1 begint niet met de code van een EU-lidstaat (zoals NL, BE, DE).</translation>
    </message>
    <message>
        <source>VAT number %1 does not have the format of a %2 VAT number. Ask the customer for the correct number.</source>
        <translation>Btw-nummer %1 heeft niet de opbouw van een %2-btw-nummer. Vraag de klant om het juiste nummer.</translation>
    </message>
    <message>
        <source>VAT number %1 fails the %2 check digit: it contains a typing error. Ask the customer for the correct number.</source>
        <translation>Btw-nummer %1 klopt niet met het %2-controlecijfer: er zit een tikfout in. Vraag de klant om het juiste nummer.</translation>
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
    <message>
        <source>The profile to use (default: default).</source>
        <translation>Het te gebruiken profiel (standaard: default).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>What to do. Available: version, test-connection (logs in to e-Boekhouden and prints the administration's name).</source>
        <translation>Wat er moet gebeuren. Beschikbaar: version, test-connection (logt in bij e-Boekhouden en toont de naam van de administratie).</translation>
    </message>
    <message>
        <source>logs: only failures.</source>
        <translation>logs: alleen mislukte pogingen.</translation>
    </message>
    <message>
        <source>logs: the last N days.</source>
        <translation>logs: de laatste N dagen.</translation>
    </message>
    <message>
        <source>Read and write the settings in this INI file instead of the user's settings (secrets stay in the keychain or environment variables).</source>
        <translation>De instellingen in dit INI-bestand lezen en schrijven in plaats van die van de gebruiker (geheimen blijven in de sleutelhanger of in omgevingsvariabelen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>logs: from this date on (YYYY-MM-DD).</source>
        <translation>logs: vanaf deze datum (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>preview, push: this invoice (its number). May be repeated.</source>
        <translation>preview, push: deze factuur (het nummer). Mag vaker worden gegeven.</translation>
    </message>
    <message>
        <source>preview, push: this credit memo (its number). May be repeated.</source>
        <translation>preview, push: deze creditnota (het nummer). Mag vaker worden gegeven.</translation>
    </message>
    <message>
        <source>push: update (or create) this customer's debtor; the shop's customer id or e-mail address. May be repeated.</source>
        <translation>push: de debiteur van deze klant bijwerken (of aanmaken); het klant-ID in de webshop of het e-mailadres. Mag vaker worden gegeven.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>sync, push: documents booked at the same time (1 to 8).</source>
        <translation>sync, push: documenten die tegelijk worden geboekt (1 tot 8).</translation>
    </message>
    <message>
        <source>sync, push: at most N requests per second to e-Boekhouden (0: no limit).</source>
        <translation>sync, push: hoogstens N verzoeken per seconde naar e-Boekhouden (0: geen grens).</translation>
    </message>
    <message>
        <source>--concurrency takes 1 to %1, --rate 0 or more.</source>
        <translation>--concurrency neemt 1 tot %1, --rate 0 of meer.</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD.</source>
        <translation>--since neemt een datum als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>import: read the documents the shop created from this date (YYYY-MM-DD).</source>
        <translation>import: lees de documenten die de webshop vanaf deze datum maakte (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>import: ... until this date, inclusive (YYYY-MM-DD; default today).</source>
        <translation>import: ... tot en met deze datum (JJJJ-MM-DD; standaard vandaag).</translation>
    </message>
    <message>
        <source>import --from takes a date as YYYY-MM-DD, and --until one not before it.</source>
        <translation>import --from verwacht een datum als JJJJ-MM-DD, en --until een datum die daar niet voor ligt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is drawn, then quit.</source>
        <translation>Een afbeelding van het hoofdvenster opslaan in &lt;file&gt; zodra het getekend is, en dan afsluiten.</translation>
    </message>
    <message>
        <source>Open on the built-in sandbox, even when credentials are configured.</source>
        <translation>Openen op de ingebouwde zandbak, ook als er inloggegevens zijn ingesteld.</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: Dashboard, Invoices, CreditMemos, Customers, VatMapping, SynchronisationLogs or Settings.</source>
        <translation>Openen op &lt;page&gt;: Dashboard, Invoices, CreditMemos, Customers, VatMapping, SynchronisationLogs of Settings.</translation>
    </message>
    <message>
        <source>Unknown page: %1</source>
        <translation>Onbekende pagina: %1</translation>
    </message>
    <message>
        <source>Open the setup wizard at once (with --screenshot: save a picture of its first page).</source>
        <translation>Meteen de installatiewizard openen (met --screenshot: een afbeelding van de eerste pagina bewaren).</translation>
    </message>
</context>
</TS>