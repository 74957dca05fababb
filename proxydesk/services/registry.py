"""All services of one open case file, built once and handed to a face (CLI or UI)."""

from __future__ import annotations

from dataclasses import dataclass

from proxydesk.services.base import Clock
from proxydesk.services.calendar import CalendarService
from proxydesk.services.calls import CallDraftService
from proxydesk.services.cases import CaseService
from proxydesk.services.directory import DirectoryService
from proxydesk.services.dossier import DossierService
from proxydesk.services.history import History
from proxydesk.services.poa import PoaService
from proxydesk.services.promises import PromiseService
from proxydesk.services.reminders import ReminderService
from proxydesk.services.timeline import TimelineService
from proxydesk.storage.database import CaseFile
from proxydesk.timezones import now


@dataclass(frozen=True)
class Services:
    case_file: CaseFile
    directory: DirectoryService
    cases: CaseService
    timeline: TimelineService
    promises: PromiseService
    reminders: ReminderService
    calendar: CalendarService
    poa: PoaService
    dossier: DossierService
    calls: CallDraftService
    #: undo and redo of the open file: every write above records its step here
    history: History

    @classmethod
    def for_file(cls, case_file: CaseFile, clock: Clock = now) -> Services:
        history = History()
        return cls(
            case_file,
            DirectoryService(case_file, clock, history),
            CaseService(case_file, clock, history),
            TimelineService(case_file, clock, history),
            PromiseService(case_file, clock, history),
            ReminderService(case_file, clock, history),
            CalendarService(case_file, clock, history),
            PoaService(case_file, clock, history),
            DossierService(case_file, clock, history),
            CallDraftService(case_file, clock, history),
            history,
        )
