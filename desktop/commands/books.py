"""`ziliudi books balance | pnl | sales | flows | sellthrough | journal | record | reverse |
receipt | export`: the books (double-entry, kept from the shop's events), their reports and the
accountant's exports."""

from __future__ import annotations

from desktop.book_words import account_name, memo_text
from desktop.cli import print_json
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.render.books_report import write_report_pdf
from desktop.services import books as service, storefront
from desktop.services.errors import UserFacingError
from shop.books.pages import JournalFilter


def _bounds(args) -> tuple[int | None, int | None]:
    start = service.day_start(args.start) if args.start else None
    end = service.day_after(args.end) if args.end else None
    if start is not None and end is not None and end <= start:
        raise UserFacingError("The period ends before it starts.")
    return start, end


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
        print(f"{account_name(b.account, translate)}\t{b.money.text(grouped=True)}")
    for m in r.retained():
        print(translate("cli.books", "(income less expenses)") + f"\t{m.text(grouped=True)}")
    return 0


def pnl(ctx, args) -> int:
    work = _work(ctx)
    start, end = service.day_start(args.start), service.day_after(args.end)
    r = service.report(work, start, end)
    valued = service.cny_values(work, start, end)
    if args.json:
        print_json({"from": args.start, "to": args.end, "accounts": _balances_json(r.profit),
                    "net_income": [_money_json(m) for m in r.net_income()],
                    "tokens_in_cny": _balances_json(valued)})
        return 0
    for b in r.profit:
        print(f"{account_name(b.account, translate)}\t{(-b.money).text(grouped=True)}")
    for m in r.net_income():
        print(translate("cli.books", "net income") + f"\t{m.text(grouped=True)}")
    for b in valued:
        print(translate("cli.books", "{account} (tokens in CNY at the offers' rates)").format(
            account=account_name(b.account, translate)) + f"\t{(-b.money).text(grouped=True)}")
    return 0


# The first column of a sales report, by what it groups.
SALES_BY = {"lot": QT_TRANSLATE_NOOP("cli.books", "LOT"),
            "listing": QT_TRANSLATE_NOOP("cli.books", "LISTING"),
            "customer": QT_TRANSLATE_NOOP("cli.books", "CUSTOMER"),
            "day": QT_TRANSLATE_NOOP("cli.books", "DAY")}


def sales(ctx, args) -> int:
    work = _work(ctx)
    rows = service.sales(work, args.by, *_bounds(args), storefront.buyer_names(work))
    if args.json:
        print_json({"by": args.by, "rows": [
            {"key": s.key, "sales": _money_json(s.sales), "cost": _money_json(s.cost),
             "margin": _money_json(s.margin)} for s in rows]})
        return 0
    print("\t".join((translate("cli.books", SALES_BY[args.by]), translate("cli.books", "SALES"),
                     translate("cli.books", "COST"), translate("cli.books", "MARGIN"))))
    for s in rows:
        print(f"{s.key}\t{s.sales.text(grouped=True)}\t{s.cost.text(grouped=True)}\t"
              f"{s.margin.text(grouped=True)}")
    return 0


def show_flows(ctx, args) -> int:
    work = _work(ctx)
    rows = service.flows(work, *_bounds(args))
    if args.json:
        print_json({"from": args.start, "to": args.end, "rows": [
            {"account": f.account, "opening": _money_json(f.opening),
             "in": _money_json(f.inflow), "out": _money_json(f.outflow),
             "closing": _money_json(f.closing)} for f in rows]})
        return 0
    print("\t".join((translate("cli.books", "ACCOUNT"), translate("cli.books", "OPENING"),
                     translate("cli.books", "IN"), translate("cli.books", "OUT"),
                     translate("cli.books", "CLOSING"))))
    for f in rows:
        print("\t".join([account_name(f.account, translate), *(m.text(grouped=True) for m in (
            f.opening, f.inflow, f.outflow, f.closing))]))
    return 0


def sellthrough(ctx, args) -> int:
    work = _work(ctx)
    rows = service.sell_through(work)
    if args.json:
        print_json({"lots": [{"lot": title, "currency": code, "sold": sold, "offered": offered,
                              "sell_through": rate, "supply_value_sold": str(value)}
                             for title, code, sold, offered, rate, value in rows]})
        return 0
    print("\t".join((translate("cli.books", "LOT"), translate("cli.books", "SOLD"),
                     translate("cli.books", "OFFERED"), translate("cli.books", "SELL-THROUGH"),
                     translate("cli.books", "SUPPLY VALUE SOLD"))))
    for title, code, sold, offered, rate, value in rows:
        print(f"{title}\t{sold}\t{offered}\t{rate}\t{value} {code}")
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
        memo = memo_text(r.memo, r.memo_key, r.memo_args, translate)
        print(f"#{r.entry}\t{memo}\t{account_name(r.account, translate)}\t"
              f"{r.money.text(grouped=True)}")
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
        print(translate("cli.books", "posted entry #{entry}").format(entry=entry_id))
    return 0


def reverse(ctx, args) -> int:
    new_id = service.reverse(ctx.work(), args.entry, args.memo)
    if args.json:
        print_json({"entry": new_id, "reverses": args.entry})
    else:
        print(translate("cli.books", "entry #{entry} reversed by entry #{new}").format(
            entry=args.entry, new=new_id))
    return 0


def receipt(ctx, args) -> int:
    out = service.save_receipt(ctx.work(), args.entry, args.out)
    if args.json:
        print_json({"entry": args.entry, "file": str(out)})
    else:
        print(translate("cli.books", "wrote the receipt of entry #{entry} to {file}").format(
            entry=args.entry, file=out))
    return 0


def export(ctx, args) -> int:
    work = ctx.work()
    if args.format == "beancount":
        count = service.export_beancount(work, args.file)
        print(translate("cli.books", "wrote {count} entries to {file}").format(
            count=count, file=args.file))
    elif args.format == "report":
        count = service.export_report(
            work, args.file, service.day_start(args.start) if args.start else None,
            service.day_after(args.end) if args.end else None,
            lambda path, sections, period: write_report_pdf(path, "Books", period, sections),
            storefront.buyer_names(work))
        print(translate("cli.books", "wrote {count} rows to {file}").format(
            count=count, file=args.file))
    else:
        count = service.export_csv(work, args.file)
        print(translate("cli.books", "wrote {count} lines to {file}").format(
            count=count, file=args.file))
    return 0
