"""A book or a disk that cannot take a write is a refusal, never a traceback.

A read-only book (the file, or its folder), a full disk or a file size limit, another
program's lock, and numbers beyond SQLite's 64-bit integers each end a command with
exit 1 and a sentence on stderr, and the book is as it was and still opens. Totals of
lots whose items sum past 64 bits are still listed, exactly.

Read-only files mean nothing to root, so under root the command runs in a child process
that first gives up the capabilities that override file permissions. The file size limit
is set in a child process too (RLIMIT_FSIZE, with SIGXFSZ ignored so that writes fail with
EFBIG instead of killing it).
"""

from __future__ import annotations

import errno
import gc
import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import lots as lots_service
from desktop.services.errors import describe, is_user_facing, refusal
from desktop.services.session import Session
from shop.book import (INTEGER_LIMIT, BookBusy, BookFull, BookReadOnly, DiskFull, NoPermission,
                       NumberTooLarge, storage_refusal)
from tests.shop.test_import_corpus import GOOD, HEADER, csv_bytes, dump

ROOT = Path(__file__).resolve().parents[2]
MAX = 2**63 - 1
LIMIT_TEXT = "9,223,372,036,854,775,807"
pytestmark = pytest.mark.timeout(120)

# Run by the child process before the command: give up what makes root ignore file
# permissions (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER), and set a file size limit.
CHILD = textwrap.dedent("""
    import ctypes, os, resource, signal, sys
    limit, argv = int(sys.argv[1]), sys.argv[2:]
    if os.geteuid() == 0:
        class Header(ctypes.Structure):
            _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]
        class Data(ctypes.Structure):
            _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                        ("inheritable", ctypes.c_uint32)]
        libc = ctypes.CDLL(None, use_errno=True)
        header, data = Header(0x20080522, 0), (Data * 2)()
        if libc.capget(ctypes.byref(header), data) != 0:
            sys.exit(99)
        keep = ~((1 << 1) | (1 << 2) | (1 << 3)) & 0xFFFFFFFF
        for field in ("effective", "permitted", "inheritable"):
            setattr(data[0], field, getattr(data[0], field) & keep)
        if libc.capset(ctypes.byref(header), data) != 0:
            sys.exit(99)
    if limit:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from desktop.cli import main
    sys.exit(main(argv))
""")


def child(*argv, file_limit=0):
    """Run `ziliudi ARGV` in a child process as a user bound by file permissions."""
    result = subprocess.run([sys.executable, "-c", CHILD, str(file_limit), *argv],
                            capture_output=True, text=True, cwd=ROOT, timeout=100)
    if result.returncode == 99:
        pytest.skip("cannot give up root's file permission override here")
    return result.returncode, result.stdout, result.stderr


def refused(code, out, err, *words):
    """Exit 1, a sentence on stderr naming the problem, no traceback."""
    assert code == 1, (out, err)
    assert "Traceback" not in err and "Error:" not in err, err
    assert err.startswith("ziliudi: ") and err.count("\n") == 1, err
    for word in words:
        assert word in err, err


@pytest.fixture
def shop(data_dir, tmp_path, capsys):
    """A profile "店" whose book holds the draft lot 春装: (CLI prefix, book path, a stock file)."""
    session = Session(data_dir)
    session.profiles.create("店")
    path = session.profiles.get("店").book_path
    session.close()
    prefix = ["--data-dir", str(data_dir), "--profile", "店"]
    stock = tmp_path / "stock.csv"
    stock.write_bytes(csv_bytes([HEADER, *GOOD]))
    assert main([*prefix, "lots", "import", str(stock), "--lot", "春装"]) == 0
    capsys.readouterr()
    gc.collect()  # the command's connections close, and with them the book's -wal and -shm
    return prefix, path, stock


# ------------------------------------------------------------------ read-only

@pytest.mark.parametrize("command", [["lots", "import", "{stock}", "--lot", "夏装", "--json"],
                                     ["lots", "import", "{stock}", "--lot", "春装", "--json"],
                                     ["lots", "create", "夏装"]],
                         ids=["import_new_lot", "import_existing_lot", "create"])
def test_a_read_only_book_refuses_writes_and_still_reads(shop, command):
    prefix, path, stock = shop
    before = dump(path)
    os.chmod(path, 0o444)
    try:
        argv = [a.replace("{stock}", str(stock)) for a in command]
        code, out, err = child(*prefix, *argv)
        refused(code, out, err, "read-only")
        assert out == ""
        code, out, err = child(*prefix, "lots", "list", "--json")
        assert code == 0, err
        assert [lot["title"] for lot in json.loads(out)["lots"]] == ["春装"]
    finally:
        os.chmod(path, 0o644)
    assert dump(path) == before


def test_a_read_only_folder_refuses_with_a_sentence(shop):
    prefix, path, stock = shop
    before = dump(path)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    folder_mode = stat.S_IMODE(path.parent.stat().st_mode)
    os.chmod(path.parent, 0o555)
    try:
        for argv in (["lots", "create", "夏装"],
                     ["lots", "import", str(stock), "--lot", "夏装"],
                     ["lots", "list"]):
            refused(*child(*prefix, *argv), "read-only")
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    finally:
        os.chmod(path.parent, folder_mode)
    assert dump(path) == before


def test_a_read_only_profiles_folder_refuses_a_new_profile(shop, data_dir):
    prefix, path, _ = shop
    folder = path.parent.parent
    os.chmod(folder, 0o555)
    try:
        refused(*child("--data-dir", str(data_dir), "profile", "create", "新店"), "新店")
    finally:
        os.chmod(folder, 0o755)
    assert sorted(p.name for p in folder.iterdir()) == ["店"]


# ------------------------------------------------------------------ full disk, size limit

def _big_stock(tmp_path, rows=20_000):
    lines = [",".join(HEADER)] + [f"连衣裙{i},S{i:05d},黑色,M,3,299,89" for i in range(rows)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("slack", [0, 4096 + 100], ids=["at_the_book_size", "a_page_and_a_bit"])
def test_a_file_size_limit_refuses_the_import_and_the_book_still_opens(shop, tmp_path, capsys,
                                                                         slack):
    prefix, path, _ = shop
    big = _big_stock(tmp_path)
    before = dump(path)
    limit = path.stat().st_size + slack
    code, out, err = child(*prefix, "lots", "import", str(big), "--lot", "夏装", "--json",
                           file_limit=limit)
    refused(code, out, err, "file size limit")
    assert out == ""
    assert dump(path) == before
    assert main([*prefix, "lots", "show", "春装", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["items"]) == len(GOOD)
    # The same import without the limit goes through: nothing was left half done.
    assert main([*prefix, "lots", "import", str(big), "--lot", "夏装", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 20_000


def test_a_full_disk_refuses_the_import(shop, tmp_path, capsys, monkeypatch):
    # SQLite says "database or disk is full" when it cannot grow the file; a page limit on
    # the command's connection makes that happen without filling a real disk.
    import desktop.services.book as book_module

    prefix, path, _ = shop
    opened = book_module.open_connection

    def capped(*args, **kwargs):
        conn = opened(*args, **kwargs)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn

    monkeypatch.setattr(book_module, "open_connection", capped)
    big = _big_stock(tmp_path, 5_000)
    before = dump(path)
    code, out, err = (main([*prefix, "lots", "import", str(big), "--lot", "夏装", "--json"]),
                      *capsys.readouterr())
    refused(code, out, err, "disk is full", "database or disk is full")
    monkeypatch.undo()
    assert dump(path) == before


def test_an_export_past_the_file_size_limit_is_refused(shop, tmp_path):
    prefix, path, _ = shop
    target = tmp_path / "out.csv"
    code, out, err = child(*prefix, "lots", "export", "春装", str(target), file_limit=100)
    refused(code, out, err, "file size limit")


# ------------------------------------------------------------------ numbers past 64 bits

def test_a_number_past_64_bits_is_a_refusal(shop, tmp_path, capsys):
    prefix, path, _ = shop
    stock = tmp_path / "huge.csv"
    stock.write_bytes(csv_bytes([HEADER, *GOOD[:2], ["衬衫", "B02", "白色", "S", str(MAX + 1),
                                                      "99", "39"]]))
    before = dump(path)
    for title in ("春装", "夏装"):
        code, _, err = (main([*prefix, "lots", "import", str(stock), "--lot", title, "--json"]),
                        *capsys.readouterr())
        # Either the row is rejected against the quantity's bound, or the book refuses it.
        assert code == 1 and "Traceback" not in err, err
        assert dump(path) == before


def test_a_revised_quantity_past_64_bits_is_a_refusal(shop, data_dir):
    session = Session(data_dir)
    session.open_profile("店")
    try:
        work = session.work()
        item = lots_service.items(work, "春装").items[0]
        with pytest.raises(NumberTooLarge) as caught:
            lots_service.revise_item(work, "春装", item.id, quantity=MAX + 1)
        assert LIMIT_TEXT in describe(caught.value)
        assert lots_service.items(work, "春装").items[0].quantity == item.quantity
        assert work.changes == set()
    finally:
        session.close()


def _by_hand(path, quantity, sold=0, supply=None):
    """Set every item of the book by hand, as the import's bounds would not let it."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE lot_items SET quantity = ?, sold = ?, supply_price = coalesce(?, "
                     "supply_price)", [quantity, sold, supply])
    conn.close()


def test_lots_whose_totals_pass_64_bits_are_listed_and_shown_exactly(shop, capsys):
    prefix, path, _ = shop
    _by_hand(path, MAX)
    assert main([*prefix, "lots", "list", "--json"]) == 0
    (lot,) = json.loads(capsys.readouterr().out)["lots"]
    assert (lot["items"], lot["quantity"], lot["sold"]) == (3, 3 * MAX, 0)
    assert main([*prefix, "lots", "list"]) == 0
    assert str(3 * MAX) in capsys.readouterr().out
    assert main([*prefix, "lots", "show", "春装", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["lot"]["quantity"] == 3 * MAX
    assert [i["quantity"] for i in doc["items"]] == [MAX] * 3
    assert main([*prefix, "lots", "show", "春装"]) == 0
    assert main([*prefix, "lots", "export", "春装", str(path.parent / "out.csv"),
                 "--sell-through"]) == 0


def test_the_value_sold_past_64_bits_is_exact(shop, data_dir):
    prefix, path, _ = shop
    _by_hand(path, MAX, sold=2**62, supply=100_000_000_000)
    session = Session(data_dir)
    session.open_profile("店")
    try:
        work = session.work()
        totals = lots_service.sell_through(work, "春装")
        assert totals.quantity == 3 * MAX and totals.sold == 3 * 2**62
        assert totals.supply_value_sold == 3 * 2**62 * 100_000_000_000
        assert type(totals.supply_value_sold) is int
        assert totals.unsold == 3 * (MAX - 2**62)
        (row,) = lots_service.list_lots(work)
        assert row.rate_bps == 2**62 * 10_000 // MAX
    finally:
        session.close()


# ------------------------------------------------------------------ one place for all of it

@pytest.mark.parametrize("error, kind, words", [
    (sqlite3.OperationalError("attempt to write a readonly database"), BookReadOnly,
     ["read-only"]),
    (sqlite3.OperationalError("database or disk is full"), BookFull, ["disk is full"]),
    (sqlite3.OperationalError("disk I/O error"), BookFull, ["file size limit"]),
    (sqlite3.OperationalError("database is locked"), BookBusy, ["locked"]),
    (sqlite3.OperationalError("integer overflow"), NumberTooLarge, [LIMIT_TEXT]),
    (OverflowError("Python int too large to convert to SQLite INTEGER"), NumberTooLarge,
     [LIMIT_TEXT]),
    (OSError(errno.ENOSPC, "No space left on device"), DiskFull, ["No space left"]),
    (OSError(errno.EFBIG, "File too large"), DiskFull, ["file size limit"]),
    (PermissionError(errno.EACCES, "Permission denied", "/data/profiles/店"), NoPermission,
     ["/data/profiles/店", "Permission denied"]),
    (OSError(errno.EROFS, "Read-only file system", "/media/usb/x.csv"), NoPermission,
     ["/media/usb/x.csv"]),
], ids=["readonly", "full", "ioerr", "locked", "sum_overflow", "bind_overflow", "enospc", "efbig",
        "eacces", "erofs"])
def test_storage_failures_map_to_one_refusal_each(error, kind, words):
    refusal_ = storage_refusal(error)
    assert isinstance(refusal_, kind)
    assert refusal(error) is not None and is_user_facing(error)
    text = describe(error)
    for word in words:
        assert word in text
    from desktop.ui.core_texts import ERRORS

    assert refusal_.template in ERRORS  # listed for translation


@pytest.mark.parametrize("error", [sqlite3.OperationalError("no such table: x"),
                                   OverflowError("math range error"),
                                   OSError(errno.ENOENT, "No such file"),
                                   PermissionError(errno.EACCES, "Permission denied"),
                                   ValueError("x")])
def test_other_failures_stay_unexpected(error):
    assert storage_refusal(error) is None
    assert not is_user_facing(error)
    assert "Something went wrong" in describe(error)


def test_the_real_sqlite_errors_carry_the_codes_mapped():
    conn = sqlite3.connect("file::memory:?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("CREATE TABLE t (x)")
    assert isinstance(storage_refusal(caught.value), BookReadOnly)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(OverflowError) as too_big:
        conn.execute("INSERT INTO t VALUES (?)", [MAX + 1])
    assert isinstance(storage_refusal(too_big.value), NumberTooLarge)
    conn.executemany("INSERT INTO t VALUES (?)", [[MAX], [MAX]])
    with pytest.raises(sqlite3.OperationalError) as overflow:
        conn.execute("SELECT sum(x) FROM t").fetchall()
    assert isinstance(storage_refusal(overflow.value), NumberTooLarge)
    assert INTEGER_LIMIT == MAX


def test_the_gui_shows_the_refusal_in_its_language(qapp):
    from desktop.ui.dialogs import error_text

    assert "read-only" in error_text(BookReadOnly())
    raw = sqlite3.OperationalError("attempt to write a readonly database")
    assert "read-only" in error_text(raw)
