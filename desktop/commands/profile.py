"""`ziliudi profile ...`: create, list, rename, back up and restore profiles."""

from __future__ import annotations

from pathlib import Path

from desktop.services.profiles import ProfileStore


def register(commands) -> None:
    parser = commands.add_parser("profile", help="manage profiles")
    sub = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list the profiles")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=list_profiles)

    p = sub.add_parser("create", help="create a profile")
    p.add_argument("name")
    p.add_argument("--no-chain", action="store_true",
                   help="sell without a chain: payments by WeChat Pay and Alipay only, "
                        "no wallet, no network (只用微信/支付宝收款)")
    p.set_defaults(run=create)

    p = sub.add_parser("set", help="change a profile's settings")
    p.add_argument("name", nargs="?", help="the profile (default: --profile, else the one in use)")
    chain = p.add_mutually_exclusive_group(required=True)
    chain.add_argument("--no-chain", dest="no_chain", action="store_true", default=None,
                       help="sell without a chain: WeChat Pay and Alipay only, no wallet, "
                            "no network")
    chain.add_argument("--chain", dest="no_chain", action="store_false",
                       help="sell through the escrow too")
    p.set_defaults(run=set_settings)

    p = sub.add_parser("info", help="show a profile's book: path, size, schema")
    p.add_argument("name")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=info)

    p = sub.add_parser("rename", help="rename a profile")
    p.add_argument("old")
    p.add_argument("new")
    p.set_defaults(run=rename)

    p = sub.add_parser("backup", help="back up a profile's book (safe while the app runs)")
    p.add_argument("name")
    p.add_argument("dest", type=Path, help="a file, or a folder to put a dated file in")
    p.set_defaults(run=backup)

    p = sub.add_parser("restore", help="make a profile from a backup file")
    p.add_argument("file", type=Path)
    p.add_argument("name")
    p.add_argument("--replace", action="store_true",
                   help="replace an existing profile (its book is kept as book.db.before-restore)")
    p.set_defaults(run=restore)


def _store(ctx):
    return ProfileStore(ctx.data_dir)


def list_profiles(ctx, args) -> int:
    from desktop.cli import print_json

    profiles = _store(ctx).list()
    if args.json:
        print_json({"data_dir": str(ctx.data_dir),
                    "profiles": [{"name": p.name, "path": str(p.book_path)} for p in profiles]})
    else:
        for p in profiles:
            print(p.name)
    return 0


def create(ctx, args) -> int:
    profile = _store(ctx).create(args.name, no_chain=args.no_chain)
    how = " (payments by WeChat Pay and Alipay only, no chain)" if args.no_chain else ""
    print(f"created profile {profile.name} at {profile.folder}{how}")
    return 0


def set_settings(ctx, args) -> int:
    name = args.name or ctx.profile_name
    if name is None:
        session = ctx.session()
        name = session.profile.name
        session.close()
    profile = _store(ctx).set_no_chain(name, args.no_chain)
    print(f"{profile.name} now sells " + ("without a chain (WeChat Pay and Alipay only)"
                                          if args.no_chain else "through the escrow too"))
    return 0


def info(ctx, args) -> int:
    from desktop.cli import print_json

    from desktop.services.chainless import is_chainless
    from shop.book import schema_version

    profile = _store(ctx).get(args.name)
    db = _store(ctx).open(profile.name)
    try:
        document = {
            "name": profile.name,
            "path": str(profile.book_path),
            "bytes": profile.book_path.stat().st_size,
            "journal_mode": db.execute("PRAGMA journal_mode").fetchone()[0],
            "schema": schema_version(db),
            "no_chain": is_chainless(db),
        }
    finally:
        db.close()
    if args.json:
        print_json(document)
    else:
        for key, value in document.items():
            print(f"{key}: {value}")
    return 0


def rename(ctx, args) -> int:
    profile = _store(ctx).rename(args.old, args.new)
    print(f"renamed to {profile.name}")
    return 0


def backup(ctx, args) -> int:
    dest = _store(ctx).backup(args.name, args.dest)
    print(f"backed up {args.name} to {dest}")
    return 0


def restore(ctx, args) -> int:
    profile = _store(ctx).restore(args.file, args.name, replace=args.replace)
    print(f"restored {profile.name} from {args.file}")
    return 0
