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
    <name>Clock</name>
    <message>
        <source>Time is up — waiting for KuPay’s final word</source>
        <translation>時間切れです — KuPay の最終結果を待っています</translation>
    </message>
    <message>
        <source>About {minutes} min left</source>
        <translation>残り約 {minutes} 分</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>残り {seconds} 秒</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Your total will appear here</source>
        <translation>お会計金額はここに表示されます</translation>
    </message>
    <message>
        <source>Scan with your crypto wallet to pay</source>
        <translation>暗号資産ウォレットでスキャンしてお支払いください</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>少々お待ちください…</translation>
    </message>
    <message>
        <source>Thank you — paid</source>
        <translation>ありがとうございます — お支払い済みです</translation>
    </message>
    <message>
        <source>This payment was cancelled</source>
        <translation>このお支払いは取り消されました</translation>
    </message>
    <message>
        <source>This payment has expired. If you have already paid, please tell the cashier.</source>
        <translation>このお支払いは期限切れです。すでにお支払い済みの場合は、レジ係にお知らせください。</translation>
    </message>
    <message>
        <source>This payment was refunded</source>
        <translation>このお支払いは返金されました</translation>
    </message>
    <message>
        <source>This payment did not go through</source>
        <translation>このお支払いは完了しませんでした</translation>
    </message>
    <message>
        <source>Paid {amount}. Thank you.</source>
        <translation>{amount} お支払い済みです。ありがとうございます。</translation>
    </message>
    <message>
        <source>Not paid: {amount}. {line}.</source>
        <translation>未払い: {amount}。{line}。</translation>
    </message>
    <message>
        <source>Amount to pay {amount}. {line}.</source>
        <translation>お支払い金額 {amount}。{line}。</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>お客様用画面</translation>
    </message>
    <message>
        <source>The shop logo could not be read; the customer display shows the shop name only.</source>
        <translation>ロゴを読み込めませんでした。お客様用画面には店名だけを表示します。</translation>
    </message>
    <message>
        <source>chosen screen</source>
        <translation>選んだ画面</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is in a window here.</source>
        <translation>お客様用画面（{screen}）が接続されていません。ここにウィンドウで表示しています。</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is hidden until it is back.</source>
        <translation>お客様用画面（{screen}）が接続されていません。戻るまで非表示にします。</translation>
    </message>
    <message>
        <source>The customer display is back on its screen ({screen}).</source>
        <translation>お客様用画面が元の画面（{screen}）に戻りました。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>いらっしゃいませ</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>お支払い金額</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <source>Customer display and sounds</source>
        <translation>お客様用画面と音</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>お客様用画面</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>A window (drag it where the customer can see it)</source>
        <translation>ウィンドウ（お客様に見える場所へドラッグ）</translation>
    </message>
    <message>
        <source>Screen: {screen}</source>
        <translation>画面: {screen}</translation>
    </message>
    <message>
        <source>Screen: {screen} (not connected)</source>
        <translation>画面: {screen}（未接続）</translation>
    </message>
    <message>
        <source>Show it in a window on the cashier&apos;s screen</source>
        <translation>レジ係の画面にウィンドウで表示する</translation>
    </message>
    <message>
        <source>Hide it until the screen is back</source>
        <translation>画面が戻るまで隠す</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Play a sound when a sale is paid, and another when it is not</source>
        <translation>支払い完了時と未払い時に音を鳴らす</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>The till&apos;s language</source>
        <translation>レジと同じ言語</translation>
    </message>
    <message>
        <source>When its screen is unplugged</source>
        <translation>画面が外れたとき</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>お客様用の言語</translation>
    </message>
    <message>
        <source>Between sales it shows the shop name from Receipts, this line and the logo.</source>
        <translation>取引の合間は、レシートの店名、この一文、ロゴを表示します。</translation>
    </message>
    <message>
        <source>Welcome line</source>
        <translation>あいさつ文</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG)</source>
        <translation>ロゴ（PNG または SVG）</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Shop logo for the customer display</source>
        <translation>お客様用画面のロゴ</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>画像 (*.png *.svg)</translation>
    </message>
    <message>
        <source>Playing the paid sound…</source>
        <translation>支払い完了の音を再生中…</translation>
    </message>
    <message>
        <source>The sound could not be played.</source>
        <translation>音を再生できませんでした。</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Customer display</source>
        <translation>お客様用画面</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>店のロゴ</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>店</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>お支払い金額</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
</context>
<context>
    <name>KuPayError</name>
    <message>
        <source>The terminal cannot find KuPay&apos;s server. Check the internet connection and the KuPay address.</source>
        <translation>KuPay のサーバーが見つかりません。インターネット接続と KuPay のアドレスを確認してください。</translation>
    </message>
    <message>
        <source>KuPay&apos;s server refused the connection. Check the KuPay address in Settings, then try again.</source>
        <translation>KuPay のサーバーが接続を拒否しました。設定で KuPay のアドレスを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>KuPay is taking too long to answer. Check the connection and try again.</source>
        <translation>KuPay の応答に時間がかかりすぎています。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The secure connection to KuPay failed. Check the computer&apos;s date and time, then try again.</source>
        <translation>KuPay との安全な接続に失敗しました。コンピューターの日付と時刻を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to KuPay was cut off. Check the connection and try again.</source>
        <translation>KuPay との接続が切れました。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>KuPay&apos;s address sent the terminal elsewhere. Ask the owner to check the KuPay address in Settings.</source>
        <translation>KuPay のアドレスが別の場所に転送されています。オーナーに設定の KuPay アドレスを確認してもらってください。</translation>
    </message>
    <message>
        <source>The KuPay address is empty. Ask the owner to set it in Settings.</source>
        <translation>KuPay のアドレスが空です。オーナーに設定で入力してもらってください。</translation>
    </message>
    <message>
        <source>The KuPay address is not a valid web address. Ask the owner to fix it in Settings.</source>
        <translation>KuPay のアドレスが正しい Web アドレスではありません。オーナーに設定で直してもらってください。</translation>
    </message>
    <message>
        <source>KuPay&apos;s address for new payments was not found. Ask the owner to check the KuPay address in Settings.</source>
        <translation>新しい支払い用の KuPay アドレスが見つかりません。オーナーに設定の KuPay アドレスを確認してもらってください。</translation>
    </message>
    <message>
        <source>That address does not answer like KuPay. Ask the owner to check the KuPay address in Settings.</source>
        <translation>そのアドレスは KuPay として応答しません。オーナーに設定の KuPay アドレスを確認してもらってください。</translation>
    </message>
    <message>
        <source>KuPay answered with a web page instead of data. Please try again in a moment.</source>
        <translation>KuPay がデータではなく Web ページを返しました。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>KuPay refused this payment request: {reason}. Check it, then try again.</source>
        <translation>KuPay がこの支払い依頼を拒否しました: {reason}。確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>KuPay does not accept the currency {currency}.</source>
        <translation>KuPay は通貨 {currency} に対応していません。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金額は 0 より大きくしてください。</translation>
    </message>
    <message>
        <source>No API token is set. Ask the owner to add it in Settings.</source>
        <translation>API トークンが設定されていません。オーナーに設定で追加してもらってください。</translation>
    </message>
    <message>
        <source>The payment service did not answer as expected. Please try again.</source>
        <translation>決済サービスが想定どおりに応答しませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The KuPay address must start with https://. Ask the owner to fix it in Settings.</source>
        <translation>KuPay のアドレスは https:// で始まる必要があります。オーナーに設定で直してもらってください。</translation>
    </message>
    <message>
        <source>KuPay did not accept the API token. Ask the owner to check it in Settings.</source>
        <translation>KuPay が API トークンを受け付けませんでした。オーナーに設定で確認してもらってください。</translation>
    </message>
    <message>
        <source>KuPay does not know this payment. Check the order in the KuPay admin panel.</source>
        <translation>KuPay はこの支払いを認識していません。KuPay の管理画面で注文を確認してください。</translation>
    </message>
    <message>
        <source>KuPay is busy. Waiting a moment before trying again.</source>
        <translation>KuPay が混み合っています。少し待ってから再試行します。</translation>
    </message>
    <message>
        <source>KuPay refused this payment request. Check the amount and currency, then try again.</source>
        <translation>KuPay がこの支払い依頼を拒否しました。金額と通貨を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>KuPay had a problem on its side. Please try again in a moment.</source>
        <translation>KuPay 側で問題が発生しました。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach KuPay. Check the internet connection, then try again.</source>
        <translation>KuPay に接続できません。インターネット接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>KuPay sent an answer the terminal cannot read. Please try again.</source>
        <translation>KuPay からの応答をレジが読み取れませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>✓ Paid</source>
        <translation>✓ 支払い済み</translation>
    </message>
    <message>
        <source>✕ Not paid</source>
        <translation>✕ 未払い</translation>
    </message>
    <message>
        <source>✕ Cancelled at the till</source>
        <translation>✕ レジで取り消し</translation>
    </message>
    <message>
        <source>! Needs checking</source>
        <translation>! 要確認</translation>
    </message>
    <message>
        <source>… Waiting</source>
        <translation>… 待機中</translation>
    </message>
    <message>
        <source>… Not confirmed</source>
        <translation>… 未確認</translation>
    </message>
    <message>
        <source>✕ Not sent</source>
        <translation>✕ 未送信</translation>
    </message>
    <message>
        <source>Last sale: {order} · {amount} · {state}</source>
        <translation>直前の取引: {order} · {amount} · {state}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>DEMO · no real money</source>
        <translation>デモ · 実際のお金は動きません</translation>
    </message>
    <message>
        <source>Payments go to the built-in sandbox inside this app; nothing is charged.</source>
        <translation>支払いはこのアプリ内蔵のサンドボックスに送られます。実際の請求はありません。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Recent sales: did the last one go through?</source>
        <translation>最近の取引：直前の支払いは完了しましたか？</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>日次締め</translation>
    </message>
    <message>
        <source>Today&apos;s totals per currency</source>
        <translation>本日の通貨別合計</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Owner settings (PIN)</source>
        <translation>オーナー用の設定（PIN）</translation>
    </message>
    <message>
        <source>About</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>About KuPay POS</source>
        <translation>KuPay POS について</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>全画面（F11）</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>The sales journal was damaged and has been set aside as {file}. A fresh journal was started; the old file is kept for the owner.</source>
        <translation>売上記録が壊れていたため {file} として退避しました。新しい記録を始めました。古いファイルはオーナー用に保管してあります。</translation>
    </message>
    <message>
        <source>The terminal cannot take payments yet.</source>
        <translation>このレジはまだ支払いを受け付けられません。</translation>
    </message>
    <message>
        <source>✓ Order {order} ({amount}) was paid.</source>
        <translation>✓ 注文 {order}（{amount}）は支払われました。</translation>
    </message>
    <message>
        <source>! Order {order}: outcome unknown. The owner should check it in KuPay&apos;s panel.</source>
        <translation>! 注文 {order}: 結果が不明です。オーナーが KuPay の管理画面で確認してください。</translation>
    </message>
    <message>
        <source>The terminal is not set up yet. Ask the owner.</source>
        <translation>このレジはまだ設定されていません。オーナーに連絡してください。</translation>
    </message>
    <message>
        <source>This terminal has no KuPay API token yet.

The setup screen is not available in this build: store the token in the system keyring (service kupay-pos, user api-token), or try the terminal with `python main.py --demo`.</source>
        <translation>このレジにはまだ KuPay の API トークンがありません。

この版には設定画面がありません。システムのキーリング（サービス kupay-pos、ユーザー api-token）にトークンを保存するか、`python main.py --demo` でお試しください。</translation>
    </message>
    <message>
        <source>History is not available in this build.</source>
        <translation>この版では履歴を使えません。</translation>
    </message>
    <message>
        <source>That could not be opened: {reason}</source>
        <translation>開けませんでした: {reason}</translation>
    </message>
    <message>
        <source>The end-of-day report is not available in this build.</source>
        <translation>この版では日次締めを使えません。</translation>
    </message>
    <message>
        <source>Settings are not available in this build.</source>
        <translation>この版では設定を使えません。</translation>
    </message>
    <message>
        <source>KuPay POS — a point-of-sale terminal for KuPay.</source>
        <translation>KuPay POS — KuPay で支払いを受けるためのレジです。</translation>
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
        <translation>確認済み: このお知らせを消す</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The payment expired.</source>
        <translation>支払いの期限が切れました。</translation>
    </message>
    <message>
        <source>If the customer already paid, wait — it can still arrive. It is checked in History.</source>
        <translation>お客様がすでに支払った場合はお待ちください。まだ届く可能性があります。履歴で確認が続きます。</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>支払いは取り消されました。</translation>
    </message>
    <message>
        <source>Start a new sale if the customer still wants to pay.</source>
        <translation>お客様がまだ支払いを希望する場合は、新しい取引を始めてください。</translation>
    </message>
    <message>
        <source>The payment was refunded.</source>
        <translation>支払いは返金されました。</translation>
    </message>
    <message>
        <source>Nothing was received for this sale.</source>
        <translation>この取引の入金はありません。</translation>
    </message>
    <message>
        <source>Start a new sale to let the customer try again.</source>
        <translation>新しい取引を始めて、お客様にもう一度お試しいただいてください。</translation>
    </message>
    <message>
        <source>The payment failed (KuPay says “{word}”).</source>
        <translation>支払いに失敗しました（KuPay の応答:「{word}」）。</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>支払いに失敗しました。</translation>
    </message>
</context>
<context>
    <name>OutcomeFeedback</name>
    <message>
        <source>Paid {amount}. Order {order}.</source>
        <translation>{amount} 支払い済み。注文 {order}。</translation>
    </message>
    <message>
        <source>Not paid: {amount}. Order {order}.</source>
        <translation>未払い: {amount}。注文 {order}。</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Creating payment…</source>
        <translation>支払いを作成中…</translation>
    </message>
    <message>
        <source>The payment was not created</source>
        <translation>支払いを作成できませんでした</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>支払いページを開く</translation>
    </message>
    <message>
        <source>Demo: pay this sale in the browser on this computer</source>
        <translation>デモ: このコンピューターのブラウザーでこの取引を支払う</translation>
    </message>
    <message>
        <source>Show to customer</source>
        <translation>お客様に見せる</translation>
    </message>
    <message>
        <source>F2 or Space. Only one screen? Turn it round: the customer sees the amount and the QR code.</source>
        <translation>F2 またはスペース。画面が 1 つだけなら向きを変えてください。お客様に金額と QR コードが見えます。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>新しい取引</translation>
    </message>
    <message>
        <source>Not sent — nothing to pay yet</source>
        <translation>未送信 — まだ支払うものはありません</translation>
    </message>
    <message>
        <source>Payment link e-mailed to {email}</source>
        <translation>支払いリンクを {email} に送信しました</translation>
    </message>
    <message>
        <source>Stopped checking: ask the owner</source>
        <translation>確認を停止しました: オーナーに連絡してください</translation>
    </message>
    <message>
        <source>The sale is kept in History.</source>
        <translation>この取引は履歴に残ります。</translation>
    </message>
    <message>
        <source>Back to the keypad</source>
        <translation>テンキーに戻る</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>注文 {order}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>待機中 {time}</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Waiting for the customer…</source>
        <translation>お客様のお支払いを待っています…</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>接続が切れました — 再試行中…</translation>
    </message>
    <message>
        <source>Payment seen, waiting for confirmation…</source>
        <translation>支払いを確認しました。承認を待っています…</translation>
    </message>
    <message>
        <source>Partly paid — waiting for the rest</source>
        <translation>一部支払い済み — 残りを待っています</translation>
    </message>
    <message>
        <source>KuPay says “{word}”</source>
        <translation>KuPay の応答:「{word}」</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Paid</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未払い</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>注文 {order}</translation>
    </message>
    <message>
        <source>Press any key or tap for the next sale</source>
        <translation>次の取引はいずれかのキーを押すかタップしてください</translation>
    </message>
    <message>
        <source>new sale in {seconds} s</source>
        <translation>{seconds} 秒後に新しい取引</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>The sale could not be saved on this computer, so nothing was sent. Try again; if it keeps failing, ask the owner.</source>
        <translation>この取引をコンピューターに保存できなかったため、何も送信していません。もう一度お試しください。続く場合はオーナーに連絡してください。</translation>
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
<context>
    <name>Sounds</name>
    <message>
        <source>Sounds are on, but this computer has no sound player. Install PulseAudio or ALSA utilities, or turn sounds off in Settings.</source>
        <translation>音がオンですが、このコンピューターには音声プレーヤーがありません。PulseAudio か ALSA ユーティリティを入れるか、設定で音をオフにしてください。</translation>
    </message>
</context>
</TS>
