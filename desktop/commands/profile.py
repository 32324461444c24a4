"""`ziliudi profile ...`: create, list, rename, back up, restore, delete profiles; reset the demo."""

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

    p = sub.add_parser("backup", help="back up a profile's book and keyring secrets into one "
                                      "password-encrypted file (safe while the app runs)")
    p.add_argument("where", nargs="+", metavar="[NAME] FILE",
                   help="the profile (default: --profile, else the only one) and a file, or a "
                        "folder to put a dated file in")
    p.add_argument("--password-stdin", action="store_true", help="read the backup's password from stdin")
    p.set_defaults(run=backup)

    p = sub.add_parser("restore", help="make a profile from a backup file (book and keyring secrets)")
    p.add_argument("file", type=Path)
    p.add_argument("name", nargs="?", help="the restored profile's name (default: the one in the backup)")
    p.add_argument("--replace", action="store_true",
                   help="replace an existing profile (its book is kept as book.db.before-restore)")
    p.add_argument("--password-stdin", action="store_true", help="read the backup's password from stdin")
    p.set_defaults(run=restore)

    p = sub.add_parser("delete", help="delete a profile: its folder and its keyring entries")
    p.add_argument("name")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(run=delete)

    p = sub.add_parser("reset", help="delete the demo profile and make it afresh")
    p.add_argument("--demo", action="store_true", required=True, help="the demo profile (the only one reset)")
    p.set_defaults(run=reset)


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


def _default_name(ctx) -> str:
    from desktop.cli import DEFAULT_PROFILE
    from desktop.services.paths import DEMO_PROFILE

    if ctx.profile_name:
        return ctx.profile_name
    names = [p.name for p in _store(ctx).list() if p.name != DEMO_PROFILE]
    return names[0] if len(names) == 1 else DEFAULT_PROFILE


def backup(ctx, args) -> int:
    from desktop.cli import _refuse, read_password
    from desktop.services import profile_backup

    if len(args.where) > 2:
        return _refuse("give at most a profile name and a file")
    name, dest = (args.where if len(args.where) == 2 else (_default_name(ctx), args.where[0]))
    store = _store(ctx)
    store.get(name)  # refuse an unknown profile before asking for a password
    password = read_password(args, "Password for the backup: ", confirm=True)
    dest = profile_backup.backup(store, name, Path(dest), password)
    print(f"backed up {name} to {dest}")
    return 0


def restore(ctx, args) -> int:
    from desktop.cli import read_password
    from desktop.services import profile_backup

    password = None
    if profile_backup.is_encrypted(profile_backup.backup_file(args.file)):
        password = read_password(args, "Password of the backup: ")
    profile = profile_backup.restore(_store(ctx), args.file, password, args.name, replace=args.replace)
    print(f"restored {profile.name} from {args.file}")
    return 0


def delete(ctx, args) -> int:
    from desktop.cli import confirm
    from desktop.services import profile_backup

    store = _store(ctx)
    profile = store.get(args.name)
    if not confirm(args, f"Delete the profile {profile.name}, its book and its keys? "
                         "This cannot be undone."):
        return 1
    profile_backup.delete(store, profile.name)
    print(f"deleted profile {profile.name}")
    return 0


def reset(ctx, args) -> int:
    from desktop.services import profile_backup

    profile = profile_backup.reset_demo(_store(ctx))
    print(f"made the demo profile afresh at {profile.folder}")
    return 0
