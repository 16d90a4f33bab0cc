"""`kcbx form` as county IT staff and scripts use it."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from ladder import ready_for
from pdfcheck import pdf_text

from desktop.store.repo import Store


def kcbx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "form", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_list_names_every_template() -> None:
    from desktop.forms import documents

    r = kcbx("--list")
    assert r.returncode == 0
    for template_id, t in documents.templates().items():
        assert template_id in r.stdout and t.title in r.stdout


def test_issue_blank_reprint_and_batch(demo_db, tmp_path) -> None:
    with Store.open(demo_db) as store:
        case_no, name, township = store.conn.execute(
            "SELECT c.case_no, ch.name, t.name FROM cases c JOIN children ch ON ch.id = c.child_id"
            " JOIN regions t ON t.code = c.township_code WHERE c.state='persuading'"
            " ORDER BY c.case_no LIMIT 1"
        ).fetchone()
        case_id = store.conn.execute("SELECT id FROM cases WHERE case_no=?", (case_no,)).fetchone()
        ready_for(store, case_id[0], "order_notice", dt.date.today())  # school notice first
    db = str(demo_db)
    out = tmp_path / "order.pdf"
    r = kcbx("--db", db, "order_notice", "--case", case_no, "--out", str(out))
    assert r.returncode == 0, r.stderr
    number = r.stdout.split("已出具 ", 1)[1].split("：", 1)[0]
    assert name in pdf_text(out.read_bytes()) and number in pdf_text(out.read_bytes())

    blank = tmp_path / "blank.pdf"
    assert (
        kcbx("--db", db, "home_visit", "--case", case_no, "--blank", "--out", str(blank)).returncode
        == 0
    )
    assert name in pdf_text(blank.read_bytes())

    again = tmp_path / "again.pdf"
    assert kcbx("--db", db, "--reprint", number, "--out", str(again)).returncode == 0
    assert again.read_bytes() == out.read_bytes()

    ledger = tmp_path / "ledger.pdf"
    r = kcbx("--db", db, "ledger_dropout", "--township", township, "--out", str(ledger))
    assert r.returncode == 0, r.stderr
    assert f"{township}辍学学生台账" in pdf_text(ledger.read_bytes())

    batch = tmp_path / "batch.pdf"
    r = kcbx(
        "--db",
        db,
        "order_notice",
        "--batch",
        "--township",
        township,
        "--state",
        "persuading",
        "--out",
        str(batch),
    )
    assert r.returncode == 0, r.stderr
    assert "份限期返校/责令改正通知书" in r.stdout

    listed = kcbx("--db", db, "--issued")
    assert number in listed.stdout
    with Store.open(demo_db) as store:
        prints = store.conn.execute("SELECT count(*) FROM audit WHERE action='print'").fetchone()[0]
    assert prints == 5  # issue, blank, reprint, ledger, batch


def test_user_errors_are_plain_chinese(demo_db, tmp_path) -> None:
    r = kcbx("--db", str(demo_db), "nonsense", "--case", "x", "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 1 and "错误：没有名为“nonsense”的文书模板" in r.stderr
    r = kcbx("--db", str(demo_db), "order_notice", "--out", str(tmp_path / "x.pdf"))
    assert r.returncode == 1 and "--case" in r.stderr
    r = kcbx(
        "--db",
        str(demo_db),
        "order_notice",
        "--case",
        "2000-000-0000-XXX",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert r.returncode == 1 and "找不到案件" in r.stderr
    r = kcbx(
        "--db",
        str(demo_db),
        "ledger_dropout",
        "--township",
        "不存在镇",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert r.returncode == 1 and "找不到乡镇" in r.stderr


def test_assign_slot_gives_plain_numbers(demo_db, tmp_path) -> None:
    with Store.open(demo_db) as store:
        case_no = store.conn.execute("SELECT case_no FROM cases LIMIT 1").fetchone()[0]
    assert kcbx("--db", str(demo_db), "--assign-slot", "1").returncode == 0
    r = kcbx("--db", str(demo_db), "case_plan", "--case", case_no, "--out", str(tmp_path / "p.pdf"))
    assert "字〔" in r.stdout and "〕1001号" in r.stdout
