"""`ziliudi downline ...`: invites, joining an upline, accepting members, the tree and a lot's
commission plan. Commands that sign take --password-stdin."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timezone

from desktop.cli import print_json, read_password
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.render.downline_statement import write_statement_pdf
from desktop.services import downline as service
from shop.money import Money, currency

# A lot's customer binding other than a number of days, in words.
BINDING_MODES = {"permanent": QT_TRANSLATE_NOOP("cli.downline", "permanent"),
                 "latest": QT_TRANSLATE_NOOP("cli.downline", "latest")}


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
        print(translate("cli.downline", "invite from {upline}, valid until {expiry}:").format(
            upline=issued.invite.upline, expiry=_iso(issued.invite.expiry)))
        print(issued.text)
        print(translate("cli.downline", "link: {link}").format(link=issued.link))
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
        print(translate("cli.downline", "{member} joined the downline of {upline}. Send this "
                        "acceptance back to your upline:").format(
            member=acceptance.member, upline=acceptance.invite.upline))
        print(acceptance.text)
    return 0


def accept(ctx, args) -> int:
    acceptance = service.accept_member(ctx.work(), args.acceptance)
    if args.json:
        print_json({"member": acceptance.member, "upline": acceptance.invite.upline,
                    "joined_at": acceptance.joined_at})
    else:
        print(translate("cli.downline", "{member} is in the downline of {upline}").format(
            member=acceptance.member, upline=acceptance.invite.upline))
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
    upline = top.upline or translate("cli.downline", "none")
    print(translate("cli.downline", "{account} (upline: {upline}), {total} members").format(
        account=account, upline=upline, total=top.total))
    for m in members:
        print("  " * m.depth + translate("cli.downline", "{member}  joined {at}, {below} below")
              .format(member=m.member, at=_iso(m.joined_at), below=m.members))
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
    levels = translate("cli.downline", ", ").join(
        translate("cli.downline", "level {n}: {percent}%").format(n=n, percent=f"{b / 100:g}")
        for n, b in enumerate(done.levels_bps, 1))
    print(translate("cli.downline", "{title}: {levels}; customers bound: {binding}").format(
        title=done.title, levels=levels or translate("cli.downline", "no commission"),
        binding=_binding_words(done.binding)))
    for warning in done.warnings:
        print(translate("cli.downline", "warning: {warning}").format(warning=warning))
    return 0


def _binding_words(binding) -> str:
    """How long a customer stays bound to the member who brought them, in words."""
    if binding.mode == "days":
        return translate("cli.downline", "{days} days").format(days=binding.days)
    return translate("cli.downline", BINDING_MODES[binding.mode]) \
        if binding.mode in BINDING_MODES else binding.mode


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
    print(translate("cli.downline", "statement for {month}: {count} members (amounts in minor "
                    "units)").format(month=month, count=len(lines)))
    print("\t".join(service.STATEMENT_COLUMNS))
    for line in lines:
        print("\t".join(str(v) for v in line))
    return 0


def paid(ctx, args) -> int:
    done = service.mark_paid(ctx.work(), args.member, args.month, via=args.via)
    if args.json:
        print_json(done.as_json())
    else:
        print(translate("cli.downline", "marked paid to {member} for {month}: {amount} "
                        "({sales} sales)").format(member=done.member, month=done.month,
                                                  amount=done.text, sales=done.sales))
    return 0


def months(ctx, args) -> int:
    work = ctx.work()
    member = args.member or service.own_account(work, args.account)
    figures = service.monthly_figures(work, member, months=args.months)
    if args.json:
        print_json({"member": member, "months": [asdict(f) for f in figures]})
        return 0
    print(translate("cli.downline", "{member}: the team's sales and the member's commission "
                    "per month").format(member=member))
    print("\t".join((translate("cli.downline", "month"), translate("cli.downline", "sales"),
                     translate("cli.downline", "refunded"), translate("cli.downline", "commission"),
                     translate("cli.downline", "reversed"))))
    for f in figures:
        amounts = (Money(v, currency(f.currency)).text(grouped=True)
                   for v in (f.sales, f.refunded, f.commission, f.reversed))
        print("\t".join((f.month, *amounts)))
    return 0
