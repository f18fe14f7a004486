<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PartnersPane</name>
    <message numerus="yes">
        <location filename="../../gui/views/partners_pane.py" line="159" />
        <source>%n partner(s)</source>
        <translation><numerusform>%n partner</numerusform><numerusform>%n partners</numerusform></translation>
    </message>
</context>
</TS>
