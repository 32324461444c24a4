"""The books for the GUI and the command line: catch up on unposted events, balances and
profit over a period, the journal a page at a time, a manual entry (with a receipt
picture), a reversal, and the exports for an accountant.

Every function takes the work unit first; writes record work.changed("books").
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from desktop.services.amounts import NATIVE
from desktop.services.errors import UserFacingError
from shop import pictures
from shop.books import export, journal, pages, posting, reports
from shop.money import Money, currency
from shop.stock.export import write_atomically

AREA = "books"


def catch_up(work) -> int:
    """Post every business event not posted yet (an older version's, or none at all); how many
    entries were posted."""
    count = posting.catch_up(work.db, NATIVE)
    if count:
        work.changed(AREA)
    return count


def day_start(text: str) -> int:
    """UTC seconds of the local midnight that starts the day typed as YYYY-MM-DD."""
    try:
        day = dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise UserFacingError("“{text}” is not a date (write it as 2025-01-31).",
                              text=str(text)[:30]) from None
    return int(dt.datetime(day.year, day.month, day.day).timestamp())


def day_after(text: str) -> int:
    """UTC seconds of the local midnight that ends the day typed as YYYY-MM-DD."""
    day = dt.datetime.fromtimestamp(day_start(text)) + dt.timedelta(days=1)
    return int(dt.datetime(day.year, day.month, day.day).timestamp())


def report(work, start: int | None = None, end: int | None = None) -> reports.Report:
    """Balances at `end` and profit and loss within [start, end) (UTC seconds, None for open)."""
    if start is not None and end is not None and end <= start:
        raise UserFacingError("The period ends before it starts.")
    return reports.report(work.db, start, end)


def cny_values(work, start: int | None = None, end: int | None = None):
    """Income and expenses in tokens, valued in 元 at their offers' rates, within a period."""
    return reports.cny_values(work.db, start, end)


def sales(work, by: str, start: int | None = None, end: int | None = None,
          buyer_names=None):
    """Net sales, cost of goods and margin per lot, listing, customer or day; escrow buyers
    are named by `buyer_names` (storefront.buyer_names, from their delivery details) or
    else by their short addresses."""
    return reports.sales_by(work.db, by, start, end, buyer_names)


def journal_page(conn, flt: pages.JournalFilter, after, limit: int):
    """One page of the journal (see shop.books.pages); conn may be a read-only connection."""
    return pages.journal_page(conn, flt, after, limit)


def record(work, debit: str, credit: str, amount: str, *, currency_code: str = "CNY",
           memo: str = "", at: int | None = None, receipt: str = "") -> int:
    """Post a manual entry of `amount` (typed as people write it) from `credit` to `debit`;
    `receipt` is a picture file the user picked (stored re-encoded in the profile). The new
    entry's id."""
    import time

    if debit == credit:
        raise UserFacingError("An entry moves money between two different accounts.")
    if not str(memo).strip():
        raise UserFacingError("Say what the entry is for.")
    money = Money.parse(str(amount), currency(currency_code.strip().upper()),
                        limit=10**18)
    if money.units == 0:
        raise UserFacingError("The amount of an entry cannot be zero.")
    if receipt:
        receipt = pictures.store_file(receipt, work.profile.images_folder)
    entry_id = journal.post(work.db, [journal.Line(debit, money), journal.Line(credit, -money)],
                            at=int(time.time()) if at is None else at, memo=memo,
                            receipt=receipt)
    work.changed(AREA)
    return entry_id


def accounts(work) -> list[tuple[str, str]]:
    """The chart of accounts: (code, kind)."""
    return journal.accounts(work.db)


def reverse(work, entry_id: int, memo: str = "") -> int:
    """Post the entry that undoes entry_id; the reversal's id."""
    new_id = journal.reverse(work.db, int(entry_id), memo=memo)
    work.changed(AREA)
    return new_id


def entry(work, entry_id: int) -> journal.Entry:
    """One entry with its lines."""
    return journal.entry(work.db, int(entry_id))


def receipt_file(work, entry_id: int) -> Path:
    """The stored picture of an entry's receipt; refused for an entry without one and for a
    picture gone from the profile's pictures."""
    e = journal.entry(work.db, int(entry_id))
    if not e.receipt:
        raise UserFacingError("Entry #{entry} has no receipt picture.", entry=e.id)
    path = pictures.resolve(work.profile.images_folder, e.receipt)
    if path is None:
        raise UserFacingError("The receipt picture of entry #{entry} is missing from the "
                              "profile's pictures.", entry=e.id)
    return path


def save_receipt(work, entry_id: int, out) -> Path:
    """Write an entry's receipt picture to the file `out` (there and nowhere else, replacing
    a file of that name); the file written. Refused as receipt_file refuses, and for a
    folder or a folder that does not exist."""
    source = receipt_file(work, entry_id)
    out = Path(out)
    if out.is_dir():
        raise UserFacingError("“{path}” is a folder; name the file to write.", path=str(out))
    if not out.parent.is_dir():
        raise UserFacingError("There is no folder “{path}”.", path=str(out.parent))
    write_atomically(out, lambda partial: shutil.copyfile(source, partial))
    return out


def export_beancount(work, path) -> int:
    """Write the journal as a Beancount file (posting what is not posted first); how many
    entries it holds."""
    catch_up(work)
    return export.write_beancount(work.db, path, title=work.profile.name)


def export_csv(work, path) -> int:
    """Write the journal as CSV, one row per line (posting what is not posted first)."""
    catch_up(work)
    return export.write_journal_csv(work.db, path)


def export_report(work, path, start: int | None = None, end: int | None = None,
                  draw_pdf=None, buyer_names=None) -> int:
    """Write every report of a period as XLSX (a .xlsx path), PDF (.pdf) or CSV (posting what
    is not posted first); how many rows. A PDF is drawn by `draw_pdf(path, sections,
    period)` (desktop.render.books_report, which the services do not import), `period` the
    days as text; escrow buyers are named as in sales()."""
    if start is not None and end is not None and end <= start:
        raise UserFacingError("The period ends before it starts.")
    catch_up(work)
    if str(path).lower().endswith(".pdf") and draw_pdf is not None:
        sections = export.report_sections(work.db, start, end, buyer_names)
        first = "…" if start is None else dt.date.fromtimestamp(start).isoformat()
        last = "…" if end is None else dt.date.fromtimestamp(end - 1).isoformat()
        draw_pdf(path, sections, f"{first} – {last}")
        return sum(len(s.rows) for s in sections)
    return export.write_report(work.db, path, start, end, buyer_names)


def flows(work, start: int | None = None, end: int | None = None):
    """Cash and token flows of a period (posting what is not posted first)."""
    catch_up(work)
    return reports.flows(work.db, start, end)


def sell_through(work) -> list:
    """Each lot's sell-through as it stands: the rows of the report's section."""
    return export.sell_through_section(work.db).rows


MONEY_ACCOUNTS = ("Assets:Cash", "Assets:WeChatPay", "Assets:Alipay", "Assets:Bank",
                  "Assets:Wallet", "Assets:Credits")
DASHBOARD_DAYS = 30


@dataclass(frozen=True)
class Dashboard:
    """The home page's figures: this month's net sales and income less expenses, where the
    money is, what the stock is worth, and net sales per day over the last 30 days."""

    month_sales: tuple  # shop.money.Money per currency
    month_profit: tuple
    money: tuple  # shop.books.reports.Balance of the money accounts
    inventory: tuple
    days: tuple  # (YYYY-MM-DD, net sales in 分) of the last DASHBOARD_DAYS days, oldest first


def dashboard(work, now: int | None = None) -> Dashboard:
    """The home page's figures at `now` (UTC seconds, the clock's by default), read on the
    plain sqlite3 connection: the home page shows before sqlite-utils is loaded."""
    import time

    conn = work.conn
    now = int(time.time()) if now is None else int(now)
    local = dt.datetime.fromtimestamp(now)
    month = int(dt.datetime(local.year, local.month, 1).timestamp())
    first_day = dt.date.fromtimestamp(now) - dt.timedelta(days=DASHBOARD_DAYS - 1)
    r = reports.report(conn, month, now + 1)
    sales_rows = reports.sales_by(conn, "lot", month, now + 1)
    month_sales: dict = {}
    for s in sales_rows:
        month_sales[s.sales.currency] = month_sales.get(s.sales.currency, 0) + s.sales.units
    by_day = {s.key: s.sales.units for s in reports.sales_by(
        conn, "local_day", day_start(first_day.isoformat()), now + 1)
        if s.sales.currency.code == "CNY"}
    days = tuple(((first_day + dt.timedelta(days=n)).isoformat(),
                  by_day.get((first_day + dt.timedelta(days=n)).isoformat(), 0))
                 for n in range(DASHBOARD_DAYS))
    return Dashboard(
        tuple(Money(units, cur) for cur, units in month_sales.items()), r.net_income(),
        tuple(b for b in r.balances if b.account in MONEY_ACCOUNTS),
        tuple(b.money for b in r.balances if b.account == "Assets:Inventory"), days)
