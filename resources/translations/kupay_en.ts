<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DayReport</name>
    <message numerus="yes">
        <source>%Ln sale(s). Only paid sales count as money taken.</source>
        <translation>
            <numerusform>%Ln sale. Only paid sales count as money taken.</numerusform>
            <numerusform>%Ln sales. Only paid sales count as money taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>%Ln sale(s)</source>
        <translation>
            <numerusform>%Ln sale</numerusform>
            <numerusform>%Ln sales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopDatabase</name>
    <message numerus="yes">
        <source>Connected to the shop database ({where}); %Ln other till(s) use it.</source>
        <translation>
            <numerusform>Connected to the shop database ({where}); %Ln other till uses it.</numerusform>
            <numerusform>Connected to the shop database ({where}); %Ln other tills use it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopQueue</name>
    <message numerus="yes">
        <source>%Ln sale(s) waiting</source>
        <translation>
            <numerusform>%Ln sale waiting</numerusform>
            <numerusform>%Ln sales waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %Ln sale(s) to the shop database…</source>
        <translation>
            <numerusform>Sending %Ln sale to the shop database…</numerusform>
            <numerusform>Sending %Ln sales to the shop database…</numerusform>
        </translation>
    </message>
</context>
</TS>
