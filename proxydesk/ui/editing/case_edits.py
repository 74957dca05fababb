"""Opening, editing and removing cases."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from proxydesk.ui.editing.case_dialog import CaseDialog
from proxydesk.ui.editing.editor import Editor
from proxydesk.ui.editing.removal import RemovalWords


class CaseEdits(Editor):
    """The case form and the removal of a case with an empty timeline."""

    # -- cases ---------------------------------------------------------------------------

    def open_case(self, relative_id: int | None = None) -> CaseDialog:
        dialog = CaseDialog(
            None,
            relatives=self._directory.relatives(),
            organizations=self._directory.organizations(),
            relative_id=relative_id,
            parent=self._widget,
        )

        def write() -> int:
            values = dialog.values()
            added = self._cases.add_case(
                values.title,
                self._organization_id(values.organization),
                relatives=values.relative_ids,
                references=values.references,
                story_so_far=values.story_so_far,
            )
            return added.id  # shown at once

        return self._form(dialog, write)

    def edit_case(self, case_id: int) -> CaseDialog | None:
        before = self._read(lambda: self._cases.case_record(case_id))
        if before is None:
            return None
        dialog = CaseDialog(
            before,
            relatives=self._directory.relatives(),
            organizations=self._directory.organizations(),
            parent=self._widget,
        )

        def write() -> None:
            values = dialog.values()
            self._cases.update_case(
                case_id,
                title=values.title,
                organization=self._organization_id(values.organization),
                relatives=values.relative_ids,
                status=values.status,
                story_so_far=values.story_so_far,
                references=values.references,
            )

        return self._form(dialog, write, case_id)

    def remove_case(self, case_id: int) -> QMessageBox | None:
        cases = self._cases
        found = self._read(lambda: (cases.case_record(case_id), cases.case_uses(case_id)))
        if found is None:
            return None
        record, uses = found

        def write() -> None:
            cases.remove_case(case_id)

        return self._ask_removal(
            self.tr("Remove case"),
            uses,
            self.tr(
                "“{title}” has a timeline and is kept. Set its status to resolved instead."
            ).format(title=record.title),
            RemovalWords(self).case_question(record.title, len(record.references)),
            write,
        )
