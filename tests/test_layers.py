"""The house rules of the imports: only desktop/ui imports PySide6; the packages of desktop/
import each other only downwards, in the order of LAYERS below (shared/DESIGN.md: domain ←
store ← core ← capabilities ← hub, ui, commands, cli); no cycles between packages, nor between
modules at load time.

Every import counts: at module level, inside functions and methods, under `if`/`try`, and
under `if TYPE_CHECKING:` (policy: a type-only import is a dependency all the same — mypy
follows it and the reader must know the other package; a lower package that needs to name an
upper one's type declares a Protocol instead). A module imported by name from a table (a
string that is exactly the name of one of our modules, e.g. desktop.cli.COMMANDS) counts too.
"""

import ast
import functools
import sys
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
    imports under `if`/`try` there; not those inside functions nor under `if TYPE_CHECKING`,
    which never run), with its parent packages."""
    modules = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue  # never runs: no load-time cycle (the package order counts them)
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


# --- the package order ------------------------------------------------------------------------

# The packages of desktop/ (a subpackage, or a module directly in desktop/: "desktop" is its
# __init__), lowest first. A package may import any package of a lower layer; within its own
# layer only the ones PEERS names. Nothing outside desktop/ (bench, tests, installer), and
# nothing a layer does not list: a new package must be placed here.
LAYERS: list[set[str]] = [
    {"desktop", "paths", "resources"},  # the version, the data folder, shipped files
    {"domain"},  # pure Python: entities, codes, rules
    {"store"},  # SQLite, and the atomic file writer (store/files.py)
    {"core"},  # the Workbench: actor, commands, Changes, progress
    {"security", "forms", "intake", "prevention", "reports", "sync", "demo"},  # capabilities
    {"hub", "ui", "commands"},  # what people use
    {"cli"},  # the `kcbx` command: every subcommand and the app
    {"__main__"},  # the bootstrap (`python3 -m desktop`): imported by nothing
]
PEERS: dict[str, set[str]] = {
    "intake": {"security"},  # a backup before an import
    "forms": {"security"},  # `kcbx form` signs in (security.cli_support)
    "prevention": {"intake"},  # roster readers for the register
    "reports": {"intake", "forms", "prevention", "security"},  # what they count and print with
    "sync": {"security", "forms"},  # sealed keys, the session's data key; number blocks
    "demo": {"prevention"},
}


def package_of(module: str) -> str:
    """desktop.store.cases -> store; desktop.cli -> cli; desktop -> desktop; bench.x -> bench."""
    parts = module.split(".")
    if parts[0] != "desktop":
        return parts[0]
    return parts[1] if len(parts) > 1 else "desktop"


@functools.cache
def all_imports(root: Path) -> list[tuple[str, str, int]]:
    """(importing module, imported module, line) for every import of our modules anywhere in
    the package at `root` (a folder named like the package, e.g. desktop/)."""
    modules: dict[str, tuple[Path, bool]] = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        modules[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    ours = (root.name, "bench")
    found = []
    for name, (path, is_package) in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the importing module's package upwards
                    here = name.split(".") if is_package else name.split(".")[:-1]
                    here = here[: len(here) - node.level + 1]
                    base = ".".join([*here, base] if base else here)
                # `from desktop import cli` imports the module desktop.cli
                targets = [
                    f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                    for a in node.names
                ]
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and node.value in modules
                and "." in node.value
            ):
                targets = [node.value]  # a module imported by name from a table
            for target in targets:
                if target.split(".")[0] in ours:
                    found.append((name, target, node.lineno))
    return found


def package_edges(root: Path) -> dict[tuple[str, str], list[str]]:
    """(package, imported package) -> where ("module:line"), between different packages."""
    edges: dict[tuple[str, str], list[str]] = {}
    for module, target, line in all_imports(root):
        a, b = package_of(module), package_of(target)
        if a != b:
            edges.setdefault((a, b), []).append(f"{module}:{line}")
    return edges


def allowed(importer: str, imported: str) -> bool:
    rank = {pkg: i for i, layer in enumerate(LAYERS) for pkg in layer}
    if importer not in rank or imported not in rank:
        return False
    if rank[imported] < rank[importer]:
        return True
    return imported in PEERS.get(importer, set())


def layer_violations(root: Path) -> list[str]:
    return [
        f"{a} -> {b}: {', '.join(where)}"
        for (a, b), where in sorted(package_edges(root).items())
        if not allowed(a, b)
    ]


def package_cycles(root: Path) -> list[list[str]]:
    graph: dict[str, set[str]] = {}
    for a, b in package_edges(root):
        graph.setdefault(a, set()).add(b)
    return import_cycles(graph)


def test_packages_import_only_downwards():
    assert layer_violations(ROOT / "desktop") == []


def test_no_cycles_between_packages():
    assert package_cycles(ROOT / "desktop") == []


def test_the_declared_order_is_an_order():
    layer_of = {pkg: i for i, layer in enumerate(LAYERS) for pkg in layer}
    assert sum(len(layer) for layer in LAYERS) == len(layer_of)  # each package placed once
    for pkg, peers in PEERS.items():
        assert peers <= {p for p in layer_of if layer_of[p] == layer_of[pkg]}, pkg
    assert import_cycles({pkg: set(peers) for pkg, peers in PEERS.items()}) == []
    on_disk = {
        package_of(".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"))
        for p in (ROOT / "desktop").rglob("*.py")
    }
    assert on_disk <= set(layer_of), on_disk - set(layer_of)


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "desktop"
    for rel, text in {
        **dict.fromkeys(
            ("__init__.py", "domain/__init__.py", "store/__init__.py", "ui/__init__.py"), ""
        ),
        "domain/model.py": "X = 1\n",
        "store/repo.py": "from desktop.domain import model\n",
        **files,
    }.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_clean_planted_tree_passes(tmp_path):
    root = _plant(tmp_path, {"ui/view.py": "def f():\n    from desktop.store import repo\n"})
    assert layer_violations(root) == []
    assert package_cycles(root) == []


def test_the_checker_fails_on_an_upward_import_inside_a_function(tmp_path):
    root = _plant(tmp_path, {"domain/rules.py": "def f():\n    from ..store import repo\n"})
    assert layer_violations(root) == ["domain -> store: desktop.domain.rules:2"]
    assert package_cycles(root) == [["domain", "store", "domain"]]


def test_the_checker_counts_type_checking_tables_and_bench(tmp_path):
    root = _plant(
        tmp_path,
        {
            "store/cases.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from desktop.ui.view import View\n",
            "domain/names.py": "TABLE = {'x': 'desktop.store.repo'}\n",
            "ui/view.py": "class View:\n    def m(self):\n        import bench.cli\n",
            "domain/codes.py": "def f():\n    from desktop import ui\n",
        },
    )
    assert layer_violations(root) == [
        "domain -> store: desktop.domain.names:1",
        "domain -> ui: desktop.domain.codes:2",
        "store -> ui: desktop.store.cases:3",
        "ui -> bench: desktop.ui.view:3",
    ]


def test_the_bootstrap_is_imported_by_nothing_and_needs_only_the_standard_library():
    """desktop/__main__.py makes the environment before anything else can be imported: it may
    use only the standard library at load time, and the app (desktop.cli) once it runs inside
    the environment; no module of the app imports it."""
    importers = [m for m, t, _l in all_imports(ROOT / "desktop") if t == "desktop.__main__"]
    assert importers == []
    tree = ast.parse((ROOT / "desktop" / "__main__.py").read_text(encoding="utf-8"))
    loaded = [a.name for n in tree.body if isinstance(n, ast.Import) for a in n.names]
    loaded += [n.module or "" for n in tree.body if isinstance(n, ast.ImportFrom)]
    stdlib = {*sys.stdlib_module_names, "__future__"}
    assert [m for m in loaded if m.split(".")[0] not in stdlib] == []
    later = {t for m, t, _l in all_imports(ROOT / "desktop") if m == "desktop.__main__"}
    assert later == {"desktop.cli"}
