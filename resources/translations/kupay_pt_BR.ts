<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>A point-of-sale terminal for KuPay crypto payments.</source>
        <translation>Um caixa para receber pagamentos em cripto com a KuPay.</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentação</translation>
    </message>
    <message>
        <source>Free software under the {licence}.</source>
        <translation>Software livre sob a {licence}.</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>Cofre de senhas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro de vendas</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Roda em</translation>
    </message>
    <message>
        <source>(installed bundle)</source>
        <translation>(pacote instalado)</translation>
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
        <translation>A KuPay não aceita a moeda {currency}. Escolha outra moeda.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>O valor deve ser maior que zero.</translation>
    </message>
    <message>
        <source>Type the amount as digits only, e.g. {example}.</source>
        <translation>Digite o valor só com algarismos, ex.: {example}.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type {amount}.</source>
        <translation>{currency_name}: sem decimais nem separadores; digite {amount}.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>Digite um valor.</translation>
    </message>
    <message>
        <source>That amount is too long. Type it as digits, e.g. {example}.</source>
        <translation>Esse valor é longo demais. Digite com algarismos, ex.: {example}.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type e.g. {example}.</source>
        <translation>{currency_name}: sem decimais nem separadores; digite ex.: {example}.</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type {amount}.</source>
        <translation>Use um só separador, o dos centavos: digite {amount}.</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type e.g. 1234.50.</source>
        <translation>Use um só separador, o dos centavos: digite ex.: 1234,50.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals: type whole amounts, e.g. {example}.</source>
        <translation>{currency_name} não tem decimais: digite valores inteiros, ex.: {example}.</translation>
    </message>
    <message>
        <source>Type {amount} without a separator, or use at most {decimals} decimals.</source>
        <translation>Digite {amount} sem separador, ou use no máximo {decimals} casas decimais.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals: type e.g. {example}.</source>
        <translation>Valores em {currency} têm no máximo {decimals} casas decimais: digite ex.: {example}.</translation>
    </message>
    <message>
        <source>That amount is too large. Check it, e.g. {example}.</source>
        <translation>Esse valor é alto demais. Confira, ex.: {example}.</translation>
    </message>
    <message>
        <source>The amount must be at least {amount}.</source>
        <translation>O valor deve ser de pelo menos {amount}.</translation>
    </message>
    <message>
        <source>The amount is over this terminal&apos;s limit of {amount}. Check the amount.</source>
        <translation>O valor passa do limite deste caixa ({amount}). Confira o valor.</translation>
    </message>
    <message>
        <source>The amount is not a number. Type it again.</source>
        <translation>O valor não é um número. Digite de novo.</translation>
    </message>
    <message>
        <source>That amount is too large. Check it.</source>
        <translation>Esse valor é alto demais. Confira.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals. Type the amount again.</source>
        <translation>Valores em {currency} têm no máximo {decimals} casas decimais. Digite o valor de novo.</translation>
    </message>
</context>
<context>
    <name>AmountDisplay</name>
    <message>
        <source>Amount {amount}</source>
        <translation>Valor {amount}</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Time is up — waiting for KuPay’s final word</source>
        <translation>O tempo acabou — aguardando a resposta final da KuPay</translation>
    </message>
    <message>
        <source>About {minutes} min left</source>
        <translation>Faltam cerca de {minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>Faltam {seconds} s</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Enter the API token from the KuPay admin panel.</source>
        <translation>Digite o token da API do painel da KuPay.</translation>
    </message>
    <message>
        <source>This computer has no password store the terminal can use. You can use the token for this session only: it stays in memory and is asked for again after a restart.</source>
        <translation>Este computador não tem um cofre de senhas que o caixa possa usar. Você pode usar o token só nesta sessão: ele fica na memória e é pedido de novo após reiniciar.</translation>
    </message>
    <message>
        <source>The password store on this computer is locked or refused the terminal. Unlock it and try again, or use the token for this session only (it is asked for again after a restart).</source>
        <translation>O cofre de senhas deste computador está bloqueado ou recusou o caixa. Desbloqueie e tente de novo, ou use o token só nesta sessão (ele é pedido de novo após reiniciar).</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Your total will appear here</source>
        <translation>O seu total vai aparecer aqui</translation>
    </message>
    <message>
        <source>Scan with your crypto wallet to pay</source>
        <translation>Escaneie com a sua carteira cripto para pagar</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Um momento, por favor…</translation>
    </message>
    <message>
        <source>Thank you — paid</source>
        <translation>Obrigado — pago</translation>
    </message>
    <message>
        <source>This payment was cancelled</source>
        <translation>Este pagamento foi cancelado</translation>
    </message>
    <message>
        <source>This payment has expired. If you have already paid, please tell the cashier.</source>
        <translation>Este pagamento expirou. Se você já pagou, avise o caixa.</translation>
    </message>
    <message>
        <source>This payment was refunded</source>
        <translation>Este pagamento foi reembolsado</translation>
    </message>
    <message>
        <source>This payment did not go through</source>
        <translation>Este pagamento não foi concluído</translation>
    </message>
    <message>
        <source>Paid {amount}. Thank you.</source>
        <translation>Pago {amount}. Obrigado.</translation>
    </message>
    <message>
        <source>Not paid: {amount}. {line}.</source>
        <translation>Não pago: {amount}. {line}.</translation>
    </message>
    <message>
        <source>Amount to pay {amount}. {line}.</source>
        <translation>Valor a pagar {amount}. {line}.</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Tela do cliente</translation>
    </message>
    <message>
        <source>The shop logo could not be read; the customer display shows the shop name only.</source>
        <translation>Não foi possível ler o logotipo; a tela do cliente mostra só o nome da loja.</translation>
    </message>
    <message>
        <source>chosen screen</source>
        <translation>tela escolhida</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is in a window here.</source>
        <translation>A tela do cliente ({screen}) não está conectada: ela aparece numa janela aqui.</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is hidden until it is back.</source>
        <translation>A tela do cliente ({screen}) não está conectada: fica oculta até voltar.</translation>
    </message>
    <message>
        <source>The customer display is back on its screen ({screen}).</source>
        <translation>A tela do cliente voltou para o seu monitor ({screen}).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bem-vindo</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Valor a pagar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <source>Customer display and sounds</source>
        <translation>Tela do cliente e sons</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Tela do cliente</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligada</translation>
    </message>
    <message>
        <source>A window (drag it where the customer can see it)</source>
        <translation>Uma janela (arraste para onde o cliente possa ver)</translation>
    </message>
    <message>
        <source>Screen: {screen}</source>
        <translation>Tela: {screen}</translation>
    </message>
    <message>
        <source>Screen: {screen} (not connected)</source>
        <translation>Tela: {screen} (não conectada)</translation>
    </message>
    <message>
        <source>Show it in a window on the cashier&apos;s screen</source>
        <translation>Mostrar numa janela na tela do caixa</translation>
    </message>
    <message>
        <source>Hide it until the screen is back</source>
        <translation>Ocultar até a tela voltar</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Play a sound when a sale is paid, and another when it is not</source>
        <translation>Tocar um som quando a venda é paga e outro quando não é</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume do som</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testar</translation>
    </message>
    <message>
        <source>The till&apos;s language</source>
        <translation>O idioma do caixa</translation>
    </message>
    <message>
        <source>When its screen is unplugged</source>
        <translation>Se a tela for desconectada</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Idioma do cliente</translation>
    </message>
    <message>
        <source>Between sales it shows the shop name from Receipts, this line and the logo.</source>
        <translation>Entre vendas, mostra o nome da loja (de Recibos), esta linha e o logotipo.</translation>
    </message>
    <message>
        <source>Welcome line</source>
        <translation>Linha de boas-vindas</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG)</source>
        <translation>Logotipo (PNG ou SVG)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Shop logo for the customer display</source>
        <translation>Logotipo para a tela do cliente</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Imagens (*.png *.svg)</translation>
    </message>
    <message>
        <source>Playing the paid sound…</source>
        <translation>Tocando o som de pago…</translation>
    </message>
    <message>
        <source>The sound could not be played.</source>
        <translation>Não foi possível tocar o som.</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Customer display</source>
        <translation>Tela do cliente</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>Logotipo da loja</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Valor a pagar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagas</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total recebido</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiradas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Não pagas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>segunda-feira</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>terça-feira</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>quarta-feira</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>quinta-feira</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>sexta-feira</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janeiro</translation>
    </message>
    <message>
        <source>February</source>
        <translation>fevereiro</translation>
    </message>
    <message>
        <source>March</source>
        <translation>março</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maio</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junho</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julho</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>setembro</translation>
    </message>
    <message>
        <source>October</source>
        <translation>outubro</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembro</translation>
    </message>
    <message>
        <source>December</source>
        <translation>dezembro</translation>
    </message>
    <message>
        <source>Sales on {weekday} {day} {month} {year} (local time)</source>
        <translation>Vendas de {weekday}, {day} de {month} de {year} (hora local)</translation>
    </message>
    <message>
        <source>No sales on this day.</source>
        <translation>Nenhuma venda neste dia.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s). Only paid sales count as money taken.</source>
        <translation>
            <numerusform>%Ln venda. Só as vendas pagas contam como dinheiro recebido.</numerusform>
            <numerusform>%Ln vendas. Só as vendas pagas contam como dinheiro recebido.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} still open or to be checked in KuPay&apos;s panel.</source>
        <translation>{count} ainda em aberto ou a conferir no painel da KuPay.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and 1 copy.</source>
        <translation>Recibos impressos: {originals} e 1 cópia.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and {copies} copies.</source>
        <translation>Recibos impressos: {originals} e {copies} cópias.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals}.</source>
        <translation>Recibos impressos: {originals}.</translation>
    </message>
    <message>
        <source>DEMO — sandbox sales, no real money</source>
        <translation>DEMONSTRAÇÃO — vendas de teste, sem dinheiro real</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>Impresso em {time} (hora local)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <source>{title} — all tills</source>
        <translation>{title} — todos os caixas</translation>
    </message>
    <message>
        <source>Shop total (all tills)</source>
        <translation>Total da loja (todos os caixas)</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>KuPay made the payment, but this computer could not save the sale. The customer can pay; tell the owner the journal needs attention.</source>
        <translation>A KuPay criou o pagamento, mas este computador não conseguiu salvar a venda. O cliente pode pagar; avise o proprietário que o registro precisa de atenção.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID do pagamento</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Este caixa</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Todos os caixas</translation>
    </message>
    <message>
        <source>KuPay id</source>
        <translation>ID da KuPay</translation>
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
        <translation>Não foi possível ler o registro de vendas: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Sales history</source>
        <translation>Histórico de vendas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation>Buscar número do pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln venda</numerusform>
            <numerusform>%Ln vendas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KuPayError</name>
    <message>
        <source>The terminal cannot find KuPay&apos;s server. Check the internet connection and the KuPay address.</source>
        <translation>O caixa não encontra o servidor da KuPay. Confira a internet e o endereço da KuPay.</translation>
    </message>
    <message>
        <source>KuPay&apos;s server refused the connection. Check the KuPay address in Settings, then try again.</source>
        <translation>O servidor da KuPay recusou a conexão. Confira o endereço da KuPay em Configurações e tente de novo.</translation>
    </message>
    <message>
        <source>KuPay is taking too long to answer. Check the connection and try again.</source>
        <translation>A KuPay está demorando demais para responder. Confira a conexão e tente de novo.</translation>
    </message>
    <message>
        <source>The secure connection to KuPay failed. Check the computer&apos;s date and time, then try again.</source>
        <translation>A conexão segura com a KuPay falhou. Confira a data e a hora do computador e tente de novo.</translation>
    </message>
    <message>
        <source>The connection to KuPay was cut off. Check the connection and try again.</source>
        <translation>A conexão com a KuPay caiu. Confira a conexão e tente de novo.</translation>
    </message>
    <message>
        <source>KuPay&apos;s address sent the terminal elsewhere. Ask the owner to check the KuPay address in Settings.</source>
        <translation>O endereço da KuPay redireciona para outro lugar. Peça ao proprietário para conferir o endereço da KuPay em Configurações.</translation>
    </message>
    <message>
        <source>The KuPay address is empty. Ask the owner to set it in Settings.</source>
        <translation>O endereço da KuPay está vazio. Peça ao proprietário para preenchê-lo em Configurações.</translation>
    </message>
    <message>
        <source>The KuPay address is not a valid web address. Ask the owner to fix it in Settings.</source>
        <translation>O endereço da KuPay não é um endereço web válido. Peça ao proprietário para corrigi-lo em Configurações.</translation>
    </message>
    <message>
        <source>KuPay&apos;s address for new payments was not found. Ask the owner to check the KuPay address in Settings.</source>
        <translation>O endereço da KuPay para novos pagamentos não foi encontrado. Peça ao proprietário para conferir o endereço da KuPay em Configurações.</translation>
    </message>
    <message>
        <source>That address does not answer like KuPay. Ask the owner to check the KuPay address in Settings.</source>
        <translation>Esse endereço não responde como a KuPay. Peça ao proprietário para conferir o endereço da KuPay em Configurações.</translation>
    </message>
    <message>
        <source>KuPay answered with a web page instead of data. Please try again in a moment.</source>
        <translation>A KuPay respondeu com uma página web em vez de dados. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>KuPay refused this payment request: {reason}. Check it, then try again.</source>
        <translation>A KuPay recusou este pedido de pagamento: {reason}. Confira e tente de novo.</translation>
    </message>
    <message>
        <source>KuPay does not accept the currency {currency}.</source>
        <translation>A KuPay não aceita a moeda {currency}.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>O valor deve ser maior que zero.</translation>
    </message>
    <message>
        <source>No API token is set. Ask the owner to add it in Settings.</source>
        <translation>Nenhum token da API foi definido. Peça ao proprietário para adicioná-lo em Configurações.</translation>
    </message>
    <message>
        <source>The payment service did not answer as expected. Please try again.</source>
        <translation>O serviço de pagamento não respondeu como esperado. Tente de novo.</translation>
    </message>
    <message>
        <source>The KuPay address must start with https://. Ask the owner to fix it in Settings.</source>
        <translation>O endereço da KuPay deve começar com https://. Peça ao proprietário para corrigi-lo em Configurações.</translation>
    </message>
    <message>
        <source>KuPay did not accept the API token. Ask the owner to check it in Settings.</source>
        <translation>A KuPay não aceitou o token da API. Peça ao proprietário para conferi-lo em Configurações.</translation>
    </message>
    <message>
        <source>KuPay does not know this payment. Check the order in the KuPay admin panel.</source>
        <translation>A KuPay não conhece este pagamento. Confira o pedido no painel da KuPay.</translation>
    </message>
    <message>
        <source>KuPay is busy. Waiting a moment before trying again.</source>
        <translation>A KuPay está ocupada. Aguardando um pouco antes de tentar de novo.</translation>
    </message>
    <message>
        <source>KuPay refused this payment request. Check the amount and currency, then try again.</source>
        <translation>A KuPay recusou este pedido de pagamento. Confira o valor e a moeda e tente de novo.</translation>
    </message>
    <message>
        <source>KuPay had a problem on its side. Please try again in a moment.</source>
        <translation>A KuPay teve um problema do lado dela. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Could not reach KuPay. Check the internet connection, then try again.</source>
        <translation>Não foi possível falar com a KuPay. Confira a internet e tente de novo.</translation>
    </message>
    <message>
        <source>KuPay sent an answer the terminal cannot read. Please try again.</source>
        <translation>A KuPay enviou uma resposta que o caixa não consegue ler. Tente de novo.</translation>
    </message>
    <message>
        <source>KuPay sent a payment link this terminal will not show, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>A KuPay enviou um link de pagamento que este caixa não mostra, então nenhum QR Code foi exibido. O proprietário deve conferir esta venda no painel da KuPay.</translation>
    </message>
    <message>
        <source>KuPay answered with the payment of another sale, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>A KuPay respondeu com o pagamento de outra venda, então nenhum QR Code foi exibido. O proprietário deve conferir esta venda no painel da KuPay.</translation>
    </message>
</context>
<context>
    <name>KuPaySaid</name>
    <message>
        <source>paid</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>aguardando o cliente</translation>
    </message>
    <message>
        <source>payment seen, confirming</source>
        <translation>pagamento visto, confirmando</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>pago em parte</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>“{word}”</source>
        <translation>“{word}”</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>Last sale: {order} · {amount} · {state}</source>
        <translation>Última venda: {order} · {amount} · {state}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>KuPay POS is already open on this computer. Use the window that is already open (one till per data folder, so two windows never hand out the same order number).</source>
        <translation>O KuPay POS já está aberto neste computador. Use a janela que já está aberta (um caixa por pasta de dados, para que duas janelas nunca deem o mesmo número de pedido).</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>Something went wrong inside the terminal. The details were saved in the support log.</source>
        <translation>Algo deu errado dentro do caixa. Os detalhes foram salvos no log de suporte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>DEMO · no real money</source>
        <translation>DEMONSTRAÇÃO · sem dinheiro real</translation>
    </message>
    <message>
        <source>Payments go to the built-in sandbox inside this app; nothing is charged.</source>
        <translation>Os pagamentos vão para o ambiente de testes deste app; nada é cobrado.</translation>
    </message>
    <message>
        <source>Payments and the API token go to this address, not KuPay&apos;s own.</source>
        <translation>Os pagamentos e o token da API vão para este endereço, não para o da KuPay.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Recent sales: did the last one go through?</source>
        <translation>Vendas recentes: a última foi paga?</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Fechamento do dia</translation>
    </message>
    <message>
        <source>Today&apos;s totals per currency</source>
        <translation>Totais de hoje por moeda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Owner settings (PIN)</source>
        <translation>Configurações do proprietário (PIN)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>About KuPay POS</source>
        <translation>Sobre o KuPay POS</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Tela cheia (F11)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMONSTRAÇÃO</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}). Enter the owner PIN to use it.</source>
        <translation>Este caixa foi aberto com outro endereço da KuPay ({host}). Digite o PIN do proprietário para usá-lo.</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}) without the owner PIN, so it takes no payments. Start KuPay POS without --api-url, or ask the owner.</source>
        <translation>Este caixa foi aberto com outro endereço da KuPay ({host}) sem o PIN do proprietário, então não recebe pagamentos. Abra o KuPay POS sem --api-url ou chame o proprietário.</translation>
    </message>
    <message>
        <source>The sales journal was damaged and has been set aside as {file}. A fresh journal was started; the old file is kept for the owner.</source>
        <translation>O registro de vendas estava danificado e foi separado como {file}. Um novo foi iniciado; o arquivo antigo fica guardado para o proprietário.</translation>
    </message>
    <message>
        <source>The terminal cannot take payments yet.</source>
        <translation>O caixa ainda não pode receber pagamentos.</translation>
    </message>
    <message>
        <source>✓ Order {order} ({amount}) was paid.</source>
        <translation>✓ O pedido {order} ({amount}) foi pago.</translation>
    </message>
    <message>
        <source>! Order {order}: outcome unknown. The owner should check it in KuPay&apos;s panel.</source>
        <translation>! Pedido {order}: resultado desconhecido. O proprietário deve conferir no painel da KuPay.</translation>
    </message>
    <message>
        <source>The terminal is not set up yet. Ask the owner.</source>
        <translation>O caixa ainda não foi configurado. Chame o proprietário.</translation>
    </message>
    <message>
        <source>This terminal has no KuPay API token yet.

The setup screen is not available in this build: store the token in the system keyring (service kupay-pos, user api-token), or try the terminal with `python main.py --demo`.</source>
        <translation>Este caixa ainda não tem token da API da KuPay.

A tela de configuração não está disponível nesta versão: guarde o token no chaveiro do sistema (serviço kupay-pos, usuário api-token) ou experimente o caixa com `python main.py --demo`.</translation>
    </message>
    <message>
        <source>History is not available in this build.</source>
        <translation>O histórico não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>That could not be opened: {reason}</source>
        <translation>Não foi possível abrir: {reason}</translation>
    </message>
    <message>
        <source>The end-of-day report is not available in this build.</source>
        <translation>O fechamento do dia não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>Settings are not available in this build.</source>
        <translation>As configurações não estão disponíveis nesta versão.</translation>
    </message>
    <message>
        <source>Saved. {names}: from the next start of the terminal. Everything else applies now.</source>
        <translation>Salvo. {names}: a partir da próxima abertura do caixa. Todo o resto vale agora.</translation>
    </message>
    <message>
        <source>KuPay POS — a point-of-sale terminal for KuPay.</source>
        <translation>KuPay POS — um caixa para receber com a KuPay.</translation>
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
        <translation>Visto: remover este aviso</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The payment expired.</source>
        <translation>O pagamento expirou.</translation>
    </message>
    <message>
        <source>If the customer already paid, wait — it can still arrive. It is checked in History.</source>
        <translation>Se o cliente já pagou, aguarde — ainda pode chegar. Ele continua sendo verificado no Histórico.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>O pagamento foi cancelado.</translation>
    </message>
    <message>
        <source>Start a new sale if the customer still wants to pay.</source>
        <translation>Comece uma nova venda se o cliente ainda quiser pagar.</translation>
    </message>
    <message>
        <source>The payment was refunded.</source>
        <translation>O pagamento foi reembolsado.</translation>
    </message>
    <message>
        <source>Nothing was received for this sale.</source>
        <translation>Nada foi recebido por esta venda.</translation>
    </message>
    <message>
        <source>Start a new sale to let the customer try again.</source>
        <translation>Comece uma nova venda para o cliente tentar de novo.</translation>
    </message>
    <message>
        <source>The payment failed (KuPay says “{word}”).</source>
        <translation>O pagamento falhou (a KuPay diz “{word}”).</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>O pagamento falhou.</translation>
    </message>
</context>
<context>
    <name>OutcomeFeedback</name>
    <message>
        <source>Paid {amount}. Order {order}.</source>
        <translation>Pago {amount}. Pedido {order}.</translation>
    </message>
    <message>
        <source>Not paid: {amount}. Order {order}.</source>
        <translation>Não pago: {amount}. Pedido {order}.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Creating payment…</source>
        <translation>Criando o pagamento…</translation>
    </message>
    <message>
        <source>The payment was not created</source>
        <translation>O pagamento não foi criado</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>Abrir a página de pagamento</translation>
    </message>
    <message>
        <source>Demo: pay this sale in the browser on this computer</source>
        <translation>Demonstração: pague esta venda no navegador deste computador</translation>
    </message>
    <message>
        <source>Show to customer</source>
        <translation>Mostrar ao cliente</translation>
    </message>
    <message>
        <source>F2 or Space. Only one screen? Turn it round: the customer sees the amount and the QR code.</source>
        <translation>F2 ou Espaço. Só uma tela? Vire-a: o cliente vê o valor e o QR Code.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Check now  (F5)</source>
        <translation>Verificar agora  (F5)</translation>
    </message>
    <message>
        <source>Ask KuPay right away whether this sale is paid</source>
        <translation>Perguntar agora ao KuPay se esta venda foi paga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Nova venda</translation>
    </message>
    <message>
        <source>No QR code — nothing to pay yet</source>
        <translation>Sem código QR — nada a pagar ainda</translation>
    </message>
    <message>
        <source>Payment link e-mailed to {email}</source>
        <translation>Link de pagamento enviado para {email}</translation>
    </message>
    <message>
        <source>Stopped checking: ask the owner</source>
        <translation>Verificação parada: chame o proprietário</translation>
    </message>
    <message>
        <source>The sale is kept in History.</source>
        <translation>A venda fica no Histórico.</translation>
    </message>
    <message>
        <source>Back to the keypad</source>
        <translation>Voltar ao teclado</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>Aguardando {time}</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Waiting for the customer…</source>
        <translation>Aguardando o cliente…</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>Conexão perdida — tentando de novo…</translation>
    </message>
    <message>
        <source>Payment seen, waiting for confirmation…</source>
        <translation>Pagamento visto, aguardando confirmação…</translation>
    </message>
    <message>
        <source>Partly paid — waiting for the rest</source>
        <translation>Pago em parte — aguardando o restante</translation>
    </message>
    <message>
        <source>KuPay says “{word}”</source>
        <translation>A KuPay diz “{word}”</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner PIN</source>
        <translation>PIN do proprietário</translation>
    </message>
    <message>
        <source>Settings are for the shop owner. Enter the owner PIN.</source>
        <translation>As configurações são para o proprietário. Digite o PIN do proprietário.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>PINs errados demais. Tente de novo em {seconds} segundos.</translation>
    </message>
</context>
<context>
    <name>PrinterAddress</name>
    <message>
        <source>The printer address “{uri}” {why}.</source>
        <translation>O endereço de impressora “{uri}” {why}.</translation>
    </message>
    <message>
        <source>is not one KuPay POS understands: start it with {schemes}</source>
        <translation>não é um que o KuPay POS entenda: comece com {schemes}</translation>
    </message>
    <message>
        <source>needs its kind in front: for a network printer write tcp://{address}</source>
        <translation>precisa do tipo na frente: para uma impressora de rede escreva tcp://{address}</translation>
    </message>
    <message>
        <source>has a port that is not a number from 1 to 65535</source>
        <translation>tem uma porta que não é um número de 1 a 65535</translation>
    </message>
    <message>
        <source>names no printer: write tcp://192.168.1.50:9100</source>
        <translation>não indica nenhuma impressora: escreva tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>needs the printer&apos;s USB ids in hex, for example usb://04b8:0202</source>
        <translation>precisa dos IDs USB da impressora em hexadecimal, por exemplo usb://04b8:0202</translation>
    </message>
    <message>
        <source>names no serial port: write serial:///dev/ttyUSB0?baudrate=9600 or serial://COM3</source>
        <translation>não indica nenhuma porta serial: escreva serial:///dev/ttyUSB0?baudrate=9600 ou serial://COM3</translation>
    </message>
    <message>
        <source>has a baud rate the printer cannot use: one of {rates}</source>
        <translation>tem uma velocidade que a impressora não aceita: use uma de {rates}</translation>
    </message>
    <message>
        <source>needs a full path, for example {example}</source>
        <translation>precisa de um caminho completo, por exemplo {example}</translation>
    </message>
    <message>
        <source>names no printer: write {scheme}://PRINTER NAME</source>
        <translation>não indica nenhuma impressora: escreva {scheme}://NOME DA IMPRESSORA</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR Code do link de pagamento</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Paid with crypto via KuPay</source>
        <translation>Pago com cripto pela KuPay</translation>
    </message>
    <message>
        <source>Crypto payment via KuPay, not received</source>
        <translation>Pagamento em cripto pela KuPay, não recebido</translation>
    </message>
    <message>
        <source>Scan to look up this payment</source>
        <translation>Escaneie para consultar este pagamento</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>CÓPIA</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAGO</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NÃO PAGO</translation>
    </message>
    <message>
        <source>No payment was received.</source>
        <translation>Nenhum pagamento foi recebido.</translation>
    </message>
    <message>
        <source>This is not a receipt.</source>
        <translation>Isto não é um recibo.</translation>
    </message>
    <message>
        <source>KuPay payment id</source>
        <translation>ID do pagamento KuPay</translation>
    </message>
    <message>
        <source>Receipts cannot be saved in {folder} — check that the folder exists and may be written to</source>
        <translation>Não é possível salvar recibos em {folder} — confira se a pasta existe e aceita gravação</translation>
    </message>
    <message>
        <source>This computer has no printer called “{printer}” — choose one in Settings › Receipts</source>
        <translation>Este computador não tem impressora chamada “{printer}” — escolha uma em Configurações › Recibos</translation>
    </message>
    <message>
        <source>This computer has no printer set up — add one, or choose another in Settings › Receipts</source>
        <translation>Este computador não tem impressora configurada — adicione uma ou escolha outra em Configurações › Recibos</translation>
    </message>
    <message>
        <source>The receipt could not be written to {file} — check the disk has room</source>
        <translation>Não foi possível gravar o recibo em {file} — confira o espaço em disco</translation>
    </message>
    <message>
        <source>The printer {printer} cannot print now — check it is on and has paper</source>
        <translation>A impressora {printer} não pode imprimir agora — confira se está ligada e tem papel</translation>
    </message>
    <message>
        <source>The receipt printer is not answering — check it is on and has paper</source>
        <translation>A impressora de recibos não responde — confira se está ligada e tem papel</translation>
    </message>
    <message>
        <source>No receipt printer is set up — the owner can choose one in Settings › Receipts</source>
        <translation>Nenhuma impressora de recibos configurada — o proprietário pode escolher uma em Configurações › Recibos</translation>
    </message>
    <message>
        <source>{problem}; the sale is paid.</source>
        <translation>{problem}; a venda está paga.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>This computer lacks the driver for that printer ({driver}) — see the README</source>
        <translation>Falta o driver dessa impressora neste computador ({driver}) — veja o README</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the receipt printer — for USB and serial printers see the README&apos;s printer notes</source>
        <translation>Este computador não tem permissão para usar a impressora de recibos — para impressoras USB e seriais, veja as notas do README</translation>
    </message>
    <message>
        <source>The receipt could not be printed — check the printer in Settings › Receipts</source>
        <translation>Não foi possível imprimir o recibo — confira a impressora em Configurações › Recibos</translation>
    </message>
    <message>
        <source>The receipt printer is offline — check its cover is closed and it has paper</source>
        <translation>A impressora de recibos está offline — confira se a tampa está fechada e se tem papel</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper — put in a new roll and press Retry</source>
        <translation>A impressora de recibos está sem papel — coloque um rolo novo e toque em Tentar de novo</translation>
    </message>
    <message>
        <source>There is no printer at {path} — check it is plugged in and switched on</source>
        <translation>Não há impressora em {path} — confira se está conectada e ligada</translation>
    </message>
</context>
<context>
    <name>ReceiptBar</name>
    <message>
        <source>Print receipt (P)</source>
        <translation>Imprimir recibo (P)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Print NOT PAID slip (P)</source>
        <translation>Imprimir comprovante NÃO PAGO (P)</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>Imprimindo recibo…</translation>
    </message>
    <message>
        <source>Print a copy (P)</source>
        <translation>Imprimir uma cópia (P)</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <source>Receipt copy printed ({where}).</source>
        <translation>Cópia do recibo impressa ({where}).</translation>
    </message>
    <message>
        <source>Receipt printed ({where}).</source>
        <translation>Recibo impresso ({where}).</translation>
    </message>
    <message>
        <source>NOT PAID slip copy printed ({where}).</source>
        <translation>Cópia do comprovante NÃO PAGO impressa ({where}).</translation>
    </message>
    <message>
        <source>NOT PAID slip printed ({where}).</source>
        <translation>Comprovante NÃO PAGO impresso ({where}).</translation>
    </message>
    <message>
        <source>Reprint it from History.</source>
        <translation>Reimprima pelo Histórico.</translation>
    </message>
    <message>
        <source>That sale is not in this terminal&apos;s journal.</source>
        <translation>Essa venda não está no registro deste caixa.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Recibo impresso.</translation>
    </message>
</context>
<context>
    <name>ReceiptSettings</name>
    <message>
        <source>Choose the paper: {papers}.</source>
        <translation>Escolha o papel: {papers}.</translation>
    </message>
    <message>
        <source>“{name}” is not a printer model python-escpos knows; leave it empty.</source>
        <translation>“{name}” não é um modelo de impressora que o python-escpos conheça; deixe em branco.</translation>
    </message>
    <message>
        <source>The shop name can have at most {count} characters.</source>
        <translation>O nome da loja pode ter no máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>A receipt has room for at most {count} lines here.</source>
        <translation>Um recibo aceita aqui no máximo {count} linhas.</translation>
    </message>
    <message>
        <source>Each line can have at most {count} characters.</source>
        <translation>Cada linha pode ter no máximo {count} caracteres.</translation>
    </message>
</context>
<context>
    <name>ReceiptSettingsGroup</name>
    <message>
        <source>Leave empty for no receipts. Network: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://QUEUE · win32://PRINTER NAME · system://PRINTER NAME (empty name: the default printer) · pdf:///folder (one PDF per receipt)</source>
        <translation>Deixe vazio para não emitir recibos. Rede: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://FILA · win32://NOME DA IMPRESSORA · system://NOME DA IMPRESSORA (sem nome: a impressora padrão) · pdf:///pasta (um PDF por recibo)</translation>
    </message>
    <message>
        <source>Generic ESC/POS printer</source>
        <translation>Impressora ESC/POS genérica</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100</source>
        <translation>tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impressora de recibos</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The printer model, where it matters: its code pages and whether it draws QR codes</source>
        <translation>O modelo da impressora, quando importa: suas páginas de código e se desenha códigos QR</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Modelo da impressora</translation>
    </message>
    <message>
        <source>Print a receipt automatically when a sale is paid</source>
        <translation>Imprimir recibo automaticamente quando a venda for paga</translation>
    </message>
    <message>
        <source>QR code on the receipt to look the payment up</source>
        <translation>QR Code no recibo para consultar o pagamento</translation>
    </message>
    <message>
        <source>Corner Café</source>
        <translation>Café da Esquina</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nome da loja</translation>
    </message>
    <message>
        <source>Up to 4 lines: address, phone, tax number</source>
        <translation>Até 4 linhas: endereço, telefone, CNPJ</translation>
    </message>
    <message>
        <source>Top lines</source>
        <translation>Linhas do topo</translation>
    </message>
    <message>
        <source>Up to 4 lines, e.g. Thank you!</source>
        <translation>Até 4 linhas, ex.: Obrigado!</translation>
    </message>
    <message>
        <source>Bottom lines</source>
        <translation>Linhas do rodapé</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>Imprimir recibo de teste</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Imprimindo um recibo de teste…</translation>
    </message>
    <message>
        <source>Test receipt printed ({where}).</source>
        <translation>Recibo de teste impresso ({where}).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>End of day — DEMO</source>
        <translation>Fechamento do dia — DEMONSTRAÇÃO</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Fechamento do dia</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Este caixa</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Todos os caixas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>Impresso em {time} (hora local)</translation>
    </message>
    <message>
        <source>Print the end-of-day report</source>
        <translation>Imprimir o fechamento do dia</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Salvar o relatório em PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}.</source>
        <translation>Não foi possível gravar o PDF em {file}.</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Salvo {file}.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Não pago</translation>
    </message>
    <message>
        <source>Needs check</source>
        <translation>Precisa conferir</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Press any key or tap for the next sale</source>
        <translation>Tecle ou toque para a próxima venda</translation>
    </message>
    <message>
        <source>new sale in {seconds} s</source>
        <translation>nova venda em {seconds} s</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>KuPay said</source>
        <translation>A KuPay disse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Verificar situação agora</translation>
    </message>
    <message>
        <source>Show QR</source>
        <translation>Mostrar QR</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>Reimprimir recibo</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>Imprimindo recibo…</translation>
    </message>
    <message>
        <source>Asking KuPay…</source>
        <translation>Consultando a KuPay…</translation>
    </message>
    <message>
        <source>KuPay says: {word}.</source>
        <translation>A KuPay diz: {word}.</translation>
    </message>
    <message>
        <source>KuPay gave no status word.</source>
        <translation>A KuPay não informou a situação.</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>The sale could not be saved on this computer, so nothing was sent. Try again; if it keeps failing, ask the owner.</source>
        <translation>Não foi possível salvar a venda neste computador, então nada foi enviado. Tente de novo; se continuar falhando, chame o proprietário.</translation>
    </message>
    <message>
        <source>Something went wrong while sending the sale. Try again; if it keeps failing, ask the owner.</source>
        <translation>Algo deu errado ao enviar a venda. Tente de novo; se continuar falhando, chame o dono.</translation>
    </message>
    <message>
        <source>Do not hand over the goods until the owner has checked this sale in KuPay&apos;s panel.</source>
        <translation>Não entregue a mercadoria até o proprietário conferir esta venda no painel da KuPay.</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Type the currency&apos;s letters (E U R), or ↑ ↓ to step through; Alt+C opens the list</source>
        <translation>Digite as letras da moeda (E U R) ou use ↑ ↓ para percorrer; Alt+C abre a lista</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Customer e-mail (optional)</source>
        <translation>E-mail do cliente (opcional)</translation>
    </message>
    <message>
        <source>KuPay e-mails the payment link to this address</source>
        <translation>A KuPay envia o link de pagamento para este e-mail</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Open the sales history</source>
        <translation>Abrir o histórico de vendas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Apagar o último dígito (Backspace)</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the amount and the e-mail (Escape)</source>
        <translation>Limpar o valor e o e-mail (Esc)</translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation>Digite o valor a cobrar.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right; fix it or leave it empty.</source>
        <translation>O e-mail não parece certo; corrija ou deixe em branco.</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Cobrar {amount}</translation>
    </message>
    <message>
        <source>Press Enter or Charge to show the QR code.</source>
        <translation>Tecle Enter ou Cobrar para mostrar o QR Code.</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Não pago</translation>
    </message>
    <message>
        <source>Cancelled at the till</source>
        <translation>Cancelado no caixa</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Precisa conferir</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Cancelled — may have reached KuPay</source>
        <translation>Cancelado no caixa — pode ter chegado ao KuPay</translation>
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
        <translation>Caixa 1</translation>
    </message>
    <message>
        <source>Enter the KuPay API address, for example https://api.kupay.finance/v1/.</source>
        <translation>Digite o endereço da API da KuPay, por exemplo https://api.kupay.finance/v1/.</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// and name a server.</source>
        <translation>O endereço da API da KuPay deve começar com https:// e indicar um servidor.</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// (plain http:// is only allowed to this computer).</source>
        <translation>O endereço da API da KuPay deve começar com https:// (http:// só é permitido para este computador).</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain a user name or password.</source>
        <translation>O endereço da API da KuPay não pode conter usuário nem senha.</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain ? or #.</source>
        <translation>O endereço da API da KuPay não pode conter ? nem #.</translation>
    </message>
    <message>
        <source>The shop&apos;s website</source>
        <translation>O site da loja</translation>
    </message>
    <message>
        <source>The payment updates address</source>
        <translation>O endereço de avisos de pagamento</translation>
    </message>
    <message>
        <source>The smallest sale</source>
        <translation>A venda mínima</translation>
    </message>
    <message>
        <source>The largest sale</source>
        <translation>A venda máxima</translation>
    </message>
    <message>
        <source>{what} must be a full address starting with https://, for example https://myshop.com/.</source>
        <translation>{what}: deve ser um endereço completo começando com https://, por exemplo https://myshop.com/.</translation>
    </message>
    <message>
        <source>Give this terminal a name, for example Till 1.</source>
        <translation>Dê um nome a este caixa, por exemplo Caixa 1.</translation>
    </message>
    <message>
        <source>The terminal name can have at most {count} characters.</source>
        <translation>O nome do caixa pode ter no máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>The order-number prefix can have at most {count} characters.</source>
        <translation>O prefixo do número do pedido pode ter no máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>The order-number prefix may use only letters, digits and - _ / .</source>
        <translation>O prefixo do número do pedido só aceita letras, algarismos e - _ / .</translation>
    </message>
    <message>
        <source>KuPay does not accept {currency}; choose one of {currencies}.</source>
        <translation>A KuPay não aceita {currency}; escolha uma de {currencies}.</translation>
    </message>
    <message>
        <source>{what} must be a number, for example 1.00, or left empty.</source>
        <translation>{what}: deve ser um número, por exemplo 1.00, ou ficar em branco.</translation>
    </message>
    <message>
        <source>{what} must be more than zero, or left empty.</source>
        <translation>{what}: deve ser maior que zero ou ficar em branco.</translation>
    </message>
    <message>
        <source>The minimum amount must not be more than the maximum amount.</source>
        <translation>O valor mínimo não pode ser maior que o máximo.</translation>
    </message>
    <message>
        <source>The owner PIN must be {shortest} to {longest} digits.</source>
        <translation>O PIN do proprietário deve ter de {shortest} a {longest} dígitos.</translation>
    </message>
    <message>
        <source>Some settings could not be used and were set back to their defaults ({names}). Check them in Settings.</source>
        <translation>Algumas configurações não puderam ser usadas e voltaram ao padrão ({names}). Confira em Configurações.</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings.</source>
        <translation>{problem}; o caixa está usando as configurações padrão.</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings. The old file was kept as {file}.</source>
        <translation>{problem}; o caixa está usando as configurações padrão. O arquivo antigo foi guardado como {file}.</translation>
    </message>
    <message>
        <source>The settings file could not be read</source>
        <translation>Não foi possível ler o arquivo de configurações</translation>
    </message>
    <message>
        <source>The settings file is damaged</source>
        <translation>O arquivo de configurações está danificado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>An API token is saved in this computer&apos;s password store.</source>
        <translation>Há um token da API guardado no cofre de senhas deste computador.</translation>
    </message>
    <message>
        <source>The API token is held for this session only (no password store): it is asked for after a restart.</source>
        <translation>O token da API vale só para esta sessão (sem cofre de senhas): ele será pedido após reiniciar.</translation>
    </message>
    <message>
        <source>No API token is saved. Payments cannot be taken until one is added.</source>
        <translation>Nenhum token da API salvo. Não é possível receber pagamentos até adicionar um.</translation>
    </message>
    <message>
        <source>The API token will be removed when you press Save.</source>
        <translation>O token da API será removido quando você tocar em Salvar.</translation>
    </message>
    <message>
        <source>The new API token will be saved when you press Save.</source>
        <translation>O novo token da API será salvo quando você tocar em Salvar.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Esse PIN está errado. Tente de novo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>https://api.kupay.finance/v1/</source>
        <translation>https://api.kupay.finance/v1/</translation>
    </message>
    <message>
        <source>Checking the password store…</source>
        <translation>Verificando o cofre de senhas…</translation>
    </message>
    <message>
        <source>Paste a new API token to replace the saved one</source>
        <translation>Cole um novo token da API para substituir o salvo</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Remover token</translation>
    </message>
    <message>
        <source>KuPay API address</source>
        <translation>Endereço da API da KuPay</translation>
    </message>
    <message>
        <source>In use now, given with --api-url when the terminal started. Type another address to use it from now on and at every start.</source>
        <translation>Em uso agora, dado com --api-url ao abrir o caixa. Digite outro endereço para usá-lo a partir de agora e em toda abertura.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token da API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>https://myshop.com/  (optional)</source>
        <translation>https://myshop.com/  (opcional)</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback  (optional)</source>
        <translation>https://myshop.com/kupay/callback  (opcional)</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Moeda padrão</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>Site da loja</translation>
    </message>
    <message>
        <source>Customers return here after paying or cancelling.</source>
        <translation>Os clientes voltam para cá depois de pagar ou cancelar.</translation>
    </message>
    <message>
        <source>Payment updates address</source>
        <translation>Endereço de avisos de pagamento</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Empty: the shop website.</source>
        <translation>Para onde a KuPay envia os avisos de pagamento da sua loja virtual. Vazio: o site da loja.</translation>
    </message>
    <message>
        <source>http://proxy.myshop.lan:3128  (optional)</source>
        <translation>http://proxy.myshop.lan:3128  (opcional)</translation>
    </message>
    <message>
        <source>Web proxy</source>
        <translation>Proxy web</translation>
    </message>
    <message>
        <source>Only if this network reaches the internet through a proxy: HTTPS to KuPay goes through it, still encrypted end to end.</source>
        <translation>Só se esta rede acessa a internet por um proxy: o HTTPS para a KuPay passa por ele, ainda criptografado de ponta a ponta.</translation>
    </message>
    <message>
        <source>pay.example.com  (optional)</source>
        <translation>pay.example.com  (opcional)</translation>
    </message>
    <message>
        <source>Other payment-page hosts</source>
        <translation>Outros hosts de páginas de pagamento</translation>
    </message>
    <message>
        <source>QR codes lead only to KuPay&apos;s own pages (*.kupay.finance) and the API&apos;s host; add another host only if KuPay tells you to.</source>
        <translation>Os códigos QR levam só às páginas da KuPay (*.kupay.finance) e ao host da API; adicione outro host só se a KuPay pedir.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stay until tapped</source>
        <translation>Ficar até tocar</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Abrir em tela cheia</translation>
    </message>
    <message>
        <source>Cents first on the keypad</source>
        <translation>Centavos primeiro no teclado</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal.</source>
        <translation>Digitar 1250 mostra 12.50, como numa maquininha.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nome do caixa</translation>
    </message>
    <message>
        <source>Order-number prefix</source>
        <translation>Prefixo do número do pedido</translation>
    </message>
    <message>
        <source>Check payment every</source>
        <translation>Verificar o pagamento a cada</translation>
    </message>
    <message>
        <source>Back to the keypad after</source>
        <translation>Voltar ao teclado após</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal. Off: type 12.50 with a point.</source>
        <translation>Digitar 1250 mostra 12.50, como numa maquininha. Desligado: digite 12.50 com o separador.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>Vale a partir da próxima vez que o caixa for aberto.</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>sem mínimo</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>sem máximo</translation>
    </message>
    <message>
        <source>Limits for</source>
        <translation>Limites para</translation>
    </message>
    <message>
        <source>Smallest sale</source>
        <translation>Venda mínima</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>Venda máxima</translation>
    </message>
    <message>
        <source>In the currency above. Empty: no limit.</source>
        <translation>Na moeda acima. Vazio: sem limite.</translation>
    </message>
    <message>
        <source>No limits: any amount above zero (up to 1,000,000) in every currency.</source>
        <translation>Sem limites: qualquer valor acima de zero (até 1.000.000) em todas as moedas.</translation>
    </message>
    <message>
        <source>{currency} from {amount}</source>
        <translation>{currency} a partir de {amount}</translation>
    </message>
    <message>
        <source>{currency} up to {amount}</source>
        <translation>{currency} até {amount}</translation>
    </message>
    <message>
        <source>Limits set: {limits}. Other currencies: none.</source>
        <translation>Limites: {limits}. Outras moedas: nenhum.</translation>
    </message>
    <message>
        <source>A PIN protects these settings from cashiers.</source>
        <translation>Um PIN protege estas configurações dos operadores de caixa.</translation>
    </message>
    <message>
        <source>No PIN: anyone at the till can open Settings.</source>
        <translation>Sem PIN: qualquer pessoa no caixa pode abrir as Configurações.</translation>
    </message>
    <message>
        <source>New PIN ({shortest}–{longest} digits)</source>
        <translation>Novo PIN ({shortest}–{longest} dígitos)</translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation>Digite o novo PIN de novo</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Remover o PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <source>Demo: these settings are kept apart from your shop&apos;s (demo-settings.json), and payments always go to the built-in sandbox. Try anything here.</source>
        <translation>Demonstração: estas configurações ficam separadas das da sua loja (demo-settings.json), e os pagamentos sempre vão para o ambiente de testes. Teste à vontade.</translation>
    </message>
    <message>
        <source>KuPay connection</source>
        <translation>Conexão com a KuPay</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Loja</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Este caixa</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>Banco de dados da loja</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN do proprietário</translation>
    </message>
    <message>
        <source>Use the new token for this session only</source>
        <translation>Usar o novo token só nesta sessão</translation>
    </message>
    <message>
        <source>The password store could not be read.</source>
        <translation>Não foi possível ler o cofre de senhas.</translation>
    </message>
    <message>
        <source>Keep token</source>
        <translation>Manter token</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>Os dois PINs não são iguais. Digite o novo PIN duas vezes.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>Não foi possível salvar as configurações no disco deste computador. Confira o espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Please try again.</source>
        <translation>Não foi possível salvar as configurações. Tente de novo.</translation>
    </message>
    <message>
        <source>Order numbers look like {example}; customers see them on the KuPay page.</source>
        <translation>Os números de pedido ficam assim: {example}; os clientes os veem na página da KuPay.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>KuPay accepted the token. This terminal is ready to take payments.</source>
        <translation>A KuPay aceitou o token. Este caixa já pode receber pagamentos.</translation>
    </message>
    <message>
        <source>The token was not accepted by KuPay. Copy it again from the KuPay admin panel.</source>
        <translation>A KuPay não aceitou o token. Copie de novo do painel da KuPay.</translation>
    </message>
    <message>
        <source>KuPay answered but could not confirm the token. Try again in a moment.</source>
        <translation>A KuPay respondeu, mas não confirmou o token. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel first.</source>
        <translation>Primeiro cole o token da API do painel da KuPay.</translation>
    </message>
    <message>
        <source>Asking KuPay whether it accepts the token…</source>
        <translation>Perguntando à KuPay se aceita o token…</translation>
    </message>
    <message>
        <source>Saving the token in this computer&apos;s password store…</source>
        <translation>Salvando o token no cofre de senhas deste computador…</translation>
    </message>
    <message>
        <source>The password store is not answering: it may be asking for its own password in another window. Answer it there, or use the token for this session only.</source>
        <translation>O cofre de senhas não responde: ele pode estar pedindo a própria senha em outra janela. Responda lá ou use o token só nesta sessão.</translation>
    </message>
    <message>
        <source>This terminal has an owner PIN. The owner enters it to connect the terminal to KuPay.</source>
        <translation>Este caixa tem um PIN do proprietário. O proprietário o digita para conectar o caixa à KuPay.</translation>
    </message>
    <message>
        <source>Connecting this terminal to KuPay is for the shop owner. Enter the owner PIN.</source>
        <translation>Conectar o caixa à KuPay é tarefa do proprietário. Digite o PIN do proprietário.</translation>
    </message>
    <message>
        <source>The token could not be checked. Check the internet connection, then try again.</source>
        <translation>Não foi possível verificar o token. Confira a internet e tente de novo.</translation>
    </message>
    <message>
        <source>Connect this terminal to KuPay</source>
        <translation>Conecte este caixa à KuPay</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel (no account yet? Sign up at kupay.finance). The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation>Cole o token da API do painel da KuPay (ainda sem conta? Cadastre-se em kupay.finance). O token fica no cofre de senhas deste computador, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token da API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>https://myshop.com/</source>
        <translation>https://myshop.com/</translation>
    </message>
    <message>
        <source>Customers return to this page after paying or cancelling.</source>
        <translation>Os clientes voltam para esta página depois de pagar ou cancelar.</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback</source>
        <translation>https://myshop.com/kupay/callback</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Leave it empty to use the shop&apos;s website.</source>
        <translation>Para onde a KuPay envia os avisos de pagamento da sua loja virtual. Deixe vazio para usar o site da loja.</translation>
    </message>
    <message>
        <source>Shop website (optional)</source>
        <translation>Site da loja (opcional)</translation>
    </message>
    <message>
        <source>Payment updates address (optional)</source>
        <translation>Endereço de avisos de pagamento (opcional)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Salvar e começar</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Usar o token só nesta sessão</translation>
    </message>
    <message>
        <source>Enter the owner PIN</source>
        <translation>Digitar o PIN do proprietário</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>Não foi possível salvar as configurações no disco deste computador. Confira o espaço livre e tente de novo.</translation>
    </message>
    <message>
        <source>The token could not be saved. Please try again.</source>
        <translation>Não foi possível salvar o token. Tente de novo.</translation>
    </message>
    <message>
        <source>Fix the address above first.</source>
        <translation>Primeiro corrija o endereço acima.</translation>
    </message>
</context>
<context>
    <name>ShopDatabase</name>
    <message>
        <source>Enter the shop database address, for example postgresql://till1@db.myshop.lan/kupay.</source>
        <translation>Digite o endereço do banco de dados da loja, por exemplo postgresql://till1@db.myshop.lan/kupay.</translation>
    </message>
    <message>
        <source>The shop database address is not a PostgreSQL address; use the form postgresql://USER@HOST/DATABASE.</source>
        <translation>O endereço não é do PostgreSQL; use a forma postgresql://USUARIO@SERVIDOR/BANCO.</translation>
    </message>
    <message>
        <source>The shop database is on another computer, so its connection must be encrypted: remove sslmode={mode} (or use sslmode=verify-full).</source>
        <translation>O banco de dados está em outro computador, então a conexão precisa ser criptografada: remova sslmode={mode} (ou use sslmode=verify-full).</translation>
    </message>
    <message>
        <source>Leave the password out of the shop database address: enter it in the password field, which keeps it in this computer&apos;s password store.</source>
        <translation>Não coloque a senha no endereço: digite-a no campo de senha, que a guarda no cofre de senhas do computador.</translation>
    </message>
    <message>
        <source>No shop database is set: enter its address in Settings → Shop database, or pass --shop-db ADDRESS.</source>
        <translation>Nenhum banco de dados da loja definido: informe o endereço em Configurações → Banco de dados da loja, ou use --shop-db ENDEREÇO.</translation>
    </message>
    <message>
        <source>The shop database ({where}) refused the user name or password: check them in Settings.</source>
        <translation>O banco de dados da loja ({where}) recusou o usuário ou a senha: confira em Configurações.</translation>
    </message>
    <message>
        <source>The shop database ({where}) could not be reached securely (its certificate or TLS set-up was refused): ask whoever runs it.</source>
        <translation>Não foi possível conectar com segurança ao banco de dados ({where}) (certificado ou TLS recusado): fale com quem o administra.</translation>
    </message>
    <message>
        <source>The shop database ({where}) does not let this till&apos;s user write its sales: give it the kupay_till role.</source>
        <translation>O banco de dados ({where}) não deixa o usuário deste caixa gravar as vendas: dê a ele o papel kupay_till.</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>O banco de dados ({where}) ainda não foi preparado: rode kupay-pos shop init --db ENDEREÇO.</translation>
    </message>
    <message>
        <source>The shop database ({where}) answered too slowly; the till will try again.</source>
        <translation>O banco de dados ({where}) respondeu devagar demais; o caixa vai tentar de novo.</translation>
    </message>
    <message>
        <source>The shop database ({where}) cannot be reached; sales are kept on this till and sent when it is back.</source>
        <translation>Não é possível alcançar o banco de dados ({where}); as vendas ficam neste caixa e são enviadas quando ele voltar.</translation>
    </message>
    <message>
        <source>The shop database ({where}) was set up by a newer KuPay POS (schema {version}, this till knows {known}): update this till. Its sales are kept here meanwhile.</source>
        <translation>O banco de dados ({where}) foi preparado por um KuPay POS mais novo (esquema {version}; este caixa conhece o {known}): atualize este caixa. Enquanto isso, as vendas ficam aqui.</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up for this version yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>O banco de dados ({where}) ainda não foi preparado para esta versão: rode kupay-pos shop init --db ENDEREÇO.</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by another till in the shop database: give this till another prefix in Settings.</source>
        <translation>O prefixo “{prefix}” já é usado por outro caixa no banco de dados da loja: dê outro prefixo a este caixa em Configurações.</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by till “{till}” in the shop database: give this till another prefix in Settings.</source>
        <translation>O prefixo “{prefix}” já é usado pelo caixa “{till}” no banco de dados da loja: dê outro prefixo a este caixa em Configurações.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the shop database ({where}); %Ln other till(s) use it.</source>
        <translation>
            <numerusform>Conectado ao banco de dados da loja ({where}); %Ln outro caixa o usa.</numerusform>
            <numerusform>Conectado ao banco de dados da loja ({where}); %Ln outros caixas o usam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDatabaseForm</name>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Deixe vazio para manter a senha salva</translation>
    </message>
    <message>
        <source>This computer lacks PostgreSQL&apos;s client library, so it cannot use a shop database: install it (libpq5 on Debian and Ubuntu) and restart KuPay POS.</source>
        <translation>Falta neste computador a biblioteca cliente do PostgreSQL, então ele não pode usar um banco de dados da loja: instale-a (libpq5 no Debian e Ubuntu) e reinicie o KuPay POS.</translation>
    </message>
    <message>
        <source>postgresql://till1@db.myshop.lan/kupay  (empty: this till only)</source>
        <translation>postgresql://till1@db.myshop.lan/kupay  (vazio: só este caixa)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar a conexão</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Several tills send their sales to the shop&apos;s PostgreSQL; each keeps its own.</source>
        <translation>Vários caixas enviam suas vendas ao PostgreSQL da loja; cada um guarda as suas.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>Sem banco de dados da loja: este caixa guarda as vendas só para si.</translation>
    </message>
    <message>
        <source>Enter the shop database address first.</source>
        <translation>Primeiro digite o endereço do banco de dados da loja.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The shop database could not be checked.</source>
        <translation>Não foi possível verificar o banco de dados da loja.</translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>Sem banco de dados da loja: este caixa guarda as vendas só para si.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) waiting</source>
        <translation>
            <numerusform>%Ln venda aguardando</numerusform>
            <numerusform>%Ln vendas aguardando</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nada aguardando</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable since {time}. {problem}</source>
        <translation>{queued} — banco de dados da loja fora do ar desde {time}. {problem}</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable. {problem}</source>
        <translation>{queued} — banco de dados da loja fora do ar. {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln sale(s) to the shop database…</source>
        <translation>
            <numerusform>Enviando %Ln venda ao banco de dados da loja…</numerusform>
            <numerusform>Enviando %Ln vendas ao banco de dados da loja…</numerusform>
        </translation>
    </message>
    <message>
        <source>All sales sent to the shop database.</source>
        <translation>Todas as vendas enviadas ao banco de dados da loja.</translation>
    </message>
</context>
<context>
    <name>Sounds</name>
    <message>
        <source>Sounds are on, but this computer has no sound player. Install PulseAudio or ALSA utilities, or turn sounds off in Settings.</source>
        <translation>Os sons estão ligados, mas este computador não tem player de som. Instale o PulseAudio ou os utilitários do ALSA, ou desligue os sons em Configurações.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>an unreadable {field}</source>
        <translation>um campo “{field}” ilegível</translation>
    </message>
    <message>
        <source>amount {got} instead of {expected}</source>
        <translation>valor {got} em vez de {expected}</translation>
    </message>
    <message>
        <source>currency {got} instead of {expected}</source>
        <translation>moeda {got} em vez de {expected}</translation>
    </message>
    <message>
        <source>order {got} instead of {expected}</source>
        <translation>pedido {got} em vez de {expected}</translation>
    </message>
    <message>
        <source>KuPay&apos;s answer does not match this sale ({differences}).</source>
        <translation>A resposta do KuPay não corresponde a esta venda ({differences}).</translation>
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
        <translation>cancelado pelo operador de caixa</translation>
    </message>
    <message>
        <source>cancelled while creating</source>
        <translation>cancelado durante a criação</translation>
    </message>
    <message>
        <source>abandoned after a failed create</source>
        <translation>abandonado após uma falha na criação</translation>
    </message>
    <message>
        <source>The payment link could not be drawn as a QR code. The owner should check this sale.</source>
        <translation>Não foi possível desenhar o link de pagamento como código QR. O proprietário deve verificar esta venda.</translation>
    </message>
    <message>
        <source>The demo sandbox was restarted: this demo payment is gone.</source>
        <translation>O ambiente de testes da demonstração foi reiniciado: este pagamento de demonstração não existe mais.</translation>
    </message>
    <message>
        <source>no final answer from KuPay within {minutes} min after a restart</source>
        <translation>nenhuma resposta final do KuPay em {minutes} min após um reinício</translation>
    </message>
    <message>
        <source>journaled before the create call</source>
        <translation>registrado no diário antes de criar o pagamento</translation>
    </message>
    <message>
        <source>created on KuPay as {payment_id}</source>
        <translation>criado no KuPay como {payment_id}</translation>
    </message>
    <message>
        <source>KuPay answered with {payment_id}, which is order {order}&apos;s</source>
        <translation>O KuPay respondeu com {payment_id}, que é o pagamento do pedido {order}</translation>
    </message>
    <message>
        <source>{problem} ({detail})</source>
        <translation>{problem} ({detail})</translation>
    </message>
    <message>
        <source>{note} (kept as {kept}: {state} came too late)</source>
        <translation>{note} (mantido como {kept}: {state} chegou tarde demais)</translation>
    </message>
    <message>
        <source>receipt printed on {printer}</source>
        <translation>recibo impresso em {printer}</translation>
    </message>
    <message>
        <source>receipt (copy) printed on {printer}</source>
        <translation>recibo (cópia) impresso em {printer}</translation>
    </message>
    <message>
        <source>NOT PAID slip printed on {printer}</source>
        <translation>comprovante NÃO PAGO impresso em {printer}</translation>
    </message>
    <message>
        <source>NOT PAID slip (copy) printed on {printer}</source>
        <translation>comprovante NÃO PAGO (cópia) impresso em {printer}</translation>
    </message>
    <message>
        <source>create request sent to KuPay</source>
        <translation>pedido de criação enviado ao KuPay</translation>
    </message>
</context>
</TS>
