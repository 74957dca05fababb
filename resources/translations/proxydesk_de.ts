<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../proxydesk/ui/help/about.py" line="+40"/>
        <source>About ProxyDesk</source>
        <extracomment>the icon&apos;s side, in text lines</extracomment>
        <translation>Über ProxyDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ProxyDesk icon</source>
        <translation>ProxyDesk-Symbol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One case file for the people who deal with companies on behalf of their relatives. Nothing is sent anywhere; passwords stay in the system keyring.</source>
        <translation>Eine Falldatei für alle, die sich für ihre Angehörigen mit Unternehmen auseinandersetzen. Nichts wird irgendwohin geschickt; Passwörter bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case file</source>
        <translation>Falldatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a bug report: the versions and the file&apos;s path</source>
        <translation>Für einen Fehlerbericht: die Versionen und der Pfad der Datei</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../proxydesk/ui/editing/directory_dialogs.py" line="+201"/>
        <source>Add an account</source>
        <extracomment>an organization&apos;s id, or the name of one to add</extracomment>
        <translation>Kundenkonto hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account</source>
        <translation>Kundenkonto bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Several: separate them with commas</source>
        <translation>Mehrere durch Kommas trennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Relative:</source>
        <translation>&amp;Angehörige(r):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relative</source>
        <translation>Angehörige(r)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer number:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tract numbers:</source>
        <translation>&amp;Vertragsnummern:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contract numbers</source>
        <translation>Vertragsnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone &amp;lines:</source>
        <translation>&amp;Telefonanschlüsse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone lines</source>
        <translation>Telefonanschlüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email addresses:</source>
        <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lo&amp;gin names:</source>
        <translation>&amp;Anmeldenamen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login names</source>
        <translation>Anmeldenamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add the relative first: the account is theirs.</source>
        <translation>Legen Sie zuerst die angehörige Person an: Das Kundenkonto gehört ihr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose or type the organization.</source>
        <translation>Bitte wählen Sie das Unternehmen oder geben Sie es ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please give the customer number.</source>
        <translation>Bitte geben Sie die Kundennummer an.</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../proxydesk/ui/mail/attachments_model.py" line="+46"/>
        <source>{name}  ({type}, {size})</source>
        <translation>{name}  ({type}, {size})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A program: ProxyDesk only saves it, it does not open it.</source>
        <translation>Ein Programm: ProxyDesk speichert es nur, öffnet es aber nicht.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../proxydesk/ui/files/backups.py" line="+99"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the backup of {taken} back in place of the case file?

The file as it is now is kept as a backup first; the window opens it again.</source>
        <translation>Die Sicherung vom {taken} an die Stelle der Falldatei zurückholen?

Die Datei, wie sie jetzt ist, wird vorher als Sicherung aufbewahrt; das Fenster öffnet sie danach neu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This case file is damaged. It was opened read-only, so nothing more is written to it.

{details}</source>
        <translation>Diese Falldatei ist beschädigt. Sie wurde schreibgeschützt geöffnet, damit nichts mehr in sie geschrieben wird.

{details}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Damaged file</source>
        <translation>Beschädigte Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the newest good backup</source>
        <translation>Neueste gute Sicherung zurückholen</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location line="-88"/>
        <location line="+14"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>ProxyDesk keeps a backup of the file each day it is used (the last 7 days, then one a week for 4 weeks), and one before each upgrade.</source>
        <translation>ProxyDesk legt an jedem Tag, an dem die Datei benutzt wird, eine Sicherung an (für die letzten 7 Tage, danach eine pro Woche für 4 Wochen), und eine vor jeder Aktualisierung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Zurückholen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>vor einem Zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
</context>
<context>
    <name>BackupsMenu</name>
    <message>
        <location line="+72"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s daily backups; put one back</source>
        <translation>Die täglichen Sicherungen der Datei; eine zurückholen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>ProxyDesk — {name} (read-only)</source>
        <translation>ProxyDesk — {name} (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is damaged; it is open read-only</source>
        <translation>Die Datei ist beschädigt; sie ist schreibgeschützt geöffnet</translation>
    </message>
</context>
<context>
    <name>CallLoggerController</name>
    <message>
        <location filename="../../proxydesk/ui/call_logger/install.py" line="+38"/>
        <source>&amp;Call</source>
        <extracomment>how far back the case&apos;s timeline is read for the number dialed last the new call&apos;s draft being written (a second Start waits for it)</extracomment>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start a call</source>
        <translation>Anruf &amp;beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a call on the chosen case: timer, hold time, notes, promises</source>
        <translation>Einen Anruf zum gewählten Fall festhalten: Stoppuhr, Wartezeit, Notizen, Zusagen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a case on the left first: the call is logged there.</source>
        <translation>Wählen Sie zuerst links einen Fall: Der Anruf wird dort festgehalten.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>dialed last time</source>
        <translation>beim letzten Mal gewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Call saved: {total}, {hold} on hold, %n promise(s).</source>
        <translation>
            <numerusform>Anruf gespeichert: {total}, davon {hold} in der Warteschleife, %n Zusage.</numerusform>
            <numerusform>Anruf gespeichert: {total}, davon {hold} in der Warteschleife, %n Zusagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n note(s) kept</source>
        <translation>
            <numerusform>%n Notiz bleibt erhalten</numerusform>
            <numerusform>%n Notizen bleiben erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n promise(s) kept</source>
        <translation>
            <numerusform>%n Zusage bleibt erhalten</numerusform>
            <numerusform>%n Zusagen bleiben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The call is kept, notes and all. Ctrl+Shift+C goes back to it.</source>
        <translation>Der Anruf bleibt mit allen Notizen erhalten. Mit Strg+Umschalt+C geht es zurück.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A call to {number} started {when} was not finished.</source>
        <translation>Ein Anruf bei {number}, begonnen {when}, wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A call started {when} was not finished.</source>
        <translation>Ein Anruf, begonnen {when}, wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case: {case}</source>
        <translation>Fall: {case}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unfinished call</source>
        <translation>Nicht abgeschlossener Anruf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as it is</source>
        <translation>So &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>CallLoggerKeys</name>
    <message>
        <location filename="../../proxydesk/ui/files/shortcuts.py" line="+96"/>
        <source>Call logger</source>
        <extracomment>a row of the table: one line of text and a little air</extracomment>
        <translation>Anrufprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the phone menu</source>
        <translation>Im Sprachmenü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Warteschleife</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking to someone</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being transferred</source>
        <translation>Wird weitergeleitet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note a promise</source>
        <translation>Zusage notieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the call</source>
        <translation>Anruf beenden</translation>
    </message>
</context>
<context>
    <name>CallLoggerWindow</name>
    <message>
        <location filename="../../proxydesk/ui/call_logger/window.py" line="+90"/>
        <source>Call — {case}</source>
        <extracomment>a pause this long in typing saves the draft; typing on, it is saved at least this often what a finished call changes in its case: a new entry, maybe promises</extracomment>
        <translation>Anruf — {case}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{case} · {organization}</source>
        <translation>{case} · {organization}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Started {when}</source>
        <translation>Begonnen {when}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Menu</source>
        <translation>Sprachmenü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Warteschleife</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talking</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the name they gave</source>
        <translation>der genannte Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. orders, email</source>
        <translation>z. B. Aufträge, E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agent</source>
        <translation>&amp;Gesprächspartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A note — Enter adds it with the time</source>
        <translation>Eine Notiz — Enter fügt sie mit Uhrzeit hinzu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Promise… (Ctrl+P)</source>
        <translation>&amp;Zusage… (Strg+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End call (Ctrl+Enter)</source>
        <translation>Anruf beenden (Strg+Enter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>On hold {hold} · %n transfer(s)</source>
        <translation>
            <numerusform>Warteschleife {hold} · %n Weiterleitung</numerusform>
            <numerusform>Warteschleife {hold} · %n Weiterleitungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>{total} on the phone, {hold} on hold, %n promise(s) noted.</source>
        <translation>
            <numerusform>{total} am Telefon, davon {hold} in der Warteschleife, %n Zusage notiert.</numerusform>
            <numerusform>{total} am Telefon, davon {hold} in der Warteschleife, %n Zusagen notiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallNotesModel</name>
    <message>
        <location filename="../../proxydesk/ui/call_logger/notes_model.py" line="+79"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: {text} (due {due})</source>
        <translation>{kind}: {text} (fällig {due})</translation>
    </message>
</context>
<context>
    <name>CaseChoiceModel</name>
    <message>
        <location filename="../../proxydesk/ui/mail/case_choice_model.py" line="+43"/>
        <source>{title} — {organization} ({status})</source>
        <translation>{title} — {organization} ({status})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For: {relatives}</source>
        <translation>Für: {relatives}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../proxydesk/ui/editing/case_dialog.py" line="+69"/>
        <source>Open a case</source>
        <translation>Fall anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit case</source>
        <translation>Fall bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What you want done, e.g. “Move the line”</source>
        <translation>Was erreicht werden soll, z. B. „Anschluss umziehen“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one, or type a new name to add it.</source>
        <translation>Wählen Sie eines, oder geben Sie einen neuen Namen ein, um es anzulegen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What to read out at the start of the next call</source>
        <translation>Was zu Beginn des nächsten Anrufs vorzulesen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order: A-2012-0305-48817
ticket: 4711</source>
        <translation>Auftrag: A-2012-0305-48817
Vorgang: 4711</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket and order numbers, one per line: “ticket:”, “order:” or just the number.</source>
        <translation>Vorgangs- und Auftragsnummern, eine pro Zeile: „Vorgang:“, „Auftrag:“ oder nur die Nummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For &amp;whom:</source>
        <translation>&amp;Für wen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relatives</source>
        <translation>Angehörige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The story so &amp;far:</source>
        <translation>&amp;Was bisher geschah:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The story so far</source>
        <translation>Was bisher geschah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Numbers:</source>
        <translation>&amp;Nummern:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket and order numbers</source>
        <translation>Vorgangs- und Auftragsnummern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Please give the case a title.</source>
        <translation>Bitte geben Sie dem Fall einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose or type the organization.</source>
        <translation>Bitte wählen Sie das Unternehmen oder geben Sie es ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number “{line}” is missing after the colon.</source>
        <translation>Bei „{line}“ fehlt die Nummer nach dem Doppelpunkt.</translation>
    </message>
</context>
<context>
    <name>CaseEdits</name>
    <message>
        <location filename="../../proxydesk/ui/editing/case_edits.py" line="+75"/>
        <source>Remove case</source>
        <translation>Fall entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” has a timeline and is kept. Set its status to resolved instead.</source>
        <translation>„{title}“ hat einen Verlauf und bleibt erhalten. Setzen Sie den Status stattdessen auf „Erledigt“.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../proxydesk/ui/widgets/case_header.py" line="+99"/>
        <source>No story written yet. Write it with `proxydesk case story`.</source>
        <extracomment>the status chip&apos;s colours; dark text on light ground reads in light and dark themes the story is read out on the phone: larger than the rest, this many lines in view the story&apos;s margin, in lines between the numbers and the hotlines; between a heading and what it heads case id, the new story so far case id, the new status</extracomment>
        <translation>Noch nichts aufgeschrieben. Schreiben Sie es mit `proxydesk case story`.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Numbers to have at hand</source>
        <translation>Nummern griffbereit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hotlines</source>
        <translation>Hotlines</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+36"/>
        <source>The story so far</source>
        <translation>Was bisher geschah</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit the story</source>
        <translation>Geschichte bearbei&amp;ten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the story so far (F2)</source>
        <translation>Aufschreiben, was bisher geschah (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the story</source>
        <translation>Geschichte spei&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the story (Ctrl+Enter)</source>
        <translation>Geschichte speichern (Strg+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the story as it was (Esc)</source>
        <translation>Geschichte unverändert lassen (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the case&apos;s status</source>
        <translation>Den Status des Falls ändern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No story written yet. Press “Edit the story” to write it.</source>
        <translation>Noch nichts aufgeschrieben. Mit „Geschichte bearbeiten“ schreiben Sie es auf.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{organization} · for {relatives} · opened {opened}</source>
        <translation>{organization} · für {relatives} · eröffnet {opened}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer no. ({name})</source>
        <translation>Kundennr. ({name})</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+31"/>
        <source>None recorded yet</source>
        <translation>Noch keine erfasst</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Given by {who} on {when}</source>
        <translation>Genannt von {who} am {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given by {who}</source>
        <translation>Genannt von {who}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>✓ A valid power of attorney is on file, valid until {day}.</source>
        <translation>✓ Eine gültige Vollmacht liegt vor, gültig bis {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ A valid power of attorney is on file, with no end date.</source>
        <translation>✓ Eine gültige Vollmacht liegt vor, unbefristet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ A valid power of attorney is on file.</source>
        <translation>✓ Eine gültige Vollmacht liegt vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ No valid power of attorney on file, and {organization} asks for one.</source>
        <translation>✗ Keine gültige Vollmacht vorhanden, und {organization} verlangt eine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No valid power of attorney on file.</source>
        <translation>Keine gültige Vollmacht vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n recorded, none valid today)</source>
        <translation>
            <numerusform>(%n erfasst, heute nicht gültig)</numerusform>
            <numerusform>(%n erfasst, keine heute gültig)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseNavigation</name>
    <message>
        <location filename="../../proxydesk/ui/files/navigation.py" line="+18"/>
        <source>&amp;Next case</source>
        <translation>&amp;Nächster Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous case</source>
        <translation>&amp;Vorheriger Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the &amp;cases</source>
        <translation>Zu den &amp;Fällen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the &amp;timeline</source>
        <translation>Zum &amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <location filename="../../proxydesk/ui/widgets/case_pane.py" line="+41"/>
        <source>The case at a glance</source>
        <translation>Der Fall auf einen Blick</translation>
    </message>
</context>
<context>
    <name>CopyableNumber</name>
    <message>
        <location filename="../../proxydesk/ui/widgets/copyable.py" line="+40"/>
        <location line="+22"/>
        <source>Copied</source>
        <extracomment>how long the button says &quot;Copied&quot; before it says &quot;Copy&quot; again</extracomment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Put {number} on the clipboard</source>
        <translation>{number} in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy {what} {number}</source>
        <translation>{what} {number} kopieren</translation>
    </message>
</context>
<context>
    <name>DirectoryEdits</name>
    <message>
        <location filename="../../proxydesk/ui/editing/directory_edits.py" line="+66"/>
        <source>Remove relative</source>
        <translation>Angehörige(n) entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be removed while these belong to them. Remove or move them first.</source>
        <translation>{name} kann nicht entfernt werden, solange dies dazugehört. Entfernen oder verschieben Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Remove {name}? You can take it back with Edit → Undo.</source>
        <translation>{name} entfernen? Mit Bearbeiten → Rückgängig lässt es sich zurücknehmen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove organization</source>
        <translation>Unternehmen entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be removed while these refer to it. Remove or move them first.</source>
        <translation>{name} kann nicht entfernt werden, solange dies darauf verweist. Entfernen oder verschieben Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Remove the account {number}? You can take it back with Edit → Undo.</source>
        <translation>Das Kundenkonto {number} entfernen? Mit Bearbeiten → Rückgängig lässt es sich zurücknehmen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove account</source>
        <translation>Kundenkonto entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account {number} cannot be removed while these name it.</source>
        <translation>Das Kundenkonto {number} kann nicht entfernt werden, solange dies darauf verweist.</translation>
    </message>
</context>
<context>
    <name>DocumentsFeature</name>
    <message>
        <location filename="../../proxydesk/ui/documents/feature.py" line="+61"/>
        <source>Powers of attorney…</source>
        <translation>Vollmachten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a signed power of attorney…</source>
        <translation>Unterschriebene Vollmacht hinzufügen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>valid until {day}</source>
        <translation>gültig bis {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with no end date</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored the power of attorney of {name} ({status}, {until}).</source>
        <translation>Vollmacht von {name} gespeichert ({status}, {until}).</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <location filename="../../proxydesk/ui/editing/install.py" line="+62"/>
        <source>&amp;Edit</source>
        <extracomment>the links in the window&apos;s empty states</extracomment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a &amp;relative…</source>
        <translation>&amp;Angehörige(n) hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit relati&amp;ve…</source>
        <translation>Angehörige(n) &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+162"/>
        <source>Remove relative…</source>
        <translation>Angehörige(n) entfernen…</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&amp;Open a case…</source>
        <translation>&amp;Fall anlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;case…</source>
        <translation>Fall b&amp;earbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the &amp;story so far</source>
        <translation>&amp;Was bisher geschah bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+143"/>
        <source>Remove case…</source>
        <translation>Fall entfernen…</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Add an or&amp;ganization…</source>
        <translation>&amp;Unternehmen hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit organi&amp;zation…</source>
        <translation>Unternehmen bearbe&amp;iten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove organization…</source>
        <translation>Unternehmen entfernen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an &amp;account…</source>
        <translation>&amp;Kundenkonto hinzufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit accou&amp;nt…</source>
        <translation>Kundenkonto bearbeite&amp;n…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove account…</source>
        <translation>Kundenkonto entfernen…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose a relative</source>
        <translation>Angehörige(n) wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Relative:</source>
        <translation>&amp;Angehörige(r):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an organization</source>
        <translation>Unternehmen wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{organization} · {number} ({relative})</source>
        <translation>{organization} · {number} ({relative})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose an account</source>
        <translation>Kundenkonto wählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Account:</source>
        <translation>&amp;Kundenkonto:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit case…</source>
        <translation>Fall bearbeiten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit relative…</source>
        <translation>Angehörige(n) bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a case for them…</source>
        <translation>Fall für diese Person anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account…</source>
        <translation>Kundenkonto hinzufügen…</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../proxydesk/ui/editing/editor.py" line="+132"/>
        <source>Remove</source>
        <extracomment>told after each write was shown: the case to choose (None: keep what is chosen) what a form writes; answers the case to show afterwards (a new one), or None</extracomment>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../proxydesk/ui/call_logger/end_dialog.py" line="+49"/>
        <source>End the call</source>
        <extracomment>the outcomes in the order shown; the digit keys 1-6 choose them</extracomment>
        <translation>Anruf beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;1  Resolved</source>
        <translation>&amp;1  Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2  A promise was made</source>
        <translation>&amp;2  Zusage erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3  Transferred elsewhere</source>
        <translation>&amp;3  Anderswohin weitergeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4  They hung up on us</source>
        <translation>&amp;4  Die Gegenseite hat aufgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;5  Disconnected</source>
        <translation>&amp;5  Verbindung abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;6  No result</source>
        <translation>&amp;6  Ohne Ergebnis</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ended at</source>
        <translation>Beendet um</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the call</source>
        <translation>Anruf speichern</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <location filename="../../proxydesk/ui/widgets/entry_detail.py" line="+94"/>
        <source>Select an entry of the timeline to read it here.</source>
        <extracomment>a view of some entries&apos; text of its own (the mail viewer): which entries, and how to show one a promise&apos;s &quot;History&quot; button: show that promise with its history (its id)</extracomment>
        <translation>Wählen Sie einen Eintrag im Verlauf, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number dialed</source>
        <translation>Gewählte Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>Warteschleife</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises and claims made here</source>
        <translation>Hier zugesagt und behauptet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No text recorded.</source>
        <translation>Kein Text erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Entry details</source>
        <translation>Einzelheiten zum Eintrag</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>History</source>
        <translation>Chronik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it was said, how it turned out, what contradicts it</source>
        <translation>Wo es gesagt wurde, wie es ausging, was ihm widerspricht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>due {when}</source>
        <translation>fällig {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{due}, overdue</source>
        <translation>{due}, überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} · {status} · {due}</source>
        <translation>{kind} · {status} · {due}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} · {status}</source>
        <translation>{kind} · {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../proxydesk/ui/operations.py" line="+58"/>
        <source>The case file is busy with another write. Please try again in a moment.</source>
        <translation>Die Falldatei wird gerade von einem anderen Vorgang beschrieben. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ProxyDesk</source>
        <translation>ProxyDesk</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>This could not be recorded:

{error}</source>
        <translation>Das konnte nicht gespeichert werden:

{error}</translation>
    </message>
</context>
<context>
    <name>FaxDialog</name>
    <message>
        <location filename="../../proxydesk/ui/paper/fax_dialog.py" line="+25"/>
        <source>Fax to {name}</source>
        <translation>Fax an {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no fax number on file — type one</source>
        <translation>keine Faxnummer hinterlegt — bitte eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the signed power of attorney</source>
        <translation>Unterschriebene Vollmacht beilegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no signed scan of a valid power of attorney for this case yet.</source>
        <translation>Für diesen Fall gibt es noch keinen unterschriebenen Scan einer gültigen Vollmacht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make the fax</source>
        <translation>Fax erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To {name}</source>
        <translation>An {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax number:</source>
        <translation>Faxnummer:</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../proxydesk/ui/files/dialogs.py" line="+22"/>
        <source>ProxyDesk case files (*{suffix});;All files (*)</source>
        <translation>ProxyDesk-Falldateien (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a case file</source>
        <translation>Falldatei öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New case file</source>
        <translation>Neue Falldatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a copy of the case file</source>
        <translation>Kopie der Falldatei speichern</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../proxydesk/ui/files/menu.py" line="+59"/>
        <source>&amp;New…</source>
        <extracomment>a status bar message stays this long the path of a case file to open in place of this one the path where a new, empty case file is to be made and opened a copy was written: its path a copy could not be written: the error</extracomment>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new, empty case file and open it</source>
        <translation>Eine neue, leere Falldatei anlegen und öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another case file in place of this one</source>
        <translation>Statt dieser eine andere Falldatei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a copy of the whole case file, e.g. for a backup, while it stays open</source>
        <translation>Eine Kopie der ganzen Falldatei schreiben, z. B. als Sicherung; sie bleibt geöffnet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>new case file</source>
        <translation>neue Falldatei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{label} (not found)</source>
        <translation>{label} (nicht gefunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No files opened yet</source>
        <translation>Noch keine Dateien geöffnet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saving a copy as {path} …</source>
        <translation>Kopie wird als {path} gespeichert …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved a copy as {path}</source>
        <translation>Kopie als {path} gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy could not be written.

{details}</source>
        <translation>Die Kopie konnte nicht geschrieben werden.

{details}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../proxydesk/ui/editing/form.py" line="+83"/>
        <source>Problem</source>
        <extracomment>a text box for a few lines (address, notes, one number per line) what accepting a form writes: it starts the write, which ends in ``written`` or ``not_written``; a ProxyDeskError it raises at once is shown in the form what is wrong, in the user&apos;s words, and the field to go to</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This could not be saved: {error}</source>
        <translation>Das konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../proxydesk/ui/help/guide.py" line="+42"/>
        <source>ProxyDesk User Guide</source>
        <extracomment>the window&apos;s first size, in characters and text lines</extracomment>
        <translation>ProxyDesk-Handbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../proxydesk/ui/help/install.py" line="+24"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About ProxyDesk</source>
        <translation>Ü&amp;ber ProxyDesk</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../proxydesk/ui/language.py" line="+148"/>
        <source>&amp;Language</source>
        <extracomment>where the choice is kept in QSettings (UI state, not a case-file setting) marks the translators installed here, so the next install replaces them the languages a full translation exists for, besides English each language named in itself, as language menus do; never translated</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow the desktop: German when it is set to German, else English</source>
        <translation>Wie der Desktop: Deutsch, wenn er auf Deutsch eingestellt ist, sonst Englisch</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../proxydesk/ui/promises/dialogs.py" line="+126"/>
        <source>Link as contradicting</source>
        <translation>Als widersprüchlich verknüpfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These two statements contradict each other:</source>
        <translation>Diese beiden Aussagen widersprechen sich:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 180 days vs. no problem</source>
        <translation>z. B. 180 Tage gegenüber „kein Problem“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
</context>
<context>
    <name>MailAccountsDialog</name>
    <message>
        <location filename="../../proxydesk/ui/mail/accounts_dialog.py" line="+59"/>
        <location line="+9"/>
        <source>Mail accounts</source>
        <extracomment>the usual ports of IMAP over TLS and of IMAP (STARTTLS, plaintext) asked for a new password of an account: (account name) -&gt; password, or None an account was added (its view)</extracomment>
        <translation>E-Mail-Konten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No mail account yet. ProxyDesk reads your own mailbox (inbox and sent mail) and files the mail exchanged with the companies into their cases. Nothing on the server is changed.</source>
        <translation>Noch kein E-Mail-Konto. ProxyDesk liest Ihr eigenes Postfach (Posteingang und Gesendet) und ordnet die E-Mails mit den Unternehmen den passenden Fällen zu. Auf dem Server wird nichts verändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. My mailbox</source>
        <translation>z. B. Mein Postfach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. imap.example.org</source>
        <translation>z. B. imap.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS (recommended)</source>
        <translation>TLS (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plaintext — only to this computer</source>
        <translation>Unverschlüsselt — nur zu diesem Computer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>usually your mail address</source>
        <translation>meist Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept in the system keyring, not in the file</source>
        <translation>im Schlüsselbund des Systems, nicht in der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found by itself; name it only if not</source>
        <translation>wird selbst gefunden; nur sonst angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent folder</source>
        <translation>Ordner „Gesendet“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a mail account</source>
        <translation>E-Mail-Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>My mailbox</source>
        <translation>Mein Postfach</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adding the account…</source>
        <translation>Konto wird hinzugefügt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“{name}” is added; its password is in the system keyring. Sync with F9.</source>
        <translation>„{name}“ ist hinzugefügt; das Passwort liegt im Schlüsselbund des Systems. Abrufen mit F9.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The new password of “{name}” is in the keyring.</source>
        <translation>Das neue Passwort von „{name}“ liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password for “{name}”:</source>
        <translation>Neues Passwort für „{name}“:</translation>
    </message>
</context>
<context>
    <name>MailAccountsModel</name>
    <message>
        <location filename="../../proxydesk/ui/mail/accounts_model.py" line="+47"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plaintext (this computer only)</source>
        <translation>unverschlüsselt (nur dieser Computer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>MailDetail</name>
    <message>
        <location filename="../../proxydesk/ui/mail/mail_detail.py" line="+88"/>
        <source>From</source>
        <extracomment>the list of attached files shows this many at most; more scroll asked for a path to save to: (suggested file name) -&gt; path, or None when cancelled the mail id the user wants filed into another case the mail finished loading (for tests and the status bar)</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read receipt</source>
        <translation>Lesebestätigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as plain text</source>
        <translation>Als Text zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to case…</source>
        <translation>Fall ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save original…</source>
        <translation>Original speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the mail byte for byte as it arrived (.eml), e.g. as evidence</source>
        <translation>Die E-Mail Byte für Byte so speichern, wie sie ankam (.eml), z. B. als Beweis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mail text</source>
        <translation>Text der E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the mail…</source>
        <translation>E-Mail wird gelesen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the mail carries no usable date; the time shown is when it arrived</source>
        <translation>die E-Mail hat kein brauchbares Datum; gezeigt wird, wann sie ankam</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>read at {when}</source>
        <translation>gelesen am {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt requested, none received</source>
        <translation>Bestätigung angefordert, keine erhalten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{name} is a program; ProxyDesk does not open programs from mail. Save it if you need it, and have it checked first.</source>
        <translation>{name} ist ein Programm; ProxyDesk öffnet keine Programme aus E-Mails. Speichern Sie es, wenn Sie es brauchen, und lassen Sie es vorher prüfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be written: {error}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The file could not be saved: {error}</source>
        <translation>Die Datei konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>MailErrorWords</name>
    <message>
        <location filename="../../proxydesk/ui/mail/error_words.py" line="+22"/>
        <source>The mail server did not accept the user name or password.</source>
        <translation>Der Mailserver hat Benutzername oder Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server could not be reached, or the connection dropped.</source>
        <translation>Der Mailserver war nicht erreichbar, oder die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keyring holds no password for this mail account.</source>
        <translation>Im Schlüsselbund liegt kein Passwort für dieses E-Mail-Konto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no system keyring to keep the mail password in.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, in dem das Passwort liegen könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync was stopped.</source>
        <translation>Der Abruf wurde angehalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case file was busy with other work for too long.</source>
        <translation>Die Falldatei war zu lange mit anderer Arbeit beschäftigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That cannot be used.</source>
        <translation>Das lässt sich nicht verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That did not work.</source>
        <translation>Das hat nicht geklappt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside ProxyDesk.</source>
        <translation>In ProxyDesk ist etwas schiefgegangen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the user name in Mail accounts, then enter the password again there (Change password…). Nothing was fetched.</source>
        <translation>Prüfen Sie den Benutzernamen unter E-Mail-Konten und geben Sie dort das Passwort erneut ein (Passwort ändern…). Es wurde nichts abgerufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check that this computer is online and that the server name, port and security are right, then sync again. What was fetched before is kept.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist und Servername, Port und Sicherheit stimmen, und rufen Sie dann erneut ab. Bereits Abgerufenes bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Mail accounts and enter the password again (Change password…).</source>
        <translation>Öffnen Sie die E-Mail-Konten und geben Sie das Passwort erneut ein (Passwort ändern…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ProxyDesk keeps passwords only in the system keyring, never in the case file. Install and unlock one — on Debian or Ubuntu the package gnome-keyring (or KWallet on KDE) — then try again.</source>
        <translation>ProxyDesk bewahrt Passwörter nur im Schlüsselbund des Systems auf, nie in der Falldatei. Installieren und entsperren Sie einen — unter Debian oder Ubuntu das Paket gnome-keyring (oder KWallet unter KDE) — und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was fetched before is kept; the next sync goes on from there.</source>
        <translation>Bereits Abgerufenes bleibt erhalten; der nächste Abruf macht dort weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program may have the file open. What was fetched before is kept; try again in a moment.</source>
        <translation>Vielleicht hat ein anderes Programm die Datei geöffnet. Was vorher abgerufen wurde, bleibt erhalten; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct it and try again.</source>
        <translation>Korrigieren Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please try again; if it happens again, the log file tells what it was.</source>
        <translation>Bitte versuchen Sie es erneut; passiert es wieder, steht in der Protokolldatei, was es war.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details: {detail}</source>
        <translation>Details: {detail}</translation>
    </message>
</context>
<context>
    <name>MailFeature</name>
    <message>
        <location filename="../../proxydesk/ui/mail/feature.py" line="+79"/>
        <source>&amp;Sync now</source>
        <extracomment>how long the status bar keeps a message about mail</extracomment>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail &amp;accounts…</source>
        <translation>E-Mail-&amp;Konten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quarantine…</source>
        <translation>&amp;Quarantäne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move mail to case…</source>
        <translation>E-Mail in Fall &amp;verschieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No mail account yet — set one up</source>
        <translation>Noch kein E-Mail-Konto — jetzt einrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up mail…</source>
        <translation>E-Mail einrichten…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Syncing {folder}: {done} of {total}</source>
        <translation>Abruf {folder}: {done} von {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Mail sync stopped; %n new message(s) kept.</source>
        <translation>
            <numerusform>E-Mail-Abruf angehalten; %n neue Nachricht behalten.</numerusform>
            <numerusform>E-Mail-Abruf angehalten; %n neue Nachrichten behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Mail synced: %n new message(s).</source>
        <translation>
            <numerusform>E-Mails abgerufen: %n neue Nachricht.</numerusform>
            <numerusform>E-Mails abgerufen: %n neue Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Mail sync did not finish; see the sync window.</source>
        <translation>Der E-Mail-Abruf wurde nicht fertig; siehe das Abruffenster.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Moved “{subject}” to “{case}”.</source>
        <translation>„{subject}“ nach „{case}“ verschoben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../proxydesk/ui/main_window.py" line="+95"/>
        <source>Relatives and cases</source>
        <extracomment>first widths of the three panes; the middle one takes what is left a new window leaves a little of the screen free at most this share of the middle pane goes to the case header at first a window shown but not painted (minimized) counts as painted after this long the status bar&apos;s room around a button in it the menu bar&apos;s room around the search field in its corner what the tree of relatives and cases shows what the case&apos;s header shows what the case&apos;s timeline shows the window is about to close (its layout is still as the user left it) the services came and every feature is installed (see ``attach``) the window&apos;s first paint is done (the first screen is up); a window shown but not painted for a while (started minimized) says so then work off the GUI thread: a writer lane and a parallel lane (see ui/runner.py) what a write changed, to every view; the window&apos;s own events, to every feature the one write path (see ``Host.write`` and ``proxydesk/ui/operations.py``)</extracomment>
        <translation>Angehörige und Fälle</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file was upgraded; the old version is kept as {path}</source>
        <translation>Die Datei wurde aktualisiert; die alte Fassung liegt unter {path}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ProxyDesk — {name}</source>
        <translation>ProxyDesk — {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProxyDesk — {name} (read-only)</source>
        <translation>ProxyDesk — {name} (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No relatives yet.</source>
        <translation>Noch keine Angehörigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No relatives yet — &lt;a href=&quot;add-relative&quot;&gt;Add a relative…&lt;/a&gt;</source>
        <translation>Noch keine Angehörigen — &lt;a href=&quot;add-relative&quot;&gt;Angehörige(n) hinzufügen…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No cases yet.</source>
        <translation>Noch keine Fälle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases yet — &lt;a href=&quot;add-case&quot;&gt;Open a case…&lt;/a&gt;</source>
        <translation>Noch keine Fälle — &lt;a href=&quot;add-case&quot;&gt;Fall anlegen…&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a case on the left to see its timeline.</source>
        <translation>Wählen Sie links einen Fall, um seinen Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>MoveToCaseDialog</name>
    <message>
        <location filename="../../proxydesk/ui/mail/move_dialog.py" line="+31"/>
        <source>Move mail to another case</source>
        <translation>E-Mail in anderen Fall verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move “{subject}” into this case (later syncs keep your choice):</source>
        <translation>„{subject}“ in diesen Fall verschieben (spätere Abrufe behalten Ihre Wahl bei):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>NotificationBar</name>
    <message>
        <location filename="../../proxydesk/ui/reminders/bar.py" line="+75"/>
        <source>&amp;Open</source>
        <extracomment>light ground, dark text: it reads in light and dark themes</extracomment>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nooze</source>
        <translation>Erneut e&amp;rinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide it until ProxyDesk starts again</source>
        <translation>Ausblenden, bis ProxyDesk neu startet</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Turned out…</source>
        <translation>&amp;Ergebnis…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — {case}</source>
        <translation> — {case}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue since {when}: “{text}”{case}</source>
        <translation>Überfällig seit {when}: „{text}“{case}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder: {text}{case}</source>
        <translation>Erinnerung: {text}{case}</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../proxydesk/ui/editing/directory_dialogs.py" line="-135"/>
        <source>Add an organization</source>
        <translation>Unternehmen hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit organization</source>
        <translation>Unternehmen bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hotline: +49 800 5550100 = orders
fax: +49 800 5550109</source>
        <translation>hotline: +49 800 5550100 = Aufträge
fax: +49 800 5550109</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One per line: the kind, a colon, the number or address, and = what for.</source>
        <translation>Einer pro Zeile: die Art, ein Doppelpunkt, die Nummer oder Adresse und = wofür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for a power of &amp;attorney</source>
        <translation>Verlangt eine &amp;Vollmacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channels:</source>
        <translation>&amp;Kontaktwege:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for a power of attorney</source>
        <translation>Verlangt eine Vollmacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please give the organization&apos;s name.</source>
        <translation>Bitte geben Sie den Namen des Unternehmens an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Channel line {number}: write the kind, a colon and the number, e.g. “hotline: +49 800 5550100 = orders”. Kinds: {kinds}.</source>
        <translation>Kontaktweg in Zeile {number}: Schreiben Sie die Art, einen Doppelpunkt und die Nummer, z. B. „hotline: +49 800 5550100 = Aufträge“. Arten: {kinds}.</translation>
    </message>
</context>
<context>
    <name>PaperFeature</name>
    <message>
        <location filename="../../proxydesk/ui/paper/feature.py" line="+30"/>
        <source>ProxyDesk</source>
        <translation>ProxyDesk</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Paper</source>
        <translation>&amp;Schriftstücke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power of attorney…</source>
        <translation>Vollmacht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax to the company…</source>
        <translation>Fax an das Unternehmen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makes the letter as drafted from the case. To change its wording first, use &apos;proxydesk form letter --edit-json DRAFT.json&apos; and then &apos;--from-json DRAFT.json&apos;.</source>
        <translation>Erstellt den Brief so, wie er aus dem Fall entworfen wird. Um den Wortlaut vorher zu ändern, nutzen Sie ‚proxydesk form letter --edit-json ENTWURF.json‘ und danach ‚--from-json ENTWURF.json‘.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint letter…</source>
        <translation>Beschwerdebrief…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request to the conciliation body…</source>
        <translation>Antrag an die Schlichtungsstelle…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation dossier…</source>
        <translation>Eskalationsdossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Escalation dossier — {title}</source>
        <translation>Eskalationsdossier — {title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Complaint letter to {name}</source>
        <translation>Beschwerdebrief an {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request to the conciliation body about {name}</source>
        <translation>Antrag an die Schlichtungsstelle wegen {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Power of attorney for {name}</source>
        <translation>Vollmacht für {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fax to {name}</source>
        <translation>Fax an {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>PaperWords</name>
    <message>
        <location filename="../../proxydesk/ui/paper/words.py" line="+21"/>
        <source>Timeline: {done} of {total} entries</source>
        <translation>Verlauf: {done} von {total} Einträgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appending scan {n} of {m}</source>
        <translation>Scan {n} von {m} wird angehängt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Numbering the pages…</source>
        <translation>Seiten werden nummeriert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing page {n} of {m}</source>
        <translation>Seite {n} von {m} wird angezeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary, promises and contradictions…</source>
        <translation>Zusammenfassung, Zusagen und Widersprüche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments and power of attorney…</source>
        <translation>Anlagen und Vollmacht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the document…</source>
        <translation>Dokument wird erstellt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} has no fax number in the case file. Choose Paper → Fax to the company… again and type the number to send to.</source>
        <translation>Für {name} ist keine Faxnummer in der Falldatei. Wählen Sie erneut Schriftstücke → Fax an das Unternehmen… und geben Sie die Zielnummer ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The document could not be made:

{error}</source>
        <translation>Das Dokument konnte nicht erstellt werden:

{error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document could not be made (an unexpected error: {error}).</source>
        <translation>Das Dokument konnte nicht erstellt werden (unerwarteter Fehler: {error}).</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../proxydesk/ui/paper/preview.py" line="+85"/>
        <source>German</source>
        <extracomment>``inform(parent, text)``: tell the user one plain sentence (a message box; tests record it) ``ask_save_path(parent, suggested)``: where to save, or &quot;&quot; when the user said no room for the longest step (&quot;Timeline: 10,000 of 10,000 entries&quot;), in characters a document is shown (the first time, or made again) making the document was cancelled; nothing was written</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter (US)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress of making the document</source>
        <translation>Fortschritt beim Erstellen des Dokuments</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Make it again</source>
        <translation>Erneut erstellen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the case…</source>
        <translation>Fall wird gelesen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled. No document was made or saved.</source>
        <translation>Abgebrochen. Es wurde kein Dokument erstellt oder gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. The pages shown are the ones made before.</source>
        <translation>Abgebrochen. Die angezeigten Seiten sind die zuvor erstellten.</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open in viewer</source>
        <translation>Im Betrachter öffnen</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Making the document…</source>
        <translation>Dokument wird erstellt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Page {n} of {m}</source>
        <translation>Seite {n} von {m}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The PDF could not be written: {error}</source>
        <translation>Das PDF konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No program to show PDFs was found.</source>
        <translation>Es wurde kein Programm zum Anzeigen von PDFs gefunden.</translation>
    </message>
</context>
<context>
    <name>PoaWords</name>
    <message>
        <location filename="../../proxydesk/ui/documents/poa_words.py" line="+23"/>
        <source>Get information</source>
        <extracomment>the acts in the order the dialog and the list show them</extracomment>
        <translation>Auskunft einholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change contracts</source>
        <translation>Verträge ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move lines and contracts</source>
        <translation>Anschlüsse und Verträge umziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel contracts</source>
        <translation>Verträge kündigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move an email address</source>
        <translation>E-Mail-Adresse umziehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>verschickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>anerkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every organization (general)</source>
        <translation>Alle Unternehmen (Generalvollmacht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>from {start}, no end date</source>
        <translation>ab {start}, unbefristet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {end}</source>
        <translation>bis {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ends today</source>
        <translation>endet heute</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>endet in %n Tag</numerusform>
            <numerusform>endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not yet in force</source>
        <translation>noch nicht in Kraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in force</source>
        <translation>nicht in Kraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
</context>
<context>
    <name>PowersOfAttorneyDialog</name>
    <message>
        <location filename="../../proxydesk/ui/documents/powers_dialog.py" line="+51"/>
        <source>Powers of attorney — {name}</source>
        <extracomment>asked for a scan to add: () -&gt; path, or None when cancelled the user wants to store another scan for this relative (a path)</extracomment>
        <translation>Vollmachten — {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Powers of attorney</source>
        <translation>Vollmachten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open scan</source>
        <translation>Scan öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a signed scan…</source>
        <translation>Unterschriebenen Scan hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No power of attorney yet. Drag the scan of a signed one (PDF, PNG or JPEG) onto the relative in the list on the left, or add it here.</source>
        <translation>Noch keine Vollmacht. Ziehen Sie den Scan einer unterschriebenen Vollmacht (PDF, PNG oder JPEG) links auf die angehörige Person, oder fügen Sie ihn hier hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expired ones are shown in red, those ending within a month in brown.</source>
        <translation>Abgelaufene erscheinen rot, solche, die innerhalb eines Monats enden, braun.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The scan of the signed power of attorney</source>
        <translation>Der Scan der unterschriebenen Vollmacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PowersOfAttorneyModel</name>
    <message>
        <location filename="../../proxydesk/ui/documents/powers_model.py" line="+65"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allows</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers the cases</source>
        <translation>Gilt für die Fälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>nothing named</source>
        <translation>nichts genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period} ({state})</source>
        <translation>{period} ({state})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no case yet</source>
        <translation>noch kein Fall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PromiseActions</name>
    <message>
        <location filename="../../proxydesk/ui/promises/actions.py" line="+169"/>
        <source>Due: {text}</source>
        <translation>Fällig: {text}</translation>
    </message>
</context>
<context>
    <name>PromiseForm</name>
    <message>
        <location filename="../../proxydesk/ui/call_logger/promise_form.py" line="+46"/>
        <source>They promised … (in their words)</source>
        <extracomment>the quick due choices, in order; &quot;custom&quot; takes the editor&apos;s time</extracomment>
        <translation>Zugesagt wurde … (in ihren Worten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Today 18:00</source>
        <translation>&amp;Heute 18:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;omorrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;3 days</source>
        <translation>In &amp;3 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No due time</source>
        <translation>&amp;Ohne Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add (Enter)</source>
        <translation>Hinzufügen (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They said</source>
        <translation>Gesagt wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>What did they say?</source>
        <translation>Was wurde gesagt?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The due time has passed already.</source>
        <translation>Die Frist ist bereits verstrichen.</translation>
    </message>
</context>
<context>
    <name>PromiseHistoryView</name>
    <message>
        <location filename="../../proxydesk/ui/promises/history.py" line="+39"/>
        <source>← Back to the entry</source>
        <translation>← Zurück zum Eintrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show where it was said</source>
        <translation>Zeigen, wo es gesagt wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what showed it</source>
        <translation>Zeigen, woran es sich zeigte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept…</source>
        <translation>Eingehalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken…</source>
        <translation>Gebrochen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False…</source>
        <translation>Falsch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me…</source>
        <translation>Erinnern…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contradicting statements</source>
        <translation>Widersprüchliche Aussagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Promise history</source>
        <translation>Chronik der Zusage</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{who}, {when}: “{text}” — {status}</source>
        <translation>{who}, {when}: „{text}“ — {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why: {note}</source>
        <translation>Warum: {note}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
</context>
<context>
    <name>PromiseQuote</name>
    <message>
        <location filename="../../proxydesk/ui/promises/dialogs.py" line="-108"/>
        <source>nobody named</source>
        <extracomment>the two statements side by side need room for their words</extracomment>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” — {who}, {when}</source>
        <translation>„{text}“ — {who}, {when}</translation>
    </message>
</context>
<context>
    <name>PromisesController</name>
    <message>
        <location filename="../../proxydesk/ui/promises/install.py" line="+49"/>
        <source>Promises and claims</source>
        <extracomment>what the promises panel and a promise&apos;s history show the promise in the right pane, and whether it was opened from a timeline entry</extracomment>
        <translation>Zusagen und Behauptungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Promises</source>
        <translation>&amp;Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show promises</source>
        <translation>Zusagen &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is &amp;overdue</source>
        <translation>Was &amp;überfällig ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contradictions side by side</source>
        <translation>&amp;Widersprüche nebeneinander</translation>
    </message>
</context>
<context>
    <name>PromisesModel</name>
    <message>
        <location filename="../../proxydesk/ui/promises/model.py" line="+147"/>
        <source>Status</source>
        <extracomment>due today: a light ground with dark text, readable in light and dark themes False: nothing to show (no case chosen while the scope is one case)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Gesagt am</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{text}  [contradicted ×{count}]</source>
        <translation>{text}  [widersprochen ×{count}]</translation>
    </message>
</context>
<context>
    <name>PromisesPanel</name>
    <message>
        <location filename="../../proxydesk/ui/promises/panel.py" line="+61"/>
        <source>This case</source>
        <extracomment>the scope chooser&apos;s entries, in order</extracomment>
        <translation>Dieser Fall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promises and claims</source>
        <translation>Zusagen und Behauptungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Kept…</source>
        <translation>&amp;Eingehalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Broken…</source>
        <translation>&amp;Gebrochen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;False…</source>
        <translation>&amp;Falsch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link as contradicting…</source>
        <translation>Als widersprüchlich &amp;verknüpfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind me…</source>
        <translation>E&amp;rinnern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The promise was kept</source>
        <translation>Die Zusage wurde eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The promise was broken</source>
        <translation>Die Zusage wurde gebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim turned out false</source>
        <translation>Die Behauptung hat sich als falsch erwiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select two statements that cannot both be true</source>
        <translation>Wählen Sie zwei Aussagen, die nicht beide stimmen können</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a case on the left to see its promises and claims.</source>
        <translation>Wählen Sie links einen Fall, um seine Zusagen und Behauptungen zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is open: every promise has turned out.</source>
        <translation>Nichts ist offen: Bei jeder Zusage steht fest, wie sie ausging.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is overdue.</source>
        <translation>Nichts ist überfällig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No promises or claims recorded yet. During a call, Ctrl+P records what they promised or claimed.</source>
        <translation>Noch keine Zusagen oder Behauptungen erfasst. Während eines Anrufs hält Strg+P fest, was zugesagt oder behauptet wurde.</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../proxydesk/ui/files/prompts.py" line="+22"/>
        <source>This case file is open in another ProxyDesk.

Only one ProxyDesk at a time can change a file. You can open it read-only to look things up.

{details}</source>
        <translation>Diese Falldatei ist in einem anderen ProxyDesk geöffnet.

Nur ein ProxyDesk auf einmal kann eine Datei ändern. Sie können sie schreibgeschützt öffnen, um etwas nachzusehen.

{details}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>ProxyDesk</source>
        <translation>ProxyDesk</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This case file was written by a newer ProxyDesk.</source>
        <translation>Diese Falldatei wurde von einem neueren ProxyDesk geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a ProxyDesk case file.</source>
        <translation>Diese Datei ist keine ProxyDesk-Falldatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ProxyDesk cannot open the case file.</source>
        <translation>ProxyDesk kann die Falldatei nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <location filename="../../proxydesk/ui/mail/quarantine_dialog.py" line="+41"/>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These messages could not be read. They are kept exactly as they came; save one as a file (.eml) to open it in another mail program.</source>
        <translation>Diese Nachrichten konnten nicht gelesen werden. Sie bleiben genau so erhalten, wie sie kamen; speichern Sie eine als Datei (.eml), um sie in einem anderen E-Mail-Programm zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quarantined messages</source>
        <translation>Nachrichten in Quarantäne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save raw message…</source>
        <translation>Rohe Nachricht speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The quarantine is empty: every message could be read.</source>
        <translation>Die Quarantäne ist leer: Jede Nachricht konnte gelesen werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file could not be saved: {error}</source>
        <translation>Die Datei konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save raw message</source>
        <translation>Rohe Nachricht speichern</translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <location filename="../../proxydesk/ui/mail/quarantine_model.py" line="+41"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it could not be read</source>
        <translation>Warum sie nicht lesbar war</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{account} · {folder} · message {uid}</source>
        <translation>{account} · {folder} · Nachricht {uid}</translation>
    </message>
</context>
<context>
    <name>ReferenceWords</name>
    <message>
        <location filename="../../proxydesk/ui/editing/case_dialog.py" line="-98"/>
        <source>ticket</source>
        <extracomment>an organization&apos;s id, or the name of one to add typed before the colon of a ticket number: &quot;ticket: 4711&quot;</extracomment>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <extracomment>typed before the colon of an order number: &quot;order: A-2012-0305-48817&quot;</extracomment>
        <translation>Auftrag</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../proxydesk/ui/editing/directory_dialogs.py" line="-91"/>
        <source>Add a relative</source>
        <translation>Angehörige(n) hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit relative</source>
        <translation>Angehörige(n) bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One number per line</source>
        <translation>Eine Nummer pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Born on:</source>
        <translation>&amp;Geboren am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone numbers:</source>
        <translation>&amp;Telefonnummern:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please give the relative&apos;s name.</source>
        <translation>Bitte geben Sie den Namen der angehörigen Person an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the date of birth as year-month-day, e.g. 1939-11-08.</source>
        <translation>Schreiben Sie das Geburtsdatum als Jahr-Monat-Tag, z. B. 1939-11-08.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>Das Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>RelativesCasesModel</name>
    <message>
        <location filename="../../proxydesk/ui/models/relatives_cases.py" line="+140"/>
        <source>Relatives and cases</source>
        <extracomment>internalId of a top-level row; a case row&apos;s internalId is its group&apos;s row + 1</extracomment>
        <translation>Angehörige und Fälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open promises</source>
        <translation>Offene Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open promises past their due time</source>
        <translation>Offene Zusagen, deren Frist verstrichen ist</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cases without a relative</source>
        <translation>Fälle ohne Angehörige</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{organization} · {status}
For: {relatives}</source>
        <translation>{organization} · {status}
Für: {relatives}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <location filename="../../proxydesk/ui/reminders/dialogs.py" line="+83"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. call the hotline again if nobody called back</source>
        <translation>z. B. Hotline erneut anrufen, falls kein Rückruf kam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No case</source>
        <translation>Kein Fall</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
</context>
<context>
    <name>RemindersController</name>
    <message>
        <location filename="../../proxydesk/ui/reminders/install.py" line="+61"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Reminders</source>
        <translation>E&amp;rinnerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show reminders</source>
        <translation>Erinnerungen &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a reminder…</source>
        <translation>Erinnerung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is &amp;due now</source>
        <translation>Was jetzt &amp;fällig ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export reminders to calendar…</source>
        <translation>Erinnerungen in Kalender &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <source>ProxyDesk</source>
        <translation>ProxyDesk</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Due: {text}</source>
        <translation>Fällig: {text}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export reminders to calendar</source>
        <translation>Erinnerungen in Kalender exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n calendar entry(s) written to {path}</source>
        <translation>
            <numerusform>%n Kalendereintrag nach {path} geschrieben</numerusform>
            <numerusform>%n Kalendereinträge nach {path} geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../proxydesk/ui/reminders/model.py" line="+66"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snoozed until {when}</source>
        <translation>zurückgestellt bis {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>upcoming</source>
        <translation>anstehend</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../proxydesk/ui/reminders/panel.py" line="+67"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show done</source>
        <translation>Erledigte zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nooze</source>
        <translation>Erneut e&amp;rinnern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to calendar…</source>
        <translation>In Kalender exportieren…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No reminders waiting. Add one with “Add…”, or from a promise with “Remind me…”.</source>
        <translation>Keine Erinnerungen offen. Legen Sie eine mit „Hinzufügen…“ an, oder bei einer Zusage mit „Erinnern…“.</translation>
    </message>
</context>
<context>
    <name>RemovalWords</name>
    <message>
        <location filename="../../proxydesk/ui/editing/removal.py" line="+18"/>
        <source>Cases: {count}</source>
        <translation>Fälle: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts: {count}</source>
        <translation>Kundenkonten: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Powers of attorney: {count}</source>
        <translation>Vollmachten: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents: {count}</source>
        <translation>Dokumente: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People at the organization: {count}</source>
        <translation>Personen beim Unternehmen: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline entries: {count}</source>
        <translation>Einträge im Verlauf: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises and claims: {count}</source>
        <translation>Zusagen und Behauptungen: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders: {count}</source>
        <translation>Erinnerungen: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments: {count}</source>
        <translation>Termine: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unfinished calls: {count}</source>
        <translation>Nicht abgeschlossene Anrufe: {count}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Remove the case “{title}” and its %n ticket or order number(s)? You can take it back with Edit → Undo.</source>
        <translation>
            <numerusform>Den Fall „{title}“ und seine %n Vorgangs- oder Auftragsnummer entfernen? Mit Bearbeiten → Rückgängig lässt es sich zurücknehmen.</numerusform>
            <numerusform>Den Fall „{title}“ und seine %n Vorgangs- oder Auftragsnummern entfernen? Mit Bearbeiten → Rückgängig lässt es sich zurücknehmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove {name} and its %n channel(s) (hotlines, addresses)? You can take it back with Edit → Undo.</source>
        <translation>
            <numerusform>{name} und den %n Kontaktweg (Hotlines, Adressen) entfernen? Mit Bearbeiten → Rückgängig lässt es sich zurücknehmen.</numerusform>
            <numerusform>{name} und die %n Kontaktwege (Hotlines, Adressen) entfernen? Mit Bearbeiten → Rückgängig lässt es sich zurücknehmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Remove the account {number}? It is no longer shown on its %n case(s). You can take it back with Edit → Undo.</source>
        <translation>
            <numerusform>Das Kundenkonto {number} entfernen? Es erscheint dann bei seinem %n Fall nicht mehr. Mit Bearbeiten → Rückgängig lässt es sich zurücknehmen.</numerusform>
            <numerusform>Das Kundenkonto {number} entfernen? Es erscheint dann bei seinen %n Fällen nicht mehr. Mit Bearbeiten → Rückgängig lässt es sich zurücknehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../proxydesk/ui/promises/dialogs.py" line="+18"/>
        <source>How did it turn out?</source>
        <translation>Wie ist es ausgegangen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Kept</source>
        <translation>&amp;Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Broken</source>
        <translation>&amp;Gebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turned out &amp;false</source>
        <translation>Als &amp;falsch erwiesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No event recorded — as of now</source>
        <translation>Kein Ereignis erfasst — Stand jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} · {kind} · {summary}</source>
        <translation>{when} · {kind} · {summary}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. nobody called back</source>
        <translation>z. B. kein Rückruf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown by</source>
        <translation>Gezeigt durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>SafeMailBrowser</name>
    <message>
        <location filename="../../proxydesk/ui/mail/viewer.py" line="+117"/>
        <source>Open link?</source>
        <extracomment>every URL the document asked for, and those it got nothing for</extracomment>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This link is in a mail:

{url}

Open it in your web browser? Links in mail can lead somewhere else than they say.</source>
        <translation>Dieser Link steht in einer E-Mail:

{url}

Im Webbrowser öffnen? Links in E-Mails können woandershin führen, als sie angeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../proxydesk/ui/search/feature.py" line="+35"/>
        <source>Found in the whole file</source>
        <extracomment>the search field&apos;s width, in characters</extracomment>
        <translation>In der ganzen Datei gefunden</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../proxydesk/ui/search/search_panel.py" line="+31"/>
        <source>Search the whole file (Ctrl+F)</source>
        <extracomment>typing pauses this long before the file is searched</extracomment>
        <translation>Die ganze Datei durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the whole file</source>
        <translation>Die ganze Datei durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find in the whole file…</source>
        <translation>In der ganzen Datei &amp;suchen…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location line="+29"/>
        <source>Search results</source>
        <extracomment>case id, entry (event) id</extracomment>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Calls, notes, mails and promises of every case are searched.</source>
        <translation>Durchsucht werden Anrufe, Notizen, E-Mails und Zusagen aller Fälle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found. Try fewer words, or other ones.</source>
        <translation>Nichts gefunden. Versuchen Sie es mit weniger oder anderen Wörtern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type words to find them in every case&apos;s timeline.</source>
        <translation>Geben Sie Wörter ein, um sie im Verlauf jedes Falls zu finden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found for “{query}”.</source>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The best {count} matches for “{query}”; add words to narrow it.</source>
        <translation>Die {count} besten Treffer für „{query}“; weitere Wörter grenzen die Suche ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} found for “{query}” — double-click one to open it.</source>
        <translation>{count} gefunden für „{query}“ — Doppelklick öffnet einen Treffer.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../proxydesk/ui/search/results_model.py" line="+71"/>
        <source>When</source>
        <extracomment>how many matches a search shows; the best ones come first the tooltip shows this much of the entry&apos;s text</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <location filename="../../proxydesk/ui/language.py" line="+18"/>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../proxydesk/ui/files/shortcuts.py" line="+42"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location line="-40"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <location filename="../../proxydesk/ui/promises/dialogs.py" line="+68"/>
        <source>Contradicting statements</source>
        <translation>Widersprüchliche Aussagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{first}” vs. “{second}”</source>
        <translation>„{first}“ gegenüber „{second}“</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../proxydesk/ui/reminders/dialogs.py" line="+72"/>
        <source>For &amp;15 minutes</source>
        <translation>Für &amp;15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For an &amp;hour</source>
        <translation>Für eine &amp;Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until &amp;tomorrow 9:00</source>
        <translation>Bis &amp;morgen 9:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Until &amp;…</source>
        <translation>Bis &amp;…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze until</source>
        <translation>Erneut erinnern am</translation>
    </message>
</context>
<context>
    <name>StatementCard</name>
    <message>
        <location filename="../../proxydesk/ui/promises/statement.py" line="+48"/>
        <source>Case</source>
        <extracomment>the statement itself is what is read out: a little larger than the rest</extracomment>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said by</source>
        <translation>Gesagt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown by</source>
        <translation>Gezeigt durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind} · {status}</source>
        <translation>{kind} · {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({team})</source>
        <translation>{name} ({team})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no due time</source>
        <translation>ohne Frist</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>, with {name}</source>
        <translation>, mit {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} on {when}{who}: {summary}</source>
        <translation>{kind} am {when}{who}: {summary}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{status}, on {when}</source>
        <translation>{status}, am {when}</translation>
    </message>
</context>
<context>
    <name>StoreScanDialog</name>
    <message>
        <location filename="../../proxydesk/ui/documents/scan_dialog.py" line="+75"/>
        <source>Store a signed power of attorney</source>
        <extracomment>the organization box&apos;s datum for a general power of attorney (ids start at 1) what a power of attorney for a company usually allows, checked at first the power of attorney, stored with its scan storing was cancelled; nothing was stored</extracomment>
        <translation>Unterschriebene Vollmacht speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} ({size}), signed by {name}</source>
        <translation>{file} ({size}), unterschrieben von {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the name written on it as the one given power</source>
        <translation>der darauf als bevollmächtigte Person eingetragene Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every organization (general)</source>
        <translation>Alle Unternehmen (Generalvollmacht)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allows</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress of storing the scan</source>
        <translation>Fortschritt beim Speichern des Scans</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scan</source>
        <translation>Der Scan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Waiting for the case file…</source>
        <translation>Warten auf die Falldatei…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the scan: {done} of {total}</source>
        <translation>Scan wird gelesen: {done} von {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking that the scan can be read…</source>
        <translation>Es wird geprüft, ob der Scan lesbar ist…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storing the scan in the case file…</source>
        <translation>Scan wird in der Falldatei gespeichert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled. Nothing was stored.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../proxydesk/ui/mail/sync_dialog.py" line="+45"/>
        <location line="+200"/>
        <source>Sync mail</source>
        <extracomment>the dialog&apos;s width, in characters: room for a folder&apos;s summary in one line the sync ended (a SyncOutcome); new mail may be in the timelines a progress report (SyncProgress), also for the status bar Sync was asked for with no account yet the user wants to see the quarantine</extracomment>
        <translation>E-Mails abrufen</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Fetch all mail (not only the relevant messages)</source>
        <translation>Alle E-Mails abrufen (nicht nur die relevanten Nachrichten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also fetches the mail that is about none of the cases, kept outside the cases. Like &apos;proxydesk mail sync --all&apos;.</source>
        <translation>Ruft auch die E-Mails ab, die zu keinem Fall gehören; sie liegen außerhalb der Fälle. Wie ‚proxydesk mail sync --all‘.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show quarantine…</source>
        <translation>Quarantäne zeigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync again</source>
        <translation>Erneut abrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Syncing mail…</source>
        <translation>E-Mails werden abgerufen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to the mail server and looking for mail about the cases…</source>
        <translation>Verbindung zum Mailserver, Suche nach E-Mails zu den Fällen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stopping after the messages being stored now…</source>
        <translation>Wird nach den gerade gespeicherten Nachrichten angehalten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{account}, {folder}</source>
        <translation>{account}, {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: {done} of {total} messages stored · {rate} per second</source>
        <translation>{where}: {done} von {total} Nachrichten gespeichert · {rate} pro Sekunde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sync was stopped</source>
        <translation>Der Abruf wurde angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was fetched before is kept; the next sync goes on from there.</source>
        <translation>Bereits Abgerufenes bleibt erhalten; der nächste Abruf macht dort weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>The sync did not finish</source>
        <translation>Der Abruf wurde nicht fertig</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Mail is up to date</source>
        <translation>E-Mails sind auf dem neuesten Stand</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new message(s).</source>
        <translation>
            <numerusform>%n neue Nachricht.</numerusform>
            <numerusform>%n neue Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read and wait(s) in the quarantine.</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden und wartet in der Quarantäne.</numerusform>
            <numerusform>%n konnten nicht gelesen werden und warten in der Quarantäne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Press Sync again to fetch new mail.</source>
        <translation>„Erneut abrufen“ holt neue E-Mails.</translation>
    </message>
</context>
<context>
    <name>SyncSummaryModel</name>
    <message>
        <location filename="../../proxydesk/ui/mail/sync_summary_model.py" line="+66"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetched</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed into cases</source>
        <translation>Fällen zugeordnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages in the folder on the server</source>
        <translation>Nachrichten im Ordner auf dem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages about the cases, downloaded now</source>
        <translation>Nachrichten zu den Fällen, jetzt heruntergeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same mail was in the file already</source>
        <translation>Dieselbe E-Mail war schon in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mail that could not be read; see Quarantine</source>
        <translation>E-Mails, die nicht gelesen werden konnten; siehe Quarantäne</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <location filename="../../proxydesk/ui/formatting.py" line="+60"/>
        <location line="+3"/>
        <source>{start} – {end}</source>
        <extracomment>what a date-and-time field shows and takes: the locale&apos;s order, the whole year</extracomment>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../../proxydesk/ui/widgets/timeline_filter.py" line="+117"/>
        <location line="+170"/>
        <source>All kinds</source>
        <extracomment>typing pauses this long before the timeline is filtered the contact box is this many characters wide, whoever is in it room beside the longest name in the opened list (its scroll bar, the margins) the kinds in the menu, in the order a user thinks of them the filter the bar set on the model, after it did</extracomment>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Show only some kinds of entries</source>
        <translation>Nur bestimmte Arten von Einträgen zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only what one person said or did</source>
        <translation>Nur zeigen, was eine Person gesagt oder getan hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by words…</source>
        <translation>Nach Wörtern filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by words</source>
        <translation>Nach Wörtern filtern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No entry of this case matches the filter.</source>
        <translation>Kein Eintrag dieses Falls passt zum Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded for this case yet. Start a call with Ctrl+Shift+C when you phone them.</source>
        <translation>Zu diesem Fall ist noch nichts erfasst. Wenn Sie dort anrufen, starten Sie den Anruf mit Strg+Umschalt+C.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Promises and claims made elsewhere</source>
        <translation>Anderswo gemachte Zusagen und Behauptungen</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to turn the order round</source>
        <translation>Klicken, um die Reihenfolge umzukehren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} kinds</source>
        <translation>{count} Arten</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../proxydesk/ui/models/timeline.py" line="+202"/>
        <source>When</source>
        <extracomment>a time whose every digit is there (two-digit day, month and hour) a long call (&quot;9 h 58 min&quot;) with a long hold (&quot;58 min&quot;); longer ones are elided the entries loaded, each made from its row when first shown or asked for each row&apos;s cell texts once made: a view asks for them again on every paint and while fitting the columns, and a time in the user&apos;s locale costs the most</extracomment>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration / hold</source>
        <translation>Dauer / Warten</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>{summary}  [%n promise(s)]</source>
        <translation>
            <numerusform>{summary}  [%n Zusage]</numerusform>
            <numerusform>{summary}  [%n Zusagen]</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+31"/>
        <source>{duration} / {hold}</source>
        <translation>{duration} / {hold}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../proxydesk/ui/widgets/timeline_view.py" line="+32"/>
        <source>Timeline</source>
        <extracomment>rows: one line of text and a little air the &quot;Who&quot; column starts this many characters wide; names longer than that are elided the columns sized to their widest text; the summary takes the room that is left</extracomment>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>UndoWords</name>
    <message>
        <location filename="../../proxydesk/ui/editing/undo_words.py" line="+29"/>
        <source>Undo</source>
        <extracomment>a promise or a reminder is named by its first words</extracomment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo {action}</source>
        <translation>Rückgängig: {action}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo {action}</source>
        <translation>Wiederholen: {action}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Store the signed power of attorney of {name} for {detail}</source>
        <translation>Unterschriebene Vollmacht von {name} für {detail} ablegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the signed power of attorney of {name}</source>
        <translation>Unterschriebene Vollmacht von {name} ablegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft the power of attorney of {name} for {detail}</source>
        <translation>Vollmacht von {name} für {detail} entwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft the power of attorney of {name}</source>
        <translation>Vollmacht von {name} entwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add relative {name}</source>
        <translation>Angehörige(n) {name} hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit relative {name}</source>
        <translation>Angehörige(n) {name} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove relative {name}</source>
        <translation>Angehörige(n) {name} entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add organization {name}</source>
        <translation>Unternehmen {name} hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit organization {name}</source>
        <translation>Unternehmen {name} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove organization {name}</source>
        <translation>Unternehmen {name} entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account {number} at {detail}</source>
        <translation>Kundenkonto {number} bei {detail} hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit account {number}</source>
        <translation>Kundenkonto {number} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove account {number}</source>
        <translation>Kundenkonto {number} entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open case {title}</source>
        <translation>Fall {title} anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit case {title}</source>
        <translation>Fall {title} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove case {title}</source>
        <translation>Fall {title} entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the story of {title}</source>
        <translation>Was bisher geschah bei {title} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {title} to {status}</source>
        <translation>{title} auf „{status}“ setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the number {detail} to {title}</source>
        <translation>Nummer {detail} zu {title} hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “{detail}” to {title}</source>
        <translation>„{detail}“ zu {title} hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach {subject} to “{detail}”</source>
        <translation>{subject} an „{detail}“ anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log the call to {detail} in {title}</source>
        <translation>Anruf bei {detail} in {title} festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “{text}”</source>
        <translation>„{text}“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “{text}” as {status}</source>
        <translation>„{text}“ als {status} markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link “{text}” and “{other}”</source>
        <translation>„{text}“ und „{other}“ als widersprüchlich verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the mail “{text}” to {detail}</source>
        <translation>E-Mail „{text}“ nach {detail} verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the reminder “{text}”</source>
        <translation>Erinnerung „{text}“ hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the reminder “{text}” as done</source>
        <translation>Erinnerung „{text}“ als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze the reminder “{text}”</source>
        <translation>Erinnerung „{text}“ zurückstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the power of attorney of {name} to {status}</source>
        <translation>Vollmacht von {name} auf „{status}“ setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your own details</source>
        <translation>Eigene Angaben ändern</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../proxydesk/ui/files/welcome.py" line="+29"/>
        <location line="+4"/>
        <source>Welcome to ProxyDesk</source>
        <extracomment>the guide&apos;s width, in characters of its font</extracomment>
        <translation>Willkommen bei ProxyDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ProxyDesk keeps everything about dealing with companies on behalf of your relatives in one case file: calls, promises, mail, letters and reminders.

There is no case file yet. How would you like to start?</source>
        <translation>ProxyDesk hält alles, was Sie für Ihre Angehörigen mit Unternehmen klären, in einer Falldatei zusammen: Anrufe, Zusagen, E-Mails, Briefe und Erinnerungen.

Es gibt noch keine Falldatei. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open the demo case</source>
        <translation>Beispielfall öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up case to look around in. It is thrown away when you quit.</source>
        <translation>Ein erfundener Fall zum Umschauen. Er wird beim Beenden verworfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a new file…</source>
        <translation>Neue Datei anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty case file for your own relatives and cases.</source>
        <translation>Eine leere Falldatei für Ihre eigenen Angehörigen und Fälle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case file you already have, e.g. from another computer or a backup.</source>
        <translation>Eine Falldatei, die Sie schon haben, z. B. von einem anderen Computer oder aus einer Sicherung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <location filename="../../proxydesk/ui/files/shortcuts.py" line="+64"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
</context>
<context>
    <name>WindowPlaces</name>
    <message>
        <location filename="../../proxydesk/ui/window_places.py" line="+135"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../proxydesk/ui/words.py" line="+18"/>
        <source>Email received</source>
        <translation>E-Mail erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on them</source>
        <translation>Warten auf Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on us</source>
        <translation>Wir sind am Zug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promise was made</source>
        <translation>Zusage erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They hung up on us</source>
        <translation>Die Gegenseite hat aufgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No result</source>
        <translation>Ohne Ergebnis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken</source>
        <translation>gebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turned out false</source>
        <translation>als falsch erwiesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticket number</source>
        <translation>Vorgangsnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Auftragsnr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
</TS>
