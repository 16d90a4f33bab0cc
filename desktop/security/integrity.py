"""Is the database file healthy? Checks that explain what they find, in Chinese.

- `open_check()` is cheap (milliseconds even for a county): the file is there, not empty,
  has the right header (or decrypts with the key), is as long as its header says, and its
  schema can be read. Sign-in runs it; a damaged file is refused with `DatabaseDamaged`,
  which carries the backups to restore from.
- `quick_check()` runs SQLite's PRAGMA quick_check (seconds on a county database): the app
  runs it in the background after start, before the daily backup.
- `full_check()` (`kcbx check`) adds PRAGMA integrity_check, foreign_key_check and checks of
  the schema version, migration steps and the audit-trail triggers.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.security import cipher
from desktop.store import db, schema

OK, WARNING, ERROR = "ok", "warning", "error"
LEVEL_LABELS = {OK: N_("正常"), WARNING: N_("注意"), ERROR: N_("错误")}


@dataclass(frozen=True)
class Finding:
    level: str
    message: str


@dataclass
class Report:
    path: Path
    findings: list[Finding] = field(default_factory=list)

    def add(self, level: str, message: str) -> None:
        self.findings.append(Finding(level, message))

    @property
    def damaged(self) -> bool:
        return any(f.level == ERROR for f in self.findings)

    def text(self) -> str:
        return "\n".join(self.lines())

    def lines(self) -> list[str]:
        """The report line by line, each a marked text (the interface translates each)."""
        lines: list[str] = [Msg("数据库：{path}", path=self.path)]
        lines += [
            Msg("[{level}] {message}", level=LEVEL_LABELS[f.level], message=f.message)
            for f in self.findings
        ]
        if self.damaged:
            lines.append(
                N_("结论：数据库文件有损坏。请从最近的完好备份恢复（kcbx restore --db 文件）。")
            )
        elif any(f.level == WARNING for f in self.findings):
            lines.append(N_("结论：数据库可以使用，但有需要注意的问题（见上）。"))
        else:
            lines.append(N_("结论：数据库完好。"))
        return lines


class DatabaseDamaged(UserError):
    """The database file is damaged; `backups` lists what it can be restored from."""

    def __init__(self, report: Report, backups: list[Any]) -> None:
        self.report = report
        self.backups = backups
        problem = next((f.message for f in report.findings if f.level == ERROR), N_("文件已损坏"))
        hint = (
            Msg("最近的备份：{label}。可以从备份恢复。", label=backups[0].label)
            if backups
            else N_("没有找到这个数据库的备份。")
        )
        super().__init__(
            Msg("数据库文件已损坏，无法正常打开：{problem}\n{hint}", problem=problem, hint=hint)
        )


def _open(path: Path, key: bytes | None, report: Report) -> Any | None:
    """Open for checking (read-only use), or None with the reason in the report."""
    if not path.exists():
        report.add(ERROR, N_("数据库文件不存在"))
        return None
    size = path.stat().st_size
    if size == 0:
        report.add(ERROR, N_("数据库文件是空的（0字节），内容已丢失"))
        return None
    if key is None and not cipher.is_plaintext_sqlite(path):
        if cipher.is_encrypted(path):
            report.add(ERROR, N_("数据库已加密，需要密码才能检查"))
        else:
            report.add(
                ERROR, N_("文件开头不是数据库的格式：文件已损坏、被覆盖，或不是本程序的数据库")
            )
        return None
    if key is not None and cipher.is_plaintext_sqlite(path):
        report.add(WARNING, N_("数据库尚未加密完成（上次加密被中断），登录后会自动完成加密"))
        key = None
    try:
        return cipher.open_raw(path, key)
    except cipher.WrongKey:
        report.add(ERROR, N_("数据库无法解密：文件已损坏（开头被改写或截断），或与密钥文件不配套"))
    except db.DatabaseError as exc:
        report.add(ERROR, Msg("无法打开数据库：{exc}", exc=exc))
    return None


def _size_check(conn: Any, path: Path, report: Report) -> None:
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    size = path.stat().st_size
    wal = Path(str(path) + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if size % page_size:
        report.add(
            ERROR, Msg("文件长度（{size}字节）不是页大小的整数倍：文件被截断或写坏", size=size)
        )
    elif wal_size == 0 and size < pages * page_size:
        report.add(
            ERROR,
            Msg(
                "文件比数据库记录的长度短（{size} < {expected}字节）：文件被截断，后面的数据丢失",
                size=size,
                expected=pages * page_size,
            ),
        )


def open_check(path: str | Path, key: bytes | None = None) -> Report:
    """The cheap check made at every sign-in (no full scan)."""
    path = Path(path)
    report = Report(path)
    conn = _open(path, key, report)
    if conn is None:
        return report
    try:
        _size_check(conn, path, report)
        conn.execute("SELECT name, sql FROM sqlite_master").fetchall()
        conn.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error as exc:
        report.add(ERROR, Msg("数据库结构无法读取：{exc}", exc=_explain(exc)))
    finally:
        conn.close()
    return report


def quick_check(path: str | Path, key: bytes | None = None) -> Report:
    """PRAGMA quick_check: every page readable, every b-tree well formed (seconds)."""
    return _pragma_check(Path(path), key, "quick_check")


def _pragma_check(path: Path, key: bytes | None, pragma: str) -> Report:
    report = open_check(path, key)
    if report.damaged:
        return report
    conn = _open(path, key, Report(path))
    if conn is None:
        report.add(ERROR, N_("数据库无法打开"))
        return report
    try:
        problems = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
        if problems == ["ok"]:
            report.add(
                OK,
                N_("页面和索引结构检查通过") if pragma == "quick_check" else N_("完整性检查通过"),
            )
        else:
            report.add(
                ERROR,
                Msg(
                    "发现 {problems} 处结构损坏，例如：{first}",
                    problems=len(problems),
                    first=problems[0],
                ),
            )
    except sqlite3.Error as exc:
        report.add(ERROR, Msg("检查时读到损坏的数据：{exc}", exc=_explain(exc)))
    finally:
        conn.close()
    return report


def full_check(path: str | Path, key: bytes | None = None) -> Report:
    """Everything `kcbx check` reports."""
    path = Path(path)
    report = _pragma_check(path, key, "integrity_check")
    if report.damaged:
        return report
    conn = _open(path, key, Report(path))
    if conn is None:
        return report
    try:
        _foreign_keys(conn, report)
        _schema(conn, report)
        _leftovers(path, report)
    except sqlite3.Error as exc:
        report.add(ERROR, Msg("检查时出错：{exc}", exc=_explain(exc)))
    finally:
        conn.close()
    return report


_TABLE_LABELS = {
    "children": N_("学生"),
    "schools": N_("学校"),
    "devices": N_("设备"),
    "guardians": N_("监护人"),
    "enrolments": N_("学籍记录"),
    "cases": N_("案件"),
    "plans": N_("一人一案工作方案"),
    "events": N_("工作记录"),
    "changes": N_("变更日志"),
}


def _foreign_keys(conn: Any, report: Report) -> None:
    counts: dict[tuple[str, str], int] = {}
    for row in conn.execute("PRAGMA foreign_key_check"):
        counts[(row[0], row[2])] = counts.get((row[0], row[2]), 0) + 1
    if not counts:
        report.add(OK, N_("记录之间的引用完整（没有指向不存在记录的数据）"))
        return
    for (table, parent), n in sorted(counts.items()):
        report.add(
            WARNING,
            Msg(
                "{table}中有 {n} 条记录引用了不存在的{parent}（可能是同步尚未收齐，或数据被误删）",
                table=_TABLE_LABELS.get(table, table),
                n=n,
                parent=_TABLE_LABELS.get(parent, parent),
            ),
        )


def _schema(conn: Any, report: Report) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    latest = schema.latest_version()
    if version > latest:
        report.add(
            ERROR,
            Msg(
                "数据库结构版本 {version} 比本程序支持的 {latest} 新：请升级程序",
                version=version,
                latest=latest,
            ),
        )
        return
    done = schema.applied_steps(conn)
    missing = [s for s in schema.all_steps() if s.number not in done]
    if missing:
        report.add(
            WARNING,
            Msg(
                "有 {missing} 个结构升级步骤尚未执行（打开程序时会自动执行，并先做备份）",
                missing=len(missing),
            ),
        )
    else:
        report.add(OK, Msg("数据库结构为最新（版本 {version}）", version=version))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    needed = {"meta", "children", "cases", "events", "audit", "changes", "devices"}
    if needed - tables:
        report.add(ERROR, Msg("缺少数据表：{tables}", tables=sorted(needed - tables)))
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    from desktop.store.schema_security import IMMUTABLE

    expected = {f"{t}_no_{op.lower()}" for t, ops in IMMUTABLE.items() for op in ops}
    if 302 in done and not expected <= triggers:
        report.add(ERROR, N_("审计记录的防篡改保护（触发器）被删除"))
    elif 302 in done:
        report.add(OK, N_("审计记录防篡改保护有效"))
    row = conn.execute("SELECT value FROM meta WHERE key='device_id'").fetchone()
    if row is None:
        report.add(WARNING, N_("缺少本机设备编号（首次打开时会自动生成）"))


def _leftovers(path: Path, report: Report) -> None:
    names = [f".{path.name}.encrypting", f".{path.name}.plaintext-old"]
    if any((path.parent / n).exists() for n in names):
        report.add(WARNING, N_("上次加密没有完成，留有临时文件；登录后会自动处理"))


def _explain(exc: BaseException) -> str:
    text = str(exc)
    translated = db.translate(exc if isinstance(exc, Exception) else Exception(text))
    return str(translated) if isinstance(translated, UserError) else text
