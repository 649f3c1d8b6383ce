<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>A point-of-sale terminal for KuPay crypto payments.</source>
        <translation>Eine Kasse für Kryptozahlungen mit KuPay.</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Free software under the {licence}.</source>
        <translation>Freie Software unter der {licence}.</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>Passwortspeicher</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Verkaufsjournal</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <source>(installed bundle)</source>
        <translation>(installiertes Paket)</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
</context>
<context>
    <name>Amount</name>
    <message>
        <source>KuPay does not accept the currency {currency}. Pick another currency.</source>
        <translation>KuPay akzeptiert die Währung {currency} nicht. Wählen Sie eine andere Währung.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>Type the amount as digits only, e.g. {example}.</source>
        <translation>Geben Sie den Betrag nur mit Ziffern ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type {amount}.</source>
        <translation>{currency_name}: keine Dezimalstellen und keine Trennzeichen – geben Sie {amount} ein.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>That amount is too long. Type it as digits, e.g. {example}.</source>
        <translation>Dieser Betrag ist zu lang. Geben Sie ihn mit Ziffern ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type e.g. {example}.</source>
        <translation>{currency_name}: keine Dezimalstellen und keine Trennzeichen – geben Sie z. B. {example} ein.</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type {amount}.</source>
        <translation>Nur ein Trennzeichen, für die Dezimalstellen: Geben Sie {amount} ein.</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type e.g. 1234.50.</source>
        <translation>Nur ein Trennzeichen, für die Dezimalstellen: z. B. 1234,50.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals: type whole amounts, e.g. {example}.</source>
        <translation>{currency_name} hat keine Dezimalstellen: nur ganze Beträge, z. B. {example}.</translation>
    </message>
    <message>
        <source>Type {amount} without a separator, or use at most {decimals} decimals.</source>
        <translation>Geben Sie {amount} ohne Trennzeichen ein, oder höchstens {decimals} Dezimalstellen.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals: type e.g. {example}.</source>
        <translation>Beträge in {currency} haben höchstens {decimals} Dezimalstellen: z. B. {example}.</translation>
    </message>
    <message>
        <source>That amount is too large. Check it, e.g. {example}.</source>
        <translation>Dieser Betrag ist zu hoch. Prüfen Sie ihn, z. B. {example}.</translation>
    </message>
    <message>
        <source>The amount must be at least {amount}.</source>
        <translation>Der Betrag muss mindestens {amount} sein.</translation>
    </message>
    <message>
        <source>The amount is over this terminal&apos;s limit of {amount}. Check the amount.</source>
        <translation>Der Betrag liegt über dem Limit dieser Kasse ({amount}). Prüfen Sie den Betrag.</translation>
    </message>
    <message>
        <source>The amount is not a number. Type it again.</source>
        <translation>Der Betrag ist keine Zahl. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>That amount is too large. Check it.</source>
        <translation>Dieser Betrag ist zu hoch. Prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals. Type the amount again.</source>
        <translation>Beträge in {currency} haben höchstens {decimals} Dezimalstellen. Geben Sie den Betrag erneut ein.</translation>
    </message>
</context>
<context>
    <name>AmountDisplay</name>
    <message>
        <source>Amount {amount}</source>
        <translation>Betrag {amount}</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Time is up — waiting for KuPay’s final word</source>
        <translation>Zeit abgelaufen – warte auf KuPays letzte Antwort</translation>
    </message>
    <message>
        <source>About {minutes} min left</source>
        <translation>Noch etwa {minutes} Min.</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>Noch {seconds} s</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Enter the API token from the KuPay admin panel.</source>
        <translation>Geben Sie das API-Token aus dem KuPay-Panel ein.</translation>
    </message>
    <message>
        <source>This computer has no password store the terminal can use. You can use the token for this session only: it stays in memory and is asked for again after a restart.</source>
        <translation>Dieser Computer hat keinen Passwortspeicher, den die Kasse nutzen kann. Sie können das Token nur für diese Sitzung verwenden: Es bleibt im Speicher und wird nach einem Neustart erneut abgefragt.</translation>
    </message>
    <message>
        <source>The password store on this computer is locked or refused the terminal. Unlock it and try again, or use the token for this session only (it is asked for again after a restart).</source>
        <translation>Der Passwortspeicher dieses Computers ist gesperrt oder hat die Kasse abgewiesen. Entsperren Sie ihn und versuchen Sie es erneut, oder verwenden Sie das Token nur für diese Sitzung (nach einem Neustart wird es erneut abgefragt).</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Your total will appear here</source>
        <translation>Hier erscheint Ihr Betrag</translation>
    </message>
    <message>
        <source>Scan with your crypto wallet to pay</source>
        <translation>Zum Bezahlen mit Ihrer Krypto-Wallet scannen</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Einen Moment bitte…</translation>
    </message>
    <message>
        <source>Thank you — paid</source>
        <translation>Danke – bezahlt</translation>
    </message>
    <message>
        <source>This payment was cancelled</source>
        <translation>Diese Zahlung wurde abgebrochen</translation>
    </message>
    <message>
        <source>This payment has expired. If you have already paid, please tell the cashier.</source>
        <translation>Diese Zahlung ist abgelaufen. Wenn Sie schon bezahlt haben, sagen Sie es bitte an der Kasse.</translation>
    </message>
    <message>
        <source>This payment was refunded</source>
        <translation>Diese Zahlung wurde erstattet</translation>
    </message>
    <message>
        <source>This payment did not go through</source>
        <translation>Diese Zahlung ist nicht durchgegangen</translation>
    </message>
    <message>
        <source>Paid {amount}. Thank you.</source>
        <translation>{amount} bezahlt. Danke.</translation>
    </message>
    <message>
        <source>Not paid: {amount}. {line}.</source>
        <translation>Nicht bezahlt: {amount}. {line}.</translation>
    </message>
    <message>
        <source>Amount to pay {amount}. {line}.</source>
        <translation>Zu zahlen: {amount}. {line}.</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>The shop logo could not be read; the customer display shows the shop name only.</source>
        <translation>Das Logo konnte nicht gelesen werden; die Kundenanzeige zeigt nur den Namen des Geschäfts.</translation>
    </message>
    <message>
        <source>chosen screen</source>
        <translation>gewählter Bildschirm</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is in a window here.</source>
        <translation>Der Bildschirm der Kundenanzeige ({screen}) ist nicht angeschlossen: Sie erscheint hier in einem Fenster.</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is hidden until it is back.</source>
        <translation>Der Bildschirm der Kundenanzeige ({screen}) ist nicht angeschlossen: Sie bleibt verborgen, bis er zurück ist.</translation>
    </message>
    <message>
        <source>The customer display is back on its screen ({screen}).</source>
        <translation>Die Kundenanzeige ist wieder auf ihrem Bildschirm ({screen}).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Zu zahlender Betrag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <source>Customer display and sounds</source>
        <translation>Kundenanzeige und Töne</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>A window (drag it where the customer can see it)</source>
        <translation>Ein Fenster (dorthin ziehen, wo der Kunde es sieht)</translation>
    </message>
    <message>
        <source>Screen: {screen}</source>
        <translation>Bildschirm: {screen}</translation>
    </message>
    <message>
        <source>Screen: {screen} (not connected)</source>
        <translation>Bildschirm: {screen} (nicht angeschlossen)</translation>
    </message>
    <message>
        <source>Show it in a window on the cashier&apos;s screen</source>
        <translation>In einem Fenster auf dem Kassenbildschirm zeigen</translation>
    </message>
    <message>
        <source>Hide it until the screen is back</source>
        <translation>Verbergen, bis der Bildschirm zurück ist</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Play a sound when a sale is paid, and another when it is not</source>
        <translation>Ton bei bezahltem Verkauf, ein anderer bei nicht bezahltem</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>The till&apos;s language</source>
        <translation>Sprache der Kasse</translation>
    </message>
    <message>
        <source>When its screen is unplugged</source>
        <translation>Wenn der Bildschirm fehlt</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Sprache für Kunden</translation>
    </message>
    <message>
        <source>Between sales it shows the shop name from Receipts, this line and the logo.</source>
        <translation>Zwischen Verkäufen zeigt sie den Namen aus „Belege“, diese Zeile und das Logo.</translation>
    </message>
    <message>
        <source>Welcome line</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG)</source>
        <translation>Logo (PNG oder SVG)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Shop logo for the customer display</source>
        <translation>Logo für die Kundenanzeige</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
    <message>
        <source>Playing the paid sound…</source>
        <translation>Spiele den Bezahlt-Ton…</translation>
    </message>
    <message>
        <source>The sound could not be played.</source>
        <translation>Der Ton konnte nicht abgespielt werden.</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Customer display</source>
        <translation>Kundenanzeige</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>Logo des Geschäfts</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Zu zahlender Betrag</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Summe bezahlt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Sales on {weekday} {day} {month} {year} (local time)</source>
        <translation>Verkäufe am {weekday}, {day}. {month} {year} (Ortszeit)</translation>
    </message>
    <message>
        <source>No sales on this day.</source>
        <translation>Keine Verkäufe an diesem Tag.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s). Only paid sales count as money taken.</source>
        <translation>
            <numerusform>%Ln Verkauf. Nur bezahlte Verkäufe zählen als eingenommenes Geld.</numerusform>
            <numerusform>%Ln Verkäufe. Nur bezahlte Verkäufe zählen als eingenommenes Geld.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} still open or to be checked in KuPay&apos;s panel.</source>
        <translation>{count} noch offen oder im KuPay-Panel zu prüfen.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and 1 copy.</source>
        <translation>Gedruckte Belege: {originals} und 1 Kopie.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and {copies} copies.</source>
        <translation>Gedruckte Belege: {originals} und {copies} Kopien.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals}.</source>
        <translation>Gedruckte Belege: {originals}.</translation>
    </message>
    <message>
        <source>DEMO — sandbox sales, no real money</source>
        <translation>DEMO – Testverkäufe, kein echtes Geld</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>Gedruckt am {time} (Ortszeit)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>{title} — all tills</source>
        <translation>{title} — alle Kassen</translation>
    </message>
    <message>
        <source>Shop total (all tills)</source>
        <translation>Summe des Geschäfts (alle Kassen)</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>KuPay made the payment, but this computer could not save the sale. The customer can pay; tell the owner the journal needs attention.</source>
        <translation>KuPay hat die Zahlung angelegt, aber dieser Computer konnte den Verkauf nicht speichern. Der Kunde kann zahlen; sagen Sie dem Inhaber, dass das Journal geprüft werden muss.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>Zahlungs-ID</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Alle Kassen</translation>
    </message>
    <message>
        <source>KuPay id</source>
        <translation>KuPay-ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The sales journal could not be read: {reason}</source>
        <translation>Das Verkaufsjournal konnte nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Sales history</source>
        <translation>Verkaufsverlauf</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation>Bestellnummer suchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln Verkauf</numerusform>
            <numerusform>%Ln Verkäufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KuPayError</name>
    <message>
        <source>The terminal cannot find KuPay&apos;s server. Check the internet connection and the KuPay address.</source>
        <translation>Die Kasse findet den KuPay-Server nicht. Prüfen Sie die Internetverbindung und die KuPay-Adresse.</translation>
    </message>
    <message>
        <source>KuPay&apos;s server refused the connection. Check the KuPay address in Settings, then try again.</source>
        <translation>Der KuPay-Server hat die Verbindung abgelehnt. Prüfen Sie die KuPay-Adresse in den Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KuPay is taking too long to answer. Check the connection and try again.</source>
        <translation>KuPay antwortet zu langsam. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to KuPay failed. Check the computer&apos;s date and time, then try again.</source>
        <translation>Die sichere Verbindung zu KuPay ist fehlgeschlagen. Prüfen Sie Datum und Uhrzeit des Computers und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection to KuPay was cut off. Check the connection and try again.</source>
        <translation>Die Verbindung zu KuPay wurde unterbrochen. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KuPay&apos;s address sent the terminal elsewhere. Ask the owner to check the KuPay address in Settings.</source>
        <translation>Die KuPay-Adresse leitet woandershin um. Bitten Sie den Inhaber, die KuPay-Adresse in den Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>The KuPay address is empty. Ask the owner to set it in Settings.</source>
        <translation>Die KuPay-Adresse fehlt. Bitten Sie den Inhaber, sie in den Einstellungen einzutragen.</translation>
    </message>
    <message>
        <source>The KuPay address is not a valid web address. Ask the owner to fix it in Settings.</source>
        <translation>Die KuPay-Adresse ist keine gültige Webadresse. Bitten Sie den Inhaber, sie in den Einstellungen zu korrigieren.</translation>
    </message>
    <message>
        <source>KuPay&apos;s address for new payments was not found. Ask the owner to check the KuPay address in Settings.</source>
        <translation>Die KuPay-Adresse für neue Zahlungen wurde nicht gefunden. Bitten Sie den Inhaber, die KuPay-Adresse in den Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>That address does not answer like KuPay. Ask the owner to check the KuPay address in Settings.</source>
        <translation>Diese Adresse antwortet nicht wie KuPay. Bitten Sie den Inhaber, die KuPay-Adresse in den Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>KuPay answered with a web page instead of data. Please try again in a moment.</source>
        <translation>KuPay hat mit einer Webseite statt mit Daten geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>KuPay refused this payment request: {reason}. Check it, then try again.</source>
        <translation>KuPay hat diese Zahlungsanfrage abgelehnt: {reason}. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KuPay does not accept the currency {currency}.</source>
        <translation>KuPay akzeptiert die Währung {currency} nicht.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>No API token is set. Ask the owner to add it in Settings.</source>
        <translation>Es ist kein API-Token hinterlegt. Bitten Sie den Inhaber, es in den Einstellungen einzutragen.</translation>
    </message>
    <message>
        <source>The payment service did not answer as expected. Please try again.</source>
        <translation>Der Zahlungsdienst hat nicht wie erwartet geantwortet. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The KuPay address must start with https://. Ask the owner to fix it in Settings.</source>
        <translation>Die KuPay-Adresse muss mit https:// beginnen. Bitten Sie den Inhaber, sie in den Einstellungen zu korrigieren.</translation>
    </message>
    <message>
        <source>KuPay did not accept the API token. Ask the owner to check it in Settings.</source>
        <translation>KuPay hat das API-Token nicht akzeptiert. Bitten Sie den Inhaber, es in den Einstellungen zu prüfen.</translation>
    </message>
    <message>
        <source>KuPay does not know this payment. Check the order in the KuPay admin panel.</source>
        <translation>KuPay kennt diese Zahlung nicht. Prüfen Sie die Bestellung im KuPay-Panel.</translation>
    </message>
    <message>
        <source>KuPay is busy. Waiting a moment before trying again.</source>
        <translation>KuPay ist ausgelastet. Kurz warten, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>KuPay refused this payment request. Check the amount and currency, then try again.</source>
        <translation>KuPay hat diese Zahlungsanfrage abgelehnt. Prüfen Sie Betrag und Währung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KuPay had a problem on its side. Please try again in a moment.</source>
        <translation>Bei KuPay ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not reach KuPay. Check the internet connection, then try again.</source>
        <translation>KuPay ist nicht erreichbar. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>KuPay sent an answer the terminal cannot read. Please try again.</source>
        <translation>KuPay hat eine Antwort geschickt, die die Kasse nicht lesen kann. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>KuPay sent a payment link this terminal will not show, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>KuPay hat einen Zahlungslink geschickt, den diese Kasse nicht zeigt, daher wurde kein QR-Code angezeigt. Der Inhaber sollte diesen Verkauf im KuPay-Panel prüfen.</translation>
    </message>
    <message>
        <source>KuPay answered with the payment of another sale, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>KuPay hat mit der Zahlung eines anderen Verkaufs geantwortet, daher wurde kein QR-Code angezeigt. Der Inhaber sollte diesen Verkauf im KuPay-Panel prüfen.</translation>
    </message>
</context>
<context>
    <name>KuPaySaid</name>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>wartet auf den Kunden</translation>
    </message>
    <message>
        <source>payment seen, confirming</source>
        <translation>Zahlung erkannt, wird bestätigt</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>teilweise bezahlt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>“{word}”</source>
        <translation>„{word}“</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>Last sale: {order} · {amount} · {state}</source>
        <translation>Letzter Verkauf: {order} · {amount} · {state}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>KuPay POS is already open on this computer. Use the window that is already open (one till per data folder, so two windows never hand out the same order number).</source>
        <translation>KuPay POS ist auf diesem Computer bereits geöffnet. Verwenden Sie das bereits geöffnete Fenster (eine Kasse pro Datenordner, damit zwei Fenster nie dieselbe Bestellnummer vergeben).</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>Something went wrong inside the terminal. The details were saved in the support log.</source>
        <translation>In der Kasse ist ein Fehler aufgetreten. Die Details stehen im Support-Protokoll.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>DEMO · no real money</source>
        <translation>DEMO · kein echtes Geld</translation>
    </message>
    <message>
        <source>Payments go to the built-in sandbox inside this app; nothing is charged.</source>
        <translation>Zahlungen gehen an die eingebaute Testumgebung dieser App; es wird nichts kassiert.</translation>
    </message>
    <message>
        <source>Payments and the API token go to this address, not KuPay&apos;s own.</source>
        <translation>Zahlungen und das API-Token gehen an diese Adresse, nicht an KuPays eigene.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Recent sales: did the last one go through?</source>
        <translation>Letzte Verkäufe: Ist der letzte durchgegangen?</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <source>Today&apos;s totals per currency</source>
        <translation>Heutige Summen je Währung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Owner settings (PIN)</source>
        <translation>Einstellungen für den Inhaber (PIN)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>About KuPay POS</source>
        <translation>Über KuPay POS</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}). Enter the owner PIN to use it.</source>
        <translation>Diese Kasse wurde mit einer anderen KuPay-Adresse gestartet ({host}). Geben Sie die Inhaber-PIN ein, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}) without the owner PIN, so it takes no payments. Start KuPay POS without --api-url, or ask the owner.</source>
        <translation>Diese Kasse wurde ohne Inhaber-PIN mit einer anderen KuPay-Adresse gestartet ({host}) und nimmt daher keine Zahlungen an. Starten Sie KuPay POS ohne --api-url, oder fragen Sie den Inhaber.</translation>
    </message>
    <message>
        <source>The sales journal was damaged and has been set aside as {file}. A fresh journal was started; the old file is kept for the owner.</source>
        <translation>Das Verkaufsjournal war beschädigt und wurde als {file} beiseitegelegt. Ein neues Journal wurde begonnen; die alte Datei bleibt für den Inhaber erhalten.</translation>
    </message>
    <message>
        <source>The terminal cannot take payments yet.</source>
        <translation>Die Kasse kann noch keine Zahlungen annehmen.</translation>
    </message>
    <message>
        <source>✓ Order {order} ({amount}) was paid.</source>
        <translation>✓ Bestellung {order} ({amount}) wurde bezahlt.</translation>
    </message>
    <message>
        <source>! Order {order}: outcome unknown. The owner should check it in KuPay&apos;s panel.</source>
        <translation>! Bestellung {order}: Ergebnis unbekannt. Der Inhaber sollte es im KuPay-Panel prüfen.</translation>
    </message>
    <message>
        <source>The terminal is not set up yet. Ask the owner.</source>
        <translation>Die Kasse ist noch nicht eingerichtet. Fragen Sie den Inhaber.</translation>
    </message>
    <message>
        <source>This terminal has no KuPay API token yet.

The setup screen is not available in this build: store the token in the system keyring (service kupay-pos, user api-token), or try the terminal with `python main.py --demo`.</source>
        <translation>Diese Kasse hat noch kein KuPay-API-Token.

Der Einrichtungsbildschirm fehlt in dieser Version: Speichern Sie das Token im Schlüsselbund des Systems (Dienst kupay-pos, Benutzer api-token) oder testen Sie die Kasse mit `python main.py --demo`.</translation>
    </message>
    <message>
        <source>History is not available in this build.</source>
        <translation>Der Verlauf ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>That could not be opened: {reason}</source>
        <translation>Konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>The end-of-day report is not available in this build.</source>
        <translation>Der Tagesabschluss ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Settings are not available in this build.</source>
        <translation>Die Einstellungen sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Saved. {names}: from the next start of the terminal. Everything else applies now.</source>
        <translation>Gespeichert. {names}: ab dem nächsten Start der Kasse. Alles andere gilt sofort.</translation>
    </message>
    <message>
        <source>KuPay POS — a point-of-sale terminal for KuPay.</source>
        <translation>KuPay POS — eine Kasse für Zahlungen mit KuPay.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Seen: remove this notice</source>
        <translation>Gesehen: Hinweis entfernen</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The payment expired.</source>
        <translation>Die Zahlung ist abgelaufen.</translation>
    </message>
    <message>
        <source>If the customer already paid, wait — it can still arrive. It is checked in History.</source>
        <translation>Wenn der Kunde schon bezahlt hat, warten Sie – die Zahlung kann noch ankommen. Sie wird im Verlauf geprüft.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>Die Zahlung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Start a new sale if the customer still wants to pay.</source>
        <translation>Starten Sie einen neuen Verkauf, wenn der Kunde noch zahlen möchte.</translation>
    </message>
    <message>
        <source>The payment was refunded.</source>
        <translation>Die Zahlung wurde erstattet.</translation>
    </message>
    <message>
        <source>Nothing was received for this sale.</source>
        <translation>Für diesen Verkauf ist nichts eingegangen.</translation>
    </message>
    <message>
        <source>Start a new sale to let the customer try again.</source>
        <translation>Starten Sie einen neuen Verkauf, damit der Kunde es erneut versuchen kann.</translation>
    </message>
    <message>
        <source>The payment failed (KuPay says “{word}”).</source>
        <translation>Die Zahlung ist fehlgeschlagen (KuPay meldet „{word}“).</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>Die Zahlung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>OutcomeFeedback</name>
    <message>
        <source>Paid {amount}. Order {order}.</source>
        <translation>{amount} bezahlt. Bestellung {order}.</translation>
    </message>
    <message>
        <source>Not paid: {amount}. Order {order}.</source>
        <translation>Nicht bezahlt: {amount}. Bestellung {order}.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Creating payment…</source>
        <translation>Zahlung wird erstellt…</translation>
    </message>
    <message>
        <source>The payment was not created</source>
        <translation>Die Zahlung wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>Zahlungsseite öffnen</translation>
    </message>
    <message>
        <source>Demo: pay this sale in the browser on this computer</source>
        <translation>Demo: diesen Verkauf im Browser auf diesem Computer bezahlen</translation>
    </message>
    <message>
        <source>Show to customer</source>
        <translation>Kunden zeigen</translation>
    </message>
    <message>
        <source>F2 or Space. Only one screen? Turn it round: the customer sees the amount and the QR code.</source>
        <translation>F2 oder Leertaste. Nur ein Bildschirm? Drehen Sie ihn um: Der Kunde sieht Betrag und QR-Code.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Check now  (F5)</source>
        <translation>Jetzt prüfen  (F5)</translation>
    </message>
    <message>
        <source>Ask KuPay right away whether this sale is paid</source>
        <translation>KuPay sofort fragen, ob dieser Verkauf bezahlt ist</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>No QR code — nothing to pay yet</source>
        <translation>Kein QR-Code – noch nichts zu bezahlen</translation>
    </message>
    <message>
        <source>Payment link e-mailed to {email}</source>
        <translation>Zahlungslink an {email} gesendet</translation>
    </message>
    <message>
        <source>Stopped checking: ask the owner</source>
        <translation>Prüfung gestoppt: Inhaber fragen</translation>
    </message>
    <message>
        <source>The sale is kept in History.</source>
        <translation>Der Verkauf bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Back to the keypad</source>
        <translation>Zurück zum Tastenfeld</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Bestellung {order}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>Wartet {time}</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Waiting for the customer…</source>
        <translation>Warten auf den Kunden…</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>Verbindung verloren – neuer Versuch…</translation>
    </message>
    <message>
        <source>Payment seen, waiting for confirmation…</source>
        <translation>Zahlung erkannt, warte auf Bestätigung…</translation>
    </message>
    <message>
        <source>Partly paid — waiting for the rest</source>
        <translation>Teilweise bezahlt – warte auf den Rest</translation>
    </message>
    <message>
        <source>KuPay says “{word}”</source>
        <translation>KuPay meldet „{word}“</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <source>Settings are for the shop owner. Enter the owner PIN.</source>
        <translation>Die Einstellungen sind für den Inhaber. Geben Sie die Inhaber-PIN ein.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in {seconds} Sekunden erneut.</translation>
    </message>
</context>
<context>
    <name>PrinterAddress</name>
    <message>
        <source>The printer address “{uri}” {why}.</source>
        <translation>Die Druckeradresse „{uri}“ {why}.</translation>
    </message>
    <message>
        <source>is not one KuPay POS understands: start it with {schemes}</source>
        <translation>versteht KuPay POS nicht: Beginnen Sie mit {schemes}</translation>
    </message>
    <message>
        <source>needs its kind in front: for a network printer write tcp://{address}</source>
        <translation>braucht die Art davor: Für einen Netzwerkdrucker schreiben Sie tcp://{address}</translation>
    </message>
    <message>
        <source>has a port that is not a number from 1 to 65535</source>
        <translation>hat einen Port, der keine Zahl von 1 bis 65535 ist</translation>
    </message>
    <message>
        <source>names no printer: write tcp://192.168.1.50:9100</source>
        <translation>nennt keinen Drucker: Schreiben Sie tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>needs the printer&apos;s USB ids in hex, for example usb://04b8:0202</source>
        <translation>braucht die USB-IDs des Druckers hexadezimal, z. B. usb://04b8:0202</translation>
    </message>
    <message>
        <source>names no serial port: write serial:///dev/ttyUSB0?baudrate=9600 or serial://COM3</source>
        <translation>nennt keinen seriellen Anschluss: Schreiben Sie serial:///dev/ttyUSB0?baudrate=9600 oder serial://COM3</translation>
    </message>
    <message>
        <source>has a baud rate the printer cannot use: one of {rates}</source>
        <translation>hat eine Baudrate, die der Drucker nicht kann: eine von {rates}</translation>
    </message>
    <message>
        <source>needs a full path, for example {example}</source>
        <translation>braucht einen vollständigen Pfad, z. B. {example}</translation>
    </message>
    <message>
        <source>names no printer: write {scheme}://PRINTER NAME</source>
        <translation>nennt keinen Drucker: Schreiben Sie {scheme}://DRUCKERNAME</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Paid with crypto via KuPay</source>
        <translation>Mit Krypto über KuPay bezahlt</translation>
    </message>
    <message>
        <source>Crypto payment via KuPay, not received</source>
        <translation>Kryptozahlung über KuPay, nicht eingegangen</translation>
    </message>
    <message>
        <source>Scan to look up this payment</source>
        <translation>Scannen, um diese Zahlung nachzuschlagen</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOPIE</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>BEZAHLT</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NICHT BEZAHLT</translation>
    </message>
    <message>
        <source>No payment was received.</source>
        <translation>Es ist keine Zahlung eingegangen.</translation>
    </message>
    <message>
        <source>This is not a receipt.</source>
        <translation>Dies ist kein Beleg.</translation>
    </message>
    <message>
        <source>KuPay payment id</source>
        <translation>KuPay-Zahlungs-ID</translation>
    </message>
    <message>
        <source>Receipts cannot be saved in {folder} — check that the folder exists and may be written to</source>
        <translation>Belege können nicht in {folder} gespeichert werden – prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>This computer has no printer called “{printer}” — choose one in Settings › Receipts</source>
        <translation>Dieser Computer hat keinen Drucker namens „{printer}“ – wählen Sie einen in Einstellungen › Belege</translation>
    </message>
    <message>
        <source>This computer has no printer set up — add one, or choose another in Settings › Receipts</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet – fügen Sie einen hinzu oder wählen Sie in Einstellungen › Belege einen anderen</translation>
    </message>
    <message>
        <source>The receipt could not be written to {file} — check the disk has room</source>
        <translation>Der Beleg konnte nicht in {file} geschrieben werden – prüfen Sie den Speicherplatz</translation>
    </message>
    <message>
        <source>The printer {printer} cannot print now — check it is on and has paper</source>
        <translation>Der Drucker {printer} kann gerade nicht drucken – prüfen Sie, ob er an ist und Papier hat</translation>
    </message>
    <message>
        <source>The receipt printer is not answering — check it is on and has paper</source>
        <translation>Der Belegdrucker antwortet nicht – prüfen Sie, ob er an ist und Papier hat</translation>
    </message>
    <message>
        <source>No receipt printer is set up — the owner can choose one in Settings › Receipts</source>
        <translation>Kein Belegdrucker eingerichtet – der Inhaber kann einen in Einstellungen › Belege wählen</translation>
    </message>
    <message>
        <source>{problem}; the sale is paid.</source>
        <translation>{problem}; der Verkauf ist bezahlt.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>This computer lacks the driver for that printer ({driver}) — see the README</source>
        <translation>Diesem Computer fehlt der Treiber für diesen Drucker ({driver}) – siehe README</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the receipt printer — for USB and serial printers see the README&apos;s printer notes</source>
        <translation>Dieser Computer darf den Belegdrucker nicht benutzen – für USB- und serielle Drucker siehe die Druckerhinweise im README</translation>
    </message>
    <message>
        <source>The receipt could not be printed — check the printer in Settings › Receipts</source>
        <translation>Der Beleg konnte nicht gedruckt werden – prüfen Sie den Drucker in Einstellungen › Belege</translation>
    </message>
    <message>
        <source>The receipt printer is offline — check its cover is closed and it has paper</source>
        <translation>Der Belegdrucker ist offline – prüfen Sie, ob die Klappe zu ist und Papier drin ist</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper — put in a new roll and press Retry</source>
        <translation>Der Belegdrucker hat kein Papier – neue Rolle einlegen und Erneut versuchen drücken</translation>
    </message>
    <message>
        <source>There is no printer at {path} — check it is plugged in and switched on</source>
        <translation>Unter {path} ist kein Drucker – prüfen Sie, ob er angeschlossen und eingeschaltet ist</translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <source>Print receipt (P)</source>
        <translation>Beleg drucken (P)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Print NOT PAID slip (P)</source>
        <translation>Beleg NICHT BEZAHLT drucken (P)</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>Beleg wird gedruckt…</translation>
    </message>
    <message>
        <source>Print a copy (P)</source>
        <translation>Kopie drucken (P)</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <source>Receipt copy printed ({where}).</source>
        <translation>Belegkopie gedruckt ({where}).</translation>
    </message>
    <message>
        <source>Receipt printed ({where}).</source>
        <translation>Beleg gedruckt ({where}).</translation>
    </message>
    <message>
        <source>NOT PAID slip copy printed ({where}).</source>
        <translation>Kopie des Belegs NICHT BEZAHLT gedruckt ({where}).</translation>
    </message>
    <message>
        <source>NOT PAID slip printed ({where}).</source>
        <translation>Beleg NICHT BEZAHLT gedruckt ({where}).</translation>
    </message>
    <message>
        <source>Reprint it from History.</source>
        <translation>Drucken Sie ihn aus dem Verlauf erneut.</translation>
    </message>
    <message>
        <source>That sale is not in this terminal&apos;s journal.</source>
        <translation>Dieser Verkauf ist nicht im Journal dieser Kasse.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Beleg gedruckt.</translation>
    </message>
</context>
<context>
    <name>ReceiptSettings</name>
    <message>
        <source>Choose the paper: {papers}.</source>
        <translation>Wählen Sie das Papier: {papers}.</translation>
    </message>
    <message>
        <source>“{name}” is not a printer model python-escpos knows; leave it empty.</source>
        <translation>„{name}“ ist kein Druckermodell, das python-escpos kennt; lassen Sie es leer.</translation>
    </message>
    <message>
        <source>The shop name can have at most {count} characters.</source>
        <translation>Der Name des Geschäfts darf höchstens {count} Zeichen haben.</translation>
    </message>
    <message>
        <source>A receipt has room for at most {count} lines here.</source>
        <translation>Ein Beleg hat hier Platz für höchstens {count} Zeilen.</translation>
    </message>
    <message>
        <source>Each line can have at most {count} characters.</source>
        <translation>Jede Zeile darf höchstens {count} Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>ReceiptSettingsGroup</name>
    <message>
        <source>Leave empty for no receipts. Network: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://QUEUE · win32://PRINTER NAME · system://PRINTER NAME (empty name: the default printer) · pdf:///folder (one PDF per receipt)</source>
        <translation>Leer lassen für keine Belege. Netzwerk: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · seriell: serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://WARTESCHLANGE · win32://DRUCKERNAME · system://DRUCKERNAME (ohne Namen: der Standarddrucker) · pdf:///Ordner (ein PDF je Beleg)</translation>
    </message>
    <message>
        <source>Generic ESC/POS printer</source>
        <translation>Allgemeiner ESC/POS-Drucker</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100</source>
        <translation>tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Belegdrucker</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The printer model, where it matters: its code pages and whether it draws QR codes</source>
        <translation>Das Druckermodell, wo es zählt: seine Codepages und ob es QR-Codes druckt</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Druckermodell</translation>
    </message>
    <message>
        <source>Print a receipt automatically when a sale is paid</source>
        <translation>Beleg automatisch drucken, wenn ein Verkauf bezahlt ist</translation>
    </message>
    <message>
        <source>QR code on the receipt to look the payment up</source>
        <translation>QR-Code auf dem Beleg zum Nachschlagen der Zahlung</translation>
    </message>
    <message>
        <source>Corner Café</source>
        <translation>Eckcafé</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Geschäfts</translation>
    </message>
    <message>
        <source>Up to 4 lines: address, phone, tax number</source>
        <translation>Bis zu 4 Zeilen: Adresse, Telefon, Steuernummer</translation>
    </message>
    <message>
        <source>Top lines</source>
        <translation>Kopfzeilen</translation>
    </message>
    <message>
        <source>Up to 4 lines, e.g. Thank you!</source>
        <translation>Bis zu 4 Zeilen, z. B. Danke!</translation>
    </message>
    <message>
        <source>Bottom lines</source>
        <translation>Fußzeilen</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>Testbeleg drucken</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Testbeleg wird gedruckt…</translation>
    </message>
    <message>
        <source>Test receipt printed ({where}).</source>
        <translation>Testbeleg gedruckt ({where}).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>End of day — DEMO</source>
        <translation>Tagesabschluss — DEMO</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Alle Kassen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>Gedruckt am {time} (Ortszeit)</translation>
    </message>
    <message>
        <source>Print the end-of-day report</source>
        <translation>Tagesabschluss drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}.</source>
        <translation>Das PDF konnte nicht nach {file} geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Gespeichert: {file}.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Needs check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Bestellung {order}</translation>
    </message>
    <message>
        <source>Press any key or tap for the next sale</source>
        <translation>Beliebige Taste oder Tippen für den nächsten Verkauf</translation>
    </message>
    <message>
        <source>new sale in {seconds} s</source>
        <translation>neuer Verkauf in {seconds} s</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Order {order}</source>
        <translation>Bestellung {order}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>KuPay said</source>
        <translation>KuPay meldete</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Status jetzt prüfen</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>QR-Code zeigen</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Beleg erneut drucken</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>Beleg wird gedruckt…</translation>
    </message>
    <message>
        <source>Asking KuPay…</source>
        <translation>Frage KuPay…</translation>
    </message>
    <message>
        <source>KuPay says: {word}.</source>
        <translation>KuPay meldet: {word}.</translation>
    </message>
    <message>
        <source>KuPay gave no status word.</source>
        <translation>KuPay hat keinen Status genannt.</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>The sale could not be saved on this computer, so nothing was sent. Try again; if it keeps failing, ask the owner.</source>
        <translation>Der Verkauf konnte auf diesem Computer nicht gespeichert werden, daher wurde nichts gesendet. Versuchen Sie es erneut; wenn es weiter fehlschlägt, fragen Sie den Inhaber.</translation>
    </message>
    <message>
        <source>Something went wrong while sending the sale. Try again; if it keeps failing, ask the owner.</source>
        <translation>Beim Senden des Verkaufs ist etwas schiefgegangen. Versuchen Sie es erneut; wenn es weiter fehlschlägt, fragen Sie den Inhaber.</translation>
    </message>
    <message>
        <source>Do not hand over the goods until the owner has checked this sale in KuPay&apos;s panel.</source>
        <translation>Geben Sie die Ware erst heraus, wenn der Inhaber diesen Verkauf im KuPay-Panel geprüft hat.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Type the currency&apos;s letters (E U R), or ↑ ↓ to step through; Alt+C opens the list</source>
        <translation>Buchstaben der Währung tippen (E U R) oder mit ↑ ↓ blättern; Alt+C öffnet die Liste</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Customer e-mail (optional)</source>
        <translation>E-Mail des Kunden (optional)</translation>
    </message>
    <message>
        <source>KuPay e-mails the payment link to this address</source>
        <translation>KuPay schickt den Zahlungslink an diese Adresse</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Kassieren</translation>
    </message>
    <message>
        <source>Open the sales history</source>
        <translation>Verkaufsverlauf öffnen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Letzte Ziffer löschen (Rücktaste)</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear the amount and the e-mail (Escape)</source>
        <translation>Betrag und E-Mail löschen (Esc)</translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation>Geben Sie den zu kassierenden Betrag ein.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right; fix it or leave it empty.</source>
        <translation>Die E-Mail-Adresse sieht falsch aus; korrigieren oder leer lassen.</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>{amount} kassieren</translation>
    </message>
    <message>
        <source>Press Enter or Charge to show the QR code.</source>
        <translation>Enter oder Kassieren drücken, um den QR-Code zu zeigen.</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Cancelled at the till</source>
        <translation>An der Kasse abgebrochen</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Cancelled — may have reached KuPay</source>
        <translation>Abgebrochen – evtl. bei KuPay angekommen</translation>
    </message>
    <message>
        <source>{state} ({word})</source>
        <translation>{state} ({word})</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Till 1</source>
        <translation>Kasse 1</translation>
    </message>
    <message>
        <source>Enter the KuPay API address, for example https://api.kupay.finance/v1/.</source>
        <translation>Geben Sie die KuPay-API-Adresse ein, z. B. https://api.kupay.finance/v1/.</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// and name a server.</source>
        <translation>Die KuPay-API-Adresse muss mit https:// beginnen und einen Server nennen.</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// (plain http:// is only allowed to this computer).</source>
        <translation>Die KuPay-API-Adresse muss mit https:// beginnen (http:// ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain a user name or password.</source>
        <translation>Die KuPay-API-Adresse darf weder Benutzername noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain ? or #.</source>
        <translation>Die KuPay-API-Adresse darf weder ? noch # enthalten.</translation>
    </message>
    <message>
        <source>The shop&apos;s website</source>
        <translation>Die Website des Geschäfts</translation>
    </message>
    <message>
        <source>The payment updates address</source>
        <translation>Die Adresse für Zahlungsmeldungen</translation>
    </message>
    <message>
        <source>The smallest sale</source>
        <translation>Der kleinste Verkauf</translation>
    </message>
    <message>
        <source>The largest sale</source>
        <translation>Der größte Verkauf</translation>
    </message>
    <message>
        <source>{what} must be a full address starting with https://, for example https://myshop.com/.</source>
        <translation>{what}: muss eine vollständige Adresse mit https:// sein, z. B. https://myshop.com/.</translation>
    </message>
    <message>
        <source>Give this terminal a name, for example Till 1.</source>
        <translation>Geben Sie dieser Kasse einen Namen, z. B. Kasse 1.</translation>
    </message>
    <message>
        <source>The terminal name can have at most {count} characters.</source>
        <translation>Der Kassenname darf höchstens {count} Zeichen haben.</translation>
    </message>
    <message>
        <source>The order-number prefix can have at most {count} characters.</source>
        <translation>Das Präfix der Bestellnummer darf höchstens {count} Zeichen haben.</translation>
    </message>
    <message>
        <source>The order-number prefix may use only letters, digits and - _ / .</source>
        <translation>Das Präfix der Bestellnummer darf nur Buchstaben, Ziffern und - _ / . enthalten</translation>
    </message>
    <message>
        <source>KuPay does not accept {currency}; choose one of {currencies}.</source>
        <translation>KuPay akzeptiert {currency} nicht; wählen Sie eine von {currencies}.</translation>
    </message>
    <message>
        <source>{what} must be a number, for example 1.00, or left empty.</source>
        <translation>{what}: muss eine Zahl sein, z. B. 1.00, oder leer bleiben.</translation>
    </message>
    <message>
        <source>{what} must be more than zero, or left empty.</source>
        <translation>{what}: muss größer als null sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>The minimum amount must not be more than the maximum amount.</source>
        <translation>Der Mindestbetrag darf nicht über dem Höchstbetrag liegen.</translation>
    </message>
    <message>
        <source>The owner PIN must be {shortest} to {longest} digits.</source>
        <translation>Die Inhaber-PIN muss {shortest} bis {longest} Ziffern haben.</translation>
    </message>
    <message>
        <source>Some settings could not be used and were set back to their defaults ({names}). Check them in Settings.</source>
        <translation>Einige Einstellungen waren unbrauchbar und wurden zurückgesetzt ({names}). Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings.</source>
        <translation>{problem}; die Kasse verwendet die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings. The old file was kept as {file}.</source>
        <translation>{problem}; die Kasse verwendet die Standardeinstellungen. Die alte Datei wurde als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings file could not be read</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The settings file is damaged</source>
        <translation>Die Einstellungsdatei ist beschädigt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>An API token is saved in this computer&apos;s password store.</source>
        <translation>Ein API-Token ist im Passwortspeicher dieses Computers gespeichert.</translation>
    </message>
    <message>
        <source>The API token is held for this session only (no password store): it is asked for after a restart.</source>
        <translation>Das API-Token gilt nur für diese Sitzung (kein Passwortspeicher): Nach einem Neustart wird es erneut abgefragt.</translation>
    </message>
    <message>
        <source>No API token is saved. Payments cannot be taken until one is added.</source>
        <translation>Kein API-Token gespeichert. Ohne Token können keine Zahlungen angenommen werden.</translation>
    </message>
    <message>
        <source>The API token will be removed when you press Save.</source>
        <translation>Das API-Token wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>The new API token will be saved when you press Save.</source>
        <translation>Das neue API-Token wird beim Speichern übernommen.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Diese PIN ist falsch. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>https://api.kupay.finance/v1/</source>
        <translation>https://api.kupay.finance/v1/</translation>
    </message>
    <message>
        <source>Checking the password store…</source>
        <translation>Passwortspeicher wird geprüft…</translation>
    </message>
    <message>
        <source>Paste a new API token to replace the saved one</source>
        <translation>Neues API-Token einfügen, um das gespeicherte zu ersetzen</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>KuPay API address</source>
        <translation>KuPay-API-Adresse</translation>
    </message>
    <message>
        <source>In use now, given with --api-url when the terminal started. Type another address to use it from now on and at every start.</source>
        <translation>Jetzt in Gebrauch, beim Start mit --api-url angegeben. Geben Sie eine andere Adresse ein, um sie ab jetzt und bei jedem Start zu nutzen.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>https://myshop.com/  (optional)</source>
        <translation>https://myshop.com/  (optional)</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback  (optional)</source>
        <translation>https://myshop.com/kupay/callback  (optional)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Standardwährung</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>Website des Geschäfts</translation>
    </message>
    <message>
        <source>Customers return here after paying or cancelling.</source>
        <translation>Kunden kehren nach Zahlung oder Abbruch hierher zurück.</translation>
    </message>
    <message>
        <source>Payment updates address</source>
        <translation>Adresse für Zahlungsmeldungen</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Empty: the shop website.</source>
        <translation>Wohin KuPay Zahlungsmeldungen für Ihren Webshop schickt. Leer: die Website des Geschäfts.</translation>
    </message>
    <message>
        <source>http://proxy.myshop.lan:3128  (optional)</source>
        <translation>http://proxy.myshop.lan:3128  (optional)</translation>
    </message>
    <message>
        <source>Web proxy</source>
        <translation>Web-Proxy</translation>
    </message>
    <message>
        <source>Only if this network reaches the internet through a proxy: HTTPS to KuPay goes through it, still encrypted end to end.</source>
        <translation>Nur wenn dieses Netz das Internet über einen Proxy erreicht: HTTPS zu KuPay läuft hindurch, weiterhin durchgehend verschlüsselt.</translation>
    </message>
    <message>
        <source>pay.example.com  (optional)</source>
        <translation>pay.example.com  (optional)</translation>
    </message>
    <message>
        <source>Other payment-page hosts</source>
        <translation>Weitere Zahlungsseiten-Hosts</translation>
    </message>
    <message>
        <source>QR codes lead only to KuPay&apos;s own pages (*.kupay.finance) and the API&apos;s host; add another host only if KuPay tells you to.</source>
        <translation>QR-Codes führen nur zu KuPays eigenen Seiten (*.kupay.finance) und zum Host der API; fügen Sie einen weiteren Host nur hinzu, wenn KuPay Sie darum bittet.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stay until tapped</source>
        <translation>Bis zum Tippen bleiben</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Im Vollbild starten</translation>
    </message>
    <message>
        <source>Cents first on the keypad</source>
        <translation>Cent zuerst am Tastenfeld</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal.</source>
        <translation>1250 tippen zeigt 12.50, wie am Kartenterminal.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Kassenname</translation>
    </message>
    <message>
        <source>Order-number prefix</source>
        <translation>Präfix der Bestellnummer</translation>
    </message>
    <message>
        <source>Check payment every</source>
        <translation>Zahlung prüfen alle</translation>
    </message>
    <message>
        <source>Back to the keypad after</source>
        <translation>Zurück zum Tastenfeld nach</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal. Off: type 12.50 with a point.</source>
        <translation>1250 tippen zeigt 12.50, wie am Kartenterminal. Aus: 12.50 mit Trennzeichen tippen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>Gilt ab dem nächsten Start der Kasse.</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <source>Limits for</source>
        <translation>Limits für</translation>
    </message>
    <message>
        <source>Smallest sale</source>
        <translation>Kleinster Verkauf</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>Größter Verkauf</translation>
    </message>
    <message>
        <source>In the currency above. Empty: no limit.</source>
        <translation>In der Währung oben. Leer: kein Limit.</translation>
    </message>
    <message>
        <source>No limits: any amount above zero (up to 1,000,000) in every currency.</source>
        <translation>Keine Limits: jeder Betrag über null (bis 1.000.000) in jeder Währung.</translation>
    </message>
    <message>
        <source>{currency} from {amount}</source>
        <translation>{currency} ab {amount}</translation>
    </message>
    <message>
        <source>{currency} up to {amount}</source>
        <translation>{currency} bis {amount}</translation>
    </message>
    <message>
        <source>Limits set: {limits}. Other currencies: none.</source>
        <translation>Limits: {limits}. Andere Währungen: keine.</translation>
    </message>
    <message>
        <source>A PIN protects these settings from cashiers.</source>
        <translation>Eine PIN schützt diese Einstellungen vor dem Kassenpersonal.</translation>
    </message>
    <message>
        <source>No PIN: anyone at the till can open Settings.</source>
        <translation>Keine PIN: Jeder an der Kasse kann die Einstellungen öffnen.</translation>
    </message>
    <message>
        <source>New PIN ({shortest}–{longest} digits)</source>
        <translation>Neue PIN ({shortest}–{longest} Ziffern)</translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN entfernen</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Demo: these settings are kept apart from your shop&apos;s (demo-settings.json), and payments always go to the built-in sandbox. Try anything here.</source>
        <translation>Demo: Diese Einstellungen sind von denen Ihres Geschäfts getrennt (demo-settings.json), Zahlungen gehen immer an die eingebaute Testumgebung. Probieren Sie alles aus.</translation>
    </message>
    <message>
        <source>KuPay connection</source>
        <translation>Verbindung zu KuPay</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>Datenbank des Geschäfts</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <source>Use the new token for this session only</source>
        <translation>Neues Token nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>The password store could not be read.</source>
        <translation>Der Passwortspeicher konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Keep token</source>
        <translation>Token behalten</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>Die beiden PINs stimmen nicht überein. Geben Sie die neue PIN zweimal ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>Die Einstellungen konnten nicht auf der Festplatte gespeichert werden. Prüfen Sie den freien Speicher und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Please try again.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Order numbers look like {example}; customers see them on the KuPay page.</source>
        <translation>Bestellnummern sehen so aus: {example}; Kunden sehen sie auf der KuPay-Seite.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>KuPay accepted the token. This terminal is ready to take payments.</source>
        <translation>KuPay hat das Token akzeptiert. Diese Kasse kann jetzt Zahlungen annehmen.</translation>
    </message>
    <message>
        <source>The token was not accepted by KuPay. Copy it again from the KuPay admin panel.</source>
        <translation>KuPay hat das Token nicht akzeptiert. Kopieren Sie es erneut aus dem KuPay-Panel.</translation>
    </message>
    <message>
        <source>KuPay answered but could not confirm the token. Try again in a moment.</source>
        <translation>KuPay hat geantwortet, konnte das Token aber nicht bestätigen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel first.</source>
        <translation>Fügen Sie zuerst das API-Token aus dem KuPay-Panel ein.</translation>
    </message>
    <message>
        <source>Asking KuPay whether it accepts the token…</source>
        <translation>Frage KuPay, ob das Token akzeptiert wird…</translation>
    </message>
    <message>
        <source>Saving the token in this computer&apos;s password store…</source>
        <translation>Token wird im Passwortspeicher dieses Computers gespeichert…</translation>
    </message>
    <message>
        <source>The password store is not answering: it may be asking for its own password in another window. Answer it there, or use the token for this session only.</source>
        <translation>Der Passwortspeicher antwortet nicht: Vielleicht fragt er in einem anderen Fenster nach seinem eigenen Passwort. Antworten Sie dort, oder verwenden Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>This terminal has an owner PIN. The owner enters it to connect the terminal to KuPay.</source>
        <translation>Diese Kasse hat eine Inhaber-PIN. Der Inhaber gibt sie ein, um die Kasse mit KuPay zu verbinden.</translation>
    </message>
    <message>
        <source>Connecting this terminal to KuPay is for the shop owner. Enter the owner PIN.</source>
        <translation>Die Verbindung der Kasse mit KuPay ist Sache des Inhabers. Geben Sie die Inhaber-PIN ein.</translation>
    </message>
    <message>
        <source>The token could not be checked. Check the internet connection, then try again.</source>
        <translation>Das Token konnte nicht geprüft werden. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Connect this terminal to KuPay</source>
        <translation>Diese Kasse mit KuPay verbinden</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel (no account yet? Sign up at kupay.finance). The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation>Fügen Sie das API-Token aus dem KuPay-Panel ein (noch kein Konto? Registrieren unter kupay.finance). Das Token liegt im Passwortspeicher dieses Computers, nie in einer Datei.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>https://myshop.com/</source>
        <translation>https://myshop.com/</translation>
    </message>
    <message>
        <source>Customers return to this page after paying or cancelling.</source>
        <translation>Kunden kehren nach Zahlung oder Abbruch auf diese Seite zurück.</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback</source>
        <translation>https://myshop.com/kupay/callback</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Leave it empty to use the shop&apos;s website.</source>
        <translation>Wohin KuPay Zahlungsmeldungen für Ihren Webshop schickt. Leer lassen, um die Website des Geschäfts zu nutzen.</translation>
    </message>
    <message>
        <source>Shop website (optional)</source>
        <translation>Website des Geschäfts (optional)</translation>
    </message>
    <message>
        <source>Payment updates address (optional)</source>
        <translation>Adresse für Zahlungsmeldungen (optional)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Speichern und starten</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Token nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Enter the owner PIN</source>
        <translation>Inhaber-PIN eingeben</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>Die Einstellungen konnten nicht auf der Festplatte gespeichert werden. Prüfen Sie den freien Speicher und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token could not be saved. Please try again.</source>
        <translation>Das Token konnte nicht gespeichert werden. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Fix the address above first.</source>
        <translation>Korrigieren Sie zuerst die Adresse oben.</translation>
    </message>
</context>
<context>
    <name>ShopDatabase</name>
    <message>
        <source>Enter the shop database address, for example postgresql://till1@db.myshop.lan/kupay.</source>
        <translation>Geben Sie die Adresse der Datenbank ein, z. B. postgresql://till1@db.myshop.lan/kupay.</translation>
    </message>
    <message>
        <source>The shop database address is not a PostgreSQL address; use the form postgresql://USER@HOST/DATABASE.</source>
        <translation>Die Adresse ist keine PostgreSQL-Adresse; verwenden Sie postgresql://BENUTZER@HOST/DATENBANK.</translation>
    </message>
    <message>
        <source>The shop database is on another computer, so its connection must be encrypted: remove sslmode={mode} (or use sslmode=verify-full).</source>
        <translation>Die Datenbank liegt auf einem anderen Computer, die Verbindung muss also verschlüsselt sein: Entfernen Sie sslmode={mode} (oder nutzen Sie sslmode=verify-full).</translation>
    </message>
    <message>
        <source>Leave the password out of the shop database address: enter it in the password field, which keeps it in this computer&apos;s password store.</source>
        <translation>Lassen Sie das Passwort aus der Adresse weg: Geben Sie es im Passwortfeld ein, das es im Passwortspeicher des Computers ablegt.</translation>
    </message>
    <message>
        <source>No shop database is set: enter its address in Settings → Shop database, or pass --shop-db ADDRESS.</source>
        <translation>Keine Datenbank des Geschäfts eingestellt: Adresse in Einstellungen → Datenbank des Geschäfts eintragen oder --shop-db ADRESSE angeben.</translation>
    </message>
    <message>
        <source>The shop database ({where}) refused the user name or password: check them in Settings.</source>
        <translation>Die Datenbank ({where}) hat Benutzername oder Passwort abgelehnt: Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The shop database ({where}) could not be reached securely (its certificate or TLS set-up was refused): ask whoever runs it.</source>
        <translation>Die Datenbank ({where}) war nicht sicher erreichbar (Zertifikat oder TLS abgelehnt): Fragen Sie, wer sie betreibt.</translation>
    </message>
    <message>
        <source>The shop database ({where}) does not let this till&apos;s user write its sales: give it the kupay_till role.</source>
        <translation>Die Datenbank ({where}) lässt den Benutzer dieser Kasse keine Verkäufe schreiben: Geben Sie ihm die Rolle kupay_till.</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>Die Datenbank ({where}) ist noch nicht eingerichtet: Führen Sie kupay-pos shop init --db ADRESSE aus.</translation>
    </message>
    <message>
        <source>The shop database ({where}) answered too slowly; the till will try again.</source>
        <translation>Die Datenbank ({where}) hat zu langsam geantwortet; die Kasse versucht es erneut.</translation>
    </message>
    <message>
        <source>The shop database ({where}) cannot be reached; sales are kept on this till and sent when it is back.</source>
        <translation>Die Datenbank ({where}) ist nicht erreichbar; die Verkäufe bleiben auf dieser Kasse und werden gesendet, sobald sie zurück ist.</translation>
    </message>
    <message>
        <source>The shop database ({where}) was set up by a newer KuPay POS (schema {version}, this till knows {known}): update this till. Its sales are kept here meanwhile.</source>
        <translation>Die Datenbank ({where}) wurde von einer neueren KuPay POS eingerichtet (Schema {version}, diese Kasse kennt {known}): Aktualisieren Sie diese Kasse. Ihre Verkäufe bleiben solange hier.</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up for this version yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>Die Datenbank ({where}) ist für diese Version noch nicht eingerichtet: Führen Sie kupay-pos shop init --db ADRESSE aus.</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by another till in the shop database: give this till another prefix in Settings.</source>
        <translation>Das Präfix „{prefix}“ nutzt schon eine andere Kasse in der Datenbank: Geben Sie dieser Kasse in den Einstellungen ein anderes.</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by till “{till}” in the shop database: give this till another prefix in Settings.</source>
        <translation>Das Präfix „{prefix}“ nutzt schon die Kasse „{till}“ in der Datenbank: Geben Sie dieser Kasse in den Einstellungen ein anderes.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the shop database ({where}); %Ln other till(s) use it.</source>
        <translation>
            <numerusform>Mit der Datenbank des Geschäfts verbunden ({where}); %Ln weitere Kasse nutzt sie.</numerusform>
            <numerusform>Mit der Datenbank des Geschäfts verbunden ({where}); %Ln weitere Kassen nutzen sie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDatabaseForm</name>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>This computer lacks PostgreSQL&apos;s client library, so it cannot use a shop database: install it (libpq5 on Debian and Ubuntu) and restart KuPay POS.</source>
        <translation>Diesem Computer fehlt die Client-Bibliothek von PostgreSQL, daher kann er keine Datenbank des Geschäfts nutzen: Installieren Sie sie (libpq5 unter Debian und Ubuntu) und starten Sie KuPay POS neu.</translation>
    </message>
    <message>
        <source>postgresql://till1@db.myshop.lan/kupay  (empty: this till only)</source>
        <translation>postgresql://till1@db.myshop.lan/kupay  (leer: nur diese Kasse)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Several tills send their sales to the shop&apos;s PostgreSQL; each keeps its own.</source>
        <translation>Mehrere Kassen senden ihre Verkäufe an das PostgreSQL des Geschäfts; jede behält ihre eigenen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>Keine Datenbank des Geschäfts: Diese Kasse behält ihre Verkäufe für sich.</translation>
    </message>
    <message>
        <source>Enter the shop database address first.</source>
        <translation>Geben Sie zuerst die Adresse der Datenbank ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The shop database could not be checked.</source>
        <translation>Die Datenbank des Geschäfts konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>Keine Datenbank des Geschäfts: Diese Kasse behält ihre Verkäufe für sich.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) waiting</source>
        <translation>
            <numerusform>%Ln Verkauf wartet</numerusform>
            <numerusform>%Ln Verkäufe warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nichts wartet</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable since {time}. {problem}</source>
        <translation>{queued} – Datenbank des Geschäfts seit {time} nicht erreichbar. {problem}</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable. {problem}</source>
        <translation>{queued} – Datenbank des Geschäfts nicht erreichbar. {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln sale(s) to the shop database…</source>
        <translation>
            <numerusform>%Ln Verkauf wird an die Datenbank des Geschäfts gesendet…</numerusform>
            <numerusform>%Ln Verkäufe werden an die Datenbank des Geschäfts gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>All sales sent to the shop database.</source>
        <translation>Alle Verkäufe an die Datenbank des Geschäfts gesendet.</translation>
    </message>
</context>
<context>
    <name>Sounds</name>
    <message>
        <source>Sounds are on, but this computer has no sound player. Install PulseAudio or ALSA utilities, or turn sounds off in Settings.</source>
        <translation>Töne sind an, aber dieser Computer hat keinen Audioplayer. Installieren Sie PulseAudio oder die ALSA-Werkzeuge, oder schalten Sie die Töne in den Einstellungen aus.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>an unreadable {field}</source>
        <translation>ein unlesbares Feld „{field}“</translation>
    </message>
    <message>
        <source>amount {got} instead of {expected}</source>
        <translation>Betrag {got} statt {expected}</translation>
    </message>
    <message>
        <source>currency {got} instead of {expected}</source>
        <translation>Währung {got} statt {expected}</translation>
    </message>
    <message>
        <source>order {got} instead of {expected}</source>
        <translation>Bestellung {got} statt {expected}</translation>
    </message>
    <message>
        <source>KuPay&apos;s answer does not match this sale ({differences}).</source>
        <translation>Die Antwort von KuPay passt nicht zu diesem Verkauf ({differences}).</translation>
    </message>
    <message>
        <source>{difference}; {more}</source>
        <translation>{difference}; {more}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>cancelled by the cashier</source>
        <translation>von der Kasse abgebrochen</translation>
    </message>
    <message>
        <source>cancelled while creating</source>
        <translation>beim Anlegen abgebrochen</translation>
    </message>
    <message>
        <source>abandoned after a failed create</source>
        <translation>nach fehlgeschlagenem Anlegen aufgegeben</translation>
    </message>
    <message>
        <source>The payment link could not be drawn as a QR code. The owner should check this sale.</source>
        <translation>Der Zahlungslink konnte nicht als QR-Code dargestellt werden. Der Inhaber sollte diesen Verkauf prüfen.</translation>
    </message>
    <message>
        <source>The demo sandbox was restarted: this demo payment is gone.</source>
        <translation>Die Testumgebung der Demo wurde neu gestartet: Diese Demo-Zahlung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>no final answer from KuPay within {minutes} min after a restart</source>
        <translation>keine endgültige Antwort von KuPay innerhalb von {minutes} Min. nach einem Neustart</translation>
    </message>
    <message>
        <source>journaled before the create call</source>
        <translation>vor dem Anlegen im Journal gespeichert</translation>
    </message>
    <message>
        <source>created on KuPay as {payment_id}</source>
        <translation>bei KuPay angelegt als {payment_id}</translation>
    </message>
    <message>
        <source>KuPay answered with {payment_id}, which is order {order}&apos;s</source>
        <translation>KuPay antwortete mit {payment_id}, der Zahlung von Bestellung {order}</translation>
    </message>
    <message>
        <source>{problem} ({detail})</source>
        <translation>{problem} ({detail})</translation>
    </message>
    <message>
        <source>{note} (kept as {kept}: {state} came too late)</source>
        <translation>{note} (bleibt {kept}: {state} kam zu spät)</translation>
    </message>
    <message>
        <source>receipt printed on {printer}</source>
        <translation>Beleg gedruckt auf {printer}</translation>
    </message>
    <message>
        <source>receipt (copy) printed on {printer}</source>
        <translation>Beleg (Kopie) gedruckt auf {printer}</translation>
    </message>
    <message>
        <source>NOT PAID slip printed on {printer}</source>
        <translation>NICHT-BEZAHLT-Beleg gedruckt auf {printer}</translation>
    </message>
    <message>
        <source>NOT PAID slip (copy) printed on {printer}</source>
        <translation>NICHT-BEZAHLT-Beleg (Kopie) gedruckt auf {printer}</translation>
    </message>
    <message>
        <source>create request sent to KuPay</source>
        <translation>Erstellungsanfrage an KuPay gesendet</translation>
    </message>
</context>
</TS>
