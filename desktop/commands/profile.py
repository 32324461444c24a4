"""`ziliudi profile ...`: create, list, rename, back up and restore profiles."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.services.profiles import ProfileStore
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
    profile = _store(ctx).create(args.name)
    print(f"created profile {profile.name} at {profile.folder}")
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
