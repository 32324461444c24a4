"""The one shape every benchmark prints last."""

import json
import statistics
import time


def median_seconds(fn, runs: int) -> float:
    """Median wall time of fn() over runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, ours: float, floor: float, unit: str = "s", **extra) -> None:
    line = {"name": name, "ours": round(ours, 6), "floor": round(floor, 6),
            "ratio": round(ours / floor, 3) if floor else None, "unit": unit, **extra}
    print(json.dumps(line, ensure_ascii=False))
