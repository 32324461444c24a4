"""The Downline page's chart of a team's months (checked against the statements, another
query) and its Commission plan… dialog, clicked as `ziliudi downline plan` is used: a plan
set, a deeper one and an entry fee refused with nothing changed, three levels warned."""

import json
import time
from dataclasses import astuple

import pytest
from PySide6.QtWidgets import QDialog

from desktop.cli import main
from desktop.services import downline as service
from desktop.services import lots
from desktop.ui import dialogs
from desktop.ui.downline_plan import PlanDialog
from shop.downline import demo, ledger
from shop.downline.plan import Binding, binding_of, set_binding
from shop.lots.demo import TITLE as DEMO_LOT
from shop.lots.model import Terms


@pytest.fixture
def page(ui, qtbot, monkeypatch):
    ui.open_profile("demo")
    ui.show_page("downline")
    page = ui.page("downline")
    page.seen = {"errors": [], "info": []}
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None:
                        page.seen["errors"].append(dialogs.error_text(e)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text, title=None:
                        page.seen["info"].append(text))
    return page


def wait(page, qtbot):
    qtbot.waitUntil(lambda: not page.ctx.tasks.running, timeout=20_000)
    page.ctx.tasks.wait(20_000)


def from_statements(work, member, at):
    """A team's months as the statements add them up: the team's own sales, the member's
    commission from its statement line."""
    team = {member.lower()} | {m.member.lower() for m in service.all_members(work, member)}
    out = []
    for month in service.last_months(12, at):
        lines = ledger.statement(work.db, month, at=at)
        ours = [l for l in lines if l.member.lower() in team]
        mine = [l for l in lines if l.member.lower() == member.lower()]
        out.append((month, "CNY", sum(l.sales for l in ours), sum(l.refunded for l in ours),
                    sum(l.commission for l in mine), sum(l.reversed for l in mine)))
    return out


def test_the_months_of_a_team_agree_with_the_statements(page):
    work = page.ctx.session.work()
    at = int(time.time())
    me = service.own_account(work)
    assert me == demo.ROOT
    for member in (me, demo.MEMBERS[0][1], demo.MEMBERS[6][1], demo.MEMBERS[-1][1]):
        months = [astuple(f) for f in service.monthly_figures(work, member, at=at)]
        assert months == from_statements(work, member, at)
    mine = service.monthly_figures(work, me, at=at)
    assert sum(f.sales for f in mine) > 0 and sum(f.commission for f in mine) > 0
    assert sum(f.reversed for f in mine) > 0  # the demo has refunds that took some back
    with pytest.raises(Exception, match="1 to 120 months"):
        service.monthly_figures(work, me, months=0)


def test_the_chart_follows_the_chosen_member(page, qtbot):
    work = page.ctx.session.work()
    me = service.own_account(work)
    expected = service.monthly_figures(work, me)
    qtbot.waitUntil(lambda: page.chart.figures == expected, timeout=10_000)
    chart = page.chart.chart()
    assert chart.title().startswith("Your team") and "元" in chart.title()
    bars, line = chart.series()
    (sales,) = bars.barSets()
    assert [sales.at(n) for n in range(sales.count())] == [
        (f.sales - f.refunded) / 100 for f in expected]
    assert [(p.x(), p.y()) for p in line.points()] == [
        (n, f.commission / 100) for n, f in enumerate(expected)]

    item = page.tree.topLevelItem(0)
    member = item.text(0)
    page.tree.setCurrentItem(item)
    theirs = service.monthly_figures(work, member)
    assert theirs != expected
    qtbot.waitUntil(lambda: page.chart.figures == theirs, timeout=10_000)
    assert member in page.chart.chart().title()


def test_months_on_the_command_line(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "--demo", "downline", "months", "--member",
                 demo.MEMBERS[0][1], "--months", "3", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["member"] == demo.MEMBERS[0][1]
    assert [m["month"] for m in doc["months"]] == service.last_months(3)
    assert all(type(m[k]) is int for m in doc["months"] for k in ("sales", "commission"))
    assert main(["--data-dir", str(data_dir), "--demo", "downline", "months", "--member",
                 demo.ROOT, "--months", "0"]) == 1
    assert "1 to 120 months" in capsys.readouterr().err


def test_the_plan_dialog_sets_refuses_and_warns(page, qtbot, monkeypatch):
    work = page.ctx.session.work()
    lot = lots.create_lot(work, "夏装", terms=Terms(commission_bps=(500,)))
    set_binding(work.db, lot.id, Binding("latest"))
    work.db.conn.commit()
    answers, shown = [], []

    def answer(dialog):
        shown.append(dialog)
        dialog.lot.setCurrentText("夏装")
        answers.pop(0)(dialog)
        return QDialog.Accepted

    monkeypatch.setattr(PlanDialog, "exec", answer)

    def click():
        page.buttons["plan"].click()
        wait(page, qtbot)

    def stored():
        return lots.get_lot(work, "夏装").terms.commission_bps, binding_of(work.db, lot.id)

    def ten_three_for_30_days(d):
        # The dialog opens on the lot's plan as it stands.
        assert (d.levels.text(), d.binding.currentData()) == ("5", "latest")
        assert not d.days.isEnabled() and d.warning.isHidden()
        d.levels.setText("10,3")
        d.binding.setCurrentIndex(d.binding.findData("days"))
        d.days.setValue(30)
        assert d.days.isEnabled() and d.warning.isHidden()

    answers.append(ten_three_for_30_days)
    click()
    assert page.seen["errors"] == []
    assert stored() == ((1000, 300), Binding("days", 30))
    assert page.seen["info"][-1] == ("夏装: level 1: 10%, level 2: 3%; customers stay with "
                                     "their distributor for 30 days.")

    def four_levels(d):
        assert d.levels.text() == "10,3"
        d.levels.setText("10,3,1,1")
        d.binding.setCurrentIndex(d.binding.findData("permanent"))

    answers.append(four_levels)
    click()
    assert "at most 3 levels" in page.seen["errors"][-1]
    assert "Pyramid Selling" in page.seen["errors"][-1]
    assert stored() == ((1000, 300), Binding("days", 30))  # the binding did not change either

    for field, text, reason in (("entry_fee", "99", "entry fee"),
                                ("recruit_reward", "5", "recruiting"),
                                ("entry_fee", "a lot", "is not an amount")):
        answers.append(lambda d, field=field, text=text: getattr(d, field).setText(text))
        click()
        assert reason in page.seen["errors"][-1]
        assert stored() == ((1000, 300), Binding("days", 30))

    def three_levels(d):
        d.levels.setText("10,3,1")
        assert not d.warning.isHidden()
        assert "Pyramid Selling art. 2" in d.warning.text() and "224-1" in d.warning.text()

    answers.append(three_levels)
    count = len(page.seen["errors"])
    click()
    assert len(page.seen["errors"]) == count
    assert stored()[0] == (1000, 300, 100)
    assert "level 3: 1%" in page.seen["info"][-1] and "224-1" in page.seen["info"][-1]

    # A published lot keeps its levels (as on the command line); its binding can change.
    def published_lot(d):
        d.lot.setCurrentText(DEMO_LOT)
        assert d.levels.text() == "10,3"
        d.levels.setText("12,3")

    answers.append(published_lot)
    click()
    assert "only a draft lot can be changed" in page.seen["errors"][-1]
    assert lots.get_lot(work, DEMO_LOT).terms.commission_bps == (1000, 300)

    def published_binding(d):
        d.lot.setCurrentText(DEMO_LOT)
        d.binding.setCurrentIndex(d.binding.findData("permanent"))

    answers.append(published_binding)
    count = len(page.seen["errors"])
    click()
    assert len(page.seen["errors"]) == count
    lot_id = lots.get_lot(work, DEMO_LOT).id
    assert binding_of(work.db, lot_id).mode == "permanent"


def test_the_plan_button_on_a_profile_without_lots(ui, qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None:
                        errors.append(dialogs.error_text(e)))
    ui.ctx.session.profiles.create("shop")
    ui.open_profile("shop")
    ui.show_page("downline")
    page = ui.page("downline")
    monkeypatch.setattr(PlanDialog, "exec", lambda d: pytest.fail("no lot, no dialog"))
    page.buttons["plan"].click()
    assert errors == ["There is no lot yet: a commission plan belongs to a lot (make one on "
                      "the Lots page)."]


def test_the_demo_s_statements_show_every_state_and_what_was_reversed(page, qtbot, monkeypatch):
    from desktop.ui.pages.downline import StatementDialog

    shown, months = [], service.last_months(12)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: months[len(shown)])
    monkeypatch.setattr(StatementDialog, "exec", lambda d: shown.append(d) or 0)
    columns = {"Frozen": set(), "Available": set(), "Settled": set(), "Reversed": set()}
    for _ in months:
        page.buttons["statement"].click()
        wait(page, qtbot)
        table = shown[-1].table
        names = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        for name, members in columns.items():
            column = names.index(name)
            members |= {table.item(r, 0).text() for r in range(table.rowCount())
                        if table.item(r, 0).text() != "Total"
                        and table.item(r, column).text() != "¥0.00"}
    assert page.seen["errors"] == []
    assert all(len(members) >= 3 for members in columns.values()), columns
