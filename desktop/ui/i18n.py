"""Languages: zh_CN (the source text) by default, English through Qt Linguist.

The `.ts` sources live in resources/i18n; the `.qm` files are built from them by
`pyside6-lrelease` into the data folder at start-up when missing or stale (the `.ts` hash is
kept beside the `.qm`), so a `.qm` is never edited by hand and never out of date. The frozen
app ships them prebuilt beside the `.ts` (installer/bundle.py), with the same hash stamp.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop.paths import data_dir
from desktop.resources import resource_path

log = logging.getLogger("kcbx.ui")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context` (pyside6-lupdate finds it by this name) and
    return it unchanged, as str: PySide6's own QT_TRANSLATE_NOOP is declared to return object."""
    return text


LANGUAGES = (("zh_CN", QT_TRANSLATE_NOOP("I18n", "中文（简体）")), ("en", "English"))
DEFAULT = "zh_CN"
_installed: list[QTranslator] = []
_current = [DEFAULT]


def current_language() -> str:
    """The language `install` loaded last (the source language until then)."""
    return _current[0]


def ui_settings() -> QSettings:
    """Per-user UI preferences (language, window layout) in the data folder."""
    return QSettings(str(data_dir() / "kcbx-ui.ini"), QSettings.Format.IniFormat)


def configured_language() -> str:
    lang = os.environ.get("KCBX_LANG") or str(ui_settings().value("ui/language", DEFAULT))
    return lang if lang in dict(LANGUAGES) else DEFAULT


def set_configured_language(lang: str) -> None:
    s = ui_settings()
    s.setValue("ui/language", lang)
    s.sync()


def ts_file(lang: str) -> Path:
    return resource_path("i18n", f"kcbx_{lang}.ts")


def shipped_languages() -> list[str]:
    """Languages with a translation source (zh_CN needs none: it is the source text)."""
    return [DEFAULT] + [code for code, _ in LANGUAGES if code != DEFAULT and ts_file(code).exists()]


def _lrelease() -> list[str] | None:
    import shutil

    import PySide6

    here = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (here / name).exists():
            return [str(here / name)]
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    script = Path(sys.executable).parent / "pyside6-lrelease"
    return [str(script)] if script.exists() else None


def build_qm(lang: str, *, out_dir: Path | None = None) -> Path | None:
    """The `.qm` for `lang`, compiled from its `.ts` if missing or stale; None if unavailable."""
    import hashlib
    import subprocess

    ts = ts_file(lang)
    if not ts.exists():
        return None
    out_dir = out_dir or data_dir() / "i18n"
    out_dir.mkdir(parents=True, exist_ok=True)
    qm = out_dir / f"kcbx_{lang}.qm"
    stamp = qm.with_suffix(".qm.sha256")
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()
    # A prebuilt .qm beside the .ts (the installer ships one: a frozen app has no lrelease).
    for ready in (ts.with_suffix(".qm"), qm):
        ready_stamp = ready.with_suffix(".qm.sha256")
        if ready.exists() and ready_stamp.exists() and ready_stamp.read_text().strip() == digest:
            return ready
    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; %s interface unavailable", lang)
        return None
    tmp = qm.with_suffix(".qm.tmp")
    result = subprocess.run(
        [*tool, "-silent", str(ts), "-qm", str(tmp)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not tmp.exists():
        log.warning("lrelease failed for %s: %s", lang, result.stderr[-500:])
        return None
    os.replace(tmp, qm)
    stamp.write_text(digest)
    return qm


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own .qm files are: Qt's configured folder, then the PySide6 wheel's (a
    frozen app or a relocated environment may report a folder that is not there)."""
    import PySide6

    here = Path(PySide6.__file__).parent
    found = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    found += [here / "Qt" / "translations", here / "translations"]
    if getattr(sys, "frozen", False):
        found.append(Path(getattr(sys, "_MEIPASS", "")) / "PySide6" / "Qt" / "translations")
    return [d for d in found if d.is_dir()]


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators `install` added (back to the source texts)."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current[0] = DEFAULT


def install(app: QCoreApplication, lang: str | None = None) -> str:
    """Load Qt's own and our translations for `lang` (default: the configured one)."""
    lang = lang or configured_language()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese if lang == DEFAULT else QLocale.Language.English)
    )
    # Qt's own dialogs (file dialog, message box buttons, print dialog) in the same language.
    qt_tr = QTranslator(app)
    for qt_dir in qt_translation_dirs():
        if qt_tr.load(f"qtbase_{lang}", str(qt_dir)):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
            break
    else:
        log.warning("Qt's own %s translations not found; its dialogs stay in English", lang)
    if lang != DEFAULT:
        qm = build_qm(lang)
        ours = QTranslator(app)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    _current[0] = lang
    return lang
