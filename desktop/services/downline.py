"""The downline for the GUI page and the command line: invites, joining, accepting members,
the tree, a lot's commission plan and the payees an offer carries.

Every function takes the work unit first; writes end with work.changed("downline").
Signatures are the wallet's: an invite and an acceptance are signed by the account that
sells (the store's payout account, else the only account).
"""

from __future__ import annotations

import csv
import json
import time
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from shop.downline import (errors as downline_errors, invites as downline_invites,
                           ledger as downline_ledger, plan as downline_plan,
                           split as downline_split, tree as downline_tree)
from desktop.services import storefront
from desktop.services.errors import UserFacingError
from shop.downline.invites import DEFAULT_DAYS, LINK_PREFIX
from shop.lots.lots import get_lot, update_lot
from shop.money import Money, currency
from shop.stock.export import write_xlsx
from shop.storefront.listings import live_listings
from shop.storefront.share import qr
from wallet.signer import recover_typed_data

AREA = "downline"
BOOKS_AREA = "books"  # a payment by hand is posted to the books
MAX_FILE = 64 * 1024


def _recover(full_message, signature):
    return recover_typed_data(full_message, signature)


def _now(at: int | None) -> int:
    return int(time.time()) if at is None else at


def own_account(work, ref: str | None = None) -> str:
    """The account this profile's downline is about: `ref` (an address or label), else the
    store's payout account, else the only wallet account."""
    accounts = work.wallet.accounts.list()
    if not accounts:
        raise UserFacingError("There is no wallet account yet: make one on the Wallet page "
                              "or with “ziliudi wallet new”.")
    if ref is None:
        ref = storefront.store_profile(work).payout_account.strip() or None
    if ref is None:
        if len(accounts) != 1:
            raise UserFacingError("This profile has {count} wallet accounts: make the one whose "
                                  "downline this is the store's payout account (Storefront, "
                                  "Store profile…), or name it with --account ADDRESS|LABEL.",
                                  count=len(accounts))
        return accounts[0].address
    matches = [a for a in accounts if ref.strip().lower() in (a.address.lower(), a.label.lower())]
    if len(matches) != 1:
        raise UserFacingError("There is no single account with the address or label “{ref}”.",
                              ref=ref)
    return matches[0].address


def _text_of(code_or_file: str) -> str:
    """The text itself, or the text of the file it names."""
    text = (code_or_file or "").strip()
    if text.startswith(("ZLD-", LINK_PREFIX)):
        return text
    path = Path(text).expanduser()
    try:
        if path.is_file():
            if path.stat().st_size > MAX_FILE:
                raise downline_errors.InviteDamaged("This is not a Ziliudi invite or acceptance.")
            return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        pass
    return text


# ------------------------------------------------------------------ invites

@dataclass(frozen=True)
class IssuedInvite:
    """An invite ready to share: the text to paste, the link and its QR (PNG bytes)."""

    invite: downline_invites.Invite
    text: str
    link: str
    qr_png: bytes

    def as_json(self) -> dict:
        return {"invite": self.text, "link": self.link, "upline": self.invite.upline,
                "code": self.invite.code, "expiry": self.invite.expiry}


def issue_invite(work, signer, *, days: int = DEFAULT_DAYS,
                 at: int | None = None) -> IssuedInvite:
    """Sign a new invite with `signer` (an unlocked wallet signer), valid for `days` days;
    it carries this account's own binding, so members learn the line above too."""
    at = _now(at)
    via = downline_tree.acceptance_of(work.db, signer.address)
    invite = downline_invites.new_invite(signer.address, sign=signer.sign_typed_data, at=at, days=days,
                             via=via)
    downline_tree.record_invite(work.db, invite, at=at)
    work.changed(AREA)
    return IssuedInvite(invite, invite.text, invite.link, qr(invite.link).png(scale=6))


def invite(work, address: str, password: str, *, days: int = DEFAULT_DAYS,
           at: int | None = None) -> IssuedInvite:
    """Unlock `address` with its password and sign a new invite (see issue_invite)."""
    with work.wallet.unlocked(address, password) as signer:
        return issue_invite(work, signer, days=days, at=at)


def read_invite(work, code_or_file: str, *, at: int | None = None) -> downline_invites.Invite:
    """The invite in a code, link or file, its signatures checked offline; refuses a
    damaged, tampered or expired one with the reason."""
    return downline_invites.read_invite(_text_of(code_or_file), recover=_recover, at=_now(at))


def check_join(work, address: str, invite: downline_invites.Invite) -> None:
    """Refuse joining `invite` as `address` for the reason the tree gives."""
    downline_tree.check_binding(work.db, address, invite.upline, invite.code)
    via = invite.via
    while via is not None:
        downline_tree.check_binding(work.db, via.member, via.invite.upline, via.invite.code)
        via = via.invite.via


def join(work, address: str, password: str, code_or_file: str, *,
         at: int | None = None) -> downline_invites.Acceptance:
    """Join the downline of the invite's upline as `address`: the invite is checked, the
    acceptance signed and recorded; returns it, to send back to the upline."""
    at = _now(at)
    invite = read_invite(work, code_or_file, at=at)
    check_join(work, address, invite)
    with work.wallet.unlocked(address, password) as signer:
        acceptance = downline_invites.accept(invite, signer.address, sign=signer.sign_typed_data, at=at)
    downline_tree.record(work.db, acceptance, at=at)
    work.changed(AREA)
    return acceptance


def accept_member(work, code_or_file: str, *, at: int | None = None) -> downline_invites.Acceptance:
    """The upline's side: record a member from its acceptance (a code or file), every
    signature checked; refuses one that answers someone else's invite."""
    acceptance = downline_invites.read_acceptance(_text_of(code_or_file), recover=_recover)
    accounts = [a.address for a in work.wallet.accounts.list()]
    if downline_tree.accept_for(work.db, acceptance, accounts, at=_now(at)):
        work.changed(AREA)
    return acceptance


# ------------------------------------------------------------------ the tree

@dataclass(frozen=True)
class Tree:
    """The account, its upline (if bound) and one level of members below `parent`."""

    account: str
    upline: str | None
    total: int
    members: list

    def as_json(self) -> dict:
        return {"account": self.account, "upline": self.upline, "total": self.total,
                "members": [{"member": m.member, "upline": m.upline, "depth": m.depth,
                             "joined_at": m.joined_at, "below": m.members}
                            for m in self.members]}


def tree(work, account: str, *, parent: str | None = None, limit: int = 500,
         offset: int = 0) -> Tree:
    """The downline of `account`: one page of the members right below `parent`."""
    db = work.db
    return Tree(account, downline_tree.upline_of(db, account), downline_tree.members_below(db, account),
                downline_tree.subtree(db, account, parent=parent, limit=limit, offset=offset))


def all_members(work, account: str) -> list:
    """Every member below `account`, level by level (for `downline tree`)."""
    out, level = [], [account]
    while level:
        below = [m for parent in level for m in downline_tree.subtree(work.db, account, parent=parent,
                                                             limit=1_000_000)]
        out += below
        level = [m.member for m in below]
    return out


# ------------------------------------------------------------------ the plan

@dataclass(frozen=True)
class Plan:
    """A lot's commission plan: percent per level in basis points (level 1 the seller), the
    customer binding and the warnings it carries."""

    title: str
    levels_bps: tuple
    binding: downline_plan.Binding
    warnings: list

    def as_json(self) -> dict:
        return {"lot": self.title, "levels_bps": list(self.levels_bps),
                "binding": self.binding.mode, "days": self.binding.days,
                "warnings": self.warnings}


def plan(work, title: str) -> Plan:
    """The lot's plan as it stands."""
    lot = get_lot(work.db, title)
    levels = tuple(lot.terms.commission_bps)
    return Plan(lot.title, levels, downline_plan.binding_of(work.db, lot.id), downline_plan.check_plan(levels))


def plan_lots(work) -> list[str]:
    """The titles of the lots whose plan can be shown or set, the newest first."""
    return [row[0] for row in work.db.execute("SELECT title FROM lots ORDER BY id DESC")]


def levels_text(levels_bps) -> str:
    """Basis points per level as the percentages `set_plan` reads ("10,3")."""
    return ",".join(str(Decimal(b) / 100) for b in levels_bps)


def nonzero_amount(text: str) -> int:
    """1 when `text` is an amount other than zero (an entry fee or a recruiting reward
    asked for), 0 when it is empty or zero; refuses what is not an amount."""
    try:
        return int(Decimal((text or "").strip() or "0") != 0)
    except InvalidOperation:
        raise UserFacingError("“{text}” is not an amount.", text=text) from None


def set_plan(work, title: str, *, levels: str | None = None, binding: str | None = None,
             days: int | None = None, entry_fee: int = 0, recruit_reward: int = 0) -> Plan:
    """Set a lot's commission levels ("10,3": percent per level, a draft lot only) and its
    customer binding (permanent, days or latest; `days` for the second). Refuses a plan the
    law forbids (deeper than three levels, an entry fee, a reward for recruiting)."""
    from dataclasses import replace


    lot = get_lot(work.db, title)
    bps = downline_plan.parse_levels(levels) if levels is not None else tuple(lot.terms.commission_bps)
    downline_plan.check_plan(bps, entry_fee=entry_fee, recruit_reward=recruit_reward)
    with work.db.atomic():
        if bps != tuple(lot.terms.commission_bps):
            update_lot(work.db, title, terms=replace(lot.terms, commission_bps=bps))
        if binding is not None or days is not None:
            now = downline_plan.binding_of(work.db, lot.id)
            downline_plan.set_binding(work.db, lot.id, downline_plan.Binding(binding or now.mode,
                                                           days if days is not None else now.days))
    work.changed(AREA, "lots")
    return plan(work, title)


# ------------------------------------------------------------------ payees of offers

def offer_payees(work, seller: str, lot_id: int, unit_price: int, supplier,
                 sku: str) -> list[tuple[str, int]]:
    """The payees of an offer of one unit at `unit_price` (token units) from the lot:
    `supplier` ((account, supply price in token units) or None), then the seller's uplines
    under the lot's plan, each amount by shop.downline.split's rule. At most 3 in all."""
    row = work.db.execute("SELECT commission_bps FROM lots WHERE id = ?", [lot_id]).fetchone()
    levels = tuple(json.loads(row[0])) if row else ()
    uplines = downline_tree.line_above(work.db, seller, max(len(levels) - 1, 0)) if levels else []
    try:
        split = downline_split.split_unit(unit_price, levels, uplines,
                                supply=supplier[1] if supplier else None)
    except downline_errors.DownlineError:
        raise UserFacingError("The offer for {sku} cannot be signed: its price does not "
                              "cover the supply price and the uplines' commissions.",
                              sku=sku) from None
    payees = [(supplier[0], split.supplier)] if supplier else []
    return payees + [(account, amount) for account, amount in split.uplines if amount > 0]


@dataclass(frozen=True)
class LotPayees:
    """Who a lot's offers pay per unit besides the seller: the supplier (its supply price),
    and each upline with its level and rate in basis points of the price."""

    title: str
    supplier: str | None
    uplines: list  # [(account, level, bps)]


def payees_by_lot(work, seller: str, *, at: int | None = None) -> list[LotPayees]:
    """For the signing prompt: per lot with live listings, who its offers pay."""
    out, seen = [], set()
    for item in live_listings(work.db, at=_now(at)):
        if item.lot_id in seen:
            continue
        seen.add(item.lot_id)
        title, bps = work.db.execute("SELECT title, commission_bps FROM lots WHERE id = ?",
                                     [item.lot_id]).fetchone()
        levels = json.loads(bps)
        supplier = (item.supplier_address if item.lot_origin == "sheet" and item.supply_price
                    else None)
        above = downline_tree.line_above(work.db, seller, max(len(levels) - 1, 0)) if levels else []
        out.append(LotPayees(title, supplier or None,
                             [(a, n + 2, b) for n, (a, b) in enumerate(zip(above, levels[1:]))]))
    return out


# ------------------------------------------------------------------ commissions

def collect_sales(work, *, at: int | None = None) -> int:
    """Record the escrow sales of this book's offers that closed with the seller paid, each
    with what it paid the uplines at levels 2 and 3 (from the signed offer) and frozen for
    the lot's after-sale window; a ruling or settlement reverses pro rata. How many new."""
    db = work.db
    rows = db.execute(
        "SELECT o.chain_id, o.contract, o.escrow_id, o.quantity, o.price, o.bond, o.seller,"
        " o.state, o.seller_amount, lo.offer, i.lot_id, l.freeze_seconds,"
        " (SELECT max(e.at) FROM order_events e WHERE e.order_id = o.id)"
        " FROM orders o JOIN listing_offers lo ON lower(lo.offer_hash) = lower(o.offer_hash)"
        " LEFT JOIN lot_items i ON i.id = lo.item_id LEFT JOIN lots l ON l.id = i.lot_id"
        " WHERE o.state IN ('Completed', 'Resolved') AND NOT EXISTS (SELECT 1 FROM"
        " downline_sales s WHERE s.source = 'escrow:' || o.chain_id || ':' ||"
        " lower(o.contract) || ':' || o.escrow_id)").fetchall()
    added = 0
    for (chain, contract, escrow, qty, price, bond, seller, state, seller_amount, offer,
         lot_id, freeze, closed_at) in rows:
        offer = json.loads(offer)
        paid = {a.lower(): int(n) * qty for a, n in zip(offer.get("payees", []),
                                                        offer.get("payeeAmounts", []))}
        above = [a.lower() for a in downline_tree.line_above(db, seller, 2)]
        levels = [paid.pop(a, 0) for a in above] + [0, 0]
        closed_at = closed_at or _now(at)
        source = f"escrow:{chain}:{contract.lower()}:{escrow}"
        sale = downline_ledger.Sale(source, seller, offer.get("token", "").lower(), closed_at,
                         closed_at + (freeze or 0), price,
                         price - sum(paid.values()) - levels[0] - levels[1], levels[0],
                         levels[1], lot_id)
        if not downline_ledger.record_sale(db, sale):
            continue
        added += 1
        if state == "Resolved":
            downline_ledger.reverse(db, source, max(min((seller_amount or 0) - bond, price), 0))
        downline_ledger.settle(db, source, sale.available_at, "chain")
    if added:
        work.changed(AREA)
    return added


def collect_offline_sales(work, seller: str, *, at: int | None = None) -> int:
    """Record `seller`'s paid offline orders not recorded yet, each with what the lot's plan
    owes its uplines at levels 2 and 3 (paid by hand: see mark_paid), frozen for the lot's
    after-sale window; an order cancelled after it was paid is reversed. How many new."""
    db = work.db
    rows = db.execute(
        "SELECT o.id, o.quantity, o.unit_price, o.currency, o.state, o.paid_at, i.lot_id,"
        " i.supply_price, l.origin, l.currency, l.commission_bps, l.freeze_seconds"
        " FROM offline_orders o JOIN lot_items i ON i.id = o.item_id"
        " JOIN lots l ON l.id = i.lot_id WHERE o.paid_at IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM downline_sales s WHERE s.source = 'offline:' || o.id)").fetchall()
    above = downline_tree.line_above(db, seller, 2)
    added = 0
    for (order_id, qty, unit, code, state, paid_at, lot_id, supply, origin, lot_code, bps,
         freeze) in rows:
        # The uplines' parts by the split rule; the supplier is owed its price besides.
        split = downline_split.split_unit(unit, tuple(json.loads(bps)), above)
        levels = [amount * qty for _, amount in split.uplines] + [0, 0]
        owed = qty * supply if supply is not None and origin == "sheet" and lot_code == code else 0
        total = qty * unit
        sale = downline_ledger.Sale(f"offline:{order_id}", seller, code, paid_at,
                                    paid_at + (freeze or 0), total,
                                    total - owed - levels[0] - levels[1], levels[0], levels[1],
                                    lot_id)
        added += downline_ledger.record_sale(db, sale)
    for (source,) in db.execute(
            "SELECT s.source FROM downline_sales s JOIN offline_orders o"
            " ON s.source = 'offline:' || o.id WHERE o.state = 'cancelled'"
            " AND s.refunded < s.total").fetchall():
        downline_ledger.reverse(db, source, 0)
        added += 1
    if added:
        work.changed(AREA)
    return added


def _collect(work, at: int | None) -> None:
    """Record the sales closed since last time: the escrow's, and this profile's offline
    orders when it has one account that sells."""
    collect_sales(work, at=at)
    try:
        seller = own_account(work)
    except UserFacingError:  # no account, or several and none chosen: no offline sales
        return
    collect_offline_sales(work, seller, at=at)


def statement(work, month: str, *, member: str | None = None,
              at: int | None = None) -> list:
    """Every member's statement for `month` ('2026-03'), or one member's, after recording the
    sales closed since last time."""
    _collect(work, at)
    return downline_ledger.statement(work.db, month, at=_now(at), member=member)


@dataclass(frozen=True)
class Owed:
    """What a member is owed by hand for a month (offline orders' commissions), per
    currency (shop.downline.ledger.Payable)."""

    member: str
    month: str
    amounts: list

    @property
    def text(self) -> str:
        """The amounts as people read them ("¥3.60")."""
        return ", ".join(Money(p.amount, currency(p.currency)).text() for p in self.amounts)

    @property
    def sales(self) -> int:
        return sum(p.sales for p in self.amounts)

    def as_json(self) -> dict:
        return {"member": self.member, "month": self.month, "sales": self.sales,
                "amounts": [{"currency": p.currency, "amount": p.amount, "sales": p.sales}
                            for p in self.amounts]}


def owed(work, member: str, month: str, *, at: int | None = None) -> Owed:
    """What `member` is owed by hand for `month` and can be marked paid now; refused with
    the reason when nothing is."""
    _collect(work, at)
    amounts = downline_ledger.payable(work.db, member, month, at=_now(at))
    if not amounts:
        raise downline_ledger.nothing_to_pay(member, month)
    return Owed(member, month, amounts)


def mark_paid(work, member: str, month: str, *, via: str = "cash",
              at: int | None = None) -> Owed:
    """Mark paid what `member` is owed by hand for `month` (the offline orders' commissions
    available now), paid by `via` (cash, wechat, alipay, bank): they become settled and the
    payment is posted to the books. Refused when nothing is available."""
    _collect(work, at)
    done = Owed(member, month, downline_ledger.mark_paid(work.db, member, month, at=_now(at),
                                                         via=via))
    work.changed(AREA, BOOKS_AREA)
    return done


def this_month(at: int | None = None) -> str:
    """The current month in UTC, as statements name it."""
    return time.strftime("%Y-%m", time.gmtime(_now(at)))


STATEMENT_COLUMNS = ("member", "currency", "sales", "refunded", "own", "level2", "level3",
                     "frozen", "available", "settled", "reversed", "share_bps")


TOTAL = "total"
#: The columns a currency's total adds up.
_SUMMED = STATEMENT_COLUMNS[2:]


def statement_totals(lines) -> list[dict]:
    """Per currency, the statement's lines added up (member "total"), in the lines' order."""
    totals: dict = {}
    for line in lines:
        total = totals.setdefault(line.currency, dict.fromkeys(_SUMMED, 0))
        for name in _SUMMED:
            total[name] += getattr(line, name)
    return [{"member": TOTAL, "currency": c, **t} for c, t in totals.items()]


def statement_rows(lines) -> list[tuple]:
    """The statement as rows of STATEMENT_COLUMNS, amounts in minor units: each currency's
    lines, then its total."""
    totals = {t["currency"]: tuple(t.values()) for t in statement_totals(lines)}
    rows: list = []
    for line in lines:
        if rows and rows[-1][1] != line.currency:
            rows.append(totals[rows[-1][1]])
        rows.append(tuple(line))
    if rows:
        rows.append(totals[rows[-1][1]])
    return rows


def export_statement_csv(lines, path) -> int:
    """Write the statement (each currency's lines and total) to a CSV file, amounts in minor
    units; how many members' lines."""
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        out = csv.writer(f)
        out.writerow(STATEMENT_COLUMNS)
        out.writerows(statement_rows(lines))
    return len(lines)


def export_statement_xlsx(lines, path, month: str) -> int:
    """Write the statement to an XLSX workbook (one sheet named for the month), as the CSV;
    how many members' lines."""
    write_xlsx(path, statement_rows(lines), header=STATEMENT_COLUMNS, sheet_title=month)
    return len(lines)


def statement_text_rows(lines) -> list[tuple]:
    """statement_rows as people read them: amounts as money ("¥1,234.50"), the share as a
    percentage; for the screen and the PDF (the CSV and XLSX keep exact minor units)."""
    amounts = set(_SUMMED) - {"share_bps"}
    out = []
    for row in statement_rows(lines):
        code = row[1]
        out.append(tuple(
            Money(v, currency(code)).text(grouped=True) if name in amounts
            else f"{v // 100}.{v % 100:02d}%" if name == "share_bps" else v
            for name, v in zip(STATEMENT_COLUMNS, row)))
    return out


def export_statement_pdf(lines, path, month: str, draw_pdf) -> int:
    """Write the statement as a PDF drawn by `draw_pdf(path, month, columns, rows)`
    (desktop.render.downline_statement, which the services do not import), amounts as
    money; how many members' lines."""
    draw_pdf(path, month, STATEMENT_COLUMNS, statement_text_rows(lines))
    return len(lines)


# ------------------------------------------------------------------ the chart

CHART_MONTHS = 12
MAX_CHART_MONTHS = 120


@dataclass(frozen=True)
class MonthFigures:
    """One month of a member's team, in minor units of `currency`: what the member and
    everyone below it sold (`refunded` of it taken back), and the commission the member
    earned at levels 2 and 3 from those sales, less `reversed`."""

    month: str
    currency: str
    sales: int
    refunded: int
    commission: int
    reversed: int


def last_months(count: int, at: int | None = None) -> list[str]:
    """The `count` months up to and including this one (UTC), oldest first ('2026-03')."""
    year, month = map(int, this_month(at).split("-"))
    index = year * 12 + month - 1
    return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(index - count + 1, index + 1)]


# Sales are counted in the month the buyer confirmed them, as statements count them.
# `team` walks down from the member's account id; `earned` climbs one and two bindings up
# from each seller, which is where levels 2 and 3 are paid (one level per binding).
_MONTHLY_SQL = """
WITH RECURSIVE me(id) AS (SELECT id FROM downline_accounts WHERE address = :member),
team(id) AS (
    SELECT id FROM me
    UNION ALL SELECT a.id FROM downline_accounts a JOIN team ON a.upline_id = team.id),
recent AS (
    SELECT printf('%04d-%02d', s.month / 100, s.month % 100) AS month, s.seller_id, s.currency,
           s.total, s.refunded, s.level2, s.reversed2, s.level3, s.reversed3
    FROM downline_sales s WHERE s.at >= :start AND s.at < :end),
sold AS (
    SELECT month, currency, sum(total) AS sales, sum(refunded) AS refunded, 0 AS commission,
           0 AS reversed
    FROM recent WHERE seller_id IN (SELECT id FROM team) GROUP BY month, currency),
earned AS (
    SELECT w.month, w.currency, 0, 0,
      sum(CASE WHEN a1.upline_id = me.id THEN w.level2 - w.reversed2 ELSE 0 END)
      + sum(CASE WHEN a2.upline_id = me.id THEN w.level3 - w.reversed3 ELSE 0 END),
      sum(CASE WHEN a1.upline_id = me.id THEN w.reversed2 ELSE 0 END)
      + sum(CASE WHEN a2.upline_id = me.id THEN w.reversed3 ELSE 0 END)
    FROM recent w JOIN downline_accounts a1 ON a1.id = w.seller_id
    LEFT JOIN downline_accounts a2 ON a2.id = a1.upline_id
    JOIN me ON a1.upline_id = me.id OR a2.upline_id = me.id
    GROUP BY w.month, w.currency)
SELECT month, currency, sum(sales), sum(refunded), sum(commission), sum(reversed)
FROM (SELECT * FROM sold UNION ALL SELECT * FROM earned)
GROUP BY month, currency
"""


def monthly_figures(work, member: str, *, months: int = CHART_MONTHS,
                    at: int | None = None) -> list[MonthFigures]:
    """The last `months` months of `member`'s team as recorded, every month present for each
    currency sold in (zero where nothing was), oldest first; one read of the window's sales."""
    if type(months) is not int or not 1 <= months <= MAX_CHART_MONTHS:
        raise UserFacingError("Choose from 1 to {most} months.", most=MAX_CHART_MONTHS)
    names = last_months(months, at)
    start = downline_ledger.month_bounds(names[0])[0]
    end = downline_ledger.month_bounds(names[-1])[1]
    found = {(r[0], r[1]): r[2:] for r in work.db.execute(
        _MONTHLY_SQL, {"member": member, "start": start, "end": end}).fetchall()}
    currencies = sorted({currency for _, currency in found})
    return [MonthFigures(month, currency, *found.get((month, currency), (0, 0, 0, 0)))
            for currency in currencies for month in names]
