"""Load on the county hub: N simulated laptops pushing and pulling concurrently.

    python -m bench.hub_bench [--backend sqlite|postgresql|both] [--devices 20] [--seconds 30]
                              [--processes 2] [--database postgresql://…] [--ops 20] [--json OUT]
    run_load(workdir, backend=..., devices=..., seconds=...) -> dict     (tests, the suite)

Each simulated laptop is a real enrolled device database (township scopes spread over four
townships, one county-wide office) driven by its own thread: it makes `ops` changes (a new
child and visits to it), then syncs over HTTP exactly as the app does (`runner.sync_over`:
publish, pull + import what waits, push what the hub has not acknowledged), again and again
for `seconds`. The hub runs as real `kcbx hub serve` processes (one on SQLite; on PostgreSQL
`--processes` of them behind the same database, the laptops spread over them).

Reported: sustained bundles/s and ops/s merged by the hub (from the hub's own record of
pushes), syncs/s, and p50/p95 latency per kind of request as the laptops saw it. A PostgreSQL
server is started for the run (as in tests/hub) unless --database is given.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench import pgserver

TOWNSHIPS = ("522633100000", "522633101000", "522633102000", "522633103000")


@contextlib.contextmanager
def temporary_postgres() -> Iterator[str]:
    """A throwaway PostgreSQL server on 127.0.0.1 (bench/pgserver.py); its URL."""
    try:
        with pgserver.temporary_server() as server:
            yield server.url()
    except pgserver.Unavailable as exc:
        raise SystemExit(f"PostgreSQL: {exc}; or give --database") from exc


def _fresh_database(url: str) -> str:
    import psycopg

    name = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + "/" + name


def _county(workdir: Path) -> tuple[Any, Path]:
    from desktop.store.county import setup_county
    from desktop.store.repo import Store
    from desktop.sync import keys

    key = keys.create_county_key(workdir / "county.key", code="522633", name="从江县")
    template = workdir / "template.db"
    with Store.open(template) as s:
        setup_county(s, "522633")
    return key, template


def _enrolled(key: Any, template: Path, path: Path, *, role: str, township: str, url: str) -> str:
    from desktop.domain.scope import Scope
    from desktop.store.repo import Store
    from desktop.sync import enrol

    shutil.copy(template, path)
    with Store.open(path) as s:
        s.conn.execute("UPDATE meta SET value=? WHERE key='device_id'", (uuid.uuid4().hex,))
    with Store.open(path) as s:
        scope = Scope.everything() if role in ("county", "hub") else Scope.township(township)
        enrol.enrol(
            s,
            enrol.issue(key, enrol.make_request(s), role=role, scope=scope, hub_url=url),
        )
        return s.device_id


def _serve(hub_db: Path, database: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    args = ["hub", "serve", "--db", str(hub_db), "--port", str(port), "--threads", "8"]
    args += ["--burst", "100000", "--rate", "10000"]  # the load itself is not rate limited
    if database:
        args += ["--database", database]
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.DEVNULL,
        stderr=open(log, "wb"),  # lives as long as the process
    )


def _wait_ready(url: str, proc: subprocess.Popen[bytes]) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("hub process ended at start")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url + "/v1/health", timeout=1).status_code == 200:
                return
        time.sleep(0.1)
    raise RuntimeError("hub did not start")


class _Timed:
    """An HttpTransport that notes how long each request took (seconds, by route)."""

    def __new__(cls, store: Any, url: str, samples: dict[str, list[float]], lock: Any) -> Any:
        from desktop.sync.http import HttpTransport

        class Timed(HttpTransport):
            def _request(self, method: str, path: str, **kw: Any) -> Any:
                start = time.perf_counter()
                try:
                    return super()._request(method, path, **kw)
                finally:
                    route = f"{method} {_template(path)}"
                    with lock:
                        samples[route].append(time.perf_counter() - start)

        return Timed.for_store(store, url=url)


def _template(path: str) -> str:
    """/v1/inbox/<id> -> /v1/inbox/{id} (one latency line per kind of request)."""
    parts = path.split("/")
    return "/".join([*parts[:3], "{id}"]) if len(parts) > 3 else path


def _laptop(
    path: Path,
    url: str,
    *,
    township: str,
    ops: int,
    until: float,
    samples: dict[str, list[float]],
    counts: dict[str, int],
    errors: list[str],
    lock: Any,
) -> None:
    from desktop.domain import model
    from desktop.store.repo import Store
    from desktop.sync import runner

    with Store.open(path, actor="压测干部") as store:
        transport = _Timed(store, url, samples, lock)
        n = 0
        while time.monotonic() < until:
            n += 1
            kid = store.create(
                "children",
                model.Child(
                    name=f"压测学生{n}", township_code=township, village_code=township[:9] + "001"
                ),
            )
            for i in range(max(0, ops - 1)):
                store.append_event(
                    "contact",
                    model.Contact(participants=("压测老师（学校）",), findings=f"第{i}次"),
                    occurred_on="2026-10-01",
                    child_id=kid,
                )
            start = time.perf_counter()
            try:
                report = runner.sync_over(store, transport)
            except Exception as exc:  # counted, the laptop tries again
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
                continue
            with lock:
                samples["sync (whole)"].append(time.perf_counter() - start)
                counts["syncs"] += 1
                counts["received"] += len(report.received)
        transport.close()


def run_load(
    workdir: Path,
    *,
    backend: str = "sqlite",
    devices: int = 10,
    seconds: float = 20.0,
    processes: int = 1,
    database: str = "",
    ops: int = 20,
) -> dict[str, Any]:
    """One load run; returns the figures (see module doc)."""
    from desktop.hub.relay import Relay

    workdir.mkdir(parents=True, exist_ok=True)
    key, template = _county(workdir)
    hub_db = workdir / "hub.db"
    ports = [pgserver.free_port() for _ in range(processes)]
    urls = [f"http://127.0.0.1:{p}" for p in ports]
    _enrolled(key, template, hub_db, role="hub", township="", url="")
    relay_url = database if backend == "postgresql" else str(workdir / "hub-relay.db")
    laptops = []
    for i in range(devices):
        path = workdir / f"laptop{i}.db"
        role = "county" if i == 0 else "township"
        township = TOWNSHIPS[i % len(TOWNSHIPS)]
        _enrolled(key, template, path, role=role, township=township, url=urls[i % processes])
        laptops.append((path, urls[i % processes], township))
    procs = [
        _serve(hub_db, relay_url if backend == "postgresql" else "", port, workdir / f"hub{i}.log")
        for i, port in enumerate(ports)
    ]
    samples: dict[str, list[float]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    lock = threading.Lock()
    try:
        for url, proc in zip(urls, procs, strict=True):
            _wait_ready(url, proc)
        from desktop.hub import atrest
        from desktop.hub.app import HubConfig

        # the hub encrypted its databases at start (SQLCipher): read them with its key
        atrest.unlock_if_keyed(HubConfig(stores=[hub_db], database=relay_url))
        relay = Relay(relay_url)
        before = relay.counts()["relay_pushes"]
        started = time.monotonic()
        until = started + seconds
        threads = [
            threading.Thread(
                target=_laptop,
                args=(path, url),
                kwargs={
                    "township": township,
                    "ops": ops,
                    "until": until,
                    "samples": samples,
                    "counts": counts,
                    "errors": errors,
                    "lock": lock,
                },
            )
            for path, url, township in laptops
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - started
        pushes = relay._all_rows(
            "SELECT count(*), coalesce(sum(new_ops), 0), coalesce(sum(size), 0) FROM relay_pushes"
            " WHERE status='merged'"
        )[0]
        relay.close_thread()
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
    merged, new_ops, size = int(pushes[0]) - before, int(pushes[1]), int(pushes[2])

    def pct(xs: list[float], q: float) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, round(q * (len(xs) - 1)))] if xs else 0.0

    latency = {
        route: {
            "n": len(xs),
            "p50_ms": round(statistics.median(xs) * 1000, 1),
            "p95_ms": round(pct(xs, 0.95) * 1000, 1),
        }
        for route, xs in sorted(samples.items())
    }
    every = [x for route, xs in samples.items() if route != "sync (whole)" for x in xs]
    served: dict[str, list[float]] = defaultdict(list)  # as the hub measured them (its log)
    for i in range(processes):
        for line in (workdir / f"hub{i}.log").read_text(errors="replace").splitlines():
            with contextlib.suppress(ValueError):
                entry = json.loads(line)
                if entry.get("event") == "request":
                    served[f"{entry['method']} {entry['route']}"].append(entry["ms"] / 1000)
    server_side = {
        route: {
            "n": len(xs),
            "p50_ms": round(statistics.median(xs) * 1000, 1),
            "p95_ms": round(pct(xs, 0.95) * 1000, 1),
        }
        for route, xs in sorted(served.items())
    }
    served_all = [x for xs in served.values() for x in xs]
    return {
        "backend": backend,
        "processes": processes,
        "devices": devices,
        "seconds": round(elapsed, 1),
        "ops_per_bundle": ops,
        "bundles_merged": merged,
        "bundles_per_s": round(merged / elapsed, 1),
        "ops_merged": new_ops,
        "ops_per_s": round(new_ops / elapsed, 1),
        "bytes_per_bundle": round(size / merged) if merged else 0,
        "syncs_per_s": round(counts["syncs"] / elapsed, 1),
        "request_p95_ms": round(pct(every, 0.95) * 1000, 1),
        "latency": latency,
        "server_p95_ms": round(pct(served_all, 0.95) * 1000, 1),
        "server_latency": server_side,
        "errors": len(errors),
        "first_errors": errors[:3],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hub_bench", description=__doc__)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--processes", type=int, default=2, help="hub processes on PostgreSQL")
    parser.add_argument("--database", default="", help="postgresql://… (else one is started)")
    parser.add_argument("--ops", type=int, default=20, help="changes per bundle")
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="kcbx-hub-bench-") as tmp:
        if args.backend in ("sqlite", "both"):
            results.append(
                run_load(
                    Path(tmp) / "sqlite",
                    backend="sqlite",
                    devices=args.devices,
                    seconds=args.seconds,
                    ops=args.ops,
                )
            )
            _print(results[-1])
        if args.backend in ("postgresql", "both"):
            with contextlib.ExitStack() as stack:
                server = args.database or stack.enter_context(temporary_postgres())
                for processes in sorted({1, args.processes}):
                    results.append(
                        run_load(
                            Path(tmp) / f"pg{processes}",
                            backend="postgresql",
                            devices=args.devices,
                            seconds=args.seconds,
                            processes=processes,
                            database=_fresh_database(server),
                            ops=args.ops,
                        )
                    )
                    _print(results[-1])
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1))
    return 0


def _print(r: dict[str, Any]) -> None:
    print(
        f"{r['backend']:<10} ×{r['processes']} proc, {r['devices']} laptops, {r['seconds']} s:"
        f" {r['bundles_per_s']} bundles/s, {r['ops_per_s']} ops/s merged,"
        f" {r['syncs_per_s']} syncs/s, request p95 {r['request_p95_ms']} ms (laptop side),"
        f" {r['server_p95_ms']} ms (hub side), errors {r['errors']}"
    )
    for side, key in (("laptop side", "latency"), ("hub side", "server_latency")):
        print(f"  {side}:")
        for route, f in r[key].items():
            print(f"    {route:<36} n={f['n']:<6} p50 {f['p50_ms']} ms  p95 {f['p95_ms']} ms")


if __name__ == "__main__":
    sys.exit(main())


def run(db: Any = None, repeat: int = 1) -> list[Any]:
    """As a suite (bench/cli.py): a 10-laptop, 10-second load on SQLite, and on PostgreSQL with
    two hub processes when a server can be started. `db` is not used (the hub's county is made
    here); `repeat` neither (one sustained run is the measurement)."""
    from bench.harness import Result

    out = []
    with tempfile.TemporaryDirectory(prefix="kcbx-hub-suite-") as tmp:
        runs = [run_load(Path(tmp) / "sqlite", backend="sqlite", devices=10, seconds=10)]
        try:
            with temporary_postgres() as server:
                runs.append(
                    run_load(
                        Path(tmp) / "pg",
                        backend="postgresql",
                        devices=10,
                        seconds=10,
                        processes=2,
                        database=_fresh_database(server),
                    )
                )
        except (SystemExit, subprocess.CalledProcessError, OSError):
            pass  # no PostgreSQL here: SQLite figures only
        for r in runs:
            label = f"hub {r['backend']} ×{r['processes']}, {r['devices']} laptops"
            detail = {k: r[k] for k in ("seconds", "ops_per_bundle", "errors", "syncs_per_s")}
            out += [
                Result(
                    f"{label}: bundles merged per second",
                    r["bundles_per_s"],
                    unit="/s",
                    detail=detail,
                ),
                Result(f"{label}: ops merged per second", r["ops_per_s"], unit="/s", detail=detail),
                Result(
                    f"{label}: request p95 (hub side)", r["server_p95_ms"] / 1000, detail=detail
                ),
                Result(
                    f"{label}: request p95 (laptop side)", r["request_p95_ms"] / 1000, detail=detail
                ),
            ]
    return out
