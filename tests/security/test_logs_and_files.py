"""Logs rotate and never hold personal data; files are written atomically."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
import textwrap

import pytest

from desktop.security import logs
from desktop.store import files


@pytest.fixture
def redactor():
    r = logs.Redactor()
    r.add_names(["王小明", "欧阳娜娜", "李四", "x"])  # "x" is too short to be a name: ignored
    return r


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("身份证 52263320150312123X 不符", "身份证 [身份证号] 不符"),
        ("id=522633201503121234,", "id=[身份证号],"),
        ("学籍号 G52263320150312123x", "学籍号 [身份证号]"),
        ("电话13812345678。", "电话[手机号]。"),
        ("手机 138-1234-5678 和 +86 139 1234 5678", "手机 [手机号] 和 [手机号]"),
        ("座机 0855-6412345", "座机 [电话]"),
        ("学生王小明的监护人李四", "学生[姓名]的监护人[姓名]"),
        ("欧阳娜娜家访", "[姓名]家访"),
        (
            "case 2026-103-0001-ABC seq 1234567 at 12:00",
            "case 2026-103-0001-ABC seq 1234567 at 12:00",
        ),
        ("王小", "王小"),
    ],
)
def test_redaction(redactor, text, expected):
    assert redactor(text) == expected


def test_the_compact_name_store_knows_exactly_the_names_added():
    """The names are packed by length and first character and found by bisection: the same
    answers as a set of the names, whether added sorted (a database's stream), unsorted, in
    batches that split one first character, twice, or mixed with astral characters."""
    import random

    rng = random.Random(22)
    chars = "王李张刘陈杨赵黄周吴小明娜丽华强军芳敏静欧阳·𠀀𠮷"
    names = {
        "".join(rng.choice(chars) for _ in range(rng.randint(1, 7))) for _ in range(3000)
    }
    names |= {" 龙晓梅 ", "王\t"}
    expected = {n.strip() for n in names if logs.NAME_MIN <= len(n.strip()) <= logs.NAME_MAX}
    others = {"".join(rng.choice(chars) for _ in range(rng.randint(2, 6))) for _ in range(3000)}
    for feed in ("sorted", "unsorted", "small batches", "twice"):
        r = logs.Redactor()
        if feed == "sorted":
            r.add_sorted_names(sorted(names))
        elif feed == "unsorted":
            r.add_sorted_names(rng.sample(sorted(names), len(names)))
        elif feed == "small batches":
            r.add_sorted_names(sorted(names), batch=7)
        else:
            r.add_names(sorted(names)[::2])
            r.add_sorted_names(sorted(names))
        assert {n for n in expected | others if r.knows(n)} == expected, feed
    assert r("学生龙晓梅") == "学生[姓名]"


def test_learn_names_reads_every_table_name_by_name(tmp_path):
    import sqlite3

    conn = sqlite3.connect(tmp_path / "n.db")
    conn.executescript(
        "CREATE TABLE children (name TEXT); CREATE TABLE guardians (name TEXT);"
        " CREATE TABLE users (display_name TEXT);"
        " INSERT INTO children VALUES ('张三丰'), ('李四'), (NULL), ('x');"
        " INSERT INTO guardians VALUES ('张翠山'), ('张三丰');"
        " INSERT INTO users VALUES ('周芷若');"
    )
    conn.execute("PRAGMA cache_size = -32000")
    saved = logs.redactor
    logs.redactor = logs.Redactor()
    try:
        assert logs.learn_names(conn) == 6  # the NULL name is not counted
        # read in parts by the first character's code point: every part is read
        conn.executemany(
            "INSERT INTO guardians VALUES (?)", [(chr(0x4E00 + i) + "明",) for i in range(16)]
        )
        assert logs.learn_names(conn) == 22
        assert all(logs.redactor.knows(chr(0x4E00 + i) + "明") for i in range(16))
        # read through a small page cache, the connection's own given back
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -32000
        assert all(logs.redactor.knows(n) for n in ("张三丰", "李四", "张翠山", "周芷若"))
        assert not logs.redactor.knows("张三") and not logs.redactor.knows("x")
    finally:
        logs.redactor = saved


def test_the_log_file_holds_no_personal_data_even_in_tracebacks(tmp_path):
    log_file = tmp_path / "t.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    r = logs.Redactor()
    r.add_names(["张三丰"])
    handler.addFilter(logs.RedactingFilter(r))
    logger = logging.getLogger("kcbx.test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning(
            "保存 %s 的记录失败（%s，%s）", "张三丰", "522633201503121234", "13812345678"
        )
        try:
            raise ValueError("bad id 522633201503121234 for 张三丰")
        except ValueError:
            logger.exception("import failed for 张三丰")
    finally:
        logger.removeHandler(handler)
        handler.close()
    text = log_file.read_text(encoding="utf-8")
    assert "张三丰" not in text and "522633201503121234" not in text and "13812345678" not in text
    assert "[姓名]" in text and "[身份证号]" in text and "ValueError" in text


def test_setup_logging_rotates_and_redacts(tmp_path, monkeypatch):
    """In a fresh process: the app's log setup, a few MB of messages, at most 6 files."""
    monkeypatch.setenv("KCBX_DATA_DIR", str(tmp_path / "data"))
    code = textwrap.dedent(
        """
        import logging
        from desktop.security import logs
        logs.setup_logging()
        logs.redactor.add_names(["龙晓梅"])
        log = logging.getLogger("kcbx.test")
        for i in range(90000):
            log.info("第%d条：龙晓梅 522633201503121234 13812345678", i)
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=os.environ.copy())
    folder = tmp_path / "data" / "logs"
    files = sorted(p.name for p in folder.iterdir())
    assert files[0] == "kcbx.log" and len(files) == 1 + logs.BACKUP_COUNT
    for p in folder.iterdir():
        assert p.stat().st_size <= logs.MAX_BYTES + 200
        text = p.read_text(encoding="utf-8")
        assert (
            "龙晓梅" not in text and "522633201503121234" not in text and "13812345678" not in text
        )


def test_atomic_write_replaces_whole_or_not_at_all(tmp_path):
    target = tmp_path / "settings.json"
    files.write_text(target, "old")
    with pytest.raises(RuntimeError), files.atomic_open(target, "w") as fh:
        fh.write("half of the new")
        raise RuntimeError("crash while writing")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    files.write_text(target, "new")
    assert target.read_text() == "new"


def test_atomic_write_on_a_full_disk(tmp_path):
    """An injected ENOSPC (a file size limit, in a child process): a clear message, the old
    file intact, no temporary file left."""
    target = tmp_path / "export.bin"
    target.write_bytes(b"previous export")
    code = textwrap.dedent(
        f"""
        import resource, signal, sys
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
        from desktop.store import files
        try:
            files.write_bytes({str(target)!r}, b"x" * (1024 * 1024))
        except files.DiskFullError as exc:
            print(exc)
            sys.exit(3)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "磁盘已满" in result.stdout
    assert target.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["export.bin"]


def test_opened_attachment_copies_are_removed(tmp_path):
    from desktop.security import cleanup

    folder = tmp_path / "open"
    folder.mkdir()
    (folder / "abc-扫描件.pdf").write_bytes(b"%PDF secret scan")
    assert cleanup.remove_opened_copies(folder) == 1
    assert list(folder.iterdir()) == []
    assert cleanup.remove_opened_copies(tmp_path / "missing") == 0
