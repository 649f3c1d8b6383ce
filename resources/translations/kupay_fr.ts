<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>A point-of-sale terminal for KuPay crypto payments.</source>
        <translation>Une caisse pour encaisser des paiements crypto avec KuPay.</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentation</translation>
    </message>
    <message>
        <source>Free software under the {licence}.</source>
        <translation>Logiciel libre sous {licence}.</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal des ventes</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux techniques</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Fonctionne sous</translation>
    </message>
    <message>
        <source>(installed bundle)</source>
        <translation>(version installée)</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name} :</translation>
    </message>
</context>
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
    <name>AmountDisplay</name>
    <message>
        <source>Amount {amount}</source>
        <translation>Montant {amount}</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Time is up — waiting for KuPay’s final word</source>
        <translation>Temps écoulé — en attente du verdict de KuPay</translation>
    </message>
    <message>
        <source>About {minutes} min left</source>
        <translation>Environ {minutes} min restantes</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>{seconds} s restantes</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Enter the API token from the KuPay admin panel.</source>
        <translation>Saisissez le jeton d’API du panneau KuPay.</translation>
    </message>
    <message>
        <source>This computer has no password store the terminal can use. You can use the token for this session only: it stays in memory and is asked for again after a restart.</source>
        <translation>Cet ordinateur n’a pas de trousseau utilisable par la caisse. Vous pouvez utiliser le jeton pour cette session seulement : il reste en mémoire et sera redemandé au redémarrage.</translation>
    </message>
    <message>
        <source>The password store on this computer is locked or refused the terminal. Unlock it and try again, or use the token for this session only (it is asked for again after a restart).</source>
        <translation>Le trousseau de cet ordinateur est verrouillé ou a refusé la caisse. Déverrouillez-le et réessayez, ou utilisez le jeton pour cette session seulement (il sera redemandé au redémarrage).</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Your total will appear here</source>
        <translation>Votre total s’affichera ici</translation>
    </message>
    <message>
        <source>Scan with your crypto wallet to pay</source>
        <translation>Scannez avec votre portefeuille crypto pour payer</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Un instant, s’il vous plaît…</translation>
    </message>
    <message>
        <source>Thank you — paid</source>
        <translation>Merci — payé</translation>
    </message>
    <message>
        <source>This payment was cancelled</source>
        <translation>Ce paiement a été annulé</translation>
    </message>
    <message>
        <source>This payment has expired. If you have already paid, please tell the cashier.</source>
        <translation>Ce paiement a expiré. Si vous avez déjà payé, dites-le au caissier.</translation>
    </message>
    <message>
        <source>This payment was refunded</source>
        <translation>Ce paiement a été remboursé</translation>
    </message>
    <message>
        <source>This payment did not go through</source>
        <translation>Ce paiement n’a pas abouti</translation>
    </message>
    <message>
        <source>Paid {amount}. Thank you.</source>
        <translation>Payé {amount}. Merci.</translation>
    </message>
    <message>
        <source>Not paid: {amount}. {line}.</source>
        <translation>Non payé : {amount}. {line}.</translation>
    </message>
    <message>
        <source>Amount to pay {amount}. {line}.</source>
        <translation>Montant à payer {amount}. {line}.</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>The shop logo could not be read; the customer display shows the shop name only.</source>
        <translation>Le logo n’a pas pu être lu ; l’écran client affiche seulement le nom du magasin.</translation>
    </message>
    <message>
        <source>chosen screen</source>
        <translation>écran choisi</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is in a window here.</source>
        <translation>L’écran client ({screen}) n’est pas branché : il s’affiche dans une fenêtre ici.</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is hidden until it is back.</source>
        <translation>L’écran client ({screen}) n’est pas branché : il reste masqué jusqu’à son retour.</translation>
    </message>
    <message>
        <source>The customer display is back on its screen ({screen}).</source>
        <translation>L’écran client est de retour sur son écran ({screen}).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Montant à payer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <source>Customer display and sounds</source>
        <translation>Écran client et sons</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>A window (drag it where the customer can see it)</source>
        <translation>Une fenêtre (à placer là où le client la voit)</translation>
    </message>
    <message>
        <source>Screen: {screen}</source>
        <translation>Écran : {screen}</translation>
    </message>
    <message>
        <source>Screen: {screen} (not connected)</source>
        <translation>Écran : {screen} (non branché)</translation>
    </message>
    <message>
        <source>Show it in a window on the cashier&apos;s screen</source>
        <translation>L’afficher dans une fenêtre sur l’écran du caissier</translation>
    </message>
    <message>
        <source>Hide it until the screen is back</source>
        <translation>La masquer jusqu’au retour de l’écran</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Play a sound when a sale is paid, and another when it is not</source>
        <translation>Un son quand une vente est payée, un autre sinon</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume du son</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>The till&apos;s language</source>
        <translation>La langue de la caisse</translation>
    </message>
    <message>
        <source>When its screen is unplugged</source>
        <translation>Si son écran est débranché</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>Between sales it shows the shop name from Receipts, this line and the logo.</source>
        <translation>Entre deux ventes, il affiche le nom du magasin (Reçus), cette ligne et le logo.</translation>
    </message>
    <message>
        <source>Welcome line</source>
        <translation>Ligne d’accueil</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG)</source>
        <translation>Logo (PNG ou SVG)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Shop logo for the customer display</source>
        <translation>Logo du magasin pour l’écran client</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <source>Playing the paid sound…</source>
        <translation>Lecture du son « payé »…</translation>
    </message>
    <message>
        <source>The sound could not be played.</source>
        <translation>Le son n’a pas pu être joué.</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Customer display</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>Logo du magasin</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Montant à payer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payées</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total encaissé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Non payées</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Sales on {weekday} {day} {month} {year} (local time)</source>
        <translation>Ventes du {weekday} {day} {month} {year} (heure locale)</translation>
    </message>
    <message>
        <source>No sales on this day.</source>
        <translation>Aucune vente ce jour-là.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s). Only paid sales count as money taken.</source>
        <translation>
            <numerusform>%Ln vente. Seules les ventes payées comptent comme argent encaissé.</numerusform>
            <numerusform>%Ln ventes. Seules les ventes payées comptent comme argent encaissé.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} still open or to be checked in KuPay&apos;s panel.</source>
        <translation>{count} encore en cours ou à vérifier dans le panneau KuPay.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and 1 copy.</source>
        <translation>Reçus imprimés : {originals} et 1 copie.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and {copies} copies.</source>
        <translation>Reçus imprimés : {originals} et {copies} copies.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals}.</source>
        <translation>Reçus imprimés : {originals}.</translation>
    </message>
    <message>
        <source>DEMO — sandbox sales, no real money</source>
        <translation>DÉMO — ventes de test, pas d’argent réel</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>Imprimé le {time} (heure locale)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>{title} — all tills</source>
        <translation>{title} — toutes les caisses</translation>
    </message>
    <message>
        <source>Shop total (all tills)</source>
        <translation>Total du magasin (toutes les caisses)</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>KuPay made the payment, but this computer could not save the sale. The customer can pay; tell the owner the journal needs attention.</source>
        <translation>KuPay a créé le paiement, mais cet ordinateur n’a pas pu enregistrer la vente. Le client peut payer ; prévenez le gérant que le journal doit être vérifié.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID du paiement</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Cette caisse</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Toutes les caisses</translation>
    </message>
    <message>
        <source>KuPay id</source>
        <translation>ID KuPay</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The sales journal could not be read: {reason}</source>
        <translation>Le journal des ventes n’a pas pu être lu : {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Sales history</source>
        <translation>Historique des ventes</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation>Chercher un numéro de commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln vente</numerusform>
            <numerusform>%Ln ventes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KuPayError</name>
    <message>
        <source>The terminal cannot find KuPay&apos;s server. Check the internet connection and the KuPay address.</source>
        <translation>La caisse ne trouve pas le serveur de KuPay. Vérifiez la connexion internet et l’adresse KuPay.</translation>
    </message>
    <message>
        <source>KuPay&apos;s server refused the connection. Check the KuPay address in Settings, then try again.</source>
        <translation>Le serveur de KuPay a refusé la connexion. Vérifiez l’adresse KuPay dans les Paramètres, puis réessayez.</translation>
    </message>
    <message>
        <source>KuPay is taking too long to answer. Check the connection and try again.</source>
        <translation>KuPay met trop de temps à répondre. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to KuPay failed. Check the computer&apos;s date and time, then try again.</source>
        <translation>La connexion sécurisée à KuPay a échoué. Vérifiez la date et l’heure de l’ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>The connection to KuPay was cut off. Check the connection and try again.</source>
        <translation>La connexion à KuPay a été coupée. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>KuPay&apos;s address sent the terminal elsewhere. Ask the owner to check the KuPay address in Settings.</source>
        <translation>L’adresse KuPay renvoie ailleurs. Demandez au gérant de vérifier l’adresse KuPay dans les Paramètres.</translation>
    </message>
    <message>
        <source>The KuPay address is empty. Ask the owner to set it in Settings.</source>
        <translation>L’adresse KuPay est vide. Demandez au gérant de la saisir dans les Paramètres.</translation>
    </message>
    <message>
        <source>The KuPay address is not a valid web address. Ask the owner to fix it in Settings.</source>
        <translation>L’adresse KuPay n’est pas une adresse web valide. Demandez au gérant de la corriger dans les Paramètres.</translation>
    </message>
    <message>
        <source>KuPay&apos;s address for new payments was not found. Ask the owner to check the KuPay address in Settings.</source>
        <translation>L’adresse KuPay pour les nouveaux paiements est introuvable. Demandez au gérant de vérifier l’adresse KuPay dans les Paramètres.</translation>
    </message>
    <message>
        <source>That address does not answer like KuPay. Ask the owner to check the KuPay address in Settings.</source>
        <translation>Cette adresse ne répond pas comme KuPay. Demandez au gérant de vérifier l’adresse KuPay dans les Paramètres.</translation>
    </message>
    <message>
        <source>KuPay answered with a web page instead of data. Please try again in a moment.</source>
        <translation>KuPay a répondu par une page web au lieu de données. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>KuPay refused this payment request: {reason}. Check it, then try again.</source>
        <translation>KuPay a refusé cette demande de paiement : {reason}. Vérifiez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>KuPay does not accept the currency {currency}.</source>
        <translation>KuPay n’accepte pas la devise {currency}.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>No API token is set. Ask the owner to add it in Settings.</source>
        <translation>Aucun jeton d’API n’est défini. Demandez au gérant de l’ajouter dans les Paramètres.</translation>
    </message>
    <message>
        <source>The payment service did not answer as expected. Please try again.</source>
        <translation>Le service de paiement n’a pas répondu comme prévu. Réessayez.</translation>
    </message>
    <message>
        <source>The KuPay address must start with https://. Ask the owner to fix it in Settings.</source>
        <translation>L’adresse KuPay doit commencer par https://. Demandez au gérant de la corriger dans les Paramètres.</translation>
    </message>
    <message>
        <source>KuPay did not accept the API token. Ask the owner to check it in Settings.</source>
        <translation>KuPay n’a pas accepté le jeton d’API. Demandez au gérant de le vérifier dans les Paramètres.</translation>
    </message>
    <message>
        <source>KuPay does not know this payment. Check the order in the KuPay admin panel.</source>
        <translation>KuPay ne connaît pas ce paiement. Vérifiez la commande dans le panneau KuPay.</translation>
    </message>
    <message>
        <source>KuPay is busy. Waiting a moment before trying again.</source>
        <translation>KuPay est occupé. Petite pause avant de réessayer.</translation>
    </message>
    <message>
        <source>KuPay refused this payment request. Check the amount and currency, then try again.</source>
        <translation>KuPay a refusé cette demande de paiement. Vérifiez le montant et la devise, puis réessayez.</translation>
    </message>
    <message>
        <source>KuPay had a problem on its side. Please try again in a moment.</source>
        <translation>KuPay a rencontré un problème de son côté. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not reach KuPay. Check the internet connection, then try again.</source>
        <translation>Impossible de joindre KuPay. Vérifiez la connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <source>KuPay sent an answer the terminal cannot read. Please try again.</source>
        <translation>KuPay a envoyé une réponse que la caisse ne sait pas lire. Réessayez.</translation>
    </message>
    <message>
        <source>KuPay sent a payment link this terminal will not show, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>KuPay a envoyé un lien de paiement que cette caisse n’affiche pas : aucun QR code n’a été montré. Le gérant doit vérifier cette vente dans le panneau KuPay.</translation>
    </message>
    <message>
        <source>KuPay answered with the payment of another sale, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>KuPay a répondu avec le paiement d’une autre vente : aucun QR code n’a été montré. Le gérant doit vérifier cette vente dans le panneau KuPay.</translation>
    </message>
</context>
<context>
    <name>KuPaySaid</name>
    <message>
        <source>paid</source>
        <translation>payé</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>en attente du client</translation>
    </message>
    <message>
        <source>payment seen, confirming</source>
        <translation>paiement reçu, confirmation en cours</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>payé en partie</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>remboursé</translation>
    </message>
    <message>
        <source>“{word}”</source>
        <translation>« {word} »</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>Last sale: {order} · {amount} · {state}</source>
        <translation>Dernière vente : {order} · {amount} · {state}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>KuPay POS is already open on this computer. Use the window that is already open (one till per data folder, so two windows never hand out the same order number).</source>
        <translation>KuPay POS est déjà ouvert sur cet ordinateur. Utilisez la fenêtre déjà ouverte (une caisse par dossier de données, pour que deux fenêtres ne donnent jamais le même numéro de commande).</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>Something went wrong inside the terminal. The details were saved in the support log.</source>
        <translation>Un problème est survenu dans la caisse. Les détails sont dans le journal d’assistance.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>DEMO · no real money</source>
        <translation>DÉMO · pas d’argent réel</translation>
    </message>
    <message>
        <source>Payments go to the built-in sandbox inside this app; nothing is charged.</source>
        <translation>Les paiements vont au bac à sable intégré à l’application ; rien n’est encaissé.</translation>
    </message>
    <message>
        <source>Payments and the API token go to this address, not KuPay&apos;s own.</source>
        <translation>Les paiements et le jeton d’API vont à cette adresse, pas à celle de KuPay.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Recent sales: did the last one go through?</source>
        <translation>Ventes récentes : la dernière est-elle passée ?</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Today&apos;s totals per currency</source>
        <translation>Totaux du jour par devise</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Owner settings (PIN)</source>
        <translation>Paramètres du gérant (PIN)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About KuPay POS</source>
        <translation>À propos de KuPay POS</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}). Enter the owner PIN to use it.</source>
        <translation>Cette caisse a démarré avec une autre adresse KuPay ({host}). Saisissez le code PIN du gérant pour l’utiliser.</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}) without the owner PIN, so it takes no payments. Start KuPay POS without --api-url, or ask the owner.</source>
        <translation>Cette caisse a démarré avec une autre adresse KuPay ({host}) sans le code PIN du gérant : elle n’encaisse rien. Démarrez KuPay POS sans --api-url, ou appelez le gérant.</translation>
    </message>
    <message>
        <source>The sales journal was damaged and has been set aside as {file}. A fresh journal was started; the old file is kept for the owner.</source>
        <translation>Le journal des ventes était endommagé et a été mis de côté sous le nom {file}. Un nouveau journal a été commencé ; l’ancien fichier est gardé pour le gérant.</translation>
    </message>
    <message>
        <source>The terminal cannot take payments yet.</source>
        <translation>La caisse ne peut pas encore encaisser.</translation>
    </message>
    <message>
        <source>✓ Order {order} ({amount}) was paid.</source>
        <translation>✓ La commande {order} ({amount}) a été payée.</translation>
    </message>
    <message>
        <source>! Order {order}: outcome unknown. The owner should check it in KuPay&apos;s panel.</source>
        <translation>! Commande {order} : résultat inconnu. Le gérant doit vérifier dans le panneau KuPay.</translation>
    </message>
    <message>
        <source>The terminal is not set up yet. Ask the owner.</source>
        <translation>La caisse n’est pas encore configurée. Demandez au gérant.</translation>
    </message>
    <message>
        <source>This terminal has no KuPay API token yet.

The setup screen is not available in this build: store the token in the system keyring (service kupay-pos, user api-token), or try the terminal with `python main.py --demo`.</source>
        <translation>Cette caisse n’a pas encore de jeton d’API KuPay.

L’écran de configuration n’est pas disponible dans cette version : enregistrez le jeton dans le trousseau du système (service kupay-pos, utilisateur api-token) ou essayez la caisse avec `python main.py --demo`.</translation>
    </message>
    <message>
        <source>History is not available in this build.</source>
        <translation>L’historique n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>That could not be opened: {reason}</source>
        <translation>Impossible d’ouvrir : {reason}</translation>
    </message>
    <message>
        <source>The end-of-day report is not available in this build.</source>
        <translation>La clôture de la journée n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Settings are not available in this build.</source>
        <translation>Les paramètres ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>Saved. {names}: from the next start of the terminal. Everything else applies now.</source>
        <translation>Enregistré. {names} : au prochain démarrage de la caisse. Tout le reste s’applique maintenant.</translation>
    </message>
    <message>
        <source>KuPay POS — a point-of-sale terminal for KuPay.</source>
        <translation>KuPay POS — une caisse pour encaisser avec KuPay.</translation>
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
        <translation>Vu : retirer cet avis</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The payment expired.</source>
        <translation>Le paiement a expiré.</translation>
    </message>
    <message>
        <source>If the customer already paid, wait — it can still arrive. It is checked in History.</source>
        <translation>Si le client a déjà payé, patientez : le paiement peut encore arriver. Il est suivi dans l’Historique.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>Le paiement a été annulé.</translation>
    </message>
    <message>
        <source>Start a new sale if the customer still wants to pay.</source>
        <translation>Commencez une nouvelle vente si le client veut encore payer.</translation>
    </message>
    <message>
        <source>The payment was refunded.</source>
        <translation>Le paiement a été remboursé.</translation>
    </message>
    <message>
        <source>Nothing was received for this sale.</source>
        <translation>Rien n’a été reçu pour cette vente.</translation>
    </message>
    <message>
        <source>Start a new sale to let the customer try again.</source>
        <translation>Commencez une nouvelle vente pour que le client réessaie.</translation>
    </message>
    <message>
        <source>The payment failed (KuPay says “{word}”).</source>
        <translation>Le paiement a échoué (KuPay indique « {word} »).</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>Le paiement a échoué.</translation>
    </message>
</context>
<context>
    <name>OutcomeFeedback</name>
    <message>
        <source>Paid {amount}. Order {order}.</source>
        <translation>Payé {amount}. Commande {order}.</translation>
    </message>
    <message>
        <source>Not paid: {amount}. Order {order}.</source>
        <translation>Non payé : {amount}. Commande {order}.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Creating payment…</source>
        <translation>Création du paiement…</translation>
    </message>
    <message>
        <source>The payment was not created</source>
        <translation>Le paiement n’a pas été créé</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>Ouvrir la page de paiement</translation>
    </message>
    <message>
        <source>Demo: pay this sale in the browser on this computer</source>
        <translation>Démo : payez cette vente dans le navigateur de cet ordinateur</translation>
    </message>
    <message>
        <source>Show to customer</source>
        <translation>Montrer au client</translation>
    </message>
    <message>
        <source>F2 or Space. Only one screen? Turn it round: the customer sees the amount and the QR code.</source>
        <translation>F2 ou Espace. Un seul écran ? Tournez-le : le client voit le montant et le QR code.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Check now  (F5)</source>
        <translation>Vérifier maintenant  (F5)</translation>
    </message>
    <message>
        <source>Ask KuPay right away whether this sale is paid</source>
        <translation>Demander tout de suite à KuPay si cette vente est payée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>No QR code — nothing to pay yet</source>
        <translation>Pas de code QR — rien à payer pour l’instant</translation>
    </message>
    <message>
        <source>Payment link e-mailed to {email}</source>
        <translation>Lien de paiement envoyé à {email}</translation>
    </message>
    <message>
        <source>Stopped checking: ask the owner</source>
        <translation>Vérification arrêtée : appelez le gérant</translation>
    </message>
    <message>
        <source>The sale is kept in History.</source>
        <translation>La vente est conservée dans l’Historique.</translation>
    </message>
    <message>
        <source>Back to the keypad</source>
        <translation>Retour au pavé</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>Attente {time}</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Waiting for the customer…</source>
        <translation>En attente du client…</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>Connexion perdue — nouvel essai…</translation>
    </message>
    <message>
        <source>Payment seen, waiting for confirmation…</source>
        <translation>Paiement reçu, en attente de confirmation…</translation>
    </message>
    <message>
        <source>Partly paid — waiting for the rest</source>
        <translation>Payé en partie — en attente du reste</translation>
    </message>
    <message>
        <source>KuPay says “{word}”</source>
        <translation>KuPay indique « {word} »</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner PIN</source>
        <translation>Code PIN du gérant</translation>
    </message>
    <message>
        <source>Settings are for the shop owner. Enter the owner PIN.</source>
        <translation>Les paramètres sont réservés au gérant. Saisissez le code PIN du gérant.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>Trop de codes PIN erronés. Réessayez dans {seconds} secondes.</translation>
    </message>
</context>
<context>
    <name>PrinterAddress</name>
    <message>
        <source>The printer address “{uri}” {why}.</source>
        <translation>L’adresse d’imprimante « {uri} » {why}.</translation>
    </message>
    <message>
        <source>is not one KuPay POS understands: start it with {schemes}</source>
        <translation>n’est pas comprise par KuPay POS : commencez-la par {schemes}</translation>
    </message>
    <message>
        <source>needs its kind in front: for a network printer write tcp://{address}</source>
        <translation>doit commencer par son type : pour une imprimante réseau, écrivez tcp://{address}</translation>
    </message>
    <message>
        <source>has a port that is not a number from 1 to 65535</source>
        <translation>a un port qui n’est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>names no printer: write tcp://192.168.1.50:9100</source>
        <translation>ne désigne aucune imprimante : écrivez tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>needs the printer&apos;s USB ids in hex, for example usb://04b8:0202</source>
        <translation>doit contenir les identifiants USB de l’imprimante en hexadécimal, par exemple usb://04b8:0202</translation>
    </message>
    <message>
        <source>names no serial port: write serial:///dev/ttyUSB0?baudrate=9600 or serial://COM3</source>
        <translation>ne désigne aucun port série : écrivez serial:///dev/ttyUSB0?baudrate=9600 ou serial://COM3</translation>
    </message>
    <message>
        <source>has a baud rate the printer cannot use: one of {rates}</source>
        <translation>a un débit que l’imprimante ne peut pas utiliser : choisissez parmi {rates}</translation>
    </message>
    <message>
        <source>needs a full path, for example {example}</source>
        <translation>doit contenir un chemin complet, par exemple {example}</translation>
    </message>
    <message>
        <source>names no printer: write {scheme}://PRINTER NAME</source>
        <translation>ne désigne aucune imprimante : écrivez {scheme}://NOM DE L’IMPRIMANTE</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR code du lien de paiement</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Paid with crypto via KuPay</source>
        <translation>Payé en crypto via KuPay</translation>
    </message>
    <message>
        <source>Crypto payment via KuPay, not received</source>
        <translation>Paiement crypto via KuPay, non reçu</translation>
    </message>
    <message>
        <source>Scan to look up this payment</source>
        <translation>Scannez pour retrouver ce paiement</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIE</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAYÉ</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NON PAYÉ</translation>
    </message>
    <message>
        <source>No payment was received.</source>
        <translation>Aucun paiement n’a été reçu.</translation>
    </message>
    <message>
        <source>This is not a receipt.</source>
        <translation>Ceci n’est pas un reçu.</translation>
    </message>
    <message>
        <source>KuPay payment id</source>
        <translation>ID de paiement KuPay</translation>
    </message>
    <message>
        <source>Receipts cannot be saved in {folder} — check that the folder exists and may be written to</source>
        <translation>Impossible d’enregistrer les reçus dans {folder} — vérifiez que le dossier existe et est accessible en écriture</translation>
    </message>
    <message>
        <source>This computer has no printer called “{printer}” — choose one in Settings › Receipts</source>
        <translation>Cet ordinateur n’a pas d’imprimante nommée « {printer} » — choisissez-en une dans Paramètres › Reçus</translation>
    </message>
    <message>
        <source>This computer has no printer set up — add one, or choose another in Settings › Receipts</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur — ajoutez-en une ou choisissez-en une autre dans Paramètres › Reçus</translation>
    </message>
    <message>
        <source>The receipt could not be written to {file} — check the disk has room</source>
        <translation>Le reçu n’a pas pu être écrit dans {file} — vérifiez l’espace disque</translation>
    </message>
    <message>
        <source>The printer {printer} cannot print now — check it is on and has paper</source>
        <translation>L’imprimante {printer} ne peut pas imprimer — vérifiez qu’elle est allumée et a du papier</translation>
    </message>
    <message>
        <source>The receipt printer is not answering — check it is on and has paper</source>
        <translation>L’imprimante de reçus ne répond pas — vérifiez qu’elle est allumée et a du papier</translation>
    </message>
    <message>
        <source>No receipt printer is set up — the owner can choose one in Settings › Receipts</source>
        <translation>Aucune imprimante de reçus — le gérant peut en choisir une dans Paramètres › Reçus</translation>
    </message>
    <message>
        <source>{problem}; the sale is paid.</source>
        <translation>{problem} ; la vente est payée.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>This computer lacks the driver for that printer ({driver}) — see the README</source>
        <translation>Il manque le pilote de cette imprimante sur cet ordinateur ({driver}) — voir le README</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the receipt printer — for USB and serial printers see the README&apos;s printer notes</source>
        <translation>Cet ordinateur n’a pas le droit d’utiliser l’imprimante de reçus — pour les imprimantes USB et série, voir les notes du README</translation>
    </message>
    <message>
        <source>The receipt could not be printed — check the printer in Settings › Receipts</source>
        <translation>Le reçu n’a pas pu être imprimé — vérifiez l’imprimante dans Paramètres › Reçus</translation>
    </message>
    <message>
        <source>The receipt printer is offline — check its cover is closed and it has paper</source>
        <translation>L’imprimante de reçus est hors ligne — vérifiez que le capot est fermé et qu’il y a du papier</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper — put in a new roll and press Retry</source>
        <translation>L’imprimante de reçus n’a plus de papier — mettez un rouleau neuf et appuyez sur Réessayer</translation>
    </message>
    <message>
        <source>There is no printer at {path} — check it is plugged in and switched on</source>
        <translation>Aucune imprimante à {path} — vérifiez qu’elle est branchée et allumée</translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <source>Print receipt (P)</source>
        <translation>Imprimer le reçu (P)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Print NOT PAID slip (P)</source>
        <translation>Imprimer le bon NON PAYÉ (P)</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>Impression du reçu…</translation>
    </message>
    <message>
        <source>Print a copy (P)</source>
        <translation>Imprimer une copie (P)</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <source>Receipt copy printed ({where}).</source>
        <translation>Copie du reçu imprimée ({where}).</translation>
    </message>
    <message>
        <source>Receipt printed ({where}).</source>
        <translation>Reçu imprimé ({where}).</translation>
    </message>
    <message>
        <source>NOT PAID slip copy printed ({where}).</source>
        <translation>Copie du bon NON PAYÉ imprimée ({where}).</translation>
    </message>
    <message>
        <source>NOT PAID slip printed ({where}).</source>
        <translation>Bon NON PAYÉ imprimé ({where}).</translation>
    </message>
    <message>
        <source>Reprint it from History.</source>
        <translation>Réimprimez-le depuis l’Historique.</translation>
    </message>
    <message>
        <source>That sale is not in this terminal&apos;s journal.</source>
        <translation>Cette vente n’est pas dans le journal de cette caisse.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Reçu imprimé.</translation>
    </message>
</context>
<context>
    <name>ReceiptSettings</name>
    <message>
        <source>Choose the paper: {papers}.</source>
        <translation>Choisissez le papier : {papers}.</translation>
    </message>
    <message>
        <source>“{name}” is not a printer model python-escpos knows; leave it empty.</source>
        <translation>« {name} » n’est pas un modèle d’imprimante connu de python-escpos ; laissez vide.</translation>
    </message>
    <message>
        <source>The shop name can have at most {count} characters.</source>
        <translation>Le nom du magasin peut avoir au plus {count} caractères.</translation>
    </message>
    <message>
        <source>A receipt has room for at most {count} lines here.</source>
        <translation>Un reçu a ici de la place pour {count} lignes au plus.</translation>
    </message>
    <message>
        <source>Each line can have at most {count} characters.</source>
        <translation>Chaque ligne peut avoir au plus {count} caractères.</translation>
    </message>
</context>
<context>
    <name>ReceiptSettingsGroup</name>
    <message>
        <source>Leave empty for no receipts. Network: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://QUEUE · win32://PRINTER NAME · system://PRINTER NAME (empty name: the default printer) · pdf:///folder (one PDF per receipt)</source>
        <translation>Laissez vide pour ne pas imprimer de reçus. Réseau : tcp://192.168.1.50:9100 · USB : usb://04b8:0202 · série : serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://FILE · win32://NOM DE L’IMPRIMANTE · system://NOM DE L’IMPRIMANTE (sans nom : l’imprimante par défaut) · pdf:///dossier (un PDF par reçu)</translation>
    </message>
    <message>
        <source>Generic ESC/POS printer</source>
        <translation>Imprimante ESC/POS générique</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100</source>
        <translation>tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de reçus</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The printer model, where it matters: its code pages and whether it draws QR codes</source>
        <translation>Le modèle d’imprimante, quand il compte : ses pages de codes et s’il dessine les QR codes</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Modèle d’imprimante</translation>
    </message>
    <message>
        <source>Print a receipt automatically when a sale is paid</source>
        <translation>Imprimer un reçu automatiquement quand une vente est payée</translation>
    </message>
    <message>
        <source>QR code on the receipt to look the payment up</source>
        <translation>QR code sur le reçu pour retrouver le paiement</translation>
    </message>
    <message>
        <source>Corner Café</source>
        <translation>Café du Coin</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <source>Up to 4 lines: address, phone, tax number</source>
        <translation>Jusqu’à 4 lignes : adresse, téléphone, numéro de TVA</translation>
    </message>
    <message>
        <source>Top lines</source>
        <translation>Lignes du haut</translation>
    </message>
    <message>
        <source>Up to 4 lines, e.g. Thank you!</source>
        <translation>Jusqu’à 4 lignes, p. ex. Merci !</translation>
    </message>
    <message>
        <source>Bottom lines</source>
        <translation>Lignes du bas</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>Imprimer un reçu de test</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Impression d’un reçu de test…</translation>
    </message>
    <message>
        <source>Test receipt printed ({where}).</source>
        <translation>Reçu de test imprimé ({where}).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>End of day — DEMO</source>
        <translation>Clôture — DÉMO</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Clôture de la journée</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Cette caisse</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Toutes les caisses</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>Imprimé le {time} (heure locale)</translation>
    </message>
    <message>
        <source>Print the end-of-day report</source>
        <translation>Imprimer la clôture de la journée</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}.</source>
        <translation>Le PDF n’a pas pu être écrit dans {file}.</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Enregistré : {file}.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>Needs check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <source>Press any key or tap for the next sale</source>
        <translation>Appuyez sur une touche ou touchez l’écran pour la vente suivante</translation>
    </message>
    <message>
        <source>new sale in {seconds} s</source>
        <translation>nouvelle vente dans {seconds} s</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Order {order}</source>
        <translation>Commande {order}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>KuPay said</source>
        <translation>Réponse de KuPay</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Vérifier l’état maintenant</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>Afficher le QR</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Réimprimer le reçu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>Impression du reçu…</translation>
    </message>
    <message>
        <source>Asking KuPay…</source>
        <translation>Interrogation de KuPay…</translation>
    </message>
    <message>
        <source>KuPay says: {word}.</source>
        <translation>KuPay indique : {word}.</translation>
    </message>
    <message>
        <source>KuPay gave no status word.</source>
        <translation>KuPay n’a donné aucun état.</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>The sale could not be saved on this computer, so nothing was sent. Try again; if it keeps failing, ask the owner.</source>
        <translation>La vente n’a pas pu être enregistrée sur cet ordinateur, donc rien n’a été envoyé. Réessayez ; si cela continue, appelez le gérant.</translation>
    </message>
    <message>
        <source>Something went wrong while sending the sale. Try again; if it keeps failing, ask the owner.</source>
        <translation>Un problème est survenu lors de l’envoi de la vente. Réessayez ; si cela continue, prévenez le gérant.</translation>
    </message>
    <message>
        <source>Do not hand over the goods until the owner has checked this sale in KuPay&apos;s panel.</source>
        <translation>Ne remettez pas la marchandise avant que le gérant ait vérifié cette vente dans le panneau KuPay.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Type the currency&apos;s letters (E U R), or ↑ ↓ to step through; Alt+C opens the list</source>
        <translation>Tapez les lettres de la devise (E U R) ou parcourez avec ↑ ↓ ; Alt+C ouvre la liste</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
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
    <name>SaleState</name>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Non payé</translation>
    </message>
    <message>
        <source>Cancelled at the till</source>
        <translation>Annulé en caisse</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Cancelled — may have reached KuPay</source>
        <translation>Annulé — peut-être reçu par KuPay</translation>
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
        <translation>Caisse 1</translation>
    </message>
    <message>
        <source>Enter the KuPay API address, for example https://api.kupay.finance/v1/.</source>
        <translation>Saisissez l’adresse de l’API KuPay, par exemple https://api.kupay.finance/v1/.</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// and name a server.</source>
        <translation>L’adresse de l’API KuPay doit commencer par https:// et indiquer un serveur.</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// (plain http:// is only allowed to this computer).</source>
        <translation>L’adresse de l’API KuPay doit commencer par https:// (http:// n’est permis que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain a user name or password.</source>
        <translation>L’adresse de l’API KuPay ne doit contenir ni utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain ? or #.</source>
        <translation>L’adresse de l’API KuPay ne doit contenir ni ? ni #.</translation>
    </message>
    <message>
        <source>The shop&apos;s website</source>
        <translation>Le site du magasin</translation>
    </message>
    <message>
        <source>The payment updates address</source>
        <translation>L’adresse des notifications de paiement</translation>
    </message>
    <message>
        <source>The smallest sale</source>
        <translation>La vente minimale</translation>
    </message>
    <message>
        <source>The largest sale</source>
        <translation>La vente maximale</translation>
    </message>
    <message>
        <source>{what} must be a full address starting with https://, for example https://myshop.com/.</source>
        <translation>{what} : une adresse complète commençant par https:// est requise, par exemple https://myshop.com/.</translation>
    </message>
    <message>
        <source>Give this terminal a name, for example Till 1.</source>
        <translation>Donnez un nom à cette caisse, par exemple Caisse 1.</translation>
    </message>
    <message>
        <source>The terminal name can have at most {count} characters.</source>
        <translation>Le nom de la caisse peut avoir au plus {count} caractères.</translation>
    </message>
    <message>
        <source>The order-number prefix can have at most {count} characters.</source>
        <translation>Le préfixe des numéros de commande peut avoir au plus {count} caractères.</translation>
    </message>
    <message>
        <source>The order-number prefix may use only letters, digits and - _ / .</source>
        <translation>Le préfixe des numéros de commande n’accepte que lettres, chiffres et - _ / .</translation>
    </message>
    <message>
        <source>KuPay does not accept {currency}; choose one of {currencies}.</source>
        <translation>KuPay n’accepte pas {currency} ; choisissez parmi {currencies}.</translation>
    </message>
    <message>
        <source>{what} must be a number, for example 1.00, or left empty.</source>
        <translation>{what} : un nombre est attendu, par exemple 1.00, ou laissez vide.</translation>
    </message>
    <message>
        <source>{what} must be more than zero, or left empty.</source>
        <translation>{what} : doit être supérieur à zéro, ou laissez vide.</translation>
    </message>
    <message>
        <source>The minimum amount must not be more than the maximum amount.</source>
        <translation>Le montant minimal ne doit pas dépasser le montant maximal.</translation>
    </message>
    <message>
        <source>The owner PIN must be {shortest} to {longest} digits.</source>
        <translation>Le code PIN du gérant doit avoir de {shortest} à {longest} chiffres.</translation>
    </message>
    <message>
        <source>Some settings could not be used and were set back to their defaults ({names}). Check them in Settings.</source>
        <translation>Certains paramètres étaient inutilisables et ont repris leur valeur par défaut ({names}). Vérifiez-les dans les Paramètres.</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings.</source>
        <translation>{problem} ; la caisse utilise les paramètres par défaut.</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings. The old file was kept as {file}.</source>
        <translation>{problem} ; la caisse utilise les paramètres par défaut. L’ancien fichier a été gardé sous le nom {file}.</translation>
    </message>
    <message>
        <source>The settings file could not be read</source>
        <translation>Le fichier de paramètres n’a pas pu être lu</translation>
    </message>
    <message>
        <source>The settings file is damaged</source>
        <translation>Le fichier de paramètres est endommagé</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>An API token is saved in this computer&apos;s password store.</source>
        <translation>Un jeton d’API est enregistré dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The API token is held for this session only (no password store): it is asked for after a restart.</source>
        <translation>Le jeton d’API n’est gardé que pour cette session (pas de trousseau) : il sera redemandé au redémarrage.</translation>
    </message>
    <message>
        <source>No API token is saved. Payments cannot be taken until one is added.</source>
        <translation>Aucun jeton d’API enregistré. Impossible d’encaisser tant qu’il n’y en a pas.</translation>
    </message>
    <message>
        <source>The API token will be removed when you press Save.</source>
        <translation>Le jeton d’API sera supprimé quand vous appuierez sur Enregistrer.</translation>
    </message>
    <message>
        <source>The new API token will be saved when you press Save.</source>
        <translation>Le nouveau jeton d’API sera enregistré quand vous appuierez sur Enregistrer.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ce code PIN n’est pas le bon. Réessayez.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>https://api.kupay.finance/v1/</source>
        <translation>https://api.kupay.finance/v1/</translation>
    </message>
    <message>
        <source>Checking the password store…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Paste a new API token to replace the saved one</source>
        <translation>Collez un nouveau jeton d’API pour remplacer l’ancien</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <source>KuPay API address</source>
        <translation>Adresse de l’API KuPay</translation>
    </message>
    <message>
        <source>In use now, given with --api-url when the terminal started. Type another address to use it from now on and at every start.</source>
        <translation>En service, donnée par --api-url au démarrage de la caisse. Saisissez une autre adresse pour l’utiliser désormais et à chaque démarrage.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>https://myshop.com/  (optional)</source>
        <translation>https://myshop.com/  (facultatif)</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback  (optional)</source>
        <translation>https://myshop.com/kupay/callback  (facultatif)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Devise par défaut</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>Site du magasin</translation>
    </message>
    <message>
        <source>Customers return here after paying or cancelling.</source>
        <translation>Les clients reviennent ici après avoir payé ou annulé.</translation>
    </message>
    <message>
        <source>Payment updates address</source>
        <translation>Adresse des notifications</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Empty: the shop website.</source>
        <translation>Où KuPay envoie les notifications de paiement pour votre boutique en ligne. Vide : le site du magasin.</translation>
    </message>
    <message>
        <source>http://proxy.myshop.lan:3128  (optional)</source>
        <translation>http://proxy.myshop.lan:3128  (facultatif)</translation>
    </message>
    <message>
        <source>Web proxy</source>
        <translation>Proxy web</translation>
    </message>
    <message>
        <source>Only if this network reaches the internet through a proxy: HTTPS to KuPay goes through it, still encrypted end to end.</source>
        <translation>Seulement si ce réseau accède à internet par un proxy : le HTTPS vers KuPay passe par lui, toujours chiffré de bout en bout.</translation>
    </message>
    <message>
        <source>pay.example.com  (optional)</source>
        <translation>pay.example.com  (facultatif)</translation>
    </message>
    <message>
        <source>Other payment-page hosts</source>
        <translation>Autres hôtes de pages de paiement</translation>
    </message>
    <message>
        <source>QR codes lead only to KuPay&apos;s own pages (*.kupay.finance) and the API&apos;s host; add another host only if KuPay tells you to.</source>
        <translation>Les codes QR ne mènent qu’aux pages de KuPay (*.kupay.finance) et à l’hôte de l’API ; n’ajoutez un autre hôte que si KuPay vous le demande.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stay until tapped</source>
        <translation>Rester jusqu’à un appui</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Démarrer en plein écran</translation>
    </message>
    <message>
        <source>Cents first on the keypad</source>
        <translation>Centimes d’abord sur le pavé</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal.</source>
        <translation>Taper 1250 affiche 12.50, comme un terminal de carte.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l’ordinateur</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nom de la caisse</translation>
    </message>
    <message>
        <source>Order-number prefix</source>
        <translation>Préfixe des commandes</translation>
    </message>
    <message>
        <source>Check payment every</source>
        <translation>Vérifier le paiement toutes les</translation>
    </message>
    <message>
        <source>Back to the keypad after</source>
        <translation>Retour au pavé après</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal. Off: type 12.50 with a point.</source>
        <translation>Taper 1250 affiche 12.50, comme un terminal de carte. Désactivé : tapez 12.50 avec le séparateur.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>Appliquée au prochain démarrage de la caisse.</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>pas de minimum</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>pas de maximum</translation>
    </message>
    <message>
        <source>Limits for</source>
        <translation>Limites pour</translation>
    </message>
    <message>
        <source>Smallest sale</source>
        <translation>Vente minimale</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>Vente maximale</translation>
    </message>
    <message>
        <source>In the currency above. Empty: no limit.</source>
        <translation>Dans la devise ci-dessus. Vide : pas de limite.</translation>
    </message>
    <message>
        <source>No limits: any amount above zero (up to 1,000,000) in every currency.</source>
        <translation>Pas de limites : tout montant supérieur à zéro (jusqu’à 1 000 000) dans chaque devise.</translation>
    </message>
    <message>
        <source>{currency} from {amount}</source>
        <translation>{currency} à partir de {amount}</translation>
    </message>
    <message>
        <source>{currency} up to {amount}</source>
        <translation>{currency} jusqu’à {amount}</translation>
    </message>
    <message>
        <source>Limits set: {limits}. Other currencies: none.</source>
        <translation>Limites : {limits}. Autres devises : aucune.</translation>
    </message>
    <message>
        <source>A PIN protects these settings from cashiers.</source>
        <translation>Un code PIN protège ces paramètres des caissiers.</translation>
    </message>
    <message>
        <source>No PIN: anyone at the till can open Settings.</source>
        <translation>Pas de code PIN : n’importe qui à la caisse peut ouvrir les Paramètres.</translation>
    </message>
    <message>
        <source>New PIN ({shortest}–{longest} digits)</source>
        <translation>Nouveau code PIN ({shortest}–{longest} chiffres)</translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation>Retapez le nouveau code PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Supprimer le code PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Répéter le code PIN</translation>
    </message>
    <message>
        <source>Demo: these settings are kept apart from your shop&apos;s (demo-settings.json), and payments always go to the built-in sandbox. Try anything here.</source>
        <translation>Démo : ces paramètres sont séparés de ceux du magasin (demo-settings.json) et les paiements vont toujours au bac à sable intégré. Essayez ce que vous voulez.</translation>
    </message>
    <message>
        <source>KuPay connection</source>
        <translation>Connexion à KuPay</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Cette caisse</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>Base de données du magasin</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>Code PIN du gérant</translation>
    </message>
    <message>
        <source>Use the new token for this session only</source>
        <translation>Utiliser le nouveau jeton pour cette session seulement</translation>
    </message>
    <message>
        <source>The password store could not be read.</source>
        <translation>Le trousseau n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Keep token</source>
        <translation>Garder le jeton</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>Les deux codes PIN diffèrent. Tapez deux fois le nouveau code PIN.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés sur le disque. Vérifiez l’espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Please try again.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés. Réessayez.</translation>
    </message>
    <message>
        <source>Order numbers look like {example}; customers see them on the KuPay page.</source>
        <translation>Les numéros de commande ressemblent à {example} ; les clients les voient sur la page KuPay.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>KuPay accepted the token. This terminal is ready to take payments.</source>
        <translation>KuPay a accepté le jeton. Cette caisse peut encaisser.</translation>
    </message>
    <message>
        <source>The token was not accepted by KuPay. Copy it again from the KuPay admin panel.</source>
        <translation>KuPay n’a pas accepté le jeton. Copiez-le à nouveau depuis le panneau KuPay.</translation>
    </message>
    <message>
        <source>KuPay answered but could not confirm the token. Try again in a moment.</source>
        <translation>KuPay a répondu mais n’a pas pu confirmer le jeton. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel first.</source>
        <translation>Collez d’abord le jeton d’API du panneau KuPay.</translation>
    </message>
    <message>
        <source>Asking KuPay whether it accepts the token…</source>
        <translation>Demande à KuPay s’il accepte le jeton…</translation>
    </message>
    <message>
        <source>Saving the token in this computer&apos;s password store…</source>
        <translation>Enregistrement du jeton dans le trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <source>The password store is not answering: it may be asking for its own password in another window. Answer it there, or use the token for this session only.</source>
        <translation>Le trousseau ne répond pas : il demande peut-être son propre mot de passe dans une autre fenêtre. Répondez-y, ou utilisez le jeton pour cette session seulement.</translation>
    </message>
    <message>
        <source>This terminal has an owner PIN. The owner enters it to connect the terminal to KuPay.</source>
        <translation>Cette caisse a un PIN du gérant. Le gérant le saisit pour connecter la caisse à KuPay.</translation>
    </message>
    <message>
        <source>Connecting this terminal to KuPay is for the shop owner. Enter the owner PIN.</source>
        <translation>La connexion de la caisse à KuPay revient au gérant. Saisissez le PIN du gérant.</translation>
    </message>
    <message>
        <source>The token could not be checked. Check the internet connection, then try again.</source>
        <translation>Le jeton n’a pas pu être vérifié. Vérifiez la connexion internet, puis réessayez.</translation>
    </message>
    <message>
        <source>Connect this terminal to KuPay</source>
        <translation>Connectez cette caisse à KuPay</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel (no account yet? Sign up at kupay.finance). The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation>Collez le jeton d’API du panneau KuPay (pas encore de compte ? Inscrivez-vous sur kupay.finance). Le jeton est gardé dans le trousseau de cet ordinateur, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>https://myshop.com/</source>
        <translation>https://myshop.com/</translation>
    </message>
    <message>
        <source>Customers return to this page after paying or cancelling.</source>
        <translation>Les clients reviennent sur cette page après avoir payé ou annulé.</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback</source>
        <translation>https://myshop.com/kupay/callback</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Leave it empty to use the shop&apos;s website.</source>
        <translation>Où KuPay envoie les notifications de paiement pour votre boutique en ligne. Laissez vide pour utiliser le site du magasin.</translation>
    </message>
    <message>
        <source>Shop website (optional)</source>
        <translation>Site du magasin (facultatif)</translation>
    </message>
    <message>
        <source>Payment updates address (optional)</source>
        <translation>Adresse des notifications (facultatif)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Enregistrer et démarrer</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Utiliser le jeton pour cette session seulement</translation>
    </message>
    <message>
        <source>Enter the owner PIN</source>
        <translation>Saisir le PIN du gérant</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés sur le disque. Vérifiez l’espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>The token could not be saved. Please try again.</source>
        <translation>Le jeton n’a pas pu être enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>Fix the address above first.</source>
        <translation>Corrigez d’abord l’adresse ci-dessus.</translation>
    </message>
</context>
<context>
    <name>ShopDatabase</name>
    <message>
        <source>Enter the shop database address, for example postgresql://till1@db.myshop.lan/kupay.</source>
        <translation>Saisissez l’adresse de la base de données du magasin, par exemple postgresql://till1@db.myshop.lan/kupay.</translation>
    </message>
    <message>
        <source>The shop database address is not a PostgreSQL address; use the form postgresql://USER@HOST/DATABASE.</source>
        <translation>L’adresse n’est pas une adresse PostgreSQL ; utilisez la forme postgresql://UTILISATEUR@HÔTE/BASE.</translation>
    </message>
    <message>
        <source>The shop database is on another computer, so its connection must be encrypted: remove sslmode={mode} (or use sslmode=verify-full).</source>
        <translation>La base de données est sur un autre ordinateur, la connexion doit donc être chiffrée : retirez sslmode={mode} (ou utilisez sslmode=verify-full).</translation>
    </message>
    <message>
        <source>Leave the password out of the shop database address: enter it in the password field, which keeps it in this computer&apos;s password store.</source>
        <translation>Ne mettez pas le mot de passe dans l’adresse : saisissez-le dans le champ mot de passe, qui le garde dans le trousseau de l’ordinateur.</translation>
    </message>
    <message>
        <source>No shop database is set: enter its address in Settings → Shop database, or pass --shop-db ADDRESS.</source>
        <translation>Aucune base de données du magasin : saisissez son adresse dans Paramètres → Base de données du magasin, ou passez --shop-db ADRESSE.</translation>
    </message>
    <message>
        <source>The shop database ({where}) refused the user name or password: check them in Settings.</source>
        <translation>La base de données du magasin ({where}) a refusé l’utilisateur ou le mot de passe : vérifiez-les dans les Paramètres.</translation>
    </message>
    <message>
        <source>The shop database ({where}) could not be reached securely (its certificate or TLS set-up was refused): ask whoever runs it.</source>
        <translation>Connexion sécurisée impossible à la base de données ({where}) (certificat ou TLS refusé) : demandez à la personne qui la gère.</translation>
    </message>
    <message>
        <source>The shop database ({where}) does not let this till&apos;s user write its sales: give it the kupay_till role.</source>
        <translation>La base de données ({where}) n’autorise pas l’utilisateur de cette caisse à écrire ses ventes : donnez-lui le rôle kupay_till.</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>La base de données ({where}) n’est pas encore prête : lancez kupay-pos shop init --db ADRESSE.</translation>
    </message>
    <message>
        <source>The shop database ({where}) answered too slowly; the till will try again.</source>
        <translation>La base de données ({where}) a répondu trop lentement ; la caisse réessaiera.</translation>
    </message>
    <message>
        <source>The shop database ({where}) cannot be reached; sales are kept on this till and sent when it is back.</source>
        <translation>La base de données ({where}) est injoignable ; les ventes restent sur cette caisse et partent à son retour.</translation>
    </message>
    <message>
        <source>The shop database ({where}) was set up by a newer KuPay POS (schema {version}, this till knows {known}): update this till. Its sales are kept here meanwhile.</source>
        <translation>La base de données ({where}) a été préparée par un KuPay POS plus récent (schéma {version}, cette caisse connaît le {known}) : mettez cette caisse à jour. Ses ventes restent ici en attendant.</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up for this version yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>La base de données ({where}) n’est pas encore prête pour cette version : lancez kupay-pos shop init --db ADRESSE.</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by another till in the shop database: give this till another prefix in Settings.</source>
        <translation>Le préfixe « {prefix} » est déjà utilisé par une autre caisse dans la base de données du magasin : donnez un autre préfixe à cette caisse dans les Paramètres.</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by till “{till}” in the shop database: give this till another prefix in Settings.</source>
        <translation>Le préfixe « {prefix} » est déjà utilisé par la caisse « {till} » dans la base de données du magasin : donnez un autre préfixe à cette caisse dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the shop database ({where}); %Ln other till(s) use it.</source>
        <translation>
            <numerusform>Connecté à la base de données du magasin ({where}) ; %Ln autre caisse l’utilise.</numerusform>
            <numerusform>Connecté à la base de données du magasin ({where}) ; %Ln autres caisses l’utilisent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDatabaseForm</name>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Laissez vide pour garder le mot de passe enregistré</translation>
    </message>
    <message>
        <source>This computer lacks PostgreSQL&apos;s client library, so it cannot use a shop database: install it (libpq5 on Debian and Ubuntu) and restart KuPay POS.</source>
        <translation>Il manque sur cet ordinateur la bibliothèque cliente de PostgreSQL, il ne peut donc pas utiliser de base de données du magasin : installez-la (libpq5 sous Debian et Ubuntu) et redémarrez KuPay POS.</translation>
    </message>
    <message>
        <source>postgresql://till1@db.myshop.lan/kupay  (empty: this till only)</source>
        <translation>postgresql://till1@db.myshop.lan/kupay  (vide : cette caisse seule)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Several tills send their sales to the shop&apos;s PostgreSQL; each keeps its own.</source>
        <translation>Plusieurs caisses envoient leurs ventes au PostgreSQL du magasin ; chacune garde les siennes.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>Pas de base de données du magasin : cette caisse garde ses ventes pour elle.</translation>
    </message>
    <message>
        <source>Enter the shop database address first.</source>
        <translation>Saisissez d’abord l’adresse de la base de données du magasin.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The shop database could not be checked.</source>
        <translation>La base de données du magasin n’a pas pu être vérifiée.</translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>Pas de base de données du magasin : cette caisse garde ses ventes pour elle.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) waiting</source>
        <translation>
            <numerusform>%Ln vente en attente</numerusform>
            <numerusform>%Ln ventes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Rien en attente</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable since {time}. {problem}</source>
        <translation>{queued} — base de données du magasin injoignable depuis {time}. {problem}</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable. {problem}</source>
        <translation>{queued} — base de données du magasin injoignable. {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln sale(s) to the shop database…</source>
        <translation>
            <numerusform>Envoi de %Ln vente à la base de données du magasin…</numerusform>
            <numerusform>Envoi de %Ln ventes à la base de données du magasin…</numerusform>
        </translation>
    </message>
    <message>
        <source>All sales sent to the shop database.</source>
        <translation>Toutes les ventes ont été envoyées à la base de données du magasin.</translation>
    </message>
</context>
<context>
    <name>Sounds</name>
    <message>
        <source>Sounds are on, but this computer has no sound player. Install PulseAudio or ALSA utilities, or turn sounds off in Settings.</source>
        <translation>Les sons sont activés, mais cet ordinateur n’a pas de lecteur audio. Installez PulseAudio ou les utilitaires ALSA, ou désactivez les sons dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>an unreadable {field}</source>
        <translation>un champ « {field} » illisible</translation>
    </message>
    <message>
        <source>amount {got} instead of {expected}</source>
        <translation>montant {got} au lieu de {expected}</translation>
    </message>
    <message>
        <source>currency {got} instead of {expected}</source>
        <translation>devise {got} au lieu de {expected}</translation>
    </message>
    <message>
        <source>order {got} instead of {expected}</source>
        <translation>commande {got} au lieu de {expected}</translation>
    </message>
    <message>
        <source>KuPay&apos;s answer does not match this sale ({differences}).</source>
        <translation>La réponse de KuPay ne correspond pas à cette vente ({differences}).</translation>
    </message>
    <message>
        <source>{difference}; {more}</source>
        <translation>{difference} ; {more}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>cancelled by the cashier</source>
        <translation>annulé par le caissier</translation>
    </message>
    <message>
        <source>cancelled while creating</source>
        <translation>annulé pendant la création</translation>
    </message>
    <message>
        <source>abandoned after a failed create</source>
        <translation>abandonné après un échec de création</translation>
    </message>
    <message>
        <source>The payment link could not be drawn as a QR code. The owner should check this sale.</source>
        <translation>Le lien de paiement n’a pas pu être dessiné en QR code. Le gérant doit vérifier cette vente.</translation>
    </message>
    <message>
        <source>The demo sandbox was restarted: this demo payment is gone.</source>
        <translation>Le bac à sable de la démo a redémarré : ce paiement de démonstration n’existe plus.</translation>
    </message>
    <message>
        <source>no final answer from KuPay within {minutes} min after a restart</source>
        <translation>pas de réponse définitive de KuPay dans les {minutes} min après un redémarrage</translation>
    </message>
    <message>
        <source>journaled before the create call</source>
        <translation>enregistré dans le journal avant la création du paiement</translation>
    </message>
    <message>
        <source>created on KuPay as {payment_id}</source>
        <translation>créé sur KuPay sous {payment_id}</translation>
    </message>
    <message>
        <source>KuPay answered with {payment_id}, which is order {order}&apos;s</source>
        <translation>KuPay a répondu avec {payment_id}, le paiement de la commande {order}</translation>
    </message>
    <message>
        <source>{problem} ({detail})</source>
        <translation>{problem} ({detail})</translation>
    </message>
    <message>
        <source>{note} (kept as {kept}: {state} came too late)</source>
        <translation>{note} (reste {kept} : {state} est arrivé trop tard)</translation>
    </message>
    <message>
        <source>receipt printed on {printer}</source>
        <translation>reçu imprimé sur {printer}</translation>
    </message>
    <message>
        <source>receipt (copy) printed on {printer}</source>
        <translation>reçu (copie) imprimé sur {printer}</translation>
    </message>
    <message>
        <source>NOT PAID slip printed on {printer}</source>
        <translation>ticket NON PAYÉ imprimé sur {printer}</translation>
    </message>
    <message>
        <source>NOT PAID slip (copy) printed on {printer}</source>
        <translation>ticket NON PAYÉ (copie) imprimé sur {printer}</translation>
    </message>
    <message>
        <source>create request sent to KuPay</source>
        <translation>demande de création envoyée à KuPay</translation>
    </message>
</context>
</TS>
