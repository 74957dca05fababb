"""Two threads of one app write the same file: the second waits for the first, never fails."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from proxydesk.storage.database import CaseFile
from proxydesk.storage.models import Setting


def test_a_unit_of_work_that_reads_first_waits_for_another_writer(case_file: CaseFile) -> None:
    first_wrote = threading.Event()
    second_read = threading.Event()
    first_committed = threading.Event()
    errors: list[BaseException] = []

    def first() -> None:
        with case_file.unit_of_work() as session:
            session.add(Setting(key="first", value="1"))
            session.flush()  # holds the write lock until the commit
            first_wrote.set()
            # commits once the second has read, or after a second when the second waits
            second_read.wait(1)
        first_committed.set()

    def second() -> None:
        first_wrote.wait(5)
        try:
            # like storing a scan while the mail sync writes: read, then write
            with case_file.unit_of_work() as session:
                count = session.scalar(select(func.count()).select_from(Setting))
                second_read.set()
                first_committed.wait(5)
                session.add(Setting(key="second", value=str(count)))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(15)

    assert errors == []
    with case_file.reading() as session:
        keys = {s.key: s.value for s in session.scalars(select(Setting))}
    assert keys["first"] == "1"
    # the second read after the first had committed: it counted the first's row
    assert int(keys["second"]) == len(keys) - 1
