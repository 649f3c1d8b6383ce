<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>A point-of-sale terminal for KuPay crypto payments.</source>
        <translation>Una caja para cobrar con criptomonedas mediante KuPay.</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>documentación</translation>
    </message>
    <message>
        <source>Free software under the {licence}.</source>
        <translation>Software libre bajo la {licence}.</translation>
    </message>
    <message>
        <source>Password store</source>
        <translation>Almacén de contraseñas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro de ventas</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros técnicos</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Funciona con</translation>
    </message>
    <message>
        <source>(installed bundle)</source>
        <translation>(paquete instalado)</translation>
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
    <name>AmountDisplay</name>
    <message>
        <source>Amount {amount}</source>
        <translation>Importe {amount}</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>Time is up — waiting for KuPay’s final word</source>
        <translation>Se acabó el tiempo: esperando la respuesta final de KuPay</translation>
    </message>
    <message>
        <source>About {minutes} min left</source>
        <translation>Quedan unos {minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s left</source>
        <translation>Quedan {seconds} s</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Enter the API token from the KuPay admin panel.</source>
        <translation>Escriba el token de API del panel de KuPay.</translation>
    </message>
    <message>
        <source>This computer has no password store the terminal can use. You can use the token for this session only: it stays in memory and is asked for again after a restart.</source>
        <translation>Este ordenador no tiene un almacén de contraseñas que la caja pueda usar. Puede usar el token solo en esta sesión: queda en memoria y se pide de nuevo tras reiniciar.</translation>
    </message>
    <message>
        <source>The password store on this computer is locked or refused the terminal. Unlock it and try again, or use the token for this session only (it is asked for again after a restart).</source>
        <translation>El almacén de contraseñas de este ordenador está bloqueado o rechazó a la caja. Desbloquéelo y vuelva a intentarlo, o use el token solo en esta sesión (se pide de nuevo tras reiniciar).</translation>
    </message>
</context>
<context>
    <name>CustomerDisplay</name>
    <message>
        <source>Your total will appear here</source>
        <translation>Aquí aparecerá su total</translation>
    </message>
    <message>
        <source>Scan with your crypto wallet to pay</source>
        <translation>Escanee con su billetera cripto para pagar</translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Un momento, por favor…</translation>
    </message>
    <message>
        <source>Thank you — paid</source>
        <translation>Gracias: pagado</translation>
    </message>
    <message>
        <source>This payment was cancelled</source>
        <translation>Este pago se canceló</translation>
    </message>
    <message>
        <source>This payment has expired. If you have already paid, please tell the cashier.</source>
        <translation>Este pago ha vencido. Si ya pagó, avise al cajero.</translation>
    </message>
    <message>
        <source>This payment was refunded</source>
        <translation>Este pago se reembolsó</translation>
    </message>
    <message>
        <source>This payment did not go through</source>
        <translation>Este pago no se completó</translation>
    </message>
    <message>
        <source>Paid {amount}. Thank you.</source>
        <translation>Pagado {amount}. Gracias.</translation>
    </message>
    <message>
        <source>Not paid: {amount}. {line}.</source>
        <translation>No pagado: {amount}. {line}.</translation>
    </message>
    <message>
        <source>Amount to pay {amount}. {line}.</source>
        <translation>Importe a pagar {amount}. {line}.</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <source>The shop logo could not be read; the customer display shows the shop name only.</source>
        <translation>No se pudo leer el logotipo; la pantalla del cliente muestra solo el nombre de la tienda.</translation>
    </message>
    <message>
        <source>chosen screen</source>
        <translation>pantalla elegida</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is in a window here.</source>
        <translation>La pantalla del cliente ({screen}) no está conectada: se muestra en una ventana aquí.</translation>
    </message>
    <message>
        <source>The customer display&apos;s screen ({screen}) is not connected: it is hidden until it is back.</source>
        <translation>La pantalla del cliente ({screen}) no está conectada: queda oculta hasta que vuelva.</translation>
    </message>
    <message>
        <source>The customer display is back on its screen ({screen}).</source>
        <translation>La pantalla del cliente vuelve a estar en su pantalla ({screen}).</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>CustomerSection</name>
    <message>
        <source>Customer display and sounds</source>
        <translation>Pantalla del cliente y sonidos</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>A window (drag it where the customer can see it)</source>
        <translation>Una ventana (arrástrela donde el cliente la vea)</translation>
    </message>
    <message>
        <source>Screen: {screen}</source>
        <translation>Pantalla: {screen}</translation>
    </message>
    <message>
        <source>Screen: {screen} (not connected)</source>
        <translation>Pantalla: {screen} (no conectada)</translation>
    </message>
    <message>
        <source>Show it in a window on the cashier&apos;s screen</source>
        <translation>Mostrarla en una ventana en la pantalla del cajero</translation>
    </message>
    <message>
        <source>Hide it until the screen is back</source>
        <translation>Ocultarla hasta que vuelva la pantalla</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Play a sound when a sale is paid, and another when it is not</source>
        <translation>Sonido al pagarse una venta y otro cuando no</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volumen del sonido</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>The till&apos;s language</source>
        <translation>El idioma de la caja</translation>
    </message>
    <message>
        <source>When its screen is unplugged</source>
        <translation>Si se desconecta su pantalla</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <source>Between sales it shows the shop name from Receipts, this line and the logo.</source>
        <translation>Entre ventas muestra el nombre de la tienda (de Recibos), esta línea y el logotipo.</translation>
    </message>
    <message>
        <source>Welcome line</source>
        <translation>Línea de bienvenida</translation>
    </message>
    <message>
        <source>Logo (PNG or SVG)</source>
        <translation>Logotipo (PNG o SVG)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Shop logo for the customer display</source>
        <translation>Logotipo para la pantalla del cliente</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Imágenes (*.png *.svg)</translation>
    </message>
    <message>
        <source>Playing the paid sound…</source>
        <translation>Reproduciendo el sonido de pagado…</translation>
    </message>
    <message>
        <source>The sound could not be played.</source>
        <translation>No se pudo reproducir el sonido.</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Customer display</source>
        <translation>Pantalla del cliente</translation>
    </message>
    <message>
        <source>Shop logo</source>
        <translation>Logotipo de la tienda</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Amount to pay</source>
        <translation>Importe a pagar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagadas</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>Total cobrado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>No pagadas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
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
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Sales on {weekday} {day} {month} {year} (local time)</source>
        <translation>Ventas del {weekday} {day} de {month} de {year} (hora local)</translation>
    </message>
    <message>
        <source>No sales on this day.</source>
        <translation>No hay ventas este día.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s). Only paid sales count as money taken.</source>
        <translation>
            <numerusform>%Ln venta. Solo las ventas pagadas cuentan como dinero cobrado.</numerusform>
            <numerusform>%Ln ventas. Solo las ventas pagadas cuentan como dinero cobrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} still open or to be checked in KuPay&apos;s panel.</source>
        <translation>{count} aún abiertas o por revisar en el panel de KuPay.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and 1 copy.</source>
        <translation>Recibos impresos: {originals} y 1 copia.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals} and {copies} copies.</source>
        <translation>Recibos impresos: {originals} y {copies} copias.</translation>
    </message>
    <message>
        <source>Receipts printed: {originals}.</source>
        <translation>Recibos impresos: {originals}.</translation>
    </message>
    <message>
        <source>DEMO — sandbox sales, no real money</source>
        <translation>DEMO: ventas de prueba, sin dinero real</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>Impreso el {time} (hora local)</translation>
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
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>{title} — all tills</source>
        <translation>{title} — todas las cajas</translation>
    </message>
    <message>
        <source>Shop total (all tills)</source>
        <translation>Total de la tienda (todas las cajas)</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>KuPay made the payment, but this computer could not save the sale. The customer can pay; tell the owner the journal needs attention.</source>
        <translation>KuPay creó el pago, pero este ordenador no pudo guardar la venta. El cliente puede pagar; avise al propietario de que el registro necesita atención.</translation>
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
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payment ID</source>
        <translation>ID de pago</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Todas las cajas</translation>
    </message>
    <message>
        <source>KuPay id</source>
        <translation>ID de KuPay</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The sales journal could not be read: {reason}</source>
        <translation>No se pudo leer el registro de ventas: {reason}</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Sales history</source>
        <translation>Historial de ventas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search order number</source>
        <translation>Buscar número de pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln venta</numerusform>
            <numerusform>%Ln ventas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KuPayError</name>
    <message>
        <source>The terminal cannot find KuPay&apos;s server. Check the internet connection and the KuPay address.</source>
        <translation>La caja no encuentra el servidor de KuPay. Revise la conexión a internet y la dirección de KuPay.</translation>
    </message>
    <message>
        <source>KuPay&apos;s server refused the connection. Check the KuPay address in Settings, then try again.</source>
        <translation>El servidor de KuPay rechazó la conexión. Revise la dirección de KuPay en Ajustes y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KuPay is taking too long to answer. Check the connection and try again.</source>
        <translation>KuPay tarda demasiado en responder. Revise la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to KuPay failed. Check the computer&apos;s date and time, then try again.</source>
        <translation>Falló la conexión segura con KuPay. Revise la fecha y la hora del ordenador y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to KuPay was cut off. Check the connection and try again.</source>
        <translation>Se cortó la conexión con KuPay. Revise la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KuPay&apos;s address sent the terminal elsewhere. Ask the owner to check the KuPay address in Settings.</source>
        <translation>La dirección de KuPay redirige a otro sitio. Pida al propietario que revise la dirección de KuPay en Ajustes.</translation>
    </message>
    <message>
        <source>The KuPay address is empty. Ask the owner to set it in Settings.</source>
        <translation>Falta la dirección de KuPay. Pida al propietario que la indique en Ajustes.</translation>
    </message>
    <message>
        <source>The KuPay address is not a valid web address. Ask the owner to fix it in Settings.</source>
        <translation>La dirección de KuPay no es una dirección web válida. Pida al propietario que la corrija en Ajustes.</translation>
    </message>
    <message>
        <source>KuPay&apos;s address for new payments was not found. Ask the owner to check the KuPay address in Settings.</source>
        <translation>No se encontró la dirección de KuPay para pagos nuevos. Pida al propietario que revise la dirección de KuPay en Ajustes.</translation>
    </message>
    <message>
        <source>That address does not answer like KuPay. Ask the owner to check the KuPay address in Settings.</source>
        <translation>Esa dirección no responde como KuPay. Pida al propietario que revise la dirección de KuPay en Ajustes.</translation>
    </message>
    <message>
        <source>KuPay answered with a web page instead of data. Please try again in a moment.</source>
        <translation>KuPay respondió con una página web en lugar de datos. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>KuPay refused this payment request: {reason}. Check it, then try again.</source>
        <translation>KuPay rechazó esta solicitud de pago: {reason}. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KuPay does not accept the currency {currency}.</source>
        <translation>KuPay no acepta la moneda {currency}.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>No API token is set. Ask the owner to add it in Settings.</source>
        <translation>No hay ningún token de API. Pida al propietario que lo añada en Ajustes.</translation>
    </message>
    <message>
        <source>The payment service did not answer as expected. Please try again.</source>
        <translation>El servicio de pago no respondió como se esperaba. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The KuPay address must start with https://. Ask the owner to fix it in Settings.</source>
        <translation>La dirección de KuPay debe empezar por https://. Pida al propietario que la corrija en Ajustes.</translation>
    </message>
    <message>
        <source>KuPay did not accept the API token. Ask the owner to check it in Settings.</source>
        <translation>KuPay no aceptó el token de API. Pida al propietario que lo revise en Ajustes.</translation>
    </message>
    <message>
        <source>KuPay does not know this payment. Check the order in the KuPay admin panel.</source>
        <translation>KuPay no conoce este pago. Revise el pedido en el panel de KuPay.</translation>
    </message>
    <message>
        <source>KuPay is busy. Waiting a moment before trying again.</source>
        <translation>KuPay está ocupado. Esperando un momento antes de reintentar.</translation>
    </message>
    <message>
        <source>KuPay refused this payment request. Check the amount and currency, then try again.</source>
        <translation>KuPay rechazó esta solicitud de pago. Revise el importe y la moneda y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KuPay had a problem on its side. Please try again in a moment.</source>
        <translation>KuPay tuvo un problema por su parte. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not reach KuPay. Check the internet connection, then try again.</source>
        <translation>No se pudo contactar con KuPay. Revise la conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KuPay sent an answer the terminal cannot read. Please try again.</source>
        <translation>KuPay envió una respuesta que la caja no puede leer. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>KuPay sent a payment link this terminal will not show, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>KuPay envió un enlace de pago que esta caja no muestra, así que no se mostró ningún código QR. El propietario debe revisar esta venta en el panel de KuPay.</translation>
    </message>
    <message>
        <source>KuPay answered with the payment of another sale, so no QR code was shown. The owner should check this sale in KuPay&apos;s panel.</source>
        <translation>KuPay respondió con el pago de otra venta, así que no se mostró ningún código QR. El propietario debe revisar esta venta en el panel de KuPay.</translation>
    </message>
</context>
<context>
    <name>KuPaySaid</name>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>esperando al cliente</translation>
    </message>
    <message>
        <source>payment seen, confirming</source>
        <translation>pago visto, confirmando</translation>
    </message>
    <message>
        <source>partly paid</source>
        <translation>pagado en parte</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsado</translation>
    </message>
    <message>
        <source>“{word}”</source>
        <translation>«{word}»</translation>
    </message>
</context>
<context>
    <name>LastSale</name>
    <message>
        <source>Last sale: {order} · {amount} · {state}</source>
        <translation>Última venta: {order} · {amount} · {state}</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>KuPay POS is already open on this computer. Use the window that is already open (one till per data folder, so two windows never hand out the same order number).</source>
        <translation>KuPay POS ya está abierto en este ordenador. Use la ventana que ya está abierta (una caja por carpeta de datos, para que dos ventanas nunca den el mismo número de pedido).</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>Something went wrong inside the terminal. The details were saved in the support log.</source>
        <translation>Algo falló dentro de la caja. Los detalles se guardaron en el registro de soporte.</translation>
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
        <translation>Propietario</translation>
    </message>
    <message>
        <source>DEMO · no real money</source>
        <translation>DEMO · sin dinero real</translation>
    </message>
    <message>
        <source>Payments go to the built-in sandbox inside this app; nothing is charged.</source>
        <translation>Los pagos van al entorno de pruebas de esta aplicación; no se cobra nada.</translation>
    </message>
    <message>
        <source>Payments and the API token go to this address, not KuPay&apos;s own.</source>
        <translation>Los pagos y el token de API van a esta dirección, no a la de KuPay.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Recent sales: did the last one go through?</source>
        <translation>Ventas recientes: ¿se pagó la última?</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <source>Today&apos;s totals per currency</source>
        <translation>Totales de hoy por moneda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Owner settings (PIN)</source>
        <translation>Ajustes del propietario (PIN)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About KuPay POS</source>
        <translation>Acerca de KuPay POS</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}). Enter the owner PIN to use it.</source>
        <translation>Esta caja se inició con otra dirección de KuPay ({host}). Escriba el PIN del propietario para usarla.</translation>
    </message>
    <message>
        <source>This till was started with another KuPay address ({host}) without the owner PIN, so it takes no payments. Start KuPay POS without --api-url, or ask the owner.</source>
        <translation>Esta caja se inició con otra dirección de KuPay ({host}) sin el PIN del propietario, así que no cobra. Inicie KuPay POS sin --api-url o avise al propietario.</translation>
    </message>
    <message>
        <source>The sales journal was damaged and has been set aside as {file}. A fresh journal was started; the old file is kept for the owner.</source>
        <translation>El registro de ventas estaba dañado y se ha apartado como {file}. Se empezó uno nuevo; el archivo antiguo se guarda para el propietario.</translation>
    </message>
    <message>
        <source>The terminal cannot take payments yet.</source>
        <translation>La caja todavía no puede cobrar.</translation>
    </message>
    <message>
        <source>✓ Order {order} ({amount}) was paid.</source>
        <translation>✓ El pedido {order} ({amount}) se pagó.</translation>
    </message>
    <message>
        <source>! Order {order}: outcome unknown. The owner should check it in KuPay&apos;s panel.</source>
        <translation>! Pedido {order}: resultado desconocido. El propietario debe revisarlo en el panel de KuPay.</translation>
    </message>
    <message>
        <source>The terminal is not set up yet. Ask the owner.</source>
        <translation>La caja aún no está configurada. Avise al propietario.</translation>
    </message>
    <message>
        <source>This terminal has no KuPay API token yet.

The setup screen is not available in this build: store the token in the system keyring (service kupay-pos, user api-token), or try the terminal with `python main.py --demo`.</source>
        <translation>Esta caja todavía no tiene token de API de KuPay.

La pantalla de configuración no está disponible en esta versión: guarde el token en el llavero del sistema (servicio kupay-pos, usuario api-token) o pruebe la caja con `python main.py --demo`.</translation>
    </message>
    <message>
        <source>History is not available in this build.</source>
        <translation>El historial no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>That could not be opened: {reason}</source>
        <translation>No se pudo abrir: {reason}</translation>
    </message>
    <message>
        <source>The end-of-day report is not available in this build.</source>
        <translation>El cierre del día no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Settings are not available in this build.</source>
        <translation>Los ajustes no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Saved. {names}: from the next start of the terminal. Everything else applies now.</source>
        <translation>Guardado. {names}: a partir del próximo inicio de la caja. Todo lo demás se aplica ya.</translation>
    </message>
    <message>
        <source>KuPay POS — a point-of-sale terminal for KuPay.</source>
        <translation>KuPay POS — una caja para cobrar con KuPay.</translation>
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
        <translation>Visto: quitar este aviso</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The payment expired.</source>
        <translation>El pago venció.</translation>
    </message>
    <message>
        <source>If the customer already paid, wait — it can still arrive. It is checked in History.</source>
        <translation>Si el cliente ya pagó, espere: aún puede llegar. Se sigue comprobando en el Historial.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>El pago se canceló.</translation>
    </message>
    <message>
        <source>Start a new sale if the customer still wants to pay.</source>
        <translation>Empiece una venta nueva si el cliente aún quiere pagar.</translation>
    </message>
    <message>
        <source>The payment was refunded.</source>
        <translation>El pago se reembolsó.</translation>
    </message>
    <message>
        <source>Nothing was received for this sale.</source>
        <translation>No se recibió nada por esta venta.</translation>
    </message>
    <message>
        <source>Start a new sale to let the customer try again.</source>
        <translation>Empiece una venta nueva para que el cliente lo intente otra vez.</translation>
    </message>
    <message>
        <source>The payment failed (KuPay says “{word}”).</source>
        <translation>El pago falló (KuPay dice «{word}»).</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>El pago falló.</translation>
    </message>
</context>
<context>
    <name>OutcomeFeedback</name>
    <message>
        <source>Paid {amount}. Order {order}.</source>
        <translation>Pagado {amount}. Pedido {order}.</translation>
    </message>
    <message>
        <source>Not paid: {amount}. Order {order}.</source>
        <translation>No pagado: {amount}. Pedido {order}.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Creating payment…</source>
        <translation>Creando el pago…</translation>
    </message>
    <message>
        <source>The payment was not created</source>
        <translation>No se creó el pago</translation>
    </message>
    <message>
        <source>Open payment page</source>
        <translation>Abrir la página de pago</translation>
    </message>
    <message>
        <source>Demo: pay this sale in the browser on this computer</source>
        <translation>Demo: pague esta venta en el navegador de este ordenador</translation>
    </message>
    <message>
        <source>Show to customer</source>
        <translation>Mostrar al cliente</translation>
    </message>
    <message>
        <source>F2 or Space. Only one screen? Turn it round: the customer sees the amount and the QR code.</source>
        <translation>F2 o Espacio. ¿Solo una pantalla? Gírela: el cliente ve el importe y el código QR.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Check now  (F5)</source>
        <translation>Comprobar ahora  (F5)</translation>
    </message>
    <message>
        <source>Ask KuPay right away whether this sale is paid</source>
        <translation>Preguntar ya a KuPay si esta venta está pagada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Venta nueva</translation>
    </message>
    <message>
        <source>No QR code — nothing to pay yet</source>
        <translation>Sin código QR: aún no hay nada que pagar</translation>
    </message>
    <message>
        <source>Payment link e-mailed to {email}</source>
        <translation>Enlace de pago enviado a {email}</translation>
    </message>
    <message>
        <source>Stopped checking: ask the owner</source>
        <translation>Comprobación detenida: avise al propietario</translation>
    </message>
    <message>
        <source>The sale is kept in History.</source>
        <translation>La venta queda en el Historial.</translation>
    </message>
    <message>
        <source>Back to the keypad</source>
        <translation>Volver al teclado</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Waiting {time}</source>
        <translation>Esperando {time}</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Waiting for the customer…</source>
        <translation>Esperando al cliente…</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>Conexión perdida: reintentando…</translation>
    </message>
    <message>
        <source>Payment seen, waiting for confirmation…</source>
        <translation>Pago recibido, esperando confirmación…</translation>
    </message>
    <message>
        <source>Partly paid — waiting for the rest</source>
        <translation>Pagado en parte: esperando el resto</translation>
    </message>
    <message>
        <source>KuPay says “{word}”</source>
        <translation>KuPay dice «{word}»</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner PIN</source>
        <translation>PIN del propietario</translation>
    </message>
    <message>
        <source>Settings are for the shop owner. Enter the owner PIN.</source>
        <translation>Los ajustes son para el propietario. Escriba el PIN del propietario.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en {seconds} segundos.</translation>
    </message>
</context>
<context>
    <name>PrinterAddress</name>
    <message>
        <source>The printer address “{uri}” {why}.</source>
        <translation>La dirección de impresora «{uri}» {why}.</translation>
    </message>
    <message>
        <source>is not one KuPay POS understands: start it with {schemes}</source>
        <translation>no es una que KuPay POS entienda: empiécela por {schemes}</translation>
    </message>
    <message>
        <source>needs its kind in front: for a network printer write tcp://{address}</source>
        <translation>necesita su tipo delante: para una impresora de red escriba tcp://{address}</translation>
    </message>
    <message>
        <source>has a port that is not a number from 1 to 65535</source>
        <translation>tiene un puerto que no es un número de 1 a 65535</translation>
    </message>
    <message>
        <source>names no printer: write tcp://192.168.1.50:9100</source>
        <translation>no indica ninguna impresora: escriba tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>needs the printer&apos;s USB ids in hex, for example usb://04b8:0202</source>
        <translation>necesita los ID USB de la impresora en hexadecimal, por ejemplo usb://04b8:0202</translation>
    </message>
    <message>
        <source>names no serial port: write serial:///dev/ttyUSB0?baudrate=9600 or serial://COM3</source>
        <translation>no indica ningún puerto serie: escriba serial:///dev/ttyUSB0?baudrate=9600 o serial://COM3</translation>
    </message>
    <message>
        <source>has a baud rate the printer cannot use: one of {rates}</source>
        <translation>tiene una velocidad que la impresora no admite: use una de {rates}</translation>
    </message>
    <message>
        <source>needs a full path, for example {example}</source>
        <translation>necesita una ruta completa, por ejemplo {example}</translation>
    </message>
    <message>
        <source>names no printer: write {scheme}://PRINTER NAME</source>
        <translation>no indica ninguna impresora: escriba {scheme}://NOMBRE DE IMPRESORA</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>QR code of the payment link</source>
        <translation>Código QR del enlace de pago</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Paid with crypto via KuPay</source>
        <translation>Pagado con cripto mediante KuPay</translation>
    </message>
    <message>
        <source>Crypto payment via KuPay, not received</source>
        <translation>Pago cripto mediante KuPay, no recibido</translation>
    </message>
    <message>
        <source>Scan to look up this payment</source>
        <translation>Escanee para consultar este pago</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPIA</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAGADO</translation>
    </message>
    <message>
        <source>NOT PAID</source>
        <translation>NO PAGADO</translation>
    </message>
    <message>
        <source>No payment was received.</source>
        <translation>No se recibió ningún pago.</translation>
    </message>
    <message>
        <source>This is not a receipt.</source>
        <translation>Esto no es un recibo.</translation>
    </message>
    <message>
        <source>KuPay payment id</source>
        <translation>ID de pago de KuPay</translation>
    </message>
    <message>
        <source>Receipts cannot be saved in {folder} — check that the folder exists and may be written to</source>
        <translation>No se pueden guardar recibos en {folder}: compruebe que la carpeta existe y admite escritura</translation>
    </message>
    <message>
        <source>This computer has no printer called “{printer}” — choose one in Settings › Receipts</source>
        <translation>Este ordenador no tiene ninguna impresora llamada «{printer}»: elija una en Ajustes › Recibos</translation>
    </message>
    <message>
        <source>This computer has no printer set up — add one, or choose another in Settings › Receipts</source>
        <translation>Este ordenador no tiene impresora configurada: añada una o elija otra en Ajustes › Recibos</translation>
    </message>
    <message>
        <source>The receipt could not be written to {file} — check the disk has room</source>
        <translation>No se pudo escribir el recibo en {file}: compruebe que hay espacio en el disco</translation>
    </message>
    <message>
        <source>The printer {printer} cannot print now — check it is on and has paper</source>
        <translation>La impresora {printer} no puede imprimir ahora: compruebe que está encendida y tiene papel</translation>
    </message>
    <message>
        <source>The receipt printer is not answering — check it is on and has paper</source>
        <translation>La impresora de recibos no responde: compruebe que está encendida y tiene papel</translation>
    </message>
    <message>
        <source>No receipt printer is set up — the owner can choose one in Settings › Receipts</source>
        <translation>No hay impresora de recibos: el propietario puede elegir una en Ajustes › Recibos</translation>
    </message>
    <message>
        <source>{problem}; the sale is paid.</source>
        <translation>{problem}; la venta está pagada.</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>This computer lacks the driver for that printer ({driver}) — see the README</source>
        <translation>A este ordenador le falta el controlador de esa impresora ({driver}): consulte el README</translation>
    </message>
    <message>
        <source>This computer is not allowed to use the receipt printer — for USB and serial printers see the README&apos;s printer notes</source>
        <translation>Este ordenador no tiene permiso para usar la impresora de recibos: para impresoras USB y serie, vea las notas del README</translation>
    </message>
    <message>
        <source>The receipt could not be printed — check the printer in Settings › Receipts</source>
        <translation>No se pudo imprimir el recibo: revise la impresora en Ajustes › Recibos</translation>
    </message>
    <message>
        <source>The receipt printer is offline — check its cover is closed and it has paper</source>
        <translation>La impresora de recibos está desconectada: compruebe que la tapa está cerrada y que tiene papel</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper — put in a new roll and press Retry</source>
        <translation>La impresora de recibos no tiene papel: ponga un rollo nuevo y pulse Reintentar</translation>
    </message>
    <message>
        <source>There is no printer at {path} — check it is plugged in and switched on</source>
        <translation>No hay ninguna impresora en {path}: compruebe que está conectada y encendida</translation>
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
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Print NOT PAID slip (P)</source>
        <translation>Imprimir comprobante NO PAGADO (P)</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>Imprimiendo recibo…</translation>
    </message>
    <message>
        <source>Print a copy (P)</source>
        <translation>Imprimir una copia (P)</translation>
    </message>
</context>
<context>
    <name>ReceiptDesk</name>
    <message>
        <source>Receipt copy printed ({where}).</source>
        <translation>Copia del recibo impresa ({where}).</translation>
    </message>
    <message>
        <source>Receipt printed ({where}).</source>
        <translation>Recibo impreso ({where}).</translation>
    </message>
    <message>
        <source>NOT PAID slip copy printed ({where}).</source>
        <translation>Copia del comprobante NO PAGADO impresa ({where}).</translation>
    </message>
    <message>
        <source>NOT PAID slip printed ({where}).</source>
        <translation>Comprobante NO PAGADO impreso ({where}).</translation>
    </message>
    <message>
        <source>Reprint it from History.</source>
        <translation>Reimprímalo desde el Historial.</translation>
    </message>
    <message>
        <source>That sale is not in this terminal&apos;s journal.</source>
        <translation>Esa venta no está en el registro de esta caja.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Recibo impreso.</translation>
    </message>
</context>
<context>
    <name>ReceiptSettings</name>
    <message>
        <source>Choose the paper: {papers}.</source>
        <translation>Elija el papel: {papers}.</translation>
    </message>
    <message>
        <source>“{name}” is not a printer model python-escpos knows; leave it empty.</source>
        <translation>«{name}» no es un modelo de impresora que python-escpos conozca; déjelo vacío.</translation>
    </message>
    <message>
        <source>The shop name can have at most {count} characters.</source>
        <translation>El nombre de la tienda puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>A receipt has room for at most {count} lines here.</source>
        <translation>Un recibo admite aquí como máximo {count} líneas.</translation>
    </message>
    <message>
        <source>Each line can have at most {count} characters.</source>
        <translation>Cada línea puede tener como máximo {count} caracteres.</translation>
    </message>
</context>
<context>
    <name>ReceiptSettingsGroup</name>
    <message>
        <source>Leave empty for no receipts. Network: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://QUEUE · win32://PRINTER NAME · system://PRINTER NAME (empty name: the default printer) · pdf:///folder (one PDF per receipt)</source>
        <translation>Déjelo vacío para no imprimir recibos. Red: tcp://192.168.1.50:9100 · USB: usb://04b8:0202 · serie: serial:///dev/ttyUSB0?baudrate=9600 · file:///dev/usb/lp0 · cups://COLA · win32://NOMBRE DE IMPRESORA · system://NOMBRE DE IMPRESORA (sin nombre: la impresora predeterminada) · pdf:///carpeta (un PDF por recibo)</translation>
    </message>
    <message>
        <source>Generic ESC/POS printer</source>
        <translation>Impresora ESC/POS genérica</translation>
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
        <translation>Impresora de recibos</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The printer model, where it matters: its code pages and whether it draws QR codes</source>
        <translation>El modelo de impresora, cuando importa: sus páginas de códigos y si dibuja códigos QR</translation>
    </message>
    <message>
        <source>Printer model</source>
        <translation>Modelo de impresora</translation>
    </message>
    <message>
        <source>Print a receipt automatically when a sale is paid</source>
        <translation>Imprimir un recibo automáticamente al pagarse una venta</translation>
    </message>
    <message>
        <source>QR code on the receipt to look the payment up</source>
        <translation>Código QR en el recibo para consultar el pago</translation>
    </message>
    <message>
        <source>Corner Café</source>
        <translation>Café de la Esquina</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>Up to 4 lines: address, phone, tax number</source>
        <translation>Hasta 4 líneas: dirección, teléfono, NIF</translation>
    </message>
    <message>
        <source>Top lines</source>
        <translation>Líneas superiores</translation>
    </message>
    <message>
        <source>Up to 4 lines, e.g. Thank you!</source>
        <translation>Hasta 4 líneas, p. ej. ¡Gracias!</translation>
    </message>
    <message>
        <source>Bottom lines</source>
        <translation>Líneas inferiores</translation>
    </message>
    <message>
        <source>Print test receipt</source>
        <translation>Imprimir recibo de prueba</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Imprimiendo un recibo de prueba…</translation>
    </message>
    <message>
        <source>Test receipt printed ({where}).</source>
        <translation>Recibo de prueba impreso ({where}).</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>End of day — DEMO</source>
        <translation>Cierre del día — DEMO</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>All tills</source>
        <translation>Todas las cajas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Printed {time} (local time)</source>
        <translation>Impreso el {time} (hora local)</translation>
    </message>
    <message>
        <source>Print the end-of-day report</source>
        <translation>Imprimir el cierre del día</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {file}.</source>
        <translation>No se pudo escribir el PDF en {file}.</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Guardado {file}.</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>No pagado</translation>
    </message>
    <message>
        <source>Needs check</source>
        <translation>Hay que revisarlo</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pedido {order}</translation>
    </message>
    <message>
        <source>Press any key or tap for the next sale</source>
        <translation>Pulse una tecla o toque para la siguiente venta</translation>
    </message>
    <message>
        <source>new sale in {seconds} s</source>
        <translation>venta nueva en {seconds} s</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>KuPay said</source>
        <translation>KuPay dijo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Check status now</source>
        <translation>Comprobar estado ahora</translation>
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
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Printing receipt…</source>
        <translation>Imprimiendo recibo…</translation>
    </message>
    <message>
        <source>Asking KuPay…</source>
        <translation>Consultando a KuPay…</translation>
    </message>
    <message>
        <source>KuPay says: {word}.</source>
        <translation>KuPay dice: {word}.</translation>
    </message>
    <message>
        <source>KuPay gave no status word.</source>
        <translation>KuPay no dio ningún estado.</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>The sale could not be saved on this computer, so nothing was sent. Try again; if it keeps failing, ask the owner.</source>
        <translation>No se pudo guardar la venta en este ordenador, así que no se envió nada. Vuelva a intentarlo; si sigue fallando, avise al propietario.</translation>
    </message>
    <message>
        <source>Something went wrong while sending the sale. Try again; if it keeps failing, ask the owner.</source>
        <translation>Algo salió mal al enviar la venta. Inténtelo de nuevo; si sigue fallando, avise al dueño.</translation>
    </message>
    <message>
        <source>Do not hand over the goods until the owner has checked this sale in KuPay&apos;s panel.</source>
        <translation>No entregue la mercancía hasta que el propietario haya revisado esta venta en el panel de KuPay.</translation>
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
        <translation>Escriba las letras de la moneda (E U R) o use ↑ ↓ para recorrerlas; Alt+C abre la lista</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
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
    <name>SaleState</name>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>No pagado</translation>
    </message>
    <message>
        <source>Cancelled at the till</source>
        <translation>Cancelado en caja</translation>
    </message>
    <message>
        <source>Needs checking</source>
        <translation>Hay que revisarlo</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Cancelled — may have reached KuPay</source>
        <translation>Cancelado: quizá llegó a KuPay</translation>
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
        <translation>Caja 1</translation>
    </message>
    <message>
        <source>Enter the KuPay API address, for example https://api.kupay.finance/v1/.</source>
        <translation>Escriba la dirección de la API de KuPay, por ejemplo https://api.kupay.finance/v1/.</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// and name a server.</source>
        <translation>La dirección de la API de KuPay debe empezar por https:// e indicar un servidor.</translation>
    </message>
    <message>
        <source>The KuPay API address must start with https:// (plain http:// is only allowed to this computer).</source>
        <translation>La dirección de la API de KuPay debe empezar por https:// (http:// solo se permite hacia este ordenador).</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain a user name or password.</source>
        <translation>La dirección de la API de KuPay no puede contener un usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The KuPay API address must not contain ? or #.</source>
        <translation>La dirección de la API de KuPay no puede contener ? ni #.</translation>
    </message>
    <message>
        <source>The shop&apos;s website</source>
        <translation>La web de la tienda</translation>
    </message>
    <message>
        <source>The payment updates address</source>
        <translation>La dirección de avisos de pago</translation>
    </message>
    <message>
        <source>The smallest sale</source>
        <translation>La venta mínima</translation>
    </message>
    <message>
        <source>The largest sale</source>
        <translation>La venta máxima</translation>
    </message>
    <message>
        <source>{what} must be a full address starting with https://, for example https://myshop.com/.</source>
        <translation>{what}: debe ser una dirección completa que empiece por https://, por ejemplo https://myshop.com/.</translation>
    </message>
    <message>
        <source>Give this terminal a name, for example Till 1.</source>
        <translation>Dé un nombre a esta caja, por ejemplo Caja 1.</translation>
    </message>
    <message>
        <source>The terminal name can have at most {count} characters.</source>
        <translation>El nombre de la caja puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>The order-number prefix can have at most {count} characters.</source>
        <translation>El prefijo del número de pedido puede tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>The order-number prefix may use only letters, digits and - _ / .</source>
        <translation>El prefijo del número de pedido solo admite letras, cifras y - _ / .</translation>
    </message>
    <message>
        <source>KuPay does not accept {currency}; choose one of {currencies}.</source>
        <translation>KuPay no acepta {currency}; elija una de {currencies}.</translation>
    </message>
    <message>
        <source>{what} must be a number, for example 1.00, or left empty.</source>
        <translation>{what}: debe ser un número, por ejemplo 1.00, o quedar vacío.</translation>
    </message>
    <message>
        <source>{what} must be more than zero, or left empty.</source>
        <translation>{what}: debe ser mayor que cero o quedar vacío.</translation>
    </message>
    <message>
        <source>The minimum amount must not be more than the maximum amount.</source>
        <translation>El importe mínimo no puede ser mayor que el máximo.</translation>
    </message>
    <message>
        <source>The owner PIN must be {shortest} to {longest} digits.</source>
        <translation>El PIN del propietario debe tener de {shortest} a {longest} cifras.</translation>
    </message>
    <message>
        <source>Some settings could not be used and were set back to their defaults ({names}). Check them in Settings.</source>
        <translation>Algunos ajustes no se podían usar y volvieron a su valor por defecto ({names}). Revíselos en Ajustes.</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings.</source>
        <translation>{problem}; la caja usa los ajustes por defecto.</translation>
    </message>
    <message>
        <source>{problem}; the terminal is using the default settings. The old file was kept as {file}.</source>
        <translation>{problem}; la caja usa los ajustes por defecto. El archivo antiguo se guardó como {file}.</translation>
    </message>
    <message>
        <source>The settings file could not be read</source>
        <translation>No se pudo leer el archivo de ajustes</translation>
    </message>
    <message>
        <source>The settings file is damaged</source>
        <translation>El archivo de ajustes está dañado</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>An API token is saved in this computer&apos;s password store.</source>
        <translation>Hay un token de API guardado en el almacén de contraseñas de este ordenador.</translation>
    </message>
    <message>
        <source>The API token is held for this session only (no password store): it is asked for after a restart.</source>
        <translation>El token de API solo se guarda durante esta sesión (no hay almacén de contraseñas): se pedirá tras reiniciar.</translation>
    </message>
    <message>
        <source>No API token is saved. Payments cannot be taken until one is added.</source>
        <translation>No hay token de API guardado. No se puede cobrar hasta añadir uno.</translation>
    </message>
    <message>
        <source>The API token will be removed when you press Save.</source>
        <translation>El token de API se eliminará al pulsar Guardar.</translation>
    </message>
    <message>
        <source>The new API token will be saved when you press Save.</source>
        <translation>El nuevo token de API se guardará al pulsar Guardar.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Ese PIN no es correcto. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>https://api.kupay.finance/v1/</source>
        <translation>https://api.kupay.finance/v1/</translation>
    </message>
    <message>
        <source>Checking the password store…</source>
        <translation>Comprobando el almacén de contraseñas…</translation>
    </message>
    <message>
        <source>Paste a new API token to replace the saved one</source>
        <translation>Pegue un token de API nuevo para sustituir el guardado</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Quitar token</translation>
    </message>
    <message>
        <source>KuPay API address</source>
        <translation>Dirección de la API de KuPay</translation>
    </message>
    <message>
        <source>In use now, given with --api-url when the terminal started. Type another address to use it from now on and at every start.</source>
        <translation>En uso ahora, indicada con --api-url al iniciar la caja. Escriba otra dirección para usarla desde ahora y en cada inicio.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
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
        <translation>Moneda por defecto</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>Web de la tienda</translation>
    </message>
    <message>
        <source>Customers return here after paying or cancelling.</source>
        <translation>Los clientes vuelven aquí tras pagar o cancelar.</translation>
    </message>
    <message>
        <source>Payment updates address</source>
        <translation>Dirección de avisos de pago</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Empty: the shop website.</source>
        <translation>Adonde KuPay envía los avisos de pago para su tienda web. Vacío: la web de la tienda.</translation>
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
        <translation>Solo si esta red sale a internet a través de un proxy: el HTTPS hacia KuPay pasa por él, cifrado de extremo a extremo.</translation>
    </message>
    <message>
        <source>pay.example.com  (optional)</source>
        <translation>pay.example.com  (opcional)</translation>
    </message>
    <message>
        <source>Other payment-page hosts</source>
        <translation>Otros hosts de páginas de pago</translation>
    </message>
    <message>
        <source>QR codes lead only to KuPay&apos;s own pages (*.kupay.finance) and the API&apos;s host; add another host only if KuPay tells you to.</source>
        <translation>Los códigos QR solo llevan a las páginas de KuPay (*.kupay.finance) y al host de la API; añada otro host solo si KuPay se lo indica.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stay until tapped</source>
        <translation>Quedarse hasta tocar</translation>
    </message>
    <message>
        <source>Start in full screen</source>
        <translation>Iniciar en pantalla completa</translation>
    </message>
    <message>
        <source>Cents first on the keypad</source>
        <translation>Céntimos primero en el teclado</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal.</source>
        <translation>Escribir 1250 muestra 12.50, como en un datáfono.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>Nombre de la caja</translation>
    </message>
    <message>
        <source>Order-number prefix</source>
        <translation>Prefijo del número de pedido</translation>
    </message>
    <message>
        <source>Check payment every</source>
        <translation>Comprobar el pago cada</translation>
    </message>
    <message>
        <source>Back to the keypad after</source>
        <translation>Volver al teclado tras</translation>
    </message>
    <message>
        <source>Typing 1250 shows 12.50, like a card terminal. Off: type 12.50 with a point.</source>
        <translation>Escribir 1250 muestra 12.50, como en un datáfono. Desactivado: escriba 12.50 con el separador.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Used from the next start of the terminal.</source>
        <translation>Se usa a partir del próximo inicio de la caja.</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>sin mínimo</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>sin máximo</translation>
    </message>
    <message>
        <source>Limits for</source>
        <translation>Límites para</translation>
    </message>
    <message>
        <source>Smallest sale</source>
        <translation>Venta mínima</translation>
    </message>
    <message>
        <source>Largest sale</source>
        <translation>Venta máxima</translation>
    </message>
    <message>
        <source>In the currency above. Empty: no limit.</source>
        <translation>En la moneda de arriba. Vacío: sin límite.</translation>
    </message>
    <message>
        <source>No limits: any amount above zero (up to 1,000,000) in every currency.</source>
        <translation>Sin límites: cualquier importe mayor que cero (hasta 1 000 000) en todas las monedas.</translation>
    </message>
    <message>
        <source>{currency} from {amount}</source>
        <translation>{currency} desde {amount}</translation>
    </message>
    <message>
        <source>{currency} up to {amount}</source>
        <translation>{currency} hasta {amount}</translation>
    </message>
    <message>
        <source>Limits set: {limits}. Other currencies: none.</source>
        <translation>Límites: {limits}. Otras monedas: ninguno.</translation>
    </message>
    <message>
        <source>A PIN protects these settings from cashiers.</source>
        <translation>Un PIN protege estos ajustes de los cajeros.</translation>
    </message>
    <message>
        <source>No PIN: anyone at the till can open Settings.</source>
        <translation>Sin PIN: cualquiera en la caja puede abrir los Ajustes.</translation>
    </message>
    <message>
        <source>New PIN ({shortest}–{longest} digits)</source>
        <translation>PIN nuevo ({shortest}–{longest} cifras)</translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation>Escriba de nuevo el PIN nuevo</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Quitar el PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <source>Demo: these settings are kept apart from your shop&apos;s (demo-settings.json), and payments always go to the built-in sandbox. Try anything here.</source>
        <translation>Demo: estos ajustes se guardan aparte de los de su tienda (demo-settings.json) y los pagos siempre van al entorno de pruebas. Pruebe lo que quiera.</translation>
    </message>
    <message>
        <source>KuPay connection</source>
        <translation>Conexión con KuPay</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>Shop database</source>
        <translation>Base de datos de la tienda</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Importes</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN del propietario</translation>
    </message>
    <message>
        <source>Use the new token for this session only</source>
        <translation>Usar el token nuevo solo en esta sesión</translation>
    </message>
    <message>
        <source>The password store could not be read.</source>
        <translation>No se pudo leer el almacén de contraseñas.</translation>
    </message>
    <message>
        <source>Keep token</source>
        <translation>Conservar token</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escriba el PIN nuevo dos veces.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>No se pudieron guardar los ajustes en el disco de este ordenador. Compruebe el espacio libre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The settings could not be saved. Please try again.</source>
        <translation>No se pudieron guardar los ajustes. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Order numbers look like {example}; customers see them on the KuPay page.</source>
        <translation>Los números de pedido son como {example}; los clientes los ven en la página de KuPay.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>KuPay accepted the token. This terminal is ready to take payments.</source>
        <translation>KuPay aceptó el token. Esta caja ya puede cobrar.</translation>
    </message>
    <message>
        <source>The token was not accepted by KuPay. Copy it again from the KuPay admin panel.</source>
        <translation>KuPay no aceptó el token. Cópielo de nuevo desde el panel de KuPay.</translation>
    </message>
    <message>
        <source>KuPay answered but could not confirm the token. Try again in a moment.</source>
        <translation>KuPay respondió pero no pudo confirmar el token. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel first.</source>
        <translation>Primero pegue el token de API del panel de KuPay.</translation>
    </message>
    <message>
        <source>Asking KuPay whether it accepts the token…</source>
        <translation>Preguntando a KuPay si acepta el token…</translation>
    </message>
    <message>
        <source>Saving the token in this computer&apos;s password store…</source>
        <translation>Guardando el token en el almacén de contraseñas de este ordenador…</translation>
    </message>
    <message>
        <source>The password store is not answering: it may be asking for its own password in another window. Answer it there, or use the token for this session only.</source>
        <translation>El almacén de contraseñas no responde: puede que esté pidiendo su propia contraseña en otra ventana. Respóndale allí o use el token solo en esta sesión.</translation>
    </message>
    <message>
        <source>This terminal has an owner PIN. The owner enters it to connect the terminal to KuPay.</source>
        <translation>Esta caja tiene un PIN del propietario. El propietario lo introduce para conectar la caja a KuPay.</translation>
    </message>
    <message>
        <source>Connecting this terminal to KuPay is for the shop owner. Enter the owner PIN.</source>
        <translation>Conectar la caja a KuPay corresponde al propietario. Introduzca el PIN del propietario.</translation>
    </message>
    <message>
        <source>The token could not be checked. Check the internet connection, then try again.</source>
        <translation>No se pudo comprobar el token. Revise la conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Connect this terminal to KuPay</source>
        <translation>Conecte esta caja a KuPay</translation>
    </message>
    <message>
        <source>Paste the API token from the KuPay admin panel (no account yet? Sign up at kupay.finance). The token is kept in this computer&apos;s password store, never in a file.</source>
        <translation>Pegue el token de API del panel de KuPay (¿aún sin cuenta? Regístrese en kupay.finance). El token se guarda en el almacén de contraseñas de este ordenador, nunca en un archivo.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
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
        <translation>Los clientes vuelven a esta página tras pagar o cancelar.</translation>
    </message>
    <message>
        <source>https://myshop.com/kupay/callback</source>
        <translation>https://myshop.com/kupay/callback</translation>
    </message>
    <message>
        <source>Where KuPay sends payment updates for your web shop. Leave it empty to use the shop&apos;s website.</source>
        <translation>Adonde KuPay envía los avisos de pago para su tienda web. Déjelo vacío para usar la web de la tienda.</translation>
    </message>
    <message>
        <source>Shop website (optional)</source>
        <translation>Web de la tienda (opcional)</translation>
    </message>
    <message>
        <source>Payment updates address (optional)</source>
        <translation>Dirección de avisos de pago (opcional)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Guardar y empezar</translation>
    </message>
    <message>
        <source>Use the token for this session only</source>
        <translation>Usar el token solo en esta sesión</translation>
    </message>
    <message>
        <source>Enter the owner PIN</source>
        <translation>Introducir el PIN del propietario</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>The settings could not be saved on this computer&apos;s disk. Check free space, then try again.</source>
        <translation>No se pudieron guardar los ajustes en el disco de este ordenador. Compruebe el espacio libre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The token could not be saved. Please try again.</source>
        <translation>No se pudo guardar el token. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Fix the address above first.</source>
        <translation>Primero corrija la dirección de arriba.</translation>
    </message>
</context>
<context>
    <name>ShopDatabase</name>
    <message>
        <source>Enter the shop database address, for example postgresql://till1@db.myshop.lan/kupay.</source>
        <translation>Escriba la dirección de la base de datos de la tienda, por ejemplo postgresql://till1@db.myshop.lan/kupay.</translation>
    </message>
    <message>
        <source>The shop database address is not a PostgreSQL address; use the form postgresql://USER@HOST/DATABASE.</source>
        <translation>La dirección no es de PostgreSQL; use la forma postgresql://USUARIO@SERVIDOR/BASE.</translation>
    </message>
    <message>
        <source>The shop database is on another computer, so its connection must be encrypted: remove sslmode={mode} (or use sslmode=verify-full).</source>
        <translation>La base de datos está en otro ordenador, así que la conexión debe ir cifrada: quite sslmode={mode} (o use sslmode=verify-full).</translation>
    </message>
    <message>
        <source>Leave the password out of the shop database address: enter it in the password field, which keeps it in this computer&apos;s password store.</source>
        <translation>No ponga la contraseña en la dirección: escríbala en el campo de contraseña, que la guarda en el almacén de contraseñas del ordenador.</translation>
    </message>
    <message>
        <source>No shop database is set: enter its address in Settings → Shop database, or pass --shop-db ADDRESS.</source>
        <translation>No hay base de datos de la tienda: indique su dirección en Ajustes → Base de datos de la tienda, o use --shop-db DIRECCIÓN.</translation>
    </message>
    <message>
        <source>The shop database ({where}) refused the user name or password: check them in Settings.</source>
        <translation>La base de datos de la tienda ({where}) rechazó el usuario o la contraseña: revíselos en Ajustes.</translation>
    </message>
    <message>
        <source>The shop database ({where}) could not be reached securely (its certificate or TLS set-up was refused): ask whoever runs it.</source>
        <translation>No se pudo conectar de forma segura con la base de datos ({where}) (se rechazó su certificado o TLS): consulte a quien la administra.</translation>
    </message>
    <message>
        <source>The shop database ({where}) does not let this till&apos;s user write its sales: give it the kupay_till role.</source>
        <translation>La base de datos ({where}) no deja al usuario de esta caja escribir sus ventas: dele el rol kupay_till.</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>La base de datos ({where}) aún no está preparada: ejecute kupay-pos shop init --db DIRECCIÓN.</translation>
    </message>
    <message>
        <source>The shop database ({where}) answered too slowly; the till will try again.</source>
        <translation>La base de datos ({where}) respondió demasiado despacio; la caja lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The shop database ({where}) cannot be reached; sales are kept on this till and sent when it is back.</source>
        <translation>No se puede contactar con la base de datos ({where}); las ventas se guardan en esta caja y se envían cuando vuelva.</translation>
    </message>
    <message>
        <source>The shop database ({where}) was set up by a newer KuPay POS (schema {version}, this till knows {known}): update this till. Its sales are kept here meanwhile.</source>
        <translation>La base de datos ({where}) la preparó un KuPay POS más nuevo (esquema {version}; esta caja conoce el {known}): actualice esta caja. Mientras tanto, sus ventas se guardan aquí.</translation>
    </message>
    <message>
        <source>The shop database ({where}) is not set up for this version yet: run kupay-pos shop init --db ADDRESS.</source>
        <translation>La base de datos ({where}) aún no está preparada para esta versión: ejecute kupay-pos shop init --db DIRECCIÓN.</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by another till in the shop database: give this till another prefix in Settings.</source>
        <translation>El prefijo «{prefix}» ya lo usa otra caja en la base de datos de la tienda: dé a esta caja otro prefijo en Ajustes.</translation>
    </message>
    <message>
        <source>The order-number prefix “{prefix}” is already used by till “{till}” in the shop database: give this till another prefix in Settings.</source>
        <translation>El prefijo «{prefix}» ya lo usa la caja «{till}» en la base de datos de la tienda: dé a esta caja otro prefijo en Ajustes.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the shop database ({where}); %Ln other till(s) use it.</source>
        <translation>
            <numerusform>Conectado a la base de datos de la tienda ({where}); %Ln caja más la usa.</numerusform>
            <numerusform>Conectado a la base de datos de la tienda ({where}); %Ln cajas más la usan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDatabaseForm</name>
    <message>
        <source>Leave empty to keep the saved password</source>
        <translation>Déjelo vacío para conservar la contraseña guardada</translation>
    </message>
    <message>
        <source>This computer lacks PostgreSQL&apos;s client library, so it cannot use a shop database: install it (libpq5 on Debian and Ubuntu) and restart KuPay POS.</source>
        <translation>A este ordenador le falta la biblioteca cliente de PostgreSQL, así que no puede usar una base de datos de la tienda: instálela (libpq5 en Debian y Ubuntu) y reinicie KuPay POS.</translation>
    </message>
    <message>
        <source>postgresql://till1@db.myshop.lan/kupay  (empty: this till only)</source>
        <translation>postgresql://till1@db.myshop.lan/kupay  (vacío: solo esta caja)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Several tills send their sales to the shop&apos;s PostgreSQL; each keeps its own.</source>
        <translation>Varias cajas envían sus ventas al PostgreSQL de la tienda; cada una conserva las suyas.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>Sin base de datos de la tienda: esta caja guarda sus ventas para sí.</translation>
    </message>
    <message>
        <source>Enter the shop database address first.</source>
        <translation>Primero escriba la dirección de la base de datos de la tienda.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The shop database could not be checked.</source>
        <translation>No se pudo comprobar la base de datos de la tienda.</translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message>
        <source>No shop database: this till keeps its sales to itself.</source>
        <translation>Sin base de datos de la tienda: esta caja guarda sus ventas para sí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) waiting</source>
        <translation>
            <numerusform>%Ln venta en espera</numerusform>
            <numerusform>%Ln ventas en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nada en espera</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable since {time}. {problem}</source>
        <translation>{queued}: la base de datos de la tienda no responde desde las {time}. {problem}</translation>
    </message>
    <message>
        <source>{queued} — shop database not reachable. {problem}</source>
        <translation>{queued}: la base de datos de la tienda no responde. {problem}</translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln sale(s) to the shop database…</source>
        <translation>
            <numerusform>Enviando %Ln venta a la base de datos de la tienda…</numerusform>
            <numerusform>Enviando %Ln ventas a la base de datos de la tienda…</numerusform>
        </translation>
    </message>
    <message>
        <source>All sales sent to the shop database.</source>
        <translation>Todas las ventas enviadas a la base de datos de la tienda.</translation>
    </message>
</context>
<context>
    <name>Sounds</name>
    <message>
        <source>Sounds are on, but this computer has no sound player. Install PulseAudio or ALSA utilities, or turn sounds off in Settings.</source>
        <translation>Los sonidos están activados, pero este ordenador no tiene reproductor de sonido. Instale PulseAudio o las utilidades de ALSA, o desactive los sonidos en Ajustes.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>an unreadable {field}</source>
        <translation>un campo «{field}» ilegible</translation>
    </message>
    <message>
        <source>amount {got} instead of {expected}</source>
        <translation>importe {got} en lugar de {expected}</translation>
    </message>
    <message>
        <source>currency {got} instead of {expected}</source>
        <translation>moneda {got} en lugar de {expected}</translation>
    </message>
    <message>
        <source>order {got} instead of {expected}</source>
        <translation>pedido {got} en lugar de {expected}</translation>
    </message>
    <message>
        <source>KuPay&apos;s answer does not match this sale ({differences}).</source>
        <translation>La respuesta de KuPay no coincide con esta venta ({differences}).</translation>
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
        <translation>cancelado por el cajero</translation>
    </message>
    <message>
        <source>cancelled while creating</source>
        <translation>cancelado mientras se creaba</translation>
    </message>
    <message>
        <source>abandoned after a failed create</source>
        <translation>abandonado tras un error al crearlo</translation>
    </message>
    <message>
        <source>The payment link could not be drawn as a QR code. The owner should check this sale.</source>
        <translation>No se pudo dibujar el enlace de pago como código QR. El propietario debe revisar esta venta.</translation>
    </message>
    <message>
        <source>The demo sandbox was restarted: this demo payment is gone.</source>
        <translation>El entorno de pruebas de la demo se reinició: este pago de demostración ya no existe.</translation>
    </message>
    <message>
        <source>no final answer from KuPay within {minutes} min after a restart</source>
        <translation>sin respuesta definitiva de KuPay en {minutes} min tras un reinicio</translation>
    </message>
    <message>
        <source>journaled before the create call</source>
        <translation>registrado en el diario antes de crear el pago</translation>
    </message>
    <message>
        <source>created on KuPay as {payment_id}</source>
        <translation>creado en KuPay como {payment_id}</translation>
    </message>
    <message>
        <source>KuPay answered with {payment_id}, which is order {order}&apos;s</source>
        <translation>KuPay respondió con {payment_id}, que es el pago del pedido {order}</translation>
    </message>
    <message>
        <source>{problem} ({detail})</source>
        <translation>{problem} ({detail})</translation>
    </message>
    <message>
        <source>{note} (kept as {kept}: {state} came too late)</source>
        <translation>{note} (sigue como {kept}: {state} llegó demasiado tarde)</translation>
    </message>
    <message>
        <source>receipt printed on {printer}</source>
        <translation>recibo impreso en {printer}</translation>
    </message>
    <message>
        <source>receipt (copy) printed on {printer}</source>
        <translation>recibo (copia) impreso en {printer}</translation>
    </message>
    <message>
        <source>NOT PAID slip printed on {printer}</source>
        <translation>comprobante NO PAGADO impreso en {printer}</translation>
    </message>
    <message>
        <source>NOT PAID slip (copy) printed on {printer}</source>
        <translation>comprobante NO PAGADO (copia) impreso en {printer}</translation>
    </message>
    <message>
        <source>create request sent to KuPay</source>
        <translation>solicitud de creación enviada a KuPay</translation>
    </message>
</context>
</TS>
