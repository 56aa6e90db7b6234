"""Atomic output: single files, and whole sets of files swapped in together.

:func:`atomic_open` writes a temp file beside the target, then renames it over
the target, so readers never see a partial file.

:func:`output_set` makes the files of one build replace the previous build's
as a set. The new files are written into a staging folder inside the output
folder (``.kg-staging-XXXX/``); once every one is complete a commit marker
listing them is written into that folder, and only then are they moved into
place. A build killed at any point therefore leaves either a staging folder
without a marker (the new set is incomplete: it is deleted, and the old set
was never touched) or one with a marker (the new set is complete: its
remaining files are moved in). The next :func:`output_set` on the folder does
that recovery first, under a lock, so from then on the folder holds one
complete set, old or new. Files kg did not write are never touched.
"""

from __future__ import annotations

import contextlib
import errno
import json
import mmap
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

STAGING_PREFIX = ".kg-staging-"
COMMIT_MARKER = ".kg-commit"
# tempfile's random part: 8 characters of [a-z0-9_].
_TMP_PATTERN = r"\.{name}\.[a-z0-9_]{{8}}\.tmp"


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temp file next to ``path``; on success rename it over ``path``.

    >>> with atomic_open("out.txt") as fh:  # doctest: +SKIP
    ...     fh.write("完整")
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    binary = "b" in mode
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding, newline=None if binary else "") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


# Direct writes go from an aligned buffer of this size, in whole blocks of _DIRECT_ALIGN bytes.
_DIRECT_BUFFER = 1 << 22
_DIRECT_ALIGN = 4096


def atomic_write_chunks(path: str | os.PathLike, chunks: Iterable[bytes]) -> None:
    """Write ``chunks`` one after another to ``path`` as :func:`atomic_open` does, past the page cache if possible.

    For the large files of a build (the GraphML of an archive is about 100 MB): copying them
    into the page cache cost half a second of kernel time on ext4, written straight to the
    disk (``O_DIRECT``) a tenth of that; the file is synced before it counts either way. Where
    the system or the file system cannot write directly, the bytes go through the cache.
    """
    with atomic_open(path, "wb") as fh:
        _write_direct(fh.fileno(), chunks)


def _write_direct(fd: int, chunks: Iterable[bytes]) -> None:
    direct = _set_direct(fd, True)
    buf = mmap.mmap(-1, _DIRECT_BUFFER)  # page-aligned, as direct writes need
    view = memoryview(buf)
    filled = 0

    def put(data: memoryview) -> None:
        nonlocal direct
        while data:
            try:
                done = os.write(fd, data)
            except OSError as exc:
                # Refused on this file system, or after a short write left the offset unaligned.
                if not direct or exc.errno != errno.EINVAL:
                    raise
                direct = _set_direct(fd, False)
                continue
            data = data[done:]

    try:
        for chunk in chunks:
            data = memoryview(chunk)
            while data:
                n = min(len(data), _DIRECT_BUFFER - filled)
                view[filled:filled + n] = data[:n]
                filled += n
                data = data[n:]
                if filled == _DIRECT_BUFFER:
                    put(view)
                    filled = 0
        whole = filled - filled % _DIRECT_ALIGN
        put(view[:whole])
        if direct:
            direct = _set_direct(fd, False)  # the last partial block: through the cache
        put(view[whole:filled])
    finally:
        view.release()
        buf.close()


def _set_direct(fd: int, on: bool) -> bool:
    """Turn ``O_DIRECT`` on or off for ``fd``; whether it is now on."""
    flag = getattr(os, "O_DIRECT", 0)
    if not flag:
        return False
    try:
        import fcntl

        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flags | flag if on else flags & ~flag)
    except (ImportError, OSError):
        return False
    return on


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_open(path, "w") as fh:
        fh.write(text)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_open(path, "wb") as fh:
        fh.write(data)


@contextlib.contextmanager
def output_set(outdir: str | os.PathLike, names: Iterable[str] = ()) -> Iterator[Path]:
    """Yield a staging folder to write a set of files into; on success swap them into ``outdir``.

    ``names``: the file names kg writes into ``outdir``, whose orphan temp
    files (``.NAME.XXXXXXXX.tmp``, left by builds that wrote each file in
    place) are deleted by the recovery. On an exception the staging folder
    is deleted and ``outdir`` is left as it was.

    >>> with output_set("output", ["graph.graphml"]) as staging:  # doctest: +SKIP
    ...     atomic_write_text(staging / "graph.graphml", "...")
    """
    out = Path(outdir)
    with _locked(out):
        recover(out, names)
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
        try:
            yield staging
            files = sorted(p.name for p in staging.iterdir() if p.is_file() and not p.name.startswith("."))
            # Every file is complete (atomic_open synced it): the set may now replace the old one.
            atomic_write_text(staging / COMMIT_MARKER, json.dumps(files))
            _fsync_dir(staging)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _roll_forward(staging, out)


def recover(outdir: str | os.PathLike, names: Iterable[str] = ()) -> None:
    """Finish or undo what an interrupted :func:`output_set` left in ``outdir``.

    A staging folder with its commit marker is moved in; one without is
    deleted; orphan temp files of ``names`` are deleted.
    """
    out = Path(outdir)
    for staging in sorted(out.glob(STAGING_PREFIX + "*")):
        if not staging.is_dir():
            continue
        if (staging / COMMIT_MARKER).is_file():
            _roll_forward(staging, out)
        else:
            shutil.rmtree(staging, ignore_errors=True)
    debris = [re.compile(_TMP_PATTERN.format(name=re.escape(n))) for n in names]
    for p in out.iterdir():
        if any(d.fullmatch(p.name) for d in debris) and p.is_file():
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def _roll_forward(staging: Path, out: Path) -> None:
    files = json.loads((staging / COMMIT_MARKER).read_text(encoding="utf-8"))
    for name in files:
        # Idempotent: a file moved before an interruption is no longer in the staging folder.
        if (staging / name).exists():
            os.replace(staging / name, out / name)
    _fsync_dir(out)
    shutil.rmtree(staging, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    """Make renames in ``path`` durable (a crash of the machine, not only of the process)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` so that two builds into it do not undo each other's staging."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, recovery still applies
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
