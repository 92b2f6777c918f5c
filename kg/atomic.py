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
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

__all__ = ["atomic_file", "temp_name", "write_atomic"]


def temp_name(path: Path, suffix: str = ".tmp") -> Path:
    """A fresh hidden name beside ``path`` for its temporary file or folder. Named before it is
    made, so that the ``try`` which removes it on an error (Ctrl+C included) can begin before
    it exists: with ``tempfile.mkstemp`` an interruption landing between the file's creation
    and the ``try`` left it behind."""
    return path.parent / f".{path.name}.{secrets.token_hex(6)}{suffix}"


@contextmanager
def atomic_file(path: Path, durable: bool = True) -> Iterator[IO[bytes]]:
    """A binary file to write ``path`` through, in pieces: readers see the old file until the
    block ends without an error; on an error the temporary file is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
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
