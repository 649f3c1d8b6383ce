<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
