<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BundleController</name>
    <message numerus="yes">
        <location filename="../../gui/documents/bundle_controller.py" line="179"/>
        <source>Cannot open %1: %n problem(s). The content on screen stays.</source>
        <translation>
            <numerusform>Cannot open %1: %n problem. The content on screen stays.</numerusform>
            <numerusform>Cannot open %1: %n problems. The content on screen stays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/documents/bundle_controller.py" line="212"/>
        <source>%1 has %n problem(s); showing the last version that loaded.</source>
        <translation>
            <numerusform>%1 has %n problem; showing the last version that loaded.</numerusform>
            <numerusform>%1 has %n problems; showing the last version that loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleErrorDialog</name>
    <message numerus="yes">
        <location filename="../../gui/views/bundle_error_dialog.py" line="37"/>
        <source>%n problem(s) in %1. Fix them and check the bundle with “strategy-viewer --check FOLDER”, or open the content that comes with the app.</source>
        <translation>
            <numerusform>%n problem in %1. Fix it and check the bundle with “strategy-viewer --check FOLDER”, or open the content that comes with the app.</numerusform>
            <numerusform>%n problems in %1. Fix them and check the bundle with “strategy-viewer --check FOLDER”, or open the content that comes with the app.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FallbackIndicator</name>
    <message numerus="yes">
        <location filename="../../gui/views/fallback_indicator.py" line="26"/>
        <source>%n problem(s) in %1; see the log.</source>
        <translation>
            <numerusform>%n problem in %1; see the log.</numerusform>
            <numerusform>%n problems in %1; see the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberRosterPanel</name>
    <message numerus="yes">
        <location filename="../../gui/roster/member_roster_panel.py" line="103"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message numerus="yes">
        <location filename="../../gui/roster/partners_pane.py" line="489"/>
        <location filename="../../gui/roster/partners_pane.py" line="500"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message numerus="yes">
        <location filename="../../gui/export/report.py" line="378"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message numerus="yes">
        <location filename="../../gui/views/search_box.py" line="155"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
