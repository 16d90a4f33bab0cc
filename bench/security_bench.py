"""The cost of encryption at rest: the same work on a plaintext and a SQLCipher copy of the
same county database, as ratios (encrypted ÷ plaintext) measured in the same run.

    python -m bench.security_bench --db COUNTY.db [--repeat 5]     # standalone
    run(db, repeat=5) -> list[Result]                              # as a `kcbx bench` suite

Measured: search (open, build the index, first answer; then per-query p95), ledger open (the
active-cases ledger's ids sorted by next visit, plus the first screen of rows, on a fresh
connection), a bulk import (10,000 children with guardians through Store.bulk_create, one
transaction), a cold full scan of the events table, a backup (VACUUM INTO), and, as absolute
figures, encrypting the database once and one sign-in's key derivation (Argon2id).
"""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.harness import Result, fmt, median, p95, samples

TYPED = ["w", "wa", "wang", "zh", "zhang", "ly", "王", "王伟", "张"]


def _connect(path: Path, key: bytes | None) -> Any:
    from desktop.security import cipher
    from desktop.store import db

    cipher.install()
    if key is not None:
        cipher.register_key(path, key)
    return db.connect(path)


def _search_first(path: Path, key: bytes | None) -> None:
    from desktop.store.search import SearchIndex

    conn = _connect(path, key)
    try:
        SearchIndex(conn).search("wang", limit=50)
    finally:
        conn.close()


def _ledger_query(conn: Any) -> int:
    from desktop.store import queries

    f = queries.CaseFilter(states=queries.LEDGER_STATES["active"])
    seqs = queries.case_seqs(conn, f, sort="next_contact_on")
    queries.case_rows(conn, seqs[:60])
    all_seqs = queries.case_seqs(conn, queries.CaseFilter(), sort="next_contact_on")
    queries.case_rows(conn, all_seqs[:60])
    return len(all_seqs)


def _ledger_open(path: Path, key: bytes | None) -> int:
    conn = _connect(path, key)
    try:
        return _ledger_query(conn)
    finally:
        conn.close()


def _scan(path: Path, key: bytes | None) -> None:
    conn = _connect(path, key)
    try:
        conn.execute("SELECT count(*), sum(length(payload)) FROM events").fetchone()
    finally:
        conn.close()


def _import(path: Path, key: bytes | None, n: int = 10_000) -> None:
    from desktop.store.repo import Store

    if key is not None:
        from desktop.security import cipher

        cipher.register_key(path, key)
    with Store.open(path, create=False) as store:
        township = store.conn.execute("SELECT code FROM regions WHERE level='township'").fetchone()[
            0
        ]
        tag = uuid.uuid4().hex[:8]
        children = [
            {
                "id": f"b-{tag}-{i}",
                "name": f"导入{i % 997}",
                "sex": "男",
                "township_code": township,
                "id_number": "",
                "notes": "名册导入",
            }
            for i in range(n)
        ]
        guardians = [
            {
                "id": f"g-{tag}-{i}",
                "child_id": f"b-{tag}-{i}",
                "name": "家长",
                "phone": "13800000000",
            }
            for i in range(n)
        ]
        with store.transaction():
            store.bulk_create("children", children)
            store.bulk_create("guardians", guardians)


def _backup(path: Path, key: bytes | None, folder: Path) -> None:
    from desktop.security import backup

    if key is not None:
        from desktop.security import cipher

        cipher.register_key(path, key)
    made = backup.make_backup(path, reason="manual", folder=folder, rotate_after=False)
    for p in folder.iterdir():
        p.unlink()
    assert made


def _pair(
    name: str,
    plain: Callable[[], Any],
    encrypted: Callable[[], Any],
    *,
    repeat: int,
    warmup: int = 1,
    stat: Callable[[list[float]], float] = median,
    detail: dict[str, Any] | None = None,
) -> Result:
    # interleave the two so a noisy neighbour hurts both alike
    p_times: list[float] = []
    e_times: list[float] = []
    for _ in range(repeat):
        p_times += samples(plain, repeat=1, warmup=warmup)
        e_times += samples(encrypted, repeat=1, warmup=warmup)
        warmup = 0
    return Result(
        f"encryption cost: {name}",
        stat(e_times),
        baseline=stat(p_times),
        baseline_name="same on the plaintext copy",
        budget="reported (ratio)",
        detail={"encrypted_samples": e_times, "plain_samples": p_times, **(detail or {})},
    )


class _Results(list):
    def __init__(self, say: Callable[[Result], None] | None) -> None:
        super().__init__()
        self.say = say

    def append(self, r: Result) -> None:  # type: ignore[override]
        super().append(r)
        if self.say:
            self.say(r)


def run(
    db: Path,
    *,
    repeat: int = 5,
    workdir: Path | None = None,
    say: Callable[[Result], None] | None = None,
) -> list[Result]:
    from desktop.security import encrypt, kdf

    results: list[Result] = _Results(say)
    tmp = Path(tempfile.mkdtemp(prefix="kcbx-secbench-", dir=workdir))
    try:
        plain = tmp / "plain.db"
        enc = tmp / "encrypted.db"
        shutil.copy(db, plain)
        shutil.copy(db, enc)
        key = secrets.token_bytes(32)
        start = time.perf_counter()
        encrypt.encrypt_in_place(enc, key)
        results.append(
            Result(
                "encrypting the database once (first-run setup)",
                time.perf_counter() - start,
                detail={"file_mb": db.stat().st_size / 1e6},
            )
        )
        start = time.perf_counter()
        kdf.derive("a-typical-password", secrets.token_bytes(16), kdf.Params())
        results.append(
            Result("sign-in key derivation (Argon2id, 64 MiB, t=3)", time.perf_counter() - start)
        )

        results.append(
            _pair(
                "search (open, build index, first answer)",
                lambda: _search_first(plain, None),
                lambda: _search_first(enc, key),
                repeat=repeat,
            )
        )
        # per keystroke: the index is in memory, so this should be ~1
        from desktop.store.search import SearchIndex

        conns = {"plain": _connect(plain, None), "enc": _connect(enc, key)}
        try:
            idx = {k: SearchIndex(c) for k, c in conns.items()}
            for i in idx.values():
                i.build()
            per_query: dict[str, list[float]] = {"plain": [], "enc": []}
            for q in TYPED:
                for k in ("plain", "enc"):
                    per_query[k] += samples(
                        lambda i=idx[k], q=q: i.search(q, limit=200), repeat=repeat
                    )
            results.append(
                Result(
                    "encryption cost: search per keystroke (p95)",
                    p95(per_query["enc"]),
                    baseline=p95(per_query["plain"]),
                    baseline_name="same on the plaintext copy",
                    budget="reported (ratio)",
                )
            )
        finally:
            for c in conns.values():
                c.close()
        cases = _ledger_open(plain, None)
        results.append(
            _pair(
                "ledger open (active + all cases sorted by next visit, first screen of rows)",
                lambda: _ledger_open(plain, None),
                lambda: _ledger_open(enc, key),
                repeat=repeat,
                detail={"cases": cases},
            )
        )
        warm = {"plain": _connect(plain, None), "enc": _connect(enc, key)}
        try:
            results.append(
                _pair(
                    "ledger open again (same connection, pages cached)",
                    lambda: _ledger_query(warm["plain"]),
                    lambda: _ledger_query(warm["enc"]),
                    repeat=repeat,
                )
            )
        finally:
            for c in warm.values():
                c.close()
        results.append(
            _pair(
                "bulk import (10,000 children + 10,000 guardians, one transaction)",
                lambda: _import(plain, None),
                lambda: _import(enc, key),
                repeat=max(2, repeat // 2),
                warmup=0,
            )
        )
        _drop_os_cache(plain, enc)
        results.append(
            _pair(
                "full scan of the events table (new connection)",
                lambda: _scan(plain, None),
                lambda: _scan(enc, key),
                repeat=repeat,
            )
        )
        bk = tmp / "bk"
        bk.mkdir()
        results.append(
            _pair(
                "backup (VACUUM INTO, checked)",
                lambda: _backup(plain, None, bk),
                lambda: _backup(enc, key, bk),
                repeat=max(1, repeat // 3),
                warmup=0,
            )
        )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def _drop_os_cache(*paths: Path) -> None:
    """Best effort: ask the OS to forget the files' pages (Linux, root); else a warm scan."""
    for p in paths:
        try:
            fd = os.open(p, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
        except (AttributeError, OSError):
            pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a plaintext county database")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--workdir", type=Path, help="where the two working copies go (default: temp)"
    )
    args = parser.parse_args()

    def say(r: Result) -> None:
        ratio = f"  ×{r.ratio:.2f}" if r.ratio is not None else ""
        base = f"  (plain {fmt(r.baseline, r.unit)})" if r.baseline is not None else ""
        print(f"{r.name}: {fmt(r.value, r.unit)}{base}{ratio}", flush=True)

    run(args.db, repeat=args.repeat, workdir=args.workdir, say=say)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
