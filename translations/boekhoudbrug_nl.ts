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
        <source>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Books your webshop&apos;s invoices, credit memos, customers and payments into e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boekhoudbrug&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Boekt de facturen, creditnota&apos;s, klanten en betalingen van uw webshop in e-Boekhouden.nl.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
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
        <source>Invoice template &quot;%1&quot; does not exist in e-Boekhouden. Choose an existing template in the settings.</source>
        <translation>Factuursjabloon &quot;%1&quot; bestaat niet in e-Boekhouden. Kies een bestaand sjabloon in de instellingen.</translation>
    </message>
    <message>
        <source>No invoice template is chosen. Type the name of an e-Boekhouden invoice template in the settings, or book the documents as sales mutations.</source>
        <translation>Er is geen factuursjabloon gekozen. Typ in de instellingen de naam van een factuursjabloon van e-Boekhouden, of boek de documenten als verkoopmutaties.</translation>
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
    <message>
        <source>How documents are booked in e-Boekhouden. You can change this later on the Settings page.</source>
        <translation>Hoe documenten in e-Boekhouden worden geboekt. U kunt dit later wijzigen op de pagina Instellingen.</translation>
    </message>
    <message>
        <source>Choose the revenue ledger.</source>
        <translation>Kies de omzetrekening.</translation>
    </message>
    <message>
        <source>The revenue ledger %1 is not among the administration&apos;s ledgers.</source>
        <translation>De omzetrekening %1 staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>The ledger of foreign VAT %1 is not among the administration&apos;s ledgers.</source>
        <translation>De rekening voor buitenlandse btw %1 staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>Reading ledgers, invoice templates and existing relations from e-Boekhouden…</source>
        <translation>Grootboekrekeningen, factuursjablonen en bestaande relaties worden uit e-Boekhouden gelezen…</translation>
    </message>
    <message>
        <source>OSS is ticked: the imported documents charge VAT of other EU countries. Choose the ledger of foreign VAT, or untick OSS if the shop is not registered for it.</source>
        <translation>OSS is aangevinkt: de ingelezen documenten rekenen btw van andere EU-landen. Kies de grootboekrekening voor buitenlandse btw, of vink OSS uit als de webshop daarvoor niet is geregistreerd.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n ledger(s); invoice templates: %1.</source>
        <translation>
            <numerusform>%n grootboekrekening gelezen; factuursjablonen: %1.</numerusform>
            <numerusform>%n grootboekrekeningen gelezen; factuursjablonen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdministrationSettingsForm</name>
    <message>
        <source>The imported documents name no payment method yet.</source>
        <translation>De geïmporteerde documenten noemen nog geen betaalmethode.</translation>
    </message>
    <message>
        <source>The shop charges the customer&apos;s country&apos;s VAT to EU consumers (&amp;OSS)</source>
        <translation>De webshop rekent EU-consumenten de btw van hun eigen land (&amp;OSS)</translation>
    </message>
    <message>
        <source>The country the shop sells from: it decides which sales are domestic, intra-community (ICP), export or OSS.</source>
        <translation>Het land van waaruit de webshop verkoopt: het bepaalt welke verkopen binnenlands, intracommunautair (ICP), export of OSS zijn.</translation>
    </message>
    <message>
        <source>Mutations (&quot;invoice sent&quot;)</source>
        <translation>Mutaties (&quot;factuur verstuurd&quot;)</translation>
    </message>
    <message>
        <source>Invoices (e-Boekhouden&apos;s invoicing module)</source>
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
        <source>Shop&apos;s &amp;country:</source>
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
        <source>The invoice template &quot;%1&quot; is not among the administration&apos;s active templates.</source>
        <translation>Het factuursjabloon &quot;%1&quot; staat niet tussen de actieve sjablonen van de administratie.</translation>
    </message>
    <message>
        <source>Choose the debtor ledger.</source>
        <translation>Kies de debiteurenrekening.</translation>
    </message>
    <message>
        <source>The debtor ledger %1 is not among the administration&apos;s ledgers.</source>
        <translation>De debiteurenrekening %1 staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>The bank ledger %1 is not among the administration&apos;s ledgers.</source>
        <translation>De bankrekening %1 staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>The bank ledger %1 of payment method &quot;%2&quot; is not among the administration&apos;s ledgers.</source>
        <translation>De bankrekening %1 van betaalmethode &quot;%2&quot; staat niet tussen de grootboekrekeningen van de administratie.</translation>
    </message>
    <message>
        <source>Enter the fixed prefix that is removed from the invoice numbers, e.g. INV.</source>
        <translation>Vul het vaste voorvoegsel in dat van de factuurnummers wordt verwijderd, bijv. INV.</translation>
    </message>
    <message>
        <source>%1 (not among the administration&apos;s templates)</source>
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
        <source>(the customer&apos;s own)</source>
        <translation>(die van de klant)</translation>
    </message>
    <message>
        <source>The code of an existing e-Boekhouden relation to book every document paid this way on; empty books on the customer&apos;s own debtor. Never used for ICP sales.</source>
        <translation>De code van een bestaande relatie in e-Boekhouden waarop elk document met deze betaalmethode wordt geboekt; leeg boekt op de eigen debiteur van de klant. Nooit voor ICP-verkopen.</translation>
    </message>
    <message>
        <source>Book the shop&apos;s pa&amp;yments and refunds in e-Boekhouden</source>
        <translation>Be&amp;talingen en terugbetalingen van de webshop in e-Boekhouden boeken</translation>
    </message>
    <message>
        <source>Put before every credit memo&apos;s number. The shop numbers credit memos apart from its invoices (both start at 1), while e-Boekhouden needs a number of its own for each sales booking.</source>
        <translation>Komt vóór het nummer van elke creditnota. De webshop nummert creditnota&apos;s los van de facturen (beide beginnen bij 1), terwijl e-Boekhouden voor elke verkoopboeking een eigen nummer nodig heeft.</translation>
    </message>
    <message>
        <source>Payments are booked as &quot;invoice payment received&quot; on the bank ledger chosen above; choose a bank ledger first.</source>
        <translation>Betalingen worden geboekt als &quot;Factuurbetaling ontvangen&quot; op de hierboven gekozen bankrekening; kies eerst een bankrekening.</translation>
    </message>
    <message>
        <source>Per payment &amp;method:</source>
        <translation>Per betaal&amp;methode:</translation>
    </message>
    <message>
        <source>C&amp;redit memo prefix:</source>
        <translation>Voorvoegsel voor &amp;creditnota&apos;s:</translation>
    </message>
    <message>
        <source>Booking payments needs a bank ledger: choose the bank ledger for payments, or switch off booking payments.</source>
        <translation>Betalingen boeken vraagt een bankrekening: kies de bankrekening voor betalingen, of zet het boeken van betalingen uit.</translation>
    </message>
    <message>
        <source>Enter a credit memo prefix (for instance C): the shop numbers credit memos like its invoices, and e-Boekhouden cannot book two sales under one number.</source>
        <translation>Vul een voorvoegsel voor creditnota&apos;s in (bijvoorbeeld C): de webshop nummert creditnota&apos;s net als de facturen, en e-Boekhouden kan geen twee verkopen onder één nummer boeken.</translation>
    </message>
    <message>
        <source>Create products e-Boekhouden does not have yet</source>
        <translation>Artikelen aanmaken die e-Boekhouden nog niet heeft</translation>
    </message>
    <message>
        <source>Invoices only: an invoice line names its product in e-Boekhouden. A SKU that is not a product there goes on a line with its description only, unless this is ticked: then the product is created first (description, price, VAT code, revenue ledger).</source>
        <translation>Alleen voor facturen: een factuurregel noemt zijn artikel in e-Boekhouden. Een SKU die daar geen artikel is, komt op een regel met alleen de omschrijving, tenzij dit is aangevinkt: dan wordt het artikel eerst aangemaakt (omschrijving, prijs, btw-code, omzetrekening).</translation>
    </message>
    <message>
        <source>By shop customer, country and VAT number (a change makes a new debtor)</source>
        <translation>Op klant van de webshop, land en btw-nummer (een wijziging maakt een nieuwe debiteur)</translation>
    </message>
    <message>
        <source>From the name, as e-Boekhouden makes them (e.g. KlaartjePi1)</source>
        <translation>Uit de naam, zoals e-Boekhouden ze maakt (bijv. KlaartjePi1)</translation>
    </message>
    <message>
        <source>The shop&apos;s customer number with a prefix (e.g. WEB1042)</source>
        <translation>Het klantnummer van de webshop met een voorvoegsel (bijv. WEB1042)</translation>
    </message>
    <message>
        <source>The code a new debtor gets in e-Boekhouden. Guests have no customer number: they always get a code from their name.</source>
        <translation>De code die een nieuwe debiteur in e-Boekhouden krijgt. Gasten hebben geen klantnummer: zij krijgen altijd een code uit hun naam.</translation>
    </message>
    <message>
        <source>prefix, e.g. WEB</source>
        <translation>voorvoegsel, bijv. WEB</translation>
    </message>
    <message>
        <source>New debtor &amp;codes:</source>
        <translation>&amp;Codes voor nieuwe debiteuren:</translation>
    </message>
    <message>
        <source>Hold ICP sales while VIES does not answer</source>
        <translation>ICP-verkopen aanhouden zolang VIES niet antwoordt</translation>
    </message>
    <message>
        <source>An intra-community (ICP) sale is booked without VAT only when the EU&apos;s VIES confirms the customer&apos;s VAT number. When VIES does not answer, such a sale waits for the next sync (on), or is booked as checked offline only (off).</source>
        <translation>Een intracommunautaire (ICP) verkoop wordt alleen zonder btw geboekt als VIES van de EU het btw-nummer van de klant bevestigt. Als VIES niet antwoordt, wacht zo&apos;n verkoop op de volgende synchronisatie (aan), of wordt hij geboekt als alleen offline gecontroleerd (uit).</translation>
    </message>
    <message>
        <source>Dutch (&quot;Omzet 21%&quot;, &quot;Verzendkosten&quot;)</source>
        <translation>Nederlands (&quot;Omzet 21%&quot;, &quot;Verzendkosten&quot;)</translation>
    </message>
    <message>
        <source>English (&quot;Sales 21%&quot;, &quot;Shipping&quot;)</source>
        <translation>Engels (&quot;Sales 21%&quot;, &quot;Shipping&quot;)</translation>
    </message>
    <message>
        <source>The language of the row descriptions Boekhoudbrug writes into e-Boekhouden, whatever language these screens are in.</source>
        <translation>De taal van de regelomschrijvingen die Boekhoudbrug in e-Boekhouden schrijft, ongeacht de taal van deze schermen.</translation>
    </message>
    <message>
        <source>Descriptions in e-Boekhouden in:</source>
        <translation>Taal van de omschrijvingen in e-Boekhouden:</translation>
    </message>
    <message>
        <source>The prefix of new debtor codes may hold letters and digits only (e.g. WEB).</source>
        <translation>Het voorvoegsel van nieuwe debiteurcodes mag alleen letters en cijfers bevatten (bijv. WEB).</translation>
    </message>
</context>
<context>
    <name>AdministrationSettingsStore</name>
    <message>
        <source>The booking settings could not be read from the store %1: check that it can be reached, then try again.</source>
        <translation>De boekingsinstellingen konden niet worden gelezen uit de database %1: controleer of die bereikbaar is en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>AllProfilesCommand</name>
    <message>
        <source>sync --all-profiles [--parallel N]: books every profile (N at once, 1 to %1; default 1), one line each: &quot;&lt;profile&gt;: booked 12, failed 1, waiting 0&quot;. Each profile reads its own BOEKHOUDBRUG_&lt;PROFILE&gt;_EB_API_TOKEN, BOEKHOUDBRUG_&lt;PROFILE&gt;_SHOP_URL, ... (the plain names are not used then). Exit code 0 when all is booked, else the highest code of the profiles.</source>
        <translation>sync --all-profiles [--parallel N]: boekt elk profiel (N tegelijk, 1 tot %1; standaard 1), met één regel per profiel: &quot;&lt;profiel&gt;: geboekt 12, mislukt 1, wachtend 0&quot;. Elk profiel leest zijn eigen BOEKHOUDBRUG_&lt;PROFILE&gt;_EB_API_TOKEN, BOEKHOUDBRUG_&lt;PROFILE&gt;_SHOP_URL, ... (de namen zonder profiel worden dan niet gebruikt). Afsluitcode 0 als alles is geboekt, anders de hoogste code van de profielen.</translation>
    </message>
    <message>
        <source>No profile is set up: run the setup wizard of the app (File → New administration…), or use --config with the settings file of the office.</source>
        <translation>Er is geen profiel ingesteld: doorloop de installatiewizard van de app (Bestand → Nieuwe administratie…), of gebruik --config met het instellingenbestand van het kantoor.</translation>
    </message>
    <message>
        <source>%1 is not used with --all-profiles: a token belongs to one administration. Name the profile in it, e.g. %2.</source>
        <translation>%1 wordt niet gebruikt met --all-profiles: een token hoort bij één administratie. Neem de naam van het profiel erin op, bijv. %2.</translation>
    </message>
    <message>
        <source>not connected: set it up in the app, or set %1EB_API_TOKEN</source>
        <translation>niet verbonden: stel de koppeling in de app in, of stel %1EB_API_TOKEN in</translation>
    </message>
    <message>
        <source>login refused: enter the token or the shop key again</source>
        <translation>inloggen geweigerd: vul het token of de sleutel van de webshop opnieuw in</translation>
    </message>
    <message>
        <source>e-Boekhouden or the shop did not answer: the next run tries again</source>
        <translation>e-Boekhouden of de webshop antwoordde niet: de volgende keer wordt het opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>wrong usage</source>
        <translation>onjuist gebruik</translation>
    </message>
    <message>
        <source>stopped unexpectedly: see the messages above</source>
        <translation>onverwacht gestopt: zie de meldingen hierboven</translation>
    </message>
    <message>
        <source>ended with code %1</source>
        <translation>beëindigd met code %1</translation>
    </message>
    <message>
        <source>nothing to say</source>
        <translation>niets te melden</translation>
    </message>
    <message>
        <source>token ended on %1</source>
        <translation>token verlopen op %1</translation>
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
        <source>e-Boekhouden refused the value of &quot;%1&quot;. Correct it and push the document again.</source>
        <translation>e-Boekhouden weigerde de waarde van &quot;%1&quot;. Corrigeer deze en verstuur het document opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>e-Boekhouden asks to slow down. Boekhoudbrug will try again in %n second(s).</source>
        <translation>
            <numerusform>e-Boekhouden vraagt om het rustiger aan te doen. Boekhoudbrug probeert het over %n seconde(n) opnieuw.</numerusform>
            <numerusform>e-Boekhouden vraagt om het rustiger aan te doen. Boekhoudbrug probeert het over %n seconde(n) opnieuw.</numerusform>
        </translation>
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
    <message>
        <source>This administration is registered with e-Boekhouden in the other country: a Dutch administration logs in at e-boekhouden.nl, a Belgian one at e-boekhouden.be. Choose the administration&apos;s country (Netherlands or Belgium) in the setup wizard and test again.</source>
        <translation>Deze administratie is bij e-Boekhouden in het andere land geregistreerd: een Nederlandse administratie logt in bij e-boekhouden.nl, een Belgische bij e-boekhouden.be. Kies in de installatiewizard het land van de administratie (Nederland of België) en test opnieuw.</translation>
    </message>
    <message>
        <source>This API token may not read the list of administrations: e-Boekhouden keeps that for accountants. A regular token books as usual; only this step needs an accountant&apos;s token.</source>
        <translation>Dit API-token mag de lijst met administraties niet lezen: die houdt e-Boekhouden voor accountants. Met een gewoon token wordt er zoals altijd geboekt; alleen voor deze stap is het token van een accountant nodig.</translation>
    </message>
    <message>
        <source>e-Boekhouden refused to let this login read its data. Check that the API token (or the username and security codes) belongs to this administration and has not been withdrawn, then test the connection in the setup wizard.</source>
        <translation>e-Boekhouden staat niet toe dat deze inloggegevens de gegevens lezen. Controleer of het API-token (of de gebruikersnaam en beveiligingscodes) bij deze administratie hoort en niet is ingetrokken, en test daarna de verbinding in de installatiewizard.</translation>
    </message>
    <message>
        <source>e-Boekhouden answered with error %1, which Boekhoudbrug does not know, so it cannot say what to correct. e-Boekhouden&apos;s own text: &quot;%2&quot;. If the text does not help, send the log file to support.</source>
        <translation>e-Boekhouden antwoordde met fout %1, die Boekhoudbrug niet kent; daarom kan het niet zeggen wat er gecorrigeerd moet worden. De eigen tekst van e-Boekhouden: &quot;%2&quot;. Helpt die tekst niet, stuur dan het logbestand naar support.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>e-Boekhouden refused to read data for this login. Check in the setup wizard that the API token (or the username and security codes) belongs to this administration, and test the connection.</source>
        <translation>e-Boekhouden weigerde gegevens te lezen voor deze inloggegevens. Controleer in de installatiewizard of het API-token (of de gebruikersnaam en beveiligingscodes) bij deze administratie hoort, en test de verbinding.</translation>
    </message>
    <message>
        <source>e-Boekhouden does not know the VAT code of %1 in this administration. A Belgian administration takes only the BE_ codes, a Dutch one only the Dutch codes: check the VAT mapping for this rate, and the administration&apos;s country in the setup wizard.</source>
        <translation>e-Boekhouden kent de btw-code van %1 niet in deze administratie. Een Belgische administratie gebruikt alleen de BE_-codes, een Nederlandse alleen de Nederlandse codes: controleer de btw-koppeling voor dit tarief, en het land van de administratie in de installatiewizard.</translation>
    </message>
    <message>
        <source>e-Boekhouden accepts a VAT amount on an invoice line only with VAT code AFW_VERK. Check the VAT mapping for this rate.</source>
        <translation>e-Boekhouden accepteert een btw-bedrag op een factuurregel alleen met btw-code AFW_VERK. Controleer de btw-koppeling voor dit tarief.</translation>
    </message>
    <message>
        <source>e-Boekhouden has no product with the code of %1. Push the document again: Boekhoudbrug then sends the line without a product code, or create the product in e-Boekhouden first.</source>
        <translation>e-Boekhouden heeft geen artikel met de code van %1. Verstuur het document opnieuw: Boekhoudbrug stuurt de regel dan zonder artikelcode; of maak het artikel eerst aan in e-Boekhouden.</translation>
    </message>
    <message>
        <source>e-Boekhouden does not know the invoice template. Type the template&apos;s name exactly as it is in e-Boekhouden (Settings &gt; Booking), or book the documents as sales mutations.</source>
        <translation>e-Boekhouden kent het factuursjabloon niet. Typ de naam van het sjabloon precies zoals die in e-Boekhouden staat (Instellingen &gt; Boeken), of boek de documenten als verkoopmutaties.</translation>
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
    <message>
        <source>Create the token in e-Boekhouden under Beheer &gt; Inrichting &gt; Koppelingen &gt; API; it is shown only once. A regular token belongs to one administration and may book and read everything Boekhoudbrug needs (ledger accounts, relations, invoices, outstanding items), but not the list of administrations, which e-Boekhouden keeps for accountants. The test therefore shows how many ledger accounts the token may read, and the administration&apos;s name only for an accountant&apos;s token.</source>
        <translation>Maak het token aan in e-Boekhouden onder Beheer &gt; Inrichting &gt; Koppelingen &gt; API; het wordt maar één keer getoond. Een gewoon token hoort bij één administratie en mag alles boeken en lezen wat Boekhoudbrug nodig heeft (grootboekrekeningen, relaties, facturen, openstaande posten), maar niet de lijst met administraties, die e-Boekhouden voor accountants houdt. De test toont daarom hoeveel grootboekrekeningen het token mag lezen, en alleen bij het token van een accountant de naam van de administratie.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>Boekhoudbrug: %1 needs attention</source>
        <translation>Boekhoudbrug: %1 vraagt aandacht</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be booked in e-Boekhouden. Open Boekhoudbrug to see them and what to do.</source>
        <translation>
            <numerusform>%n document kon niet worden geboekt in e-Boekhouden. Open Boekhoudbrug om te zien welk en wat u kunt doen.</numerusform>
            <numerusform>%n documenten konden niet worden geboekt in e-Boekhouden. Open Boekhoudbrug om te zien welke en wat u kunt doen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionNotifier</name>
    <message>
        <source>The desktop notification could not be shown: notify-send is missing or no notification service answered. Install the package libnotify-bin.</source>
        <translation>De bureaubladmelding kon niet worden getoond: notify-send ontbreekt of geen meldingsdienst antwoordde. Installeer het pakket libnotify-bin.</translation>
    </message>
    <message>
        <source>The desktop notification could not be shown (%1).</source>
        <translation>De bureaubladmelding kon niet worden getoond (%1).</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit --invoice N | --creditmemo N [--export FILE]: every request sent to e-Boekhouden for the document and its answer (secrets masked); audit --from DATE --until DATE --export FILE: the trail of that period as JSON lines.</source>
        <translation>audit --invoice N | --creditmemo N [--export BESTAND]: elk verzoek dat voor het document naar e-Boekhouden is gestuurd en het antwoord erop (geheimen gemaskeerd); audit --from DATUM --until DATUM --export BESTAND: het spoor van die periode als JSON-regels.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>There is no credit memo %1 in the local database. Check the number, or import the shop first.</source>
        <translation>Er is geen creditnota %1 in de lokale database. Controleer het nummer, of importeer eerst de webshop.</translation>
    </message>
    <message>
        <source>There is no invoice %1 in the local database. Check the number, or import the shop first.</source>
        <translation>Er is geen factuur %1 in de lokale database. Controleer het nummer, of importeer eerst de webshop.</translation>
    </message>
    <message>
        <source>Nothing was sent to e-Boekhouden for %1 yet.</source>
        <translation>Voor %1 is nog niets naar e-Boekhouden gestuurd.</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>geen antwoord: %1</translation>
    </message>
    <message>
        <source>%1  attempt %2  %3 %4  %5  %6 ms</source>
        <translation>%1  poging %2  %3 %4  %5  %6 ms</translation>
    </message>
    <message>
        <source>sent:</source>
        <translation>verstuurd:</translation>
    </message>
    <message>
        <source>answer:</source>
        <translation>antwoord:</translation>
    </message>
    <message>
        <source>audit --from and --until take dates as YYYY-MM-DD (the second not before the first), with --export FILE.</source>
        <translation>audit --from en --until nemen datums als JJJJ-MM-DD (de tweede niet vóór de eerste), met --export BESTAND.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to %1.</source>
        <translation>
            <numerusform>%n verzoek geschreven naar %1.</numerusform>
            <numerusform>%n verzoeken geschreven naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingSettingsSection</name>
    <message>
        <source>The shop&apos;s country and OSS do not change the VAT mapping: check it on the VAT Mapping page after changing them. Saved settings count from the next push or synchronisation on, here and in boekhoudbrug-cli.</source>
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
        <translation>
            <numerusform>De %n grootboekrekening zoals e-Boekhouden die op %1 gaf.</numerusform>
            <numerusform>De %n grootboekrekeningen zoals e-Boekhouden die op %1 gaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>Booking settings saved.</source>
        <translation>Boekingsinstellingen bewaard.</translation>
    </message>
    <message>
        <source>Not saved: the booking settings could not be written to the database. Check that it can be reached (see the log file for the reason), then save again.</source>
        <translation>Niet opgeslagen: de boekingsinstellingen konden niet in de database worden geschreven. Controleer of die bereikbaar is (de reden staat in het logbestand) en sla opnieuw op.</translation>
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
    <message>
        <source>Netherlands (e-boekhouden.nl)</source>
        <translation>Nederland (e-boekhouden.nl)</translation>
    </message>
    <message>
        <source>Belgium (e-boekhouden.be)</source>
        <translation>België (e-boekhouden.be)</translation>
    </message>
    <message>
        <source>The administration is &amp;registered in:</source>
        <translation>De administratie is ge&amp;registreerd in:</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>saved in the keychain: type to replace</source>
        <translation>bewaard in de sleutelhanger: typ om te vervangen</translation>
    </message>
    <message>
        <source>e-Boekhouden</source>
        <translation>e-Boekhouden</translation>
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
    <message>
        <source>New API &amp;token:</source>
        <translation>Nieuw API-&amp;token:</translation>
    </message>
    <message>
        <source>Test and &amp;save the login</source>
        <translation>Inloggegevens testen en &amp;bewaren</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Webshop</translation>
    </message>
    <message>
        <source>Shop &amp;address:</source>
        <translation>&amp;Adres van de webshop:</translation>
    </message>
    <message>
        <source>&amp;Webservice key:</source>
        <translation>&amp;Webservicesleutel:</translation>
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
        <translation>Webs&amp;hop testen en bewaren</translation>
    </message>
    <message>
        <source>Type the new API token (or the username and both security codes) first.</source>
        <translation>Typ eerst het nieuwe API-token (of de gebruikersnaam en beide beveiligingscodes).</translation>
    </message>
    <message>
        <source>Testing the login…</source>
        <translation>De inloggegevens worden getest…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet bewaard: %1</translation>
    </message>
    <message>
        <source>The login works, but the keychain did not save it: %1</source>
        <translation>De inloggegevens werken, maar de sleutelhanger heeft ze niet bewaard: %1</translation>
    </message>
    <message>
        <source>%1 Saved: the next synchronisation uses it.</source>
        <translation>%1 Bewaard: de volgende synchronisatie gebruikt deze gegevens.</translation>
    </message>
    <message>
        <source>Testing the shop…</source>
        <translation>De webshop wordt getest…</translation>
    </message>
    <message>
        <source>The shop answers, but the keychain did not save its keys: %1</source>
        <translation>De webshop antwoordt, maar de sleutelhanger heeft de sleutels niet bewaard: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No e-Boekhouden connection is set up for profile %1.</source>
        <translation>Voor profiel %1 is nog geen e-Boekhouden-koppeling ingesteld.</translation>
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
    <message>
        <source>Connected to e-Boekhouden (%1).</source>
        <translation>Verbonden met e-Boekhouden (%1).</translation>
    </message>
    <message>
        <source>Connected to e-Boekhouden (%1): &quot;%2&quot;.</source>
        <translation>Verbonden met e-Boekhouden (%1): &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The login may read the ledger accounts (at least %n).</source>
        <translation>
            <numerusform>Deze inloggegevens mogen de grootboekrekeningen lezen (minstens %n rekening).</numerusform>
            <numerusform>Deze inloggegevens mogen de grootboekrekeningen lezen (minstens %n rekeningen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The login may read the ledger accounts (%n found).</source>
        <translation>
            <numerusform>Deze inloggegevens mogen de grootboekrekeningen lezen (%n rekening gevonden).</numerusform>
            <numerusform>Deze inloggegevens mogen de grootboekrekeningen lezen (%n rekeningen gevonden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This accountant&apos;s token manages %n administration(s): %1.</source>
        <translation>
            <numerusform>Dit accountantstoken beheert %n administratie: %1.</numerusform>
            <numerusform>Dit accountantstoken beheert %n administraties: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A regular API token cannot show the administration&apos;s name; that is normal.</source>
        <translation>Een gewoon API-token kan de naam van de administratie niet tonen; dat is normaal.</translation>
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
    <name>CustomerPusher</name>
    <message>
        <source>The customer is no longer in the local database.</source>
        <translation>De klant staat niet meer in de lokale database.</translation>
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
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Achtervoegsel</translation>
    </message>
    <message>
        <source>A debtor in e-Boekhouden with code %1; the documents of this customer are booked on it.</source>
        <translation>Een debiteur in e-Boekhouden met code %1; de documenten van deze klant worden daarop geboekt.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Not in e-Boekhouden yet: the first booking of one of this customer&apos;s documents creates the debtor, or Push to e-Boekhouden does it now.</source>
        <translation>Nog niet in e-Boekhouden: de eerste boeking van een van de documenten van deze klant maakt de debiteur aan, of Boeken in e-Boekhouden doet dat nu.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Debtor code</source>
        <translation>Debiteurcode</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Shop customer number</source>
        <translation>Klantnummer webshop</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tussenvoegsel</translation>
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
        <translation>Zoek op naam, e-mail, bedrijf, btw-nummer of klantcode</translation>
    </message>
    <message>
        <source>All web sites</source>
        <translation>Alle websites</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Be&amp;kijken</translation>
    </message>
    <message>
        <source>P&amp;ush to e-Boekhouden</source>
        <translation>Naar e-Boekhouden &amp;sturen</translation>
    </message>
    <message>
        <source>Update the selected customers&apos; debtors in e-Boekhouden with the shop&apos;s name, address, e-mail address and VAT number, or create them when there are none</source>
        <translation>De debiteuren van de gekozen klanten in e-Boekhouden bijwerken met naam, adres, e-mailadres en btw-nummer uit de webshop, of ze aanmaken als ze er nog niet zijn</translation>
    </message>
    <message>
        <source>Open in &amp;shop</source>
        <translation>In &amp;webshop openen</translation>
    </message>
    <message>
        <source>In e-Boekhouden or not</source>
        <translation>Wel of niet in e-Boekhouden</translation>
    </message>
    <message>
        <source>In e-Boekhouden (a debtor)</source>
        <translation>In e-Boekhouden (een debiteur)</translation>
    </message>
    <message>
        <source>Not yet in e-Boekhouden</source>
        <translation>Nog niet in e-Boekhouden</translation>
    </message>
    <message>
        <source>No customer matches the filter. Change the filter or clear it.</source>
        <translation>Geen klant voldoet aan het filter. Wijzig het filter of wis het.</translation>
    </message>
    <message>
        <source>No customers yet. They come with the shop&apos;s invoices and credit memos: Synchronise now reads them.</source>
        <translation>Nog geen klanten. Ze komen mee met de facturen en creditnota&apos;s van de webshop: Nu synchroniseren leest ze in.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Success rate</source>
        <translation>Succespercentage</translation>
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
        <translation>Facturen: %1, creditnota&apos;s: %2</translation>
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
        <source>Payments and refunds:</source>
        <translation>Betalingen en terugbetalingen:</translation>
    </message>
    <message>
        <source>%1 to book, %2 booked, %3 failed, %4 not outstanding</source>
        <translation>%1 te boeken, %2 geboekt, %3 mislukt, %4 niet openstaand</translation>
    </message>
    <message>
        <source>Waiting to be booked:</source>
        <translation>Wachtend op boeking:</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Vraagt aandacht:</translation>
    </message>
    <message>
        <source>Booked today:</source>
        <translation>Vandaag geboekt:</translation>
    </message>
    <message>
        <source>Booked in all:</source>
        <translation>Totaal geboekt:</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>Succespercentage:</translation>
    </message>
    <message>
        <source>Last documents that need attention</source>
        <translation>Laatste documenten die aandacht vragen</translation>
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
        <translation>Reden</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Niets vraagt aandacht.</translation>
    </message>
    <message>
        <source>Administration: %1</source>
        <translation>Administratie: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Webshop: %1</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 van %2 documenten</translation>
    </message>
    <message>
        <source>Nothing booked yet</source>
        <translation>Nog niets geboekt</translation>
    </message>
    <message>
        <source>%1 %: every document sent was booked</source>
        <translation>%1 %: elk verzonden document is geboekt</translation>
    </message>
    <message numerus="yes">
        <source>%1 %: %n document(s) need attention</source>
        <translation>
            <numerusform>%1 %: %n document vraagt aandacht</numerusform>
            <numerusform>%1 %: %n documenten vragen aandacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoices needing attention
%1</source>
        <translation>Facturen die aandacht vragen
%1</translation>
    </message>
    <message>
        <source>Credit memos needing attention
%1</source>
        <translation>Creditnota&apos;s die aandacht vragen
%1</translation>
    </message>
    <message>
        <source>Waiting to be booked
%1</source>
        <translation>Wachtend op boeking
%1</translation>
    </message>
    <message>
        <source>Book now (%1)</source>
        <translation>Nu boeken (%1)</translation>
    </message>
    <message>
        <source>Connect e-Boekhouden in the setup wizard to book.</source>
        <translation>Koppel e-Boekhouden in de installatiewizard om te kunnen boeken.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be booked.</source>
        <translation>Er wacht niets om geboekt te worden.</translation>
    </message>
    <message>
        <source>Book every waiting invoice and credit memo in e-Boekhouden now.</source>
        <translation>Boek nu elke wachtende factuur en creditnota in e-Boekhouden.</translation>
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
        <source>No reason recorded: open the document.</source>
        <translation>Geen reden vastgelegd: open het document.</translation>
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
    <message>
        <source>No file is given for the local database.</source>
        <translation>Er is geen bestand opgegeven voor de lokale database.</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address: write postgresql://user@host:port/database.</source>
        <translation>%1 is geen PostgreSQL-adres: schrijf postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password. Remove it from the address and set it in the environment variable PGPASSWORD (or in ~/.pgpass) instead: a password is never kept in the settings.</source>
        <translation>Het PostgreSQL-adres bevat een wachtwoord. Haal het uit het adres en zet het in plaats daarvan in de omgevingsvariabele PGPASSWORD (of in ~/.pgpass): een wachtwoord wordt nooit in de instellingen bewaard.</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be opened: %2. Check the address, that the server runs, and the password in PGPASSWORD.</source>
        <translation>De gedeelde database %1 kan niet worden geopend: %2. Controleer het adres, of de server draait, en het wachtwoord in PGPASSWORD.</translation>
    </message>
    <message>
        <source>The shared database %1 could not be upgraded: %2</source>
        <translation>De gedeelde database %1 kon niet worden bijgewerkt: %2</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <source>Type a date as 20-11-2026, or pick one (Alt+Down). Empty: no limit.</source>
        <translation>Typ een datum als 20-11-2026, of kies er een (Alt+Omlaag). Leeg: geen grens.</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as 20-11-2026.</source>
        <translation>&quot;%1&quot; is geen datum. Typ de datum als 20-11-2026.</translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Elke datum</translation>
    </message>
    <message>
        <source>Clear both dates</source>
        <translation>Beide datums wissen</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Va&amp;n</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>&amp;tot en met</translation>
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
    <name>DoctorCommand</name>
    <message>
        <source>doctor: checks the setup (both connections, the token&apos;s end date, the ledgers and template in the settings, the VAT mapping of the waiting documents, settings that cannot work together, the keychain, the schedule); exits 1 when something must be fixed before documents can be booked.</source>
        <translation>doctor: controleert de instellingen (beide verbindingen, de einddatum van het token, de ingestelde grootboekrekeningen en het factuursjabloon, de btw-koppeling van de wachtende documenten, instellingen die niet samen kunnen werken, de sleutelhanger, de planning); geeft afsluitcode 1 als er iets moet worden hersteld voordat documenten kunnen worden geboekt.</translation>
    </message>
    <message>
        <source>Something must be fixed before documents can be booked: see the lines marked [problem].</source>
        <translation>Er moet iets worden hersteld voordat documenten kunnen worden geboekt: zie de regels met [probleem].</translation>
    </message>
    <message>
        <source>The setup can book.</source>
        <translation>Met deze instellingen kan worden geboekt.</translation>
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
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Poging</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Geen antwoord: %1</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Select a request to see what was sent and what e-Boekhouden answered.</source>
        <translation>Selecteer een verzoek om te zien wat er is verstuurd en wat e-Boekhouden antwoordde.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwoord:</translation>
    </message>
    <message>
        <source>Requests to e-Boekhouden (secrets masked)</source>
        <translation>Verzoeken aan e-Boekhouden (geheimen gemaskeerd)</translation>
    </message>
    <message>
        <source>VIES:</source>
        <translation>VIES:</translation>
    </message>
    <message>
        <source>Show the &amp;booking…</source>
        <translation>&amp;Boeking tonen…</translation>
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
        <source>The connection to e-Boekhouden broke off while document %1 (order %2) was being booked. e-Boekhouden numbers these documents itself, so it cannot be looked up: it may already be booked. Check e-Boekhouden&apos;s invoices of this customer first: when it is there, choose &quot;Mark as booked by hand&quot;; push it again only when it is not there.</source>
        <translation>De verbinding met e-Boekhouden viel weg terwijl document %1 (bestelling %2) werd geboekt. e-Boekhouden nummert deze documenten zelf, dus het kan niet worden opgezocht: het is mogelijk al geboekt. Controleer eerst de facturen van deze klant in e-Boekhouden: staat het er, kies dan &quot;Markeren als handmatig geboekt&quot;; verstuur het alleen opnieuw als het er niet staat.</translation>
    </message>
    <message>
        <source>Invoice not booked: invoice %1 of this credit memo could not be booked (see its message). Fix the invoice and push it again; this credit memo follows at the next sync.</source>
        <translation>Factuur niet geboekt: factuur %1 van deze creditnota kon niet worden geboekt (zie de melding bij die factuur). Herstel de factuur en verstuur haar opnieuw; deze creditnota volgt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>invoice %1 was marked as booked by hand</source>
        <translation>factuur %1 is gemarkeerd als handmatig geboekt</translation>
    </message>
    <message>
        <source>invoice %1 is not in the local database</source>
        <translation>factuur %1 staat niet in de lokale database</translation>
    </message>
    <message>
        <source>Invoice not found: %1, and e-Boekhouden has no sales booking numbered %2 for this customer. Import the period of the invoice (Import a period) or book the invoice in e-Boekhouden under number %2; this credit memo follows at the next sync.</source>
        <translation>Factuur niet gevonden: %1, en e-Boekhouden heeft voor deze klant geen verkoopboeking met nummer %2. Importeer de periode van de factuur (Een periode uit de webshop importeren) of boek de factuur in e-Boekhouden onder nummer %2; deze creditnota volgt bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>a credit booking of %1</source>
        <translation>een creditboeking van %1</translation>
    </message>
    <message>
        <source>an invoice booking of %1</source>
        <translation>een factuurboeking van %1</translation>
    </message>
    <message>
        <source>%1 for another relation</source>
        <translation>%1 voor een andere relatie</translation>
    </message>
    <message>
        <source>an invoice listed without an id</source>
        <translation>een factuur zonder id in de lijst</translation>
    </message>
    <message>
        <source>a booking listed without an id</source>
        <translation>een boeking zonder id in de lijst</translation>
    </message>
    <message>
        <source>e-Boekhouden already has a sales booking numbered %1 that is not this credit memo: %2. Nothing was booked. Check that booking in e-Boekhouden; if it is another document, give credit memos a prefix of their own in the booking settings and push this one again; if it is this credit memo, choose &quot;Mark as booked by hand&quot;.</source>
        <translation>e-Boekhouden heeft al een verkoopboeking met nummer %1 die niet deze creditnota is: %2. Er is niets geboekt. Controleer die boeking in e-Boekhouden; is het een ander document, geef creditnota&apos;s dan een eigen voorvoegsel in de boekingsinstellingen en verstuur deze creditnota opnieuw; is het deze creditnota, kies dan &quot;Markeren als handmatig geboekt&quot;.</translation>
    </message>
    <message>
        <source>e-Boekhouden already has a sales booking numbered %1 that is not this invoice: %2. Nothing was booked. Check that booking in e-Boekhouden; if it is another document, change the invoice numbering in the booking settings and push this one again; if it is this invoice, choose &quot;Mark as booked by hand&quot;.</source>
        <translation>e-Boekhouden heeft al een verkoopboeking met nummer %1 die niet deze factuur is: %2. Er is niets geboekt. Controleer die boeking in e-Boekhouden; is het een ander document, wijzig dan de factuurnummering in de boekingsinstellingen en verstuur deze factuur opnieuw; is het deze factuur, kies dan &quot;Markeren als handmatig geboekt&quot;.</translation>
    </message>
    <message>
        <source>The debtor could not be looked up in e-Boekhouden (%1): the debtor shown is the one the rules would create; the booking uses an existing debtor if e-Boekhouden has one.</source>
        <translation>De debiteur kon niet worden opgezocht in e-Boekhouden (%1): de getoonde debiteur is degene die de regels zouden aanmaken; de boeking gebruikt een bestaande debiteur als e-Boekhouden die heeft.</translation>
    </message>
    <message>
        <source>Booked on the existing debtor %1 in e-Boekhouden.</source>
        <translation>Geboekt op de bestaande debiteur %1 in e-Boekhouden.</translation>
    </message>
    <message>
        <source>Booked on the existing debtor %1 (%2) in e-Boekhouden.</source>
        <translation>Geboekt op de bestaande debiteur %1 (%2) in e-Boekhouden.</translation>
    </message>
    <message>
        <source>Customer email required: the customer of %1 has no valid e-mail address (&quot;%2&quot;), so its debtor cannot be found or created in e-Boekhouden. Add the e-mail address to the customer in the shop, or set a fixed debtor for the payment method in the booking settings, then offer the document again.</source>
        <translation>E-mailadres van de klant vereist: de klant van %1 heeft geen geldig e-mailadres (&quot;%2&quot;), dus de debiteur kan in e-Boekhouden niet worden gevonden of aangemaakt. Vul het e-mailadres van de klant in de webshop aan, of stel in de boekingsinstellingen een vaste debiteur in voor de betaalmethode, en bied het document daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>Validation error: %1</source>
        <translation>Validatiefout: %1</translation>
    </message>
    <message>
        <source>Customer created: new debtor %1 in e-Boekhouden for %2, during the sync of %3.</source>
        <translation>Klant aangemaakt: nieuwe debiteur %1 in e-Boekhouden voor %2, tijdens de synchronisatie van %3.</translation>
    </message>
    <message>
        <source>Duplicate found: %1 already exists in e-Boekhouden as debtor %2; %3 is booked on it.</source>
        <translation>Dubbele gevonden: %1 bestaat al in e-Boekhouden als debiteur %2; %3 wordt daarop geboekt.</translation>
    </message>
    <message>
        <source>A new debtor %1 is created in e-Boekhouden.</source>
        <translation>Er wordt een nieuwe debiteur %1 aangemaakt in e-Boekhouden.</translation>
    </message>
    <message>
        <source>The debtor %1 is created by the push: the request then carries the id e-Boekhouden gives it (shown here as 0).</source>
        <translation>De debiteur %1 wordt bij het boeken aangemaakt: het verzoek bevat dan het id dat e-Boekhouden eraan geeft (hier getoond als 0).</translation>
    </message>
    <message>
        <source>Debtor %1 is no longer in e-Boekhouden (deleted there?): Boekhoudbrug has forgotten it and looks up or creates the debtor of %2 again. If the relation was merged into another one in e-Boekhouden, check which debtor %2 is booked on.</source>
        <translation>Debiteur %1 staat niet meer in e-Boekhouden (daar verwijderd?): Boekhoudbrug is hem vergeten en zoekt of maakt de debiteur van %2 opnieuw. Is de relatie in e-Boekhouden samengevoegd met een andere, controleer dan op welke debiteur %2 is geboekt.</translation>
    </message>
    <message>
        <source>Debtor %1 is no longer in e-Boekhouden (deleted there?): the push forgets it and finds or creates the debtor again, so the debtor shown is not the one that will be used.</source>
        <translation>Debiteur %1 staat niet meer in e-Boekhouden (daar verwijderd?): bij het boeken wordt hij vergeten en wordt de debiteur opnieuw gezocht of gemaakt, dus de getoonde debiteur is niet de debiteur die gebruikt wordt.</translation>
    </message>
    <message>
        <source>Debtor %1 is no longer in e-Boekhouden: the request is made once the push has found or created the debtor again.</source>
        <translation>Debiteur %1 staat niet meer in e-Boekhouden: het verzoek wordt opgesteld zodra bij het boeken de debiteur opnieuw is gevonden of gemaakt.</translation>
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
    <message>
        <source>Not paid</source>
        <translation>Niet betaald</translation>
    </message>
    <message>
        <source>To book</source>
        <translation>Te boeken</translation>
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
        <source>Not outstanding</source>
        <translation>Niet openstaand</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Crediteert factuur</translation>
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
        <translation>Geselecteerde boeken</translation>
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
        <translation>Be&amp;kijken</translation>
    </message>
    <message>
        <source>&amp;Preview posting</source>
        <translation>&amp;Voorbeeld boeking</translation>
    </message>
    <message>
        <source>P&amp;ush to e-Boekhouden</source>
        <translation>&amp;Boeken in e-Boekhouden</translation>
    </message>
    <message>
        <source>&amp;Reprocess</source>
        <translation>Opnieuw &amp;aanbieden</translation>
    </message>
    <message>
        <source>Push all filtered</source>
        <translation>Alle gefilterde boeken</translation>
    </message>
    <message>
        <source>Push to e-Boekhouden</source>
        <translation>Boeken</translation>
    </message>
    <message numerus="yes">
        <source>Book the %n waiting document(s) that the filter shows?</source>
        <translation>
            <numerusform>Het %n wachtende document in deze selectie boeken?</numerusform>
            <numerusform>De %n wachtende documenten in deze selectie boeken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in &amp;shop</source>
        <translation>In &amp;webshop openen</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s admin address in the setup wizard to open documents there.</source>
        <translation>Vul het beheeradres van de webshop in de installatiewizard in om documenten daar te openen.</translation>
    </message>
    <message>
        <source>Open this document in the shop&apos;s back office.</source>
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
        <translation>
            <numerusform>Het geselecteerde document markeren als handmatig geboekt? Boekhoudbrug boekt het dan niet in e-Boekhouden. Doe dit alleen voor documenten die al in e-Boekhouden staan; Opnieuw aanbieden maakt het ongedaan.</numerusform>
            <numerusform>De %n geselecteerde documenten markeren als handmatig geboekt? Boekhoudbrug boekt ze dan niet in e-Boekhouden. Doe dit alleen voor documenten die al in e-Boekhouden staan; Opnieuw aanbieden maakt het ongedaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the &amp;links</source>
        <translation>&amp;Koppelingen controleren</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Reads the booked documents&apos; bookings back from e-Boekhouden (the selected ones, or all) and offers again every one whose booking is not its own.</source>
        <translation>Leest de boekingen van de geboekte documenten terug uit e-Boekhouden (de geselecteerde, of alle) en biedt elk document opnieuw aan waarvan de boeking niet bij dat document hoort.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Vraagt aandacht (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 credit memos</source>
        <translation>%1 van %2 creditnota&apos;s</translation>
    </message>
    <message>
        <source>%1 of %2 invoices</source>
        <translation>%1 van %2 facturen</translation>
    </message>
    <message>
        <source>%1 · excl. VAT %2 · VAT %3 · incl. VAT %4</source>
        <translation>%1 · excl. btw %2 · btw %3 · incl. btw %4</translation>
    </message>
    <message>
        <source>No credit memos yet. Synchronise now reads new ones from the shop; to book older ones, import a period from the shop.</source>
        <translation>Nog geen creditnota&apos;s. Nu synchroniseren haalt nieuwe op uit de webshop; importeer een periode uit de webshop om oudere te boeken.</translation>
    </message>
    <message>
        <source>No invoices yet. Synchronise now reads new ones from the shop; to book older ones, import a period from the shop.</source>
        <translation>Nog geen facturen. Nu synchroniseren haalt nieuwe op uit de webshop; importeer een periode uit de webshop om oudere te boeken.</translation>
    </message>
    <message>
        <source>Import from the shop…</source>
        <translation>Importeren uit de webshop…</translation>
    </message>
    <message>
        <source>No credit memo needs attention: every one is booked, waiting or handled.</source>
        <translation>Geen enkele creditnota vraagt aandacht: ze zijn alle geboekt, wachtend of afgehandeld.</translation>
    </message>
    <message>
        <source>No invoice needs attention: every one is booked, waiting or handled.</source>
        <translation>Geen enkele factuur vraagt aandacht: ze zijn alle geboekt, wachtend of afgehandeld.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>No credit memo matches the filter. Change the filter or clear it.</source>
        <translation>Geen creditnota voldoet aan het filter. Wijzig het filter of wis het.</translation>
    </message>
    <message>
        <source>No invoice matches the filter. Change the filter or clear it.</source>
        <translation>Geen factuur voldoet aan het filter. Wijzig het filter of wis het.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <source>The selected documents are booked in e-Boekhouden already.</source>
        <translation>De geselecteerde documenten zijn al geboekt in e-Boekhouden.</translation>
    </message>
    <message>
        <source>Book the selected documents now.</source>
        <translation>Boek de geselecteerde documenten nu.</translation>
    </message>
    <message>
        <source>Offers failed and skipped documents again after a fix and books them; booked documents stay as they are.</source>
        <translation>Biedt mislukte en overgeslagen documenten na een correctie opnieuw aan en boekt ze; geboekte documenten blijven zoals ze zijn.</translation>
    </message>
    <message numerus="yes">
        <source>Reprocess did nothing: the selected document(s) are booked in e-Boekhouden already. If a booking is wrong, Check the links offers every document whose booking is not its own again.</source>
        <translation>
            <numerusform>Opnieuw aanbieden heeft niets gedaan: het geselecteerde document is al geboekt in e-Boekhouden. Is een boeking onjuist, dan biedt Koppelingen controleren elk document waarvan de boeking niet bij dat document hoort opnieuw aan.</numerusform>
            <numerusform>Opnieuw aanbieden heeft niets gedaan: de geselecteerde documenten zijn al geboekt in e-Boekhouden. Is een boeking onjuist, dan biedt Koppelingen controleren elk document waarvan de boeking niet bij dat document hoort opnieuw aan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked document(s) left as they are: Reprocess offers only failed and skipped documents again.</source>
        <translation>
            <numerusform>%n geboekt document ongewijzigd gelaten: Opnieuw aanbieden biedt alleen mislukte en overgeslagen documenten opnieuw aan.</numerusform>
            <numerusform>%n geboekte documenten ongewijzigd gelaten: Opnieuw aanbieden biedt alleen mislukte en overgeslagen documenten opnieuw aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprocess did nothing: the selected documents are waiting or being booked already.</source>
        <translation>Opnieuw aanbieden heeft niets gedaan: de geselecteerde documenten wachten al of worden al geboekt.</translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden: the request cannot be shown without the debtor&apos;s and ledgers&apos; ids. Set up the connection in Settings.</source>
        <translation>Niet verbonden met e-Boekhouden: het verzoek kan niet worden getoond zonder de id&apos;s van de debiteur en de grootboekrekeningen. Stel de verbinding in bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>EBoekhoudenCheck</name>
    <message>
        <source>Choose how to log in first.</source>
        <translation>Kies eerst hoe er wordt ingelogd.</translation>
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
        <source>The %1 &quot;%2&quot; is longer than the %3 characters e-Boekhouden accepts; it is sent as &quot;%4&quot;.</source>
        <translation>De %1 &quot;%2&quot; is langer dan de %3 tekens die e-Boekhouden accepteert; verzonden wordt &quot;%4&quot;.</translation>
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
        <source>Finish saves %1 and the shop&apos;s keys in the system&apos;s keychain, the settings of this computer and the VAT mapping (%n row(s)). Boekhoudbrug then opens on your administration; &quot;Synchronise now&quot; books the imported documents.</source>
        <translation>
            <numerusform>Voltooien bewaart %1 en de sleutels van de webshop in de sleutelhanger van het systeem, de instellingen van deze computer en de btw-koppeling (%n regel). Boekhoudbrug opent daarna op uw administratie; &quot;Nu synchroniseren&quot; boekt de ingelezen documenten.</numerusform>
            <numerusform>Voltooien bewaart %1 en de sleutels van de webshop in de sleutelhanger van het systeem, de instellingen van deze computer en de btw-koppeling (%n regels). Boekhoudbrug opent daarna op uw administratie; &quot;Nu synchroniseren&quot; boekt de ingelezen documenten.</numerusform>
        </translation>
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
    <message>
        <source>The booking settings could not be saved in the database; see the log file for the reason.</source>
        <translation>De boekingsinstellingen konden niet in de database worden opgeslagen; de reden staat in het logbestand.</translation>
    </message>
</context>
<context>
    <name>IcpListing</name>
    <message>
        <source>ICP listing (opgaaf intracommunautaire prestaties)</source>
        <translation>Opgaaf ICP (opgaaf intracommunautaire prestaties)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Btw-nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Net amount</source>
        <translation>Nettobedrag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>valid (checked %1)</source>
        <translation>geldig (gecontroleerd %1)</translation>
    </message>
    <message>
        <source>not valid (checked %1)</source>
        <translation>niet geldig (gecontroleerd %1)</translation>
    </message>
    <message>
        <source>VIES did not answer (%1): checked offline only</source>
        <translation>VIES gaf geen antwoord (%1): alleen offline gecontroleerd</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
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
        <translation>De boekingsinstellingen houden ICP-verkopen vast totdat VIES het nummer heeft bevestigd; het wordt opnieuw nagevraagd. Wilt u zonder VIES boeken, sta dat dan toe onder &quot;Als VIES niet antwoordt&quot; in de boekingsinstellingen.</translation>
    </message>
    <message>
        <source>%1 is valid (checked %2).</source>
        <translation>%1 is geldig (gecontroleerd op %2).</translation>
    </message>
    <message>
        <source>%1 is valid, registered to %2 (checked %3).</source>
        <translation>%1 is geldig, geregistreerd op naam van %2 (gecontroleerd op %3).</translation>
    </message>
    <message>
        <source>%1 is not valid (checked %2).</source>
        <translation>%1 is niet geldig (gecontroleerd op %2).</translation>
    </message>
    <message>
        <source>%1 checked offline only, VIES did not answer (%2, %3).</source>
        <translation>%1 alleen offline gecontroleerd, VIES antwoordde niet (%2, %3).</translation>
    </message>
    <message>
        <source>Not checked.</source>
        <translation>Niet gecontroleerd.</translation>
    </message>
    <message>
        <source>VIES refuses %1 as no VAT number of a member state (INVALID_INPUT, checked %2). Check the customer&apos;s VAT number in the shop, or book it as a domestic sale.</source>
        <translation>VIES wijst %1 af: het is geen btw-nummer van een lidstaat (INVALID_INPUT, gecontroleerd op %2). Controleer het btw-nummer van de klant in de webshop, of boek het document als binnenlandse verkoop.</translation>
    </message>
    <message>
        <source>VIES says %1 is not valid (checked %2). Check the customer&apos;s VAT number in the shop, or book it as a domestic sale.</source>
        <translation>Volgens VIES is %1 niet geldig (gecontroleerd op %2). Controleer het btw-nummer van de klant in de webshop, of boek het document als binnenlandse verkoop.</translation>
    </message>
    <message>
        <source>VAT number %1 was checked offline only, VIES did not answer (%2).</source>
        <translation>Btw-nummer %1 is alleen offline gecontroleerd, VIES antwoordde niet (%2).</translation>
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
        <source>Boekhoudbrug reads the shop&apos;s invoices, credit memos and customers into its own database. Nothing is booked in e-Boekhouden yet.</source>
        <translation>Boekhoudbrug leest de facturen, creditnota&apos;s en klanten van de webshop in zijn eigen database. Er wordt nog niets in e-Boekhouden geboekt.</translation>
    </message>
    <message>
        <source>Reading the shop…</source>
        <translation>De webshop wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) read (now: %1)…</source>
        <translation>
            <numerusform>%n document gelezen (nu: %1)…</numerusform>
            <numerusform>%n documenten gelezen (nu: %1)…</numerusform>
        </translation>
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
    <name>ImportRelationsCommand</name>
    <message>
        <source>import-relations [--refresh]: reads the relations e-Boekhouden already holds into the local database, so that the shop&apos;s customers are matched to them instead of getting a second debtor; --refresh reads the details of every relation again, not only of those new since the last import.</source>
        <translation>import-relations [--refresh]: leest de relaties die al in e-Boekhouden staan in de lokale database in, zodat de klanten van de webshop daaraan worden gekoppeld in plaats van een tweede debiteur te krijgen; --refresh leest de gegevens van elke relatie opnieuw in, niet alleen van de relaties die sinds de laatste import nieuw zijn.</translation>
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
        <translation>
            <numerusform>Inlezen afgebroken na %n document; de volgende synchronisatie gaat verder waar het stopte.</numerusform>
            <numerusform>Inlezen afgebroken na %n documenten; de volgende synchronisatie gaat verder waar het stopte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new invoice(s)</source>
        <translation>
            <numerusform>%n nieuwe factuur</numerusform>
            <numerusform>%n nieuwe facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new credit memo(s)</source>
        <translation>
            <numerusform>%n nieuwe creditnota</numerusform>
            <numerusform>%n nieuwe creditnota&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s)</source>
        <translation>
            <numerusform>%n nieuwe klant</numerusform>
            <numerusform>%n nieuwe klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from the shop: %1.</source>
        <translation>Geïmporteerd uit de webshop: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n factuur</numerusform>
            <numerusform>%n facturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credit memo(s)</source>
        <translation>
            <numerusform>%n creditnota</numerusform>
            <numerusform>%n creditnota&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n klant</numerusform>
            <numerusform>%n klanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Already known: %1. From the shop: %2.</source>
        <translation>Al bekend: %1. Uit de webshop: %2.</translation>
    </message>
</context>
<context>
    <name>LastUnattendedRun</name>
    <message numerus="yes">
        <source>The sync of %1 while Boekhoudbrug was closed could not book %n document(s). Invoices and Credit Memos show them under &quot;Needs attention&quot;, with what to do.</source>
        <translation>
            <numerusform>De synchronisatie van %1 terwijl Boekhoudbrug gesloten was, kon %n document niet boeken. Facturen en Creditnota&apos;s tonen het onder &quot;Vraagt aandacht&quot;, met wat u kunt doen.</numerusform>
            <numerusform>De synchronisatie van %1 terwijl Boekhoudbrug gesloten was, kon %n documenten niet boeken. Facturen en Creditnota&apos;s tonen ze onder &quot;Vraagt aandacht&quot;, met wat u kunt doen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerComboBox</name>
    <message>
        <source>%1 (not among the administration&apos;s ledgers)</source>
        <translation>%1 (niet tussen de grootboekrekeningen van de administratie)</translation>
    </message>
</context>
<context>
    <name>LinkChecker</name>
    <message>
        <source>no e-Boekhouden booking id is recorded</source>
        <translation>er is geen boekings-id van e-Boekhouden vastgelegd</translation>
    </message>
    <message>
        <source>e-Boekhouden has no invoice %1 with the recorded id</source>
        <translation>e-Boekhouden heeft geen factuur %1 met het vastgelegde id</translation>
    </message>
    <message>
        <source>e-Boekhouden has no booking with the recorded id %1</source>
        <translation>e-Boekhouden heeft geen boeking met het vastgelegde id %1</translation>
    </message>
    <message>
        <source>it is not a sales booking (type %1)</source>
        <translation>het is geen verkoopboeking (soort %1)</translation>
    </message>
    <message>
        <source>it is an invoice booking of %1, not a credit booking</source>
        <translation>het is een factuurboeking van %1, geen creditboeking</translation>
    </message>
    <message>
        <source>it is a credit booking of %1, not an invoice</source>
        <translation>het is een creditboeking van %1, geen factuur</translation>
    </message>
    <message>
        <source>its amount is %1, this document&apos;s %2</source>
        <translation>het bedrag is %1, dat van dit document %2</translation>
    </message>
    <message>
        <source>it is booked on another relation</source>
        <translation>het is op een andere relatie geboekt</translation>
    </message>
    <message>
        <source>Marked as booked under %1, but that booking in e-Boekhouden is not this document&apos;s (%2). Offered again: the next sync books it under a number of its own.</source>
        <translation>Gemarkeerd als geboekt onder %1, maar die boeking in e-Boekhouden hoort niet bij dit document (%2). Opnieuw aangeboden: de volgende synchronisatie boekt het onder een eigen nummer.</translation>
    </message>
</context>
<context>
    <name>MagentoConnector</name>
    <message>
        <source>Its order %1 could not be found in the shop.</source>
        <translation>De bestelling %1 is niet gevonden in de winkel.</translation>
    </message>
    <message>
        <source>The shop&apos;s store configuration could not be read.</source>
        <translation>De winkelconfiguratie van de webshop kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Credit memo %1 names no invoice, and its order %2 has no invoice in the shop that it could credit. Book it by hand in e-Boekhouden and mark it as booked by hand.</source>
        <translation>Creditnota %1 noemt geen factuur, en de bestelling %2 heeft in de webshop geen factuur die ze kan crediteren. Boek de creditnota handmatig in e-Boekhouden en markeer haar als handmatig geboekt.</translation>
    </message>
    <message>
        <source>Credit memo %1 was made from order %2 without choosing an invoice, and that order has %3 invoices: %4. Boekhoudbrug does not guess which one it credits. Look up the refunded items in the shop, book the credit memo by hand in e-Boekhouden against that invoice and mark it as booked by hand.</source>
        <translation>Creditnota %1 is vanuit bestelling %2 gemaakt zonder een factuur te kiezen, en die bestelling heeft %3 facturen: %4. Boekhoudbrug gaat niet raden welke factuur ze crediteert. Zoek de terugbetaalde artikelen op in de webshop, boek de creditnota handmatig in e-Boekhouden op die factuur en markeer haar als handmatig geboekt.</translation>
    </message>
    <message>
        <source>Credit memo %1 was canceled in the shop: it refunds nothing and is not booked. If it was booked in e-Boekhouden before it was canceled, reverse that booking there.</source>
        <translation>Creditnota %1 is geannuleerd in de winkel: ze betaalt niets terug en wordt niet geboekt. Was ze al in e-Boekhouden geboekt voordat ze werd geannuleerd, draai die boeking daar dan terug.</translation>
    </message>
    <message>
        <source>Invoice %1 was canceled in the shop: a canceled invoice is no sale and is not booked. If it was booked in e-Boekhouden before it was canceled, book a credit note for it there.</source>
        <translation>Factuur %1 is geannuleerd in de winkel: een geannuleerde factuur is geen verkoop en wordt niet geboekt. Was ze al in e-Boekhouden geboekt voordat ze werd geannuleerd, boek er daar dan een creditnota voor.</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Winkels (Stores)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkoop (Sales)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten (Customers)</translation>
    </message>
    <message>
        <source>The shop refused the signature made with the credentials (&quot;%1&quot;). Check the consumer secret and the access token secret. If the shop runs behind a proxy or load balancer that handles https, Magento checks every signature against an http:// address and refuses them all: then let the shop accept the access token as a Bearer token (Stores &gt; Configuration &gt; Services &gt; OAuth &gt; Consumer Settings &gt; &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot;) and choose &quot;Send only the access token&quot; here.</source>
        <translation>De webshop weigerde de handtekening die met de inloggegevens is gemaakt (&quot;%1&quot;). Controleer het consumer secret en het access token secret. Draait de webshop achter een proxy of load balancer die https afhandelt, dan controleert Magento elke handtekening tegen een http://-adres en weigert ze allemaal: laat de webshop het access token dan als Bearer-token accepteren (Stores &gt; Configuration &gt; Services &gt; OAuth &gt; Consumer Settings &gt; &quot;Allow OAuth Access Tokens to be used as standalone Bearer tokens&quot;) en kies hier &quot;Alleen het access token sturen&quot;.</translation>
    </message>
    <message>
        <source>Tried: %1.</source>
        <translation>Geprobeerd: %1.</translation>
    </message>
    <message>
        <source>The shop knows the keys, but the integration may not read %1. In Magento&apos;s admin open System &gt; Extensions &gt; Integrations, edit this integration, tick these resources on its API tab, save, and activate the integration again if Magento asks.</source>
        <translation>De webshop kent de sleutels, maar de integratie mag %1 niet lezen. Open in het beheer van Magento System &gt; Extensions &gt; Integrations, bewerk deze integratie, vink deze resources aan op het tabblad API, sla op en activeer de integratie opnieuw als Magento daarom vraagt.</translation>
    </message>
    <message>
        <source>Refused everywhere with the access token alone: the shop may not accept it as a Bearer token (Stores &gt; Configuration &gt; Services &gt; OAuth &gt; Consumer Settings). Then enter all four keys instead.</source>
        <translation>Met alleen het access token overal geweigerd: de webshop accepteert het mogelijk niet als Bearer-token (Stores &gt; Configuration &gt; Services &gt; OAuth &gt; Consumer Settings). Vul dan in plaats daarvan alle vier de sleutels in.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the Magento shop: %n store view(s), currency %1, time zone %2. The integration may read stores, sales and customers.</source>
        <translation>
            <numerusform>Verbonden met de Magento-webshop: %n winkelweergave, valuta %1, tijdzone %2. De integratie mag winkels, verkopen en klanten lezen.</numerusform>
            <numerusform>Verbonden met de Magento-webshop: %n winkelweergaven, valuta %1, tijdzone %2. De integratie mag winkels, verkopen en klanten lezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API answered at %1; that address is saved.</source>
        <translation>De API antwoordde op %1; dat adres is bewaard.</translation>
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
        <source>What is waiting, what failed and today&apos;s success rate will be shown here.</source>
        <translation>Hier ziet u straks wat klaarstaat, wat mislukt is en hoeveel vandaag gelukt is.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Credit Memos</source>
        <translation>Creditnota&apos;s</translation>
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
            <numerusform>%n creditnota&apos;s wachten op hun factuur</numerusform>
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
        <translation>
            <numerusform>%n debiteur bijgewerkt of aangemaakt in e-Boekhouden</numerusform>
            <numerusform>%n debiteuren bijgewerkt of aangemaakt in e-Boekhouden</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n document uit de webshop gelezen; het wacht in de overzichten om geboekt te worden</numerusform>
            <numerusform>%n documenten uit de webshop gelezen; ze wachten in de overzichten om geboekt te worden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) booked</source>
        <translation>
            <numerusform>%n betaling geboekt</numerusform>
            <numerusform>%n betalingen geboekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked document(s) whose e-Boekhouden booking is not theirs: offered again, the next sync books them</source>
        <translation>
            <numerusform>%n geboekt document met een boeking in e-Boekhouden die er niet bij hoort: opnieuw aangeboden, de volgende synchronisatie boekt het</numerusform>
            <numerusform>%n geboekte documenten met een boeking in e-Boekhouden die er niet bij hoort: opnieuw aangeboden, de volgende synchronisatie boekt ze</numerusform>
        </translation>
    </message>
    <message>
        <source>API token ends soon</source>
        <translation>API-token verloopt binnenkort</translation>
    </message>
    <message>
        <source>Boekhoudbrug: the e-Boekhouden token</source>
        <translation>Boekhoudbrug: het e-Boekhouden-token</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Aansluiting</translation>
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
        <translation>Op %1 gemarkeerd als handmatig geboekt: Boekhoudbrug boekt het niet. Opnieuw aanbieden maakt dit ongedaan.</translation>
    </message>
</context>
<context>
    <name>MoveStoreDialog</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Kies een &amp;bestand…</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Move the database</source>
        <translation>De database verplaatsen</translation>
    </message>
    <message>
        <source>Copies every document, log and setting of this administration to a new SQLite file or an empty PostgreSQL database, compares each table with the original, and uses the copy from then on only when all are equal. Stop other synchronisations of this administration first (other desktops, a server). The password of a PostgreSQL database is never entered here: it is taken from PGPASSWORD or ~/.pgpass.</source>
        <translation>Kopieert elk document, elke logregel en elke instelling van deze administratie naar een nieuw SQLite-bestand of een lege PostgreSQL-database, vergelijkt elke tabel met het origineel en gebruikt de kopie vanaf dan alleen als alle tabellen gelijk zijn. Stop eerst andere synchronisaties van deze administratie (andere computers, een server). Het wachtwoord van een PostgreSQL-database voert u hier nooit in: het komt uit PGPASSWORD of ~/.pgpass.</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database, or a new file</source>
        <translation>postgresql://user@host:5432/database, of een nieuw bestand</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Naar:</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Nieuw databasebestand</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite-database (*.sqlite)</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Kopiëren naar %1…</translation>
    </message>
    <message>
        <source>Not moved: %1%2 The profile keeps its database.</source>
        <translation>Niet verplaatst: %1%2 Het profiel houdt zijn database.</translation>
    </message>
    <message>
        <source>Different: %1.</source>
        <translation>Verschillend: %1.</translation>
    </message>
    <message>
        <source>Copied, but the settings file could not be written: the profile keeps its database %1.</source>
        <translation>Gekopieerd, maar het instellingenbestand kon niet worden geschreven: het profiel houdt zijn database %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) copied and compared: equal. The profile now uses %1; Boekhoudbrug opens it there when you close this window. The old database %2 is left as it was: remove it once you no longer need it.</source>
        <translation>
            <numerusform>De %n tabel is gekopieerd en vergeleken: gelijk. Het profiel gebruikt nu %1; Boekhoudbrug opent het daar wanneer u dit venster sluit. De oude database %2 blijft zoals hij was: verwijder hem zodra u hem niet meer nodig hebt.</numerusform>
            <numerusform>Alle %n tabellen zijn gekopieerd en vergeleken: gelijk. Het profiel gebruikt nu %1; Boekhoudbrug opent het daar wanneer u dit venster sluit. De oude database %2 blijft zoals hij was: verwijder hem zodra u hem niet meer nodig hebt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OsScheduler</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1 %2 failed (exit code %3): %4</source>
        <translation>%1 %2 mislukt (afsluitcode %3): %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>geen uitvoer</translation>
    </message>
    <message>
        <source>The timer was written to %1, but systemd did not start it: %2 Log in again and run &quot;systemctl --user enable --now %3&quot;.</source>
        <translation>De timer is naar %1 geschreven, maar systemd heeft hem niet gestart: %2 Log opnieuw in en voer &quot;systemctl --user enable --now %3&quot; uit.</translation>
    </message>
    <message>
        <source>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (systemd timer %3).</source>
        <translation>Profiel %1 synchroniseert nu elke %2 minuten, ook als Boekhoudbrug gesloten is (systemd-timer %3).</translation>
    </message>
    <message>
        <source>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (launchd agent %3).</source>
        <translation>Profiel %1 synchroniseert nu elke %2 minuten, ook als Boekhoudbrug gesloten is (launchd-agent %3).</translation>
    </message>
    <message>
        <source>Profile %1 now syncs every %2 minutes, also when Boekhoudbrug is closed (Task Scheduler task %3).</source>
        <translation>Profiel %1 synchroniseert nu elke %2 minuten, ook als Boekhoudbrug gesloten is (taak %3 in Taakplanner).</translation>
    </message>
    <message>
        <source>Profile %1 no longer syncs while Boekhoudbrug is closed.</source>
        <translation>Profiel %1 synchroniseert niet meer als Boekhoudbrug gesloten is.</translation>
    </message>
</context>
<context>
    <name>OssSummary</name>
    <message>
        <source>OSS summary (One-Stop-Shop, Union scheme)</source>
        <translation>OSS-overzicht (One-Stop-Shop, Unieregeling)</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Lidstaat</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tarief %</translation>
    </message>
    <message>
        <source>Net turnover</source>
        <translation>Netto-omzet</translation>
    </message>
    <message>
        <source>VAT due</source>
        <translation>Verschuldigde btw</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
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
    <message>
        <source>Credit memo %1 is no longer outstanding in e-Boekhouden; its refund was not booked again.</source>
        <translation>Creditnota %1 staat niet meer open in e-Boekhouden; de terugbetaling is niet nogmaals geboekt.</translation>
    </message>
    <message>
        <source>The refund of credit memo %1 is already in e-Boekhouden: linked, not booked again.</source>
        <translation>De terugbetaling van creditnota %1 staat al in e-Boekhouden: gekoppeld, niet opnieuw geboekt.</translation>
    </message>
    <message>
        <source>Refund of %1 for credit memo %2 booked in e-Boekhouden.</source>
        <translation>Terugbetaling van %1 voor creditnota %2 geboekt in e-Boekhouden.</translation>
    </message>
</context>
<context>
    <name>PeriodDocuments</name>
    <message>
        <source>Credit memo %1</source>
        <translation>Creditnota %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
    <message>
        <source>%1 is booked, but with today&apos;s VAT mapping and settings it would not be booked (%2), so the report cannot split its booking per VAT code. Check the booking in e-Boekhouden and the VAT mapping.</source>
        <translation>%1 is geboekt, maar met de huidige btw-koppeling en instellingen zou het niet worden geboekt (%2), dus het rapport kan de boeking niet per btw-code splitsen. Controleer de boeking in e-Boekhouden en de btw-koppeling.</translation>
    </message>
    <message>
        <source>%1 is booked for %2 incl. VAT, but its posting amounts to %3: the booking is not counted as booked here. Run reconcile for the period, and correct the booking in e-Boekhouden.</source>
        <translation>%1 is geboekt voor %2 incl. btw, maar de mutatie komt uit op %3: de boeking telt hier niet mee als geboekt. Voer reconcile uit voor de periode, en corrigeer de boeking in e-Boekhouden.</translation>
    </message>
    <message>
        <source>%1 is canceled in the shop but booked in e-Boekhouden: book a credit memo for it, or delete the booking in e-Boekhouden.</source>
        <translation>%1 is geannuleerd in de webshop maar geboekt in e-Boekhouden: boek er een creditnota voor, of verwijder de boeking in e-Boekhouden.</translation>
    </message>
    <message>
        <source>%1 is marked as booked by hand: what was booked is not known to Boekhoudbrug, so it is not in the booked figures. Check its booking in e-Boekhouden.</source>
        <translation>%1 is gemarkeerd als handmatig geboekt: wat er is geboekt, is niet bekend bij Boekhoudbrug, dus het telt niet mee in de geboekte cijfers. Controleer de boeking in e-Boekhouden.</translation>
    </message>
    <message>
        <source>%1 (%2 excl. VAT, %3 VAT) cannot be split per VAT code: %4 Resolve this, then sync.</source>
        <translation>%1 (%2 excl. btw, %3 btw) kan niet per btw-code worden gesplitst: %4 Los dit op en synchroniseer daarna.</translation>
    </message>
    <message>
        <source>%1 is not booked yet. Run a sync to book it.</source>
        <translation>%1 is nog niet geboekt. Start een synchronisatie om het document te boeken.</translation>
    </message>
</context>
<context>
    <name>PostedBooking</name>
    <message>
        <source>Booked over e-Boekhouden&apos;s SOAP API: the request is shown as it was sent.</source>
        <translation>Geboekt via de SOAP-API van e-Boekhouden: het verzoek wordt getoond zoals het is verstuurd.</translation>
    </message>
    <message>
        <source>A VAT code of this booking is not known to Boekhoudbrug: its VAT is shown as 0.00; e-Boekhouden has the amount it computed.</source>
        <translation>Een btw-code van deze boeking is niet bekend bij Boekhoudbrug: de btw wordt getoond als 0.00; in e-Boekhouden staat het bedrag dat e-Boekhouden zelf heeft berekend.</translation>
    </message>
</context>
<context>
    <name>PostingBuilder</name>
    <message>
        <source>%1: VAT %2 on %3 excl. VAT is no legal VAT rate of %4. Correct the VAT in the shop and import the document again.</source>
        <translation>%1: btw %2 op %3 excl. btw is geen geldig btw-tarief van %4. Corrigeer de btw in de webshop en importeer het document opnieuw.</translation>
    </message>
    <message>
        <source>Line &quot;%1&quot;</source>
        <translation>Regel &quot;%1&quot;</translation>
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
        <source>Surcharge &quot;%1&quot;</source>
        <translation>Toeslag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The discount &quot;%1&quot; of %2 has nothing to be spread over: the document has no goods total. Correct the document in the shop.</source>
        <translation>De korting &quot;%1&quot; van %2 kan over niets worden verdeeld: het document heeft geen goederentotaal. Corrigeer het document in de webshop.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>This is an intra-community (ICP) sale to %1 without VAT, but the customer has no VAT number. Add the customer&apos;s VAT number in the shop, or charge VAT.</source>
        <translation>Dit is een intracommunautaire levering (ICP) naar %1 zonder btw, maar de klant heeft geen btw-nummer. Vul het btw-nummer van de klant in de webshop in, of reken btw.</translation>
    </message>
    <message>
        <source>VAT number %1 is from %2, the shop&apos;s own country: an intra-community (ICP) sale needs the customer&apos;s VAT number of another member state.</source>
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
        <source>Invoice number %1 does not end with a digit, which e-Boekhouden&apos;s invoices require. Strip its suffix in the settings or let e-Boekhouden number the invoices.</source>
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
        <source>The shop&apos;s VAT at %1 is %2 (rounded per line); %1 of the total would be %3. The shop&apos;s %2 is posted on the VAT ledger %4.</source>
        <translation>De btw van de webshop tegen %1 is %2 (per regel afgerond); %1 over het totaal zou %3 zijn. De %2 van de webshop wordt geboekt op btw-rekening %4.</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT at %1 is %2 (rounded per line); on one row e-Boekhouden would compute %3. The %1 amounts are posted per line so that e-Boekhouden computes %2.</source>
        <translation>De btw van de webshop tegen %1 is %2 (per regel afgerond); op één boekingsregel zou e-Boekhouden %3 berekenen. De bedragen tegen %1 worden per regel geboekt zodat e-Boekhouden %2 berekent.</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT at %1 is %2; e-Boekhouden would compute %3 (difference %4). The %1 row is posted with VAT code AFW_VERK and the shop&apos;s VAT amount %2.</source>
        <translation>De btw van de webshop tegen %1 is %2; e-Boekhouden zou %3 berekenen (verschil %4). De regel tegen %1 wordt geboekt met btw-code AFW_VERK en het btw-bedrag %2 van de webshop.</translation>
    </message>
    <message>
        <source>The shop&apos;s VAT on the %1 lines cannot be reproduced by e-Boekhouden&apos;s rounding; these lines are posted with VAT code AFW_VERK and the shop&apos;s VAT amount per line.</source>
        <translation>De btw van de webshop op de %1-regels is met de afronding van e-Boekhouden niet na te rekenen; deze regels worden geboekt met btw-code AFW_VERK en het btw-bedrag per regel van de webshop.</translation>
    </message>
    <message>
        <source>VAT %1% %2 (OSS) on %3</source>
        <translation>Btw %1% %2 (OSS) over %3</translation>
    </message>
    <message>
        <source>Where a line&apos;s total is not a whole number of cents per unit, it is posted as one unit of its total with the quantity in its description.</source>
        <translation>Waar het regeltotaal geen heel aantal centen per stuk is, wordt de regel geboekt als één stuk van het totaal, met het aantal in de omschrijving.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No bank ledger is set for payment method &quot;%1&quot;. Choose its ledger in the settings.</source>
        <translation>Er is geen bankrekening ingesteld voor betaalmethode &quot;%1&quot;. Kies de grootboekrekening ervan in de instellingen.</translation>
    </message>
    <message>
        <source>The payment of %1 cannot be matched: the invoice&apos;s number in e-Boekhouden is not known yet. Post the invoice first.</source>
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
        <source>Document %1 is in %2, but e-Boekhouden books in euros and the shop gives no euro amounts for it. Book it by hand, or make EUR the shop&apos;s base currency.</source>
        <translation>Document %1 is in %2, maar e-Boekhouden boekt in euro&apos;s en de webshop geeft er geen bedragen in euro&apos;s voor. Boek het handmatig, of maak EUR de basisvaluta van de webshop.</translation>
    </message>
    <message>
        <source>Booked on the fixed debtor %1 of payment method &quot;%2&quot;.</source>
        <translation>Geboekt op de vaste debiteur %1 van betaalmethode &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Rounding difference</source>
        <translation>Afrondingsverschil</translation>
    </message>
    <message>
        <source>The shop&apos;s total incl. VAT is %1, its rounded parts make %2: the shop rounds its total once. The difference %3 is booked as a rounding line without VAT.</source>
        <translation>Het totaal incl. btw van de webshop is %1, de afgeronde delen samen %2: de webshop rondt zijn totaal één keer af. Het verschil %3 wordt geboekt als afrondingsregel zonder btw.</translation>
    </message>
    <message>
        <source>Document %1 totals 0.00 and has no amounts: there is nothing to book. Mark it as booked by hand to clear it from the list.</source>
        <translation>Document %1 heeft een totaal van 0,00 en geen bedragen: er valt niets te boeken. Markeer het als handmatig geboekt om het uit de lijst te halen.</translation>
    </message>
    <message>
        <source>row description</source>
        <translation>omschrijving van de regel</translation>
    </message>
    <message>
        <source>invoice line description</source>
        <translation>omschrijving van de factuurregel</translation>
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
        <source>The shop&apos;s time zone %1 is unknown.</source>
        <translation>De tijdzone %1 van de winkel is onbekend.</translation>
    </message>
    <message>
        <source>The local store refused the re-checked open orders; the next pull checks them again.</source>
        <translation>De lokale opslag weigerde de opnieuw gecontroleerde openstaande bestellingen; de volgende ophaalronde controleert ze opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the PrestaShop webservice: %n order state(s).</source>
        <translation>
            <numerusform>Verbonden met de PrestaShop-webservice: %n bestelstatus.</numerusform>
            <numerusform>Verbonden met de PrestaShop-webservice: %n bestelstatussen.</numerusform>
        </translation>
    </message>
    <message>
        <source>PrestaShop refused the webservice key for %1 (HTTP %2): the key is wrong, or it may not read %1. In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, check the key and give it the View (GET) permission on: %3.</source>
        <translation>PrestaShop weigerde de webservicesleutel voor %1 (HTTP %2): de sleutel klopt niet, of mag %1 niet lezen. Controleer in de back office van de webshop, onder Advanced Parameters &gt; Webservice, de sleutel en geef hem de rechten View (GET) op: %3.</translation>
    </message>
    <message>
        <source>In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, the key needs the View (GET) permission on: %1.</source>
        <translation>In de back office van de webshop, onder Advanced Parameters &gt; Webservice, heeft de sleutel de rechten View (GET) nodig op: %1.</translation>
    </message>
    <message>
        <source>The key may read everything Boekhoudbrug needs: %1.</source>
        <translation>De sleutel mag alles lezen wat Boekhoudbrug nodig heeft: %1.</translation>
    </message>
    <message>
        <source>The key works, but PrestaShop does not let it read %1. In the shop&apos;s back office, under Advanced Parameters &gt; Webservice, edit the key and tick View (GET) for %1. Boekhoudbrug needs View on: %2.</source>
        <translation>De sleutel werkt, maar PrestaShop laat hem %1 niet lezen. Bewerk de sleutel in de back office van de webshop, onder Advanced Parameters &gt; Webservice, en vink View (GET) aan voor %1. Boekhoudbrug heeft View nodig op: %2.</translation>
    </message>
    <message>
        <source>The webservice answered at %1; that address is saved.</source>
        <translation>De webservice antwoordde op %1; dat adres wordt bewaard.</translation>
    </message>
    <message>
        <source>This host does not pass the Authorization header on to PrestaShop (PHP as CGI or FastCGI), so Boekhoudbrug sends the key as ws_key in the address instead, over https only.</source>
        <translation>Deze server geeft de Authorization-header niet door aan PrestaShop (PHP als CGI of FastCGI); daarom stuurt Boekhoudbrug de sleutel als ws_key in het adres mee, alleen over https.</translation>
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
        <source>The order&apos;s conversion rate &quot;%1&quot; cannot be read, so its amounts cannot be converted to %2.</source>
        <translation>De wisselkoers &quot;%1&quot; van de bestelling is onleesbaar, dus de bedragen kunnen niet naar %2 worden omgerekend.</translation>
    </message>
    <message>
        <source>Order %1 has %2 invoices in PrestaShop; Boekhoudbrug books one invoice per order. Book these invoices by hand in e-Boekhouden, then choose &quot;Mark as booked by hand&quot; on it.</source>
        <translation>Bestelling %1 heeft %2 facturen in PrestaShop; Boekhoudbrug boekt één factuur per bestelling. Boek deze facturen handmatig in e-Boekhouden en kies daarna &quot;Markeren als handmatig geboekt&quot; voor deze bestelling.</translation>
    </message>
    <message>
        <source>Order %1 is in %2 at a conversion rate of %3 to %4, which cannot both be right. Check that %4 is the shop&apos;s default currency in the shop settings of Boekhoudbrug.</source>
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
        <source>Excl. VAT</source>
        <translation>Excl. btw</translation>
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
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Journaalpost</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Amounts sent:</source>
        <translation>Verstuurde bedragen:</translation>
    </message>
    <message>
        <source>The rows add up to %1 excl. and %2 incl. VAT; the shop&apos;s totals are %3 and %4.</source>
        <translation>De regels tellen op tot %1 excl. en %2 incl. btw; de totalen van de webshop zijn %3 en %4.</translation>
    </message>
    <message>
        <source>Booking of %1</source>
        <translation>Boeking van %1</translation>
    </message>
    <message>
        <source>Booked as an e-Boekhouden invoice on %1, as follows:</source>
        <translation>Op %1 geboekt als factuur in e-Boekhouden, als volgt:</translation>
    </message>
    <message>
        <source>Booked as a sales mutation (invoice sent) on %1, as follows:</source>
        <translation>Op %1 geboekt als verkoopmutatie (factuur verstuurd), als volgt:</translation>
    </message>
    <message>
        <source>relation %1 in e-Boekhouden</source>
        <translation>relatie %1 in e-Boekhouden</translation>
    </message>
    <message>
        <source>ledger id %1</source>
        <translation>grootboekrekening-id %1</translation>
    </message>
    <message>
        <source>This document is booked in e-Boekhouden (as %1), but Boekhoudbrug kept no record of what was sent: it was linked to a booking e-Boekhouden already had, or booked before this version kept its requests. Look it up in e-Boekhouden; a preview under today&apos;s settings could differ from what is booked.</source>
        <translation>Dit document is in e-Boekhouden geboekt (als %1), maar Boekhoudbrug heeft niet bewaard wat er is verstuurd: het is gekoppeld aan een boeking die al in e-Boekhouden stond, of geboekt voordat deze versie de verzoeken bewaarde. Zoek het op in e-Boekhouden; een voorbeeld met de huidige instellingen kan afwijken van wat er is geboekt.</translation>
    </message>
    <message>
        <source>Looking up the debtor in e-Boekhouden…</source>
        <translation>De debiteur wordt opgezocht in e-Boekhouden…</translation>
    </message>
    <message>
        <source>Boekhoudbrug is not connected to e-Boekhouden. Set up the connection in Settings.</source>
        <translation>Boekhoudbrug is niet verbonden met e-Boekhouden. Stel de verbinding in bij Instellingen.</translation>
    </message>
    <message>
        <source>Sent as %1 %2.</source>
        <translation>Verzonden als %1 %2.</translation>
    </message>
    <message>
        <source>The request cannot be shown: %1</source>
        <translation>Het verzoek kan niet worden getoond: %1</translation>
    </message>
</context>
<context>
    <name>ProfileOverviewPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Kleur…</translation>
    </message>
    <message>
        <source>Boekhoudbrug: all administrations</source>
        <translation>Boekhoudbrug: alle administraties</translation>
    </message>
    <message>
        <source>Each administration has its own e-Boekhouden login, shop and local database. Double-click one to work on it.</source>
        <translation>Elke administratie heeft eigen inloggegevens voor e-Boekhouden, een eigen webshop en een eigen lokale database. Dubbelklik op een administratie om ermee te werken.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>API token ends</source>
        <translation>Einddatum API-token</translation>
    </message>
    <message>
        <source>&amp;New administration…</source>
        <translation>&amp;Nieuwe administratie…</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profiel %1</translation>
    </message>
    <message>
        <source>Profile %1: the setup wizard was not finished for it</source>
        <translation>Profiel %1: de installatiewizard is hiervoor niet afgerond</translation>
    </message>
    <message>
        <source>not synced here yet</source>
        <translation>hier nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>geen einddatum</translation>
    </message>
    <message>
        <source>Rename the administration</source>
        <translation>Naam van de administratie wijzigen</translation>
    </message>
    <message>
        <source>The name shown for this administration (its data stay where they are):</source>
        <translation>De naam die voor deze administratie wordt getoond (de gegevens blijven waar ze zijn):</translation>
    </message>
    <message>
        <source>The colour of the administration</source>
        <translation>De kleur van de administratie</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>The administration you work on. Choose another to switch to it.</source>
        <translation>De administratie waarin u werkt. Kies een andere om daarnaar over te schakelen.</translation>
    </message>
    <message>
        <source>%1 (not set up)</source>
        <translation>%1 (niet ingesteld)</translation>
    </message>
</context>
<context>
    <name>ProfileWindows</name>
    <message>
        <source>Synchronisation under way</source>
        <translation>Synchronisatie bezig</translation>
    </message>
    <message>
        <source>%1 is being synchronised. Wait until it is done (or cancel it), then switch.</source>
        <translation>%1 wordt gesynchroniseerd. Wacht tot dit klaar is (of annuleer het) en schakel dan over.</translation>
    </message>
    <message>
        <source>Boekhoudbrug: %1</source>
        <translation>Boekhoudbrug: %1</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>All administrations</source>
        <translation>Alle administraties</translation>
    </message>
    <message>
        <source>What waits and what failed in every administration</source>
        <translation>Wat er wacht en wat er is mislukt in elke administratie</translation>
    </message>
    <message>
        <source>New administration…</source>
        <translation>Nieuwe administratie…</translation>
    </message>
    <message>
        <source>Set up another administration with its own e-Boekhouden login and shop</source>
        <translation>Een andere administratie instellen met eigen inloggegevens voor e-Boekhouden en een eigen webshop</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>reconcile --from DATE --until DATE: reads e-Boekhouden&apos;s sales bookings of the period and compares them with the shop&apos;s documents (missing, other amount, booked twice, not booked by Boekhoudbrug, not booked at all); exit code 0 only when nothing differs.</source>
        <translation>reconcile --from DATUM --until DATUM: leest de verkoopboekingen van de periode in e-Boekhouden en vergelijkt ze met de documenten van de webshop (ontbrekend, ander bedrag, dubbel geboekt, niet door Boekhoudbrug geboekt, helemaal niet geboekt); afsluitcode 0 alleen als er niets verschilt.</translation>
    </message>
    <message>
        <source>reconcile --from and --until take dates as YYYY-MM-DD, the second not before the first.</source>
        <translation>reconcile --from en --until nemen datums als JJJJ-MM-DD, de tweede niet vóór de eerste.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n sales booking(s) in e-Boekhouden, %3 booked by Boekhoudbrug and equal, %4 difference(s).</source>
        <translation>
            <numerusform>%1 tot %2: %n verkoopboeking in e-Boekhouden, %3 door Boekhoudbrug geboekt en gelijk, %4 verschil(len).</numerusform>
            <numerusform>%1 tot %2: %n verkoopboekingen in e-Boekhouden, %3 door Boekhoudbrug geboekt en gelijk, %4 verschil(len).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>Credit memo %1</source>
        <translation>Creditnota %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
    <message>
        <source>%1 is marked as booked, but no e-Boekhouden number is recorded with it. Run check-links to have its booking checked.</source>
        <translation>%1 is gemarkeerd als geboekt, maar er is geen e-Boekhouden-nummer bij vastgelegd. Voer check-links uit om de boeking te laten controleren.</translation>
    </message>
    <message>
        <source>%1 is marked as booked under %2, and so is %3: one booking cannot be two documents&apos;. Run check-links to find the one it is not, and check-links --repair to book that one again.</source>
        <translation>%1 is gemarkeerd als geboekt onder %2, en %3 ook: één boeking kan niet van twee documenten zijn. Voer check-links uit om te vinden van welk document ze niet is, en check-links --repair om dat document opnieuw te boeken.</translation>
    </message>
    <message>
        <source>%1 is booked %2 times in e-Boekhouden under %3. Keep the one Boekhoudbrug made (id %4) and delete the other in e-Boekhouden.</source>
        <translation>%1 is %2 keer geboekt in e-Boekhouden onder %3. Houd de boeking die Boekhoudbrug maakte (id %4) en verwijder de andere in e-Boekhouden.</translation>
    </message>
    <message>
        <source>%1 (dated %2 in the shop) is booked in e-Boekhouden under %3 dated %4, outside this period. Correct the date of the booking in e-Boekhouden if the period&apos;s figures must include it.</source>
        <translation>%1 (in de webshop gedateerd %2) is in e-Boekhouden geboekt onder %3 met datum %4, buiten deze periode. Corrigeer de datum van de boeking in e-Boekhouden als de cijfers van de periode haar moeten bevatten.</translation>
    </message>
    <message>
        <source>%1 is marked as booked under %2, but e-Boekhouden has no such booking (deleted there?). Check e-Boekhouden; to book it again, run check-links --repair, then sync.</source>
        <translation>%1 is gemarkeerd als geboekt onder %2, maar e-Boekhouden heeft zo&apos;n boeking niet (daar verwijderd?). Controleer e-Boekhouden; om het opnieuw te boeken: voer check-links --repair uit en daarna sync.</translation>
    </message>
    <message>
        <source>%1 is booked under %2 for %3 incl. VAT in e-Boekhouden, but the document amounts to %4. Correct the booking in e-Boekhouden (or delete it there and book the document again).</source>
        <translation>%1 is in e-Boekhouden geboekt onder %2 voor %3 incl. btw, maar het document bedraagt %4. Corrigeer de boeking in e-Boekhouden (of verwijder haar daar en boek het document opnieuw).</translation>
    </message>
    <message>
        <source>%1 is booked under %2 with %3 VAT in e-Boekhouden, but the document has %4 VAT. Check the VAT codes of the booking and the VAT mapping, and correct the booking in e-Boekhouden.</source>
        <translation>%1 is in e-Boekhouden geboekt onder %2 met %3 btw, maar het document heeft %4 btw. Controleer de btw-codes van de boeking en de btw-koppeling, en corrigeer de boeking in e-Boekhouden.</translation>
    </message>
    <message>
        <source>e-Boekhouden holds a booking under %1 dated %2 for %3 that Boekhoudbrug did not make, and %4 is not marked as booked. If that booking is this document&apos;s, mark it as booked by hand (mark-booked); otherwise correct it in e-Boekhouden.</source>
        <translation>e-Boekhouden heeft een boeking onder %1 met datum %2 voor %3 die Boekhoudbrug niet maakte, en %4 is niet gemarkeerd als geboekt. Is die boeking van dit document, markeer het dan als handmatig geboekt (mark-booked); corrigeer haar anders in e-Boekhouden.</translation>
    </message>
    <message>
        <source>e-Boekhouden holds a sales booking under %1 dated %2 for %3 that Boekhoudbrug did not make (booked by hand or by another integration). Check that it belongs in the books and is not a shop document booked a second time.</source>
        <translation>e-Boekhouden heeft een verkoopboeking onder %1 met datum %2 voor %3 die Boekhoudbrug niet maakte (handmatig of door een andere koppeling geboekt). Controleer dat ze in de boeken hoort en geen document van de webshop is dat een tweede keer is geboekt.</translation>
    </message>
    <message>
        <source>%1 of %2 is not booked in e-Boekhouden. Run a sync to book it.</source>
        <translation>%1 van %2 is niet geboekt in e-Boekhouden. Voer een synchronisatie uit om het te boeken.</translation>
    </message>
    <message>
        <source>%1 of %2 is not booked in e-Boekhouden. Run a sync to book it; the last attempt said: %3</source>
        <translation>%1 van %2 is niet geboekt in e-Boekhouden. Voer een synchronisatie uit om het te boeken; de laatste poging meldde: %3</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Missing in e-Boekhouden</source>
        <translation>Ontbreekt in e-Boekhouden</translation>
    </message>
    <message>
        <source>Booked on another date</source>
        <translation>Op een andere datum geboekt</translation>
    </message>
    <message>
        <source>Other amount</source>
        <translation>Ander bedrag</translation>
    </message>
    <message>
        <source>Other VAT</source>
        <translation>Andere btw</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Dubbel geboekt</translation>
    </message>
    <message>
        <source>Not booked by Boekhoudbrug</source>
        <translation>Niet door Boekhoudbrug geboekt</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Niet geboekt</translation>
    </message>
    <message>
        <source>Compare with e-Boekhouden</source>
        <translation>Vergelijken met e-Boekhouden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose a period and compare: e-Boekhouden&apos;s sales bookings of the period are read and compared with the shop&apos;s documents.</source>
        <translation>Kies een periode en vergelijk: de verkoopboekingen van de periode in e-Boekhouden worden gelezen en vergeleken met de documenten van de webshop.</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>What differs and what to do</source>
        <translation>Wat er verschilt en wat u moet doen</translation>
    </message>
    <message>
        <source>Choose a period: a from and an until date, the second not before the first.</source>
        <translation>Kies een periode: een begin- en een einddatum, waarbij de einddatum niet vóór de begindatum ligt.</translation>
    </message>
    <message>
        <source>Boekhoudbrug is not connected to e-Boekhouden. Set up the connection in Settings, then compare again.</source>
        <translation>Boekhoudbrug is niet gekoppeld aan e-Boekhouden. Stel de koppeling in bij Instellingen en vergelijk daarna opnieuw.</translation>
    </message>
    <message>
        <source>Reading e-Boekhouden&apos;s sales bookings of %1 to %2…</source>
        <translation>De verkoopboekingen van %1 tot en met %2 worden uit e-Boekhouden gelezen…</translation>
    </message>
    <message>
        <source>Comparison cancelled; nothing was changed.</source>
        <translation>Vergelijking geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>e-Boekhouden could not be read, so nothing was compared: %1 Try again later.</source>
        <translation>e-Boekhouden kon niet worden gelezen, dus er is niets vergeleken: %1 Probeer het later opnieuw.</translation>
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
        <source>Booking %1</source>
        <translation>Boeking %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the books agree. %n sales booking(s) in e-Boekhouden, each booked by Boekhoudbrug and equal to its document.</source>
        <translation>
            <numerusform>%1: de boeken kloppen. %n verkoopboeking in e-Boekhouden, door Boekhoudbrug geboekt en gelijk aan het document.</numerusform>
            <numerusform>%1: de boeken kloppen. %n verkoopboekingen in e-Boekhouden, elk door Boekhoudbrug geboekt en gelijk aan het bijbehorende document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) to look at; each line says what to do.</source>
        <translation>
            <numerusform>%1: %n verschil om na te kijken; elke regel zegt wat u moet doen.</numerusform>
            <numerusform>%1: %n verschillen om na te kijken; elke regel zegt wat u moet doen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationImport</name>
    <message>
        <source>The local database refused the relations: check the disk space and that no other program holds the database, then import again.</source>
        <translation>De lokale database weigerde de relaties: controleer de vrije schijfruimte en of geen ander programma de database in gebruik heeft, en importeer daarna opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>The relations could not all be read from e-Boekhouden (%1). %n relation(s) were imported; run the import again later to go on.</source>
        <translation>
            <numerusform>Niet alle relaties konden uit e-Boekhouden worden gelezen (%1). %n relatie is geïmporteerd; voer de import later opnieuw uit om verder te gaan.</numerusform>
            <numerusform>Niet alle relaties konden uit e-Boekhouden worden gelezen (%1). %n relaties zijn geïmporteerd; voer de import later opnieuw uit om verder te gaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s) in e-Boekhouden; %1 read into the local database, %2 known already. Shop customers are matched to them before a new debtor is created.</source>
        <translation>
            <numerusform>%n relatie in e-Boekhouden; %1 ingelezen in de lokale database, %2 al bekend. Klanten van de webshop worden hieraan gekoppeld voordat er een nieuwe debiteur wordt aangemaakt.</numerusform>
            <numerusform>%n relaties in e-Boekhouden; %1 ingelezen in de lokale database, %2 al bekend. Klanten van de webshop worden hieraan gekoppeld voordat er een nieuwe debiteur wordt aangemaakt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report vat|icp|oss --from DATE --until DATE (or --quarter 2026Q4) [--csv FILE] [--pdf FILE]: the VAT reconciliation per VAT code, rate and country with its VAT return box, the ICP listing per customer VAT number, or the OSS summary per member state and rate, of the booked documents of the period; vat exits 1 when what is booked differs from the shop&apos;s figures.</source>
        <translation>report vat|icp|oss --from DATE --until DATE (of --quarter 2026Q4) [--csv FILE] [--pdf FILE]: de btw-aansluiting per btw-code, tarief en land met de bijbehorende rubriek van de btw-aangifte, de opgaaf ICP per btw-nummer van de klant, of het OSS-overzicht per lidstaat en tarief, van de geboekte documenten in de periode; vat eindigt met afsluitcode 1 als wat geboekt is afwijkt van de cijfers van de webshop.</translation>
    </message>
    <message>
        <source>report takes vat, icp or oss.</source>
        <translation>report verwacht vat, icp of oss.</translation>
    </message>
    <message>
        <source>--quarter takes a quarter as 2026Q4, and goes without --from and --until.</source>
        <translation>--quarter verwacht een kwartaal als 2026Q4, en gaat niet samen met --from en --until.</translation>
    </message>
    <message>
        <source>report needs --quarter (as 2026Q4), or --from and --until as YYYY-MM-DD, the second not before the first.</source>
        <translation>report heeft --quarter nodig (als 2026Q4), of --from en --until als JJJJ-MM-DD, de tweede niet vóór de eerste.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>CSV written to %1.</source>
        <translation>CSV geschreven naar %1.</translation>
    </message>
    <message>
        <source>PDF written to %1.</source>
        <translation>PDF geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>ReportCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Nothing in this period.</source>
        <translation>Niets in deze periode.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Other period</source>
        <translation>Andere periode</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Kwartaal:</translation>
    </message>
    <message>
        <source>VAT reconciliation</source>
        <translation>Btw-aansluiting</translation>
    </message>
    <message>
        <source>ICP listing</source>
        <translation>Opgaaf ICP</translation>
    </message>
    <message>
        <source>OSS summary</source>
        <translation>OSS-overzicht</translation>
    </message>
    <message>
        <source>Choose a period: a quarter, or a from and an until date.</source>
        <translation>Kies een periode: een kwartaal, of een begin- en een einddatum.</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Niets in deze periode.</translation>
    </message>
    <message>
        <source>Shop VAT</source>
        <translation>Btw volgens webshop</translation>
    </message>
    <message>
        <source>Booked VAT</source>
        <translation>Geboekte btw</translation>
    </message>
    <message>
        <source>VAT per rate and country</source>
        <translation>Btw per tarief en land</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporteren als CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>schedule on [--every MINUTES] | off | status: sync the profile also when Boekhoudbrug is closed, through the operating system&apos;s scheduler (a systemd user timer on Linux, a launchd agent on macOS, a Task Scheduler task on Windows); at least every %1 minutes.</source>
        <translation>schedule on [--every MINUTEN] | off | status: het profiel ook synchroniseren als Boekhoudbrug gesloten is, via de planner van het besturingssysteem (een systemd-gebruikerstimer op Linux, een launchd-agent op macOS, een taak in Taakplanner op Windows); hoogstens eens per %1 minuten.</translation>
    </message>
    <message>
        <source>--every must be at least %1 minutes: e-Boekhouden limits how often it may be asked.</source>
        <translation>--every moet minstens %1 minuten zijn: e-Boekhouden beperkt hoe vaak het mag worden aangesproken.</translation>
    </message>
    <message>
        <source>Profile %1 syncs also when Boekhoudbrug is closed.</source>
        <translation>Profiel %1 synchroniseert ook als Boekhoudbrug gesloten is.</translation>
    </message>
    <message>
        <source>Profile %1 syncs only while Boekhoudbrug is open.</source>
        <translation>Profiel %1 synchroniseert alleen als Boekhoudbrug open is.</translation>
    </message>
    <message>
        <source>schedule takes on, off or status.</source>
        <translation>schedule verwacht on, off of status.</translation>
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
        <source>How documents are booked can be changed here once an administration is set up; the demo&apos;s sandbox books with fixed settings. Run the setup wizard to connect your own.</source>
        <translation>Hoe documenten worden geboekt kunt u hier wijzigen zodra een administratie is ingericht; de zandbak van de demo boekt met vaste instellingen. Start de installatiewizard om uw eigen administratie te koppelen.</translation>
    </message>
    <message>
        <source>&amp;Check my setup…</source>
        <translation>Mijn instellingen &amp;controleren…</translation>
    </message>
    <message>
        <source>Tests both connections, the token&apos;s end date, the ledgers and template in the settings and the VAT mapping, and says what to fix.</source>
        <translation>Test beide verbindingen, de einddatum van het token, de ingestelde grootboekrekeningen en het factuursjabloon en de btw-koppeling, en zegt wat er hersteld moet worden.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Show the saved settings again</source>
        <translation>De opgeslagen instellingen weer tonen</translation>
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
        <source>Not saved: see the Booking section for what to fix.</source>
        <translation>Niet opgeslagen: zie het onderdeel Boeken voor wat u moet aanpassen.</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>Niet opgeslagen: het instellingenbestand kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>The saved settings are shown again.</source>
        <translation>De opgeslagen instellingen worden weer getoond.</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Niet-opgeslagen instellingen</translation>
    </message>
    <message>
        <source>Some settings are changed but not saved. Save them now?</source>
        <translation>Sommige instellingen zijn gewijzigd maar niet opgeslagen. Nu opslaan?</translation>
    </message>
    <message>
        <source>Discard shows the saved settings again; Cancel stays here.</source>
        <translation>Met Weggooien ziet u weer de opgeslagen instellingen; met Annuleren blijft u hier.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>SetupCheck</name>
    <message>
        <source>API token end date</source>
        <translation>Einddatum van het API-token</translation>
    </message>
    <message>
        <source>No end date is known for the token. If you gave it one in e-Boekhouden, enter it in the setup wizard so that Boekhoudbrug warns before it stops working.</source>
        <translation>Er is geen einddatum van het token bekend. Heeft het token in e-Boekhouden een einddatum gekregen, vul die dan in de installatiewizard in, zodat Boekhoudbrug waarschuwt voordat het token niet meer werkt.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Geldig tot %1.</translation>
    </message>
    <message>
        <source>Booking settings</source>
        <translation>Boekingsinstellingen</translation>
    </message>
    <message>
        <source>&quot;Let e-Boekhouden number the invoices&quot; only works when documents are booked as e-Boekhouden invoices: a sales mutation needs the shop&apos;s number, so every document would fail. Choose &quot;as in the shop&quot; numbering, or book as invoices.</source>
        <translation>&quot;e-Boekhouden laten nummeren&quot; werkt alleen als documenten als e-Boekhouden-facturen worden geboekt: een verkoopmutatie heeft het nummer van de webshop nodig, dus elk document zou mislukken. Kies de nummering &quot;Zoals in de webshop&quot;, of boek als facturen.</translation>
    </message>
    <message>
        <source>Documents are booked as e-Boekhouden invoices, but no invoice template is chosen. Choose one in Settings → Booking.</source>
        <translation>Documenten worden geboekt als e-Boekhouden-facturen, maar er is geen factuursjabloon gekozen. Kies er een bij Instellingen → Boeken.</translation>
    </message>
    <message>
        <source>No debtor ledger is chosen. Choose one in Settings → Booking.</source>
        <translation>Er is geen debiteurenrekening gekozen. Kies er een bij Instellingen → Boeken.</translation>
    </message>
    <message>
        <source>The booking settings fit together.</source>
        <translation>De boekingsinstellingen passen bij elkaar.</translation>
    </message>
    <message>
        <source>debtor ledger</source>
        <translation>debiteurenrekening</translation>
    </message>
    <message>
        <source>bank ledger</source>
        <translation>bankrekening</translation>
    </message>
    <message>
        <source>bank ledger for %1</source>
        <translation>bankrekening voor %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ledgers in the settings</source>
        <translation>Grootboekrekeningen in de instellingen</translation>
    </message>
    <message>
        <source>e-Boekhouden has no ledger %1. Choose an existing ledger in Settings → Booking, or create it in e-Boekhouden.</source>
        <translation>e-Boekhouden heeft geen grootboekrekening %1. Kies een bestaande rekening bij Instellingen → Boeken, of maak de rekening aan in e-Boekhouden.</translation>
    </message>
    <message numerus="yes">
        <source>Every ledger the settings name exists in e-Boekhouden (%n ledger(s) read).</source>
        <translation>
            <numerusform>Elke grootboekrekening die de instellingen noemen, bestaat in e-Boekhouden (%n rekening gelezen).</numerusform>
            <numerusform>Elke grootboekrekening die de instellingen noemen, bestaat in e-Boekhouden (%n rekeningen gelezen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice template</source>
        <translation>Factuursjabloon</translation>
    </message>
    <message>
        <source>Not needed: documents are booked as sales mutations.</source>
        <translation>Niet nodig: documenten worden als verkoopmutaties geboekt.</translation>
    </message>
    <message>
        <source>This login cannot list the templates; &quot;%1&quot; is checked at the first booking. Make sure the name is exactly the one in e-Boekhouden.</source>
        <translation>Met deze inloggegevens kunnen de sjablonen niet worden opgevraagd; &quot;%1&quot; wordt bij de eerste boeking gecontroleerd. Zorg dat de naam precies overeenkomt met die in e-Boekhouden.</translation>
    </message>
    <message>
        <source>e-Boekhouden has no invoice template named &quot;%1&quot;. Choose one of its templates in Settings → Booking.</source>
        <translation>e-Boekhouden heeft geen factuursjabloon met de naam &quot;%1&quot;. Kies een van de sjablonen bij Instellingen → Boeken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists in e-Boekhouden.</source>
        <translation>&quot;%1&quot; bestaat in e-Boekhouden.</translation>
    </message>
    <message>
        <source>VAT mapping</source>
        <translation>Btw-koppeling</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting document(s) have a VAT rate the mapping does not cover: </source>
        <translation>
            <numerusform>%n wachtend document heeft een btw-tarief dat de koppeling niet dekt: </numerusform>
            <numerusform>%n wachtende documenten hebben een btw-tarief dat de koppeling niet dekt: </numerusform>
        </translation>
    </message>
    <message>
        <source>Add the rows on the VAT Mapping page.</source>
        <translation>Voeg de regels toe op de pagina Btw-koppeling.</translation>
    </message>
    <message numerus="yes">
        <source>Every VAT rate of the %n waiting document(s) is mapped.</source>
        <translation>
            <numerusform>Elk btw-tarief van het %n wachtende document is gekoppeld.</numerusform>
            <numerusform>Elk btw-tarief van de %n wachtende documenten is gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unattended sync</source>
        <translation>Onbeheerde synchronisatie</translation>
    </message>
    <message>
        <source>&quot;Also when Boekhoudbrug is closed&quot; is on, but the system&apos;s scheduler does not have it (any more). Switch it off and on in Settings, or run &quot;boekhoudbrug-cli schedule on&quot;.</source>
        <translation>&quot;Ook als Boekhoudbrug gesloten is&quot; staat aan, maar de planner van het systeem kent die taak niet (meer). Zet de optie uit en weer aan in Instellingen, of voer &quot;boekhoudbrug-cli schedule on&quot; uit.</translation>
    </message>
    <message>
        <source>The system&apos;s scheduler runs a sync of this profile that Settings do not know of. Run &quot;boekhoudbrug-cli schedule off&quot; if it is not wanted.</source>
        <translation>De planner van het systeem voert een synchronisatie van dit profiel uit die niet in Instellingen staat. Voer &quot;boekhoudbrug-cli schedule off&quot; uit als die niet gewenst is.</translation>
    </message>
    <message>
        <source>The system&apos;s scheduler syncs this profile also when Boekhoudbrug is closed.</source>
        <translation>De planner van het systeem synchroniseert dit profiel ook als Boekhoudbrug gesloten is.</translation>
    </message>
    <message>
        <source>Syncs only while Boekhoudbrug is open.</source>
        <translation>Synchroniseert alleen als Boekhoudbrug open is.</translation>
    </message>
    <message>
        <source>e-Boekhouden login in the keychain</source>
        <translation>Inloggegevens voor e-Boekhouden in de sleutelhanger</translation>
    </message>
    <message>
        <source>Found (%1).</source>
        <translation>Gevonden (%1).</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <source>username and security codes</source>
        <translation>gebruikersnaam en beveiligingscodes</translation>
    </message>
    <message>
        <source>e-Boekhouden connection</source>
        <translation>Verbinding met e-Boekhouden</translation>
    </message>
    <message>
        <source>Shop connection</source>
        <translation>Verbinding met de webshop</translation>
    </message>
    <message>
        <source>No shop is set up: run the setup wizard.</source>
        <translation>Er is geen webshop ingesteld: doorloop de installatiewizard.</translation>
    </message>
    <message>
        <source>[ok]</source>
        <translation>[ok]</translation>
    </message>
    <message>
        <source>[attention]</source>
        <translation>[let op]</translation>
    </message>
    <message>
        <source>[problem]</source>
        <translation>[probleem]</translation>
    </message>
</context>
<context>
    <name>SetupCheckDialog</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Mijn instellingen controleren</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Found, and what to do</source>
        <translation>Bevinding en wat te doen</translation>
    </message>
    <message>
        <source>Checking both connections and the settings…</source>
        <translation>Beide verbindingen en de instellingen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Something must be fixed before documents can be booked: see the lines marked Problem.</source>
        <translation>Er moet iets worden hersteld voordat documenten kunnen worden geboekt: zie de regels met Probleem.</translation>
    </message>
    <message>
        <source>The setup can book; the lines marked Attention need a look soon.</source>
        <translation>Met deze instellingen kan worden geboekt; bekijk de regels met Let op binnenkort.</translation>
    </message>
    <message>
        <source>Everything checked is in order.</source>
        <translation>Alles wat is gecontroleerd, is in orde.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Boekhoudbrug</source>
        <translation>Boekhoudbrug instellen</translation>
    </message>
    <message>
        <source>Discard the setup?</source>
        <translation>Instellingen weggooien?</translation>
    </message>
    <message>
        <source>What you entered in the setup wizard has not been saved. Discard it and close the wizard?</source>
        <translation>Wat in de installatiewizard is ingevuld, is nog niet bewaard. Weggooien en de wizard sluiten?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>ShopConnectionSettings</name>
    <message>
        <source>Choose the shop&apos;s platform.</source>
        <translation>Kies het platform van de webshop.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s REST address, e.g. https://shop.example/rest.</source>
        <translation>Vul het REST-adres van de webshop in, bijv. https://shop.example/rest.</translation>
    </message>
    <message>
        <source>Enter the integration&apos;s four keys (or only the access token when the shop accepts it as a Bearer token).</source>
        <translation>Vul de vier sleutels van de integratie in (of alleen het access token als de webshop dat als Bearer-token accepteert).</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s webservice address, e.g. https://shop.example/api.</source>
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
        <source>BOEKHOUDBRUG_SHOP must be magento or prestashop, not &quot;%1&quot;.</source>
        <translation>BOEKHOUDBRUG_SHOP moet magento of prestashop zijn, niet &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ShopHttpClient</name>
    <message>
        <source>The shop refused the credentials (HTTP %1) for %2: check the keys in the shop settings and the integration&apos;s permissions.</source>
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
    <message>
        <source>Refused to send the shop&apos;s keys unencrypted to %1: the address starts with http://. Use the shop&apos;s https:// address.</source>
        <translation>Boekhoudbrug weigert de sleutels van de webshop onversleuteld naar %1 te sturen: het adres begint met http://. Gebruik het https://-adres van de webshop.</translation>
    </message>
    <message>
        <source>The shop refused the credentials (HTTP %1) for %2: &quot;%3&quot; Check the keys in the shop settings and the integration&apos;s permissions.</source>
        <translation>De webshop weigerde de inloggegevens (HTTP %1) voor %2: &quot;%3&quot; Controleer de sleutels in de webshopinstellingen en de rechten van de integratie.</translation>
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
        <source>optional, for &quot;Open in shop&quot;</source>
        <translation>optioneel, voor &quot;In webshop openen&quot;</translation>
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
        <source>Shop&apos;s time &amp;zone:</source>
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
        <source>The ids of the order states, separated by commas; after &quot;Test connection&quot; the shop&apos;s states are listed by name to tick.</source>
        <translation>De nummers van de bestelstatussen, gescheiden door komma&apos;s; na &quot;Verbinding testen&quot; staan de statussen van de webshop op naam om aan te vinken.</translation>
    </message>
    <message>
        <source>Create the integration in Magento&apos;s admin under System &gt; Extensions &gt; Integrations and give it these resources on its API tab: Stores (Magento_Backend::store), Sales (Magento_Sales::sales) and Customers (Magento_Customer::customer). Activate it to see the four keys. The address may be the shop&apos;s home page: the test finds the REST API (/rest, /index.php/rest, /rest/&lt;store code&gt;) and saves the address that answered.</source>
        <translation>Maak de integratie aan in het beheer van Magento onder System &gt; Extensions &gt; Integrations en geef haar op het tabblad API deze resources: Stores (Magento_Backend::store), Sales (Magento_Sales::sales) en Customers (Magento_Customer::customer). Activeer de integratie om de vier sleutels te zien. Het adres mag de startpagina van de webshop zijn: de test zoekt de REST-API (/rest, /index.php/rest, /rest/&lt;store code&gt;) en bewaart het adres dat antwoordde.</translation>
    </message>
    <message>
        <source>Create the key in PrestaShop&apos;s back office under Advanced Parameters &gt; Webservice and give it the View (GET) permission on: %1. The address may be the shop&apos;s home page: the test finds the webservice at /api and says which permission is missing.</source>
        <translation>Maak de sleutel aan in de back office van PrestaShop onder Advanced Parameters &gt; Webservice en geef hem de rechten View (GET) op: %1. Het adres mag de startpagina van de webshop zijn: de test vindt de webservice op /api en zegt welke rechten ontbreken.</translation>
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
        <source>This invoice</source>
        <translation>Deze factuur</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
    <message>
        <source>%1 needs VAT code AFW_VERK with the shop&apos;s own VAT amount, and an invoice through the SOAP connection (username and security codes) cannot carry a VAT amount, so e-Boekhouden would book it without its VAT. Nothing was posted. Book invoices as sales mutations (Settings &gt; Booking), or connect with an API token, then push the document again.</source>
        <translation>%1 vraagt btw-code AFW_VERK met het eigen btw-bedrag van de webshop, en een factuur via de SOAP-koppeling (gebruikersnaam en beveiligingscodes) kan geen btw-bedrag meegeven, dus e-Boekhouden zou haar zonder btw boeken. Er is niets geboekt. Boek facturen als verkoopmutaties (Instellingen &gt; Boeken), of maak verbinding met een API-token, en verstuur het document daarna opnieuw.</translation>
    </message>
    <message>
        <source>The SOAP connection cannot create products.</source>
        <translation>Via de SOAP-koppeling kunnen geen artikelen worden aangemaakt.</translation>
    </message>
    <message>
        <source>e-Boekhouden&apos;s SOAP API answers at most %1 bookings at a time: reconcile a shorter period.</source>
        <translation>De SOAP-API van e-Boekhouden geeft hoogstens %1 boekingen tegelijk: vergelijk een kortere periode.</translation>
    </message>
    <message>
        <source>%1 matches the shop&apos;s VAT to the cent only with prices including VAT, and an invoice through the SOAP connection (username and security codes) takes prices excluding VAT. Nothing was posted. Book invoices as sales mutations (Settings &gt; Booking), or connect with an API token, then push the document again.</source>
        <translation>%1 klopt alleen met prijzen inclusief btw op de cent met de btw van de webshop, en een factuur via de SOAP-verbinding (gebruikersnaam en beveiligingscodes) neemt prijzen exclusief btw. Er is niets verzonden. Boek facturen als verkoopmutaties (Instellingen &gt; Boeken), of maak verbinding met een API-token, en boek het document daarna opnieuw.</translation>
    </message>
    <message>
        <source>Row %1 of %2 was not sent: its amounts do not add up (%3 excl. VAT + %4 VAT is not %5 incl. VAT, entered %6). Nothing was booked. This is a fault in Boekhoudbrug: please report it with this message.</source>
        <translation>Regel %1 van %2 is niet verzonden: de bedragen kloppen niet (%3 excl. btw + %4 btw is niet %5 incl. btw, ingevoerd %6). Er is niets geboekt. Dit is een fout in Boekhoudbrug: meld die met dit bericht.</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>store where: where the profile&apos;s database is. store migrate --to postgresql://user@host:port/db (password in PGPASSWORD) or --to sqlite:FILE: copies the profile&apos;s database there, compares every table, and switches the profile to it only when all are equal. Stop other syncs of the profile first.</source>
        <translation>store where: waar de database van het profiel staat. store migrate --to postgresql://user@host:port/db (wachtwoord in PGPASSWORD) of --to sqlite:FILE: kopieert de database van het profiel daarheen, vergelijkt elke tabel, en schakelt het profiel er alleen op over als alle tabellen gelijk zijn. Stop eerst andere synchronisaties van het profiel.</translation>
    </message>
    <message>
        <source>The profile %1 already uses %2.</source>
        <translation>Het profiel %1 gebruikt %2 al.</translation>
    </message>
    <message>
        <source>%1 exists already: move the profile to a new file.</source>
        <translation>%1 bestaat al: verplaats het profiel naar een nieuw bestand.</translation>
    </message>
    <message>
        <source>Copying %1 to %2</source>
        <translation>Kopiëren van %1 naar %2</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 copied, checksum %4</source>
        <translation>%1: %2 rijen, %3 gekopieerd, controlesom %4</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>VERSCHILLEND</translation>
    </message>
    <message>
        <source>The profile %1 now uses %2. The old database %3 is left as it was: remove it once you no longer need it.</source>
        <translation>Het profiel %1 gebruikt nu %2. De oude database %3 is ongewijzigd gelaten: verwijder die zodra u hem niet meer nodig hebt.</translation>
    </message>
</context>
<context>
    <name>StoreMigration</name>
    <message>
        <source>The two databases are not of the same schema (%1 and %2): open both with this version of Boekhoudbrug first.</source>
        <translation>De twee databases hebben niet hetzelfde schema (%1 en %2): open ze eerst allebei met deze versie van Boekhoudbrug.</translation>
    </message>
    <message>
        <source>The target %1 already holds data (table %2): move a profile only into an empty database.</source>
        <translation>Het doel %1 bevat al gegevens (tabel %2): verplaats een profiel alleen naar een lege database.</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3.</source>
        <translation>De tabel %1 heeft in %2 andere kolommen dan in %3.</translation>
    </message>
    <message>
        <source>Copying table %1 failed: %2</source>
        <translation>Kopiëren van tabel %1 mislukt: %2</translation>
    </message>
    <message>
        <source>The copy is not equal to the original (see the tables above): the profile keeps its store.</source>
        <translation>De kopie is niet gelijk aan het origineel (zie de tabellen hierboven): het profiel houdt zijn lokale database.</translation>
    </message>
</context>
<context>
    <name>StoreMove</name>
    <message>
        <source>Enter where the database should go: a new file, or postgresql://user@host:port/database.</source>
        <translation>Geef op waar de database naartoe moet: een nieuw bestand, of postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The profile already uses %1.</source>
        <translation>Het profiel gebruikt %1 al.</translation>
    </message>
    <message>
        <source>%1 exists already: move the profile to a new file.</source>
        <translation>%1 bestaat al: verplaats het profiel naar een nieuw bestand.</translation>
    </message>
</context>
<context>
    <name>StoreSection</name>
    <message>
        <source>&amp;Move store…</source>
        <translation>Database &amp;verplaatsen…</translation>
    </message>
    <message>
        <source>Copy this administration&apos;s database to a new file or a PostgreSQL database, and use the copy from then on</source>
        <translation>Kopieer de database van deze administratie naar een nieuw bestand of een PostgreSQL-database, en gebruik vanaf dan de kopie</translation>
    </message>
    <message>
        <source>Documents, logs, the VAT mapping and the booking settings are kept in this database; every desktop that uses the same PostgreSQL database shares them. Logins stay in each computer&apos;s keychain.</source>
        <translation>Documenten, logs, de btw-koppeling en de boekingsinstellingen staan in deze database; elke computer die dezelfde PostgreSQL-database gebruikt, deelt ze. Inloggegevens blijven in de sleutelhanger van elke computer.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>A synchronisation is running: wait until it has finished, then move the database.</source>
        <translation>Er loopt een synchronisatie: wacht tot die klaar is en verplaats dan de database.</translation>
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
        <translation>Creditnota&apos;s: %1</translation>
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
        <translation>%1: %2 gelezen, %3 facturen, %4 creditnota&apos;s, %5 klanten, %6 onleesbaar, %7 nog niet te boeken</translation>
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
        <translation>
            <numerusform>%n document gemarkeerd als handmatig geboekt; Boekhoudbrug boekt het niet.</numerusform>
            <numerusform>%n documenten gemarkeerd als handmatig geboekt; Boekhoudbrug boekt ze niet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The others were booked already or are being booked: nothing changed for them.</source>
        <translation>De andere waren al geboekt of worden net geboekt: voor die documenten is niets veranderd.</translation>
    </message>
    <message>
        <source>Payments: %1</source>
        <translation>Betalingen: %1</translation>
    </message>
    <message>
        <source>Refunds: %1</source>
        <translation>Terugbetalingen: %1</translation>
    </message>
    <message>
        <source>unreadable invoice</source>
        <translation>onleesbare factuur</translation>
    </message>
    <message>
        <source>unreadable credit memo</source>
        <translation>onleesbare creditnota</translation>
    </message>
    <message>
        <source>%1 cannot be booked: the shop&apos;s document could not be read: %2</source>
        <translation>%1 kan niet worden geboekt: het document van de webshop kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The shop refused the key: nothing new was read from it. Fix the key or its permissions in the shop, then run sync again.</source>
        <translation>De webshop weigerde de sleutel: er is niets nieuws gelezen. Herstel de sleutel of de rechten ervan in de webshop en voer daarna sync opnieuw uit.</translation>
    </message>
    <message>
        <source>Credit memo %1</source>
        <translation>Creditnota %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Factuur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booked document(s) checked: every link is the document&apos;s own booking.</source>
        <translation>
            <numerusform>%n geboekt document gecontroleerd: elke koppeling is de eigen boeking van het document.</numerusform>
            <numerusform>%n geboekte documenten gecontroleerd: elke koppeling is de eigen boeking van het document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) marked as booked are linked to a booking that is not theirs. Run check-links --repair to offer them again; the next sync books them.</source>
        <translation>
            <numerusform>%n document dat als geboekt is gemarkeerd, is gekoppeld aan een boeking die er niet bij hoort. Voer check-links --repair uit om het opnieuw aan te bieden; de volgende synchronisatie boekt het.</numerusform>
            <numerusform>%n documenten die als geboekt zijn gemarkeerd, zijn gekoppeld aan een boeking die er niet bij hoort. Voer check-links --repair uit om ze opnieuw aan te bieden; de volgende synchronisatie boekt ze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) offered again: the next sync books them.</source>
        <translation>
            <numerusform>%n document opnieuw aangeboden: de volgende synchronisatie boekt het.</numerusform>
            <numerusform>%n documenten opnieuw aangeboden: de volgende synchronisatie boekt ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments: %1 booked, %2 failed, %3 to try again later</source>
        <translation>Betalingen: %1 geboekt, %2 mislukt, %3 worden later opnieuw geprobeerd</translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden: an existing debtor of this customer was not looked up, so the debtor shown may not be the one used.</source>
        <translation>Niet verbonden met e-Boekhouden: een bestaande debiteur van deze klant is niet opgezocht, dus de getoonde debiteur is misschien niet degene die wordt gebruikt.</translation>
    </message>
    <message>
        <source>Sync commands: status; logs [--failed] [--since YYYY-MM-DD | --days N]; preview --invoice N | --creditmemo N [--body] (--body: also the exact request that would be sent); push --invoice N... --creditmemo N...; push --customer ID|EMAIL (updates or creates the customer&apos;s debtor); reprocess --invoice N... --creditmemo N... (offers failed documents again and books them); mark-booked --invoice N... --creditmemo N... (documents booked by hand in e-Boekhouden: never booked by Boekhoudbrug); import (reads the shop into the local database; with --from DATE [--until DATE] every document the shop created in that period, however old); sync (reads the shop, then books everything pending); vat-mapping export|import FILE (CSV).
sync and push book --concurrency N documents at a time (1 to 8) and send at most --rate N requests per second to e-Boekhouden (0: no limit); without them, the values of the app&apos;s Settings.
The shop is the one the setup wizard saved for the profile, or, when set, BOEKHOUDBRUG_SHOP, BOEKHOUDBRUG_SHOP_URL and BOEKHOUDBRUG_MAGENTO_* or BOEKHOUDBRUG_PRESTASHOP_* (see README).
Exit codes: 0 all booked, 1 some documents need attention (see logs), 75 try again later, 77 login refused, 78 not configured, 64 wrong usage.
check-links [--repair]: lists documents marked as booked whose e-Boekhouden booking is not theirs (another kind, sign, amount or relation); --repair offers them again.</source>
        <translation>Synchronisatieopdrachten: status; logs [--failed] [--since JJJJ-MM-DD | --days N]; preview --invoice N | --creditmemo N [--body] (--body: ook het exacte verzoek dat verstuurd zou worden); push --invoice N... --creditmemo N...; push --customer ID|EMAIL (werkt de debiteur van de klant bij of maakt die aan); reprocess --invoice N... --creditmemo N... (biedt mislukte documenten opnieuw aan en boekt ze); mark-booked --invoice N... --creditmemo N... (documenten die handmatig in e-Boekhouden zijn geboekt: Boekhoudbrug boekt ze nooit); import (leest de webshop in de lokale database in; met --from DATE [--until DATE] elk document dat de webshop in die periode heeft aangemaakt, hoe oud ook); sync (leest de webshop en boekt daarna alles wat wacht); vat-mapping export|import FILE (CSV).
sync en push boeken --concurrency N documenten tegelijk (1 tot en met 8) en sturen hoogstens --rate N verzoeken per seconde naar e-Boekhouden (0: geen limiet); zonder deze opties gelden de waarden uit de Instellingen van de app.
De webshop is de webshop die de installatiewizard voor het profiel heeft opgeslagen, of, als ze zijn ingesteld, BOEKHOUDBRUG_SHOP, BOEKHOUDBRUG_SHOP_URL en BOEKHOUDBRUG_MAGENTO_* of BOEKHOUDBRUG_PRESTASHOP_* (zie README).
Afsluitcodes: 0 alles geboekt, 1 sommige documenten vragen aandacht (zie logs), 75 probeer het later opnieuw, 77 inloggen geweigerd, 78 niet ingesteld, 64 verkeerd gebruik.
check-links [--repair]: toont documenten die als geboekt zijn gemarkeerd, maar waarvan de boeking in e-Boekhouden niet bij hen hoort (andere soort, ander teken, ander bedrag of andere relatie); --repair biedt ze opnieuw aan.</translation>
    </message>
    <message>
        <source>VIES: %1</source>
        <translation>VIES: %1</translation>
    </message>
    <message>
        <source>VIES: not checked yet; the push checks %1 with VIES before booking.</source>
        <translation>VIES: nog niet gecontroleerd; push controleert %1 bij VIES vóór het boeken.</translation>
    </message>
    <message>
        <source>Not connected to e-Boekhouden: the request cannot be shown without the debtor&apos;s and ledgers&apos; ids. Set up the connection first.</source>
        <translation>Niet verbonden met e-Boekhouden: het verzoek kan niet worden getoond zonder de id&apos;s van de debiteur en de grootboekrekeningen. Stel eerst de koppeling in.</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Verzoek: %1 %2</translation>
    </message>
    <message>
        <source>%1: booked %2, failed %3, waiting %4</source>
        <translation>%1: geboekt %2, mislukt %3, wachtend %4</translation>
    </message>
    <message>
        <source>already in e-Boekhouden %1</source>
        <translation>al in e-Boekhouden %1</translation>
    </message>
    <message>
        <source>to try again later %1</source>
        <translation>later opnieuw te proberen %1</translation>
    </message>
    <message>
        <source>payments failed %1</source>
        <translation>betalingen mislukt %1</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading new documents from the shop…</source>
        <translation>Nieuwe documenten uit de webwinkel lezen…</translation>
    </message>
    <message>
        <source>Customer updated: debtor %1 in e-Boekhouden now has the shop&apos;s name, address, e-mail address and VAT number of %2.</source>
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
        <source>Reading the shop&apos;s documents of %1…</source>
        <translation>De documenten van de webshop uit %1 worden gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n document(s) read.</source>
        <translation>
            <numerusform>%1 %n document gelezen.</numerusform>
            <numerusform>%1 %n documenten gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the bookings in e-Boekhouden…</source>
        <translation>De boekingen in e-Boekhouden worden gecontroleerd…</translation>
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
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle platforms</translation>
    </message>
    <message>
        <source>Credit memo: %1</source>
        <translation>Creditnota: %1</translation>
    </message>
    <message>
        <source>Invoice: %1</source>
        <translation>Factuur: %1</translation>
    </message>
    <message>
        <source>%1 (order %2)</source>
        <translation>%1 (bestelling %2)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Klant: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tijd: %1</translation>
    </message>
    <message>
        <source>Attempts: %1, the last at %2</source>
        <translation>Pogingen: %1, de laatste op %2</translation>
    </message>
    <message>
        <source>Attempts: 1</source>
        <translation>Pogingen: 1</translation>
    </message>
    <message>
        <source>Result: successful</source>
        <translation>Resultaat: gelukt</translation>
    </message>
    <message>
        <source>Result: failed</source>
        <translation>Resultaat: mislukt</translation>
    </message>
    <message>
        <source>Double-click the row to open the document.</source>
        <translation>Dubbelklik op de regel om het document te openen.</translation>
    </message>
    <message>
        <source>Double-click the row to open the customer.</source>
        <translation>Dubbelklik op de regel om de klant te openen.</translation>
    </message>
    <message>
        <source>Select a row to read its message in full.</source>
        <translation>Selecteer een regel om het volledige bericht te lezen.</translation>
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
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Customer of %1</source>
        <translation>Klant van %1</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
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
    <message>
        <source>Canceled in the shop</source>
        <translation>Geannuleerd in de winkel</translation>
    </message>
    <message>
        <source>%1, canceled in the shop</source>
        <translation>%1, geannuleerd in de winkel</translation>
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
    <name>TokenExpiry</name>
    <message>
        <source>The e-Boekhouden API token ended on %1: nothing can be booked. Make a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in Settings &gt; Connection.</source>
        <translation>Het API-token van e-Boekhouden is op %1 verlopen: er kan niets worden geboekt. Maak een nieuw token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) en vul het in bij Instellingen &gt; Verbinding.</translation>
    </message>
    <message numerus="yes">
        <source>The e-Boekhouden API token ends on %1, in %n day(s). Make a new token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) and enter it in Settings &gt; Connection before then.</source>
        <translation>
            <numerusform>Het API-token van e-Boekhouden verloopt op %1, over %n dag. Maak vóór die tijd een nieuw token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) en vul het in bij Instellingen &gt; Verbinding.</numerusform>
            <numerusform>Het API-token van e-Boekhouden verloopt op %1, over %n dagen. Maak vóór die tijd een nieuw token in e-Boekhouden (Beheer &gt; Inrichting &gt; Koppelingen &gt; API) en vul het in bij Instellingen &gt; Verbinding.</numerusform>
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
        <translation>De btw van het document is %1, maar het totaal incl. btw %2 − het totaal excl. btw %3 maakt %4. Corrigeer het document in de webshop en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>The document total %1 VAT is %2, but lines %3 + shipping %4 + surcharges %5 − discounts %6 make %7 (difference %8).</source>
        <translation>Het documenttotaal %1 btw is %2, maar regels %3 + verzending %4 + toeslagen %5 − kortingen %6 maken %7 (verschil %8).</translation>
    </message>
    <message>
        <source>Correct the document in the shop and import it again.</source>
        <translation>Corrigeer het document in de webshop en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>That is more than the shop&apos;s rounding of its total (at most %1) explains: check the order&apos;s totals in the shop; if the shop is right, book the document by hand in e-Boekhouden and choose &quot;Mark as booked by hand&quot;.</source>
        <translation>Dat is meer dan de afronding van het totaal door de webshop (hoogstens %1) verklaart: controleer de totalen van de bestelling in de webshop; klopt de webshop, boek het document dan handmatig in e-Boekhouden en kies &quot;Markeren als handmatig geboekt&quot;.</translation>
    </message>
</context>
<context>
    <name>UnattendedSyncRow</name>
    <message>
        <source>Also when Boekhoudbrug is &amp;closed</source>
        <translation>Ook als Boekhoudbrug &amp;gesloten is</translation>
    </message>
    <message>
        <source>The operating system starts boekhoudbrug-cli at the interval above, also after a restart and without the window open. The login stays in the keychain.</source>
        <translation>Het besturingssysteem start boekhoudbrug-cli met het interval hierboven, ook na een herstart en zonder dat het venster open is. De inloggegevens blijven in de sleutelhanger.</translation>
    </message>
    <message>
        <source>Available once an administration is set up.</source>
        <translation>Beschikbaar zodra een administratie is ingericht.</translation>
    </message>
    <message>
        <source>Registered with the system&apos;s scheduler.</source>
        <translation>Aangemeld bij de planner van het systeem.</translation>
    </message>
    <message>
        <source>Syncs only while Boekhoudbrug is open.</source>
        <translation>Synchroniseert alleen als Boekhoudbrug open is.</translation>
    </message>
    <message>
        <source>Tell me on the &amp;desktop when such a sync needs attention</source>
        <translation>Meld het op het &amp;bureaublad als zo&apos;n synchronisatie aandacht vraagt</translation>
    </message>
    <message>
        <source>A notification names the administration and how many documents could not be booked; opening Boekhoudbrug shows them.</source>
        <translation>Een melding noemt de administratie en hoeveel documenten niet konden worden geboekt; Boekhoudbrug openen toont ze.</translation>
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
    <message>
        <source>Belgian sales, 21 %</source>
        <translation>Belgische verkoop, 21 %</translation>
    </message>
    <message>
        <source>Belgian supplies to EU businesses (ICP), 0 %</source>
        <translation>Belgische leveringen aan EU-bedrijven (ICP), 0 %</translation>
    </message>
    <message>
        <source>Belgian export outside the EU, 0 %</source>
        <translation>Belgische export buiten de EU, 0 %</translation>
    </message>
</context>
<context>
    <name>VatMappingModel</name>
    <message>
        <source>Any country</source>
        <translation>Elk land</translation>
    </message>
    <message>
        <source>The balance ledger the destination country&apos;s VAT is booked on.</source>
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
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
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
    <message>
        <source>Mapping proposed from the administration&apos;s ledgers: check it and save.</source>
        <translation>Btw-koppeling voorgesteld op basis van de grootboekrekeningen van de administratie: controleer deze en sla op.</translation>
    </message>
</context>
<context>
    <name>VatMappingProposal</name>
    <message>
        <source>No OSS rows are proposed: the VAT ledger for OSS is not known until the administration&apos;s ledgers are read. Synchronise once, then propose again.</source>
        <translation>Er worden geen OSS-regels voorgesteld: de btw-grootboekrekening voor OSS is pas bekend als de grootboekrekeningen van de administratie zijn ingelezen. Synchroniseer één keer en stel daarna opnieuw voor.</translation>
    </message>
    <message>
        <source>No OSS rows are proposed: the administration has no balance ledger for the foreign VAT of OSS. Create one in e-Boekhouden (for example &quot;Af te dragen btw OSS&quot;), read the ledgers again and propose again.</source>
        <translation>Er worden geen OSS-regels voorgesteld: de administratie heeft geen balansrekening voor de buitenlandse btw van OSS. Maak er een aan in e-Boekhouden (bijvoorbeeld &quot;Af te dragen btw OSS&quot;), lees de grootboekrekeningen opnieuw in en stel opnieuw voor.</translation>
    </message>
    <message>
        <source>The documents charge VAT of other EU countries, so OSS rows are proposed. If the shop is registered for OSS, tick OSS in the booking settings; if not, its documents charge the wrong VAT.</source>
        <translation>De documenten rekenen btw van andere EU-landen, daarom worden OSS-regels voorgesteld. Is de webshop voor OSS geregistreerd, vink dan OSS aan in de boekingsinstellingen; zo niet, dan rekenen de documenten de verkeerde btw.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be proposed: the administration has no revenue ledger for them. Add the rows by hand.</source>
        <translation>
            <numerusform>%n regel kon niet worden voorgesteld: de administratie heeft er geen omzetrekening voor. Voeg de regel handmatig toe.</numerusform>
            <numerusform>%n regels konden niet worden voorgesteld: de administratie heeft er geen omzetrekening voor. Voeg de regels handmatig toe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VatMappingResolver</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 naar %2</translation>
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
        <source>The VAT mapping row for %1% VAT (%2) has no VAT ledger for the foreign VAT. Choose the balance ledger of this country&apos;s OSS VAT in the VAT mapping.</source>
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
        <source>The shop&apos;s documents use %1 VAT, but no domestic row maps it. Add a row for %1.</source>
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
    <name>VatReport</name>
    <message>
        <source>VAT code %1 lands in no box of the VAT return.</source>
        <translation>Btw-code %1 komt in geen enkele rubriek van de btw-aangifte terecht.</translation>
    </message>
    <message>
        <source>Box %1 for VAT code %2 is not confirmed by a source (docs/vat-return-boxes.md): check it with your accountant before filing.</source>
        <translation>Rubriek %1 voor btw-code %2 is niet door een bron bevestigd (docs/vat-return-boxes.md): controleer dit met uw accountant voordat u de aangifte indient.</translation>
    </message>
    <message>
        <source>VAT reconciliation</source>
        <translation>Btw-aansluiting</translation>
    </message>
    <message>
        <source>VAT code</source>
        <translation>Btw-code</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tarief %</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Return box</source>
        <translation>Rubriek</translation>
    </message>
    <message>
        <source>Shop net</source>
        <translation>Netto webshop</translation>
    </message>
    <message>
        <source>Shop VAT</source>
        <translation>Btw webshop</translation>
    </message>
    <message>
        <source>Booked net</source>
        <translation>Netto geboekt</translation>
    </message>
    <message>
        <source>Booked VAT</source>
        <translation>Btw geboekt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Box %1: turnover %2, VAT %3 (booked).</source>
        <translation>Rubriek %1: omzet %2, btw %3 (geboekt).</translation>
    </message>
</context>
<context>
    <name>ViesClient</name>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>an answer VIES does not give (no &quot;valid&quot;)</source>
        <translation>een onverwacht antwoord van VIES (geen &quot;valid&quot;)</translation>
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
        <source>What to do. Available: version, test-connection (logs in to e-Boekhouden and prints the administration&apos;s name).</source>
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
        <source>Read and write the settings in this INI file instead of the user&apos;s settings (secrets stay in the keychain or environment variables).</source>
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
        <source>push: update (or create) this customer&apos;s debtor; the shop&apos;s customer id or e-mail address. May be repeated.</source>
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
        <source>import --from takes a date as YYYY-MM-DD, and --until one not before it.</source>
        <translation>import --from verwacht een datum als JJJJ-MM-DD, en --until een datum die daar niet voor ligt.</translation>
    </message>
    <message>
        <source>check-links: offer the wrongly linked documents again (back to pending).</source>
        <translation>check-links: de verkeerd gekoppelde documenten opnieuw aanbieden (terug naar wachtend).</translation>
    </message>
    <message>
        <source>schedule on: sync every N minutes (default: the app&apos;s setting).</source>
        <translation>schedule on: elke N minuten synchroniseren (standaard: de instelling van de app).</translation>
    </message>
    <message>
        <source>preview, push, audit: this invoice (its number). May be repeated.</source>
        <translation>preview, push, audit: deze factuur (het nummer). Mag herhaald worden.</translation>
    </message>
    <message>
        <source>preview, push, audit: this credit memo (its number). May be repeated.</source>
        <translation>preview, push, audit: deze creditnota (het nummer). Mag herhaald worden.</translation>
    </message>
    <message>
        <source>audit: write the trail to this file as JSON lines.</source>
        <translation>audit: schrijf het spoor naar dit bestand als JSON-regels.</translation>
    </message>
    <message>
        <source>import: read the documents the shop created from this date (YYYY-MM-DD); audit, reconcile, report: the period from this date.</source>
        <translation>import: lees de documenten in die de webshop vanaf deze datum heeft aangemaakt (JJJJ-MM-DD); audit, reconcile, report: de periode vanaf deze datum.</translation>
    </message>
    <message>
        <source>import, audit, reconcile, report: ... until this date, inclusive (YYYY-MM-DD; import: default today).</source>
        <translation>import, audit, reconcile, report: ... tot en met deze datum (JJJJ-MM-DD; import: standaard vandaag).</translation>
    </message>
    <message>
        <source>report: this quarter (as 2026Q4).</source>
        <translation>report: dit kwartaal (als 2026Q4).</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>report: also write it to this CSV file.</source>
        <translation>report: schrijf het ook naar dit CSV-bestand.</translation>
    </message>
    <message>
        <source>report: also write it to this PDF file.</source>
        <translation>report: schrijf het ook naar dit PDF-bestand.</translation>
    </message>
    <message>
        <source>sync: book every profile, one line each (an accounting office).</source>
        <translation>sync: boek elk profiel, met één regel per profiel (voor een administratiekantoor).</translation>
    </message>
    <message>
        <source>sync --all-profiles: book N profiles at the same time (default 1).</source>
        <translation>sync --all-profiles: boek N profielen tegelijk (standaard 1).</translation>
    </message>
    <message>
        <source>sync: print one line, &quot;&lt;profile&gt;: booked N, failed N, waiting N&quot;.</source>
        <translation>sync: druk één regel af, &quot;&lt;profiel&gt;: geboekt N, mislukt N, wachtend N&quot;.</translation>
    </message>
    <message>
        <source>import-relations: read every relation&apos;s details again.</source>
        <translation>import-relations: lees de gegevens van elke relatie opnieuw in.</translation>
    </message>
    <message>
        <source>preview: also print the exact request body that would be sent.</source>
        <translation>preview: druk ook de exacte inhoud van het verzoek af dat zou worden verstuurd.</translation>
    </message>
    <message>
        <source>store migrate: the new database (postgresql://… or sqlite:FILE).</source>
        <translation>store migrate: de nieuwe database (postgresql://… of sqlite:BESTAND).</translation>
    </message>
    <message>
        <source>sync: when documents need attention, say so on the desktop (also when the Settings turned it off).</source>
        <translation>sync: meld het op het bureaublad als documenten aandacht vragen (ook als het in de instellingen is uitgezet).</translation>
    </message>
    <message>
        <source>sync: no desktop notification, whatever the Settings say.</source>
        <translation>sync: geen bureaubladmelding, wat de instellingen ook zeggen.</translation>
    </message>
    <message>
        <source>Give --notify or --no-notify, not both.</source>
        <translation>Geef --notify of --no-notify, niet beide.</translation>
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
        <source>Unknown page: %1</source>
        <translation>Onbekende pagina: %1</translation>
    </message>
    <message>
        <source>Open the setup wizard at once (with --screenshot: save a picture of its first page).</source>
        <translation>Meteen de installatiewizard openen (met --screenshot: een afbeelding van de eerste pagina bewaren).</translation>
    </message>
    <message>
        <source>The window&apos;s size for --screenshot (default 1280x800).</source>
        <translation>De grootte van het venster voor --screenshot (standaard 1280x800).</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: Dashboard, Invoices, CreditMemos, Customers, VatMapping, SynchronisationLogs, Reports, Reconciliation or Settings.</source>
        <translation>Openen op &lt;pagina&gt;: Dashboard, Invoices, CreditMemos, Customers, VatMapping, SynchronisationLogs, Reports, Reconciliation of Settings.</translation>
    </message>
    <message>
        <source>Open on this profile (administration) instead of the overview.</source>
        <translation>Openen op dit profiel (administratie) in plaats van het overzicht.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Demo administration</source>
        <translation>Demoadministratie</translation>
    </message>
    <message>
        <source>Sandbox shop on this computer</source>
        <translation>Zandbakwebshop op deze computer</translation>
    </message>
    <message>
        <source>New administration</source>
        <translation>Nieuwe administratie</translation>
    </message>
    <message>
        <source>The name of the administration (e.g. the shop&apos;s company name):</source>
        <translation>De naam van de administratie (bijv. de bedrijfsnaam van de webshop):</translation>
    </message>
    <message>
        <source>Unknown profile: %1</source>
        <translation>Onbekend profiel: %1</translation>
    </message>
</context>
</TS>
