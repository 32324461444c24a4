"""Import a 100,000-row GBK stock CSV into a fresh book through the whole import
path, next to `sqlite-utils insert --csv` of the same rows in UTF-8 (the floor)."""

import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

from bench._report import report

ROWS = 100_000
HEADER = ["商品名称", "货号", "条码", "颜色", "尺码", "库存", "吊牌价", "供货价",
          "建议零售价", "品牌", "类目"]
NAMES = ["法式碎花连衣裙", "冰丝阔腿裤", "纯棉短袖T恤", "防晒开衫", "高腰半身裙", "亚麻衬衫",
         "真丝吊带", "针织开衫", "牛仔短裤", "运动卫衣"]
COLORS = ["黑色", "白色", "米白", "雾蓝", "燕麦色", "卡其", "浅粉", "牛油果绿"]
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]


def rows(n=ROWS, seed=7):
    """n distinct, valid stock rows as text cells, the way suppliers write them."""
    rnd = random.Random(seed)
    per_style = len(COLORS) * len(SIZES)
    for i in range(n):
        style, rest = divmod(i, per_style)
        color, size = divmod(rest, len(SIZES))
        tag = rnd.randrange(50, 600)
        yield [f"{rnd.choice(NAMES)} {style % 97}号", f"ZJ{style:06d}", f"69{i:011d}",
               COLORS[color], SIZES[size], str(rnd.randrange(0, 500)), f"{tag}.00",
               f"{tag * 3 // 10}.50", f"{tag * 6 // 10}", "织锦", "女装"]


def _run(module, variant, folder):
    code = f"from {module} import run_one; run_one({variant!r}, {folder!r})"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout.strip().splitlines()[-1]
    result = json.loads(out)
    return result["seconds"], result["peak_kb"]


def measure(module, folder, runs, variants=("ours", "floor")):
    """{variant: (median seconds, largest peak KB)}, each run in a fresh process and the
    variants alternating, so that a busy machine slows them alike."""
    results = {v: [] for v in variants}
    for _ in range(runs):
        for variant in variants:
            results[variant].append(_run(module, variant, folder))
    out = {}
    for variant, got in results.items():
        times = sorted(t for t, _ in got)
        out[variant] = (times[len(times) // 2], max(kb for _, kb in got))
    return out


def _peak_kb():
    # VmHWM belongs to this process image; ru_maxrss would carry the parent's over exec.
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def timed(fn):
    """Run fn and print {"seconds", "peak_kb"} for measure()."""
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_kb": _peak_kb()}))


def fresh_book(path):
    """A new, migrated book like a new profile's."""
    from desktop.services.book import open_profile_book

    return open_profile_book(path, create=True)


def import_file(path, folder):
    """The real import: read and check the file, store it into a new lot in one transaction."""
    from shop.lots import import_into
    from shop.stock import read_stock

    db = fresh_book(os.path.join(folder, f"ours-{os.getpid()}.db"))
    try:
        result = read_stock(path)
        assert not result.rejections, result.rejections[:3]
        summary = import_into(db, "bench", result.rows, supplier="bench")
        assert summary.imported == ROWS, summary
    finally:
        db.close()

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
    # The stricter floor: sqlite-utils' insert_all of the same rows in one transaction
    # (the command line commits every 100 rows, which waits on the disk each time).
    import sqlite_utils

    db = sqlite_utils.Database(target)
    with open(source, encoding="utf-8", newline="") as f, db.atomic():
        db["stock"].insert_all(csv.DictReader(f))
    db.close()


def write_files(folder):
    for name, encoding in (("stock-gbk.csv", "gbk"), ("stock-utf8.csv", "utf-8")):
        with open(os.path.join(folder, name), "w", encoding=encoding, newline="") as f:
            out = csv.writer(f)
            out.writerow(HEADER)
            out.writerows(rows())


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        write_files(folder)
        got = measure("bench.stock_csv", folder, RUNS, ("ours", "floor", "one_transaction"))
    (ours, ours_peak), (floor, floor_peak), (tx, tx_peak) = (
        got["ours"], got["floor"], got["one_transaction"])
    print(f"stock_csv: {ROWS:,} rows, median of {RUNS}: ours {ours:.3f} s "
          f"(peak {ours_peak // 1024} MB); sqlite-utils insert --csv {floor:.3f} s "
          f"(peak {floor_peak // 1024} MB); insert_all in one transaction {tx:.3f} s "
          f"(peak {tx_peak // 1024} MB, ratio {ours / tx:.2f})")
    report("stock_csv", ours, floor, rows=ROWS, ours_peak_mb=ours_peak // 1024,
           floor_peak_mb=floor_peak // 1024, one_transaction=round(tx, 6),
           one_transaction_ratio=round(ours / tx, 3))
    return 0
