"""Files written whole or not at all: a reader (or a crash) sees the old file or the new one.

Exports are durable (flushed to disk before the rename); caches are not (``durable=False``: a
cache entry lost in a crash is only a miss next time). The flush costs a large export next to
nothing on ext4 (its default ``auto_da_alloc`` writes a file renamed over another out at the
rename anyway: replacing an 853 MB ``partkg.nq`` took 1.38 s with ``fsync`` and 1.39 s
without, ``bench/RESULTS.md``), and without it another file system could show an empty file
after a crash.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

__all__ = ["atomic_file", "write_atomic"]


@contextmanager
def atomic_file(path: Path, durable: bool = True) -> Iterator[IO[bytes]]:
    """A binary file to write ``path`` through, in pieces: readers see the old file until the
    block ends without an error; on an error the temporary file is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            yield f
            if durable:
                f.flush()
                os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_atomic(path: Path, data: str | bytes, durable: bool = True) -> Path:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half."""
    with atomic_file(path, durable) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path
