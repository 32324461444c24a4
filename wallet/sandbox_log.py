"""The sandbox chain's files: the record log and the snapshot, written so a crash keeps them whole.

The record log is one checksummed JSON line per record, each fsynced; a torn or
damaged tail is cut off on reading and kept next to the log as ``.torn``. A
snapshot is the EVM's key-value store behind a JSON header line, with a CRC32
at the end, replaced atomically. Apart from sandbox.py, which decides what is
recorded and how it is replayed: this is only how the bytes lie on disk.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path


# -- the record log ----------------------------------------------------------------

def _line(record: dict) -> bytes:
    body = json.dumps(record, separators=(",", ":"), sort_keys=True).encode()
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _parse(line: bytes) -> dict | None:
    if len(line) < 10 or line[8:9] != b" ":
        return None
    body = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(body):
            return None
        record = json.loads(body)
    except ValueError:
        return None
    return record if isinstance(record, dict) and "k" in record else None


class RecordLog:
    """An append-only file of checksummed JSON lines, each one fsynced."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.dropped_bytes = 0

    def read(self) -> list[dict]:
        """The records up to the first torn or damaged line; the rest is cut off.

        What is cut off is kept next to the log (``.torn``) for inspection.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        records, good = [], 0
        while (end := data.find(b"\n", good)) >= 0:
            record = _parse(data[good:end])
            if record is None:
                break
            records.append(record)
            good = end + 1
        if good < len(data):
            self.dropped_bytes = len(data) - good
            with open(self.path.with_name(self.path.name + ".torn"), "ab") as f:
                f.write(data[good:])
            with open(self.path, "r+b") as f:
                f.truncate(good)
                f.flush()
                os.fsync(f.fileno())
        return records

    def create(self, records: list[dict]) -> None:
        """Write a new log holding ``records`` (temp file, fsync, rename)."""
        _write_atomically(self.path, b"".join(_line(r) for r in records))

    def append(self, record: dict) -> None:
        """Append one record durably (one write, then fsync)."""
        with open(self.path, "ab") as f:
            f.write(_line(record))
            f.flush()
            os.fsync(f.fileno())


# -- the snapshot -------------------------------------------------------------------

def write_snapshot(path: Path, meta: dict, store) -> None:
    """Replace the snapshot at ``path``: ``meta`` as a JSON line, then every key and
    value of the ``store`` mapping, then a CRC32 of all of it."""
    body = json.dumps(meta).encode() + b"\n" + b"".join(
        struct.pack(">II", len(k), len(v)) + k + v for k, v in store.items())
    _write_atomically(path, body + struct.pack(">I", zlib.crc32(body)))


def read_snapshot(path: Path) -> tuple[dict, dict[bytes, bytes]] | None:
    """(meta, store) of the snapshot at ``path``; None when it is missing or damaged."""
    try:
        data = path.read_bytes()
        body, crc = data[:-4], struct.unpack(">I", data[-4:])[0]
        if crc != zlib.crc32(body):
            return None
        end = body.index(b"\n")
        meta, pos, store = json.loads(body[:end]), end + 1, {}
    except (OSError, ValueError, struct.error):
        return None
    while pos < len(body):
        klen, vlen = struct.unpack_from(">II", body, pos)
        pos += 8
        store[body[pos:pos + klen]] = body[pos + klen:pos + klen + vlen]
        pos += klen + vlen
    return meta, store


def _write_atomically(path: Path, data: bytes) -> None:
    """Replace path with data: a temp file, fsync, rename, fsync of the folder."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    if os.name != "nt":
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
