"""A progress bar for long builds (tqdm, on stderr), silent unless asked for and on a terminal.

    with progress("extracting", total=len(docs), enabled=True) as bar:
        for ...:
            bar.update(1)

The bar shows documents per second; with ``enabled=False`` or when stderr is not a terminal
(a pipe, a log file, CI) nothing is printed.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator, Protocol

__all__ = ["Bar", "progress"]

#: Builds of fewer documents than this show no bar (they finish before it would be read).
MIN_TOTAL = 20


class Bar(Protocol):
    def update(self, n: int = 1) -> object: ...


class _Silent:
    def update(self, n: int = 1) -> None:
        return None


@contextmanager
def progress(desc: str, total: int, enabled: bool = False, unit: str = "doc") -> Iterator[Bar]:
    stream = sys.stderr
    if not enabled or total < MIN_TOTAL or not getattr(stream, "isatty", lambda: False)():
        yield _Silent()
        return
    from tqdm import tqdm
    tqdm.monitor_interval = 0   # no monitor thread: extraction forks worker processes while the bar runs
    with tqdm(total=total, desc=desc, unit=unit, file=stream, dynamic_ncols=True, leave=False,
              mininterval=0.2) as bar:
        yield bar
