"""What the two stock import benchmarks share: the rows, the real import, and the timing.

Each variant runs in a fresh process (`python -c "from bench.X import run_one; ..."`),
so its peak memory (VmHWM) is its own, and the variants alternate over the runs so a
busy machine slows them alike.

With BENCH_LARGE_ROWS=1000000 in the environment each benchmark also imports a file of
that many rows once, in a child process, and reports its time and peak memory (the
import streams: it should stay far under 300 MB whatever the file).
"""

import json
import os
import random
import resource
import subprocess
import sys
import time

from desktop.services.session import Session
from desktop.services.stock_import_flow import DONE, ImportFlow
from desktop.services.tasks import run_inline

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
    """{variant: (median seconds, largest peak KB)} over `runs` fresh processes each."""
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


def import_file(path, folder, expected=ROWS):
    """The whole import as the import wizard runs it, without its window: a new profile's
    book, the file's preview for the mapping step, then the import task (read, check, store
    into a new lot in one transaction, remember the supplier's mapping), which is the call
    `ziliudi lots import` makes too."""
    session = Session(os.path.join(folder, f"ours-{os.getpid()}"))
    try:
        session.profiles.create("bench")
        session.open_profile("bench")
        work = session.work()
        flow = ImportFlow(work)
        flow.choose_file(path, title="bench", supplier="bench")
        outcome = run_inline(flow.read_task(), work)
        assert flow.read_done(outcome) == DONE, outcome.rejected[:3]
        assert outcome.imported == expected, outcome
    finally:
        session.close()


def large_rows():
    """The rows of the large import asked for with BENCH_LARGE_ROWS, or 0."""
    text = os.environ.get("BENCH_LARGE_ROWS", "").replace("_", "").replace(",", "")
    return int(text) if text.isdigit() else 0


def compact_rows(n, seed=7):
    """n distinct valid rows of the seven columns a supplier cannot leave out, short enough
    that a million of them fit the 50 MB a stock file may have."""
    rnd = random.Random(seed)
    per_style = len(COLORS) * len(SIZES)
    for i in range(n):
        style, rest = divmod(i, per_style)
        color, size = divmod(rest, len(SIZES))
        tag = rnd.randrange(50, 600)
        yield [NAMES[style % len(NAMES)], f"ZJ{style:06d}", COLORS[color], SIZES[size],
               str(rnd.randrange(0, 500)), str(tag), f"{tag * 3 // 10}.5"]


COMPACT_HEADER = ["商品名称", "货号", "颜色", "尺码", "库存", "吊牌价", "供货价"]


def run_large(path, folder, rows):
    """Import `path` through the service once in a child process: (seconds, its peak MB)."""
    code = (f"from bench._stock import import_file, timed; "
            f"timed(lambda: import_file({str(path)!r}, {folder!r}, {rows}))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout.strip().splitlines()[-1]
    result = json.loads(out)
    return result["seconds"], result["peak_kb"] // 1024
