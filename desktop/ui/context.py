"""What every window and page is handed: the session, the task runner, events and settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from desktop.services.session import Session
from desktop.ui.event_adapter import QtEvents
from desktop.ui.i18n import Translations
from desktop.ui.operations import TaskRunner


@dataclass
class UiContext:
    session: Session
    tasks: TaskRunner
    events: QtEvents
    settings: QSettings
    translations: Translations
