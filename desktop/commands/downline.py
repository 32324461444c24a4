"""`ziliudi downline ...`: invites, joining an upline, accepting members, the tree and a lot's
commission plan. Commands that sign take --password-stdin."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timezone

from desktop.cli import print_json, read_password
from desktop.render.downline_statement import write_statement_pdf
from desktop.services import downline as service
from shop.money import Money, currency


def _iso(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def invite(ctx, args) -> int:
    work = ctx.work()
    address = service.own_account(work, args.account)
    issued = service.invite(work, address, read_password(args), days=args.days)
    if args.qr:
        args.qr.write_bytes(issued.qr_png)
    if args.json:
        print_json(issued.as_json())
    else:
        print(f"invite from {issued.invite.upline}, valid until {_iso(issued.invite.expiry)}:")
        print(issued.text)
        print(f"link: {issued.link}")
    return 0


def join(ctx, args) -> int:
    work = ctx.work()
    address = service.own_account(work, args.account)
    # Refuse a bad invite before asking for a password.
    service.check_join(work, address, service.read_invite(work, args.invite))
    acceptance = service.join(work, address, read_password(args), args.invite)
    if args.out:
        args.out.write_text(acceptance.text + "\n", encoding="utf-8")
    if args.json:
        print_json({"member": acceptance.member, "upline": acceptance.invite.upline,
                    "acceptance": acceptance.text})
    else:
        print(f"{acceptance.member} joined the downline of {acceptance.invite.upline}. "
              "Send this acceptance back to your upline:")
        print(acceptance.text)
    return 0


def accept(ctx, args) -> int:
    acceptance = service.accept_member(ctx.work(), args.acceptance)
    if args.json:
        print_json({"member": acceptance.member, "upline": acceptance.invite.upline,
                    "joined_at": acceptance.joined_at})
    else:
        print(f"{acceptance.member} is in the downline of {acceptance.invite.upline}")
    return 0


def tree(ctx, args) -> int:
    work = ctx.work()
    account = service.own_account(work, args.account)
    top = service.tree(work, account, limit=0)
    members = service.all_members(work, account)
    if args.json:
        print_json({"account": account, "upline": top.upline, "total": top.total,
                    "members": [{"member": m.member, "upline": m.upline, "level": m.depth,
                                 "joined_at": m.joined_at, "below": m.members}
                                for m in members]})
        return 0
    print(f"{account} (upline: {top.upline or 'none'}), {top.total} members")
    for m in members:
        print(f"{'  ' * m.depth}{m.member}  joined {_iso(m.joined_at)}, {m.members} below")
    return 0


def plan(ctx, args) -> int:
    work = ctx.work()
    changes = any(v is not None for v in (args.levels, args.binding, args.days))
    fee = service.nonzero_amount(args.entry_fee)
    reward = service.nonzero_amount(args.recruit_reward)
    if changes or fee or reward:
        done = service.set_plan(work, args.lot, levels=args.levels, binding=args.binding,
                                days=args.days, entry_fee=fee, recruit_reward=reward)
    else:
        done = service.plan(work, args.lot)
    if args.json:
        print_json(done.as_json())
        return 0
    levels = ", ".join(f"level {n}: {b / 100:g}%" for n, b in enumerate(done.levels_bps, 1))
    binding = (f"{done.binding.days} days" if done.binding.mode == "days"
               else done.binding.mode)
    print(f"{done.title}: {levels or 'no commission'}; customers bound: {binding}")
    for warning in done.warnings:
        print(f"warning: {warning}")
    return 0


def statement(ctx, args) -> int:
    work = ctx.work()
    month = args.month or service.this_month()
    lines = service.statement(work, month, member=args.member)
    if args.csv:
        service.export_statement_csv(lines, args.csv)
    if args.xlsx:
        service.export_statement_xlsx(lines, args.xlsx, month)
    if args.pdf:
        service.export_statement_pdf(
            lines, args.pdf, month, lambda path, title, columns, rows: write_statement_pdf(
                path, f"Downline statement {title}", "Amounts in the currency's smallest unit",
                columns, rows))
    if args.json:
        print_json({"month": month, "lines": [l._asdict() for l in lines],
                    "totals": service.statement_totals(lines)})
        return 0
    print(f"statement for {month}: {len(lines)} members (amounts in minor units)")
    print("\t".join(service.STATEMENT_COLUMNS))
    for line in lines:
        print("\t".join(str(v) for v in line))
    return 0


def paid(ctx, args) -> int:
    done = service.mark_paid(ctx.work(), args.member, args.month)
    if args.json:
        print_json(done.as_json())
    else:
        print(f"marked paid to {done.member} for {done.month}: {done.text} "
              f"({done.sales} sales)")
    return 0


def months(ctx, args) -> int:
    work = ctx.work()
    member = args.member or service.own_account(work, args.account)
    figures = service.monthly_figures(work, member, months=args.months)
    if args.json:
        print_json({"member": member, "months": [asdict(f) for f in figures]})
        return 0
    print(f"{member}: the team's sales and the member's commission per month")
    print("\t".join(("month", "sales", "refunded", "commission", "reversed")))
    for f in figures:
        amounts = (Money(v, currency(f.currency)).text(grouped=True)
                   for v in (f.sales, f.refunded, f.commission, f.reversed))
        print("\t".join((f.month, *amounts)))
    return 0
