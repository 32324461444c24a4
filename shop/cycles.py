"""Python's cycle collector paused around work that makes many objects and no cycles."""

from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def cycle_collection_paused():
    """Pause the cycle collector while the block runs (process-wide; reference counting
    still frees everything at once, and the next pass after it collects as before).

    For a batch that makes hundreds of thousands of short-lived tuples, lists and dicts:
    the collector would otherwise walk the whole heap, the app's modules included, once or
    twice for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
