"""No SQL in desktop/ui: screens read and write through the core (desktop/core, the store's
functions), never with statements of their own. Every string of a ui module (f-strings too)
is searched for SQL, and every call of a connection's execute; a planted statement fails."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "desktop" / "ui"

SQL = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bCREATE\s+(TABLE|INDEX|VIEW|TRIGGER)\b|\bPRAGMA\s+\w+",
)
EXECUTE = {"execute", "executemany", "executescript"}


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    parts = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    for node in ast.walk(tree):
        if id(node) in parts:
            continue  # read with its f-string
        if isinstance(node, ast.JoinedStr):
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else " ? "
                for v in node.values
            )
            out.append((node.lineno, text))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append((node.lineno, node.value))
    return out


def sql_in(root: Path) -> list[str]:
    """Where a module under root holds SQL or calls execute (path:line: what)."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(root.parent)
        for line, text in _strings(tree):
            if SQL.search(text):
                found.append(f"{where}:{line}: {' '.join(text.split())[:60]}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in EXECUTE
            ):
                found.append(f"{where}:{node.lineno}: .{node.func.attr}(…)")
    return sorted(set(found))


def test_desktop_ui_holds_no_sql() -> None:
    assert UI.is_dir()
    assert sql_in(UI) == []


def test_a_planted_statement_is_found(tmp_path: Path) -> None:
    ui = tmp_path / "ui"
    (ui / "security").mkdir(parents=True)
    (ui / "page.py").write_text(
        "def names(store):\n"
        "    return store.conn.execute(\n"
        '        f"SELECT name FROM schools WHERE id IN ({ids})"\n'
        "    ).fetchall()\n",
        encoding="utf-8",
    )
    (ui / "security" / "dialog.py").write_text(
        'RENAME = "UPDATE children SET name=? WHERE id=?"\n', encoding="utf-8"
    )
    (ui / "clean.py").write_text(
        'LABEL = "选择学校"  # SELECT in a comment is no statement\n'
        "def run(op):\n    op._execute()\n",
        encoding="utf-8",
    )
    assert sql_in(ui) == [
        "ui/page.py:2: .execute(…)",
        "ui/page.py:3: SELECT name FROM schools WHERE id IN ( ? )",
        "ui/security/dialog.py:1: UPDATE children SET name=? WHERE id=?",
    ]
