<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CallLoggerController</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/call_logger/install.py" line="+150"/>
        <source>Call saved: {total}, {hold} on hold, %n promise(s).</source>
        <translation>
            <numerusform>Call saved: {total}, {hold} on hold, %n promise.</numerusform>
            <numerusform>Call saved: {total}, {hold} on hold, %n promises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n note(s) kept</source>
        <translation>
            <numerusform>%n note kept</numerusform>
            <numerusform>%n notes kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n promise(s) kept</source>
        <translation>
            <numerusform>%n promise kept</numerusform>
            <numerusform>%n promises kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallLoggerWindow</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/call_logger/window.py" line="+340"/>
        <source>On hold {hold} · %n transfer(s)</source>
        <translation>
            <numerusform>On hold {hold} · %n transfer</numerusform>
            <numerusform>On hold {hold} · %n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{total} on the phone, {hold} on hold, %n promise(s) noted.</source>
        <translation>
            <numerusform>{total} on the phone, {hold} on hold, %n promise noted.</numerusform>
            <numerusform>{total} on the phone, {hold} on hold, %n promises noted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/widgets/case_header.py" line="+353"/>
        <source>(%n recorded, none valid today)</source>
        <translation>
            <numerusform>(%n recorded, none valid today)</numerusform>
            <numerusform>(%n recorded, none valid today)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailFeature</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/mail/feature.py" line="+178"/>
        <source>Mail sync stopped; %n new message(s) kept.</source>
        <translation>
            <numerusform>Mail sync stopped; %n new message kept.</numerusform>
            <numerusform>Mail sync stopped; %n new messages kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Mail synced: %n new message(s).</source>
        <translation>
            <numerusform>Mail synced: %n new message.</numerusform>
            <numerusform>Mail synced: %n new messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoaWords</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/documents/poa_words.py" line="+69"/>
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>ends in %n day</numerusform>
            <numerusform>ends in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/promises/panel.py" line="+224"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/reminders/install.py" line="+231"/>
        <source>%n calendar entry(s) written to {path}</source>
        <translation>
            <numerusform>%n calendar entry written to {path}</numerusform>
            <numerusform>%n calendar entries written to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalWords</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/editing/removal.py" line="+36"/>
        <source>Remove the case “{title}” and its %n ticket or order number(s)? You can take it back with Edit → Undo.</source>
        <translation>
            <numerusform>Remove the case “{title}” and its %n ticket or order number? You can take it back with Edit → Undo.</numerusform>
            <numerusform>Remove the case “{title}” and its %n ticket or order numbers? You can take it back with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {name} and its %n channel(s) (hotlines, addresses)? You can take it back with Edit → Undo.</source>
        <translation>
            <numerusform>Remove {name} and its %n channel (hotlines, addresses)? You can take it back with Edit → Undo.</numerusform>
            <numerusform>Remove {name} and its %n channels (hotlines, addresses)? You can take it back with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove the account {number}? It is no longer shown on its %n case(s). You can take it back with Edit → Undo.</source>
        <translation>
            <numerusform>Remove the account {number}? It is no longer shown on its %n case. You can take it back with Edit → Undo.</numerusform>
            <numerusform>Remove the account {number}? It is no longer shown on its %n cases. You can take it back with Edit → Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/mail/sync_dialog.py" line="+190"/>
        <source>%n new message(s).</source>
        <translation>
            <numerusform>%n new message.</numerusform>
            <numerusform>%n new messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read and wait(s) in the quarantine.</source>
        <translation>
            <numerusform>%n could not be read and waits in the quarantine.</numerusform>
            <numerusform>%n could not be read and wait in the quarantine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/widgets/timeline_filter.py" line="+299"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../../proxydesk/ui/models/timeline.py" line="+270"/>
        <source>{summary}  [%n promise(s)]</source>
        <translation>
            <numerusform>{summary}  [%n promise]</numerusform>
            <numerusform>{summary}  [%n promises]</numerusform>
        </translation>
    </message>
</context>
</TS>
