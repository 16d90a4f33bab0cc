"""Only desktop/ui may import PySide6: everything else must work without a screen."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def qt_imports(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "PySide6" for a in node.names
        ):
            lines.append(node.lineno)
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "PySide6":
            lines.append(node.lineno)
    return lines


def test_only_ui_imports_pyside6():
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[:2] == ("desktop", "ui"):
            continue
        if qt_imports(path):
            offenders.append(f"{rel}:{qt_imports(path)}")
    assert offenders == []


def test_the_check_sees_an_offender(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n")
    assert qt_imports(bad) == [2]


def test_domain_imports_no_store():
    for path in (ROOT / "desktop" / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "desktop.store" not in text, path


def test_test_modules_have_unique_basenames():
    # pytest imports test files by basename (rootdir-relative "prepend" mode): two files with
    # the same name in different folders stop the whole suite at collection.
    seen: dict[str, Path] = {}
    clashes = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path.name in ("conftest.py", "__init__.py"):
            continue
        if path.name in seen:
            clashes.append(f"{seen[path.name].relative_to(ROOT)} ~ {path.relative_to(ROOT)}")
        seen[path.name] = path
    assert clashes == []
