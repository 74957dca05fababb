"""Die Wörter des Demo-Falls auf Deutsch: dieselben Einträge wie demo_story.py, nach Schlüssel.

Nur die Texte stehen hier; Daten, Zeiten, Namen, Nummern und Verknüpfungen kommen aus
demo_story.py (``TEXT_FIELDS`` sagt, welche Felder Text sind; services/demo.py fügt beides
zusammen und meldet jede Abweichung).
"""

from __future__ import annotations

from typing import Any

RELATIVES: dict[str, dict[str, Any]] = {
    "mother": {
        "address": "Schulgasse 4, 95183 Oberwaldbach (Oberfranken), Wohnung oben",
        "notes": (
            "Meine Mutter, 75. Ihr gehört das Zweifamilienhaus in Oberwaldbach, 350 km von mir "
            "entfernt; sie wohnt oben, wo die Telefondose schon immer war. Jahrzehntelang ein "
            "einfacher Analoganschluss, nur zum Telefonieren. Schnurlostelefone. Ihr Handy "
            "liegt ausgeschaltet im Küchenschrank (oder in der Handtasche)."
        ),
    },
    "aunt": {
        "address": "Schulgasse 4, 95183 Oberwaldbach (Oberfranken), Wohnung im Erdgeschoss",
        "notes": (
            "Meine Tante, 72, die jüngere Schwester meiner Mutter. Ihr Lebensgefährte Walter "
            "Hofmann ist 2011 gestorben; sie hat ihre Wohnung in der Lindenstraße 23, 96450 "
            "Kornbach aufgegeben und ist im Februar 2012 ins Erdgeschoss im Haus meiner Mutter "
            "gezogen. Ist seit Jahren im Internet unterwegs; über ihre E-Mail-Adresse hält sie "
            "Kontakt zu ihren Freundinnen. Das Notebook bleibt unten. Die alte Nummer "
            "+49 9561 555 7720 (Kornbach) ist seit 8. März 2012 weg; ihre neue Nummer im Haus "
            "ist +49 9280 555 3105. Ihr Handy war während des Technikerbesuchs in einem "
            "Umzugskarton in der Garage verpackt."
        ),
    },
}

ORGANIZATIONS: dict[str, dict[str, Any]] = {
    "telvia": {
        "notes": (
            "Telefon-, Internet- und E-Mail-Anbieter beider Damen (E-Mail-Dienst: Telvia "
            "Online). Gelernt: Das Social-Media-Team @Telvia_hilft ist schnell und kann etwas "
            "bewegen, aber seine Mails sieht die Hotline nicht („auf Mails von Telvia_hilft "
            "haben wir keinen Zugriff“). Hotline-Mitarbeiter können keine E-Mails schicken, "
            "nicht zu einem bestimmten Kollegen durchstellen und fangen bei jedem Anruf bei "
            "null an: die bisherige Geschichte vorlesen. Die Frage im Sprachmenü „Möchten Sie "
            "zu Telvia wechseln?“ mit „Ja“ beantworten – dann ist in Sekunden ein Mensch dran. "
            "Shops sehen keine Aufträge und sind telefonisch nicht erreichbar. Lesebestätigungen "
            "vom E-Mail-Team kommen nie zurück."
        ),
        "channels": [
            {"purpose": "Allgemeiner Kundenservice: Verkauf, Aufträge, Umzüge, Rechnungen"},
            {"purpose": "Technischer Support und Telvia Online (E-Mail, Kundencenter)"},
            {"purpose": "Kündigungen und Vertragsende"},
            {"purpose": "Fax des Kundenservice für unterschriebene Formulare (Mail vom 19.3.)"},
            {"purpose": "Fax von Telvia Online für Adressumzüge (am 16.3. genannt, nie benutzt)"},
            {"purpose": "Social-Media-Team @Telvia_hilft: Aufträge und Eskalationen per Mail"},
            {"purpose": "E-Mail-Team von Telvia Online (Adressen zwischen Kundennummern umziehen)"},
            {"purpose": "Backoffice des Kundenservice (Formulare, Beschwerden)"},
            {"purpose": "Firmenmails: Social-Media-Team, Kundenservice, Umfragen"},
            {"purpose": "Telvia Online: Kundenpostfächer und das E-Mail-Team"},
            {"purpose": "Unterschriebene Formulare und Vollmachten per Post"},
            {"purpose": "Kundencenter: Rechnungen, Aufträge, Adressbuch, Webmail"},
            {"purpose": "Kundenservice in den sozialen Medien: öffentliche Antworten und DMs"},
        ],
    },
}

ACCOUNTS: dict[str, dict[str, Any]] = {
    "acc_mother": {
        "contract_numbers": [
            "VT 0339 5521 (Analoganschluss, bis 13.3.2012)",
            "VT 8812 4406 (Kombi Comfort Universal ISDN + WLAN-Router, ab 13.3.2012)",
        ],
        "login_names": ["Zugang 5503118742-0001 (neue Zugangsdaten, 13.3.2012)"],
        "notes": (
            "Der Anschluss des Hauses seit 13. März 2012: Mamas alte Nummer plus zwei neue "
            "(3105 ist Gerdas). WLAN-Router gemietet. Gerdas E-Mail-Adresse wurde am 16. März "
            "2012 vom Social-Media-Team auf diese Kundennummer umgezogen. Die Einrichtung des "
            "Notebooks durch den Techniker ist als Kulanz vereinbart: kostenlos."
        ),
    },
    "acc_aunt": {
        "contract_numbers": ["VT 7730 2291 (Kombi Basic, Kornbach – gekündigt)"],
        "login_names": ["Zugang 4402977310-0001 (alte Zugangsdaten)"],
        "notes": (
            "Gerdas alter Anschluss mit Internet in ihrer Wohnung in Kornbach. Ich wollte ihn "
            "UMZIEHEN lassen; gekündigt wurde er stattdessen. Leitung tot ab 8. März 2012. Ihr "
            "Kundencenter blieb lesbar (Rechnungen, Aufträge, Adressbuch), aber das Postfach war "
            "ab Anfang März gesperrt, bis die Adresse am 16. März 2012 auf den neuen Zugang "
            "umgezogen wurde."
        ),
    },
}

CONTACTS: dict[str, dict[str, Any]] = {
    "c_social": {
        "name": "@Telvia_hilft (Team-Account)",
        "team": "Kundenservice in den sozialen Medien",
        "location": "Twitter",
        "notes": "Tweets und DMs nur mit Kürzel. Antwortet tagsüber innerhalb einer Stunde.",
    },
    "c_social_lena": {
        "name": "Lena",
        "team": "Kundenservice in den sozialen Medien",
        "location": "",
        "notes": "Unterschreibt nur mit Vornamen; duzt („Hallo Markus“).",
    },
    "c_social_tobias": {
        "name": "Tobias",
        "team": "Kundenservice in den sozialen Medien",
        "location": "",
        "notes": "Schrieb am 5.3., Gerdas Anschluss sei am 1.3. gekündigt worden – war er nicht.",
    },
    "c_social_sven": {
        "name": "Sven Hartung",
        "team": "Kundenservice in den sozialen Medien",
        "location": "",
        "notes": "Förmlich („Herr Brenner“). Zwischenbescheid am 13.3.; der abschließende kam nie.",
    },
    "c_social_nadine": {
        "name": "Nadine",
        "team": "Kundenservice in den sozialen Medien",
        "location": "",
        "notes": (
            "Rief mich am 16.3. von der Nummer +49 800 555 0100 an; ein Kollege zog die "
            "E-Mail-Adresse um, während wir sprachen. Wie versprochen in 30 Minuten erledigt."
        ),
    },
    "c_shop": {
        "name": "Verkäufer, Name nicht genannt",
        "team": "Telvia Shop",
        "location": "Telvia Shop, Münchner Innenstadt",
        "notes": (
            "Sieht keine Aufträge, kann niemanden anrufen; will nicht zitiert werden. "
            "Verkauft Fernsehen."
        ),
    },
    "c_agent_cutoff": {
        "name": "Mitarbeiter, Name nicht genannt",
        "team": "Kundenservice (0100)",
        "location": "",
        "notes": (
            "Hat den Fall sofort verstanden; Gespräch weg, als der Elektriker den Strom "
            "abschaltete."
        ),
    },
    "c_albrecht": {
        "name": "Sabine Albrecht",
        "team": "Kundenservice, Verkauf und Aufträge (0100)",
        "location": "Rostock",
        "notes": (
            "Hat den Auftrag am 5.3. neu aufgenommen. Nannte ungefragt ihren vollen Namen und "
            "ihren Standort, „damit Sie mich erreichen“. Durchstellen kann die Hotline zu ihr "
            "aber nicht."
        ),
    },
    "c_technician": {
        "name": "Herr Dietz",
        "team": "Techniker im Außendienst",
        "location": "Vor Ort, Oberwaldbach",
        "notes": (
            "Kam zu früh, wusste nichts vom vereinbarten Auftrag, hat es nach telefonischer "
            "Anleitung richtig gemacht."
        ),
    },
    "c_brandl": {
        "name": "Frau Brandl",
        "team": "Kundenservice (0100)",
        "location": "",
        "notes": "„180 Tage gesperrt, keine Ausnahmen.“ „Dann wurden Sie falsch beraten.“",
    },
    "c_jana": {
        "name": "Jana",
        "team": "Kundenservice (0100)",
        "location": "",
        "notes": "Nur Vorname. Adressumzug sei kein Problem; verwies mich an die 0200.",
    },
    "c_kessler": {
        "name": "Frau K. (Kessler)",
        "team": "Technischer Support / Telvia Online (0200)",
        "location": "",
        "notes": "Nannte die 180 Tage „völligen Quatsch“. Versprach einen Rückruf am selben Tag.",
    },
    "c_agent_notresp": {
        "name": "Mitarbeiterin, Name nicht genannt (10:14)",
        "team": "Technischer Support (0200), First Level",
        "location": "",
        "notes": "„Nicht zuständig“, stellte mich „direkt durch“, kam zurück, legte auf.",
    },
    "c_agent_firstlevel": {
        "name": "Mitarbeiterin, Name nicht genannt (10:37)",
        "team": "Technischer Support (0200), First Level",
        "location": "",
        "notes": "Stellte mich weiter, ohne die Kollegin einzuweisen.",
    },
    "c_demir": {
        "name": "Frau Demir",
        "team": "Technischer Support (0200), Second Level",
        "location": "",
        "notes": "„Keine Mails von Ihnen im System.“ Holte auf meine Bitte ihren Teamleiter.",
    },
    "c_schubert": {
        "name": "Herr Schubert",
        "team": "Technischer Support (0200), Teamleiter",
        "location": "",
        "notes": "„Mails, die Sie uns angeblich geschickt haben.“ Legte auf: „Schönen Tag noch!“",
    },
    "c_agent_nomail": {
        "name": "Mitarbeiterin, Name nicht genannt (11:06)",
        "team": "Technischer Support (0200)",
        "location": "",
        "notes": (
            "Bestätigte, dass beide Mails da sind; „kann von meinem Arbeitsplatz keine E-Mails "
            "verschicken“; legte auf."
        ),
    },
    "c_wenzel": {
        "name": "Frau Wenzel",
        "team": "Technischer Support (0200)",
        "location": "",
        "notes": (
            "„Nur per Fax“ – dann „richtige Adresse, es gibt ein Ticket“ – dann „kein Ticket“."
        ),
    },
    "c_sonnenschein": {
        "name": "Clara Sonnenschein",
        "team": "E-Mail-Team von Telvia Online",
        "location": "",
        "notes": (
            "Unterschrift unter der Textbaustein-Mail vom 16.3. Ich wette eine Pizza, dass der "
            "Name so echt ist wie die Dame aus der alten Kaffeewerbung."
        ),
    },
    "c_gruber": {
        "name": "Herr Gruber",
        "team": "Backoffice des Kundenservice",
        "location": "",
        "notes": (
            "Schickte am 19.3. die verunstaltete Mail mit dem Faxformular, drei Tage nachdem "
            "alles erledigt war."
        ),
    },
}

CASES: dict[str, dict[str, Any]] = {
    "case_line": {
        "title": "Gerdas Internetanschluss in Mamas Haus umziehen (Kombi Comfort Universal)",
        "story_so_far": (
            "Ich rufe für meine Mutter an, Hildegard Brenner, Kundennummer 550 311 8742, und "
            "für meine Tante, Gerda Voit, Kundennummer 440 297 7310. Am 28. Februar habe ich "
            "über @Telvia_hilft beauftragt, dass der Internetzugang meiner Tante ins Haus "
            "meiner Mutter in der Schulgasse 4 in Oberwaldbach umzieht und der Analoganschluss "
            "meiner Mutter auf Kombi Comfort Universal mit WLAN-Router umgestellt wird. Am "
            "5. März hieß es an Ihrer Hotline, es gebe gar keinen Auftrag; Frau Sabine Albrecht "
            "hat ihn deshalb neu aufgenommen, Auftragsnummer A-2012-0305-48817, Techniker am "
            "13. März. Am selben Nachmittag schrieb das Social-Media-Team, der alte Anschluss "
            "meiner Tante sei am 1. März gekündigt worden; er klingelte noch bis zum 8. März. "
            "Der Techniker kam am 13. März zu früh, wusste nichts vom vereinbarten Auftrag und "
            "wollte eine zweite Leitung legen; ich habe ihn am Telefon angeleitet. Seit diesem "
            "Abend laufen das Internet und alle drei Nummern; die Einrichtung des Notebooks "
            "ist als Kulanz vereinbart und darf nicht auf der Rechnung stehen."
        ),
        "references": [
            {"note": "Auftrag telefonisch neu aufgenommen; Techniker am 13.3. ab 14:00."},
            {
                "value": "Betreff der Mails: „Internet für Mutter und Tante - bitte schnell“",
                "note": (
                    "Betreff des ganzen Mailverlaufs mit hilft@telvia.example; er blieb immer "
                    "gleich, so findet man den Verlauf (die Hotline trotzdem nicht)."
                ),
            },
            {
                "value": "DM-Verlauf mit @Telvia_hilft, ab 28.2.2012",
                "note": "Alle Tweets und DMs als Screenshots aufgehoben.",
            },
        ],
    },
    "case_email": {
        "title": (
            "Gerdas E-Mail-Adresse gerda.voit@telvia-online.example auf den neuen Zugang umziehen"
        ),
        "story_so_far": (
            "Ich rufe wegen der E-Mail-Adresse meiner Tante Gerda Voit an, "
            "gerda.voit@telvia-online.example. Ihr alter Zugang, Kundennummer 440 297 7310, "
            "wurde gekündigt statt umgezogen, und seit Anfang März kommt sie nicht mehr an ihr "
            "Postfach; die Adresse muss auf den neuen Zugang unter der Kundennummer meiner "
            "Mutter, 550 311 8742. Am 15. März sagte mir eine Ihrer Mitarbeiterinnen, die "
            "Adresse sei 180 Tage gesperrt, eine andere nannte das völligen Quatsch und sagte, "
            "ich solle dem E-Mail-Team mailen, das noch am selben Tag zurückruft – es rief "
            "niemand an. Am 16. März hieß es erst, es gebe keine Mails von mir, dann, beide "
            "seien angekommen; es gehe nur per Fax, dann, es gebe ein Ticket, dann, es gebe "
            "keins; dreimal wurde einfach aufgelegt. Um 15:20 verlangte das E-Mail-Team eine "
            "Vollmacht, um 15:52 rief das Social-Media-Team an und sagte, in 30 Minuten sei "
            "es erledigt, und um 16:17 lief die Adresse mit allen Mails. Die Sache ist "
            "erledigt; bitte schicken Sie keine Formulare mehr."
        ),
        "references": [
            {
                "value": "keins genannt („es gibt jetzt eine Ticketnummer“ – zurückgenommen)",
                "note": (
                    "Frau Wenzel sagte, es gebe ein Ticket, aber die Nummer kenne nur der "
                    "bearbeitende Kollege; zwei Minuten später: kein Ticket, nur ein "
                    "„Kundenkontakt“."
                ),
            },
            {
                "value": "Betreff: „Umzug E-Mail-Adresse gerda.voit - Rückruf erbeten“",
                "note": "Meine Mails ans E-Mail-Team vom 15. und 16.3., beide mit Lesebestätigung.",
            },
            {
                "note": "Vorgangsnummer in der verunstalteten Mail mit dem Faxformular vom 19.3.",
            },
        ],
    },
}

EVENTS: dict[str, dict[str, str]] = {
    # --- 28. Februar: der Auftrag über das Social-Media-Team ---
    "e_tweet_start": {
        "summary": "Öffentlicher Tweet an @Telvia_hilft: Nehmt ihr einen Auftrag ohne Hotline an?",
        "body": (
            "Mein Experiment: einen Anschluss für Mama und Gerda umziehen und installieren "
            "lassen, nur über das Social-Media-Team, ohne einen einzigen Anruf bei der Hotline."
        ),
    },
    "e_tweet_reply": {
        "summary": "@Telvia_hilft: gern – die Details bitte per Mail an hilft@telvia.example",
        "body": (
            "Freundliche, schnelle öffentliche Antwort, dann ein zweiter Tweet mit der Adresse."
        ),
    },
    "e_order_mail": {
        "summary": (
            "Auftragsmail ans Social-Media-Team: Internet für Mamas Haus, Gerdas Anschluss weg"
        ),
        "body": (
            "Genau 3 Std. 3 Min. nach der Antwort verschickt. Hintergrund: Gerdas "
            "Lebensgefährte ist letztes Jahr gestorben, sie ist in Mamas Zweifamilienhaus "
            "gezogen, beide über 70; Umbau und Umzug sind fertig, daher die Eile. Mamas "
            "Anschluss (+49 9280 555 3104) ist ein einfacher Analoganschluss, kein ISDN, kein "
            "NTBA. Auftrag: so schnell wie möglich ein internetfähiger Anschluss (laut "
            "Verfügbarkeitsprüfung bis 16 Mbit/s), WLAN für ein Notebook (auch im Garten), "
            "Mamas Nummer übernehmen, Tarif Kombi Comfort mit gemietetem WLAN-Router. Gerdas "
            "alten Anschluss in Kornbach so bald wie möglich kündigen. Gebeten, den ganzen "
            "Papierkram vor Ort zu erledigen."
        ),
    },
    "e_dm_sent": {
        "summary": "DM an @Telvia_hilft: Die Mail ist unterwegs",
        "body": "Sicher ist sicher.",
    },
    "e_dm_received": {
        "summary": "DM von @Telvia_hilft: Mail angekommen",
        "body": "Keine 15 Minuten. Läuft wie am Schnürchen, dachte ich.",
    },
    "e_dm_status1": {
        "summary": "DM: Gibt es schon was Neues zum Auftrag?",
        "body": (
            "Nach zweieinhalb Stunden nachgefragt – halb in der Hoffnung, der Techniker sei "
            "schon unterwegs."
        ),
    },
    "e_dm_status1_reply": {
        "summary": "@Telvia_hilft: Das dauert ein paar Tage, die Kollegen sind dran",
        "body": (
            "Ernüchternd, aber fair: Auftrag und Installation an einem Tag waren nie realistisch."
        ),
    },
    "e_dm_status2": {
        "summary": "DM: Wie ist der Stand? Mama und Gerda rufen ständig an und fragen",
        "body": (
            "Seit gestern Abend Funkstille; den ganzen Vormittag misstrauische Anrufe aus "
            "Oberwaldbach."
        ),
    },
    "e_dm_status2_reply": {
        "summary": "@Telvia_hilft: Wird bearbeitet, sie sorgen dafür, dass ich Rückmeldung bekomme",
        "body": (
            "Ein bisschen beruhigend. Gegen 17:20 nach weiteren Anrufen der Damen noch einmal "
            "nachgefragt; an dem Tag kam nichts mehr."
        ),
    },
    # --- 1. März: Neues, der Shop, die Kundennummern ---
    "e_mail_not_cancelled": {
        "summary": "Mail: Gerdas Anschluss in Kornbach ist noch nicht gekündigt – bitte UMZIEHEN",
        "body": (
            "Erst getwittert, zehn Minuten später gemailt: Ich habe erfahren, dass Gerdas "
            "Anschluss mit Internet in Kornbach noch läuft, also ist ein Umzug nach "
            "Oberwaldbach der einfachere Weg; Mamas bisherige Nummer muss trotzdem übernommen "
            "werden. Um schnelle Bearbeitung gebeten."
        ),
    },
    "e_shop_visit": {
        "summary": (
            "Telvia Shop München: sieht keine Aufträge, kann niemanden anrufen – verkauft "
            "mir aber Fernsehen"
        ),
        "body": (
            "Einer der größten Telvia Shops, blitzblank. Der Verkäufer sieht Kundendaten, hat "
            "aber keinen Zugriff auf die Auftragsbearbeitung; das ist eine andere Abteilung, "
            "die der Shop nicht anrufen kann: „Deren Nummer haben wir nicht.“ Shops sind auch "
            "nicht anrufbar, ich könnte also nur persönlich wiederkommen. Er gab mir einen "
            "Zettel mit der allgemeinen Hotline +49 800 555 0100 („die Kollegen dort können "
            "Ihnen sicher helfen“), bot an, gleich einen neuen Internetauftrag aufzunehmen, und "
            "pries das Fernsehpaket „Vision Comfort“ an: in den ersten 24 Monaten 5 Euro im "
            "Monat sparen, 39,95 Euro im Monat. Ob ich ihn mit Namen zitieren dürfe, dass mein "
            "Anschluss diese Woche installiert wird: „Sie können mich nicht zitieren, ich habe "
            "Ihnen keine Auskunft zu Ihrem Auftrag gegeben.“ Ein eingetrockneter Kaffeefleck "
            "auf der Vitrine."
        ),
    },
    "e_dm_currywurst": {
        "summary": "DM von @Telvia_hilft: Wir sind dran, ein Kollege mailt Ihnen gleich",
        "body": "Kam bei einer Currywurst in München; sollte mich beruhigen, und das tat sie.",
    },
    "e_mail_need_numbers": {
        "summary": "Lena: Kundennummern fehlen; IP-Anschluss oder Universal (ISDN)?",
        "body": (
            "„Schön, dass Familien noch zusammenhalten.“ Ich hatte vergessen, beide "
            "Kundennummern mitzuschicken, die man braucht, um einen Anschluss zu kündigen und "
            "den anderen umzustellen. Damit beide Nummern auf einen Anschluss kommen, ist ein "
            "Wechsel auf einen IP- oder Universal-Anschluss (ISDN) nötig – welcher soll es "
            "sein? Link zu einer Entscheidungshilfe. „Sobald du uns diese Info und die "
            "Kundennummern schickst, legen wir sofort los.“"
        ),
    },
    "e_tweet_praise": {
        "summary": "Öffentlicher Tweet (und Facebook-Beitrag) mit Lob für @Telvia_hilft",
        "body": (
            "Überzeugt, dass der Anschluss in Oberwaldbach diese Woche läuft. Es war Donnerstag."
        ),
    },
    "e_mail_numbers": {
        "summary": "Beide Kundennummern geschickt; Universal (ISDN) gewählt; Installation am 2.3.?",
        "body": (
            "Kundennummern 550 311 8742 (Mama) und 440 297 7310 (Gerda). Universal (ISDN) "
            "gewählt. Eine Installation morgen, am 2. März, wäre das Sahnehäubchen: der "
            "einzige Tag, an dem ich vor Ort bin."
        ),
    },
    "e_tweet_0203": {
        "summary": "@Telvia_hilft: Daten vollständig, an die Kollegen weitergegeben",
        "body": "Gute Laune; los auf die 350 km quer durch Bayern nach Oberwaldbach.",
    },
    "e_note_weekend": {
        "summary": "Seit 2.3. bei Mama: kein Techniker, kein Wort von Telvia",
        "body": "Spätestens Montagabend muss ich wieder heimfahren.",
    },
    # --- 5. März: drei Anrufe bei der Hotline ---
    "e_call_cut": {
        "summary": (
            "Hotline-Anruf 1: guter Mitarbeiter – weg, als der Elektriker den Strom abschaltete"
        ),
        "body": (
            "Kurze Warteschleife (ein Espresso und eine Zigarette). Der Mitarbeiter stellte die "
            "richtigen Fragen und fasste den Fall zusammen, „damit es keine Missverständnisse "
            "gibt“. Fünf Sekunden später ein „Klack“ durchs Haus: Die Elektriker, zurück von "
            "der Mittagspause, hatten den Strom abgeschaltet. Fernseher und Licht auch aus. "
            "Elektriker: „In einer Stunde ungefähr ist er wieder da.“"
        ),
    },
    "e_call_dropped": {
        "summary": (
            "Hotline-Anruf 2: in der Warteschleife rausgeflogen (Strom war da – nicht der "
            "Elektriker)"
        ),
        "body": "Strom nach 30 Minuten wieder da. Sprachmenü geschafft, Wartemusik, Leitung weg.",
    },
    "e_call_albrecht": {
        "summary": (
            "Hotline-Anruf 3: „kein Auftrag für diese Anschlüsse“ – neu aufgenommen, "
            "Techniker am 13."
        ),
        "body": (
            "Auf die Frage im Sprachmenü „Möchten Sie zu Telvia wechseln?“ mit „Ja“ "
            "geantwortet und in Sekunden eine Mitarbeiterin gehabt. Alles noch einmal erklärt. "
            "Auf die Mails des Social-Media-Teams hat sie keinen Zugriff („Tausende Mails am "
            "Tag“; „die haben mit der Auftragsbearbeitung und mit uns nichts zu tun ... wofür "
            "die da sind, weiß eigentlich keiner“). „Für diese Anschlüsse gibt es keinen "
            "Auftrag“, weder für Mamas noch für Gerdas. Sie nahm den Auftrag offiziell auf, mit "
            "meinem ausdrücklichen Wunsch, Gerdas Zugang UMZUZIEHEN statt zu kündigen; das "
            "mache keinen Unterschied, die E-Mail-Adresse könne so oder so behalten werden "
            "(„ganz sicher“), über die Hotline oder das Kundencenter. Techniker am 13. März, "
            "nicht früher, obwohl ich am 28. Februar bestellt habe. Vereinbart: komplette "
            "Installation samt WLAN-Router und Notebook, keine neue Verkabelung. Sie nannte "
            "mir die zwei neuen Nummern, aktiv ab 13. März, und ungefragt ihren vollen Namen "
            "und ihren Standort."
        ),
    },
    "e_dm_after_call": {
        "summary": "DM von @Telvia_hilft: Die Kollegen bearbeiten Ihren Auftrag noch",
        "body": "Fünf Minuten nachdem die Hotline sagte, es gebe gar keinen Auftrag. Sprachlos.",
    },
    "e_mail_cancelled_0103": {
        "summary": (
            "Tobias: Gerdas Anschluss „wurde am 1. März gekündigt“; Mamas Umstellung am 13.3."
        ),
        "body": (
            "„Entschuldige, dass ich mich erst jetzt melde. Die Kündigung des Anschlusses von "
            "Frau Voit wurde bereits am 01.03.2012 durchgeführt. Der Anschluss von Frau Brenner "
            "wird am 13.03.2012 auf Kombi Comfort Universal umgestellt; die Rufnummer wird "
            "dann in den neuen Tarif übernommen.“ Kein Wort vom Umzug, um den ich am 1. März "
            "gebeten hatte."
        ),
    },
    "e_call_check_old": {
        "summary": "Testanruf auf Gerdas alte Nummer in Kornbach: Es klingelt – nicht gekündigt",
        "body": "Der Anschluss, „am 1. März gekündigt“, ist fünf Tage später quicklebendig.",
    },
    "e_note_briefing": {
        "summary": "Mama und Gerda für den 13. März eingewiesen, dann heim ins Allgäu gefahren",
        "body": (
            "Der Techniker verlegt KEINE Kabel im Haus: Es ist WLAN, und beide haben "
            "Schnurlostelefone. Ihn nicht gehen lassen, bevor alle Telefone gehen und das "
            "Notebook online ist. Mich sofort anrufen, wenn er etwas Seltsames macht. Mehrmals "
            "wiederholt. Vorerst kein Kontakt mehr mit @Telvia_hilft."
        ),
    },
    "e_tweet_angry": {
        "summary": (
            "Öffentlicher Tweet: Der Auftrag des Social-Media-Teams kam nie bei der Hotline an"
        ),
        "body": (
            "Verärgert geschrieben, nachdem ich alle Mails und Tweets der letzten Tage noch "
            "einmal gelesen hatte."
        ),
    },
    "e_tweet_reply_cheeky": {
        "summary": (
            "@Telvia_hilft antwortet öffentlich: „Techniker für den 13. gebucht, gern geholfen“"
        ),
        "body": "31 Minuten später, öffentlich. Nach der letzten Woche fand ich das frech.",
    },
    "e_tweet_last": {
        "summary": "Mein letzter Tweet zur Sache; Ruhe bis zum 13.",
        "body": "Beschlossen, bis zum Installationstermin nichts mehr anzufassen.",
    },
    # --- 8./9. März: Papier, Pakete, die alte Leitung ist tot ---
    "e_letters": {
        "summary": "Ein riesiger Stapel Briefe von Telvia kommt bei Mama an",
        "body": (
            "Mama rief an. Sieht aus, als bewege sich was; ich halte still, um nicht zu stören."
        ),
    },
    "e_note_old_dead": {
        "summary": "Gerdas alter Anschluss in Kornbach nicht mehr erreichbar",
        "body": "Doch noch gekündigt – eine Woche nach der Mail, es sei „am 1. März“ geschehen.",
    },
    "e_parcels": {
        "summary": "Mama: „unglaublich viele“ Pakete von Telvia – höchstens drei sollten es sein",
        "body": (
            "Habe sie beruhigt. Insgeheim vermute ich zwei Aufträge nebeneinander: den des "
            "Social-Media-Teams und den am 5. März neu aufgenommenen. Vom 9. bis 12. März mit "
            "Fieber im Bett."
        ),
    },
    # --- 13. März: der Techniker ---
    "e_technician": {
        "summary": (
            "Techniker kommt vor dem Zeitfenster ab 14:00, weiß nichts, will eine neue Leitung"
        ),
        "body": (
            "Auf seinem Auftragszettel stand: NEUEN Telefonanschluss mit Internet einrichten. "
            "Ohne meinen Anruf hätten die Damen jetzt zwei Zugänge mit sechs Nummern. Nach "
            "meiner Anleitung am Telefon hat er Mamas bestehenden Anschluss umgestellt, den "
            "WLAN-Router und Gerdas Notebook eingerichtet und ist vor 18:00 gegangen."
        ),
    },
    "e_call_technician": {
        "summary": "Mama ruft in Panik an; ich erkläre dem Techniker den Auftrag am Telefon",
        "body": (
            "„Die Damen können mir nicht sagen, wo die neue Leitung hin soll.“ – „Es soll "
            "keine Leitung gelegt werden.“ – „Und warum bin ich dann hier?“ Erklärt: den "
            "bestehenden Anschluss +49 9280 555 3104 umstellen und das Internet einbinden; die "
            "Zugangsdaten und die zwei zusätzlichen Nummern sind schon da; Papiere und Pakete "
            "auf der Kommode unten, rechts vom Fenster, neben dem Notebook. Das Notebook "
            "einzurichten gehört zum Auftrag – er meinte, das werde selten bestellt und es "
            "kämen Kosten; ich sagte, es sei als Kulanz vereinbart. Er wollte ein Kabel von "
            "oben zum Notebook unten; WLAN, Funk, kein Kabel. „Dann mache ich es so, wie Sie "
            "gesagt haben.“"
        ),
    },
    "e_mail_interim": {
        "summary": "Sven: Tarif heute umgestellt; Gerdas Nummer kommt morgen auf den Anschluss",
        "body": (
            "„Ein kurzer Zwischenbescheid: Der Tarif von Frau Brenner wird heute auf ein "
            "Kombi-Paket umgestellt. Morgen werde ich die Rufnummer von Frau Voit auf den "
            "gewünschten Anschluss übertragen und Sie dann abschließend informieren.“ Kam eine "
            "Minute nach Mamas Anruf; ich sah sie erst nach dem Gespräch mit dem Techniker."
        ),
    },
    "e_call_dead": {
        "summary": (
            "Versuch, Mama anzurufen: Leitung tot (Techniker bei der Arbeit), beide Handys aus"
        ),
        "body": (
            "Wollte ihnen sagen, dass die neuen Nummern erst ab morgen gehen. Mamas Handy: aus, "
            "im Küchenschrank. Gerdas: aus, in einem Umzugskarton in der Garage. Kein Kontakt "
            "möglich; um 14:50 immer noch nicht die vereinbarte „Es geht“-Mail von Gerda."
        ),
    },
    "e_call_works": {
        "summary": (
            "Anschluss läuft: Internet und Notebook gehen, alle Nummern klingeln – aber "
            "keine E-Mails"
        ),
        "body": (
            "Mama: Telefon geht, Internet wohl auch, Techniker weg. Gerda: Notebook ohne "
            "Probleme online. Testanrufe auf die neuen Nummern 3105 und 3106: alle schon "
            "erreichbar, obwohl das Social-Media-Team „morgen“ gesagt hatte. Gerdas "
            "Kundencenter zeigt keine E-Mails."
        ),
    },
    "e_note_no_final": {
        "summary": (
            "Kein „abschließender“ Bescheid vom Social-Media-Team; Anschluss läuft trotzdem "
            "– Fall erledigt"
        ),
        "body": "Die versprochene abschließende Information zu Gerdas Nummer kam nie.",
    },
    # --- die E-Mail-Adresse ---
    "e_note_mailbox_locked": {
        "summary": "Gerdas Kundencenter: Rechnungen, Aufträge, Adressbuch – aber keine E-Mails",
        "body": (
            "Mit ihren alten Zugangsdaten angemeldet: alles zu sehen außer dem Postfach; keine "
            "einzige Mail lässt sich öffnen. Die alte Leitung in Kornbach klingelt noch. "
            "Ungutes Gefühl wegen der Adresse."
        ),
    },
    "e_note_mailbox_0803": {
        "summary": "Postfach weiter gesperrt, während der Rest des alten Kundencenters geht",
        "body": "Am 9. März dasselbe. Das geht nicht gut aus.",
    },
    "e_note_cc_fails": {
        "summary": "Kundencenter: Jede Funktion, die die E-Mail-Adresse berührt, schlägt fehl",
        "body": (
            "Versucht, den Adressumzug selbst anzustoßen, während der Techniker arbeitete. "
            "Alles andere im alten Kundencenter geht. Beschlossen, Telvia erst anzurufen, wenn "
            "das Internet läuft – jetzt keine Verwirrung stiften."
        ),
    },
    "e_call_brandl": {
        "summary": "Hotline: „Unmöglich – Adresse 180 Tage gesperrt, keine Ausnahmen“",
        "body": (
            "Die Adresse eines gekündigten Zugangs ist unwiderruflich 180 Tage gesperrt. „Dann "
            "wurden Sie falsch beraten.“ Ich sagte, ich hätte genau das vor zwei, drei Jahren "
            "ohne Probleme gemacht: „Das kann nicht sein.“ – „Ich habe es selbst gesehen.“ – "
            "„Wie gesagt, das kann nicht sein. Ich hoffe, Sie waren trotzdem mit meinem "
            "Service zufrieden. Einen schönen Tag noch.“"
        ),
    },
    "e_call_jana": {
        "summary": (
            "Wieder die Hotline: „grundsätzlich kein Problem“ – die technische Hotline 0200 anrufen"
        ),
        "body": (
            "Gleiche Nummer, andere Mitarbeiterin, gegenteilige Antwort. Verwiesen an "
            "+49 800 555 0200."
        ),
    },
    "e_call_kessler": {
        "summary": (
            "Frau K.: 180 Tage sind „völliger Quatsch“; ans E-Mail-Team mailen, Rückruf heute"
        ),
        "body": (
            "Die Adresse umzuziehen sei überhaupt kein Problem. „Schicken Sie einfach eine "
            "kurze E-Mail an email-team@telvia-online.example mit den Kundennummern und Ihrer "
            "Telefonnummer. Die Kollegen melden sich heute noch bei Ihnen.“ – „Und dann ist es "
            "erledigt?“ – „Ja.“ – „Sicher?“ – „Ganz sicher.“"
        ),
    },
    "e_mail_emailteam_1": {
        "summary": "Mail ans E-Mail-Team wie angewiesen, mit Lesebestätigung",
        "body": (
            "Beide Kundennummern, Gerdas Adresse, die Gründe (Lebensgefährte gestorben, über "
            "70, Postfach seit Anfang März gesperrt), meine Telefonnummer, Bitte um Rückruf."
        ),
    },
    "e_note_no_callback": {
        "summary": "Kein Rückruf, keine Mail, keine Lesebestätigung vom E-Mail-Team",
        "body": "„Ganz sicher“ hielt bis Feierabend.",
    },
    "e_mail_emailteam_2": {
        "summary": (
            "Nachfrage beim E-Mail-Team: in Arbeit, oder wurde ich wieder falsch informiert?"
        ),
        "body": "Die Mail von gestern angehängt; wieder Lesebestätigung angefordert. Es kam keine.",
    },
    "e_note_forums": {
        "summary": (
            "Recherche in Foren: Etwa die Hälfte der Adressumzüge klappt – Hartnäckigkeit hilft"
        ),
        "body": (
            "Hunderte Kunden mit demselben Problem über zehn Jahre, auch im Telvia-eigenen "
            "Forum. Die Erfolgsaussichten steigen, wenn man jeden Kanal nutzt, den die Firma "
            "hat."
        ),
    },
    "e_call_notresp": {
        "summary": "„Nicht zuständig, ich stelle Sie durch“ – zurück: niemand erreicht; legt auf",
        "body": (
            "Erklärung Nr. 1 des Tages. Wartemusik mit Werbung für das Kundencenter und das "
            "Fernsehpaket (zeitversetztes Fernsehen, HD). Sie kam zurück: „Ich konnte niemanden "
            "erreichen, der sich mit Ihrem Problem auskennt. Bitte rufen Sie in ein paar "
            "Minuten noch einmal an.“ – „Aber ...“ – aufgelegt."
        ),
    },
    "e_call_teamlead": {
        "summary": "„Keine Mails von Ihnen im System“ – Teamleiter: „angeblich“; legt auf",
        "body": (
            "Nach 30 Sekunden wieder angerufen. Erklärung Nr. 2, weiterverbunden; Werbung in "
            "der Warteschleife: Mit dem Fernsehpaket spart man 24 Monate lang 5 Euro im Monat "
            "– der Spruch des Verkäufers im Shop. Frau Demir war nicht eingewiesen: Erklärung "
            "Nr. 3. „Eine Adresse zwischen Kundennummern umzuziehen ist kompliziert; das hätten "
            "Sie beantragen müssen.“ Dann: „Soweit ich sehe, gibt es keine Mails von Ihnen im "
            "System.“ Ich bat um einen Vorgesetzten. Teamleiter Schubert: „Es geht um zwei "
            "Mails, die Sie uns angeblich geschickt haben. Wenn Sie die geschickt hätten, wären "
            "sie im System. Schönen Tag noch und auf Wiederhören!“"
        ),
    },
    "e_call_nomail": {
        "summary": (
            "Beide Mails angekommen – aber „ich kann von meinem Arbeitsplatz keine E-Mails "
            "verschicken“; legt auf"
        ),
        "body": (
            "Erklärung Nr. 4 seit 10:14, diesmal im Stehen. „Oh, da haben Sie ja einiges "
            "mitgemacht.“ Sie bestätigte, dass beide Mails angekommen sind. Um eine kurze "
            "E-Mail dazu gebeten: „Ich kann von meinem Arbeitsplatz aus keine E-Mails "
            "verschicken.“ – „Sie arbeiten in der technischen Abteilung von Telvia Online und "
            "können keine E-Mail schicken?“ Sie beendete das Gespräch wortlos."
        ),
    },
    "e_call_wenzel": {
        "summary": (
            "„Nur per Fax“ – „richtige Adresse, es gibt ein Ticket“ – „kein Ticket“; legt auf"
        ),
        "body": (
            "„Zu Telvia wechseln?“ – „Ja!“ – in Sekunden eine Mitarbeiterin. Erklärung Nr. 5. "
            "Beide Mails sind im System, aber „das können Sie nicht per E-Mail regeln, nur per "
            "Fax“, Faxnummer 0800 ... Ich sagte ihr, Frau K. von genau dieser Hotline habe mich "
            "ans E-Mail-Team verwiesen. Etwa fünf Minuten Warteschleife, während sie bei „der "
            "zuständigen Abteilung“ nachfragte: „Sie haben es an die richtige Adresse "
            "geschickt. Es gibt jetzt eine Ticketnummer!“ Den Eingang bestätigen kann sie nicht "
            "(technische Gründe), die Ticketnummer nennen auch nicht (die kennt nur der "
            "bearbeitende Kollege), und den Kollegen erreichen kann sie nicht (eine zentrale "
            "interne Nummer). Dann: „Ich glaube, es wurde doch kein Ticket angelegt, nur ein "
            "Kundenkontakt.“ – „Den Kundenkontakt gibt es seit dem 28. Februar!“ Sie legte "
            "wortlos auf."
        ),
    },
    "e_mail_social_escalation": {
        "summary": "Eskalationsmail ans Social-Media-Team: beide Mails anbei, 9 Punkte des Tages",
        "body": (
            "Mails vom 15. und 16. März angehängt; trotz Zusage vom 15. März keine Antwort. "
            "Aufgezählt: Eingang erst bestritten, dann bestätigt; „nur per Fax“, dann "
            "zurückgenommen; „Ticket vorhanden“, dann nur ein „Kundenkontakt“; keine "
            "schriftliche Bestätigung, weil die Mitarbeiter keine E-Mails schicken können; "
            "aufgelegt. Die Lesebestätigung kam in Sekunden zurück – es geht also."
        ),
    },
    "e_mail_template_poa": {
        "summary": "Textbaustein vom E-Mail-Team: Datenschutz – Vollmacht des Vertragspartners",
        "body": (
            "Rund 26 Stunden zu spät. „Sie haben Auskunft über den Vertrag eines anderen "
            "Vertragspartners erbeten. Kundendaten sind sensibel und geschützt ... wir "
            "benötigen eine vom Vertragspartner unterschriebene Vollmacht. Bitte senden Sie "
            "uns diese zu – wir kümmern uns dann umgehend um Ihr Anliegen.“ Fußzeile: „Waren "
            "Sie zufrieden? Hier klicken.“ In 17 Tagen, in denen ich für genau diese „anderen "
            "Vertragspartner“ Anschlüsse bestellt habe, hat niemand den Datenschutz erwähnt."
        ),
    },
    "e_mail_reply_sonnenschein": {
        "summary": (
            "Antwort an Frau Sonnenschein: Ich kümmere mich seit 28.2. um die Aufträge beider Damen"
        ),
        "body": (
            "Die beiden Vertragspartner sind meine Tante und meine Mutter, über 70. Durch "
            "Fehler von Telvia kommt meine Tante seit etwa 15 Tagen nicht an ihre Mails, kurz "
            "nachdem sie ihren Lebensgefährten verloren hat. Als ich für sie einen ganzen "
            "Anschluss bestellt habe, sprach niemand von Datenschutz. Gefragt, wie es "
            "weitergeht."
        ),
    },
    "e_call_social_nadine": {
        "summary": (
            "Das Social-Media-Team ruft an: Adresse wird gerade umgezogen, in 30 Minuten aktiv"
        ),
        "body": (
            "Anruferkennung +49 800 555 0100; ich befürchtete das Schlimmste. Nadine von "
            "@Telvia_hilft: „Wir haben deine Mail bekommen; mein Kollege zieht die Adresse "
            "gerade auf die neue Kundennummer um. In spätestens 30 Minuten ist sie aktiv – "
            "schau ab 16:15 mit den neuen Zugangsdaten ins Kundencenter.“ Zur "
            "Textbaustein-Mail: „Vergiss die Mail. Das haben wir längst erledigt.“"
        ),
    },
    "e_note_address_works": {
        "summary": (
            "Mit den neuen Zugangsdaten angemeldet: Die Adresse ist da, alle Mails vollständig"
        ),
        "body": "Die Zugangsnummer dreimal auf Tippfehler geprüft. Es geht.",
    },
    "e_mail_thanks": {
        "summary": "Dankesmail ans Social-Media-Team: „Es geht! Nochmals danke!“",
        "body": "Der erste Preis für Kundenbetreuung geht an @Telvia_hilft, trotz des Anfangs.",
    },
    "e_mail_survey": {
        "summary": "Zufriedenheitsumfrage vom Social-Media-Team",
        "body": (
            "„Wir haben Ihnen am Freitag abschließend geantwortet.“ Wollte sie nach dem "
            "Mittagessen ausfüllen."
        ),
    },
    "e_mail_garbled": {
        "summary": (
            "Verunstaltete HTML-Mail, als Phishing markiert: Formular drucken, "
            "unterschreiben, faxen"
        ),
        "body": (
            "Aus einer anderen Abteilung, drei Tage nachdem die Sache erledigt war. Zerschossenes "
            "Layout; mein Mailprogramm zeigte für dieses Konto die erste Phishing-Warnung seit "
            "drei Jahren – und doch ist sie echt. „Zur Bearbeitung Ihres Anliegens benötigen "
            "wir das beigefügte Formular zurück. Bitte drucken Sie es aus und senden Sie es "
            "unterschrieben als E-Mail-Anhang, per Fax an die kostenlose Nummer "
            "+49 800 555 0109 oder per Post zurück. Wir freuen uns, dass wir Ihnen helfen "
            "konnten.“"
        ),
    },
    "e_mail_complaint": {
        "summary": (
            "Beschwerde an Herrn Gruber: Die Sache ist seit 3 Tagen erledigt; keine solchen "
            "Mails mehr"
        ),
        "body": (
            "Noch einmal aufgezählt: die Behauptung mit den 180 Tagen, die Antwort „völliger "
            "Quatsch“, der versprochene Rückruf am selben Tag, „nur per Fax“, die Mitarbeiterin, "
            "die keine E-Mails schicken kann und auflegte. Die Adresse wurde am selben Tag von "
            "einem anderen Team umgezogen. Drei Tage später ein Faxformular zum Ausdrucken zu "
            "schicken zeigt, wie wenig dieser „Service“ taugt; er wird nicht mehr gebraucht."
        ),
    },
    "e_mail_template_sorry": {
        "summary": (
            "Textbaustein-Antwort: Entschuldigung für die Umstände; danke für die Info, "
            "dass es erledigt ist"
        ),
        "body": "Rund 24 Stunden später. Textbausteine brauchen keinen Kommentar. Ende der Sache.",
    },
}

PROMISES: dict[str, dict[str, str]] = {
    "p_social_start": {
        "text": (
            "Sobald du uns die Kundennummern und die Wahl des Anschlusses schickst, legen wir "
            "sofort los."
        ),
    },
    "p_no_order": {
        "text": "‚Für diese Anschlüsse gibt es keinen Auftrag‘ – weder für Mamas noch für Gerdas."
    },
    "p_keep_email": {
        "text": (
            "Umzug oder Kündigung macht keinen Unterschied: Die E-Mail-Adresse kann so oder so "
            "behalten werden (‚ganz sicher‘), zu beauftragen über die Hotline oder das "
            "Kundencenter."
        ),
    },
    "p_tech_13": {"text": "Ein Techniker kommt am 13. März (nachmittags, ab 14:00); früher nicht."},
    "p_full_install": {
        "text": (
            "Der Techniker macht die komplette Installation – Umstellung des bestehenden "
            "Anschlusses, WLAN-Router und Gerdas Notebook, keine neue Verkabelung – ohne "
            "Mehrkosten."
        ),
    },
    "p_numbers_13": {"text": "Die zwei neuen Nummern (…3105, …3106) sind ab 13. März aktiv."},
    "p_cancelled_0103": {
        "text": (
            "‚Die Kündigung des Anschlusses von Frau Voit wurde bereits am 01.03.2012 "
            "durchgeführt.‘"
        ),
    },
    "p_switch_1303": {
        "text": (
            "Der Anschluss von Frau Brenner wird am 13.03.2012 auf Kombi Comfort Universal "
            "umgestellt."
        ),
    },
    "p_number_tomorrow": {
        "text": "Die Nummer von Frau Voit kommt erst morgen, am 14. März, auf den neuen Anschluss.",
    },
    "p_final_notice": {
        "text": "‚Morgen übertrage ich die Rufnummer und informiere Sie dann abschließend.‘",
    },
    "p_tech_costs": {
        "text": (
            "Das Notebook einzurichten wird selten bestellt – ‚da kommen Kosten auf Sie zu‘ (am "
            "5. März als Kulanz vereinbart; die erste Rechnung prüfen)."
        ),
    },
    "p_blocked_180": {
        "text": (
            "Die Adresse eines gekündigten Zugangs ist unwiderruflich 180 Tage gesperrt; ein "
            "Umzug ist unmöglich, keine Ausnahmen."
        ),
    },
    "p_possible": {
        "text": (
            "Die Adresse mitzunehmen ist grundsätzlich kein Problem; das macht die Hotline 0200."
        ),
    },
    "p_nonsense": {
        "text": (
            "‚180 Tage gesperrt‘ ist ‚völliger Quatsch‘; die Adresse umzuziehen ist kein Problem."
        ),
    },
    "p_send_mail": {
        "text": (
            "Einfach eine kurze E-Mail mit den Kundennummern und Ihrer Telefonnummer ans "
            "E-Mail-Team schicken – dann ist es erledigt (‚ganz sicher‘)."
        ),
    },
    "p_callback_today": {"text": "‚Die Kollegen melden sich heute noch bei Ihnen‘ (15. März)."},
    "p_put_through": {
        "text": "‚Bitte bleiben Sie dran, legen Sie nicht auf – ich stelle Sie direkt durch.‘",
    },
    "p_no_mails": {
        "text": (
            "Es gibt keine Mails von Ihnen im System – ‚wenn Sie die geschickt hätten, wären "
            "sie im System‘."
        ),
    },
    "p_mails_arrived": {"text": "Beide Mails von Ihnen ans E-Mail-Team sind angekommen."},
    "p_fax_only": {"text": "‚Das können Sie nicht per E-Mail regeln. Nur per Fax.‘"},
    "p_ticket_exists": {
        "text": (
            "‚Sie haben es an die richtige Adresse geschickt. Es gibt jetzt eine Ticketnummer!‘ "
            "(nur der bearbeitende Kollege kennt sie)"
        ),
    },
    "p_no_ticket": {
        "text": "‚Ich glaube, es wurde doch kein Ticket angelegt, nur ein Kundenkontakt.‘",
    },
    "p_poa_needed": {
        "text": (
            "Datenschutz: eine vom Vertragspartner unterschriebene Vollmacht schicken – dann "
            "kümmern wir uns umgehend um Ihr Anliegen."
        ),
    },
    "p_done_30": {
        "text": (
            "Die Adresse ist in 30 Minuten auf der neuen Kundennummer aktiv; ab 16:15 im "
            "Kundencenter nachsehen. ‚Vergiss die Mail.‘"
        ),
    },
    "p_fax_form": {
        "text": (
            "Das beigefügte Formular ausdrucken, unterschreiben und als E-Mail-Anhang, per Fax "
            "an +49 800 555 0109 oder per Post zurückschicken – nötig, um Ihr Anliegen zu "
            "bearbeiten."
        ),
    },
}

CONTRADICTIONS: dict[str, dict[str, str]] = {
    "x_order": {
        "note": (
            "Derselbe Nachmittag: Die Hotline sieht für keinen der beiden Anschlüsse einen "
            "Auftrag, das Social-Media-Team schreibt, Gerdas Anschluss sei am 1. März gekündigt "
            "worden und Mamas werde am 13. umgestellt."
        ),
    },
    "x_keep_email": {
        "note": (
            "5.3.: Die Adresse bleibt bei Umzug wie bei Kündigung erhalten. 15.3.: Nach einer "
            "Kündigung ist sie 180 Tage gesperrt, keine Ausnahmen."
        ),
    },
    "x_numbers": {
        "note": (
            "Hotline: neue Nummern ab 13.3. aktiv. Social-Media-Team: erst ab 14.3. "
            "(Sie klingelten.)"
        ),
    },
    "x_blocked": {
        "note": (
            "Zwei Mitarbeiterinnen, derselbe Vormittag: „unmöglich, 180 Tage“ gegen "
            "„völliger Quatsch“."
        ),
    },
    "x_mail_or_fax": {
        "note": (
            "Hotline 0200 am 15.3.: dem E-Mail-Team mailen. Dieselbe Hotline am 16.3.: nur per Fax."
        ),
    },
    "x_mails": {
        "note": (
            "Innerhalb von 40 Minuten an derselben Hotline: keine Mails im System, dann beide "
            "angekommen."
        ),
    },
    "x_ticket": {"note": "Dieselbe Mitarbeiterin, dasselbe Gespräch, drei Minuten auseinander."},
    "x_poa": {
        "note": (
            "15:20 E-Mail-Team: nichts ohne unterschriebene Vollmacht. 15:52 Social-Media-Team: "
            "„Vergiss die Mail“ – in 30 Minuten erledigt, ohne Vollmacht."
        ),
    },
}

REMINDERS: dict[str, dict[str, str]] = {
    "r_technician": {
        "text": (
            "Heute ab 14:00 der Techniker. Telefonisch erreichbar sein; Mama und Gerda bleiben "
            "den ganzen Tag zu Hause. Keine Kabel!"
        ),
    },
    "r_test_calls": {
        "text": "Alle drei Nummern testweise anrufen und prüfen, ob Gerdas Notebook online ist.",
    },
    "r_final_notice": {
        "text": (
            "Das Social-Media-Team (Sven) hat für heute den abschließenden Bescheid zu Gerdas "
            "Nummer versprochen."
        ),
    },
    "r_callback": {
        "text": (
            "Das E-Mail-Team soll heute zurückrufen (Frau K., „ganz sicher“). Wenn nicht: "
            "noch einmal mailen."
        ),
    },
    "r_customer_centre": {
        "text": "Mit den NEUEN Zugangsdaten im Kundencenter anmelden; Gerdas Posteingang prüfen.",
    },
    "r_invoice": {
        "text": (
            "Erste Rechnung für Kombi Comfort: keine Kosten für die Einrichtung des Notebooks "
            "(am 5.3. mit Frau Albrecht als Kulanz vereinbart). Falls doch: widersprechen."
        ),
    },
    "r_survey": {
        "text": (
            "Die Zufriedenheitsumfrage des Social-Media-Teams ausfüllen (Mail vom 19.3.) – "
            "freundlich."
        ),
    },
    "r_easter": {
        "text": (
            "Besuch an Ostern: Gerda und Mama die Generalvollmachten unterschreiben lassen, "
            "damit uns die nächste Textbaustein-Mail nicht aufhält."
        ),
    },
}

APPOINTMENTS: dict[str, dict[str, str]] = {
    "a_technician": {
        "title": (
            "Techniker: Mamas Anschluss auf Kombi Comfort Universal umstellen, WLAN-Router und "
            "Gerdas Notebook einrichten (keine neue Verkabelung)"
        ),
        "location": "Schulgasse 4, 95183 Oberwaldbach – Papiere und Pakete unten",
    },
    "a_check_address": {
        "title": (
            "Prüfen: Gerdas Adresse auf dem neuen Zugang aktiv (Zusage des Social-Media-Teams)"
        ),
        "location": "https://kundencenter.telvia.example",
    },
}
