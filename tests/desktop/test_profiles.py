import hashlib
import sqlite3

import pytest

from desktop.services.book import open_profile_book
from desktop.services.schema import MIGRATION_SETS
from desktop.services.profiles import ProfileError, ProfileStore, copy_book
from shop.book import BookDamaged, BookTooNew, NotABook, schema_version


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(data_dir):
    return ProfileStore(data_dir)


def test_create_list_open(store):
    store.create("我的店")
    store.create("Wholesale")
    assert [p.name for p in store.list()] == ["Wholesale", "我的店"]
    db = store.open("我的店")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db["book_info"].get("name")["value"] == "我的店"
    finally:
        db.close()


def test_migrations_from_empty_record_every_step(tmp_path):
    db = open_profile_book(tmp_path / "book.db", create=True)
    try:
        applied = schema_version(db)
        for migrations in MIGRATION_SETS:
            assert applied.get(migrations.name, []) == [m.name for m in migrations._migrations]
    finally:
        db.close()
    # Opening again applies nothing twice.
    db = open_profile_book(tmp_path / "book.db")
    try:
        assert schema_version(db) == applied
    finally:
        db.close()


def test_current_steps_are_every_step_of_the_migration_sets():
    from sqlite_utils.migrations import Migrations

    from desktop.services.book import CURRENT_STEPS
    from shop.book import MIGRATIONS_TABLE

    every = {(m.name, step.name) for m in MIGRATION_SETS for step in m._migrations}
    assert CURRENT_STEPS == every, "list the new migration steps in desktop.services.book.CURRENT_STEPS"
    assert MIGRATIONS_TABLE == Migrations.migrations_table


def test_a_book_at_this_version_opens_without_the_migration_sets(store, monkeypatch):
    import desktop.services.book as book

    store.create("shop")
    loaded = []
    monkeypatch.setattr(book, "migration_sets", lambda: loaded.append(1) or MIGRATION_SETS)
    store.open_connection("shop").close()
    assert loaded == []


def test_a_book_missing_a_step_gets_it_when_opened(store, monkeypatch):
    """A step this version adds (here an extra set) is applied at open, though the book was
    at the steps the fast way knows."""
    from sqlite_utils.migrations import Migrations

    import desktop.services.book as book
    import desktop.services.schema as schema

    store.create("shop")
    extra = Migrations("extra")

    @extra(name="0001_notes")
    def notes(db):
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")

    monkeypatch.setattr(schema, "MIGRATION_SETS", (*MIGRATION_SETS, extra))
    monkeypatch.setattr(book, "CURRENT_STEPS", book.CURRENT_STEPS | {("extra", "0001_notes")})
    conn = store.open_connection("shop")
    try:
        assert conn.execute("SELECT count(*) FROM notes").fetchone() == (0,)
        assert ("extra", "0001_notes") in set(conn.execute(
            "SELECT migration_set, name FROM _sqlite_migrations"))
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    finally:
        conn.close()


@pytest.mark.parametrize("bad", ["", "a/b", "..", "x" * 65, 'what?'])
def test_bad_names_refused(store, bad):
    with pytest.raises(ProfileError):
        store.create(bad)
    assert store.list() == []


def test_duplicate_refused(store):
    store.create("shop")
    with pytest.raises(ProfileError, match="already exists"):
        store.create("shop")


def test_rename_keeps_the_book(store):
    store.create("old")
    db = store.open("old")
    with db.atomic():
        db["book_info"].insert({"key": "marker", "value": "kept"})
    db.close()
    store.rename("old", "新名字")
    assert [p.name for p in store.list()] == ["新名字"]
    db = store.open("新名字")
    try:
        assert db["book_info"].get("marker")["value"] == "kept"
        assert db["book_info"].get("name")["value"] == "新名字"
    finally:
        db.close()
    store.create("other")
    with pytest.raises(ProfileError):
        store.rename("other", "新名字")


def test_backup_while_open_is_consistent_and_restores(store, tmp_path):
    store.create("shop")
    writer = store.open("shop")
    with writer.atomic():
        writer["book_info"].insert({"key": "committed", "value": "yes"})
    # A transaction in flight while the backup runs must not appear in it.
    writer.conn.execute("BEGIN")
    writer.conn.execute("INSERT INTO book_info VALUES ('uncommitted', 'no')")
    backup = tmp_path / "shop.ziliudi"
    copy_book(store.get("shop").book_path, backup)
    writer.conn.execute("ROLLBACK")
    writer.close()
    conn = sqlite3.connect(backup)
    keys = {r[0] for r in conn.execute("SELECT key FROM book_info")}
    conn.close()
    assert "committed" in keys and "uncommitted" not in keys

    store.restore(backup, "restored")
    db = store.open("restored")
    try:
        assert db["book_info"].get("committed")["value"] == "yes"
    finally:
        db.close()


def test_restore_over_existing_needs_replace_and_keeps_old_book(store, tmp_path):
    store.create("a")
    backup = tmp_path / "a.ziliudi"
    copy_book(store.get("a").book_path, backup)
    store.create("b")
    db = store.open("b")
    with db.atomic():
        db["book_info"].insert({"key": "only_in_b", "value": "1"})
    db.close()
    with pytest.raises(ProfileError, match="already exists"):
        store.restore(backup, "b")
    store.restore(backup, "b", replace=True)
    kept = store.get("b").folder / "book.db.before-restore"
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT value FROM book_info WHERE key='only_in_b'").fetchone() == ("1",)
    conn.close()


def _newer_book(path):
    db = open_profile_book(path, create=True)
    with db.atomic():
        db["_sqlite_migrations"].insert({"migration_set": "shop", "name": "9999_from_the_future",
                                         "applied_at": "2030-01-01"})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def test_newer_schema_refused_and_untouched(tmp_path):
    path = tmp_path / "book.db"
    _newer_book(path)
    before = digest(path)
    with pytest.raises(BookTooNew, match="newer version"):
        open_profile_book(path)
    assert digest(path) == before


def test_a_book_with_the_retired_escrow_steps_opens_and_loses_them(tmp_path):
    """A book from before the orders kept the escrow events is older, not newer: it opens,
    the orders take the wallet's tables over, and the retired steps' record goes."""
    import sqlite_utils

    from desktop.services.book import check_profile_book
    from desktop.services.schema import RETIRED_STEPS
    from tests.shop.test_orders_ledger import OLD_ESCROW_CURSOR, OLD_ESCROW_SOURCES

    path = tmp_path / "book.db"
    db = sqlite_utils.Database(path)
    for migrations in MIGRATION_SETS:
        migrations.apply(db, stop_before="0002_one_event_store")
    db.conn.executescript(OLD_ESCROW_SOURCES + OLD_ESCROW_CURSOR)
    db.conn.executemany("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                        "VALUES (?, ?, '2025-01-01')", RETIRED_STEPS)
    db.close()
    check_profile_book(path)
    db = open_profile_book(path)
    try:
        steps = schema_version(db)
        assert "escrow" not in steps and "0002_one_event_store" in steps["orders"]
        assert not db["escrow_events"].exists() and not db["escrow_sync_cursor"].exists()
        assert db["contract_events"].exists()
    finally:
        db.close()


def test_not_sqlite_refused_and_untouched(tmp_path):
    path = tmp_path / "book.db"
    path.write_text("商品名称,库存\nT恤,3\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(NotABook, match="not an SQLite database"):
        open_profile_book(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.db"]


def test_truncated_refused_and_untouched(store, tmp_path):
    store.create("shop")
    db = store.open("shop")
    with db.atomic():
        db["book_info"].insert_all({"key": f"k{i}", "value": "x" * 500} for i in range(200))
    db.close()
    copy_book(store.get("shop").book_path, tmp_path / "whole.ziliudi")
    whole = (tmp_path / "whole.ziliudi").read_bytes()
    path = tmp_path / "truncated.db"
    path.write_bytes(whole[: len(whole) // 2])
    before = digest(path)
    with pytest.raises(BookDamaged):
        open_profile_book(path)
    assert digest(path) == before
    with pytest.raises(BookDamaged):
        store.restore(path, "from-truncated")
    assert not store.exists("from-truncated")


def test_demo_profile_created_once(store):
    db = store.open_demo()
    db.close()
    assert store.exists("demo")
    db = store.open_demo()
    try:
        assert db["book_info"].get("demo")["value"] == "1"
    finally:
        db.close()
