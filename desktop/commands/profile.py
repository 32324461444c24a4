"""`ziliudi profile ...`: create, list, rename, back up, restore, delete profiles; reset the demo."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import DEFAULT_PROFILE, _refuse, confirm, print_json, read_password
from desktop.i18n import ROLE_WORDS, size_words, translate
from desktop.services import profile_backup
from desktop.services.chainless import is_chainless
from desktop.services.paths import DEMO_PROFILE
from desktop.services.profiles import ProfileStore
from desktop.services.roles import role_of
from shop.book import schema_version

def _store(ctx):
    return ProfileStore(ctx.data_dir)


def list_profiles(ctx, args) -> int:
    profiles = _store(ctx).list()
    if args.json:
        print_json({"data_dir": str(ctx.data_dir),
                    "profiles": [{"name": p.name, "path": str(p.book_path)} for p in profiles]})
    else:
        for p in profiles:
            print(p.name)
    return 0


def create(ctx, args) -> int:
    profile = _store(ctx).create(args.name, no_chain=args.no_chain, role=args.role)
    if args.role:
        said = translate("cli.profile", "created profile {name} as {role} at {folder}")
    else:
        said = translate("cli.profile", "created profile {name} at {folder}")
    print(said.format(name=profile.name, role=args.role and _role(args.role), folder=profile.folder))
    if args.no_chain:
        print(translate("cli.profile", "payments by WeChat Pay and Alipay only, no chain"))
    return 0


def set_settings(ctx, args) -> int:
    if args.no_chain is None and args.role is None:
        return _refuse(translate("cli.profile", "say what to change: --no-chain, --chain or --role"))
    name = args.name or ctx.profile_name
    if name is None:
        session = ctx.session()
        name = session.profile.name
        session.close()
    store = _store(ctx)
    if args.role is not None:
        profile = store.set_role(name, args.role)
        print(translate("cli.profile", "{name}'s role is now {role}").format(
            name=profile.name, role=_role(args.role)))
    if args.no_chain is not None:
        profile = store.set_no_chain(name, args.no_chain)
        if args.no_chain:
            said = translate("cli.profile", "{name} now sells without a chain (WeChat Pay and Alipay only)")
        else:
            said = translate("cli.profile", "{name} now sells through the escrow too")
        print(said.format(name=profile.name))
    return 0


def info(ctx, args) -> int:
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
            "role": role_of(db),
        }
    finally:
        db.close()
    if args.json:
        print_json(document)
    else:
        for line in _info_lines(document):
            print(line)
    return 0


def _info_lines(info: dict) -> list[str]:
    """profile info's document as labelled lines in the user's language."""
    mode = info["journal_mode"]
    if mode == "wal":
        mode = translate("cli.profile", "write-ahead log (WAL), as the app keeps it")
    chain = (translate("cli.profile", "none: WeChat Pay and Alipay only") if info["no_chain"]
             else translate("cli.profile", "sells through the escrow too"))
    lines = [
        translate("cli.profile", "Profile: {name}").format(name=info["name"]),
        translate("cli.profile", "Book: {path}").format(path=info["path"]),
        translate("cli.profile", "Size: {size}").format(size=size_words(info["bytes"], translate)),
        translate("cli.profile", "Journal: {mode}").format(mode=mode),
        translate("cli.profile", "Role: {role}").format(role=_role(info["role"])),
        translate("cli.profile", "Chain: {chain}").format(chain=chain),
        translate("cli.profile", "Book structure (steps applied):"),
    ]
    for part, steps in info["schema"].items():
        lines.append(translate("cli.profile", "  {part}: {count} steps, the latest {step}").format(
            part=part, count=len(steps), step=steps[-1]))
    return lines


def _role(role: str) -> str:
    return translate("Roles", ROLE_WORDS[role])


def rename(ctx, args) -> int:
    profile = _store(ctx).rename(args.old, args.new)
    print(translate("cli.profile", "renamed to {name}").format(name=profile.name))
    return 0


def _default_name(ctx) -> str:
    if ctx.profile_name:
        return ctx.profile_name
    names = [p.name for p in _store(ctx).list() if p.name != DEMO_PROFILE]
    return names[0] if len(names) == 1 else DEFAULT_PROFILE


def backup(ctx, args) -> int:
    if len(args.where) > 2:
        return _refuse(translate("cli.profile", "give at most a profile name and a file"))
    name, dest = (args.where if len(args.where) == 2 else (_default_name(ctx), args.where[0]))
    store = _store(ctx)
    store.get(name)  # refuse an unknown profile before asking for a password
    password = read_password(args, translate("cli.profile", "Password for the backup: "), confirm=True)
    dest = profile_backup.backup(store, name, Path(dest), password)
    print(translate("cli.profile", "backed up {name} to {file}").format(name=name, file=dest))
    return 0


def restore(ctx, args) -> int:
    password = None
    if profile_backup.is_encrypted(profile_backup.backup_file(args.file)):
        password = read_password(args, translate("cli.profile", "Password of the backup: "))
    profile = profile_backup.restore(_store(ctx), args.file, password, args.name, replace=args.replace)
    print(translate("cli.profile", "restored {name} from {file}").format(name=profile.name, file=args.file))
    return 0


def delete(ctx, args) -> int:
    store = _store(ctx)
    profile = store.get(args.name)
    question = translate("cli.profile", "Delete the profile {name}, its book and its keys? "
                                        "This cannot be undone.")
    if not confirm(args, question.format(name=profile.name)):
        return 1
    profile_backup.delete(store, profile.name)
    print(translate("cli.profile", "deleted profile {name}").format(name=profile.name))
    return 0


def reset(ctx, args) -> int:
    profile = profile_backup.reset_demo(_store(ctx))
    print(translate("cli.profile", "made the demo profile afresh at {folder}").format(folder=profile.folder))
    return 0
