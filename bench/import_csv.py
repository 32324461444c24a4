"""`python -m bench import-csv`: 100,000 rows of GBK CSV through the whole import, next to
sqlite-utils' insert_all of the same rows (UTF-8) in one transaction (the floor), in the
same run; peak memory of both.

Also reported: `sqlite-utils insert --csv` of the same rows, a looser floor (the command
line commits every 100 rows, waiting on the disk each time).
"""

import csv
import os
import tempfile

from bench._report import report
from bench._stock import (COMPACT_HEADER, HEADER, ROWS, compact_rows, import_file, large_rows,
                          measure, rows, run_large, timed)

RUNS = 3


def run_one(variant, folder):
    if variant == "ours":
        timed(lambda: import_file(os.path.join(folder, "stock-gbk.csv"), folder))
    elif variant == "one_transaction":
        timed(lambda: _insert_all(os.path.join(folder, "stock-utf8.csv"),
                                  os.path.join(folder, f"tx-{os.getpid()}.db")))
    else:
        from sqlite_utils.cli import cli

        target = os.path.join(folder, f"floor-{os.getpid()}.db")
        timed(lambda: cli.main(["insert", target, "stock", os.path.join(folder, "stock-utf8.csv"),
                                "--csv"], standalone_mode=False))


def _insert_all(source, target):
    import sqlite_utils

    db = sqlite_utils.Database(target)
    with open(source, encoding="utf-8", newline="") as f, db.atomic():
        db["stock"].insert_all(csv.DictReader(f))
    db.close()


def write_files(folder):
    """The same rows twice: GBK for our import, UTF-8 for sqlite-utils (which reads no GBK)."""
    for name, encoding in (("stock-gbk.csv", "gbk"), ("stock-utf8.csv", "utf-8")):
        with open(os.path.join(folder, name), "w", encoding=encoding, newline="") as f:
            out = csv.writer(f)
            out.writerow(HEADER)
            out.writerows(rows())


def _large(folder, count):
    """A GBK CSV of `count` compact rows through the import: (seconds, peak MB)."""
    path = os.path.join(folder, "large.csv")
    with open(path, "w", encoding="gbk", newline="") as f:
        out = csv.writer(f)
        out.writerow(COMPACT_HEADER)
        out.writerows(compact_rows(count))
    return run_large(path, folder, count)


def main() -> int:
    large = {}
    with tempfile.TemporaryDirectory() as folder:
        write_files(folder)
        got = measure("bench.import_csv", folder, RUNS, ("ours", "floor", "one_transaction"))
        if count := large_rows():
            seconds, peak = _large(folder, count)
            large = {"large_rows": count, "large_seconds": round(seconds, 3),
                     "large_peak_mb": peak}
            print(f"import-csv: {count:,} rows once: {seconds:.1f} s, peak {peak} MB")
    (ours, ours_peak), (cli, cli_peak), (floor, floor_peak) = (
        got["ours"], got["floor"], got["one_transaction"])
    print(f"import-csv: {ROWS:,} rows, median of {RUNS}: ours (GBK) {ours:.3f} s "
          f"(peak {ours_peak // 1024} MB); insert_all in one transaction {floor:.3f} s "
          f"(peak {floor_peak // 1024} MB); sqlite-utils insert --csv (UTF-8) {cli:.3f} s "
          f"(peak {cli_peak // 1024} MB)")
    report("import-csv", ours, floor, rows=ROWS, ours_peak_mb=ours_peak // 1024,
           floor_peak_mb=floor_peak // 1024,
           peak_ratio=round(ours_peak / floor_peak, 3) if floor_peak else None,
           cli_insert=round(cli, 6), cli_insert_peak_mb=cli_peak // 1024, **large)
    return 0
