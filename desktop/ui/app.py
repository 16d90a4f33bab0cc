"""Start the GUI: logging and crash handling, translations, fonts, the database (first run:
offer a demo county or an empty one), the main window.

Kept light: nothing heavy (pypinyin, reportlab, openpyxl, sqlite_utils) is imported on the way
to an interactive window; the search index is on disk (nothing to build).
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import default_db
from desktop.ui.features import FEATURES

log = logging.getLogger("kcbx.ui")


def spare_pyside_source_scans() -> int:
    """PySide6 reads the source file of every module imported after it (inspect.getsource) to
    see whether the module may use PySide's opt-in `from __feature__ import snake_case` syntax:
    ~0.6 ms a module, ~60 ms before the first window here. The app uses no __feature__ (a test
    checks), so the answer for a module cannot change how it runs; the modules already loaded
    and the project's own are marked as scanned: desktop/ui's as PySide users (0), the rest as
    not (-1). Returns how many were marked (0 if this PySide has no such table)."""
    feature = sys.modules.get("shibokensupport.feature")
    seen = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(seen, dict):
        return 0
    before = len(seen)
    for name in list(sys.modules):
        seen.setdefault(name, -1)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # desktop/ (absent
    # in the frozen app: fine); os.walk rather than Path.rglob: a quarter of the time
    top = os.path.dirname(root)
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if d != "__pycache__"]
        package = os.path.relpath(folder, top).replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                stem = file[:-3]
                name = package if stem == "__init__" else f"{package}.{stem}"
                seen.setdefault(name, 0 if name.startswith("desktop.ui") else -1)
    return len(seen) - before


spare_pyside_source_scans()

# The looks these rules describe are set per widget by desktop.ui.look (an application-wide
# style sheet slows every widget down); kept for scripts that style a bare QApplication.
STYLE = """
QLabel#pageTitle { font-size: 13pt; font-weight: bold; }
QLabel#stateBadge { font-size: 11pt; color: #0d47a1; }
QListWidget#nav { font-size: 11pt; }
QListWidget#nav::item:selected { background: #1565c0; color: white; }
"""


def load_fonts(app: QApplication) -> list[str]:
    """Register the shipped UI fonts (Hei; the small rare-character fallback) and use them."""
    from desktop.forms.fonts import (
        FALLBACK_FONT,
        FONT_FILES,
        UI_FONT_FAMILY,
        font_dir,
        qt_font_files,
    )

    families: list[str] = []
    for path in (qt_font_files()[0], font_dir() / FONT_FILES[FALLBACK_FONT]):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(UI_FONT_FAMILY, 10)
    font.setFamilies([UI_FONT_FAMILY, *[f for f in families if f != UI_FONT_FAMILY]])
    app.setFont(font)
    return families


def ensure_database(path: Path) -> bool:
    """First run: offer a demo county or an empty county database. False if declined."""
    if path.exists():
        return True
    from desktop.ui.case_view import exec_dialog
    from desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(path)
    exec_dialog(dialog)
    return dialog.created and path.exists()


def sign_in(path: Path, *, while_shown: Callable[[], object] | None = None):  # -> Session | None
    """The sign-in dialog, or — for scripts and the installer's smoke test, as for every kcbx
    command — the account in KCBX_USER / KCBX_PASSWORD. None: the user cancelled.
    `while_shown()` is called once the user has a dialog to type into (at once without one)."""
    user, password = os.environ.get("KCBX_USER"), os.environ.get("KCBX_PASSWORD")
    if user and password:
        if while_shown is not None:
            while_shown()
        from desktop.security import session

        session.install()
        return session.login(path, user, password)
    from desktop.ui.security.login import unlock

    return unlock(path, while_shown=while_shown)


# What signing in and building the main window import, in the order they are needed: the
# session (accounts, roles, the store), the key derivation's and the data key's libraries, the
# encrypted database's driver, the main window. The features' modules come with the window.
_WINDOW_MODULES = (
    "desktop.security.session",
    "argon2.low_level",
    "cryptography.hazmat.primitives.ciphers.aead",
    "sqlcipher3",
    "desktop.store.repo",
    "desktop.store.search",  # the first key press then only reads the index on disk
    "desktop.security.sealing",  # the sync keys are unsealed with the data key at sign-in
    "desktop.sync.keys",
    "desktop.sync.origin",  # an enrolled laptop signs its ops as it writes them (its write hook)
    "desktop.ui.main_window",
    "desktop.ui.today",
    "desktop.ui.actions",
    "desktop.ui.lazy_page",
    "desktop.ui.features",
    *FEATURES,
    "desktop.ui.security.lock",  # what the features' install() imports
    "desktop.ui.security.backups",
    "desktop.security.restore",
)


def preload_modules(names: tuple[str, ...]) -> threading.Thread:
    """Import `names` on a thread; join() it before using them. Safe because the project's
    modules have no import cycles (tests/test_layers.py checks), so two threads importing at
    once cannot deadlock. A module that fails to import is left for the GUI thread to import
    again, where its error is handled as usual."""

    def run() -> None:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception:  # imported again, and its error handled, on the GUI thread
                log.debug("preloading %s failed", name, exc_info=True)

    thread = threading.Thread(target=run, name="kcbx-preload", daemon=True)
    thread.start()
    return thread


def fit_windows(app: QApplication) -> None:
    """Every window the app shows from now on fits the screen (desktop.ui.screen_fit). Not
    before the small sign-in dialog: fitting reads a window's type, and PySide builds the ~94
    enum types of the `Qt` namespace for that (~35 ms) — after sign-in the main window's
    modules, loaded while the user typed the password, have built them already."""
    from desktop.ui import screen_fit

    screen_fit.install(app)


def main(*, db: str | None = None, on_shown: Callable[[QWidget], object] | None = None) -> int:
    """Run the app; `on_shown(window)` is called once the main window is shown (kcbx --smoke)."""
    from desktop.ui import crash, i18n

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("kcbx")
    crash.install()
    i18n.install(app)
    load_fonts(app)
    previous = crash.report_previous_crash()
    path = Path(db) if db else default_db()
    if previous or not path.exists():
        fit_windows(app)  # a crash report or the first-run dialog may be large
    if previous:
        crash.show_crash_dialog(previous, previous=True)
    if not ensure_database(path):
        return 0
    from desktop.ui.errors import show_error

    # The main window's modules load on a thread while the user signs in: from when the
    # sign-in dialog is on screen (the user types a password: the interpreter is idle), or at
    # once when the account comes from the environment (then the key derivation, which runs in
    # C without the interpreter lock, overlaps them).
    loading: list[threading.Thread] = []

    def preload() -> None:
        if not loading:
            from desktop.store import schema  # (and its packages' migrations, which opening
            # the store imports to know the latest version)

            loading.append(preload_modules(_WINDOW_MODULES + schema.PACKAGE_MODULES))

    try:
        signed_in = sign_in(path, while_shown=preload)
        if signed_in is None:
            return 0
        preload()  # (a dialog closed before its timer fired)
        loading[0].join()
        from desktop.store.repo import Store

        store = Store.open(path)
    except Exception as exc:
        show_error(None, exc)
        return 1
    fit_windows(app)
    from desktop.security.actor import actor_of
    from desktop.ui.main_window import MainWindow

    # the signed-in user, handed to the core explicitly (role, scope, what it may write)
    window = MainWindow(store, db_path=path, actor=actor_of(signed_in))
    window.show()
    _smoke_quit(app)
    if on_shown is not None:
        on_shown(window)
    # The rotating log file (logging.handlers and its imports) once the window is painted.
    QTimer.singleShot(250, crash.setup_logging)
    QTimer.singleShot(10, lambda: log.info("main window shown"))
    code = app.exec()
    store.close()
    crash.uninstall()
    return code


def _smoke_quit(app: QCoreApplication) -> None:
    """KCBX_SMOKE_QUIT_MS=N (the installer's smoke test, installer/build.py): once the window
    is shown and the event loop runs, print a mark with the monotonic clock and the window's
    title, and quit N ms later."""

    delay = os.environ.get("KCBX_SMOKE_QUIT_MS")
    if delay is None:
        return

    def shown() -> None:
        import time

        titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        print(f"KCBX_SMOKE window-shown {time.monotonic():.6f} {titles}", flush=True)
        QTimer.singleShot(int(delay), app.quit)

    QTimer.singleShot(0, shown)
