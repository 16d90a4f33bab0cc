"""An import killed at random points (SIGKILL, many times) never leaves a broken or half-merged
database, and importing again completes the merge."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synckit import dump, know, make_county

from desktop.store.repo import Store
from desktop.sync import enrol, export, importer

HERE = Path(__file__).parent
KILLS = 12


def _copy_db(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        target = Path(str(dst) + suffix)
        target.unlink(missing_ok=True)
        if Path(str(src) + suffix).exists():
            shutil.copy(str(src) + suffix, target)


def _run(db: Path, bundle: Path, *, kill_after: float | None) -> tuple[float, int]:
    """Run the importer in a child process; kill it `kill_after` s after it starts importing."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parents[1]), str(HERE)])}
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "crash_import.py"), str(db), str(bundle)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "go"
    start = time.perf_counter()
    if kill_after is not None:
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
    code = proc.wait(timeout=120)
    return time.perf_counter() - start, code


@pytest.mark.slow
def test_killed_imports_leave_a_sound_database(demo_master: Path, tmp_path: Path) -> None:
    county = make_county(tmp_path / "county")
    src_path = tmp_path / "county-office.db"
    shutil.copy(demo_master, src_path)
    src = Store.open(src_path)
    county.enrol(src, role="county", name="县教育局")
    # a laptop of four townships: a few thousand ops, an import of about a second
    townships = [
        r[0]
        for r in src.conn.execute(
            "SELECT township_code FROM children GROUP BY township_code ORDER BY count(*) DESC LIMIT 4"
        )
    ]
    target = county.device(tmp_path / "target.db", townships=tuple(townships), name="新电脑")
    know(src, target)
    prepared = export.prepare(src, [enrol.peer_cert(src, target.device_id)])
    assert prepared is not None and prepared.op_count > 1500
    bundle = tmp_path / "big.kcbx"
    bundle.write_bytes(prepared.data)
    target.close()
    src.close()
    pristine = tmp_path / "pristine.db"
    _copy_db(tmp_path / "target.db", pristine)
    with Store.open(pristine) as s:
        before = dump(s)

    reference = tmp_path / "reference.db"
    _copy_db(pristine, reference)
    elapsed, code = _run(reference, bundle, kill_after=None)
    assert code == 0
    with Store.open(reference) as s:
        after = dump(s)
    assert after != before

    rng = random.Random(20261128)
    db = tmp_path / "target.db"
    outcomes = {"before": 0, "after": 0}
    for _ in range(KILLS):
        _run(db, bundle, kill_after=rng.uniform(0.0, elapsed * 1.2))
        with Store.open(db) as s:
            assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            state = dump(s)
            done = s.conn.execute(
                "SELECT 1 FROM sync_bundles WHERE id=?", (prepared.bundle_id,)
            ).fetchone()
        if done:
            assert state == after
            outcomes["after"] += 1
            _copy_db(pristine, db)  # start over, to be killed again mid-import
        else:
            assert state == before  # nothing half-merged
            outcomes["before"] += 1
    assert outcomes["before"] >= 3, outcomes  # most kills landed inside the import

    with Store.open(db) as s:  # importing again completes the merge
        result = importer.import_file(s, bundle, keep_original=True)
        assert result.status == "imported"
        assert dump(s) == after
