"""The demo case file: moving an aunt's line and email address at a fictional telecom, 2012."""

from __future__ import annotations

from typing import Any

TIMEZONE = "Europe/Berlin"

#: the parts whose words a translation gives (demo_story_de.py), each part's items by key, and
#: in each item these fields; a list field holds the words in order, a list of dicts as dicts
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "RELATIVES": ("address", "notes"),
    "ORGANIZATIONS": ("notes", "channels"),
    "ACCOUNTS": ("contract_numbers", "login_names", "notes"),
    "CONTACTS": ("name", "team", "location", "notes"),
    "CASES": ("title", "story_so_far", "references"),
    "EVENTS": ("summary", "body"),
    "PROMISES": ("text",),
    "CONTRADICTIONS": ("note",),
    "REMINDERS": ("text",),
    "APPOINTMENTS": ("title", "location"),
}
#: the parts without words of their own: names, numbers, dates, places
PLAIN_PARTS = ("PROXY", "POWERS_OF_ATTORNEY")

PROXY: dict[str, str] = {
    "name": "Markus Brenner",
    "address": "Kirchweg 7, 87642 Unterhalden (Ostallgäu)",
    "phone": "+49 171 555 0199",
    "email": "markus.brenner@brenner-net.example",
}

RELATIVES: list[dict[str, Any]] = [
    {
        "key": "mother",
        "name": "Hildegard Brenner",
        "born": "1937-02-21",
        "address": "Schulgasse 4, 95183 Oberwaldbach (Upper Franconia), upper flat",
        "phones": ["+49 9280 555 3104"],
        "notes": (
            "My mother, 75. Owns the two-family house in Oberwaldbach, 350 km from me; lives "
            "upstairs, where the phone socket has always been. Had a plain analogue line for "
            "decades, telephone only. Cordless phones. Her mobile lives switched off in the "
            "kitchen cupboard (or the handbag)."
        ),
    },
    {
        "key": "aunt",
        "name": "Gerda Voit",
        "born": "1939-11-08",
        "address": "Schulgasse 4, 95183 Oberwaldbach (Upper Franconia), ground-floor flat",
        "phones": ["+49 9280 555 3105", "+49 9561 555 7720"],
        "notes": (
            "My aunt, 72, my mother's younger sister. Her partner Walter Hofmann died in 2011; "
            "she gave up her flat at Lindenstraße 23, 96450 Kornbach and moved into the "
            "ground floor of my mother's house in February 2012. Has used the internet for "
            "years; her email address is how she keeps in touch with friends. Notebook stays "
            "downstairs. Old number +49 9561 555 7720 (Kornbach) is gone since 8 March 2012; "
            "her new number in the house is +49 9280 555 3105. Her mobile was packed in a "
            "moving box in the garage during the technician's visit."
        ),
    },
]

ORGANIZATIONS: list[dict[str, Any]] = [
    {
        "key": "telvia",
        "name": "Telvia AG",
        "asks_for_power_of_attorney": True,
        "notes": (
            "Telephone, internet and email provider of both ladies (email service: Telvia "
            "Online). Lessons learned: the social media team @Telvia_hilft is fast and can act, "
            "but its mails are invisible to the hotline ('we have no access to mails from "
            "Telvia_hilft'). Hotline agents cannot send emails, cannot put you through to a "
            "named colleague and start from zero every call: read the story so far. The voice "
            "menu question 'Do you want to switch to Telvia?' answered with 'yes' gets a human "
            "within seconds. Shops cannot see orders and cannot be phoned. The email team's "
            "read receipts never come back."
        ),
        "channels": [
            {
                "kind": "hotline",
                "value": "+49 800 555 0100",
                "purpose": "General customer service: sales, orders, moves, billing",
            },
            {
                "kind": "hotline",
                "value": "+49 800 555 0200",
                "purpose": "Technical support and Telvia Online (email, customer centre)",
            },
            {
                "kind": "hotline",
                "value": "+49 800 555 0300",
                "purpose": "Cancellations and contract ends",
            },
            {
                "kind": "fax",
                "value": "+49 800 555 0109",
                "purpose": "Customer service fax for signed forms (named in the 19 Mar mail)",
            },
            {
                "kind": "fax",
                "value": "+49 800 555 0209",
                "purpose": "Telvia Online fax for email address moves (given on 16 Mar, unused)",
            },
            {
                "kind": "email",
                "value": "hilft@telvia.example",
                "purpose": "Social media team @Telvia_hilft: orders and escalations by mail",
            },
            {
                "kind": "email",
                "value": "email-team@telvia-online.example",
                "purpose": "Telvia Online email team (moving addresses between customer numbers)",
            },
            {
                "kind": "email",
                "value": "kundenservice@telvia.example",
                "purpose": "Customer service back office (forms, complaints)",
            },
            {
                "kind": "mail_domain",
                "value": "telvia.example",
                "purpose": "Company mail: social team, customer service, surveys",
            },
            {
                "kind": "mail_domain",
                "value": "telvia-online.example",
                "purpose": "Telvia Online: hosted customer mailboxes and the email team",
            },
            {
                "kind": "postal",
                "value": "Telvia AG, Kundenservice, Postfach 20 01, 48001 Münster",
                "purpose": "Signed forms and powers of attorney by post",
            },
            {
                "kind": "web",
                "value": "https://kundencenter.telvia.example",
                "purpose": "Customer centre: invoices, orders, address book, webmail",
            },
            {
                "kind": "social",
                "value": "@Telvia_hilft",
                "purpose": "Social media customer service: public replies and DMs",
            },
        ],
    },
]

ACCOUNTS: list[dict[str, Any]] = [
    {
        "key": "acc_mother",
        "relative": "mother",
        "organization": "telvia",
        "customer_number": "550 311 8742",
        "contract_numbers": [
            "VT 0339 5521 (analogue line, until 13 Mar 2012)",
            "VT 8812 4406 (Kombi Comfort Universal ISDN + WLAN router, from 13 Mar 2012)",
        ],
        "phone_lines": ["+49 9280 555 3104", "+49 9280 555 3105", "+49 9280 555 3106"],
        "email_addresses": ["gerda.voit@telvia-online.example"],
        "login_names": ["access 5503118742-0001 (new access data, 13 Mar 2012)"],
        "notes": (
            "The household's line since 13 March 2012: mother's old number plus two new ones "
            "(3105 is Gerda's). WLAN router rented. Gerda's email address was moved onto this "
            "customer number on 16 March 2012 by the social team. The notebook setup by the "
            "technician was agreed as goodwill: no charge."
        ),
    },
    {
        "key": "acc_aunt",
        "relative": "aunt",
        "organization": "telvia",
        "customer_number": "440 297 7310",
        "contract_numbers": ["VT 7730 2291 (Kombi Basic, Kornbach - cancelled)"],
        "phone_lines": ["+49 9561 555 7720"],
        "email_addresses": [],
        "login_names": ["access 4402977310-0001 (old access data)"],
        "notes": (
            "Gerda's old line with internet in her Kornbach flat. I asked for it to be MOVED; "
            "it was cancelled instead. Line dead from 8 March 2012. Her customer centre stayed "
            "readable (invoices, orders, address book) but the mailbox was locked from early "
            "March until the address was moved to the new access on 16 March 2012."
        ),
    },
]

CONTACTS: list[dict[str, Any]] = [
    {
        "key": "c_social",
        "organization": "telvia",
        "name": "@Telvia_hilft (team account)",
        "team": "Social media customer service",
        "location": "Twitter",
        "notes": "Tweets and DMs signed with initials only. Answers within the hour, day time.",
    },
    {
        "key": "c_social_lena",
        "organization": "telvia",
        "name": "Lena",
        "team": "Social media customer service",
        "location": "",
        "notes": "Signs mails with first name only; writes on first-name terms ('Hallo Markus').",
    },
    {
        "key": "c_social_tobias",
        "organization": "telvia",
        "name": "Tobias",
        "team": "Social media customer service",
        "location": "",
        "notes": "Wrote on 5 Mar that Gerda's line was cancelled on 1 Mar - it was not.",
    },
    {
        "key": "c_social_sven",
        "organization": "telvia",
        "name": "Sven Hartung",
        "team": "Social media customer service",
        "location": "",
        "notes": "Formal ('Herr Brenner'). Interim notice on 13 Mar; final notice never came.",
    },
    {
        "key": "c_social_nadine",
        "organization": "telvia",
        "name": "Nadine",
        "team": "Social media customer service",
        "location": "",
        "notes": (
            "Phoned me on 16 Mar from the +49 800 555 0100 number; a colleague moved the "
            "email address while we talked. Done within 30 minutes as promised."
        ),
    },
    {
        "key": "c_shop",
        "organization": "telvia",
        "name": "Salesman, name not given",
        "team": "Telvia Shop",
        "location": "Telvia Shop, Munich city centre",
        "notes": "Cannot see orders, cannot phone anyone; refused to be quoted. Sells TV.",
    },
    {
        "key": "c_agent_cutoff",
        "organization": "telvia",
        "name": "Male agent, name not given",
        "team": "Customer service (0100)",
        "location": "",
        "notes": "Understood the case at once; call cut when the electrician killed the power.",
    },
    {
        "key": "c_albrecht",
        "organization": "telvia",
        "name": "Sabine Albrecht",
        "team": "Customer service, sales and orders (0100)",
        "location": "Rostock",
        "notes": (
            "Took the order again on 5 Mar. Gave her full name and her office location without "
            "being asked, 'so you can reach me'. Hotline cannot put you through to her, though."
        ),
    },
    {
        "key": "c_technician",
        "organization": "telvia",
        "name": "Herr Dietz",
        "team": "Field service technician",
        "location": "On site, Oberwaldbach",
        "notes": "Came early, knew nothing of the agreed order, did it right once talked through.",
    },
    {
        "key": "c_brandl",
        "organization": "telvia",
        "name": "Frau Brandl",
        "team": "Customer service (0100)",
        "location": "",
        "notes": "'Blocked for 180 days, no exceptions.' 'Then you were advised wrongly.'",
    },
    {
        "key": "c_jana",
        "organization": "telvia",
        "name": "Jana",
        "team": "Customer service (0100)",
        "location": "",
        "notes": "First name only. Said moving the address is no problem; referred me to 0200.",
    },
    {
        "key": "c_kessler",
        "organization": "telvia",
        "name": "Frau K. (Kessler)",
        "team": "Technical support / Telvia Online (0200)",
        "location": "",
        "notes": "Called the 180 days 'complete nonsense'. Promised a callback the same day.",
    },
    {
        "key": "c_agent_notresp",
        "organization": "telvia",
        "name": "Female agent, name not given (10:14)",
        "team": "Technical support (0200), first level",
        "location": "",
        "notes": "'Not responsible', put me 'straight through', came back, hung up.",
    },
    {
        "key": "c_agent_firstlevel",
        "organization": "telvia",
        "name": "Female agent, name not given (10:37)",
        "team": "Technical support (0200), first level",
        "location": "",
        "notes": "Passed me on without briefing the colleague.",
    },
    {
        "key": "c_demir",
        "organization": "telvia",
        "name": "Frau Demir",
        "team": "Technical support (0200), second level",
        "location": "",
        "notes": "'No mails from you in the system.' Fetched her team leader when I asked.",
    },
    {
        "key": "c_schubert",
        "organization": "telvia",
        "name": "Herr Schubert",
        "team": "Technical support (0200), team leader",
        "location": "",
        "notes": "'Mails you allegedly sent us.' Hung up: 'Good day and goodbye!'",
    },
    {
        "key": "c_agent_nomail",
        "organization": "telvia",
        "name": "Female agent, name not given (11:06)",
        "team": "Technical support (0200)",
        "location": "",
        "notes": "Confirmed both mails arrived; 'cannot send emails from my workplace'; hung up.",
    },
    {
        "key": "c_wenzel",
        "organization": "telvia",
        "name": "Frau Wenzel",
        "team": "Technical support (0200)",
        "location": "",
        "notes": "'Only by fax' - then 'right address, there is a ticket' - then 'no ticket'.",
    },
    {
        "key": "c_sonnenschein",
        "organization": "telvia",
        "name": "Clara Sonnenschein",
        "team": "Telvia Online email team",
        "location": "",
        "notes": (
            "Signature of the template mail of 16 Mar. I bet a pizza the name is as real as "
            "the lady from the old coffee adverts."
        ),
    },
    {
        "key": "c_gruber",
        "organization": "telvia",
        "name": "Herr Gruber",
        "team": "Customer service back office",
        "location": "",
        "notes": "Sent the garbled fax-form mail on 19 Mar, three days after the matter was done.",
    },
]

CASES: list[dict[str, Any]] = [
    {
        "key": "case_line",
        "title": "Move Gerda's internet line into Mum's house (Kombi Comfort Universal)",
        "organization": "telvia",
        "relatives": ["mother", "aunt"],
        "accounts": ["acc_mother", "acc_aunt"],
        "status": "resolved",
        "opened_at": "2012-02-28T11:20",
        "closed_at": "2012-03-14T20:00",
        "story_so_far": (
            "I am calling for my mother, Hildegard Brenner, customer number 550 311 8742, and "
            "my aunt, Gerda Voit, customer number 440 297 7310. On 28 February I ordered "
            "through @Telvia_hilft that my aunt's internet access move into my mother's house "
            "at Schulgasse 4 in Oberwaldbach and that my mother's analogue line be upgraded to "
            "Kombi Comfort Universal with a WLAN router. On 5 March your hotline told me there "
            "was no order at all, so Ms Sabine Albrecht took it again, order number "
            "A-2012-0305-48817, technician on 13 March. The same afternoon the social team "
            "wrote that my aunt's old line had been cancelled on 1 March; it still rang until "
            "8 March. The technician came early on 13 March, knew nothing of the agreed order "
            "and wanted to lay a second line; I talked him through it by phone. Since that "
            "evening the internet and all three numbers work; the notebook setup was agreed "
            "as goodwill and must not appear on the bill."
        ),
        "references": [
            {
                "kind": "order",
                "value": "A-2012-0305-48817",
                "given_by": "c_albrecht",
                "given_at": "2012-03-05T13:55",
                "note": "Order taken again by phone; technician 13 Mar from 14:00.",
            },
            {
                "kind": "other",
                "value": "Mail subject: 'Internet für Mutter und Tante - bitte schnell'",
                "given_by": None,
                "given_at": "2012-02-28T14:51",
                "note": (
                    "Subject of the whole mail thread with hilft@telvia.example; it never "
                    "changed, so the thread can be found by it (the hotline still could not)."
                ),
            },
            {
                "kind": "other",
                "value": "DM thread @Telvia_hilft, from 28 Feb 2012",
                "given_by": "c_social",
                "given_at": "2012-02-28T11:48",
                "note": "All tweets and DMs kept as screenshots.",
            },
        ],
    },
    {
        "key": "case_email",
        "title": "Move Gerda's email address gerda.voit@telvia-online.example to the new access",
        "organization": "telvia",
        "relatives": ["aunt", "mother"],
        "accounts": ["acc_aunt", "acc_mother"],
        "status": "resolved",
        "opened_at": "2012-03-06T09:30",
        "closed_at": "2012-03-20T18:40",
        "story_so_far": (
            "I am calling about my aunt Gerda Voit's email address, "
            "gerda.voit@telvia-online.example. Her old access, customer number 440 297 7310, "
            "was cancelled instead of moved, and since early March she cannot open her "
            "mailbox; the address has to go to the new access on my mother's customer number "
            "550 311 8742. On 15 March one of your agents said the address is blocked for 180 "
            "days, another called that complete nonsense and told me to mail the email team, "
            "who would call back the same day - nobody did. On 16 March I was told there were "
            "no mails from me, then that both had arrived; that it only works by fax, then "
            "that a ticket existed, then that it did not; three agents hung up on me. At 15:20 "
            "the email team demanded a power of attorney, at 15:52 the social team phoned and "
            "said it would be done within 30 minutes, and at 16:17 the address worked with all "
            "its mails. The matter is settled; please send no more forms."
        ),
        "references": [
            {
                "kind": "ticket",
                "value": "none given ('there is a ticket number now' - retracted)",
                "given_by": "c_wenzel",
                "given_at": "2012-03-16T12:15",
                "note": (
                    "Frau Wenzel said a ticket existed but only the processing colleague knew "
                    "its number; two minutes later: no ticket, only a 'customer contact'."
                ),
            },
            {
                "kind": "other",
                "value": "Mail subject: 'Umzug E-Mail-Adresse gerda.voit - Rückruf erbeten'",
                "given_by": None,
                "given_at": "2012-03-15T12:53",
                "note": "My mails to the email team of 15 and 16 Mar, both with read receipt.",
            },
            {
                "kind": "other",
                "value": "Vorgang 7781-20120319",
                "given_by": "c_gruber",
                "given_at": "2012-03-19T13:20",
                "note": "Reference in the garbled fax-form mail of 19 Mar.",
            },
        ],
    },
]

EVENTS: list[dict[str, Any]] = [
    # --- 28 February: the order through the social media team ---
    {
        "key": "e_tweet_start",
        "case": "case_line",
        "kind": "social",
        "at": "2012-02-28T11:20",
        "ended_at": None,
        "contact": None,
        "summary": "Public tweet to @Telvia_hilft: can you take an order without the hotline?",
        "body": (
            "My experiment: get a line moved and installed for Mum and Gerda purely through "
            "the social media team, without a single hotline call."
        ),
    },
    {
        "key": "e_tweet_reply",
        "case": "case_line",
        "kind": "social",
        "direction": "in",
        "at": "2012-02-28T11:48",
        "ended_at": None,
        "contact": "c_social",
        "summary": "@Telvia_hilft: gladly - send the details by mail to hilft@telvia.example",
        "body": "Friendly, quick public reply, followed by a second tweet with the address.",
    },
    {
        "key": "e_order_mail",
        "case": "case_line",
        "kind": "email_out",
        "at": "2012-02-28T14:51",
        "ended_at": None,
        "contact": "c_social",
        "summary": "Order mail to the social team: internet for Mum's house, end Gerda's old line",
        "body": (
            "Sent exactly 3 h 3 min after the reply. Background: Gerda's partner died last year, "
            "she has moved into Mum's two-family house, both over 70; the rebuild and the move "
            "are done, hence the hurry. Mum's line (+49 9280 555 3104) is a plain analogue "
            "line, no ISDN, no NTBA. Order: internet-capable line as soon as possible (site "
            "check says up to 16 Mbit/s), WLAN for one notebook (also in the garden), Mum's "
            "number integrated, tariff Kombi Comfort with rented WLAN router. Gerda's old line "
            "in Kornbach to be cancelled as soon as possible. Asked for all paperwork to be "
            "handled on site."
        ),
    },
    {
        "key": "e_dm_sent",
        "case": "case_line",
        "kind": "social",
        "at": "2012-02-28T14:55",
        "ended_at": None,
        "contact": "c_social",
        "summary": "DM to @Telvia_hilft: the mail is on its way",
        "body": "Just to be safe.",
    },
    {
        "key": "e_dm_received",
        "case": "case_line",
        "kind": "social",
        "direction": "in",
        "at": "2012-02-28T15:09",
        "ended_at": None,
        "contact": "c_social",
        "summary": "DM from @Telvia_hilft: mail received",
        "body": "Under 15 minutes. Works like clockwork, I thought.",
    },
    {
        "key": "e_dm_status1",
        "case": "case_line",
        "kind": "social",
        "at": "2012-02-28T17:35",
        "ended_at": None,
        "contact": "c_social",
        "summary": "DM: any news on the order?",
        "body": "Asked after 2.5 hours - half hoping a technician was already on his way.",
    },
    {
        "key": "e_dm_status1_reply",
        "case": "case_line",
        "kind": "social",
        "direction": "in",
        "at": "2012-02-28T19:05",
        "ended_at": None,
        "contact": "c_social",
        "summary": "@Telvia_hilft: this takes a few days, colleagues are on it",
        "body": "Sobering but fair: an order and installation in one day was never realistic.",
    },
    {
        "key": "e_dm_status2",
        "case": "case_line",
        "kind": "social",
        "at": "2012-02-29T13:10",
        "ended_at": None,
        "contact": "c_social",
        "summary": "DM: status? Mum and Gerda keep phoning to ask",
        "body": "Silence since last evening; suspicious calls from Oberwaldbach all morning.",
    },
    {
        "key": "e_dm_status2_reply",
        "case": "case_line",
        "kind": "social",
        "direction": "in",
        "at": "2012-02-29T14:05",
        "ended_at": None,
        "contact": "c_social",
        "summary": "@Telvia_hilft: being worked on, they will make sure I get feedback",
        "body": (
            "Reassuring, a little. I asked once more around 17:20 after more calls from "
            "the ladies; no further news that day."
        ),
    },
    # --- 1 March: new facts, the shop, the customer numbers ---
    {
        "key": "e_mail_not_cancelled",
        "case": "case_line",
        "kind": "email_out",
        "at": "2012-03-01T08:30",
        "ended_at": None,
        "contact": "c_social",
        "summary": "Mail: Gerda's Kornbach line is not cancelled yet - MOVE it instead",
        "body": (
            "Tweeted first, mailed ten minutes later: I learned that Gerda's line with internet "
            "in Kornbach is still running, so moving it to Oberwaldbach is the simpler way; "
            "Mum's existing number must still be integrated. Asked for quick handling."
        ),
    },
    {
        "key": "e_shop_visit",
        "case": "case_line",
        "kind": "visit",
        "at": "2012-03-01T10:45",
        "ended_at": "2012-03-01T11:25",
        "contact": "c_shop",
        "summary": "Telvia Shop Munich: can't see orders, can't phone anyone - but sells me TV",
        "body": (
            "One of the biggest Telvia shops, spotless. The salesman has customer data but no "
            "access to order processing; that is another department, which the shop cannot "
            "phone: 'we don't know their number'. Shops cannot be phoned either, so I could "
            "only come back in person. He handed me a slip with the general hotline "
            "+49 800 555 0100 ('the colleagues there can surely help'), offered to take a new "
            "internet order on the spot and pitched the 'Vision Comfort' TV package: save "
            "5 euros a month for the first 24 months, 39.95 euros a month. Asked whether I "
            "could quote him by name that my line would be installed this week: 'You cannot "
            "quote me, I gave you no information about your order.' Dried coffee stain on "
            "the display case."
        ),
    },
    {
        "key": "e_dm_currywurst",
        "case": "case_line",
        "kind": "social",
        "direction": "in",
        "at": "2012-03-01T12:05",
        "ended_at": None,
        "contact": "c_social",
        "summary": "DM from @Telvia_hilft: we're on it, a colleague will mail you shortly",
        "body": "Arrived over a currywurst in Munich; meant to calm me down, and it did.",
    },
    {
        "key": "e_mail_need_numbers",
        "case": "case_line",
        "kind": "email_in",
        "at": "2012-03-01T14:35",
        "ended_at": None,
        "contact": "c_social_lena",
        "summary": "Lena: customer numbers missing; IP line or Universal (ISDN)?",
        "body": (
            "'Nice to see family still sticking together.' I had forgotten to send both "
            "customer numbers, needed to cancel one line and switch the other. To combine both "
            "numbers on one line a switch to an IP or Universal (ISDN) line is required - "
            "which one? Link to a decision guide. 'As soon as you send us this info and the "
            "customer numbers, we'll get going immediately.'"
        ),
    },
    {
        "key": "e_tweet_praise",
        "case": "case_line",
        "kind": "social",
        "at": "2012-03-01T14:50",
        "ended_at": None,
        "contact": None,
        "summary": "Public tweet (and Facebook post) praising @Telvia_hilft",
        "body": "Convinced the line would run in Oberwaldbach this week. It was Thursday.",
    },
    {
        "key": "e_mail_numbers",
        "case": "case_line",
        "kind": "email_out",
        "at": "2012-03-01T17:30",
        "ended_at": None,
        "contact": "c_social_lena",
        "summary": "Sent both customer numbers; chose Universal (ISDN); asked: install on 2 Mar?",
        "body": (
            "Customer numbers 550 311 8742 (Mum) and 440 297 7310 (Gerda). Universal (ISDN) "
            "chosen. Installation tomorrow, 2 March, would be the icing on the cake: the only "
            "day I am on site."
        ),
    },
    {
        "key": "e_tweet_0203",
        "case": "case_line",
        "kind": "social",
        "direction": "in",
        "at": "2012-03-02T08:15",
        "ended_at": None,
        "contact": "c_social",
        "summary": "@Telvia_hilft: data complete, passed on to the colleagues",
        "body": "Good mood; set off on the 350 km drive across Bavaria to Oberwaldbach.",
    },
    {
        "key": "e_note_weekend",
        "case": "case_line",
        "kind": "note",
        "at": "2012-03-04T19:00",
        "ended_at": None,
        "contact": None,
        "summary": "At Mum's since 2 Mar: no technician, no word from Telvia",
        "body": "I have to drive home on Monday evening at the latest.",
    },
    # --- 5 March: three hotline calls ---
    {
        "key": "e_call_cut",
        "case": "case_line",
        "kind": "call",
        "at": "2012-03-05T12:30",
        "ended_at": "2012-03-05T12:41",
        "contact": "c_agent_cutoff",
        "summary": "Hotline call 1: good agent - cut off when the electrician killed the power",
        "body": (
            "Short queue (an espresso and a cigarette). The agent asked the right questions "
            "and summed the case up 'so there are no misunderstandings'. Five seconds later a "
            "'clack' through the house: the electricians back from lunch had switched off the "
            "power. TV and lights dead too. Electrician: 'Back in about an hour.'"
        ),
        "number_dialed": "+49 800 555 0100",
        "hold_minutes": 6,
        "transfers": 0,
        "outcome": "disconnected",
    },
    {
        "key": "e_call_dropped",
        "case": "case_line",
        "kind": "call",
        "at": "2012-03-05T13:06",
        "ended_at": "2012-03-05T13:19",
        "contact": None,
        "summary": "Hotline call 2: dropped in the queue (power was on - not the electrician)",
        "body": "Power back after 30 minutes. Beat the voice menu, hold music, line dropped.",
        "number_dialed": "+49 800 555 0100",
        "hold_minutes": 12,
        "transfers": 0,
        "outcome": "disconnected",
    },
    {
        "key": "e_call_albrecht",
        "case": "case_line",
        "kind": "call",
        "at": "2012-03-05T13:21",
        "ended_at": "2012-03-05T13:58",
        "contact": "c_albrecht",
        "summary": "Hotline call 3: 'no order for these lines' - order retaken, technician on 13th",
        "body": (
            "Answered 'yes' to the voice menu's 'Do you want to switch to Telvia?' and had an "
            "agent within seconds. Explained everything again. She has no access to the "
            "social team's mails ('thousands of mails a day'; 'they have nothing to do with "
            "order processing or with us ... what they are for, nobody really knows'). "
            "'There is no order for these lines', neither for Mum's nor for Gerda's. She took "
            "the order officially, with my explicit wish to MOVE Gerda's access rather than "
            "cancel it; she said it makes no difference and the email address can be kept "
            "either way ('quite sure'), via the hotline or the customer centre. Technician on "
            "13 March, nothing earlier, although I ordered on 28 February. Agreed: complete "
            "installation including WLAN router and notebook, no new cabling. She gave me the "
            "two new numbers active from 13 March and, unasked, her full name and office "
            "location."
        ),
        "number_dialed": "+49 800 555 0100",
        "hold_minutes": 0,
        "transfers": 0,
        "outcome": "promise_made",
    },
    {
        "key": "e_dm_after_call",
        "case": "case_line",
        "kind": "social",
        "direction": "in",
        "at": "2012-03-05T14:03",
        "ended_at": None,
        "contact": "c_social",
        "summary": "DM from @Telvia_hilft: the colleagues are still processing your order",
        "body": "Five minutes after the hotline told me there is no order at all. Speechless.",
    },
    {
        "key": "e_mail_cancelled_0103",
        "case": "case_line",
        "kind": "email_in",
        "at": "2012-03-05T16:05",
        "ended_at": None,
        "contact": "c_social_tobias",
        "summary": "Tobias: Gerda's line 'was cancelled on 1 March'; Mum's switched on 13 March",
        "body": (
            "'Sorry I'm only getting back now. The cancellation of Ms Voit's line was already "
            "carried out on 1 March 2012. Ms Brenner's line will be switched to Kombi Comfort "
            "Universal on 13 March 2012; the number will then be integrated into the new "
            "tariff.' No mention of the move I asked for on 1 March."
        ),
    },
    {
        "key": "e_call_check_old",
        "case": "case_line",
        "kind": "call",
        "at": "2012-03-05T16:08",
        "ended_at": "2012-03-05T16:09",
        "contact": None,
        "summary": "Test call to Gerda's old Kornbach number: it rings - not cancelled",
        "body": "The line 'cancelled on 1 March' is alive and well, five days later.",
        "number_dialed": "+49 9561 555 7720",
        "hold_minutes": 0,
        "transfers": 0,
        "outcome": "no_result",
    },
    {
        "key": "e_note_briefing",
        "case": "case_line",
        "kind": "note",
        "at": "2012-03-05T18:00",
        "ended_at": None,
        "contact": None,
        "summary": "Briefed Mum and Gerda for 13 March, then drove home to the Allgäu",
        "body": (
            "The technician lays NO cables in the house: it is WLAN, and both have cordless "
            "phones. Do not let him leave until all phones work and the notebook is online. "
            "Phone me at once if he does anything odd. Repeated several times. No more contact "
            "with @Telvia_hilft for now."
        ),
    },
    {
        "key": "e_tweet_angry",
        "case": "case_line",
        "kind": "social",
        "at": "2012-03-06T13:19",
        "ended_at": None,
        "contact": None,
        "summary": "Public tweet: the social team's order never reached the hotline",
        "body": "Written in annoyance after rereading all mails and tweets of the last days.",
    },
    {
        "key": "e_tweet_reply_cheeky",
        "case": "case_line",
        "kind": "social",
        "direction": "in",
        "at": "2012-03-06T13:50",
        "ended_at": None,
        "contact": "c_social",
        "summary": "@Telvia_hilft public reply: 'technician booked for the 13th, glad to help'",
        "body": "31 minutes later, in public. I found it cheeky, given the last week.",
    },
    {
        "key": "e_tweet_last",
        "case": "case_line",
        "kind": "social",
        "at": "2012-03-06T13:55",
        "ended_at": None,
        "contact": None,
        "summary": "My last tweet on the matter; silence until the 13th",
        "body": "Decided not to touch anything until the installation date.",
    },
    # --- 8/9 March: paper, parcels, the old line goes dead ---
    {
        "key": "e_letters",
        "case": "case_line",
        "kind": "letter",
        "at": "2012-03-08T11:00",
        "ended_at": None,
        "contact": None,
        "summary": "A huge stack of letters from Telvia arrives at Mum's house",
        "body": "Mum phoned. Looks like things are moving; I stay quiet so as not to disturb.",
    },
    {
        "key": "e_note_old_dead",
        "case": "case_line",
        "kind": "note",
        "at": "2012-03-08T11:30",
        "ended_at": None,
        "contact": None,
        "summary": "Gerda's old Kornbach line no longer reachable",
        "body": "Cancelled after all - a week after the 'cancelled on 1 March' mail said so.",
    },
    {
        "key": "e_parcels",
        "case": "case_line",
        "kind": "letter",
        "at": "2012-03-09T08:45",
        "ended_at": None,
        "contact": None,
        "summary": "Mum: 'unbelievably many' Telvia parcels - there should be three at most",
        "body": (
            "Calmed her down. Privately suspect two orders running side by side: the social "
            "team's and the one taken again on 5 March. Down with a fever from 9 to 12 March."
        ),
    },
    # --- 13 March: the technician ---
    {
        "key": "e_technician",
        "case": "case_line",
        "kind": "technician",
        "at": "2012-03-13T13:40",
        "ended_at": "2012-03-13T17:45",
        "contact": "c_technician",
        "summary": "Technician arrives before the 14:00 window, knows nothing, wants a new line",
        "body": (
            "His job sheet said: install a NEW telephone line with internet. Without my call "
            "the ladies would now have two accesses with six numbers. After being talked "
            "through by phone he upgraded Mum's existing line, set up the WLAN router and "
            "Gerda's notebook, and left before 18:00."
        ),
    },
    {
        "key": "e_call_technician",
        "case": "case_line",
        "kind": "call",
        "direction": "in",
        "at": "2012-03-13T13:47",
        "ended_at": "2012-03-13T14:00",
        "contact": "c_technician",
        "summary": "Mum calls in a panic; I talk the technician through the order by phone",
        "body": (
            "'The ladies can't tell me where the new line should go.' - 'No line is to be "
            "laid.' - 'Then why am I here?' Explained: upgrade the existing line "
            "+49 9280 555 3104 and integrate internet; the access data and the two extra "
            "numbers are already there; papers and parcels on the chest of drawers downstairs, "
            "right of the window, next to the notebook. Setting up the notebook is part of "
            "the order - he said that is rarely ordered and costs will come; I said it was "
            "agreed as goodwill. He wanted a cable from upstairs to the notebook downstairs; "
            "WLAN, radio, no cable. 'Then I'll do it the way you told me.'"
        ),
        "number_dialed": "+49 171 555 0199",
        "hold_minutes": 0,
        "transfers": 0,
        "outcome": "resolved",
    },
    {
        "key": "e_mail_interim",
        "case": "case_line",
        "kind": "email_in",
        "at": "2012-03-13T13:48",
        "ended_at": None,
        "contact": "c_social_sven",
        "summary": "Sven: tariff switched today; Gerda's number goes on the line tomorrow",
        "body": (
            "'A short interim notice: Ms Brenner's tariff will be switched to a Kombi package "
            "today. Tomorrow I will transfer Ms Voit's number to the desired line and then "
            "inform you conclusively.' Arrived one minute after Mum's call; I only saw it "
            "after talking to the technician."
        ),
    },
    {
        "key": "e_call_dead",
        "case": "case_line",
        "kind": "call",
        "at": "2012-03-13T14:10",
        "ended_at": "2012-03-13T14:12",
        "contact": None,
        "summary": "Tried to call Mum: line dead (technician at work), both mobiles switched off",
        "body": (
            "Wanted to tell them the new numbers only work from tomorrow. Mum's mobile: off "
            "in the kitchen cupboard. Gerda's: off, in a moving box in the garage. No contact "
            "possible; by 14:50 still no agreed 'it works' mail from Gerda."
        ),
        "number_dialed": "+49 9280 555 3104",
        "hold_minutes": 0,
        "transfers": 0,
        "outcome": "no_result",
    },
    {
        "key": "e_call_works",
        "case": "case_line",
        "kind": "call",
        "at": "2012-03-13T18:05",
        "ended_at": "2012-03-13T18:20",
        "contact": None,
        "summary": "Line alive: internet and notebook work, all numbers ring - but no emails",
        "body": (
            "Mum: phone works, internet apparently too, technician gone. Gerda: notebook "
            "online without problems. Test calls to the new numbers 3105 and 3106: all "
            "reachable already, although the social team said 'tomorrow'. Gerda's customer "
            "centre shows no emails."
        ),
        "number_dialed": "+49 9280 555 3104",
        "hold_minutes": 0,
        "transfers": 0,
        "outcome": "resolved",
    },
    {
        "key": "e_note_no_final",
        "case": "case_line",
        "kind": "note",
        "at": "2012-03-14T20:00",
        "ended_at": None,
        "contact": None,
        "summary": "No 'conclusive' notice from the social team; line works anyway - case closed",
        "body": "The promised final information about Gerda's number never came.",
    },
    # --- the email address ---
    {
        "key": "e_note_mailbox_locked",
        "case": "case_email",
        "kind": "note",
        "at": "2012-03-06T09:30",
        "ended_at": None,
        "contact": None,
        "summary": "Gerda's customer centre: invoices, orders, address book - but no emails",
        "body": (
            "Logged in with her old access data: everything visible except the mailbox; not "
            "a single mail opens. Old Kornbach line still rings. Bad feeling about the "
            "address."
        ),
    },
    {
        "key": "e_note_mailbox_0803",
        "case": "case_email",
        "kind": "note",
        "at": "2012-03-08T11:40",
        "ended_at": None,
        "contact": None,
        "summary": "Mailbox still locked while the rest of the old customer centre works",
        "body": "Same on 9 March. This will end badly.",
    },
    {
        "key": "e_note_cc_fails",
        "case": "case_email",
        "kind": "note",
        "at": "2012-03-13T14:20",
        "ended_at": None,
        "contact": None,
        "summary": "Customer centre: every function touching the email address fails",
        "body": (
            "Tried to start the address move myself while the technician worked. Everything "
            "else in the old customer centre works. Decided not to call Telvia before the "
            "internet runs - no confusion now."
        ),
    },
    {
        "key": "e_call_brandl",
        "case": "case_email",
        "kind": "call",
        "at": "2012-03-15T09:10",
        "ended_at": "2012-03-15T09:52",
        "contact": "c_brandl",
        "summary": "Hotline: 'impossible - address blocked for 180 days, no exceptions'",
        "body": (
            "The address of a cancelled access is irrevocably blocked for 180 days. 'Then "
            "you were advised wrongly.' I said I did exactly this two or three years ago "
            "without trouble: 'That cannot be.' - 'I saw it myself.' - 'As I said, that cannot "
            "be. I hope you were satisfied with my service anyway. Have a nice day.'"
        ),
        "number_dialed": "+49 800 555 0100",
        "hold_minutes": 26,
        "transfers": 0,
        "outcome": "no_result",
    },
    {
        "key": "e_call_jana",
        "case": "case_email",
        "kind": "call",
        "at": "2012-03-15T10:15",
        "ended_at": "2012-03-15T10:49",
        "contact": "c_jana",
        "summary": "Hotline again: 'no problem in principle' - call the technical hotline 0200",
        "body": "Same number, different agent, opposite answer. Referred to +49 800 555 0200.",
        "number_dialed": "+49 800 555 0100",
        "hold_minutes": 21,
        "transfers": 0,
        "outcome": "no_result",
    },
    {
        "key": "e_call_kessler",
        "case": "case_email",
        "kind": "call",
        "at": "2012-03-15T11:40",
        "ended_at": "2012-03-15T12:38",
        "contact": "c_kessler",
        "summary": "Frau K.: 180 days is 'complete nonsense'; mail the email team, callback today",
        "body": (
            "Moving the address is no problem at all. 'Just send a short email to "
            "email-team@telvia-online.example with the customer numbers and your phone "
            "number. The colleagues will get back to you today.' - 'And then it's done?' - "
            "'Yes.' - 'Sure?' - 'Quite sure.'"
        ),
        "number_dialed": "+49 800 555 0200",
        "hold_minutes": 34,
        "transfers": 1,
        "outcome": "promise_made",
    },
    {
        "key": "e_mail_emailteam_1",
        "case": "case_email",
        "kind": "email_out",
        "at": "2012-03-15T12:53",
        "ended_at": None,
        "contact": "c_kessler",
        "summary": "Mail to the email team as instructed, with read receipt requested",
        "body": (
            "Both customer numbers, Gerda's address, the reasons (partner died, over 70, "
            "mailbox locked since early March), my phone number, request for a callback."
        ),
    },
    {
        "key": "e_note_no_callback",
        "case": "case_email",
        "kind": "note",
        "at": "2012-03-15T20:00",
        "ended_at": None,
        "contact": None,
        "summary": "No callback, no mail, no read receipt from the email team",
        "body": "'Quite sure' lasted until the end of the working day.",
    },
    {
        "key": "e_mail_emailteam_2",
        "case": "case_email",
        "kind": "email_out",
        "at": "2012-03-16T08:46",
        "ended_at": None,
        "contact": None,
        "summary": "Follow-up to the email team: in progress, or was I misinformed again?",
        "body": "Yesterday's mail attached; read receipt requested again. None came.",
    },
    {
        "key": "e_note_forums",
        "case": "case_email",
        "kind": "note",
        "at": "2012-03-16T09:00",
        "ended_at": "2012-03-16T10:00",
        "contact": None,
        "summary": "Forum research: about half of address moves succeed - persistence helps",
        "body": (
            "Hundreds of customers with the same problem over ten years, Telvia's own forum "
            "included. Success rises when you use every channel the company has."
        ),
    },
    {
        "key": "e_call_notresp",
        "case": "case_email",
        "kind": "call",
        "at": "2012-03-16T10:14",
        "ended_at": "2012-03-16T10:36",
        "contact": "c_agent_notresp",
        "summary": "'Not responsible, I'll put you through' - back: nobody there; hangs up",
        "body": (
            "Explanation no. 1 of the day. Hold music with adverts for the customer centre "
            "and the TV package (time-shifted TV, HD). She came back: 'I couldn't reach "
            "anyone who knows about your problem. Please call again in a few minutes.' - "
            "'But...' - hung up."
        ),
        "number_dialed": "+49 800 555 0200",
        "hold_minutes": 17,
        "transfers": 1,
        "outcome": "hung_up_on_us",
    },
    {
        "key": "e_call_teamlead",
        "case": "case_email",
        "kind": "call",
        "at": "2012-03-16T10:37",
        "ended_at": "2012-03-16T11:03",
        "contact": "c_schubert",
        "summary": "'No mails from you in the system' - team leader: 'allegedly'; hangs up",
        "body": (
            "Rang again after 30 seconds. Explanation no. 2, transferred; hold advert: "
            "the TV package saves 5 euros a month for 24 months - the shop salesman's line. "
            "Frau Demir had not been briefed: explanation no. 3. 'Moving an address between "
            "customer numbers is complicated; you should have applied for it.' Then: 'As far "
            "as I can see there are no mails from you in the system.' I asked for a "
            "supervisor. Team leader Schubert: 'It's about two mails you allegedly sent us. "
            "If you had sent them, they would be in the system. Good day and goodbye!'"
        ),
        "number_dialed": "+49 800 555 0200",
        "hold_minutes": 13,
        "transfers": 2,
        "outcome": "hung_up_on_us",
    },
    {
        "key": "e_call_nomail",
        "case": "case_email",
        "kind": "call",
        "at": "2012-03-16T11:06",
        "ended_at": "2012-03-16T11:46",
        "contact": "c_agent_nomail",
        "summary": "Both mails arrived - but 'I cannot send emails from my workplace'; hangs up",
        "body": (
            "Explanation no. 4 since 10:14, standing up this time. 'Oh, you have been "
            "through a lot.' She confirmed both mails arrived. Asked for that in a short "
            "email: 'I cannot send emails from my workplace.' - 'You work at the technical "
            "department of Telvia Online and cannot send an email?' She ended the call "
            "without a word."
        ),
        "number_dialed": "+49 800 555 0200",
        "hold_minutes": 27,
        "transfers": 1,
        "outcome": "hung_up_on_us",
    },
    {
        "key": "e_call_wenzel",
        "case": "case_email",
        "kind": "call",
        "at": "2012-03-16T12:04",
        "ended_at": "2012-03-16T12:22",
        "contact": "c_wenzel",
        "summary": "'Only by fax' - 'right address, there is a ticket' - 'no ticket'; hangs up",
        "body": (
            "'Switch to Telvia?' - 'Yes!' - an agent within seconds. Explanation no. 5. Both "
            "mails are in the system, but 'you cannot arrange this by email, only by fax', "
            "fax number 0800... I told her Frau K. of this very hotline sent me to the email "
            "team. About five minutes on hold while she checked with 'the responsible "
            "department': 'You did send it to the right address. There is a ticket number "
            "now!' She cannot confirm receipt (technical reasons), cannot tell me the ticket "
            "number (only the processing colleague knows it) and cannot reach that colleague "
            "(one central internal number). Then: 'I believe no ticket was issued after all, "
            "only a customer contact.' - 'The customer contact exists since 28 February!' "
            "She hung up without a word."
        ),
        "number_dialed": "+49 800 555 0200",
        "hold_minutes": 5,
        "transfers": 0,
        "outcome": "hung_up_on_us",
    },
    {
        "key": "e_mail_social_escalation",
        "case": "case_email",
        "kind": "email_out",
        "at": "2012-03-16T14:13",
        "ended_at": None,
        "contact": "c_social",
        "summary": "Escalation mail to the social team: both mails attached, 9 points of the day",
        "body": (
            "Mails of 15 and 16 March attached; despite the promise of 15 March no reply. "
            "Listed: receipt first denied, then confirmed; 'only by fax', then revised; "
            "'ticket exists', then only a 'customer contact'; no written confirmation because "
            "agents cannot send email; hung up on. Read receipt came back within seconds - so "
            "it is possible."
        ),
    },
    {
        "key": "e_mail_template_poa",
        "case": "case_email",
        "kind": "email_in",
        "at": "2012-03-16T15:20",
        "ended_at": None,
        "contact": "c_sonnenschein",
        "summary": "Email team template: data protection - power of attorney from contract partner",
        "body": (
            "About 26 hours late. 'You asked for details of another contract partner's "
            "contract. Customer data are sensitive and protected ... we need a power of "
            "attorney signed by the contract partner. Please send it to us - we will then "
            "take care of your request immediately.' Footer: 'Were you satisfied? Click "
            "here.' Nobody mentioned data protection in 17 days of ordering lines for these "
            "same 'other contract partners'."
        ),
    },
    {
        "key": "e_mail_reply_sonnenschein",
        "case": "case_email",
        "kind": "email_out",
        "at": "2012-03-16T15:46",
        "ended_at": None,
        "contact": "c_sonnenschein",
        "summary": "Reply to Ms Sonnenschein: I've handled both ladies' orders since 28 Feb",
        "body": (
            "Both contract partners are my aunt and my mother, over 70. Because of Telvia's "
            "mistakes my aunt has had no access to her mail for about 15 days, shortly after "
            "losing her partner. Nobody raised data protection while I ordered a whole line "
            "for them. Asked how to proceed."
        ),
    },
    {
        "key": "e_call_social_nadine",
        "case": "case_email",
        "kind": "call",
        "direction": "in",
        "at": "2012-03-16T15:52",
        "ended_at": "2012-03-16T16:05",
        "contact": "c_social_nadine",
        "summary": "Social team phones: address being moved now, active within 30 minutes",
        "body": (
            "Caller ID +49 800 555 0100; I feared the worst. Nadine from @Telvia_hilft: 'We "
            "got your mail; my colleague is already moving the address to the new customer "
            "number. In 30 minutes at the latest it is active - check the customer centre "
            "with the new access data from 16:15.' About the template mail: 'Forget that "
            "mail. We have long since done it.'"
        ),
        "number_dialed": "+49 171 555 0199",
        "hold_minutes": 0,
        "transfers": 0,
        "outcome": "promise_made",
    },
    {
        "key": "e_note_address_works",
        "case": "case_email",
        "kind": "note",
        "at": "2012-03-16T16:17",
        "ended_at": None,
        "contact": None,
        "summary": "Logged in with the new access data: the address is there, all mails intact",
        "body": "Checked the access number three times for typos. It works.",
    },
    {
        "key": "e_mail_thanks",
        "case": "case_email",
        "kind": "email_out",
        "at": "2012-03-16T16:27",
        "ended_at": None,
        "contact": "c_social",
        "summary": "Thank-you mail to the social team: 'It works! Thanks again!'",
        "body": "First prize for customer care goes to @Telvia_hilft, despite the start.",
    },
    {
        "key": "e_mail_survey",
        "case": "case_email",
        "kind": "email_in",
        "at": "2012-03-19T12:18",
        "ended_at": None,
        "contact": "c_social",
        "summary": "Satisfaction survey from the social team",
        "body": "'We answered you conclusively on Friday.' Meant to fill it in after lunch.",
    },
    {
        "key": "e_mail_garbled",
        "case": "case_email",
        "kind": "email_in",
        "at": "2012-03-19T13:20",
        "ended_at": None,
        "contact": "c_gruber",
        "summary": "Garbled HTML mail, flagged as phishing: print the form, sign it, fax it",
        "body": (
            "From another department, three days after the matter was settled. Broken "
            "layout; my mail client raised its first phishing warning for this account in "
            "three years - yet it is genuine. 'To process your request we need the attached "
            "form back. Please print it and return it signed, as an email attachment, by fax "
            "to the free number +49 800 555 0109 or by post. We are glad we could help you.'"
        ),
    },
    {
        "key": "e_mail_complaint",
        "case": "case_email",
        "kind": "email_out",
        "at": "2012-03-19T18:30",
        "ended_at": None,
        "contact": "c_gruber",
        "summary": "Complaint to Herr Gruber: the matter was done 3 days ago; stop these mails",
        "body": (
            "Recounted the 180-days claim, the 'complete nonsense' answer, the promised "
            "same-day callback, 'only by fax', the agent who cannot send email and hung up. "
            "The address was moved the same day by another team. Sending a fax form to print "
            "three days later shows how ineffective this 'service' is; it is no longer needed."
        ),
    },
    {
        "key": "e_mail_template_sorry",
        "case": "case_email",
        "kind": "email_in",
        "at": "2012-03-20T18:35",
        "ended_at": None,
        "contact": "c_gruber",
        "summary": "Template reply: sorry for the trouble; thanks for telling us it's settled",
        "body": "About 24 hours later. Templates need no comment. End of the matter.",
    },
]

PROMISES: list[dict[str, Any]] = [
    {
        "key": "p_social_start",
        "case": "case_line",
        "kind": "promise",
        "text": (
            "As soon as you send the customer numbers and the choice of line, we get going "
            "immediately."
        ),
        "by": "c_social_lena",
        "event": "e_mail_need_numbers",
        "at": "2012-03-01T14:35",
        "due": "2012-03-02T18:00",
        "status": "broken",
        "resolved_by": "e_call_albrecht",
        "resolved_at": "2012-03-05T13:30",
    },
    {
        "key": "p_no_order",
        "case": "case_line",
        "kind": "claim",
        "text": "'There is no order for these lines' - neither Mum's nor Gerda's.",
        "by": "c_albrecht",
        "event": "e_call_albrecht",
        "at": "2012-03-05T13:30",
        "due": None,
        "status": "false",
        "resolved_by": "e_mail_cancelled_0103",
        "resolved_at": "2012-03-05T16:05",
    },
    {
        "key": "p_keep_email",
        "case": "case_line",
        "kind": "claim",
        "text": (
            "Move or cancellation makes no difference: the email address can be kept either "
            "way ('quite sure'), ordered via the hotline or the customer centre."
        ),
        "by": "c_albrecht",
        "event": "e_call_albrecht",
        "at": "2012-03-05T13:40",
        "due": None,
        "status": "false",
        "resolved_by": "e_call_works",
        "resolved_at": "2012-03-13T18:20",
    },
    {
        "key": "p_tech_13",
        "case": "case_line",
        "kind": "promise",
        "text": "A technician comes on 13 March (afternoon, from 14:00); nothing earlier.",
        "by": "c_albrecht",
        "event": "e_call_albrecht",
        "at": "2012-03-05T13:45",
        "due": "2012-03-13T18:00",
        "status": "kept",
        "resolved_by": "e_technician",
        "resolved_at": "2012-03-13T13:40",
    },
    {
        "key": "p_full_install",
        "case": "case_line",
        "kind": "promise",
        "text": (
            "The technician does the complete installation - upgrade of the existing line, "
            "WLAN router and Gerda's notebook, no new cabling - at no extra cost."
        ),
        "by": "c_albrecht",
        "event": "e_call_albrecht",
        "at": "2012-03-05T13:50",
        "due": "2012-03-13T18:00",
        "status": "broken",
        "resolved_by": "e_call_technician",
        "resolved_at": "2012-03-13T13:47",
    },
    {
        "key": "p_numbers_13",
        "case": "case_line",
        "kind": "promise",
        "text": "The two new numbers (…3105, …3106) are active from 13 March.",
        "by": "c_albrecht",
        "event": "e_call_albrecht",
        "at": "2012-03-05T13:55",
        "due": "2012-03-13T23:59",
        "status": "kept",
        "resolved_by": "e_call_works",
        "resolved_at": "2012-03-13T18:15",
    },
    {
        "key": "p_cancelled_0103",
        "case": "case_line",
        "kind": "claim",
        "text": "'The cancellation of Ms Voit's line was already carried out on 1 March 2012.'",
        "by": "c_social_tobias",
        "event": "e_mail_cancelled_0103",
        "at": "2012-03-05T16:05",
        "due": None,
        "status": "false",
        "resolved_by": "e_call_check_old",
        "resolved_at": "2012-03-05T16:08",
    },
    {
        "key": "p_switch_1303",
        "case": "case_line",
        "kind": "promise",
        "text": "Ms Brenner's line is switched to Kombi Comfort Universal on 13 March 2012.",
        "by": "c_social_tobias",
        "event": "e_mail_cancelled_0103",
        "at": "2012-03-05T16:05",
        "due": "2012-03-13T23:59",
        "status": "kept",
        "resolved_by": "e_call_works",
        "resolved_at": "2012-03-13T18:10",
    },
    {
        "key": "p_number_tomorrow",
        "case": "case_line",
        "kind": "claim",
        "text": "Ms Voit's number goes onto the new line only tomorrow, 14 March.",
        "by": "c_social_sven",
        "event": "e_mail_interim",
        "at": "2012-03-13T13:48",
        "due": None,
        "status": "false",
        "resolved_by": "e_call_works",
        "resolved_at": "2012-03-13T18:15",
    },
    {
        "key": "p_final_notice",
        "case": "case_line",
        "kind": "promise",
        "text": "'Tomorrow I will transfer the number and then inform you conclusively.'",
        "by": "c_social_sven",
        "event": "e_mail_interim",
        "at": "2012-03-13T13:48",
        "due": "2012-03-14T18:00",
        "status": "broken",
        "resolved_by": "e_note_no_final",
        "resolved_at": "2012-03-14T20:00",
    },
    {
        "key": "p_tech_costs",
        "case": "case_line",
        "kind": "claim",
        "text": (
            "Setting up the notebook is rarely ordered - 'costs will come to you' (agreed as "
            "goodwill on 5 March; watch the first invoice)."
        ),
        "by": "c_technician",
        "event": "e_call_technician",
        "at": "2012-03-13T13:52",
        "due": "2012-04-15T12:00",
        "status": "open",
        "resolved_by": None,
        "resolved_at": None,
    },
    {
        "key": "p_blocked_180",
        "case": "case_email",
        "kind": "claim",
        "text": (
            "The address of a cancelled access is irrevocably blocked for 180 days; moving "
            "it is impossible, no exceptions."
        ),
        "by": "c_brandl",
        "event": "e_call_brandl",
        "at": "2012-03-15T09:40",
        "due": None,
        "status": "false",
        "resolved_by": "e_note_address_works",
        "resolved_at": "2012-03-16T16:17",
    },
    {
        "key": "p_possible",
        "case": "case_email",
        "kind": "claim",
        "text": "Taking the address along is no problem in principle; the 0200 hotline does it.",
        "by": "c_jana",
        "event": "e_call_jana",
        "at": "2012-03-15T10:45",
        "due": None,
        "status": "kept",
        "resolved_by": "e_note_address_works",
        "resolved_at": "2012-03-16T16:17",
    },
    {
        "key": "p_nonsense",
        "case": "case_email",
        "kind": "claim",
        "text": "'Blocked for 180 days' is 'complete nonsense'; moving the address is no problem.",
        "by": "c_kessler",
        "event": "e_call_kessler",
        "at": "2012-03-15T12:20",
        "due": None,
        "status": "kept",
        "resolved_by": "e_note_address_works",
        "resolved_at": "2012-03-16T16:17",
    },
    {
        "key": "p_send_mail",
        "case": "case_email",
        "kind": "instruction",
        "text": (
            "Just send a short email with the customer numbers and your phone number to the "
            "email team - then it is done ('quite sure')."
        ),
        "by": "c_kessler",
        "event": "e_call_kessler",
        "at": "2012-03-15T12:25",
        "due": None,
        "status": "false",
        "resolved_by": "e_mail_template_poa",
        "resolved_at": "2012-03-16T15:20",
    },
    {
        "key": "p_callback_today",
        "case": "case_email",
        "kind": "promise",
        "text": "'The colleagues will get back to you today' (15 March).",
        "by": "c_kessler",
        "event": "e_call_kessler",
        "at": "2012-03-15T12:30",
        "due": "2012-03-15T18:00",
        "status": "broken",
        "resolved_by": "e_note_no_callback",
        "resolved_at": "2012-03-15T20:00",
    },
    {
        "key": "p_put_through",
        "case": "case_email",
        "kind": "promise",
        "text": "'Please hold, don't hang up - I'll put you straight through.'",
        "by": "c_agent_notresp",
        "event": "e_call_notresp",
        "at": "2012-03-16T10:17",
        "due": "2012-03-16T10:36",
        "status": "broken",
        "resolved_by": "e_call_notresp",
        "resolved_at": "2012-03-16T10:36",
    },
    {
        "key": "p_no_mails",
        "case": "case_email",
        "kind": "claim",
        "text": (
            "There are no mails from you in the system - 'if you had sent them, they would "
            "be in the system'."
        ),
        "by": "c_schubert",
        "event": "e_call_teamlead",
        "at": "2012-03-16T11:01",
        "due": None,
        "status": "false",
        "resolved_by": "e_call_nomail",
        "resolved_at": "2012-03-16T11:38",
    },
    {
        "key": "p_mails_arrived",
        "case": "case_email",
        "kind": "claim",
        "text": "Both of your mails to the email team have arrived.",
        "by": "c_agent_nomail",
        "event": "e_call_nomail",
        "at": "2012-03-16T11:38",
        "due": None,
        "status": "kept",
        "resolved_by": "e_call_wenzel",
        "resolved_at": "2012-03-16T12:08",
    },
    {
        "key": "p_fax_only",
        "case": "case_email",
        "kind": "instruction",
        "text": "'You cannot arrange this by email. Only by fax.'",
        "by": "c_wenzel",
        "event": "e_call_wenzel",
        "at": "2012-03-16T12:08",
        "due": None,
        "status": "false",
        "resolved_by": "e_call_wenzel",
        "resolved_at": "2012-03-16T12:15",
    },
    {
        "key": "p_ticket_exists",
        "case": "case_email",
        "kind": "claim",
        "text": (
            "'You did send it to the right address. There is a ticket number now!' (only the "
            "processing colleague knows it)"
        ),
        "by": "c_wenzel",
        "event": "e_call_wenzel",
        "at": "2012-03-16T12:15",
        "due": None,
        "status": "false",
        "resolved_by": "e_call_wenzel",
        "resolved_at": "2012-03-16T12:18",
    },
    {
        "key": "p_no_ticket",
        "case": "case_email",
        "kind": "claim",
        "text": "'I believe no ticket was issued after all, only a customer contact.'",
        "by": "c_wenzel",
        "event": "e_call_wenzel",
        "at": "2012-03-16T12:18",
        "due": None,
        "status": "kept",
        "resolved_by": "e_mail_template_poa",
        "resolved_at": "2012-03-16T15:20",
    },
    {
        "key": "p_poa_needed",
        "case": "case_email",
        "kind": "instruction",
        "text": (
            "Data protection: send a power of attorney signed by the contract partner - then "
            "we take care of your request immediately."
        ),
        "by": "c_sonnenschein",
        "event": "e_mail_template_poa",
        "at": "2012-03-16T15:20",
        "due": None,
        "status": "false",
        "resolved_by": "e_note_address_works",
        "resolved_at": "2012-03-16T16:17",
    },
    {
        "key": "p_done_30",
        "case": "case_email",
        "kind": "promise",
        "text": (
            "The address is active on the new customer number within 30 minutes; check the "
            "customer centre from 16:15. 'Forget that mail.'"
        ),
        "by": "c_social_nadine",
        "event": "e_call_social_nadine",
        "at": "2012-03-16T15:54",
        "due": "2012-03-16T16:24",
        "status": "kept",
        "resolved_by": "e_note_address_works",
        "resolved_at": "2012-03-16T16:17",
    },
    {
        "key": "p_fax_form",
        "case": "case_email",
        "kind": "instruction",
        "text": (
            "Print the attached form, sign it and return it by email attachment, by fax to "
            "+49 800 555 0109 or by post - needed to process your request."
        ),
        "by": "c_gruber",
        "event": "e_mail_garbled",
        "at": "2012-03-19T13:20",
        "due": None,
        "status": "false",
        "resolved_by": "e_mail_template_sorry",
        "resolved_at": "2012-03-20T18:35",
    },
]

CONTRADICTIONS: list[dict[str, Any]] = [
    {
        "key": "x_order",
        "first": "p_no_order",
        "second": "p_cancelled_0103",
        "note": (
            "Same afternoon: the hotline sees no order for either line, the social team says "
            "Gerda's line was cancelled on 1 March and Mum's is switched on the 13th."
        ),
    },
    {
        "key": "x_keep_email",
        "first": "p_keep_email",
        "second": "p_blocked_180",
        "note": (
            "5 Mar: the address can be kept with move or cancellation. 15 Mar: after a "
            "cancellation it is blocked for 180 days, no exceptions."
        ),
    },
    {
        "key": "x_numbers",
        "first": "p_numbers_13",
        "second": "p_number_tomorrow",
        "note": "Hotline: new numbers active on 13 Mar. Social team: only on 14 Mar. (They rang.)",
    },
    {
        "key": "x_blocked",
        "first": "p_blocked_180",
        "second": "p_nonsense",
        "note": "Two agents, same morning: 'impossible, 180 days' vs 'complete nonsense'.",
    },
    {
        "key": "x_mail_or_fax",
        "first": "p_send_mail",
        "second": "p_fax_only",
        "note": "0200 hotline on 15 Mar: mail the email team. Same hotline on 16 Mar: only by fax.",
    },
    {
        "key": "x_mails",
        "first": "p_no_mails",
        "second": "p_mails_arrived",
        "note": (
            "Within 40 minutes on the same hotline: no mails in the system, then both arrived."
        ),
    },
    {
        "key": "x_ticket",
        "first": "p_ticket_exists",
        "second": "p_no_ticket",
        "note": "Same agent, same call, three minutes apart.",
    },
    {
        "key": "x_poa",
        "first": "p_poa_needed",
        "second": "p_done_30",
        "note": (
            "15:20 email team: nothing without a signed power of attorney. 15:52 social team: "
            "'forget that mail' - done in 30 minutes, no power of attorney."
        ),
    },
]

REMINDERS: list[dict[str, Any]] = [
    {
        "key": "r_technician",
        "case": "case_line",
        "promise": "p_tech_13",
        "due": "2012-03-13T12:00",
        "text": (
            "Technician today from 14:00. Be reachable by phone; Mum and Gerda stay home all "
            "day. No cables!"
        ),
        "done": True,
    },
    {
        "key": "r_test_calls",
        "case": "case_line",
        "promise": "p_numbers_13",
        "due": "2012-03-13T18:00",
        "text": "Test-call all three numbers and check Gerda's notebook is online.",
        "done": True,
    },
    {
        "key": "r_final_notice",
        "case": "case_line",
        "promise": "p_final_notice",
        "due": "2012-03-14T18:00",
        "text": "Social team (Sven) promised the final notice about Gerda's number today.",
        "done": True,
    },
    {
        "key": "r_callback",
        "case": "case_email",
        "promise": "p_callback_today",
        "due": "2012-03-15T17:00",
        "text": "Email team to call back today (Frau K., 'quite sure'). If not: mail again.",
        "done": True,
    },
    {
        "key": "r_customer_centre",
        "case": "case_email",
        "promise": "p_done_30",
        "due": "2012-03-16T16:15",
        "text": "Log into the customer centre with the NEW access data; check Gerda's inbox.",
        "done": True,
    },
    {
        "key": "r_invoice",
        "case": "case_line",
        "promise": "p_tech_costs",
        "due": "2012-04-15T12:00",
        "text": (
            "First Kombi Comfort invoice: no charge for the notebook setup (goodwill agreed "
            "with Ms Albrecht on 5 Mar). Dispute it if it is there."
        ),
        "done": False,
    },
    {
        "key": "r_survey",
        "case": "case_email",
        "promise": None,
        "due": "2012-03-22T18:00",
        "text": "Fill in the social team's satisfaction survey (mail of 19 Mar) - kindly.",
        "done": False,
    },
    {
        "key": "r_easter",
        "case": "case_email",
        "promise": None,
        "due": "2012-04-07T10:00",
        "text": (
            "Easter visit: have Gerda and Mum sign the general powers of attorney, so the "
            "next template mail cannot stop us."
        ),
        "done": False,
    },
]

APPOINTMENTS: list[dict[str, Any]] = [
    {
        "key": "a_technician",
        "case": "case_line",
        "starts_at": "2012-03-13T14:00",
        "ends_at": "2012-03-13T18:00",
        "title": (
            "Technician: upgrade Mum's line to Kombi Comfort Universal, set up WLAN router "
            "and Gerda's notebook (no new cabling)"
        ),
        "location": "Schulgasse 4, 95183 Oberwaldbach - papers and parcels downstairs",
        "promise": "p_tech_13",
    },
    {
        "key": "a_check_address",
        "case": "case_email",
        "starts_at": "2012-03-16T16:15",
        "ends_at": "2012-03-16T16:30",
        "title": "Check: Gerda's address active on the new access (social team's promise)",
        "location": "https://kundencenter.telvia.example",
        "promise": "p_done_30",
    },
]

POWERS_OF_ATTORNEY: list[dict[str, Any]] = [
    {
        "relative": "aunt",
        "organization": "telvia",
        "accounts": ["acc_aunt", "acc_mother"],
        "acts": ["information", "email_transfer"],
        "valid_from": "2012-03-16",
        "valid_until": None,
        "status": "draft",
        "place": "Oberwaldbach",
        "signed_on": None,
    },
    {
        "relative": "aunt",
        "organization": None,
        "accounts": [],
        "acts": ["information", "contract_changes", "moves", "cancellations", "email_transfer"],
        "valid_from": "2012-03-20",
        "valid_until": None,
        "status": "draft",
        "place": "Oberwaldbach",
        "signed_on": None,
    },
    {
        "relative": "mother",
        "organization": None,
        "accounts": [],
        "acts": ["information", "contract_changes", "moves", "cancellations", "email_transfer"],
        "valid_from": "2012-03-20",
        "valid_until": None,
        "status": "draft",
        "place": "Oberwaldbach",
        "signed_on": None,
    },
]
