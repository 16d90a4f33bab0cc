"""The measured GUI process: a bare PySide6 window, or the real app started the way `kcbx --db
FILE` starts it, printing marks on stdout for bench/ui_startup.py to read.

    python -c "from bench.ui_probe import main; main()" MODE [DB]

MODE:
- ``bare``: QApplication + an empty 1280×720 QMainWindow (the baseline).
- ``signin``: as a user starts it: the sign-in dialog (no KCBX_USER in the environment); a
  pause of TYPING_PAUSE s, as a user types the password (the app loads the main window's
  modules meanwhile); then the account and password are filled in and OK is clicked (marks
  DIALOG and SUBMIT), up to the interactive main window.
- ``start``: the app; then, once the start-up jobs are done (as they are when a user first
  clicks), opens the 20,000-case ledger and times it to the end of its table's first paint.
- ``typing``: the app; from the moment it is interactive, types a name letter by letter into
  the search box, each letter once the previous results are on screen, and times every wait.
- ``memory``: the app; opens the case ledger, scrolls it, runs searches, opens the children
  ledger (MEM_EXERCISE), waits for the start-up jobs to end (integrity check, the log
  redactor's names, the daily backup), then prints the process's peak memory (VmHWM,
  ru_maxrss).

"Interactive" is the end of the event-loop pass that painted the window for the first time
(the first Paint event, then a zero timer), the same definition for the bare window and the
app. Marks are `time.monotonic()` (system-wide), so the parent can subtract its launch time.
Kept free of imports at module level: this module is part of what the bare window loads.
"""

from __future__ import annotations

import sys
import time

TYPED = "zhangwei"  # z, zh, zha, … as a user types a common name
# A user needs longer than this to type a password of at least 8 characters and press Enter.
TYPING_PAUSE = 1.5


def _out(*parts: object) -> None:
    print(*parts, flush=True)


def _watch_first_paint(widget, on_interactive):  # type: ignore[no-untyped-def]
    """Call on_interactive() after the event-loop pass that first painted `widget`, a top-level
    window that was just shown. Qt paints a shown window's widgets while it handles the window's
    first Expose event (a QMainWindow covered by its children gets no Paint event of its own),
    so the filter sits on the window's QWindow, and on the widget for good measure. Only these
    two objects are watched: an application-wide Python event filter would make PySide wrap
    every QObject that receives an event, which costs the app (thousands of objects and events
    at start-up) far more than the bare window."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    kinds = (QEvent.Type.Paint, QEvent.Type.Expose)

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if not self.done and event.type() in kinds:
                self.done = True
                QTimer.singleShot(0, finish)
            return False

    watch = FirstPaint(widget)
    handle = widget.windowHandle()

    def finish() -> None:
        widget.removeEventFilter(watch)
        if handle is not None:
            handle.removeEventFilter(watch)
        on_interactive()

    widget.installEventFilter(watch)
    if handle is not None:
        handle.installEventFilter(watch)
    return watch


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.resize(1280, 720)

    def interactive() -> None:
        _out("INTERACTIVE", time.monotonic())
        _out("MEM", *_memory())
        app.quit()

    w.show()  # the window is created here; its first Expose comes from the event loop
    _watch_first_paint(w, interactive)
    app.exec()


def _memory() -> tuple[float, float, float]:
    """(VmHWM, VmRSS, ru_maxrss) in MB."""
    import resource

    hwm = rss = 0.0
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1]) / 1024
                elif line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) / 1024
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return hwm or maxrss, rss, maxrss


def app(mode: str, db: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qapp = QApplication(sys.argv[:1])
    state: dict[str, object] = {}

    def window():  # type: ignore[no-untyped-def]
        from desktop.ui.main_window import MainWindow

        for w in qapp.topLevelWidgets():
            if isinstance(w, MainWindow):
                return w
        raise RuntimeError("no main window")

    def interactive() -> None:
        _out("INTERACTIVE", time.monotonic())
        _out("KDF", kdf_spent[0])
        if mode == "start":
            QTimer.singleShot(1000, lambda: _after_idle(lambda: _ledger(qapp, window(), state)))
        elif mode == "typing":
            _Typist(qapp, window()).start()
        elif mode == "memory":
            QTimer.singleShot(1000, lambda: _after_idle(lambda: _exercise(qapp, window())))
        else:
            qapp.quit()

    # Signing in derives a key from the password (Argon2id, slow on purpose): timed apart.
    from desktop.security import kdf

    kdf_spent = [0.0]
    derive = kdf.derive

    def timed_derive(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return derive(*args, **kwargs)
        finally:
            kdf_spent[0] += time.perf_counter() - start

    kdf.derive = timed_derive  # type: ignore[assignment]
    if mode == "signin":
        _sign_in_as_a_user()
    # The window is made inside `kcbx`; watch it from its show() (one Python call more). The
    # hook sits on QMainWindow: importing desktop.ui.main_window here would load, before the
    # app starts, the modules that the app loads on a thread while the user signs in.
    from PySide6.QtWidgets import QMainWindow

    original_show = QMainWindow.show

    def show(self) -> None:  # type: ignore[no-untyped-def]
        if type(self).__name__ != "MainWindow":
            original_show(self)
            return
        QMainWindow.show = original_show  # type: ignore[method-assign]
        original_show(self)
        _watch_first_paint(self, interactive)

    QMainWindow.show = show  # type: ignore[method-assign]
    from desktop.cli import main as kcbx

    return kcbx(["--db", db])


def _sign_in_as_a_user() -> None:
    """Mode signin: mark the sign-in dialog's first paint (DIALOG); after the typing pause,
    fill in the bench account and click OK (SUBMIT, and whether the modules the app loads
    meanwhile were all loaded by then: PRELOADED 1/0)."""
    import os
    import threading

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.security import login

    run = login.exec_dialog
    user, password = os.environ["KCBX_BENCH_USER"], os.environ["KCBX_BENCH_PASSWORD"]

    def exec_dialog(dialog):  # type: ignore[no-untyped-def]
        if not isinstance(dialog, login.LoginDialog):
            return run(dialog)
        dialog.show()

        def submit() -> None:
            loading = any(t.name == "kcbx-preload" for t in threading.enumerate())
            loaded = "desktop.ui.main_window" in sys.modules and not loading
            dialog.username.setCurrentText(user)
            dialog.password.setText(password)
            _out("SUBMIT", time.monotonic())
            _out("PRELOADED", 1 if loaded else 0)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        def shown() -> None:
            _out("DIALOG", time.monotonic())
            QTimer.singleShot(int(TYPING_PAUSE * 1000), submit)

        _watch_first_paint(dialog, shown)
        return run(dialog)

    login.exec_dialog = exec_dialog


def _after_idle(fn) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from desktop.ui import ops

    ops.wait_for_idle()
    QTimer.singleShot(20, fn)


def _on_paint(widget, callback) -> None:  # type: ignore[no-untyped-def]
    """callback() after the event-loop pass in which `widget` is next painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        fired = False

        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if not self.fired and event.type() == QEvent.Type.Paint:
                self.fired = True
                QTimer.singleShot(0, done)
            return False

    watch = Watch(widget)

    def done() -> None:
        widget.removeEventFilter(watch)
        watch.deleteLater()
        callback()

    widget.installEventFilter(watch)


def _ledger(qapp, window, state) -> None:  # type: ignore[no-untyped-def]
    page = window.cases_page

    def painted() -> None:
        took = time.monotonic() - state["asked"]  # type: ignore[operator]
        _out("LEDGER", took, page.model.rowCount(), page.model.fetch_count)
        qapp.quit()

    _on_paint(page.table.viewport(), painted)
    state["asked"] = time.monotonic()
    window.show_page("all")


def _exercise(qapp, window) -> None:  # type: ignore[no-untyped-def]
    """What a clerk does in the first minutes: the ledger, scrolling, a few searches."""
    from PySide6.QtWidgets import QApplication

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    window.show_page("all")
    settle()
    table = window.cases_page.table
    bar = table.verticalScrollBar()
    for frac in (0.25, 0.5, 0.75, 1.0, 0.0):
        bar.setValue(int(bar.maximum() * frac))
        table.viewport().repaint()
    _out("MEM_LEDGER", *_memory())
    for text in ("wang", "张", "zh", "5226", "yang"):
        window.search_box.setText(text)
        window.search_box.flush()
        settle()
    window.search_box.setText("")
    window.search_box.flush()
    window.show_page("children")
    settle()
    children = window.children_page.table
    children.verticalScrollBar().setValue(children.verticalScrollBar().maximum() // 2)
    children.viewport().repaint()
    window.show_page("today")
    settle()
    _out("MEM_EXERCISE", *_memory())
    # The session's start-up jobs to their end (the integrity check, the log redactor's names,
    # the daily backup start 3 s after the window; at province size they run for minutes,
    # after the exercise): a user who keeps the app open meets their peak too.
    timer = getattr(window, "security_checks_timer", None)
    while timer is not None and timer.isActive():
        settle()
        time.sleep(0.05)
    from desktop.ui import ops

    ops.wait_for_idle(-1)
    _out("MEM", *_memory())
    qapp.quit()


class _Typist:
    """Types TYPED letter by letter; each wait is keystroke → its results painted.

    The results are the children ledger (made by the first search). After a search returns and
    its results are applied, a filter on that ledger's viewport (one object: no
    application-wide filter) catches its next paint; the viewport is asked to update so that a
    paint follows in any case. A paint between the key and then (the previous results, still
    on screen) does not count."""

    def __init__(self, qapp, window) -> None:  # type: ignore[no-untyped-def]
        self.qapp = qapp
        self.window = window
        self.typed = ""
        self.key_at = 0.0
        self.armed = False  # the typed text's results are applied: its next paint counts
        self.watched = None
        service = window.search_service
        original = service.child_seqs

        def child_seqs(text, **kw):  # type: ignore[no-untyped-def]
            out = original(text, **kw)
            if text == self.typed and self.key_at:
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, self._watch_results)
            return out

        service.child_seqs = child_seqs

    def start(self) -> None:
        self._type_next()

    def _watch_results(self) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        page = self.window._children_page
        if page is None or not self.key_at:
            return
        viewport = page.table.viewport()
        if self.watched is not viewport:
            typist = self

            class Paints(QObject):
                def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
                    if event.type() == QEvent.Type.Paint and typist.key_at and typist.armed:
                        typist.key_at, at = 0.0, typist.key_at
                        typist.armed = False
                        QTimer.singleShot(0, lambda: typist._shown(at))
                    return False

            self.paints = Paints(viewport)
            viewport.installEventFilter(self.paints)
            self.watched = viewport
        self.armed = True
        viewport.update()

    def _type_next(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if len(self.typed) == len(TYPED):
            self.qapp.quit()
            return
        letter = TYPED[len(self.typed)]
        self.typed += letter
        self.armed = False
        self.key_at = time.monotonic()
        QTest.keyClick(self.window.search_box, letter, Qt.KeyboardModifier.NoModifier)

    def _shown(self, at: float) -> None:
        from PySide6.QtCore import QTimer

        rows = self.window.children_page.model.rowCount()
        _out("TYPED", self.typed, time.monotonic() - at, rows)
        QTimer.singleShot(50, self._type_next)  # the next key shortly after the results


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[0] == "bare":
        bare()
        return
    sys.exit(app(args[0], args[1]))


if __name__ == "__main__":
    main()
