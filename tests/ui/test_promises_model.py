"""The promises model and its filter on their own, without a window."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.modeltest import ModelTester

from proxydesk.services.registry import Services
from proxydesk.ui.call_logger.notes_model import CallNotesModel
from proxydesk.ui.promises.model import (
    DUE_TODAY_BACKGROUND,
    PromiseFilter,
    PromisesFilterModel,
    PromisesModel,
    Urgency,
)
from proxydesk.ui.widgets.colors import Tone, tone
from tests.ui.queries import statements
from tests.ui.story import FixedClock, Story, at


def promises_model(services: Services, case: int | None = None) -> PromisesModel:
    model = PromisesModel(services.promises, clock=services.promises.clock)
    model.set_case(case)
    return model


def texts(model: PromisesModel | PromisesFilterModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services, story: Story
) -> None:
    model = promises_model(services)
    qtmodeltester.check(model)
    proxy = PromisesFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_one_case_or_every_case(services: Services, story: Story) -> None:
    everything = promises_model(services)
    assert everything.rowCount() == len(services.promises.promises())
    assert set(texts(everything, PromisesModel.COLUMN_CASE)) == {
        "Move Erika's line to Ilse's house",
        "Move Erika's email address",
    }
    email = promises_model(services, story.email_case)
    assert texts(email, PromisesModel.COLUMN_WHAT) == [
        "The email team calls you back today",
        "Send a fax with the request",
        "The ticket number will come by mail",
    ]
    assert texts(email, PromisesModel.COLUMN_WHO) == ["Herr Brandl", "Herr Brandl", "Frau Ost"]
    assert texts(email, PromisesModel.COLUMN_KIND) == ["Promise", "Instruction", "Promise"]
    email.clear()
    assert email.rowCount() == 0


def test_overdue_is_red_and_bold_and_due_today_has_its_own_ground(
    services: Services, story: Story, clock: FixedClock
) -> None:
    # NOW is 17 March 12:00 in Berlin: due at 18:00 is due today, not yet overdue
    services.promises.add(
        story.email_case, text="Calls back by 6 pm", by="Frau Ost", at=at(17, 10), due=at(17, 18)
    )
    model = promises_model(services, story.email_case)
    rows = {model.promise(r).text: r for r in range(model.rowCount())}

    overdue = rows["The email team calls you back today"]
    assert model.urgency(overdue) is Urgency.OVERDUE
    index = model.index(overdue, PromisesModel.COLUMN_WHAT)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == tone(Tone.BAD)
    font = model.data(index, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(overdue, PromisesModel.COLUMN_STATUS).data() == "overdue"
    assert model.data(index, PromisesModel.URGENCY_ROLE) == "overdue"

    today = rows["Calls back by 6 pm"]
    assert model.urgency(today) is Urgency.DUE_TODAY
    index = model.index(today, PromisesModel.COLUMN_DUE)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) == DUE_TODAY_BACKGROUND
    assert model.data(index, Qt.ItemDataRole.FontRole) is None
    assert model.index(today, PromisesModel.COLUMN_STATUS).data() == "due today"

    no_due = rows["Send a fax with the request"]
    assert model.urgency(no_due) is Urgency.NONE
    index = model.index(no_due, PromisesModel.COLUMN_WHAT)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(no_due, PromisesModel.COLUMN_DUE).data() == ""

    # time moves on, the same rows read again: due today has become overdue
    clock.at += timedelta(hours=7)
    model.reload()
    assert model.urgency(model.row_of(model.promise(today).id) or 0) is Urgency.OVERDUE


def test_the_filters_match_the_service(services: Services, story: Story) -> None:
    services.promises.add(
        story.email_case, text="Calls back by 6 pm", by="Frau Ost", at=at(17, 10), due=at(17, 18)
    )
    proxy = PromisesFilterModel()
    proxy.setSourceModel(promises_model(services))
    assert proxy.filter is PromiseFilter.OPEN
    assert proxy.rowCount() == len(services.promises.promises(only_open=True))
    proxy.set_filter(PromiseFilter.OVERDUE)
    assert sorted(texts(proxy, PromisesModel.COLUMN_WHAT)) == sorted(
        p.text for p in services.promises.promises(only_overdue=True)
    )
    proxy.set_filter(PromiseFilter.DUE_TODAY)
    assert texts(proxy, PromisesModel.COLUMN_WHAT) == ["Calls back by 6 pm"]
    proxy.set_filter(PromiseFilter.ALL)
    assert proxy.rowCount() == len(services.promises.promises())
    assert "turned out false" in texts(proxy, PromisesModel.COLUMN_STATUS)


def test_sorting_by_due_puts_promises_without_a_due_time_last(
    services: Services, story: Story
) -> None:
    proxy = PromisesFilterModel()
    proxy.setSourceModel(promises_model(services))
    proxy.set_filter(PromiseFilter.ALL)
    proxy.sort(PromisesModel.COLUMN_DUE, Qt.SortOrder.AscendingOrder)
    source = proxy.source()
    dues = [source.promise(proxy.source_row(r)).due_at for r in range(proxy.rowCount())]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated)
    assert dues[len(dated) :] == [None] * (len(dues) - len(dated))


def test_painting_asks_the_file_nothing(services: Services, story: Story) -> None:
    model = promises_model(services)
    roles = [
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        PromisesModel.SORT_ROLE,
    ]
    with statements(services.case_file.engine) as seen:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in roles:
                    model.data(model.index(row, column), role)
    assert seen == []


def test_the_call_notes_model_lists_notes_and_promises_in_time_order(
    qtmodeltester: ModelTester, services: Services, story: Story, clock: FixedClock
) -> None:
    from proxydesk.domain import PromiseKind
    from proxydesk.services.calls import CallContent, CallNote, PendingPromise

    now = services.calls.local(clock())  # the logger works in the file's zone
    content = CallContent(
        notes=(
            CallNote(now, "No order found"),
            CallNote(now + timedelta(minutes=4), "half a sente", typing=True),
        ),
        promises=(
            PendingPromise(now + timedelta(minutes=2), "Technician on the 13th", at(18, 18)),
            PendingPromise(
                now + timedelta(minutes=3), "Blocked for 180 days", None, PromiseKind.CLAIM
            ),
        ),
    )
    model = CallNotesModel()
    model.set_content(content)
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # the note being typed is not listed yet
    assert model.index(0, CallNotesModel.COLUMN_WHAT).data() == "No order found"
    assert (
        model.index(1, CallNotesModel.COLUMN_WHAT)
        .data()
        .startswith("Promise: Technician on the 13th (due ")
    )
    assert model.index(2, CallNotesModel.COLUMN_WHAT).data() == "Claim: Blocked for 180 days"
    font = model.index(1, CallNotesModel.COLUMN_WHAT).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.index(0, CallNotesModel.COLUMN_AT).data() == "12:00"
