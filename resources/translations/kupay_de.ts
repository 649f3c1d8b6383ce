<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
    <name>SaleScreen</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>Gilt ab dem nächsten Start der Kasse.</translation>
    </message>
</context>
</TS>
