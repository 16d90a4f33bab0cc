"""The benchmark datasets: generated once per size and reused while the generator is unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Size:
    name: str
    children: int
    county: str
    note: str


SIZES = {
    "township": Size("township", 5_000, "522633", "one township's worth: 5,000 children"),
    "county": Size("county", 100_000, "522633", "a county: 100,000 children, ~20,000 cases"),
    "province": Size("province", 1_000_000, "520526", "a province slice: 1,000,000 children (威宁县 structure)"),
}
SEED = 20261128


def data_dir() -> Path:
    path = Path(os.environ.get("KCBX_BENCH_DATA", ROOT / "bench" / "data"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def generator_stamp() -> str:
    """Changes whenever the generator or the schema changes, so stale datasets are rebuilt."""
    from desktop.store import schema

    h = hashlib.sha256(str(schema.latest_version()).encode())
    for path in sorted((ROOT / "desktop" / "demo").glob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def dataset(size: Size, *, say=print) -> tuple[Path, float | None]:
    """The database for `size` (generated if missing or stale) and the generation time if generated now."""
    from desktop.demo.generate import generate

    path = data_dir() / f"{size.name}.db"
    stamp_file = path.with_suffix(".json")
    stamp = {"stamp": generator_stamp(), "children": size.children, "county": size.county, "seed": SEED}
    if path.exists() and stamp_file.exists() and json.loads(stamp_file.read_text()) == stamp:
        return path, None
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), stamp_file):
        p.unlink(missing_ok=True)
    say(f"generating the {size.name} dataset ({size.note}) …")
    start = time.perf_counter()
    generate(path, children=size.children, seed=SEED, county=size.county)
    took = time.perf_counter() - start
    stamp_file.write_text(json.dumps(stamp))
    return path, took
