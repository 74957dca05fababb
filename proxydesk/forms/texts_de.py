"""Die deutschen Wörter auf dem Papier."""

from __future__ import annotations

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

TEXTS: dict[str, str] = {
    "page_of": "Seite {page} von {pages}",
    "duration.under_minute": "unter 1 min",
    "days.one": "{n} Tag",
    "days.many": "{n} Tage",
    "pages.one": "{n} Seite",
    "pages.many": "{n} Seiten",
    # Felder
    "field.name": "Name",
    "field.born": "Geburtsdatum",
    "field.address": "Anschrift",
    "field.phone": "Telefon",
    "field.fax": "Fax",
    "field.contact": "Kontakt",
    "field.organization": "Unternehmen",
    "field.customer_number": "Kundennummer",
    "field.customer_numbers": "Kundennummern",
    "field.contracts": "Verträge",
    "field.lines": "Anschlüsse, E-Mail-Adressen",
    "field.references": "Vorgänge",
    # Vollmacht
    "poa.title": "Vollmacht",
    "poa.for_org": "zur Vertretung gegenüber {org}",
    "poa.general": "Allgemeine Vollmacht für Verträge mit Unternehmen",
    "poa.grantor": "Vollmachtgeber(in)",
    "poa.grantors": "Vollmachtgeber(innen)",
    "poa.agent": "Bevollmächtigte(r)",
    "poa.scope": "Umfang der Vollmacht",
    "poa.i": "ich",
    "poa.we": "wir",
    "poa.scope_org_one": (
        "Hiermit bevollmächtige ich die oben genannte Person, mich gegenüber {org} in allen "
        "Angelegenheiten der folgenden Kundenkonten und Verträge zu vertreten:"
    ),
    "poa.scope_org_many": (
        "Hiermit bevollmächtigen wir die oben genannte Person, jede(n) von uns gegenüber {org} "
        "in allen Angelegenheiten der folgenden Kundenkonten und Verträge zu vertreten:"
    ),
    "poa.scope_general_one": (
        "Hiermit bevollmächtige ich die oben genannte Person, mich in allen "
        "Vertragsangelegenheiten gegenüber Unternehmen und Stellen zu vertreten, mit denen ich "
        "Verträge habe (zum Beispiel Telefon, Internet, Strom, Versicherungen)."
    ),
    "poa.scope_general_many": (
        "Hiermit bevollmächtigen wir die oben genannte Person, jede(n) von uns in allen "
        "Vertragsangelegenheiten gegenüber Unternehmen und Stellen zu vertreten, mit denen wir "
        "Verträge haben (zum Beispiel Telefon, Internet, Strom, Versicherungen)."
    ),
    "poa.acts_intro": "Die Vollmacht umfasst (angekreuzt):",
    "poa.act.information": (
        "Auskünfte über Verträge, Rechnungen, Aufträge und den Bearbeitungsstand einzuholen"
    ),
    "poa.act.contract_changes": (
        "Vertragsänderungen zu beauftragen (Tarif, Optionen, Geräte, Rufnummern)"
    ),
    "poa.act.moves": "Umzüge und die Verlegung von Anschlüssen zu beauftragen",
    "poa.act.cancellations": "Kündigungen zu erklären und entgegenzunehmen",
    "poa.act.email_transfer": (
        "E-Mail-Adressen und Postfächer auf einen anderen Zugang oder eine andere Kundennummer "
        "übertragen zu lassen"
    ),
    "poa.act.email_list": "(betrifft: {emails})",
    "poa.release_org": (
        "{org} darf der bevollmächtigten Person hierzu alle Auskünfte erteilen; insoweit wird "
        "{org} von Datenschutz und Vertraulichkeit entbunden."
    ),
    "poa.release_general": (
        "Die jeweiligen Unternehmen dürfen der bevollmächtigten Person hierzu alle Auskünfte "
        "erteilen; insoweit werden sie von Datenschutz und Vertraulichkeit entbunden."
    ),
    "poa.validity": "Gültigkeit",
    "poa.valid_until": "Diese Vollmacht gilt vom {start} bis einschließlich {end}.",
    "poa.valid_revoked": "Diese Vollmacht gilt ab dem {start} bis auf schriftlichen Widerruf.",
    "poa.revocable": "Sie kann jederzeit widerrufen werden.",
    "poa.place_date": "Ort, Datum",
    "poa.sign_grantor": "Vollmachtgeber(in)",
    "poa.sign_agent": "Bevollmächtigte(r) – nimmt die Vollmacht an",
    "poa.id_hint": (
        "Hinweis: Manche Unternehmen verlangen zusätzlich eine Kopie des Personalausweises "
        "der Vollmachtgeberin oder des Vollmachtgebers."
    ),
    "poa.footer": "Vollmacht Nr. {ids} · {names}",
    # Fax
    "fax.title": "Telefax",
    "fax.to": "An",
    "fax.to_fax": "Fax des Empfängers",
    "fax.from": "Von",
    "fax.on_behalf": "im Auftrag von {names}",
    "fax.reply_to": "Rückfragen an",
    "fax.date": "Datum",
    "fax.pages": "Seiten",
    "fax.pages_including": "(einschließlich dieses Deckblatts)",
    "fax.subject": "Betreff",
    "fax.message": "Nachricht",
    "fax.enclosures": "Anlagen",
    "fax.enclosure_letter": "Schreiben",
    "fax.enclosure_poa": "Vollmacht von {name}, unterschrieben",
    "fax.scan_caption": "Unterschriebene Vollmacht von {name} (Scan: {file})",
    "fax.subject_poa": "Unterschriebene Vollmacht von {names}",
    "fax.message_letter": "Anbei erhalten Sie mein Schreiben.",
    "fax.message_poa": "Anbei erhalten Sie die unterschriebene Vollmacht von {names}.",
    "fax.message_request": (
        "Bitte bearbeiten Sie mein Anliegen „{title}“ unter den oben genannten Kundennummern."
    ),
    "fax.message_confirm": "Bitte bestätigen Sie mir den Eingang dieses Faxes.",
    "fax.incomplete": "Falls Seiten fehlen oder unleserlich sind, rufen Sie bitte an: {phone}.",
    # Briefe
    "letter.management": "Geschäftsleitung",
    "letter.salutation": "Sehr geehrte Damen und Herren,",
    "letter.date": "Datum",
    "letter.m.subject": "Beschwerde: {title}",
    "letter.m.opening": (
        "ich wende mich im Auftrag von {names} an Sie, weil sich ein Anliegen bei {org} seit "
        "dem {since} trotz zahlreicher Kontakte nicht klären lässt. Ich bitte Sie, sich der "
        "Sache persönlich anzunehmen."
    ),
    "letter.effort": (
        "Bisher waren {contacts} Kontakte nötig, darunter {calls} Anrufe mit insgesamt {hold} "
        "in der Warteschleife. {broken} Zusagen oder Auskünfte Ihrer Mitarbeiterinnen und "
        "Mitarbeiter wurden nicht eingehalten oder erwiesen sich als falsch."
    ),
    "letter.facts_heading": "Der Verlauf in Kürze",
    "letter.fact.first": "Erster Kontakt ({channel}):",
    "letter.fact.written_mark": "Schriftlich:",
    "letter.fact.calls": "{n} Anruf(e), zusammen {total}, davon {hold} in der Warteschleife.",
    "letter.fact.cut_off": "{n} davon von Ihrer Seite beendet, ohne dass das Anliegen gelöst war.",
    "letter.fact.more": "… und {n} weitere Kontakte (siehe Eskalationsdossier).",
    "letter.promises_heading": "Nicht eingehaltene Zusagen und falsche Auskünfte",
    "letter.due": "(zugesagt bis {due})",
    "letter.someone": "ohne Namen",
    "letter.demands_heading": "Ich bitte Sie daher,",
    "letter.m.demand1": (
        "mein Anliegen abschließend zu klären und mir dies schriftlich zu bestätigen,"
    ),
    "letter.m.demand2": (
        "mir eine feste Ansprechperson zu nennen, die den Vorgang kennt und direkt erreichbar ist,"
    ),
    "letter.m.demand3": (
        "mir die entstandenen Kosten und Nachteile angemessen zu erstatten oder gutzuschreiben."
    ),
    "letter.m.deadline": "Bitte antworten Sie mir bis zum {deadline}.",
    "letter.m.next_step": (
        "Sollte die Sache bis dahin nicht gelöst sein, werde ich die Schlichtungsstelle der "
        "Bundesnetzagentur anrufen."
    ),
    "letter.r.subject": "Antrag auf Schlichtung nach § 68 TKG – {org}",
    "letter.r.opening": (
        "im Auftrag von {names} beantrage ich die Durchführung eines Schlichtungsverfahrens "
        "gegen {org}. Es geht um ein Anliegen, das seit dem {since} trotz zahlreicher Kontakte "
        "nicht gelöst wurde."
    ),
    "letter.r.attempt": (
        "Eine Einigung mit {org} habe ich ohne Erfolg versucht; meine schriftlichen Kontakte "
        "sind unten mit Datum aufgeführt und liegen bei."
    ),
    "letter.r.warn_no_attempt": (
        "die Schlichtungsstelle verlangt den Nachweis eines erfolglosen Einigungsversuchs mit "
        "{org}, und der Fall enthält noch keinen Brief, kein Fax und keine E-Mail an sie: "
        "schicken Sie zuerst die Beschwerde an die Geschäftsleitung"
    ),
    "letter.r.demand1": (
        "auf eine Einigung mit {org} hinzuwirken, durch die mein Anliegen gelöst wird,"
    ),
    "letter.r.demand2": (
        "und dabei eine angemessene Entschädigung für die entstandenen Kosten und Nachteile "
        "zu berücksichtigen."
    ),
    "letter.r.no_court": (
        "Ein Gerichtsverfahren in dieser Sache ist weder anhängig noch abgeschlossen."
    ),
    "letter.r.consent": (
        "Ich bin damit einverstanden, dass die Schlichtungsstelle die beigefügten Unterlagen "
        "an {org} weitergibt."
    ),
    "letter.warn_no_poa": (
        "es liegt keine gültige unterschriebene Vollmacht vor; viele Stellen bearbeiten das "
        "Schreiben ohne sie nicht"
    ),
    "letter.closing": "Mit freundlichen Grüßen",
    "letter.on_behalf": "im Auftrag von {names}",
    "letter.enclosures": "Anlagen",
    "letter.enclosure_poa": "Vollmacht",
    "letter.enclosure_dossier": "Eskalationsdossier mit dem vollständigen Verlauf",
    "letter.enclosure_correspondence": "Schriftwechsel mit dem Anbieter",
    # Dossier
    "dossier.kicker": "ESKALATIONSDOSSIER",
    "dossier.contents": "Inhalt",
    "dossier.summary": "Zusammenfassung",
    "dossier.story": "Der Fall in Kürze",
    "dossier.promises": "Zusagen und Aussagen",
    "dossier.contradictions": "Widersprüchliche Aussagen",
    "dossier.timeline": "Vollständiger Verlauf",
    "dossier.attachments": "Verzeichnis der Anlagen",
    "dossier.poa": "Vollmacht",
    "dossier.case": "Fall",
    "dossier.opened": "eröffnet am {day}",
    "dossier.closed": "erledigt am {day}",
    "dossier.still_open": "(noch offen)",
    "dossier.on_behalf": "Im Auftrag von",
    "dossier.period": "Zeitraum",
    "dossier.period_value": "{first} – {last} ({days})",
    "dossier.no_contacts": "noch keine Kontakte",
    "dossier.prepared_by": "Erstellt von",
    "dossier.prepared_on": "Stand",
    "dossier.as_of": "Stand {day}",
    "dossier.fingerprint": "Fingerabdruck des Verlaufs (SHA-256)",
    "dossier.fingerprint_help": (
        "Eine Prüfsumme über alle Ereignisse, Aussagen und ihr Änderungsprotokoll. Jede spätere "
        "Änderung am Verlauf ändert diesen Wert; nachprüfen mit „proxydesk fingerprint {case}“."
    ),
    "dossier.fingerprint_short": "Fingerabdruck {fp}",
    "dossier.days_open": "Dauer",
    "dossier.days_open_value": "{days} ({start} – {end})",
    "dossier.contacts": "Kontakte",
    "dossier.calls": "Anrufe",
    "dossier.calls_value": (
        "<b>{n}</b>, zusammen {total}, davon {hold} in der Warteschleife; {transfers} "
        "Weiterleitungen; {cut} von der Gegenseite beendet"
    ),
    "dossier.mails": "E-Mails",
    "dossier.mails_value": "{sent} gesendet, davon {unanswered} ohne Antwort",
    "dossier.receipts": "Lesebestätigungen",
    "dossier.receipts_value": "{requested} angefordert, {read} erhalten",
    "dossier.statements": "Zusagen, Behauptungen und Anweisungen",
    "dossier.all_statements": "Alle",
    "dossier.unanswered": "E-Mails ohne Antwort",
    "dossier.none": "(keine)",
    "dossier.overdue": "überfällig",
    "dossier.said_first": "Aussage {n} – zuerst",
    "dossier.said_then": "dann",
    "dossier.see_event": "im Verlauf",
    "dossier.until": "bis {end}",
    "dossier.more_chars": "[… {n} weitere Zeichen in der Fallakte]",
    "dossier.cut": "[gekürzt – vollständig in der Fallakte]",
    "dossier.attached": "Anlagen:",
    "dossier.index": "Verzeichnis",
    "dossier.due": "fällig {due}",
    "dossier.loose_statement": "Aussage ohne erfassten Kontakt",
    "dossier.signed_on": "unterschrieben am {day}",
    "dossier.scan_on_file": "Scan liegt vor",
    "dossier.scans_follow": "Die unterschriebene Vollmacht folgt auf den nächsten {pages}.",
    "dossier.no_scan": "Es liegt kein Scan einer unterschriebenen Vollmacht vor.",
    "dossier.col.made": "gemacht",
    "dossier.col.kept": "eingehalten",
    "dossier.col.broken": "gebrochen",
    "dossier.col.false": "falsch",
    "dossier.col.open": "offen",
    "dossier.col.what": "Was",
    "dossier.col.who": "Wer, Kanal",
    "dossier.col.channel": "Kanal",
    "dossier.col.when": "Wann",
    "dossier.col.due": "Fällig",
    "dossier.col.outcome": "Ergebnis",
    "dossier.col.number": "Nr.",
    "dossier.col.file": "Datei",
    "dossier.col.size": "Größe",
    "dossier.col.event": "Ereignis",
    "dossier.col.sha": "SHA-256 (Anfang)",
    "dossier.col.grantor": "Vollmachtgeber(in)",
    "dossier.col.scope": "Umfang",
    "dossier.col.status": "Status",
    "dossier.col.valid": "Gültig",
    "mail.from": "Von:",
    "mail.to": "An:",
    "mail.subject": "Betreff:",
    "mail.date": "Datum:",
    "mail.receipt_requested": "Lesebestätigung angefordert – keine erhalten",
    "mail.receipt_read": "Lesebestätigung erhalten: {at}",
    "call.number": "Gewählt:",
    "call.hold": "{hold} in der Warteschleife",
    "call.transfers": "{n}× weitergeleitet",
    "call.outcome": "Ergebnis:",
    # Werte in Worten
    "kind.email_in": "E-Mail erhalten",
    "kind.email_out": "E-Mail gesendet",
    "kind.call": "Anruf",
    "kind.visit": "Besuch im Shop",
    "kind.letter": "Brief",
    "kind.fax": "Fax",
    "kind.social": "Soziale Medien",
    "kind.technician": "Techniker",
    "kind.note": "Notiz",
    "kind.promise": "Zusage",
    "kind.claim": "Behauptung",
    "kind.instruction": "Anweisung",
    "kinds.promise": "Zusagen",
    "kinds.claim": "Behauptungen",
    "kinds.instruction": "Anweisungen",
    "status.open": "offen",
    "status.kept": "eingehalten",
    "status.broken": "gebrochen",
    "status.false": "falsch",
    "channel.phone": "Telefon",
    "channel.email": "E-Mail",
    "channel.shop": "Shop",
    "channel.post": "Post",
    "channel.fax": "Fax",
    "channel.social": "soziale Medien",
    "channel.on_site": "vor Ort",
    "channel.none": "ohne Kanal",
    "outcome.resolved": "gelöst",
    "outcome.promise_made": "Zusage erhalten",
    "outcome.transferred": "weitergeleitet",
    "outcome.hung_up_on_us": "Gegenseite hat aufgelegt",
    "outcome.disconnected": "Verbindung abgebrochen",
    "outcome.no_result": "ohne Ergebnis",
    "case_status.open": "offen",
    "case_status.waiting_on_them": "wartet auf Antwort",
    "case_status.waiting_on_us": "wartet auf uns",
    "case_status.escalated": "eskaliert",
    "case_status.resolved": "erledigt",
    "reference.ticket": "Ticket",
    "reference.order": "Auftrag",
    "reference.other": "Vorgang",
    "poa_status.draft": "Entwurf",
    "poa_status.signed": "unterschrieben",
    "poa_status.sent": "versandt",
    "poa_status.accepted": "angenommen",
    "poa_status.refused": "abgelehnt",
    "act.information": "Auskünfte",
    "act.contract_changes": "Vertragsänderungen",
    "act.moves": "Umzüge",
    "act.cancellations": "Kündigungen",
    "act.email_transfer": "E-Mail-Übertragung",
}
