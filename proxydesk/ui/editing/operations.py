"""Everything the Edit menu, the empty states and the tree can add, edit and remove."""

from __future__ import annotations

from proxydesk.ui.editing.case_edits import CaseEdits
from proxydesk.ui.editing.directory_edits import DirectoryEdits


class EditOperations(DirectoryEdits, CaseEdits):
    """Relatives, organizations, accounts and cases: each change one undo step in the core."""
