<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
    <name>SaleScreen</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>Vale a partir da próxima vez que o caixa for aberto.</translation>
    </message>
</context>
</TS>
