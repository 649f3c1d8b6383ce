<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Amount</name>
    <message>
        <source>KuPay does not accept the currency {currency}. Pick another currency.</source>
        <translation>KuPay は通貨 {currency} に対応していません。別の通貨を選んでください。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>Type the amount as digits only, e.g. {example}.</source>
        <translation>金額は数字だけで入力してください（例: {example}）。</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type {amount}.</source>
        <translation>{currency_name}には小数点も区切りもありません。{amount} と入力してください。</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <source>That amount is too long. Type it as digits, e.g. {example}.</source>
        <translation>金額が長すぎます。数字で入力してください（例: {example}）。</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type e.g. {example}.</source>
        <translation>{currency_name}には小数点も区切りもありません。例: {example}</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type {amount}.</source>
        <translation>区切りは小数点の 1 つだけにしてください。{amount} と入力してください。</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type e.g. 1234.50.</source>
        <translation>区切りは小数点の 1 つだけにしてください（例: 1234.50）。</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals: type whole amounts, e.g. {example}.</source>
        <translation>{currency_name}には小数がありません。整数で入力してください（例: {example}）。</translation>
    </message>
    <message>
        <source>Type {amount} without a separator, or use at most {decimals} decimals.</source>
        <translation>{amount} と区切りなしで入力するか、小数は {decimals} 桁までにしてください。</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals: type e.g. {example}.</source>
        <translation>{currency} の小数は {decimals} 桁までです（例: {example}）。</translation>
    </message>
    <message>
        <source>That amount is too large. Check it, e.g. {example}.</source>
        <translation>金額が大きすぎます。確認してください（例: {example}）。</translation>
    </message>
    <message>
        <source>The amount must be at least {amount}.</source>
        <translation>金額は {amount} 以上にしてください。</translation>
    </message>
    <message>
        <source>The amount is over this terminal&apos;s limit of {amount}. Check the amount.</source>
        <translation>金額がこのレジの上限（{amount}）を超えています。金額を確認してください。</translation>
    </message>
    <message>
        <source>The amount is not a number. Type it again.</source>
        <translation>金額が数値ではありません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>That amount is too large. Check it.</source>
        <translation>金額が大きすぎます。確認してください。</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals. Type the amount again.</source>
        <translation>{currency} の小数は {decimals} 桁までです。金額をもう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Customer e-mail (optional)</source>
        <translation>お客様のメール（任意）</translation>
    </message>
    <message>
        <source>KuPay e-mails the payment link to this address</source>
        <translation>KuPay がこのアドレスに支払いリンクを送ります</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>会計</translation>
    </message>
    <message>
        <source>Open the sales history</source>
        <translation>売上履歴を開く</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>最後の数字を消す（Backspace）</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>1 文字削除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear the amount and the e-mail (Escape)</source>
        <translation>金額とメールをクリア（Esc）</translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation>会計する金額を入力してください。</translation>
    </message>
    <message>
        <source>The e-mail address does not look right; fix it or leave it empty.</source>
        <translation>メールアドレスが正しくないようです。直すか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>{amount} を会計</translation>
    </message>
    <message>
        <source>Press Enter or Charge to show the QR code.</source>
        <translation>Enter か［会計］を押すと QR コードを表示します。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The computer&apos;s language</source>
        <translation>コンピューターの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>次にレジを起動したときから使われます。</translation>
    </message>
</context>
</TS>
