"""What goes into the frozen app (installer/bundle.py, installer/icu.py), checked without
building it: the computed hidden imports and data files, the Qt parts left out, the library
pruning, the smaller ICU data, the prebuilt translations."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import bundle
import icu
import linux_package
import pytest

ROOT = bundle.ROOT
LINUX = sys.platform.startswith("linux")
QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"


def _sources() -> list[Path]:
    return sorted(p for d in ("desktop", "bench") for p in (ROOT / d).rglob("*.py"))


def test_hidden_imports_are_every_module_the_tables_name_that_exists():
    from bench.cli import SUITES
    from desktop.cli import COMMANDS
    from desktop.store.schema import _PACKAGE_MODULES
    from desktop.ui.app import _WINDOW_MODULES
    from desktop.ui.features import FEATURES

    named = {m for m, _ in COMMANDS.values()} | set(FEATURES) | set(SUITES)
    named |= set(_WINDOW_MODULES)
    named |= {f"desktop.store.schema_{p}" for p in _PACKAGE_MODULES}
    hidden = set(bundle.hidden_imports())
    assert hidden <= named
    for name in named:
        exists = (ROOT / (name.replace(".", "/") + ".py")).exists() or (
            name.split(".")[0] not in ("desktop", "bench")
            and importlib.util.find_spec(name) is not None  # a library the app preloads
        )
        wanted = exists and not name.startswith("bench.")  # bench stays out (LEFT_OUT_PACKAGES)
        assert (name in hidden) == wanted, name
    assert {"desktop.forms.cli", "desktop.ui.printing", "desktop.store.schema_sync"} <= hidden


def test_test_build_and_optional_packages_stay_out_of_the_bundle():
    left_out = set(bundle.dev_only_modules())
    assert {"pytest", "hypothesis", "PyInstaller", "pdfplumber", "psycopg", "mypy"} <= left_out
    kept = {"PySide6", "reportlab", "openpyxl", "pypinyin", "sqlcipher3", "cryptography"}
    assert not kept & left_out
    assert not {"desktop", "bench"} & left_out


def test_every_import_by_computed_name_is_known_to_the_bundle():
    """A module imported by a name PyInstaller cannot see must come from a table that
    bundle.py reads (or the bundle will lack it): a new such place fails here."""
    sites = set()
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bimport_module\(|__import__\(", text):
            sites.add(path.relative_to(ROOT).as_posix())
    assert sites <= set(bundle.DYNAMIC_IMPORT_SITES), sites - set(bundle.DYNAMIC_IMPORT_SITES)
    # Modules executed from their file (not importable from PyInstaller's archive): the
    # bundle ships those files (bundle._library_files).
    from_files = {
        p.relative_to(ROOT).as_posix()
        for p in _sources()
        if "spec_from_file_location" in p.read_text(encoding="utf-8")
    }
    assert from_files == {"desktop/forms/layout.py"}
    shipped = {dest for _src, dest in bundle._library_files()}
    assert shipped == {"reportlab/graphics/barcode"}


def test_pypinyin_is_asked_for_single_characters_only():
    """The bundle leaves out pypinyin's phrase dictionary (bundle.DROPPED_DATA); that is only
    safe while desktop/domain/names.py, which converts one character at a time, is its only
    user."""
    users = {
        p.relative_to(ROOT).as_posix()
        for p in _sources()
        if re.search(r"^\s*(from|import) pypinyin", p.read_text(encoding="utf-8"), re.M)
    }
    assert users == {"desktop/domain/names.py"}
    assert "pinyin(ch," in (ROOT / "desktop/domain/names.py").read_text(encoding="utf-8")


def test_data_files_carry_the_resources_and_their_licences(tmp_path):
    built = bundle.build_translations(tmp_path)
    assert [p.name for p in built] == ["kcbx_en.qm"]
    assert (tmp_path / "kcbx_en.qm.sha256").read_text() == bundle.ts_digest(
        ROOT / "resources/i18n/kcbx_en.ts"
    )
    pairs = bundle.data_files(tmp_path)
    shipped = {f"{dest}/{Path(src).name}" for src, dest in pairs}
    for path in [
        *(ROOT / "resources/fonts").glob("*.ttf"),
        *(ROOT / "resources/fonts").glob("*.txt"),
        ROOT / "resources/fonts/LICENSES.md",
        *(ROOT / "resources/fonts/debian-copyright").iterdir(),
        ROOT / "resources/data/regions/regions.zip",
        ROOT / "resources/data/regions/SOURCE.md",
        *(ROOT / "resources/help").glob("*.png"),
        ROOT / "resources/help/guide.html",
        ROOT / "resources/i18n/kcbx_en.ts",
    ]:
        if path.name != "name_chars.txt":
            assert path.relative_to(ROOT).as_posix() in shipped, path
    assert {"resources/i18n/kcbx_en.qm", "resources/i18n/kcbx_en.qm.sha256"} <= shipped
    assert "resources/icons/kcbx.png" in shipped
    for script in ("build_fonts.py", "make_screenshots.py", "build_regions.py", "name_chars.txt"):
        assert not any(s.endswith("/" + script) for s in shipped), script
    assert all(Path(src).is_file() for src, _ in pairs)


def test_a_frozen_app_uses_the_prebuilt_translation(tmp_path, monkeypatch):
    """The frozen app has no lrelease: desktop/ui/i18n.py takes the .qm shipped beside the
    .ts when its stamp matches the .ts, and builds nothing."""
    from desktop.ui import i18n

    bundle_root = tmp_path / "bundle"
    (bundle_root / "resources/i18n").mkdir(parents=True)
    ts = bundle_root / "resources/i18n/kcbx_en.ts"
    shutil.copy(ROOT / "resources/i18n/kcbx_en.ts", ts)
    bundle.build_translations(tmp_path / "qm")
    for name in ("kcbx_en.qm", "kcbx_en.qm.sha256"):
        shutil.copy(tmp_path / "qm" / name, ts.parent / name)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle_root), raising=False)
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    assert i18n.build_qm("en", out_dir=tmp_path / "data") == ts.with_suffix(".qm")
    ts.write_text(ts.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # stale now
    assert i18n.build_qm("en", out_dir=tmp_path / "data") is None


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtga.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qt_help_de.qm", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6\\Qt6Core.dll", True),
        ("resources/fonts/kcbx-song.ttf", True),
        ("libcrypto.so.3", True),
    ],
)
def test_qt_parts_kept_and_left_out(dest, kept):
    assert bundle.keep_qt(dest) is kept


@pytest.mark.skipif(not LINUX, reason="ELF files")
def test_pruning_keeps_what_kept_parts_link_and_leaves_system_libraries_out():
    plugin = QT_LIB.parent / "plugins/printsupport/libcupsprintersupport.so"
    needed = bundle.elf_needed(str(plugin))
    assert "libcups.so.2" in needed and "libQt6PrintSupport.so.6" in needed
    gtk_theme = QT_LIB.parent / "plugins/platformthemes/libqgtk3.so"
    core = QT_LIB / "libQt6Core.so.6"
    entries = [
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", str(plugin), "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", str(core), "BINARY"),
        ("libcups.so.2", str(plugin), "BINARY"),  # a stand-in file: only the name matters
        ("libgtk-3.so.0", str(gtk_theme), "BINARY"),  # linked only by the GTK theme, gone
    ]
    kept = [e[0] for e in bundle.prune_binaries(entries)]
    assert kept == [entries[0][0], entries[1][0]]  # the plugin is a root; it links Qt Core
    with pytest.raises(SystemExit, match="leaves out"):
        bundle.prune_binaries([("PySide6/Qt/plugins/x/libqfoo.so", str(_linking_qml()), "BINARY")])


def _linking_qml() -> Path:
    return next(p for p in (QT_LIB.parent / "plugins").rglob("*.so") if _links_qml(p))


def _links_qml(path: Path) -> bool:
    return any(n.startswith("libQt6Qml") for n in bundle.elf_needed(str(path)))


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("zh.res", True),
        ("zh_Hans_CN.res", True),
        ("en_GB.res", True),
        ("de.res", False),
        ("coll/zh.res", True),
        ("coll/ucadata.icu", True),
        ("coll/fr.res", False),
        ("zone/en.res", True),
        ("zone/ja.res", False),
        ("curr/pool.res", True),
        ("res_index.res", True),
        ("supplementalData.res", True),
        ("zoneinfo64.res", True),
        ("cnvalias.icu", True),
        ("gb18030.cnv", True),
        ("ibm-1390_P110-2003.cnv", False),
        ("brkitr/cjdict.dict", False),
        ("translit/root.res", False),
    ],
)
def test_icu_data_kept_for_chinese_and_english(item, kept):
    assert icu.keep_item(item) is kept


@pytest.mark.skipif(not (QT_LIB / "libicudata.so.73").exists(), reason="the Linux Qt wheel's ICU")
def test_icu_package_is_read_and_written_back_byte_for_byte():
    symbol, blob = icu.data_symbol(next(QT_LIB.glob("libicudata.so.*")))
    assert re.fullmatch(r"icudt\d+_dat", symbol)
    header, items = icu.read_package(blob)
    assert icu.write_package(header, items) == blob
    smaller = icu.trim_package(blob)
    names = {n.split("/", 1)[1] for n, _ in icu.read_package(smaller)[1]}
    assert {"coll/zh.res", "zone/zh.res", "gb18030.cnv"} <= names
    assert "coll/de.res" not in names and len(smaller) < len(blob) / 4


@pytest.mark.skipif(
    not (LINUX and icu.compiler() and list(QT_LIB.glob("libicudata.so.*"))),
    reason="needs the Linux Qt wheel and a C compiler",
)
def test_the_smaller_icu_gives_qt_the_same_answers(tmp_path):
    original = next(QT_LIB.glob("libicudata.so.*"))
    out = tmp_path / original.name
    icu.build_library(original, out)
    icu.check(out)  # raises if any answer differs
    assert icu.unexpected_icu_calls(sorted(QT_LIB.glob("libQt6*.so.6"))) == set()


def test_the_menu_entry_names_the_app_in_chinese():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read_string(linux_package.DESKTOP_ENTRY.format(exec="/opt/kcbx/kcbx", icon="kcbx"))
    section = entry["Desktop Entry"]
    assert section["Name"] == "控辍保学工作台"
    assert section["Exec"] == "/opt/kcbx/kcbx" and section["Icon"] == "kcbx"
    assert section["Type"] == "Application" and section["Terminal"] == "false"
