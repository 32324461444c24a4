"""`ziliudi books balance | pnl | sales | journal | record | reverse | export`: the books
(double-entry, kept from the shop's events), their reports and the accountant's exports."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.services import books as service
from shop.books.pages import JournalFilter


def _money_json(money) -> dict:
    return {"units": money.units, "currency": money.currency.code, "decimals":
            money.currency.decimals, "amount": money.plain()}


def _balances_json(rows) -> list[dict]:
    return [{"account": b.account, "kind": b.kind, **_money_json(b.money)} for b in rows]


def _work(ctx):
    work = ctx.work()
    service.catch_up(work)
    return work


def balance(ctx, args) -> int:
    work = _work(ctx)
    end = service.day_after(args.at) if args.at else None
    r = service.report(work, end=end)
    if args.json:
        print_json({"balances": _balances_json(r.balances),
                    "retained": [_money_json(m) for m in r.retained()]})
        return 0
    for b in r.balances:
        print(f"{b.account}\t{b.money.text(grouped=True)}")
    for m in r.retained():
        print(f"(income less expenses)\t{m.text(grouped=True)}")
    return 0


def pnl(ctx, args) -> int:
    work = _work(ctx)
    r = service.report(work, service.day_start(args.start), service.day_after(args.end))
    if args.json:
        print_json({"from": args.start, "to": args.end, "accounts": _balances_json(r.profit),
                    "net_income": [_money_json(m) for m in r.net_income()]})
        return 0
    for b in r.profit:
        print(f"{b.account}\t{(-b.money).text(grouped=True)}")
    for m in r.net_income():
        print(f"net income\t{m.text(grouped=True)}")
    return 0


def sales(ctx, args) -> int:
    work = _work(ctx)
    rows = service.sales(work, args.by)
    if args.json:
        print_json({"by": args.by, "rows": [
            {"key": s.key, "sales": _money_json(s.sales), "cost": _money_json(s.cost),
             "margin": _money_json(s.margin)} for s in rows]})
        return 0
    print(f"{args.by.upper()}\tSALES\tCOST\tMARGIN")
    for s in rows:
        print(f"{s.key}\t{s.sales.text(grouped=True)}\t{s.cost.text(grouped=True)}\t"
              f"{s.margin.text(grouped=True)}")
    return 0


def show_journal(ctx, args) -> int:
    work = _work(ctx)
    rows = service.journal_page(work.conn, JournalFilter(account=args.account), None,
                                max(1, args.limit))
    if args.json:
        print_json({"lines": [{"entry": r.entry, "at": r.at, "memo": r.memo, "source": r.source,
                               "reverses": r.reverses, "reversed": bool(r.reversed),
                               "account": r.account, **_money_json(r.money)} for r in rows]})
        return 0
    for r in rows:
        print(f"#{r.entry}\t{r.memo}\t{r.account}\t{r.money.text(grouped=True)}")
    return 0


def record(ctx, args) -> int:
    work = ctx.work()
    entry_id = service.record(work, args.debit, args.credit, args.amount,
                              currency_code=args.currency, memo=args.memo,
                              at=service.day_start(args.date) if args.date else None,
                              receipt=str(args.receipt) if args.receipt else "")
    if args.json:
        print_json({"entry": entry_id})
    else:
        print(f"posted entry #{entry_id}")
    return 0


def reverse(ctx, args) -> int:
    new_id = service.reverse(ctx.work(), args.entry, args.memo)
    if args.json:
        print_json({"entry": new_id, "reverses": args.entry})
    else:
        print(f"entry #{args.entry} reversed by entry #{new_id}")
    return 0


def export(ctx, args) -> int:
    work = ctx.work()
    if args.format == "beancount":
        count = service.export_beancount(work, args.file)
        print(f"wrote {count} entries to {args.file}")
    elif args.format == "report":
        count = service.export_report(
            work, args.file, service.day_start(args.start) if args.start else None,
            service.day_after(args.end) if args.end else None)
        print(f"wrote {count} rows to {args.file}")
    else:
        count = service.export_csv(work, args.file)
        print(f"wrote {count} lines to {args.file}")
    return 0
