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
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>✓ Paid</source>
        <translation>✓ Payé</translation>
    </message>
    <message>
        <source>✕ Not paid</source>
        <translation>✕ Non payé</translation>
    </message>
    <message>
        <source>✕ Cancelled at the till</source>
        <translation>✕ Annulé en caisse</translation>
    </message>
    <message>
        <source>! Needs checking</source>
        <translation>! À vérifier</translation>
    </message>
    <message>
        <source>… Waiting</source>
        <translation>… En attente</translation>
    </message>
    <message>
        <source>… Not confirmed</source>
        <translation>… Non confirmé</translation>
    </message>
    <message>
        <source>✕ Not sent</source>
        <translation>✕ Non envoyé</translation>
    </message>
    <message>
        <source>Last sale: {order} · {amount} · {state}</source>
        <translation>Dernière vente : {order} · {amount} · {state}</translation>
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
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nouvelle vente</translation>
    </message>
    <message>
        <source>Not sent — nothing to pay yet</source>
        <translation>Non envoyé — rien à payer pour l’instant</translation>
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
    <name>PlaceholderScreen</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
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
    <name>SaleFlow</name>
    <message>
        <source>The sale could not be saved on this computer, so nothing was sent. Try again; if it keeps failing, ask the owner.</source>
        <translation>La vente n’a pas pu être enregistrée sur cet ordinateur, donc rien n’a été envoyé. Réessayez ; si cela continue, appelez le gérant.</translation>
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
<context>
    <name>Sounds</name>
    <message>
        <source>Sounds are on, but this computer has no sound player. Install PulseAudio or ALSA utilities, or turn sounds off in Settings.</source>
        <translation>Les sons sont activés, mais cet ordinateur n’a pas de lecteur audio. Installez PulseAudio ou les utilitaires ALSA, ou désactivez les sons dans les Paramètres.</translation>
    </message>
</context>
</TS>
