"""Import a 100,000-row GBK stock CSV into a fresh book through the whole import
path, next to `sqlite-utils insert --csv` of the same rows in UTF-8 (the floor)."""

import csv
import os
import tempfile

from bench._report import report
from bench._stock import HEADER, ROWS, import_file, measure, rows, timed

RUNS = 3


def run_one(variant, folder):
    if variant == "ours":
        timed(lambda: import_file(os.path.join(folder, "stock-gbk.csv"), folder))
    else:
        from sqlite_utils.cli import cli

        target = os.path.join(folder, f"floor-{os.getpid()}.db")
        timed(lambda: cli.main(["insert", target, "stock", os.path.join(folder, "stock-utf8.csv"),
                                "--csv"], standalone_mode=False))


def write_files(folder):
    for name, encoding in (("stock-gbk.csv", "gbk"), ("stock-utf8.csv", "utf-8")):
        with open(os.path.join(folder, name), "w", encoding=encoding, newline="") as f:
            out = csv.writer(f)
            out.writerow(HEADER)
            out.writerows(rows())


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        write_files(folder)
        ours, ours_peak = measure("bench.stock_csv", "ours", folder, RUNS)
        floor, floor_peak = measure("bench.stock_csv", "floor", folder, RUNS)
    print(f"stock_csv: {ROWS:,} rows; ours {ours:.3f} s (peak {ours_peak // 1024} MB), "
          f"sqlite-utils insert --csv {floor:.3f} s (peak {floor_peak // 1024} MB), "
          f"median of {RUNS}")
    report("stock_csv", ours, floor, rows=ROWS, ours_peak_mb=ours_peak // 1024,
           floor_peak_mb=floor_peak // 1024)
    return 0
