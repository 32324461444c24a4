"""What every window and page is handed: the session, the task runner, events and settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from typing import TYPE_CHECKING

from desktop.ui.event_adapter import QtEvents
from desktop.ui.i18n import Translations
from desktop.ui.operations import TaskRunner

if TYPE_CHECKING:
    from desktop.services.session import Session


@dataclass
class UiContext:
    session: Session
    tasks: TaskRunner
    events: QtEvents
    settings: QSettings
    translations: Translations
