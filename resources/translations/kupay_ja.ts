<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>A point-of-sale terminal for KuPay crypto payments.</source>
        <translation>KuPay の暗号資産決済を受け付けるレジです。</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <source>Free software under the {licence}.</source>
        <translation>{licence} のフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>パスワード保管庫</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>売上記録</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>動作環境</translation>
    </message>
    <message>
        <source>(installed bundle)</source>
        <translation>（インストール版）</translation>
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
    <name>AmountDisplay</name>
    <message>
        <source>Amount {amount}</source>
        <translation>金額 {amount}</translation>
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
    <name>Credentials</name>
    <message>
        <source>Enter the API token from the KuPay admin panel.</source>
        <translation>KuPay の管理画面の API トークンを入力してください。</translation>
    </message>
    <message>
        <source>This computer has no password store the terminal can use. You can use the token for this session only: it stays in memory and is asked for again after a restart.</source>
        <translation>このコンピューターにはレジが使えるパスワード保管庫がありません。トークンをこのセッションだけ使えます（メモリに保持され、再起動後にもう一度入力が必要です）。</translation>
    </message>
    <message>
        <source>The password store on this computer is locked or refused the terminal. Unlock it and try again, or use the token for this session only (it is asked for again after a restart).</source>
        <translation>このコンピューターのパスワード保管庫がロックされているか、レジを拒否しました。ロックを解除してもう一度試すか、トークンをこのセッションだけ使ってください（再起動後にもう一度入力が必要です）。</translation>
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
    <name>DayReport</name>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>支払い合計</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未払い</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Sales on {weekday} {day} {month} {year} (local time)</source>
        <translation>{year}年{month}{day}日（{weekday}）の売上（現地時刻）</translation>
    </message>
    <message>
        <source>No sales on this day.</source>
        <translation>この日の取引はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s). Only paid sales count as money taken.</source>
        <translation>
            <numerusform>取引 %Ln 件。入金として数えるのは支払い済みの取引だけです。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} still open or to be checked in KuPay&apos;s panel.</source>
        <translation>{count} 件は未完了、または KuPay の管理画面で確認が必要です。</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and 1 copy.</source>
        <translation>印刷したレシート: {originals} 枚、控え 1 枚。</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and {copies} copies.</source>
        <translation>印刷したレシート: {originals} 枚、控え {copies} 枚。</translation>
    </message>
    <message>
        <source>Receipts printed: {originals}.</source>
        <translation>印刷したレシート: {originals} 枚。</translation>
    </message>
    <message>
        <source>DEMO — sandbox sales, no real money</source>
        <translation>デモ — テスト取引で、実際のお金は動いていません</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>印刷日時 {time}（現地時刻）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>{title} — all tills</source>
        <translation>{title} — 全レジ</translation>
    </message>
    <message>
        <source>Shop total (all tills)</source>
        <translation>店舗合計（全レジ）</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>KuPay made the payment, but this computer could not save the sale. The customer can pay; tell the owner the journal needs attention.</source>
        <translation>KuPay で支払いは作成されましたが、このコンピューターに取引を保存できませんでした。お客様は支払えます。売上記録の確認が必要だとオーナーに伝えてください。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>支払い ID</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>レジ</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>このレジ</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>すべてのレジ</translation>
    </message>
    <message>
        <source>KuPay id</source>
        <translation>KuPay ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The sales journal could not be read: {reason}</source>
        <translation>売上記録を読み込めませんでした: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Sales history</source>
        <translation>売上履歴</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation>注文番号で検索</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
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
    <message>
        <source>KuPay sent a payment link this terminal will not show, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>KuPay からこのレジでは表示しない支払いリンクが届いたため、QR コードは表示していません。オーナーが KuPay の管理画面でこの取引を確認してください。</translation>
    </message>
    <message>
        <source>KuPay answered with the payment of another sale, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>KuPay が別の取引の支払いで応答したため、QR コードは表示していません。オーナーが KuPay の管理画面でこの取引を確認してください。</translation>
    </message>
</context>
<context>
    <name>KuPaySaid</name>
    <message>
        <source>paid</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>お客様の支払い待ち</translation>
    </message>
    <message>
        <source>payment seen, confirming</source>
        <translation>支払い確認済み、承認待ち</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>一部支払い済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>返金済み</translation>
    </message>
    <message>
        <source>“{word}”</source>
        <translation>「{word}」</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>Last sale: {order} · {amount} · {state}</source>
        <translation>直前の取引: {order} · {amount} · {state}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>KuPay POS is already open on this computer. Use the window that is already open (one till per data folder, so two windows never hand out the same order number).</source>
        <translation>KuPay POS はこのコンピューターですでに開いています。開いているウィンドウを使ってください（データフォルダーごとにレジは1台です。2つのウィンドウが同じ注文番号を出さないためです）。</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>Something went wrong inside the terminal. The details were saved in the support log.</source>
        <translation>レジ内部で問題が発生しました。詳細はサポート用ログに保存しました。</translation>
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
        <source>Payments and the API token go to this address, not KuPay&apos;s own.</source>
        <translation>支払いと API トークンは KuPay 本来のアドレスではなく、このアドレスに送られます。</translation>
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
        <source>This till was started with another KuPay address ({host}). Enter the owner PIN to use it.</source>
        <translation>このレジは別の KuPay アドレス（{host}）で起動されました。使うにはオーナー PIN を入力してください。</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}) without the owner PIN, so it takes no payments. Start KuPay POS without --api-url, or ask the owner.</source>
        <translation>このレジはオーナー PIN なしで別の KuPay アドレス（{host}）で起動されたため、支払いを受け付けません。--api-url なしで KuPay POS を起動するか、オーナーに連絡してください。</translation>
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
        <source>Saved. {names}: from the next start of the terminal. Everything else applies now.</source>
        <translation>保存しました。{names}: 次にレジを起動したときから有効です。それ以外はすぐに反映されます。</translation>
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
        <source>Check now  (F5)</source>
        <translation>今すぐ確認  (F5)</translation>
    </message>
    <message>
        <source>Ask KuPay right away whether this sale is paid</source>
        <translation>この販売が支払い済みか今すぐKuPayに確認します</translation>
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
        <source>No QR code — nothing to pay yet</source>
        <translation>QR コードなし — まだ支払うものはありません</translation>
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
    <name>PinDialog</name>
    <message>
        <source>Owner PIN</source>
        <translation>オーナー PIN</translation>
    </message>
    <message>
        <source>Settings are for the shop owner. Enter the owner PIN.</source>
        <translation>設定はオーナー専用です。オーナー PIN を入力してください。</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>PIN の誤りが多すぎます。{seconds} 秒後にもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>PrinterAddress</name>
    <message>
        <source>The printer address “{uri}” {why}.</source>
        <translation>プリンターのアドレス「{uri}」は{why}。</translation>
    </message>
    <message>
        <source>is not one KuPay POS understands: start it with {schemes}</source>
        <translation>KuPay POS が理解できない形式です。{schemes} で始めてください</translation>
    </message>
    <message>
        <source>needs its kind in front: for a network printer write tcp://{address}</source>
        <translation>先頭に種類が必要です。ネットワークプリンターなら tcp://{address} と書いてください</translation>
    </message>
    <message>
        <source>has a port that is not a number from 1 to 65535</source>
        <translation>ポート番号が 1〜65535 の数値ではありません</translation>
    </message>
    <message>
        <source>names no printer: write tcp://192.168.1.50:9100</source>
        <translation>プリンターを指していません。tcp://192.168.1.50:9100 のように書いてください</translation>
    </message>
    <message>
        <source>needs the printer&apos;s USB ids in hex, for example usb://04b8:0202</source>
        <translation>プリンターの USB ID を 16 進数で指定する必要があります（例: usb://04b8:0202）</translation>
    </message>
    <message>
        <source>names no serial port: write serial:///dev/ttyUSB0?baudrate=9600 or serial://COM3</source>
        <translation>シリアルポートを指していません。serial:///dev/ttyUSB0?baudrate=9600 または serial://COM3 のように書いてください</translation>
    </message>
    <message>
        <source>has a baud rate the printer cannot use: one of {rates}</source>
        <translation>プリンターが使えない通信速度です。{rates} のいずれかにしてください</translation>
    </message>
    <message>
        <source>needs a full path, for example {example}</source>
        <translation>完全なパスが必要です（例: {example}）</translation>
    </message>
    <message>
        <source>names no printer: write {scheme}://PRINTER NAME</source>
        <translation>プリンターを指していません。{scheme}://プリンター名 のように書いてください</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code of the payment link</source>
        <translation>支払いリンクの QR コード</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Paid with crypto via KuPay</source>
        <translation>KuPay で暗号資産により支払い済み</translation>
    </message>
    <message>
        <source>Crypto payment via KuPay, not received</source>
        <translation>KuPay による暗号資産の支払い: 未入金</translation>
    </message>
    <message>
        <source>Scan to look up this payment</source>
        <translation>スキャンしてこの支払いを確認</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>控え</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>レジ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>未払い</translation>
    </message>
    <message>
        <source>No payment was received.</source>
        <translation>入金はありません。</translation>
    </message>
    <message>
        <source>This is not a receipt.</source>
        <translation>これは領収書ではありません。</translation>
    </message>
    <message>
        <source>KuPay payment id</source>
        <translation>KuPay 支払い ID</translation>
    </message>
    <message>
        <source>Receipts cannot be saved in {folder} — check that the folder exists and may be written to</source>
        <translation>{folder} にレシートを保存できません — フォルダーがあり書き込めるか確認してください</translation>
    </message>
    <message>
        <source>This computer has no printer called “{printer}” — choose one in Settings › Receipts</source>
        <translation>このコンピューターに「{printer}」というプリンターはありません — 設定 › レシートで選んでください</translation>
    </message>
    <message>
        <source>This computer has no printer set up — add one, or choose another in Settings › Receipts</source>
        <translation>このコンピューターにプリンターが設定されていません — 追加するか、設定 › レシートで別のものを選んでください</translation>
    </message>
    <message>
        <source>The receipt could not be written to {file} — check the disk has room</source>
        <translation>レシートを {file} に書き込めませんでした — ディスクの空きを確認してください</translation>
    </message>
    <message>
        <source>The printer {printer} cannot print now — check it is on and has paper</source>
        <translation>プリンター {printer} は今印刷できません — 電源と用紙を確認してください</translation>
    </message>
    <message>
        <source>The receipt printer is not answering — check it is on and has paper</source>
        <translation>レシートプリンターが応答しません — 電源と用紙を確認してください</translation>
    </message>
    <message>
        <source>No receipt printer is set up — the owner can choose one in Settings › Receipts</source>
        <translation>レシートプリンターが設定されていません — オーナーが設定 › レシートで選べます</translation>
    </message>
    <message>
        <source>{problem}; the sale is paid.</source>
        <translation>{problem}。取引は支払い済みです。</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}。</translation>
    </message>
    <message>
        <source>This computer lacks the driver for that printer ({driver}) — see the README</source>
        <translation>このコンピューターにはそのプリンターのドライバー（{driver}）がありません — README を参照してください</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the receipt printer — for USB and serial printers see the README&apos;s printer notes</source>
        <translation>このコンピューターにはレシートプリンターの使用権限がありません — USB・シリアルプリンターは README のプリンターの注意を参照してください</translation>
    </message>
    <message>
        <source>The receipt could not be printed — check the printer in Settings › Receipts</source>
        <translation>レシートを印刷できませんでした — 設定 › レシートでプリンターを確認してください</translation>
    </message>
    <message>
        <source>The receipt printer is offline — check its cover is closed and it has paper</source>
        <translation>レシートプリンターがオフラインです — カバーが閉じていて用紙があるか確認してください</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper — put in a new roll and press Retry</source>
        <translation>レシートプリンターの用紙切れです — 新しいロールを入れて［再試行］を押してください</translation>
    </message>
    <message>
        <source>There is no printer at {path} — check it is plugged in and switched on</source>
        <translation>{path} にプリンターがありません — 接続と電源を確認してください</translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <source>Print receipt (P)</source>
        <translation>レシートを印刷（P）</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Print NOT PAID slip (P)</source>
        <translation>未払い票を印刷（P）</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>レシートを印刷中…</translation>
    </message>
    <message>
        <source>Print a copy (P)</source>
        <translation>控えを印刷（P）</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <source>Receipt copy printed ({where}).</source>
        <translation>レシートの控えを印刷しました（{where}）。</translation>
    </message>
    <message>
        <source>Receipt printed ({where}).</source>
        <translation>レシートを印刷しました（{where}）。</translation>
    </message>
    <message>
        <source>NOT PAID slip copy printed ({where}).</source>
        <translation>未払い票の控えを印刷しました（{where}）。</translation>
    </message>
    <message>
        <source>NOT PAID slip printed ({where}).</source>
        <translation>未払い票を印刷しました（{where}）。</translation>
    </message>
    <message>
        <source>Reprint it from History.</source>
        <translation>履歴から再印刷してください。</translation>
    </message>
    <message>
        <source>That sale is not in this terminal&apos;s journal.</source>
        <translation>その取引はこのレジの記録にありません。</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>レシートを印刷しました。</translation>
    </message>
</context>
<context>
    <name>ReceiptSettings</name>
    <message>
        <source>Choose the paper: {papers}.</source>
        <translation>用紙を選んでください: {papers}。</translation>
    </message>
    <message>
        <source>“{name}” is not a printer model python-escpos knows; leave it empty.</source>
        <translation>「{name}」は python-escpos が知らないプリンター機種です。空欄にしてください。</translation>
    </message>
    <message>
        <source>The shop name can have at most {count} characters.</source>
        <translation>店名は {count} 文字までです。</translation>
    </message>
    <message>
        <source>A receipt has room for at most {count} lines here.</source>
        <translation>ここに入るのは {count} 行までです。</translation>
    </message>
    <message>
        <source>Each line can have at most {count} characters.</source>
        <translation>各行は {count} 文字までです。</translation>
    </message>
</context>
<context>
    <name>ReceiptSettingsGroup</name>
    <message>
        <source>Leave empty for no receipts. Network: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://QUEUE · win32://PRINTER NAME · system://PRINTER NAME (empty name: the default printer) · pdf:///folder (one PDF per receipt)</source>
        <translation>レシートを使わない場合は空欄。ネットワーク: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · シリアル: serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://キュー名 · win32://プリンター名 · system://プリンター名（名前なし: 既定のプリンター）· pdf:///フォルダー（レシートごとに PDF 1 つ）</translation>
    </message>
    <message>
        <source>Generic ESC/POS printer</source>
        <translation>汎用 ESC/POS プリンター</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>レシート</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100</source>
        <translation>tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>レシートプリンター</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <source>The printer model, where it matters: its code pages and whether it draws QR codes</source>
        <translation>プリンター機種（重要な場合）: コードページと QR コード印刷の可否</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>プリンター機種</translation>
    </message>
    <message>
        <source>Print a receipt automatically when a sale is paid</source>
        <translation>支払い完了時にレシートを自動で印刷</translation>
    </message>
    <message>
        <source>QR code on the receipt to look the payment up</source>
        <translation>支払い確認用の QR コードをレシートに印刷</translation>
    </message>
    <message>
        <source>Corner Café</source>
        <translation>角のカフェ</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>店名</translation>
    </message>
    <message>
        <source>Up to 4 lines: address, phone, tax number</source>
        <translation>4 行まで: 住所、電話番号、登録番号</translation>
    </message>
    <message>
        <source>Top lines</source>
        <translation>上部の行</translation>
    </message>
    <message>
        <source>Up to 4 lines, e.g. Thank you!</source>
        <translation>4 行まで（例: ありがとうございました）</translation>
    </message>
    <message>
        <source>Bottom lines</source>
        <translation>下部の行</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>テストレシートを印刷</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>レジ</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>テストレシートを印刷中…</translation>
    </message>
    <message>
        <source>Test receipt printed ({where}).</source>
        <translation>テストレシートを印刷しました（{where}）。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>End of day — DEMO</source>
        <translation>日次締め — デモ</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>日次締め</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>このレジ</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>すべてのレジ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF を保存…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>印刷日時 {time}（現地時刻）</translation>
    </message>
    <message>
        <source>Print the end-of-day report</source>
        <translation>日次締めレポートを印刷</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>プリンターに送信しました。</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>レポートを PDF で保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}.</source>
        <translation>PDF を {file} に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>{file} に保存しました。</translation>
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
        <source>Needs check</source>
        <translation>要確認</translation>
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
    <name>SaleDialog</name>
    <message>
        <source>Order {order}</source>
        <translation>注文 {order}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>KuPay said</source>
        <translation>KuPay の応答</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>今すぐ状態を確認</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>QR を表示</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>レシートを再印刷</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>レシートを印刷中…</translation>
    </message>
    <message>
        <source>Asking KuPay…</source>
        <translation>KuPay に確認中…</translation>
    </message>
    <message>
        <source>KuPay says: {word}.</source>
        <translation>KuPay の応答: {word}。</translation>
    </message>
    <message>
        <source>KuPay gave no status word.</source>
        <translation>KuPay から状態の返答がありませんでした。</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>The sale could not be saved on this computer, so nothing was sent. Try again; if it keeps failing, ask the owner.</source>
        <translation>この取引をコンピューターに保存できなかったため、何も送信していません。もう一度お試しください。続く場合はオーナーに連絡してください。</translation>
    </message>
    <message>
        <source>Something went wrong while sending the sale. Try again; if it keeps failing, ask the owner.</source>
        <translation>販売の送信中に問題が発生しました。もう一度お試しください。続く場合はオーナーに確認してください。</translation>
    </message>
    <message>
        <source>Do not hand over the goods until the owner has checked this sale in KuPay&apos;s panel.</source>
        <translation>オーナーが KuPay の管理画面でこの販売を確認するまで、商品を渡さないでください。</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Type the currency&apos;s letters (E U R), or ↑ ↓ to step through; Alt+C opens the list</source>
        <translation>通貨の文字（E U R）を入力するか ↑ ↓ で切り替え。Alt+C で一覧を開きます</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
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
    <name>SaleState</name>
    <message>
        <source>Paid</source>
        <translation>支払い済み</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未払い</translation>
    </message>
    <message>
        <source>Cancelled at the till</source>
        <translation>レジで取り消し</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Cancelled — may have reached KuPay</source>
        <translation>レジで取り消し — KuPay に届いた可能性があります</translation>
    </message>
    <message>
        <source>{state} ({word})</source>
        <translation>{state}（{word}）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Till 1</source>
        <translation>レジ 1</translation>
    </message>
    <message>
        <source>Enter the KuPay API address, for example https://api.kupay.finance/v1/.</source>
        <translation>KuPay API のアドレスを入力してください（例: https://api.kupay.finance/v1/）。</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// and name a server.</source>
        <translation>KuPay API のアドレスは https:// で始まり、サーバー名を含む必要があります。</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// (plain http:// is only allowed to this computer).</source>
        <translation>KuPay API のアドレスは https:// で始まる必要があります（http:// はこのコンピューター宛てのみ可）。</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain a user name or password.</source>
        <translation>KuPay API のアドレスにユーザー名やパスワードは使えません。</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain ? or #.</source>
        <translation>KuPay API のアドレスに ? や # は使えません。</translation>
    </message>
    <message>
        <source>The shop&apos;s website</source>
        <translation>お店の Web サイト</translation>
    </message>
    <message>
        <source>The payment updates address</source>
        <translation>支払い通知の送信先</translation>
    </message>
    <message>
        <source>The smallest sale</source>
        <translation>最小の取引額</translation>
    </message>
    <message>
        <source>The largest sale</source>
        <translation>最大の取引額</translation>
    </message>
    <message>
        <source>{what} must be a full address starting with https://, for example https://myshop.com/.</source>
        <translation>{what}は https:// で始まる完全なアドレスにしてください（例: https://myshop.com/）。</translation>
    </message>
    <message>
        <source>Give this terminal a name, for example Till 1.</source>
        <translation>このレジに名前を付けてください（例: レジ 1）。</translation>
    </message>
    <message>
        <source>The terminal name can have at most {count} characters.</source>
        <translation>レジ名は {count} 文字までです。</translation>
    </message>
    <message>
        <source>The order-number prefix can have at most {count} characters.</source>
        <translation>注文番号の接頭辞は {count} 文字までです。</translation>
    </message>
    <message>
        <source>The order-number prefix may use only letters, digits and - _ / .</source>
        <translation>注文番号の接頭辞に使えるのは英字・数字と - _ / . だけです</translation>
    </message>
    <message>
        <source>KuPay does not accept {currency}; choose one of {currencies}.</source>
        <translation>KuPay は {currency} に対応していません。{currencies} から選んでください。</translation>
    </message>
    <message>
        <source>{what} must be a number, for example 1.00, or left empty.</source>
        <translation>{what}は数値（例: 1.00）にするか、空欄にしてください。</translation>
    </message>
    <message>
        <source>{what} must be more than zero, or left empty.</source>
        <translation>{what}は 0 より大きくするか、空欄にしてください。</translation>
    </message>
    <message>
        <source>The minimum amount must not be more than the maximum amount.</source>
        <translation>最小金額は最大金額以下にしてください。</translation>
    </message>
    <message>
        <source>The owner PIN must be {shortest} to {longest} digits.</source>
        <translation>オーナー PIN は {shortest}〜{longest} 桁の数字にしてください。</translation>
    </message>
    <message>
        <source>Some settings could not be used and were set back to their defaults ({names}). Check them in Settings.</source>
        <translation>使えない設定があったため既定値に戻しました（{names}）。設定で確認してください。</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings.</source>
        <translation>{problem}。レジは既定の設定を使っています。</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings. The old file was kept as {file}.</source>
        <translation>{problem}。レジは既定の設定を使っています。古いファイルは {file} として保存しました。</translation>
    </message>
    <message>
        <source>The settings file could not be read</source>
        <translation>設定ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>The settings file is damaged</source>
        <translation>設定ファイルが壊れています</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>An API token is saved in this computer&apos;s password store.</source>
        <translation>API トークンはこのコンピューターのパスワード保管庫に保存されています。</translation>
    </message>
    <message>
        <source>The API token is held for this session only (no password store): it is asked for after a restart.</source>
        <translation>API トークンはこのセッションの間だけ保持されます（パスワード保管庫なし）。再起動後にもう一度入力が必要です。</translation>
    </message>
    <message>
        <source>No API token is saved. Payments cannot be taken until one is added.</source>
        <translation>API トークンが保存されていません。追加するまで支払いを受け付けられません。</translation>
    </message>
    <message>
        <source>The API token will be removed when you press Save.</source>
        <translation>保存を押すと API トークンを削除します。</translation>
    </message>
    <message>
        <source>The new API token will be saved when you press Save.</source>
        <translation>保存を押すと新しい API トークンを保存します。</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>PIN が違います。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>https://api.kupay.finance/v1/</source>
        <translation>https://api.kupay.finance/v1/</translation>
    </message>
    <message>
        <source>Checking the password store…</source>
        <translation>パスワード保管庫を確認中…</translation>
    </message>
    <message>
        <source>Paste a new API token to replace the saved one</source>
        <translation>保存済みのものを置き換える新しい API トークンを貼り付け</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>トークンを削除</translation>
    </message>
    <message>
        <source>KuPay API address</source>
        <translation>KuPay API のアドレス</translation>
    </message>
    <message>
        <source>In use now, given with --api-url when the terminal started. Type another address to use it from now on and at every start.</source>
        <translation>起動時に --api-url で指定され、現在使用中です。別のアドレスを入力すると、今後の起動時も含めてそれを使います。</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>https://myshop.com/  (optional)</source>
        <translation>https://myshop.com/（任意）</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback  (optional)</source>
        <translation>https://myshop.com/kupay/callback（任意）</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>既定の通貨</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>お店の Web サイト</translation>
    </message>
    <message>
        <source>Customers return here after paying or cancelling.</source>
        <translation>お客様は支払いまたはキャンセル後にここに戻ります。</translation>
    </message>
    <message>
        <source>Payment updates address</source>
        <translation>支払い通知の送信先</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Empty: the shop website.</source>
        <translation>KuPay が Web ショップ向けの支払い通知を送る先です。空欄ならお店の Web サイト。</translation>
    </message>
    <message>
        <source>http://proxy.myshop.lan:3128  (optional)</source>
        <translation>http://proxy.myshop.lan:3128（任意）</translation>
    </message>
    <message>
        <source>Web proxy</source>
        <translation>Webプロキシ</translation>
    </message>
    <message>
        <source>Only if this network reaches the internet through a proxy: HTTPS to KuPay goes through it, still encrypted end to end.</source>
        <translation>このネットワークがプロキシ経由でインターネットに出る場合のみ：KuPayへのHTTPSはプロキシを通りますが、端から端まで暗号化されたままです。</translation>
    </message>
    <message>
        <source>pay.example.com  (optional)</source>
        <translation>pay.example.com（任意）</translation>
    </message>
    <message>
        <source>Other payment-page hosts</source>
        <translation>その他の支払いページのホスト</translation>
    </message>
    <message>
        <source>QR codes lead only to KuPay&apos;s own pages (*.kupay.finance) and the API&apos;s host; add another host only if KuPay tells you to.</source>
        <translation>QRコードはKuPay自身のページ（*.kupay.finance）とAPIのホストにのみつながります。KuPayから指示があった場合にのみ、ほかのホストを追加してください。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Stay until tapped</source>
        <translation>タップするまで表示</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>全画面で起動</translation>
    </message>
    <message>
        <source>Cents first on the keypad</source>
        <translation>テンキーで小数から入力</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal.</source>
        <translation>1250 と打つと 12.50 と表示されます（カード端末と同じ）。</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>コンピューターの言語</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>レジ名</translation>
    </message>
    <message>
        <source>Order-number prefix</source>
        <translation>注文番号の接頭辞</translation>
    </message>
    <message>
        <source>Check payment every</source>
        <translation>支払いの確認間隔</translation>
    </message>
    <message>
        <source>Back to the keypad after</source>
        <translation>テンキーに戻るまで</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal. Off: type 12.50 with a point.</source>
        <translation>1250 と打つと 12.50 と表示されます（カード端末と同じ）。オフ: 12.50 と小数点付きで入力。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>次にレジを起動したときから使われます。</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>下限なし</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Limits for</source>
        <translation>上限・下限の通貨</translation>
    </message>
    <message>
        <source>Smallest sale</source>
        <translation>最小の取引額</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>最大の取引額</translation>
    </message>
    <message>
        <source>In the currency above. Empty: no limit.</source>
        <translation>上の通貨で。空欄なら制限なし。</translation>
    </message>
    <message>
        <source>No limits: any amount above zero (up to 1,000,000) in every currency.</source>
        <translation>制限なし: すべての通貨で 0 より大きい金額（1,000,000 まで）。</translation>
    </message>
    <message>
        <source>{currency} from {amount}</source>
        <translation>{currency} {amount} 以上</translation>
    </message>
    <message>
        <source>{currency} up to {amount}</source>
        <translation>{currency} {amount} まで</translation>
    </message>
    <message>
        <source>Limits set: {limits}. Other currencies: none.</source>
        <translation>設定済みの制限: {limits}。その他の通貨: なし。</translation>
    </message>
    <message>
        <source>A PIN protects these settings from cashiers.</source>
        <translation>PIN でこの設定をレジ係から保護しています。</translation>
    </message>
    <message>
        <source>No PIN: anyone at the till can open Settings.</source>
        <translation>PIN なし: レジの誰でも設定を開けます。</translation>
    </message>
    <message>
        <source>New PIN ({shortest}–{longest} digits)</source>
        <translation>新しい PIN（{shortest}〜{longest} 桁）</translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation>新しい PIN をもう一度入力</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>PIN を削除</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しい PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN（確認）</translation>
    </message>
    <message>
        <source>Demo: these settings are kept apart from your shop&apos;s (demo-settings.json), and payments always go to the built-in sandbox. Try anything here.</source>
        <translation>デモ: この設定はお店の設定とは別（demo-settings.json）で、支払いは常に内蔵サンドボックスに送られます。自由にお試しください。</translation>
    </message>
    <message>
        <source>KuPay connection</source>
        <translation>KuPay への接続</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>お店</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>このレジ</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>店舗データベース</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>オーナー PIN</translation>
    </message>
    <message>
        <source>Use the new token for this session only</source>
        <translation>新しいトークンをこのセッションだけ使う</translation>
    </message>
    <message>
        <source>The password store could not be read.</source>
        <translation>パスワード保管庫を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Keep token</source>
        <translation>トークンを残す</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>2 つの PIN が一致しません。新しい PIN を 2 回入力してください。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>設定をディスクに保存できませんでした。空き容量を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The settings could not be saved. Please try again.</source>
        <translation>設定を保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Order numbers look like {example}; customers see them on the KuPay page.</source>
        <translation>注文番号は {example} のようになります。お客様は KuPay のページで確認できます。</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>KuPay accepted the token. This terminal is ready to take payments.</source>
        <translation>KuPay がトークンを受け付けました。このレジで支払いを受け付けられます。</translation>
    </message>
    <message>
        <source>The token was not accepted by KuPay. Copy it again from the KuPay admin panel.</source>
        <translation>KuPay がトークンを受け付けませんでした。KuPay の管理画面からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>KuPay answered but could not confirm the token. Try again in a moment.</source>
        <translation>KuPay は応答しましたが、トークンを確認できませんでした。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel first.</source>
        <translation>まず KuPay の管理画面から API トークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Asking KuPay whether it accepts the token…</source>
        <translation>KuPay にトークンを確認しています…</translation>
    </message>
    <message>
        <source>Saving the token in this computer&apos;s password store…</source>
        <translation>トークンをこのコンピューターのパスワード保管庫に保存中…</translation>
    </message>
    <message>
        <source>The password store is not answering: it may be asking for its own password in another window. Answer it there, or use the token for this session only.</source>
        <translation>パスワード保管庫が応答しません。別のウィンドウで保管庫自身のパスワードを求めている可能性があります。そちらで応答するか、トークンをこのセッションだけ使ってください。</translation>
    </message>
    <message>
        <source>This terminal has an owner PIN. The owner enters it to connect the terminal to KuPay.</source>
        <translation>このレジにはオーナーPINが設定されています。レジをKuPayに接続するには、オーナーがPINを入力します。</translation>
    </message>
    <message>
        <source>Connecting this terminal to KuPay is for the shop owner. Enter the owner PIN.</source>
        <translation>レジのKuPayへの接続はオーナーが行います。オーナーPINを入力してください。</translation>
    </message>
    <message>
        <source>The token could not be checked. Check the internet connection, then try again.</source>
        <translation>トークンを確認できませんでした。インターネット接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Connect this terminal to KuPay</source>
        <translation>このレジを KuPay に接続</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel (no account yet? Sign up at kupay.finance). The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation>KuPay の管理画面から API トークンを貼り付けてください（アカウントがない場合は kupay.finance で登録）。トークンはファイルではなく、このコンピューターのパスワード保管庫に保存されます。</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API トークン</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>https://myshop.com/</source>
        <translation>https://myshop.com/</translation>
    </message>
    <message>
        <source>Customers return to this page after paying or cancelling.</source>
        <translation>お客様は支払いまたはキャンセル後にこのページに戻ります。</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback</source>
        <translation>https://myshop.com/kupay/callback</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Leave it empty to use the shop&apos;s website.</source>
        <translation>KuPay が Web ショップ向けの支払い通知を送る先です。空欄ならお店の Web サイトを使います。</translation>
    </message>
    <message>
        <source>Shop website (optional)</source>
        <translation>お店の Web サイト（任意）</translation>
    </message>
    <message>
        <source>Payment updates address (optional)</source>
        <translation>支払い通知の送信先（任意）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>保存して開始</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>トークンをこのセッションだけ使う</translation>
    </message>
    <message>
        <source>Enter the owner PIN</source>
        <translation>オーナーPINを入力</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>設定をディスクに保存できませんでした。空き容量を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The token could not be saved. Please try again.</source>
        <translation>トークンを保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Fix the address above first.</source>
        <translation>先に上のアドレスを直してください。</translation>
    </message>
</context>
<context>
    <name>ShopDatabase</name>
    <message>
        <source>Enter the shop database address, for example postgresql://till1@db.myshop.lan/kupay.</source>
        <translation>店舗データベースのアドレスを入力してください（例: postgresql://till1@db.myshop.lan/kupay）。</translation>
    </message>
    <message>
        <source>The shop database address is not a PostgreSQL address; use the form postgresql://USER@HOST/DATABASE.</source>
        <translation>PostgreSQL のアドレスではありません。postgresql://ユーザー@ホスト/データベース の形で入力してください。</translation>
    </message>
    <message>
        <source>The shop database is on another computer, so its connection must be encrypted: remove sslmode={mode} (or use sslmode=verify-full).</source>
        <translation>店舗データベースは別のコンピューターにあるため、接続は暗号化が必要です。sslmode={mode} を削除してください（または sslmode=verify-full を使用）。</translation>
    </message>
    <message>
        <source>Leave the password out of the shop database address: enter it in the password field, which keeps it in this computer&apos;s password store.</source>
        <translation>パスワードはアドレスに含めず、パスワード欄に入力してください（このコンピューターのパスワード保管庫に保存されます）。</translation>
    </message>
    <message>
        <source>No shop database is set: enter its address in Settings → Shop database, or pass --shop-db ADDRESS.</source>
        <translation>店舗データベースが設定されていません。設定 → 店舗データベースでアドレスを入力するか、--shop-db アドレス を指定してください。</translation>
    </message>
    <message>
        <source>The shop database ({where}) refused the user name or password: check them in Settings.</source>
        <translation>店舗データベース（{where}）がユーザー名またはパスワードを拒否しました。設定で確認してください。</translation>
    </message>
    <message>
        <source>The shop database ({where}) could not be reached securely (its certificate or TLS set-up was refused): ask whoever runs it.</source>
        <translation>店舗データベース（{where}）に安全に接続できませんでした（証明書または TLS が拒否されました）。管理者に確認してください。</translation>
    </message>
    <message>
        <source>The shop database ({where}) does not let this till&apos;s user write its sales: give it the kupay_till role.</source>
        <translation>店舗データベース（{where}）でこのレジのユーザーに書き込み権限がありません。kupay_till ロールを付与してください。</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>店舗データベース（{where}）はまだ準備されていません。kupay-pos shop init --db アドレス を実行してください。</translation>
    </message>
    <message>
        <source>The shop database ({where}) answered too slowly; the till will try again.</source>
        <translation>店舗データベース（{where}）の応答が遅すぎました。レジが再試行します。</translation>
    </message>
    <message>
        <source>The shop database ({where}) cannot be reached; sales are kept on this till and sent when it is back.</source>
        <translation>店舗データベース（{where}）に接続できません。取引はこのレジに保存し、復旧したら送信します。</translation>
    </message>
    <message>
        <source>The shop database ({where}) was set up by a newer KuPay POS (schema {version}, this till knows {known}): update this till. Its sales are kept here meanwhile.</source>
        <translation>店舗データベース（{where}）は新しい KuPay POS で準備されています（スキーマ {version}、このレジは {known} まで対応）。このレジを更新してください。それまで取引はここに保存されます。</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up for this version yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>店舗データベース（{where}）はこのバージョン用にまだ準備されていません。kupay-pos shop init --db アドレス を実行してください。</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by another till in the shop database: give this till another prefix in Settings.</source>
        <translation>接頭辞「{prefix}」は店舗データベースで別のレジが使っています。設定でこのレジに別の接頭辞を付けてください。</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by till “{till}” in the shop database: give this till another prefix in Settings.</source>
        <translation>接頭辞「{prefix}」は店舗データベースでレジ「{till}」が使っています。設定でこのレジに別の接頭辞を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the shop database ({where}); %Ln other till(s) use it.</source>
        <translation>
            <numerusform>店舗データベース（{where}）に接続しました。ほかに %Ln 台のレジが使っています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDatabaseForm</name>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>保存済みのパスワードを使う場合は空欄</translation>
    </message>
    <message>
        <source>This computer lacks PostgreSQL&apos;s client library, so it cannot use a shop database: install it (libpq5 on Debian and Ubuntu) and restart KuPay POS.</source>
        <translation>このコンピューターには PostgreSQL のクライアントライブラリがないため、店舗データベースを使えません。インストール（Debian・Ubuntu では libpq5）してから KuPay POS を再起動してください。</translation>
    </message>
    <message>
        <source>postgresql://till1@db.myshop.lan/kupay  (empty: this till only)</source>
        <translation>postgresql://till1@db.myshop.lan/kupay（空欄: このレジのみ）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Several tills send their sales to the shop&apos;s PostgreSQL; each keeps its own.</source>
        <translation>複数のレジが店舗の PostgreSQL に取引を送ります。各レジは自分の記録も保持します。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信状況</translation>
    </message>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>店舗データベースなし: このレジの取引はこのレジだけに残ります。</translation>
    </message>
    <message>
        <source>Enter the shop database address first.</source>
        <translation>先に店舗データベースのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>The shop database could not be checked.</source>
        <translation>店舗データベースを確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>店舗データベースなし: このレジの取引はこのレジだけに残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) waiting</source>
        <translation>
            <numerusform>%Ln 件が送信待ち</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>送信待ちなし</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable since {time}. {problem}</source>
        <translation>{queued} — {time} から店舗データベースに接続できません。{problem}</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable. {problem}</source>
        <translation>{queued} — 店舗データベースに接続できません。{problem}</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln sale(s) to the shop database…</source>
        <translation>
            <numerusform>%Ln 件を店舗データベースに送信中…</numerusform>
        </translation>
    </message>
    <message>
        <source>All sales sent to the shop database.</source>
        <translation>すべての取引を店舗データベースに送信しました。</translation>
    </message>
</context>
<context>
    <name>Sounds</name>
    <message>
        <source>Sounds are on, but this computer has no sound player. Install PulseAudio or ALSA utilities, or turn sounds off in Settings.</source>
        <translation>音がオンですが、このコンピューターには音声プレーヤーがありません。PulseAudio か ALSA ユーティリティを入れるか、設定で音をオフにしてください。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>an unreadable {field}</source>
        <translation>読み取れない項目「{field}」</translation>
    </message>
    <message>
        <source>amount {got} instead of {expected}</source>
        <translation>金額が{expected}ではなく{got}</translation>
    </message>
    <message>
        <source>currency {got} instead of {expected}</source>
        <translation>通貨が{expected}ではなく{got}</translation>
    </message>
    <message>
        <source>order {got} instead of {expected}</source>
        <translation>注文が{expected}ではなく{got}</translation>
    </message>
    <message>
        <source>KuPay&apos;s answer does not match this sale ({differences}).</source>
        <translation>KuPayの応答がこの取引と一致しません（{differences}）。</translation>
    </message>
    <message>
        <source>{difference}; {more}</source>
        <translation>{difference}、{more}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>cancelled by the cashier</source>
        <translation>レジ担当者がキャンセル</translation>
    </message>
    <message>
        <source>cancelled while creating</source>
        <translation>作成中にキャンセル</translation>
    </message>
    <message>
        <source>abandoned after a failed create</source>
        <translation>作成に失敗した後に中止</translation>
    </message>
    <message>
        <source>The payment link could not be drawn as a QR code. The owner should check this sale.</source>
        <translation>支払いリンクをQRコードとして表示できませんでした。オーナーがこの取引を確認してください。</translation>
    </message>
    <message>
        <source>The demo sandbox was restarted: this demo payment is gone.</source>
        <translation>デモのサンドボックスが再起動されたため、このデモ支払いはなくなりました。</translation>
    </message>
    <message>
        <source>no final answer from KuPay within {minutes} min after a restart</source>
        <translation>再起動後{minutes}分以内にKuPayから最終的な応答なし</translation>
    </message>
    <message>
        <source>journaled before the create call</source>
        <translation>作成を依頼する前に記録</translation>
    </message>
    <message>
        <source>created on KuPay as {payment_id}</source>
        <translation>KuPayで{payment_id}として作成</translation>
    </message>
    <message>
        <source>KuPay answered with {payment_id}, which is order {order}&apos;s</source>
        <translation>KuPayの応答は{payment_id}で、注文{order}の支払いです</translation>
    </message>
    <message>
        <source>{problem} ({detail})</source>
        <translation>{problem}（{detail}）</translation>
    </message>
    <message>
        <source>{note} (kept as {kept}: {state} came too late)</source>
        <translation>{note}（{kept}のまま：{state}が遅すぎました）</translation>
    </message>
    <message>
        <source>receipt printed on {printer}</source>
        <translation>レシートを{printer}で印刷</translation>
    </message>
    <message>
        <source>receipt (copy) printed on {printer}</source>
        <translation>レシート（控え）を{printer}で印刷</translation>
    </message>
    <message>
        <source>NOT PAID slip printed on {printer}</source>
        <translation>未払い伝票を{printer}で印刷</translation>
    </message>
    <message>
        <source>NOT PAID slip (copy) printed on {printer}</source>
        <translation>未払い伝票（控え）を{printer}で印刷</translation>
    </message>
    <message>
        <source>create request sent to KuPay</source>
        <translation>作成リクエストを KuPay に送信</translation>
    </message>
</context>
</TS>
