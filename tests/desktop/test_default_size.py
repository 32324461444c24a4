"""At the window's default size every page fits and every table shows all its columns
(money included), in English and in Chinese: names give way, figures stay in view."""

import pytest
from PySide6.QtWidgets import QAbstractItemView


@pytest.fixture(params=["en", "zh_CN"])
def window(request, qtbot, data_dir, secret_keyring):
    from desktop.cli import CliContext
    from desktop.ui.app import build
    from desktop.ui.main_window import TOUR_SEEN_KEY

    app, window = build(CliContext(data_dir=data_dir, portable=True, profile_name="demo",
                                   lang=request.param))
    window.ctx.settings.setValue(TOUR_SEEN_KEY, True)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.ctx.translations.apply("en")  # the application outlives the test
    window.ctx.tasks.cancel_all()
    window.ctx.tasks.wait(10_000)
    window.ctx.session.close()


def cut_columns(view) -> list[int]:
    """The columns of `view` that end beyond its visible width."""
    header, width = view.horizontalHeader(), view.viewport().width()
    return [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)
            and header.sectionViewportPosition(c) + header.sectionSize(c) > width + 1]


def test_every_table_shows_its_columns_at_the_default_size(window, qtbot):
    size = window.size()
    assert (size.width(), size.height()) == (1100, 720)  # the default, with no settings
    found = {}
    for key in window.keys:
        window.show_page(key)
        qtbot.waitUntil(lambda: not window.ctx.tasks.running, timeout=30_000)
        qtbot.wait(50)
        assert window.minimumSizeHint().width() <= size.width(), key
        for view in window.page(key).findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and hasattr(view,
                                                                        "horizontalHeader"):
                if cut := cut_columns(view):
                    found[f"{key}/{view.objectName()}"] = cut
    assert found == {}
