<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Amount</name>
    <message>
        <source>KuPay does not accept the currency {currency}. Pick another currency.</source>
        <translation>KuPay no acepta la moneda {currency}. Elija otra moneda.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Type the amount as digits only, e.g. {example}.</source>
        <translation>Escriba el importe solo con cifras, p. ej. {example}.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type {amount}.</source>
        <translation>{currency_name}: sin decimales ni separadores; escriba {amount}.</translation>
    </message>
    <message>
        <source>Type an amount.</source>
        <translation>Escriba un importe.</translation>
    </message>
    <message>
        <source>That amount is too long. Type it as digits, e.g. {example}.</source>
        <translation>Ese importe es demasiado largo. Escríbalo con cifras, p. ej. {example}.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals or separators: type e.g. {example}.</source>
        <translation>{currency_name}: sin decimales ni separadores; escriba p. ej. {example}.</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type {amount}.</source>
        <translation>Use un solo separador, el de los decimales: escriba {amount}.</translation>
    </message>
    <message>
        <source>Use one separator, for the decimals: type e.g. 1234.50.</source>
        <translation>Use un solo separador, el de los decimales: escriba p. ej. 1234,50.</translation>
    </message>
    <message>
        <source>{currency_name} has no decimals: type whole amounts, e.g. {example}.</source>
        <translation>{currency_name} no tiene decimales: escriba importes enteros, p. ej. {example}.</translation>
    </message>
    <message>
        <source>Type {amount} without a separator, or use at most {decimals} decimals.</source>
        <translation>Escriba {amount} sin separador, o use como máximo {decimals} decimales.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals: type e.g. {example}.</source>
        <translation>Los importes en {currency} tienen como máximo {decimals} decimales: escriba p. ej. {example}.</translation>
    </message>
    <message>
        <source>That amount is too large. Check it, e.g. {example}.</source>
        <translation>Ese importe es demasiado alto. Revíselo, p. ej. {example}.</translation>
    </message>
    <message>
        <source>The amount must be at least {amount}.</source>
        <translation>El importe debe ser de al menos {amount}.</translation>
    </message>
    <message>
        <source>The amount is over this terminal&apos;s limit of {amount}. Check the amount.</source>
        <translation>El importe supera el límite de esta caja ({amount}). Revise el importe.</translation>
    </message>
    <message>
        <source>The amount is not a number. Type it again.</source>
        <translation>El importe no es un número. Vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>That amount is too large. Check it.</source>
        <translation>Ese importe es demasiado alto. Revíselo.</translation>
    </message>
    <message>
        <source>{currency} amounts have at most {decimals} decimals. Type the amount again.</source>
        <translation>Los importes en {currency} tienen como máximo {decimals} decimales. Vuelva a escribir el importe.</translation>
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
        <translation>Correo del cliente (opcional)</translation>
    </message>
    <message>
        <source>KuPay e-mails the payment link to this address</source>
        <translation>KuPay envía el enlace de pago a esta dirección</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Open the sales history</source>
        <translation>Abrir el historial de ventas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Borrar la última cifra (Retroceso)</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the amount and the e-mail (Escape)</source>
        <translation>Borrar el importe y el correo (Esc)</translation>
    </message>
    <message>
        <source>Type the amount to charge.</source>
        <translation>Escriba el importe a cobrar.</translation>
    </message>
    <message>
        <source>The e-mail address does not look right; fix it or leave it empty.</source>
        <translation>El correo no parece correcto; corríjalo o déjelo vacío.</translation>
    </message>
    <message>
        <source>Charge {amount}</source>
        <translation>Cobrar {amount}</translation>
    </message>
    <message>
        <source>Press Enter or Charge to show the QR code.</source>
        <translation>Pulse Intro o Cobrar para mostrar el código QR.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>Se usa a partir del próximo inicio de la caja.</translation>
    </message>
</context>
</TS>
