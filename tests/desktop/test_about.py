"""Help → About Ziliudi and `ziliudi about`: the same version, folders and versions."""

from __future__ import annotations

import json
import subprocess
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton

from desktop import __version__
from desktop.cli import main
from desktop.ui import dialogs
from desktop.ui.about_dialog import AboutDialog


def cli_facts(capsys, data_dir) -> dict:
    assert main(["--data-dir", str(data_dir), "about", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def open_about_from_the_menu(ui, monkeypatch) -> AboutDialog:
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    help_menu = next(a.menu() for a in ui.menuBar().actions() if a.menu() is ui.help_menu)
    about = next(a for a in help_menu.actions() if a.objectName() == "about")
    assert help_menu.title() == "&Help" and about.text() == "&About Ziliudi"
    about.trigger()
    assert len(shown) == 1
    return shown[0]


def test_the_about_dialog_says_what_the_command_line_says(ui, monkeypatch, capsys, data_dir):
    dialog = open_about_from_the_menu(ui, monkeypatch)
    facts = cli_facts(capsys, data_dir)
    text = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert text["about_version"] == facts["version"] == __version__
    assert text["about_open_data_path"] == facts["data_dir"] == str(data_dir)
    assert text["about_open_log_path"] == facts["log_file"] == str(data_dir / "logs" / "ziliudi.log")
    assert text["about_versions"] == "Qt {qt}, PySide6 {pyside}, Python {python}".format(**facts)
    # The versions read from metadata are those of the Qt and PySide6 the window runs on.
    assert (facts["qt"], facts["pyside"]) == (qVersion(), PySide6.__version__)
    assert facts["python"] == "{}.{}.{}".format(*sys.version_info[:3])


def test_open_folder_buttons_open_the_data_and_log_folders(ui, qtbot, monkeypatch, data_dir):
    opened, errors = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None: errors.append(str(e)))
    dialog = open_about_from_the_menu(ui, monkeypatch)
    qtbot.addWidget(dialog)
    log_button = dialog.findChild(QPushButton, "about_open_log")
    assert not (data_dir / "logs").exists()
    qtbot.mouseClick(log_button, Qt.LeftButton)
    assert opened == [] and errors == [f"The folder {data_dir / 'logs'} does not exist yet."]
    (data_dir / "logs").mkdir()
    qtbot.mouseClick(dialog.findChild(QPushButton, "about_open_data"), Qt.LeftButton)
    qtbot.mouseClick(log_button, Qt.LeftButton)
    assert opened == [str(data_dir), str(data_dir / "logs")] and len(errors) == 1


def test_a_folder_no_file_manager_opens_is_said(ui, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None: errors.append(str(e)))
    dialog = open_about_from_the_menu(ui, monkeypatch)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "about_open_data"), Qt.LeftButton)
    assert errors == [f"No file manager opened {ui.ctx.session.data_dir}."]


def test_about_on_the_command_line_loads_no_qt(tmp_path):
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"assert main(['--data-dir', {str(tmp_path)!r}, 'about']) == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"Ziliudi {__version__}"
    assert lines[1:3] == [f"Data folder: {tmp_path}", f"Log file: {tmp_path / 'logs' / 'ziliudi.log'}"]
    assert lines[3].startswith("Qt ") and ", Python 3." in lines[3]
    version = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True)
    assert version.stdout.strip() == f"ziliudi {__version__}"
