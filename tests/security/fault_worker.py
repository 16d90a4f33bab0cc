"""A child process for the fault tests: writes to a database and reports each commit on stdout
(the parent kills it with SIGKILL at a random moment, then checks what survived).

    python fault_worker.py MODE DB KEYHEX|plain
"""

from __future__ import annotations

import sys
import uuid


def main() -> None:
    mode, path, keyhex = sys.argv[1], sys.argv[2], sys.argv[3]
    from desktop.security import backup, cipher, session

    session.install()
    if keyhex != "plain" and mode != "encrypt":
        cipher.register_key(path, bytes.fromhex(keyhex))
    if mode == "migrate":
        _migrate(path)
        return
    if mode == "encrypt":
        from desktop.security import encrypt

        print("ready", flush=True)
        encrypt.encrypt_in_place(path, bytes.fromhex(keyhex))
        print("commit encrypted", flush=True)
        return
    from desktop.store.repo import Store

    store = Store.open(path, actor="故障测试")
    township = store.conn.execute("SELECT code FROM regions WHERE level='township'").fetchone()[0]
    print("ready", flush=True)
    run = uuid.uuid4().hex[:8]
    n = 0
    while True:
        n += 1
        if mode == "writes":
            # one multi-row change: a child, a guardian, an event, a field change
            cid = str(uuid.uuid4())
            with store.transaction():
                store.create(
                    "children",
                    {"name": f"测试{n}", "township_code": township},
                    row_id=cid,
                )
                store.create("guardians", {"child_id": cid, "name": f"家长{n}"})
                store.update("children", cid, {"notes": f"第{n}次"})
                store.append_event(
                    "follow_up", {"note": f"回访{n}"}, occurred_on="2026-03-01", child_id=cid
                )
            print(f"commit {cid}", flush=True)
        elif mode == "import":
            batch = f"batch{run}x{n}"
            rows = [
                {
                    "id": f"{batch}-{i}",
                    "name": f"导入{i}",
                    "township_code": township,
                    "notes": batch,
                }
                for i in range(500)
            ]
            with store.transaction():
                store.bulk_create("children", rows)
                store.bulk_create(
                    "guardians",
                    [{"id": f"g-{r['id']}", "child_id": r["id"], "name": "家长"} for r in rows],
                )
            print(f"commit {batch}", flush=True)
        elif mode == "backup":
            b = backup.make_backup(path, reason="manual", rotate_after=False)
            print(f"commit {b.path.name}", flush=True)
        else:
            raise SystemExit(f"unknown mode {mode}")


def _migrate(path: str) -> None:
    """A slow schema step (many rows, an index) run by Store.open, after the backup hook."""
    from desktop.store import schema
    from desktop.store.repo import Store

    def slow_step(conn) -> None:  # type: ignore[no-untyped-def]
        conn.execute("CREATE TABLE fault_step (n INTEGER PRIMARY KEY, pad TEXT)")
        for _ in range(40):
            conn.executemany("INSERT INTO fault_step(pad) VALUES (?)", [("x" * 200,)] * 1500)
        conn.execute("CREATE INDEX fault_step_pad ON fault_step(pad)")

    original = schema.all_steps
    schema.all_steps = lambda: [*original(), schema.Step(399, "fault test step", slow_step)]
    print("ready", flush=True)
    with Store.open(path):
        pass
    print("commit migrated", flush=True)


if __name__ == "__main__":
    main()
