"""The stock import wizard: its steps without Qt, then the dialog over the real task runner —
the mapping corrected by hand, the text encoding chosen, the error report, importing the valid
rows, and cancelling."""

import pytest

from desktop.services import lots as service
from desktop.services.stock_import_flow import (CANCELLED, DONE, FILE, MAPPING, REPORT, SAVING,
                                                ImportFlow)
from desktop.services.errors import UserFacingError
from desktop.services.tasks import run_inline
from desktop.ui import import_wizard as wizard_module
from desktop.ui.import_wizard import ImportWizard

HEADER = "款号,品名,色号,规格,可售库存,供货价（不含税）,吊牌价\n"
BIG5 = ("name,style no,color,size,quantity,tag price,supply price\n"
        "碎花連衣裙,A01,黑色,M,10,299,89\n襯衫,B02,白色,S,7,99,39\n")


def stock_file(path, n, bad=()):
    lines = [HEADER] + [f"K{i:05d},羽绒服{i},藏青,XL,{-1 if i in bad else 5},\"￥1,299.00\",2999\n"
                        for i in range(n)]
    path.write_text("".join(lines), encoding="gb18030")
    return path


# ---------------------------------------------------------------- the flow, no Qt

@pytest.fixture
def work(session):
    """A work unit on the test profile: the flow's previews and its tasks run inline on it."""
    return session.work()


def test_flow_steps_with_rejections(work, tmp_path):
    flow = ImportFlow(work)
    with pytest.raises(Exception, match="Name the lot"):
        flow.choose_file(stock_file(tmp_path / "s.csv", 5, bad={1}), title=" ")
    assert flow.step == FILE
    preview = flow.choose_file(tmp_path / "s.csv", title="冬装", supplier="北方")
    assert flow.step == MAPPING and preview.preview.header[0] == "款号"
    assert flow.mapping_problem() is None
    outcome = run_inline(flow.read_task(), work)
    assert flow.read_done(outcome) == REPORT and not outcome.stored
    assert service.list_lots(work) == [] and work.changes == set()  # nothing was kept
    [bad] = flow.rejections()
    assert (bad.row, bad.column, bad.code) == (3, "可售库存", "negative_quantity")
    assert (flow.rejected_rows(), flow.valid_rows()) == (1, 4)
    flow.accept_valid()
    assert flow.step == SAVING
    flow.stored(run_inline(flow.store_task(), work))
    assert flow.step == DONE and flow.outcome.imported == 4 and work.changes == {"lots"}
    assert service.list_lots(work)[0].items == 4
    with pytest.raises(RuntimeError):
        flow.cancel()


@pytest.fixture
def file_reads(monkeypatch):
    """Every opening of a stock file (its path) and the bytes read from them, counted."""
    from shop.stock import files

    opened, read = [], [0]

    class Counted:
        def __init__(self, handle):
            self._handle = handle

        def read(self, size=-1):
            data = self._handle.read(size)
            read[0] += len(data)
            return data

        def readinto(self, buffer):
            got = self._handle.readinto(buffer)
            read[0] += got or 0
            return got

        def __getattr__(self, name):
            return getattr(self._handle, name)

    real = files.open_file
    monkeypatch.setattr(files, "open_file",
                        lambda p, limits=None: opened.append(str(p)) or Counted(real(p, limits)))
    return opened, read


def test_a_wizard_import_opens_and_reads_the_file_once(work, tmp_path, file_reads):
    path = stock_file(tmp_path / "s.csv", 3000, bad={7, 2500})
    flow = ImportFlow(work)
    flow.choose_file(path, title="冬装")
    opened, read = file_reads
    del opened[:]
    read[0] = 0
    assert flow.read_done(run_inline(flow.read_task(), work)) == REPORT
    assert (flow.rejected_rows(), flow.valid_rows()) == (2, 2998)
    flow.accept_valid()
    assert flow.stored(run_inline(flow.store_task(), work)) == DONE
    assert opened == [str(path)] and flow.outcome.imported == 2998
    # Read as bytes twice at most: a CSV file is scanned once for its text encoding, then
    # decoded and checked as it is stored (reading it again to save would make it four).
    assert read[0] <= 2 * path.stat().st_size + 8  # and 8 bytes telling CSV from XLSX


def test_the_preview_reads_only_the_head_of_the_file(work, tmp_path, file_reads):
    from shop.stock.files import SAMPLE_BYTES

    path = stock_file(tmp_path / "s.csv", 40_000)
    assert path.stat().st_size > 6 * SAMPLE_BYTES
    flow = ImportFlow(work)
    preview = flow.choose_file(path, title="冬装")
    assert len(preview.preview.sample) == 20 and flow.encoding_sure
    flow.set_encoding("gb18030")
    opened, read = file_reads
    assert opened == [str(path)] * 2 and read[0] < 2 * (SAMPLE_BYTES + 128 * 1024)


def test_flow_mapping_needs_the_required_columns(work, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("备注,货号,数量,供货价\n长袖T恤,T1,3,20\n", encoding="utf-8")
    flow = ImportFlow(work)
    flow.choose_file(path, title="T恤", supplier="小王")
    assert "name" in str(flow.mapping_problem())
    with pytest.raises(Exception, match="name"):
        flow.read_task()
    flow.set_column("name", 0)
    assert flow.mapping_problem() is None
    # No rejected row: the file is imported as it is read, in one pass.
    assert flow.read_done(run_inline(flow.read_task(), work)) == DONE
    assert flow.outcome.imported == 1
    assert service.preview_import(work, path, supplier="小王").remembered


def test_flow_cancel_before_running_writes_nothing(work, tmp_path):
    flow = ImportFlow(work)
    flow.choose_file(stock_file(tmp_path / "s.csv", 5, bad={1}), title="冬装")
    flow.read_done(run_inline(flow.read_task(), work))
    flow.cancel()
    assert flow.step == CANCELLED and service.list_lots(work) == []


# ---------------------------------------------------------------- the dialog

@pytest.fixture
def errors(monkeypatch):
    said = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda _p, e, title=None: said.append(str(e)))
    return said


def open_wizard(ui, qtbot, path, title="冬装"):
    wizard = ImportWizard(ui.ctx, ui.page("lots"), title=title)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_path(str(path))
    wizard.next_button.click()
    assert wizard.flow.step == MAPPING and wizard.steps.currentIndex() == 1
    return wizard


def test_report_then_import_the_valid_rows(ui, qtbot, tmp_path, errors):
    path = stock_file(tmp_path / "s.csv", 30, bad={4, 9})
    wizard = open_wizard(ui, qtbot, path)
    assert wizard.sample.rowCount() == 20 and wizard.sample.horizontalHeaderItem(0).text() == "款号"
    assert wizard.combos["quantity"].currentText() == "可售库存"
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == REPORT, timeout=20_000)
    assert wizard.report.rowCount() == 2
    cells = [wizard.report.item(0, c).text() for c in range(3)]
    assert cells == ["6", "可售库存", "quantity -1 is negative"]
    assert "2 rows were rejected and 28 rows are valid" in wizard.report_text.text()
    assert service.list_lots(ui.ctx.session.work()) == []
    assert wizard.next_button.text() == "Import the valid rows"
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == DONE, timeout=20_000)
    assert "28 items were imported into “冬装”" in wizard.done_text.text()
    assert [r.items for r in service.list_lots(ui.ctx.session.work())] == [28]
    page = ui.page("lots")
    ui.show_page("lots")
    qtbot.waitUntil(lambda: page.lots.rowCount() == 1)
    assert errors == []


def test_reason_is_translated_from_its_code(ui, qtbot, tmp_path, errors, monkeypatch):
    seen = []
    real = wizard_module.QCoreApplication.translate
    monkeypatch.setattr(wizard_module.QCoreApplication, "translate",
                        lambda ctx, text, *a: seen.append((ctx, text)) or real(ctx, text, *a))
    wizard = open_wizard(ui, qtbot, stock_file(tmp_path / "s.csv", 3, bad={1}))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == REPORT, timeout=20_000)
    assert ("stock", "quantity {value} is negative") in seen


def test_cancel_at_the_report_leaves_the_book_unchanged(ui, qtbot, tmp_path, errors):
    wizard = open_wizard(ui, qtbot, stock_file(tmp_path / "s.csv", 10, bad={2}))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == REPORT, timeout=20_000)
    wizard.cancel_button.click()
    assert wizard.flow.step == CANCELLED and wizard.result() == ImportWizard.Rejected
    assert service.list_lots(ui.ctx.session.work()) == []


def test_cancel_while_saving_rolls_back(ui, qtbot, tmp_path, errors, monkeypatch):
    wizard = open_wizard(ui, qtbot, stock_file(tmp_path / "s.csv", 12_000))
    read_task = wizard.flow.read_task
    saving = []

    def cancelled_half_way():
        task = read_task()
        saving.append(True)

        def run(work, ctx):
            report = ctx.report

            def cancel_at_5000(done, total=None, text=""):
                if text == "Saving" and done >= 5000:
                    ctx.cancel()  # as the progress dialog's Cancel does, inside the transaction
                report(done, total, text)
            ctx.report = cancel_at_5000
            return task(work, ctx)
        return run
    monkeypatch.setattr(wizard.flow, "read_task", cancelled_half_way)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.note.text() == "Nothing was imported.", timeout=20_000)
    assert saving and wizard.flow.step == MAPPING and wizard.flow.result is None
    assert service.list_lots(ui.ctx.session.work()) == [] and errors == []


def test_mapping_corrected_in_the_dialog(ui, qtbot, tmp_path, errors):
    path = tmp_path / "odd.csv"
    path.write_text("备注,货号,数量,供货价\n长袖T恤,T1,3,20\n", encoding="utf-8")
    wizard = open_wizard(ui, qtbot, path, title="T恤")
    assert not wizard.next_button.isEnabled() and "name" in wizard.mapping_problem.text()
    combo = wizard.combos["name"]
    combo.setCurrentIndex(combo.findData(0))
    assert wizard.next_button.isEnabled() and wizard.mapping_problem.text() == ""
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == DONE, timeout=20_000)
    assert service.items(ui.ctx.session.work(), "T恤").items[0].name == "长袖T恤"


def test_unreadable_file_is_refused_on_the_first_step(ui, qtbot, tmp_path, errors):
    path = tmp_path / "junk.csv"
    path.write_text("hello,world\n1,2\n", encoding="utf-8")
    wizard = ImportWizard(ui.ctx, ui.page("lots"), title="x")
    qtbot.addWidget(wizard)
    wizard.set_path(str(path))
    wizard.next_button.click()
    assert wizard.flow.step == FILE and "No header row found" in errors[-1]


def test_xlsx_sheet_is_chosen_on_the_first_step(ui, qtbot, tmp_path, errors):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "说明"
    book.active.append(["本表为库存清单"])
    stock = book.create_sheet("库存")
    stock.append(["商品名称", "货号", "库存", "吊牌价"])
    stock.append(["衬衫", "C1", 4, "199"])
    book.save(tmp_path / "s.xlsx")
    wizard = ImportWizard(ui.ctx, ui.page("lots"))
    qtbot.addWidget(wizard)
    wizard.set_path(str(tmp_path / "s.xlsx"))
    assert wizard.sheet_combo.isEnabled()
    assert [wizard.sheet_combo.itemText(i) for i in range(2)] == ["说明", "库存"]
    assert wizard.title_edit.text() == "s"
    wizard.sheet_combo.setCurrentText("库存")
    wizard.next_button.click()
    assert wizard.flow.step == MAPPING and wizard.flow.sheet == "库存"
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == DONE, timeout=20_000)
    assert service.items(ui.ctx.session.work(), "s").items[0].name == "衬衫"


# ---------------------------------------------------------------- the text encoding

def big5_file(path):
    path.write_bytes(BIG5.encode("big5"))
    return path


def test_flow_encoding_not_certain_is_chosen_before_reading(work, tmp_path):
    flow = ImportFlow(work)
    preview = flow.choose_file(big5_file(tmp_path / "b.csv"), title="繁体")
    # Big5 read as GB18030 would be garbage: not certain, so the user is asked.
    assert flow.is_text and not flow.encoding_sure
    assert "big5" in flow.likely_encodings() and preview.preview.encoding in flow.likely_encodings()
    assert isinstance(flow.encoding_problem(), UserFacingError)
    with pytest.raises(UserFacingError, match="encoding"):
        flow.read_task()
    preview = flow.set_encoding("big5")
    assert flow.encoding_sure and flow.encoding_problem() is None
    assert preview.preview.sample[0][1][0] == "碎花連衣裙"
    assert flow.mapping_problem() is None and flow.mapping["name"] == 0
    assert flow.read_done(run_inline(flow.read_task(), work)) == DONE
    assert [i.name for i in service.items(work, "繁体").items] == ["碎花連衣裙", "襯衫"]


def test_flow_sure_encoding_needs_no_choice(work, tmp_path):
    flow = ImportFlow(work)
    flow.choose_file(stock_file(tmp_path / "s.csv", 3), title="冬装")
    assert flow.is_text and flow.encoding_sure and flow.shown_encoding == "gb18030"
    assert flow.encoding_problem() is None


def test_flow_counts_rejected_rows_not_problems(work, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(HEADER + "K1,,藏青,XL,-1,abc,2999\nK2,羽绒服,藏青,XL,5,99,2999\n",
                    encoding="utf-8")
    flow = ImportFlow(work)
    flow.choose_file(path, title="冬装")
    assert flow.read_done(run_inline(flow.read_task(), work)) == REPORT
    assert len(flow.rejections()) == 3 and {r.row for r in flow.rejections()} == {2}
    assert (flow.rejected_rows(), flow.valid_rows()) == (1, 1)


def test_wizard_shows_the_encoding_and_lets_the_user_choose(ui, qtbot, tmp_path, errors):
    wizard = open_wizard(ui, qtbot, big5_file(tmp_path / "b.csv"), title="繁体")
    combo = wizard.encoding_combo
    assert not combo.isHidden() and [combo.itemData(i) for i in range(combo.count())] == [
        "utf-8", "gb18030", "big5", "shift-jis", "utf-16"]
    assert "Big5" in wizard.encoding_note.text() and not wizard.next_button.isEnabled()
    combo.setCurrentIndex(combo.findData("big5"))
    combo.activated.emit(combo.currentIndex())
    assert wizard.flow.encoding == "big5" and wizard.encoding_note.text() == ""
    assert wizard.sample.item(0, 0).text() == "碎花連衣裙"
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == DONE, timeout=20_000)
    assert [i.name for i in service.items(ui.ctx.session.work(), "繁体").items] == ["碎花連衣裙", "襯衫"]
    assert errors == []


def test_wizard_has_no_encoding_for_a_workbook(ui, qtbot, tmp_path, errors):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["商品名称", "货号", "库存", "吊牌价"])
    book.active.append(["衬衫", "C1", 4, "199"])
    book.save(tmp_path / "s.xlsx")
    wizard = open_wizard(ui, qtbot, tmp_path / "s.xlsx")
    assert wizard.encoding_combo.isHidden() and wizard.next_button.isEnabled()


def test_report_counts_rows(ui, qtbot, tmp_path, errors):
    path = tmp_path / "p.csv"
    path.write_text(HEADER + "K1,,藏青,XL,-1,abc,2999\nK2,羽绒服,藏青,XL,5,99,2999\n",
                    encoding="utf-8")
    wizard = open_wizard(ui, qtbot, path)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.flow.step == REPORT, timeout=20_000)
    assert wizard.report.rowCount() == 3
    assert "1 rows were rejected and 1 rows are valid" in wizard.report_text.text()
