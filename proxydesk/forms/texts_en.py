"""The English words on the paper."""

from __future__ import annotations

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

TEXTS: dict[str, str] = {
    "page_of": "Page {page} of {pages}",
    "duration.under_minute": "under 1 min",
    "days.one": "{n} day",
    "days.many": "{n} days",
    "pages.one": "{n} page",
    "pages.many": "{n} pages",
    # fields
    "field.name": "Name",
    "field.born": "Date of birth",
    "field.address": "Address",
    "field.phone": "Phone",
    "field.fax": "Fax",
    "field.contact": "Contact",
    "field.organization": "Organization",
    "field.customer_number": "Customer number",
    "field.customer_numbers": "Customer numbers",
    "field.contracts": "Contracts",
    "field.lines": "Lines, email addresses",
    "field.references": "References",
    # power of attorney
    "poa.title": "Power of Attorney",
    "poa.for_org": "for dealings with {org}",
    "poa.general": "General power of attorney for contracts with companies",
    "poa.grantor": "Grantor",
    "poa.grantors": "Grantors",
    "poa.agent": "Agent (authorised representative)",
    "poa.scope": "Scope",
    "poa.i": "I",
    "poa.we": "we",
    "poa.scope_org_one": (
        "I hereby authorise the agent named above to represent me towards {org} in all "
        "matters concerning the following customer accounts and contracts:"
    ),
    "poa.scope_org_many": (
        "We hereby authorise the agent named above to represent each of us towards {org} in "
        "all matters concerning the following customer accounts and contracts:"
    ),
    "poa.scope_general_one": (
        "I hereby authorise the agent named above to represent me in all contractual matters "
        "towards companies and bodies I have contracts with (for example telephone, internet, "
        "energy, insurance)."
    ),
    "poa.scope_general_many": (
        "We hereby authorise the agent named above to represent each of us in all contractual "
        "matters towards companies and bodies we have contracts with (for example telephone, "
        "internet, energy, insurance)."
    ),
    "poa.acts_intro": "The power of attorney covers (ticked):",
    "poa.act.information": (
        "obtaining information about contracts, invoices, orders and the progress of requests"
    ),
    "poa.act.contract_changes": (
        "ordering contract changes (tariff, options, equipment, phone numbers)"
    ),
    "poa.act.moves": "ordering moves and the relocation of lines",
    "poa.act.cancellations": "giving and receiving notice of cancellation",
    "poa.act.email_transfer": (
        "having email addresses and mailboxes transferred to another access or customer number"
    ),
    "poa.act.email_list": "(concerns: {emails})",
    "poa.release_org": (
        "{org} may give the agent all information on these matters; to that extent {org} is "
        "released from data protection and confidentiality."
    ),
    "poa.release_general": (
        "The companies concerned may give the agent all information on these matters; to that "
        "extent they are released from data protection and confidentiality."
    ),
    "poa.validity": "Validity",
    "poa.valid_until": "This power of attorney is valid from {start} up to and including {end}.",
    "poa.valid_revoked": "This power of attorney is valid from {start} until revoked in writing.",
    "poa.revocable": "It may be revoked at any time.",
    "poa.place_date": "Place, date",
    "poa.sign_grantor": "Grantor",
    "poa.sign_agent": "Agent – accepts the power of attorney",
    "poa.id_hint": ("Note: some companies also ask for a copy of the grantor's identity card."),
    "poa.footer": "Power of attorney no. {ids} · {names}",
    # fax
    "fax.title": "Fax",
    "fax.to": "To",
    "fax.to_fax": "Recipient's fax",
    "fax.from": "From",
    "fax.on_behalf": "on behalf of {names}",
    "fax.reply_to": "Replies to",
    "fax.date": "Date",
    "fax.pages": "Pages",
    "fax.pages_including": "(including this cover sheet)",
    "fax.subject": "Subject",
    "fax.message": "Message",
    "fax.enclosures": "Enclosures",
    "fax.enclosure_letter": "Letter",
    "fax.enclosure_poa": "Power of attorney of {name}, signed",
    "fax.scan_caption": "Signed power of attorney of {name} (scan: {file})",
    "fax.subject_poa": "Signed power of attorney of {names}",
    "fax.message_letter": "Please find my letter enclosed.",
    "fax.message_poa": "Please find enclosed the signed power of attorney of {names}.",
    "fax.message_request": (
        "Please deal with my request “{title}” under the customer numbers given above."
    ),
    "fax.message_confirm": "Please confirm that you have received this fax.",
    "fax.incomplete": "If pages are missing or cannot be read, please call {phone}.",
    # letters
    "letter.management": "Management",
    "letter.salutation": "Dear Sir or Madam,",
    "letter.date": "Date",
    "letter.m.subject": "Complaint: {title}",
    "letter.m.opening": (
        "I am writing to you on behalf of {names} because a matter with {org} has remained "
        "unresolved since {since} despite many contacts. I ask you to take care of it "
        "personally."
    ),
    "letter.effort": (
        "So far it has taken {contacts} contacts, among them {calls} calls with {hold} spent "
        "on hold in total. {broken} promises or statements of your staff were not kept or "
        "turned out to be false."
    ),
    "letter.facts_heading": "What happened",
    "letter.fact.first": "First contact ({channel}):",
    "letter.fact.written_mark": "In writing:",
    "letter.fact.calls": "{n} call(s), {total} in total, of which {hold} on hold.",
    "letter.fact.cut_off": "{n} of them ended by your side without a solution.",
    "letter.fact.more": "… and {n} more contacts (see the escalation dossier).",
    "letter.promises_heading": "Promises not kept and statements that were false",
    "letter.due": "(promised by {due})",
    "letter.someone": "no name given",
    "letter.demands_heading": "I therefore ask you",
    "letter.m.demand1": "to resolve my request for good and confirm this to me in writing,",
    "letter.m.demand2": (
        "to name one contact person who knows the matter and can be reached directly,"
    ),
    "letter.m.demand3": (
        "to reimburse or credit me appropriately for the costs and inconvenience caused."
    ),
    "letter.m.deadline": "Please reply by {deadline}.",
    "letter.m.next_step": (
        "If the matter is not resolved by then, I will turn to the conciliation body of the "
        "regulator."
    ),
    "letter.r.subject": "Request for conciliation – {org}",
    "letter.r.opening": (
        "On behalf of {names} I request conciliation proceedings against {org}. The dispute "
        "concerns a matter that has remained unresolved since {since} despite many contacts."
    ),
    "letter.r.attempt": (
        "I have tried to reach an agreement with {org} without success; my written contacts "
        "are listed below with their dates and are enclosed."
    ),
    "letter.r.warn_no_attempt": (
        "the conciliation body asks for proof of an unsuccessful attempt with {org}, and the "
        "case has no letter, fax or mail to them yet: send the complaint to the management "
        "first"
    ),
    "letter.r.demand1": "to work towards an agreement with {org} that resolves my request,",
    "letter.r.demand2": (
        "and to take into account fair compensation for the costs and inconvenience caused."
    ),
    "letter.r.no_court": "No court proceedings on this matter are pending or concluded.",
    "letter.r.consent": (
        "I agree that the conciliation body passes the enclosed documents on to {org}."
    ),
    "letter.warn_no_poa": (
        "there is no valid signed power of attorney on file; many bodies will not deal with "
        "the letter without one"
    ),
    "letter.closing": "Yours faithfully,",
    "letter.on_behalf": "on behalf of {names}",
    "letter.enclosures": "Enclosures",
    "letter.enclosure_poa": "Power of attorney",
    "letter.enclosure_dossier": "Escalation dossier with the full history",
    "letter.enclosure_correspondence": "Correspondence with the provider",
    # dossier
    "dossier.kicker": "ESCALATION DOSSIER",
    "dossier.contents": "Contents",
    "dossier.summary": "Summary",
    "dossier.story": "The case in brief",
    "dossier.promises": "Promises and statements",
    "dossier.contradictions": "Contradicting statements",
    "dossier.timeline": "Full timeline",
    "dossier.attachments": "Index of attachments",
    "dossier.poa": "Power of attorney",
    "dossier.case": "Case",
    "dossier.opened": "opened {day}",
    "dossier.closed": "resolved {day}",
    "dossier.still_open": "(still open)",
    "dossier.on_behalf": "On behalf of",
    "dossier.period": "Period",
    "dossier.period_value": "{first} – {last} ({days})",
    "dossier.no_contacts": "no contacts yet",
    "dossier.prepared_by": "Prepared by",
    "dossier.prepared_on": "As of",
    "dossier.as_of": "as of {day}",
    "dossier.fingerprint": "Fingerprint of the record (SHA-256)",
    "dossier.fingerprint_help": (
        "A checksum over every event, statement and their audit log. Any later change to the "
        "record changes this value; check it with “proxydesk fingerprint {case}”."
    ),
    "dossier.fingerprint_short": "Fingerprint {fp}",
    "dossier.days_open": "Duration",
    "dossier.days_open_value": "{days} ({start} – {end})",
    "dossier.contacts": "Contacts",
    "dossier.calls": "Calls",
    "dossier.calls_value": (
        "<b>{n}</b>, {total} in total, of which {hold} on hold; {transfers} transfers; "
        "{cut} ended by the other side"
    ),
    "dossier.mails": "Emails",
    "dossier.mails_value": "{sent} sent, {unanswered} of them without an answer",
    "dossier.receipts": "Read receipts",
    "dossier.receipts_value": "{requested} requested, {read} received",
    "dossier.statements": "Promises, claims and instructions",
    "dossier.all_statements": "All",
    "dossier.unanswered": "Emails without an answer",
    "dossier.none": "(none)",
    "dossier.overdue": "overdue",
    "dossier.said_first": "Statement {n} – first",
    "dossier.said_then": "then",
    "dossier.see_event": "in the timeline",
    "dossier.until": "until {end}",
    "dossier.more_chars": "[… {n} more characters in the case file]",
    "dossier.cut": "[shortened – in full in the case file]",
    "dossier.attached": "Attached:",
    "dossier.index": "index",
    "dossier.due": "due {due}",
    "dossier.loose_statement": "Statement without a recorded contact",
    "dossier.signed_on": "signed {day}",
    "dossier.scan_on_file": "scan on file",
    "dossier.scans_follow": "The signed power of attorney follows on the next {pages}.",
    "dossier.no_scan": "No signed scan of a power of attorney is on file.",
    "dossier.col.made": "made",
    "dossier.col.kept": "kept",
    "dossier.col.broken": "broken",
    "dossier.col.false": "false",
    "dossier.col.open": "open",
    "dossier.col.what": "What",
    "dossier.col.who": "Who, channel",
    "dossier.col.channel": "Channel",
    "dossier.col.when": "When",
    "dossier.col.due": "Due",
    "dossier.col.outcome": "Outcome",
    "dossier.col.number": "No.",
    "dossier.col.file": "File",
    "dossier.col.size": "Size",
    "dossier.col.event": "Event",
    "dossier.col.sha": "SHA-256 (start)",
    "dossier.col.grantor": "Grantor",
    "dossier.col.scope": "Scope",
    "dossier.col.status": "Status",
    "dossier.col.valid": "Valid",
    "mail.from": "From:",
    "mail.to": "To:",
    "mail.subject": "Subject:",
    "mail.date": "Date:",
    "mail.receipt_requested": "Read receipt requested – none came back",
    "mail.receipt_read": "Read receipt received: {at}",
    "call.number": "Dialled:",
    "call.hold": "{hold} on hold",
    "call.transfers": "transferred {n}×",
    "call.outcome": "Outcome:",
    # values in words
    "kind.email_in": "Email received",
    "kind.email_out": "Email sent",
    "kind.call": "Call",
    "kind.visit": "Shop visit",
    "kind.letter": "Letter",
    "kind.fax": "Fax",
    "kind.social": "Social media",
    "kind.technician": "Technician",
    "kind.note": "Note",
    "kind.promise": "Promise",
    "kind.claim": "Claim",
    "kind.instruction": "Instruction",
    "kinds.promise": "Promises",
    "kinds.claim": "Claims",
    "kinds.instruction": "Instructions",
    "status.open": "open",
    "status.kept": "kept",
    "status.broken": "broken",
    "status.false": "false",
    "channel.phone": "phone",
    "channel.email": "email",
    "channel.shop": "shop",
    "channel.post": "post",
    "channel.fax": "fax",
    "channel.social": "social media",
    "channel.on_site": "on site",
    "channel.none": "no channel",
    "outcome.resolved": "resolved",
    "outcome.promise_made": "promise made",
    "outcome.transferred": "transferred",
    "outcome.hung_up_on_us": "they hung up",
    "outcome.disconnected": "cut off",
    "outcome.no_result": "no result",
    "case_status.open": "open",
    "case_status.waiting_on_them": "waiting for them",
    "case_status.waiting_on_us": "waiting for us",
    "case_status.escalated": "escalated",
    "case_status.resolved": "resolved",
    "reference.ticket": "Ticket",
    "reference.order": "Order",
    "reference.other": "Reference",
    "poa_status.draft": "draft",
    "poa_status.signed": "signed",
    "poa_status.sent": "sent",
    "poa_status.accepted": "accepted",
    "poa_status.refused": "refused",
    "act.information": "information",
    "act.contract_changes": "contract changes",
    "act.moves": "moves",
    "act.cancellations": "cancellations",
    "act.email_transfer": "email transfer",
}
