"""What goes into the frozen app: computed here, used by kcbx.spec and checked by the tests.

Nothing is listed twice: the modules imported by name at run time come from the tables that
name them (desktop.cli.COMMANDS, desktop.ui.features.FEATURES, the schema packages of
desktop.store.schema, bench.cli.SUITES), and the data files from the folders in resources/.
Only the standard library is imported at module level (the spec runs this inside PyInstaller).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
INSTALLER = ROOT / "installer"
APP_NAME = "kcbx"
APP_TITLE = "控辍保学工作台"

# Every place the code imports a module by a name it computes, and the table naming them.
# tests/installer/test_bundle.py fails when an importlib call appears anywhere else.
DYNAMIC_IMPORT_SITES = {
    "desktop/cli.py": "COMMANDS",
    "desktop/ui/features.py": "FEATURES",
    "desktop/store/schema.py": "_PACKAGE_MODULES",
    "bench/cli.py": "SUITES",
    "desktop/ui/app.py": "_WINDOW_MODULES",
}


def _ensure_root_on_path() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))


def registry_modules() -> list[str]:
    """Every module the app imports by name from one of its tables (present or not)."""
    _ensure_root_on_path()
    from bench.cli import SUITES
    from desktop.cli import COMMANDS
    from desktop.store import schema
    from desktop.ui.app import _WINDOW_MODULES
    from desktop.ui.features import FEATURES

    names = [module for module, _help in COMMANDS.values()]
    names += list(_WINDOW_MODULES)
    names += list(FEATURES)
    names += [f"desktop.store.schema_{pkg}" for pkg in schema._PACKAGE_MODULES]
    names += list(SUITES)
    return list(dict.fromkeys(names))


def _exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


# Packages of this repository the frozen app leaves out. bench (`kcbx bench`): a developer's
# tool that needs the source tree (it hashes desktop/demo/*.py, keeps data in bench/data,
# starts `python -c` probes); the frozen app answers `kcbx bench` with "not in this version".
LEFT_OUT_PACKAGES = ("bench",)


def hidden_imports() -> list[str]:
    """The registry modules this checkout has (a table may name one not written yet: the app
    skips those, so the bundle does too), except the packages left out."""
    return [
        name
        for name in registry_modules()
        if _exists(name) and name.split(".")[0] not in LEFT_OUT_PACKAGES
    ]


def _files(folder: Path, patterns: tuple[str, ...]) -> list[Path]:
    found: set[Path] = set()
    for pattern in patterns:
        found.update(p for p in folder.glob(pattern) if p.is_file())
    return sorted(found)


# resources/<folder>: the files the app reads, and the notices that must travel with them.
# Scripts that made the files (build_fonts.py, make_screenshots.py …) stay behind.
RESOURCE_FILES: dict[str, tuple[str, ...]] = {
    "fonts": ("*.ttf", "*.txt", "LICENSES.md", "debian-copyright/*"),
    "data/regions": ("regions.zip", "SOURCE.md"),
    "help": ("*.html", "*.png", "*.css"),
    "i18n": ("*.ts",),
}
# Written by the build (not kept in git): prebuilt translations, see build_translations().
ICONS = INSTALLER / "icons"


def data_files(translations: Path) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for PyInstaller's `datas`."""
    pairs: list[tuple[str, str]] = []
    for folder, patterns in RESOURCE_FILES.items():
        for path in _files(RESOURCES / folder, patterns):
            if path.name == "name_chars.txt":
                continue  # input of build_fonts.py, not read by the app
            rel = path.relative_to(RESOURCES).parent
            pairs.append((str(path), str(Path("resources") / rel)))
    for qm in _files(translations, ("*.qm", "*.qm.sha256")):
        pairs.append((str(qm), "resources/i18n"))
    for icon in _files(ICONS, ("kcbx.png", "kcbx.svg")):
        pairs.append((str(icon), "resources/icons"))
    pairs += _library_files()
    return pairs


def _library_files() -> list[tuple[str, str]]:
    """Source files the code loads from a path rather than by import."""
    import reportlab.graphics

    # desktop/forms/layout.py:_qrencoder() executes reportlab's qrencoder.py from its file, to
    # skip the barcode package's slow __init__; a frozen app keeps modules in an archive, so the
    # file is shipped beside it. Can go with that workaround.
    qr = Path(reportlab.graphics.__file__).parent / "barcode" / "qrencoder.py"
    return [(str(qr), "reportlab/graphics/barcode")]


# --- leaving out what the app does not use ------------------------------------------------------

# Python modules left out. Pillow's optional codecs and tools: reportlab imports PIL.Image
# (its core, _imaging, stays) but kcbx puts no pictures in PDFs, so the AVIF, WebP, font
# (FreeType/HarfBuzz), colour-management, Tk and Qt parts go (PIL.Image skips plugins that
# fail to import). httpx._main: httpx's command-line tool. doctest, pdb, pydoc, unittest: imported in `if __name__ == "__main__"` blocks and test
# helpers of reportlab and sqlite_utils. The PySide6 bindings: PyInstaller adds a binding for
# every Qt library a used one links, but only QtCharts, QtPdf(Widgets), QtPrintSupport,
# QtWidgets, QtGui and QtCore are imported (their C++ libraries stay, found by linkage).
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL._imagingmath",
    "PIL.ImageMath",
    "PIL._imagingmorph",
    "PIL.ImageMorph",
    "httpx._main",
    "doctest",
    "pdb",
    "pydoc",
    "pydoc_data",
    "unittest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    # Codecs for Japanese, Korean, Big5 and HKSCS text (GBK/GB18030, _codecs_cn, stay).
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_codecs_hk",
    "_codecs_iso2022",
    "_pydecimal",  # the fallback of the C _decimal, which is there
]
OWN_PACKAGES = ("desktop", "bench")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# In the app lock for `kcbx hub serve --database postgresql://…` from the run environment, but
# a laptop's bundle runs no PostgreSQL hub (the frozen app says which package is missing).
HUB_ONLY = frozenset({"psycopg", "psycopg-binary"})


def dev_only_modules() -> list[str]:
    """Top-level modules of the installed distributions requirements.lock does not pin: test
    and build tools, and optional extras (psycopg for a PostgreSQL hub). The frozen app holds
    the app's own dependencies only, whatever else the build environment has."""
    from importlib.metadata import packages_distributions

    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned = {_canonical(n) for n in re.findall(r"^([A-Za-z0-9_.\-]+)==", lock, re.M)}
    pinned -= HUB_ONLY
    return sorted(
        module
        for module, dists in packages_distributions().items()
        if module not in OWN_PACKAGES and not any(_canonical(d) in pinned for d in dists)
    )


# Libraries taken from the system, not the bundle: the ones that read the system's own
# configuration or talk to its services, so a copy from the build machine can disagree with
# them — CUPS (the print service; it would also bring gnutls and p11-kit, which load the
# system's modules), D-Bus, Kerberos (pulled in by QtNetwork), Xlib (its locale and compose
# files; PyInstaller already leaves libxcb to the system), fontconfig and FreeType (the font
# configuration). Every desktop has them; the .deb depends on their packages.
SYSTEM_LIBRARIES = frozenset(
    {
        "libcups.so.2",
        "libdbus-1.so.3",
        "libgssapi_krb5.so.2",
        "libx11.so.6",
        "libx11-xcb.so.1",
        "libfontconfig.so.1",
        "libfreetype.so.6",
        # GLib: Qt runs its event loop on the desktop's GLib, as every desktop program does.
        "libglib-2.0.so.0",
        "libgthread-2.0.so.0",
    }
)
# Data files left out. pypinyin's phrase dictionary (2.5 MB): kcbx asks pypinyin for single
# characters only (desktop/domain/names.py), which the phrase dictionary has none of; the
# frozen app sets PYPINYIN_NO_PHRASES (installer/entry.py) so pypinyin does not load it, and
# tests/installer/test_bundle.py fails if pypinyin is used anywhere else.
DROPPED_DATA = frozenset({"pypinyin/phrases_dict.json"})
# Symbols stripped from Linux libraries (libpython alone shrinks by ~20 MB); Windows DLLs carry none.
STRIP = sys.platform.startswith("linux")

# Qt libraries no kept module links: QML/Quick come only with the virtual keyboard plugin,
# Wayland with its platform plugin, EGLFS with the embedded platforms. On Windows, Mesa's
# software OpenGL (opengl32sw.dll, 21 MB) and the Direct3D shader compiler serve OpenGL
# fallbacks the app never asks for.
DROPPED_QT_LIBRARIES = (
    "qt6qml",
    "qt6quick",
    "qt6virtualkeyboard",
    "qt6wayland",
    "qt6wlshell",
    "qt6eglfs",
    "opengl32sw",
    "d3dcompiler",
)
# Qt plugins kept, by plugin folder (file stems without "lib" and extension); folders not
# listed are left out whole (generic/evdev input, EGL device integrations, network
# information, TLS backends — kcbx talks HTTP through httpx, not Qt —, Wayland).
QT_PLUGINS: dict[str, frozenset[str]] = {
    # X11 (UOS, Kylin, most Linux desktops; under Wayland via XWayland), Windows, headless.
    # No xcbglintegrations: every kcbx window is drawn without OpenGL (QtCharts too, unless a
    # series asks for it), so GLX/EGL contexts are never made.
    "platforms": frozenset({"qxcb", "qwindows", "qoffscreen"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # not GTK3: it drags in the GTK stack
    # Typing Chinese: IBus (and fcitx5 through its IBus front end); compose keys.
    "platforminputcontexts": frozenset(
        {"ibusplatforminputcontextplugin", "composeplatforminputcontextplugin"}
    ),
    "printsupport": frozenset({"cupsprintersupport", "windowsprintersupport"}),
    # Attachments (photos, scans). No SVG: the app draws none (that also leaves out QtSvg).
    "imageformats": frozenset({"qjpeg", "qgif", "qico", "qtiff", "qwebp"}),
    "styles": frozenset({"qwindowsvistastyle", "qmodernwindowsstyle"}),
}
# Qt's own translations: the ones desktop/ui/i18n.py loads (qtbase_<lang>).
QT_TRANSLATIONS = frozenset({"qtbase_zh_cn.qm", "qtbase_en.qm"})


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").lower().split("/")


def _stem(filename: str) -> str:
    name = filename.lower().removeprefix("lib")
    for ext in (".so", ".dll", ".dylib"):
        if ext in name:
            return name[: name.index(ext)]
    return name


def keep_qt(dest: str) -> bool:
    """Whether a file PyInstaller collected (by its place in the bundle) stays in."""
    parts = _parts(dest)
    if not parts or parts[0] != "pyside6":
        return True
    name = parts[-1]
    if "plugins" in parts[:-1]:
        folder = parts[parts.index("plugins") + 1]
        return _stem(name) in QT_PLUGINS.get(folder, frozenset())
    if "translations" in parts[:-1]:
        return name in QT_TRANSLATIONS
    return not _stem(name).startswith(DROPPED_QT_LIBRARIES)


def _is_root(entry: tuple[str, str, str]) -> bool:
    dest, _src, kind = entry
    name = _parts(dest)[-1]
    return (
        kind == "EXTENSION"  # Python extension modules
        or "plugins" in _parts(dest)[:-1]  # loaded by Qt at run time
        or name.startswith(("libpython", "python3"))  # loaded by the bootloader
    )


def prune_binaries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Keep only the shared libraries something kept still links (directly or not).

    PyInstaller resolves libraries before the spec can drop plugins, so the GTK stack of the
    GTK3 theme plugin, for one, is still listed after its plugin went. Roots: extension
    modules, kept Qt plugins, libpython. Fails if a kept file links a dropped Qt library.
    """
    by_name = {_parts(e[0])[-1]: e for e in binaries if _parts(e[0])[-1] not in SYSTEM_LIBRARIES}
    queue = [e for e in binaries if _is_root(e)]
    kept: set[str] = set()
    while queue:
        entry = queue.pop()
        if entry[0] in kept:
            continue
        kept.add(entry[0])
        for name in needed_libraries(entry[1]):
            base = Path(name).name.lower()
            if _stem(base).startswith(DROPPED_QT_LIBRARIES):
                raise SystemExit(f"{entry[0]} links {name}, which bundle.py leaves out")
            if base in by_name:
                queue.append(by_name[base])
    return [e for e in binaries if e[0] in kept]


def needed_libraries(path: str) -> list[str]:
    """The libraries a binary links directly (ELF DT_NEEDED; PE imports on Windows).

    PyInstaller's own helper asks `ldd` on Linux, which answers with the whole closure: no
    use for deciding what a left-out library alone needed.
    """
    with open(path, "rb") as fh:
        head = fh.read(4)
    if head == b"\x7fELF":
        return elf_needed(path)
    from PyInstaller.depend import bindepend

    return [name for name, _resolved in bindepend.get_imports(path)]


def elf_needed(path: str) -> list[str]:
    """DT_NEEDED entries of a 64-bit little-endian ELF file, from its section headers."""
    import struct

    data = Path(path).read_bytes()
    if data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    names: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for pos in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                names.append(data[strtab_offset + value : end].decode())
    return names


def select(
    binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]]
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The Analysis' binaries and datas without the Qt parts left out, the libraries only
    those needed, and the symbolic links (listed with the datas) to any of them."""
    import posixpath

    binaries = prune_binaries([e for e in binaries if keep_qt(e[0])])
    datas = [e for e in datas if keep_qt(e[0]) and e[0].replace("\\", "/") not in DROPPED_DATA]
    present = {e[0].replace("\\", "/") for e in binaries + datas if e[2] != "SYMLINK"}

    def target(entry: tuple[str, str, str]) -> str:
        dest, src = entry[0].replace("\\", "/"), entry[1].replace("\\", "/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest), src))

    datas = [e for e in datas if e[2] != "SYMLINK" or target(e) in present]
    return binaries, datas


def runtime_hooks(scripts: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The Analysis' scripts with PyInstaller's PySide6 run-time hook replaced by
    installer/rthook_qt.py (same plugin path, no Qt import at start-up)."""
    replaced = [e for e in scripts if e[0] != "pyi_rth_pyside6"]
    if len(replaced) == len(scripts):
        raise SystemExit("PyInstaller's pyi_rth_pyside6 is gone: review installer/rthook_qt.py")
    # before the entry script, which is last
    return [
        *replaced[:-1],
        ("rthook_qt", str(INSTALLER / "rthook_qt.py"), "PYSOURCE"),
        replaced[-1],
    ]


def smaller_icu(binaries: list[tuple[str, str, str]], workdir: Path) -> list[tuple[str, str, str]]:
    """The binaries with ICU's data library replaced by the Chinese/English one (installer/icu.py),
    on Linux when a C compiler is there to link it; unchanged otherwise (with a warning)."""
    import icu  # installer/icu.py, beside this file

    entry = next((e for e in binaries if _stem(_parts(e[0])[-1]).startswith("icudata")), None)
    if entry is None:
        return binaries
    if icu.compiler() is None:
        print("WARNING: no C compiler: ICU data kept whole (+27 MB); install gcc to trim it")
        return binaries
    qt_libs = [Path(e[1]) for e in binaries if "qt6" in _parts(e[0])[-1]]
    unexpected = icu.unexpected_icu_calls(qt_libs)
    if unexpected:
        raise SystemExit(f"Qt calls ICU functions installer/icu.py does not plan for: {unexpected}")
    out = workdir / "icu" / Path(entry[1]).name
    before, after = icu.build_library(Path(entry[1]), out)
    icu.check(out)
    print(f"kcbx bundle: ICU data {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB (checked)")
    return [(e[0], str(out), e[2]) if e is entry else e for e in binaries]


def report_contents(
    binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]]
) -> None:
    """Print the biggest files going in (the spec's log shows what the size budget buys)."""
    import os

    sizes = []
    for dest, src, kind in [*binaries, *datas]:
        if kind != "SYMLINK" and os.path.isfile(src):
            sizes.append((os.path.getsize(src), dest))
    sizes.sort(reverse=True)
    total = sum(s for s, _ in sizes)
    print(
        f"kcbx bundle: {len(sizes)} binaries and data files, {total / 1e6:.1f} MB before Python code"
    )
    for size, dest in sizes[:15]:
        print(f"  {size / 1e6:6.1f} MB  {dest}")


def build_translations(out_dir: Path) -> list[Path]:
    """Compile every resources/i18n/*.ts to out_dir/*.qm with the digest stamp that
    desktop/ui/i18n.py checks (a frozen app has no lrelease to build them at start-up)."""
    _ensure_root_on_path()
    from desktop.ui import i18n

    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted((RESOURCES / "i18n").glob("kcbx_*.ts")):
        lang = ts.stem.removeprefix("kcbx_")
        qm = i18n.build_qm(lang, out_dir=out_dir)
        if qm is None:
            raise SystemExit(f"could not compile {ts} (pyside6-lrelease missing?)")
        built.append(qm)
    return built


def ts_digest(ts: Path) -> str:
    return hashlib.sha256(ts.read_bytes()).hexdigest()


def version() -> str:
    _ensure_root_on_path()
    module = importlib.import_module("desktop")
    return str(module.__version__)
