"""The timeline model makes each cell's text once, and never shows another case's or order's."""

from __future__ import annotations

from PySide6.QtCore import Qt

from proxydesk.services.registry import Services
from proxydesk.ui.models.timeline import TimelineModel
from tests.ui.story import Story


def summaries(model: TimelineModel) -> list[str]:
    column = TimelineModel.COLUMN_SUMMARY
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_texts_follow_the_case_and_the_order(services: Services, story: Story) -> None:
    model = TimelineModel(services.timeline)
    model.set_case(story.move_case)
    first = summaries(model)
    assert first == summaries(model)  # asked again: the same texts
    assert first[0] == model.entry(0).summary or first[0].startswith(model.entry(0).summary)

    model.set_newest_first(True)
    assert summaries(model) == list(reversed(first))

    model.set_case(story.email_case)
    shown = summaries(model)
    assert [s.split("  [")[0] for s in shown] == [
        model.entry(r).summary for r in range(model.rowCount())
    ]
    assert shown != list(reversed(first))


def test_header_and_roles_as_before(services: Services, story: Story) -> None:
    model = TimelineModel(services.timeline)
    model.set_case(story.move_case)
    header = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert header == ["When", "Kind", "Who", "Summary", "Duration / hold"]
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None
    cell = model.index(0, TimelineModel.COLUMN_DURATION)
    align = cell.data(Qt.ItemDataRole.TextAlignmentRole)
    assert align == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 0).data(TimelineModel.ENTRY_ROLE) == model.entry(0)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
