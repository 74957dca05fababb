"""Opening, editing and removing cases."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from proxydesk.ui.editing.case_dialog import CaseDialog
from proxydesk.ui.editing.editor import Editor, Step
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

        def write(step: Step) -> str:
            values = dialog.values()
            added = self._cases.add_case(
                values.title,
                self._organization_id(step, values.organization),
                relatives=values.relative_ids,
                references=values.references,
                story_so_far=values.story_so_far,
            )
            text = self.tr("Open case {title}").format(title=added.title)
            step.case_id = added.id
            return step.record(text, self.case_store, None, self._cases.case_record(added.id))

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

        def write(step: Step) -> str:
            values = dialog.values()
            self._cases.update_case(
                case_id,
                title=values.title,
                organization=self._organization_id(step, values.organization),
                relatives=values.relative_ids,
                status=values.status,
                story_so_far=values.story_so_far,
                references=values.references,
            )
            after = self._cases.case_record(case_id)
            text = self.tr("Edit case {title}").format(title=after.title)
            return step.record(text, self.case_store, before, after)

        return self._form(dialog, write, case_id)

    def remove_case(self, case_id: int) -> QMessageBox | None:
        cases = self._cases
        found = self._read(lambda: (cases.case_record(case_id), cases.case_uses(case_id)))
        if found is None:
            return None
        record, uses = found

        def write(step: Step) -> str:
            before = cases.remove_case(case_id)
            text = self.tr("Remove case {title}").format(title=before.title)
            return step.record(text, self.case_store, before, None)

        return self._ask_removal(
            self.tr("Remove case"),
            uses,
            self.tr(
                "“{title}” has a timeline and is kept. Set its status to resolved instead."
            ).format(title=record.title),
            RemovalWords(self).case_question(record.title, len(record.references)),
            write,
        )
