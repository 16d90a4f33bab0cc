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


def module_imports(root: Path) -> dict[str, set[str]]:
    """The project modules each module imports when it is loaded (module level, including
    imports under `if`/`try` there; not those inside functions), with its parent packages."""
    modules = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            inner = list(ast.walk(node)) if isinstance(node, (ast.If, ast.Try)) else [node]
            for n in inner:
                names = []
                if isinstance(n, ast.Import):
                    names = [a.name for a in n.names]
                elif isinstance(n, ast.ImportFrom) and n.module and n.level == 0:
                    names = [n.module] + [f"{n.module}.{a.name}" for a in n.names]
                for full in names:
                    pieces = full.split(".")
                    deps |= {
                        ".".join(pieces[:i])
                        for i in range(1, len(pieces) + 1)
                        if ".".join(pieces[:i]) in modules
                    }
        graph[name] = deps - {name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles, state = [], {}

    def visit(module: str, stack: list[str]) -> None:
        state[module] = "open"
        stack.append(module)
        for dep in sorted(graph.get(module, ())):
            if state.get(dep) == "open":
                cycles.append([*stack[stack.index(dep) :], dep])
            elif dep not in state:
                visit(dep, stack)
        stack.pop()
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
    return cycles


def test_no_import_cycles():
    """The app imports the main window's modules on a thread while the user signs in
    (desktop.ui.app.preload_modules); two threads importing at once can deadlock only
    through a cycle of module-level imports."""
    assert import_cycles(module_imports(ROOT / "desktop")) == []


def test_the_cycle_check_sees_a_cycle(tmp_path):
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg import b\n")
    (pkg / "b.py").write_text("try:\n    import pkg.a\nexcept ImportError:\n    pass\n")
    assert import_cycles(module_imports(pkg)) == [["pkg.a", "pkg.b", "pkg.a"]]
