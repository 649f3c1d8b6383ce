<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Amount</name>
    <message>
        <source>KuPay does not accept the currency {currency}. Pick another currency.</source>
        <translation>KuPay n’accepte pas la devise {currency}. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Type the amount as digits only, e.g. {example}.</source>
        <translation>Saisissez le montant en chiffres seulement, p. ex. {example}.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type {amount}.</source>
        <translation>{currency_name} : ni décimales ni séparateurs ; saisissez {amount}.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>That amount is too long. Type it as digits, e.g. {example}.</source>
        <translation>Ce montant est trop long. Saisissez-le en chiffres, p. ex. {example}.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type e.g. {example}.</source>
        <translation>{currency_name} : ni décimales ni séparateurs ; saisissez p. ex. {example}.</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type {amount}.</source>
        <translation>Un seul séparateur, celui des décimales : saisissez {amount}.</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type e.g. 1234.50.</source>
        <translation>Un seul séparateur, celui des décimales : saisissez p. ex. 1234,50.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals: type whole amounts, e.g. {example}.</source>
        <translation>{currency_name} n’a pas de décimales : saisissez un montant entier, p. ex. {example}.</translation>
    </message>
    <message>
        <source>Type {amount} without a separator, or use at most {decimals} decimals.</source>
        <translation>Saisissez {amount} sans séparateur, ou au plus {decimals} décimales.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals: type e.g. {example}.</source>
        <translation>Les montants en {currency} ont au plus {decimals} décimales : saisissez p. ex. {example}.</translation>
    </message>
    <message>
        <source>That amount is too large. Check it, e.g. {example}.</source>
        <translation>Ce montant est trop élevé. Vérifiez-le, p. ex. {example}.</translation>
    </message>
    <message>
        <source>The amount must be at least {amount}.</source>
        <translation>Le montant doit être d’au moins {amount}.</translation>
    </message>
    <message>
        <source>The amount is over this terminal&apos;s limit of {amount}. Check the amount.</source>
        <translation>Le montant dépasse la limite de cette caisse ({amount}). Vérifiez le montant.</translation>
    </message>
    <message>
        <source>The amount is not a number. Type it again.</source>
        <translation>Le montant n’est pas un nombre. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>That amount is too large. Check it.</source>
        <translation>Ce montant est trop élevé. Vérifiez-le.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals. Type the amount again.</source>
        <translation>Les montants en {currency} ont au plus {decimals} décimales. Saisissez à nouveau le montant.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Customer e-mail (optional)</source>
        <translation>E-mail du client (facultatif)</translation>
    </message>
    <message>
        <source>KuPay e-mails the payment link to this address</source>
        <translation>KuPay envoie le lien de paiement à cette adresse</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Encaisser</translation>
    </message>
    <message>
        <source>Open the sales history</source>
        <translation>Ouvrir l’historique des ventes</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Effacer le dernier chiffre (Retour arrière)</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the amount and the e-mail (Escape)</source>
        <translation>Effacer le montant et l’e-mail (Échap)</translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation>Saisissez le montant à encaisser.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right; fix it or leave it empty.</source>
        <translation>L’adresse e-mail semble incorrecte ; corrigez-la ou laissez-la vide.</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Encaisser {amount}</translation>
    </message>
    <message>
        <source>Press Enter or Charge to show the QR code.</source>
        <translation>Appuyez sur Entrée ou Encaisser pour afficher le QR code.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l’ordinateur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>Appliquée au prochain démarrage de la caisse.</translation>
    </message>
</context>
</TS>
