"""Powers of attorney in the case file: drafting, the signed scan, the status."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter
from sqlalchemy import func, select

from proxydesk.errors import InvalidInput, InvalidTransition, NotFound
from proxydesk.progress import Progress
from proxydesk.services import scan_files
from proxydesk.services.history import Action, Verb
from proxydesk.services.registry import Services
from proxydesk.services.scan_files import STAGE_READ, STAGE_STORE, ScanImportCancelled
from proxydesk.storage.models import AuditEntry, Blob, Document
from tests.forms.conftest import png_scan


def pdf_scan(pages: int = 2, password: str | None = None) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def family(services: Services) -> Services:
    services.poa.set_proxy(name="Markus Brenner", phone="+49 171 555 0199")
    services.directory.add_relative("Gerda Voß", address="Schulgasse 4, 95183 Oberwaldbach")
    services.directory.add_relative("Hildegard Brenner")
    services.directory.add_organization("Telvia AG")
    services.directory.add_account("Gerda", "Telvia", "440 297 7310")
    services.directory.add_account("Gerda", "Telvia", "550 311 8742")
    return services


def blobs(services: Services) -> int:
    with services.case_file.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Blob)) or 0)


def test_a_draft_needs_the_proxys_name(services: Services) -> None:
    services.directory.add_relative("Gerda Voß")
    with pytest.raises(InvalidInput, match="proxydesk me --name"):
        services.poa.draft("Gerda", None, ["information"])


def test_drafting_takes_the_accounts_and_the_town_and_updates_the_open_draft(
    family: Services,
) -> None:
    first = family.poa.draft("Gerda", "Telvia", ["information", "email-transfer"])
    assert first.status == "draft" and first.agent_name == "Markus Brenner"
    assert first.place == "Oberwaldbach" and len(first.account_ids) == 2
    assert first.valid_from == date(2012, 3, 27)  # the tests' today
    again = family.poa.draft("Gerda", "Telvia", ["information"], accounts=["4402977310"])
    assert again.id == first.id and again.acts == ["information"]
    assert len(again.account_ids) == 1 and again.valid_from == first.valid_from


def test_drafting_refuses_what_cannot_be(family: Services) -> None:
    with pytest.raises(InvalidInput, match="choose one of: information"):
        family.poa.draft("Gerda", "Telvia", ["everything"])
    with pytest.raises(InvalidInput, match="at least one act"):
        family.poa.draft("Gerda", "Telvia", [])
    with pytest.raises(InvalidInput, match="before it starts"):
        family.poa.draft(
            "Gerda", None, ["moves"], valid_from=date(2012, 4, 1), valid_until=date(2012, 3, 1)
        )
    with pytest.raises(NotFound, match="no account '999'"):
        family.poa.draft("Gerda", "Telvia", ["moves"], accounts=["999"])


def test_attaching_the_scan_signs_the_draft_and_keeps_the_bytes(
    family: Services, tmp_path: Path
) -> None:
    draft = family.poa.draft("Gerda", "Telvia", ["information"])
    scan = tmp_path / "vollmacht.png"
    scan.write_bytes(png_scan())
    signed = family.poa.attach_scan("Gerda", "Telvia", scan)
    assert signed.id == draft.id and signed.status == "signed" and signed.has_scan
    assert signed.signed_on == date(2012, 3, 27)
    stored = family.poa.scan(signed.id)
    assert stored.data == scan.read_bytes() and stored.mime_type == "image/png"
    assert stored.filename == "vollmacht.png" and stored.relative_name == "Gerda Voß"


def test_the_same_scan_for_two_relatives_is_stored_once(family: Services, tmp_path: Path) -> None:
    scan = tmp_path / "joint.pdf"
    scan.write_bytes(pdf_scan())
    before = blobs(family)
    gerda = family.poa.attach_scan("Gerda", "Telvia", scan, signed_on=date(2012, 3, 20))
    hilde = family.poa.attach_scan("Hildegard", "Telvia", scan)
    assert gerda.status == hilde.status == "signed"  # made as signed: nothing was drafted
    assert gerda.signed_on == date(2012, 3, 20) and gerda.valid_from == date(2012, 3, 20)
    assert blobs(family) == before + 1
    with family.case_file.reading() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 2


def test_a_scan_with_its_scope_and_status_is_one_unit_of_work(
    family: Services, tmp_path: Path
) -> None:
    scan = tmp_path / "vollmacht.pdf"
    scan.write_bytes(pdf_scan(3))
    before = blobs(family)
    seen: list[Progress] = []
    view = family.poa.attach_scan(
        "Gerda",
        "Telvia",
        scan,
        acts=["moves", "information"],
        valid_from=date(2012, 3, 1),
        valid_until=date(2013, 2, 28),
        status="accepted",
        agent_name="Jan Voß",
        progress=seen.append,
    )
    assert (view.status, view.acts, view.agent_name) == (
        "accepted",
        ["moves", "information"],
        "Jan Voß",
    )
    assert (view.valid_from, view.valid_until) == (date(2012, 3, 1), date(2013, 2, 28))
    assert family.poa.proxy().name == "Jan Voß" and blobs(family) == before + 1
    assert [p.stage for p in seen][-2:] == [STAGE_STORE, STAGE_STORE]
    assert seen[0].stage == STAGE_READ and seen[0].total == scan.stat().st_size

    # a step the domain does not allow changes nothing, not even the user's name
    with pytest.raises(InvalidInput, match="cannot have the status draft"):
        family.poa.attach_scan("Hildegard", None, scan, acts=["moves"], status="draft")
    cancel = threading.Event()

    def cancel_when_storing(p: Progress) -> None:
        if p.stage == STAGE_STORE:
            cancel.set()

    with pytest.raises(ScanImportCancelled):
        family.poa.attach_scan(
            "Hildegard",
            None,
            scan,
            acts=["moves"],
            agent_name="Someone Else",
            progress=cancel_when_storing,
            cancel=cancel,
        )
    assert family.poa.powers("Hildegard") == [] and family.poa.proxy().name == "Jan Voß"
    with family.case_file.reading() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1


def test_a_refused_power_of_attorney_is_followed_by_a_new_one(
    family: Services, tmp_path: Path
) -> None:
    scan = tmp_path / "scan.jpg"
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 60), "white").save(out, format="JPEG")
    scan.write_bytes(out.getvalue())
    first = family.poa.attach_scan("Gerda", None, scan)
    family.poa.set_status(first.id, "refused")
    second = family.poa.attach_scan("Gerda", None, scan)
    assert second.id != first.id and second.status == "signed"


def test_status_moves_forward_only(family: Services) -> None:
    draft = family.poa.draft("Gerda", "Telvia", ["information"])
    with pytest.raises(InvalidTransition):
        family.poa.set_status(draft.id, "accepted")
    assert family.poa.set_status(draft.id, "signed").signed_on == date(2012, 3, 27)
    assert family.poa.set_status(draft.id, "sent").status == "sent"
    assert family.poa.set_status(draft.id, "accepted").status == "accepted"
    with pytest.raises(InvalidTransition):
        family.poa.set_status(draft.id, "refused")
    with pytest.raises(InvalidInput, match="status"):
        family.poa.set_status(draft.id, "lost")
    with pytest.raises(InvalidInput, match="no signed scan"):
        family.poa.scan(draft.id)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.txt", b"I hereby authorise ...", "neither a PDF nor a PNG or JPEG"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 10, "not a readable PNG"),
        ("broken.pdf", b"%PDF-1.4\nnothing else", "not a readable PDF"),
        ("locked.pdf", pdf_scan(1, password="secret"), "password-protected"),
        ("empty.png", b"", "is empty"),
    ],
)
def test_scans_that_cannot_be_printed_are_refused(
    family: Services, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = blobs(family)
    with pytest.raises(InvalidInput, match=message):
        family.poa.attach_scan("Gerda", "Telvia", path)
    assert blobs(family) == before
    assert family.poa.powers("Gerda") == []


def test_a_missing_or_huge_scan_is_refused(
    family: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(InvalidInput, match="cannot read"):
        family.poa.attach_scan("Gerda", "Telvia", tmp_path / "nowhere.pdf")
    big = tmp_path / "big.png"
    big.write_bytes(png_scan())
    monkeypatch.setattr(scan_files, "MAX_SCAN_BYTES", 1024)
    with pytest.raises(InvalidInput, match="at most 0 MB"):
        family.poa.attach_scan("Gerda", "Telvia", big)


def test_the_proxy_is_set_in_parts(services: Services) -> None:
    services.poa.set_proxy(name=" Markus Brenner ", email="m@example.org")
    view = services.poa.set_proxy(fax="+49 8341 555 01")
    assert (view.name, view.email, view.fax, view.phone) == (
        "Markus Brenner",
        "m@example.org",
        "+49 8341 555 01",
        "",
    )
    with pytest.raises(InvalidInput):
        services.poa.set_proxy(name="  ")
    with pytest.raises(InvalidInput, match="unknown"):
        services.poa.set_proxy(shoe_size="44")


def test_the_demo_has_three_drafts(demo: Services) -> None:
    powers = demo.poa.powers()
    assert [(p.relative_name, p.organization_name, p.status) for p in powers] == [
        ("Gerda Voit", "Telvia AG", "draft"),
        ("Gerda Voit", None, "draft"),
        ("Hildegard Brenner", None, "draft"),
    ]
    paper = demo.poa.paper([2, 3])
    assert [g.name for g in paper.grantors] == ["Gerda Voit", "Hildegard Brenner"]
    assert paper.organization is None and paper.agent.name == "Markus Brenner"
    with pytest.raises(InvalidInput, match="one organization"):
        demo.poa.paper([1, 2])


def test_a_stored_scan_is_undone_and_redone_as_new_audited_changes(
    family: Services, tmp_path: Path
) -> None:
    draft = family.poa.draft("Gerda", "Telvia", ["information"])
    scan = tmp_path / "vollmacht.png"
    scan.write_bytes(png_scan())
    signed = family.poa.attach_scan("Gerda", "Telvia", scan, agent_name="Markus B.")
    history = family.history
    assert history.next_undo() == Action(Verb.STORE_SCAN, "Gerda Voß", "Telvia AG")
    with family.case_file.reading() as session:
        counted = int(session.scalar(select(func.max(AuditEntry.id))) or 0)
        (document_id,) = session.scalars(select(Document.id))
    history.undo()
    back = family.poa.power(draft.id)
    assert (back.status, back.has_scan, back.signed_on) == ("draft", False, None)
    assert family.poa.proxy().name == "Markus Brenner"
    assert "documents" not in family.directory.relative_uses("Gerda")
    kept = blobs(family)  # the stored content may stay; nothing shows it
    history.redo()
    assert family.poa.power(draft.id) == signed
    assert family.poa.scan(draft.id).data == scan.read_bytes()
    assert family.poa.proxy().name == "Markus B."
    assert blobs(family) == kept
    with family.case_file.reading() as session:
        logged = [
            (e.action, e.entity, e.entity_id)
            for e in session.scalars(select(AuditEntry).where(AuditEntry.id > counted))
        ]
    poa, document = str(draft.id), str(document_id)
    assert logged == [
        ("update", "settings", "proxy_name"),
        ("update", "powers_of_attorney", poa),
        ("delete", "documents", document),
        ("insert", "documents", document),
        ("update", "settings", "proxy_name"),
        ("update", "powers_of_attorney", poa),
    ]


def test_a_draft_and_a_status_change_are_undone_and_redone(family: Services) -> None:
    draft = family.poa.draft("Gerda", "Telvia", ["information"])
    family.poa.set_status(draft.id, "signed")
    history = family.history
    assert history.next_undo() == Action(Verb.SET_POA_STATUS, "Gerda Voß", "signed")
    history.undo()
    assert family.poa.power(draft.id) == draft
    assert history.next_undo() == Action(Verb.DRAFT_POA, "Gerda Voß", "Telvia AG")
    history.undo()
    assert family.poa.powers("Gerda") == []
    history.redo()
    history.redo()
    again = family.poa.power(draft.id)
    assert (again.status, again.account_ids) == ("signed", draft.account_ids)


def test_your_details_changed_are_undone_and_redone(family: Services) -> None:
    family.poa.set_proxy(name="Markus Brenner-Voß", fax="+49 9561 5557729")
    assert family.history.next_undo() == Action(Verb.SET_PROXY, "Markus Brenner-Voß")
    family.history.undo()
    before = family.poa.proxy()
    assert (before.name, before.fax, before.phone) == ("Markus Brenner", "", "+49 171 555 0199")
    family.history.redo()
    assert (family.poa.proxy().name, family.poa.proxy().fax) == (
        "Markus Brenner-Voß",
        "+49 9561 5557729",
    )
