<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttractLoop</name>
    <message>
        <location filename="../../gui/kiosk/attract_loop.py" line="126"/>
        <source>Touch the screen to explore</source>
        <translation>触摸屏幕开始浏览</translation>
    </message>
</context>
<context>
    <name>AvatarWidget</name>
    <message>
        <location filename="../../gui/roster/avatar.py" line="67"/>
        <source>Avatar for %1</source>
        <translation>%1 的头像</translation>
    </message>
</context>
<context>
    <name>BundleController</name>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="154"/>
        <source>&amp;Open Bundle…</source>
        <translation>打开内容包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="156"/>
        <source>Open a one-file bundle (.strategy) or a folder&apos;s bundle.json</source>
        <translation>打开单文件内容包（.strategy）或文件夹中的 bundle.json</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="158"/>
        <source>Open Bundle &amp;Folder…</source>
        <translation>打开内容包文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="159"/>
        <source>Open a bundle folder</source>
        <translation>打开内容包文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="160"/>
        <source>Open &amp;Recent</source>
        <translation>打开用过的内容包(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="161"/>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="162"/>
        <source>&amp;Built-in Content</source>
        <translation>自带内容(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="163"/>
        <source>Show the content that comes with the app</source>
        <translation>显示应用自带的内容</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="164"/>
        <source>Re&amp;load Bundle</source>
        <translation>重新打开内容包(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/documents/bundle_controller.py" line="179"/>
        <source>Cannot open %1: %n problem(s). The content on screen stays.</source>
        <translation>
            <numerusform>无法打开 %1：有 %n 个问题。屏幕上仍显示原来的内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/documents/bundle_controller.py" line="212"/>
        <source>%1 has %n problem(s); showing the last version that loaded.</source>
        <translation>
            <numerusform>%1 有 %n 个问题；仍显示上一个可以打开的版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="248"/>
        <source>The bundle shown last time, %1, cannot be opened; showing the built-in content.</source>
        <translation>上次显示的内容包 %1 无法打开；已显示自带内容。</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="267"/>
        <source>Open Bundle</source>
        <translation>打开内容包</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="269"/>
        <source>Strategy bundles (*%1 bundle.json);;All files (*)</source>
        <translation>战略内容包 (*%1 bundle.json);;全部文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="281"/>
        <source>Open Bundle Folder</source>
        <translation>打开内容包文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/documents/bundle_controller.py" line="380"/>
        <source>Bundle: %1</source>
        <translation>内容包：%1</translation>
    </message>
</context>
<context>
    <name>BundleErrorDialog</name>
    <message>
        <location filename="../../gui/views/bundle_error_dialog.py" line="28"/>
        <source>Cannot open the content bundle</source>
        <translation>无法打开内容包</translation>
    </message>
    <message>
        <location filename="../../gui/views/bundle_error_dialog.py" line="32"/>
        <source>The content bundle cannot be shown</source>
        <translation>无法显示此内容包</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/bundle_error_dialog.py" line="37"/>
        <source>%n problem(s) in %1. Fix them and check the bundle with “strategy-viewer --check FOLDER”, or open the content that comes with the app.</source>
        <translation>
            <numerusform>%1 中有 %n 个问题。请修正后用“strategy-viewer --check 文件夹”检查内容包，或打开应用自带的内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/views/bundle_error_dialog.py" line="50"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/views/bundle_error_dialog.py" line="53"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 个。</translation>
    </message>
    <message>
        <location filename="../../gui/views/bundle_error_dialog.py" line="59"/>
        <source>Open the bundled content</source>
        <translation>打开自带内容</translation>
    </message>
    <message>
        <location filename="../../gui/views/bundle_error_dialog.py" line="62"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>BundleNotice</name>
    <message>
        <location filename="../../gui/documents/notice.py" line="90"/>
        <location filename="../../gui/documents/notice.py" line="91"/>
        <source>Dismiss</source>
        <translation>关上</translation>
    </message>
    <message>
        <location filename="../../gui/documents/notice.py" line="92"/>
        <source>Copy All</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <location filename="../../gui/documents/notice.py" line="93"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../gui/documents/notice.py" line="94"/>
        <source>Click a problem to copy it</source>
        <translation>点击问题即可复制</translation>
    </message>
    <message>
        <location filename="../../gui/documents/notice.py" line="96"/>
        <source>Click a problem to copy it.</source>
        <translation>点击问题即可复制。</translation>
    </message>
    <message>
        <location filename="../../gui/documents/notice.py" line="107"/>
        <source>Click to copy</source>
        <translation>点击复制</translation>
    </message>
    <message>
        <location filename="../../gui/documents/notice.py" line="111"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 个。</translation>
    </message>
    <message>
        <location filename="../../gui/documents/notice.py" line="147"/>
        <source>Copied to the clipboard.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../gui/models/card.py" line="53"/>
        <source>— %1</source>
        <translation>—— %1</translation>
    </message>
    <message>
        <location filename="../../gui/models/card.py" line="57"/>
        <source>Translation (ours, not the speaker’s words)</source>
        <translation>译文（本应用翻译，非原话）</translation>
    </message>
    <message>
        <location filename="../../gui/models/card.py" line="110"/>
        <source>%1 shares</source>
        <translation>%1 股</translation>
    </message>
    <message>
        <location filename="../../gui/models/card.py" line="114"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location filename="../../gui/models/card.py" line="118"/>
        <source>vesting %1</source>
        <translation>归属期 %1</translation>
    </message>
    <message>
        <location filename="../../gui/models/card.py" line="129"/>
        <source>After %1</source>
        <translation>%1之后</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <location filename="../../gui/views/pane.py" line="53"/>
        <source>Article ¶%1</source>
        <translation>文章第%1段</translation>
    </message>
    <message>
        <location filename="../../gui/views/pane.py" line="55"/>
        <source>%2 ¶%1</source>
        <translation>%2 第%1段</translation>
    </message>
</context>
<context>
    <name>CitationBar</name>
    <message>
        <location filename="../../gui/views/citation_bar.py" line="34"/>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gui/views/citation_bar.py" line="101"/>
        <source>Open source: %1</source>
        <translation>打开来源：%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/citation_bar.py" line="102"/>
        <source>Show this source</source>
        <translation>查看此来源</translation>
    </message>
</context>
<context>
    <name>ClipboardText</name>
    <message>
        <location filename="../../gui/views/clipboard_text.py" line="43"/>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/clipboard_text.py" line="59"/>
        <source>As of %1</source>
        <translation>截至%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/clipboard_text.py" line="63"/>
        <source>As the source words it: “%1”</source>
        <translation>来源原文措辞：“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/views/clipboard_text.py" line="66"/>
        <source>Partner since %1</source>
        <translation>%1 成为合伙人</translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <location filename="../../gui/kiosk/closed_screen.py" line="72"/>
        <location filename="../../gui/kiosk/closed_screen.py" line="73"/>
        <source>Closed — touch to wake</source>
        <translation>已关闭 — 触摸屏幕唤醒</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../gui/desktop/crash_handler.py" line="49"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <location filename="../../gui/desktop/crash_handler.py" line="60"/>
        <source>Something went wrong, but Strategy Viewer carries on. The details have been written to the log file. If something now looks wrong, restart the app.</source>
        <translation>出了点问题，但 Strategy Viewer 仍在运行。详细信息已写入日志文件。如果有内容显示异常，请重新启动应用。</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../gui/export/export_controller.py" line="103"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="104"/>
        <source>Print Current &amp;Section…</source>
        <translation>打印当前栏目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="105"/>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="106"/>
        <source>&amp;Export as PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="107"/>
        <source>Export Roster as &amp;CSV…</source>
        <translation>导出合伙人名单为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="108"/>
        <source>Export Roster as &amp;JSON…</source>
        <translation>导出合伙人名单为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="109"/>
        <source>Print a report of the whole content</source>
        <translation>打印全部内容的报告</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="110"/>
        <source>Print the section on screen</source>
        <translation>打印屏幕上的栏目</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="111"/>
        <source>Save a report of the whole content as PDF</source>
        <translation>将全部内容的报告保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="113"/>
        <source>Save the partner roster, as filtered, for a spreadsheet</source>
        <translation>按当前筛选保存合伙人名单，供电子表格使用</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="116"/>
        <source>Save the partner roster, as filtered, as JSON</source>
        <translation>按当前筛选将合伙人名单保存为 JSON</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="146"/>
        <source>filter “%1”</source>
        <translation>筛选“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="148"/>
        <source>cohort: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="203"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="204"/>
        <source>Could not write %1:
%2</source>
        <translation>无法写入 %1：
%2</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="251"/>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="253"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="270"/>
        <source>Export Roster as CSV</source>
        <translation>导出合伙人名单为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="272"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="288"/>
        <source>Export Roster as JSON</source>
        <translation>导出合伙人名单为 JSON</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="290"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="319"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="231"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/export/export_controller.py" line="233"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>FallbackIndicator</name>
    <message>
        <location filename="../../gui/views/fallback_indicator.py" line="22"/>
        <source>Showing built-in content</source>
        <translation>正在显示内置内容</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/fallback_indicator.py" line="26"/>
        <source>%n problem(s) in %1; see the log.</source>
        <translation>
            <numerusform>%1 中有 %n 个问题；详见日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <location filename="../../gui/views/main_menu.py" line="188"/>
        <source>Strategy Viewer</source>
        <translation>战略浏览器</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="189"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="190"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="191"/>
        <source>&amp;Go</source>
        <translation>前往(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="192"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="193"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="194"/>
        <source>Show Tool&amp;bar</source>
        <translation>显示工具栏(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="195"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="196"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="197"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="198"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="199"/>
        <source>&amp;About Strategy Viewer</source>
        <translation>关于战略浏览器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="200"/>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="201"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="309"/>
        <source>Strategy Viewer %1</source>
        <translation>战略浏览器 %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="310"/>
        <source>Browse a company&apos;s published strategy, partners and programme — offline.</source>
        <translation>离线浏览公司公开发布的战略、合伙人与创业者计划。</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="312"/>
        <source>Content: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="313"/>
        <source>Data bundle: %1, version %2</source>
        <translation>数据包：%1，版本 %2</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="322"/>
        <source>Licence: %1</source>
        <translation>开源条款：%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="323"/>
        <source>Data sources: %1 published sources, listed under Show Details.</source>
        <translation>数据来源：共 %1 个公开来源，列于“显示详情”中。</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="328"/>
        <source>Built with Qt %1 and PySide6 %2 (LGPL-3.0), pydantic (MIT) and pypinyin (MIT), on Python %3. Chinese text is set in Noto Sans CJK SC, under the SIL Open Font License 1.1.</source>
        <translation>基于 Qt %1 与 PySide6 %2（LGPL-3.0）、pydantic（MIT）和 pypinyin（MIT）构建，运行于 Python %3。中文字体为 Noto Sans CJK SC，采用 SIL Open Font License 1.1。</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="202"/>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="340"/>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_menu.py" line="360"/>
        <source>About Strategy Viewer</source>
        <translation>关于战略浏览器</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/views/main_window.py" line="135"/>
        <location filename="../../gui/views/main_window.py" line="287"/>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="180"/>
        <source>%1 — Strategy Viewer</source>
        <translation>%1 — 战略浏览器</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="291"/>
        <location filename="../../gui/views/main_window.py" line="353"/>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="292"/>
        <location filename="../../gui/views/main_window.py" line="356"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="293"/>
        <location filename="../../gui/views/main_window.py" line="373"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="294"/>
        <location filename="../../gui/views/main_window.py" line="366"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="295"/>
        <location filename="../../gui/views/main_window.py" line="361"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MemberRosterPanel</name>
    <message>
        <location filename="../../gui/roster/member_roster_panel.py" line="37"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_roster_panel.py" line="46"/>
        <source>Filter by name, 中文名 or role</source>
        <translation>按姓名、中文名或职务筛选</translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_roster_panel.py" line="47"/>
        <source>Filter members</source>
        <translation>筛选成员</translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_roster_panel.py" line="48"/>
        <source>Filter &amp;members:</source>
        <translation>筛选成员(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_roster_panel.py" line="89"/>
        <source>Programme members</source>
        <translation>计划成员名单</translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_roster_panel.py" line="101"/>
        <source>No member matches</source>
        <translation>没有匹配的成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/roster/member_roster_panel.py" line="103"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln 位成员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_roster_panel.py" line="105"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../gui/roster/member_table_model.py" line="28"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_table_model.py" line="29"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_table_model.py" line="30"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../gui/roster/member_table_model.py" line="31"/>
        <source>Grant</source>
        <translation>授予批次</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="132"/>
        <source>On-screen keyboard</source>
        <translation>屏幕键盘</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="133"/>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="134"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="135"/>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="136"/>
        <source>Backspace</source>
        <translation>退格</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="137"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="138"/>
        <source>Clear the field</source>
        <translation>清空输入框</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="139"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/on_screen_keyboard.py" line="140"/>
        <source>Done: hide the keyboard</source>
        <translation>完成：隐藏键盘</translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <location filename="../../gui/views/overview_pane.py" line="42"/>
        <source>Figures as of %1</source>
        <translation>数据截至%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview_pane.py" line="48"/>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview_pane.py" line="57"/>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../gui/views/overview_pane.py" line="50"/>
        <source>Each figure opens its section: choose it, or press Enter.</source>
        <translation>每个数字都可打开对应栏目：点击它或按 Enter 键。</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../../gui/views/pane.py" line="194"/>
        <source>Open source: %1</source>
        <translation>打开来源：%1</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPanel</name>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="62"/>
        <source>Partner details</source>
        <translation>合伙人详情</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="105"/>
        <source>Select a partner to see their details.</source>
        <translation>选择一位合伙人以查看详情。</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="133"/>
        <source>Partner since</source>
        <translation>成为合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="137"/>
        <source>Founding partner (the sources give no date)</source>
        <translation>创始合伙人（来源未给出日期）</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="141"/>
        <source>Joined the company</source>
        <translation>加入公司</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="147"/>
        <source>Role as of %1</source>
        <translation>职务（截至%1）</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="151"/>
        <source>As the source words it: “%1”</source>
        <translation>来源原文措辞：“%1”</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="157"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="162"/>
        <source>What came after</source>
        <translation>后续变化</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="163"/>
        <source>After %1; the roles above are as of that day.</source>
        <translation>以下为%1之后的变化；上方职务均为当日情况。</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="170"/>
        <source>Mentioned in</source>
        <translation>相关内容</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_detail_panel.py" line="181"/>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../gui/roster/partner_table_model.py" line="27"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_table_model.py" line="28"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_table_model.py" line="29"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_table_model.py" line="30"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_table_model.py" line="31"/>
        <source>Partner since</source>
        <translation>成为合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partner_table_model.py" line="105"/>
        <source>Founding</source>
        <translation>创始</translation>
    </message>
</context>
<context>
    <name>PartnersPane</name>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="87"/>
        <source>Partners</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="90"/>
        <source>As of %1: the partners and their roles as they were that day. Later changes are under “What came after” in a partner’s details.</source>
        <translation>截至%1：合伙人及其职务均为当日情况。此后的变化见各合伙人详情中的“后续变化”。</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="114"/>
        <source>Filter by name, 中文名 or role</source>
        <translation>按姓名、中文名或职务筛选</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="115"/>
        <source>Filter partners</source>
        <translation>筛选合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="116"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="125"/>
        <source>All cohorts</source>
        <translation>全部批次</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="128"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="130"/>
        <source>&amp;Cohort:</source>
        <translation>批次(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="187"/>
        <source>Partner roster</source>
        <translation>合伙人名单</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/roster/partners_pane.py" line="489"/>
        <location filename="../../gui/roster/partners_pane.py" line="500"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n 位合伙人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="491"/>
        <location filename="../../gui/roster/partners_pane.py" line="501"/>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="493"/>
        <location filename="../../gui/roster/partners_pane.py" line="502"/>
        <source>No partner matches</source>
        <translation>没有匹配的合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="196"/>
        <source>All partners</source>
        <translation>全部合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/roster/partners_pane.py" line="199"/>
        <source>Back to all partners</source>
        <translation>后退到全部合伙人</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="66"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="141"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="142"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="143"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="145"/>
        <source>Operator PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="145"/>
        <source>Leave kiosk mode?</source>
        <translation>退出展示模式？</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="224"/>
        <source>Wrong PIN</source>
        <translation>PIN 码错误</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="238"/>
        <source>Too many tries. Wait %1 s.</source>
        <translation>尝试次数过多，请等待 %1 秒。</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk/pin_pad.py" line="148"/>
        <source>Content: %1, version %2</source>
        <translation>内容：%1，版本 %2</translation>
    </message>
</context>
<context>
    <name>ProgrammePane</name>
    <message>
        <location filename="../../gui/views/programme_pane.py" line="54"/>
        <source>Entrepreneurship programme</source>
        <translation>创业者计划</translation>
    </message>
    <message>
        <location filename="../../gui/views/programme_pane.py" line="75"/>
        <source>%1 people selected</source>
        <translation>选拔 %1 人</translation>
    </message>
    <message>
        <location filename="../../gui/views/programme_pane.py" line="78"/>
        <source>young core employees</source>
        <translation>位年轻核心干部</translation>
    </message>
    <message>
        <location filename="../../gui/views/programme_pane.py" line="90"/>
        <source>How it works</source>
        <translation>计划内容</translation>
    </message>
    <message>
        <location filename="../../gui/views/programme_pane.py" line="93"/>
        <source>Programme facts</source>
        <translation>计划要点</translation>
    </message>
    <message>
        <location filename="../../gui/views/programme_pane.py" line="100"/>
        <source>Grants so far</source>
        <translation>已授予的股份</translation>
    </message>
    <message>
        <location filename="../../gui/views/programme_pane.py" line="104"/>
        <source>Grants made after %1, the day the rest of the app describes.</source>
        <translation>以下授予均在%1之后，晚于本应用其余内容所描述的日期。</translation>
    </message>
    <message>
        <location filename="../../gui/views/programme_pane.py" line="109"/>
        <source>Grant batches</source>
        <translation>授予批次</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../../gui/export/report.py" line="187"/>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="254"/>
        <location filename="../../gui/export/report.py" line="408"/>
        <source>What came after</source>
        <translation>后续变化</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="268"/>
        <source>Strategy report</source>
        <translation>战略报告</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="278"/>
        <location filename="../../gui/export/report.py" line="310"/>
        <source>Announced %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="285"/>
        <source>Key figures</source>
        <translation>关键数字</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="286"/>
        <source>Figures as of %1</source>
        <translation>数据截至%1</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="291"/>
        <source>Context</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="296"/>
        <source>Made with Strategy Viewer %1 on %2</source>
        <translation>由 Strategy Viewer %1 于 %2 生成</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="305"/>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="315"/>
        <source>Also written “%1” (%2)</source>
        <translation>另写作“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="322"/>
        <source>Before: %1</source>
        <translation>此前：%1</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="325"/>
        <source>Key ideas</source>
        <translation>核心要点</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="331"/>
        <source>Quotes</source>
        <translation>引述</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="341"/>
        <source>Translation (ours, not the speaker’s words)</source>
        <translation>译文（本应用翻译，非原话）</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="350"/>
        <source>Principles</source>
        <translation>原则</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="359"/>
        <source>Later than the announcement of %1; dated, with its sources.</source>
        <translation>以下内容晚于%1的公告，均注明日期与来源。</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="366"/>
        <source>Partners</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="369"/>
        <source>As of %1: the partners and their roles as they were that day. Later changes follow the roster, under “What came after”.</source>
        <translation>截至%1：合伙人及其职务均为当日情况。此后的变化列于名单之后的“后续变化”中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/export/report.py" line="378"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n 位合伙人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="380"/>
        <source>%1 of %2 partners</source>
        <translation>显示 %1 位（共 %2 位）合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="391"/>
        <source>Founding</source>
        <translation>创始</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="397"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="398"/>
        <source>Chinese name</source>
        <translation>中文名</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="399"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="400"/>
        <source>Cohort</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="401"/>
        <source>Partner since</source>
        <translation>成为合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="410"/>
        <source>After %1; not part of the roster above.</source>
        <translation>以下为%1之后的变化，不属于上方名单。</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="425"/>
        <source>Programme</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="434"/>
        <source>%1 people selected</source>
        <translation>入选 %1 人</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="438"/>
        <source>How it works</source>
        <translation>如何运作</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="447"/>
        <source>Grants so far</source>
        <translation>已授予的股份</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="460"/>
        <location filename="../../gui/export/report.py" line="481"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="461"/>
        <source>Grant</source>
        <translation>授予</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="462"/>
        <source>Shares</source>
        <translation>股数</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="463"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="464"/>
        <source>Vesting</source>
        <translation>归属</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="471"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="473"/>
        <source>After %1</source>
        <translation>%1之后</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="481"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="484"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="486"/>
        <source>Every fact in this report cites one of these sources.</source>
        <translation>本报告中的每一条事实都引自以下来源之一。</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="499"/>
        <source>Primary source</source>
        <translation>原始来源</translation>
    </message>
    <message>
        <location filename="../../gui/export/report.py" line="501"/>
        <source>Secondary source</source>
        <translation>二手来源</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../gui/views/search_box.py" line="131"/>
        <location filename="../../gui/views/search_box.py" line="132"/>
        <location filename="../../gui/views/search_box.py" line="133"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_box.py" line="137"/>
        <source>Search everything (Ctrl+K): names in English, 中文 or pinyin, words, numbers, dates</source>
        <translation>搜索全部内容（Ctrl+K）：英文名、中文名或拼音，以及词语、数字、日期</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_box.py" line="148"/>
        <source>Type a name, a word or a number.</source>
        <translation>请输入姓名、词语或数字。</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_box.py" line="153"/>
        <source>No results for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/views/search_box.py" line="155"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="44"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="45"/>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="46"/>
        <source>Key ideas</source>
        <translation>核心要点</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="47"/>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="48"/>
        <source>Principles</source>
        <translation>原则</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="49"/>
        <source>Partners</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="50"/>
        <source>Cohorts</source>
        <translation>批次</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="51"/>
        <source>Programme</source>
        <translation>创业者计划</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="52"/>
        <source>Programme facts</source>
        <translation>计划要点</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="53"/>
        <source>Grants</source>
        <translation>股份授予</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="54"/>
        <source>Programme members</source>
        <translation>计划成员</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="55"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../gui/models/search_result_model.py" line="56"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <location filename="../../gui/views/search_box.py" line="61"/>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <location filename="../../gui/models/section_list_model.py" line="28"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../gui/models/section_list_model.py" line="29"/>
        <source>Strategy</source>
        <translation>战略</translation>
    </message>
    <message>
        <location filename="../../gui/models/section_list_model.py" line="30"/>
        <source>Partners</source>
        <translation>合伙人</translation>
    </message>
    <message>
        <location filename="../../gui/models/section_list_model.py" line="31"/>
        <source>Programme</source>
        <translation>创业者计划</translation>
    </message>
    <message>
        <location filename="../../gui/models/section_list_model.py" line="32"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../gui/models/section_list_model.py" line="33"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>SourcesPane</name>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="51"/>
        <location filename="../../gui/views/sources_pane.py" line="74"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="55"/>
        <source>Every fact in this app cites one of these. Choose a source button anywhere to come here.</source>
        <translation>本应用中的每条信息都引用了以下来源之一。点击任意处的来源按钮即可来到这里。</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="83"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="86"/>
        <source>Back to all sources</source>
        <translation>后退到全部来源</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="101"/>
        <source>Source text</source>
        <translation>来源原文</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="106"/>
        <source>This is a secondary source: its text is not bundled. The app cites it by title, publisher and date.</source>
        <translation>这是二手来源：应用未附带其原文，仅按标题、发布方和日期引用。</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="206"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="206"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="209"/>
        <source>Primary source</source>
        <translation>原始来源</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_pane.py" line="209"/>
        <source>Secondary source</source>
        <translation>二手来源</translation>
    </message>
</context>
<context>
    <name>StrategyDiagram</name>
    <message>
        <location filename="../../gui/views/strategy_diagram.py" line="55"/>
        <source>Strategy upgrade diagram</source>
        <translation>战略升级示意图</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_diagram.py" line="57"/>
        <source>From %1 to %2: the two businesses now multiply instead of add.</source>
        <translation>从 %1 到 %2：两项业务由相加变为相乘。</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_diagram.py" line="174"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
</context>
<context>
    <name>StrategyPane</name>
    <message>
        <location filename="../../gui/views/strategy_pane.py" line="26"/>
        <source>Core strategy · %1</source>
        <translation>核心战略 · %1</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_pane.py" line="42"/>
        <source>Also written “%1” (%2)</source>
        <translation>另写作“%1”（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_pane.py" line="59"/>
        <location filename="../../gui/views/strategy_pane.py" line="62"/>
        <source>Key ideas</source>
        <translation>核心要点</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_pane.py" line="68"/>
        <source>In Lei Jun’s words</source>
        <translation>雷军的话（英文报道引述）</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_pane.py" line="68"/>
        <location filename="../../gui/views/strategy_pane.py" line="74"/>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_pane.py" line="77"/>
        <location filename="../../gui/views/strategy_pane.py" line="82"/>
        <source>Principles</source>
        <translation>原则</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_pane.py" line="86"/>
        <source>What came after</source>
        <translation>后续变化</translation>
    </message>
    <message>
        <location filename="../../gui/views/strategy_pane.py" line="87"/>
        <source>Later than the announcement of %1; dated, with its sources.</source>
        <translation>以下内容晚于%1的公告，均注明日期与来源。</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../../gui/views/widgets.py" line="199"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <location filename="../../gui/theming/theme_controller.py" line="130"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/theming/theme_controller.py" line="132"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/theming/theme_controller.py" line="133"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/theming/theme_controller.py" line="134"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/theming/theme_controller.py" line="135"/>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
</context>
<context>
    <name>TimelinePane</name>
    <message>
        <location filename="../../gui/views/timeline_pane.py" line="24"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_pane.py" line="50"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_pane.py" line="78"/>
        <source>Related:</source>
        <translation>相关：</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_pane.py" line="100"/>
        <source>Article ¶%1</source>
        <translation>文章第%1段</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_pane.py" line="52"/>
        <source>Enter opens what the event is about; the menu key lists its sources.</source>
        <translation>按 Enter 键打开事件相关内容；按菜单键列出其来源。</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_pane.py" line="27"/>
        <source>From the first AIoT strategy to what came after the announcement.</source>
        <translation>从首个AIoT战略，到公告之后的后续变化。</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_pane.py" line="33"/>
        <source>The rest of the app is as of %1; events after that day are marked “After %1”.</source>
        <translation>本应用其余内容均截至%1；此后的事件标注“%1之后”。</translation>
    </message>
    <message>
        <location filename="../../gui/views/timeline_pane.py" line="83"/>
        <source>Related: %1</source>
        <translation>相关：%1</translation>
    </message>
</context>
</TS>
