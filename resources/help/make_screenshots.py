"""Walk the real app through its main screens and dialogs and screenshot each (for the guide,
and to look at: nothing clipped at 1366×768, no boxes instead of characters).

Run under a 1366×768 X server on a demo county database:

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 .venv/bin/python resources/help/make_screenshots.py --db county.db --out shots/

The guide's pictures come from `kcbx demo --db county.db --children 20000` (the default seed)
under a window manager (openbox: without one dialogs have no title bar; the X server must have
24-bit colour, see the README's troubleshooting); `--guide resources/help` writes them there,
screens scaled to 840 pixels wide, dialogs as painted (visit.png is dialog-contact).

With --grab the screenshots come from QWidget.grab() (no X server needed, offscreen); by
default the whole screen is captured from the X server (QScreen.grabWindow of the root window,
as `xwd -root`: what a person would see, window manager and all).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--grab", action="store_true", help="QWidget.grab() instead of xwd")
    parser.add_argument("--only", default="", help="comma-separated shot names")
    parser.add_argument("--no-features", action="store_true", help="without feature modules")
    parser.add_argument(
        "--guide", default="", help="also write the help guide's pictures into this folder"
    )
    args = parser.parse_args()
    os.environ.setdefault("KCBX_DATA_DIR", tempfile.mkdtemp(prefix="kcbx-shots-"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from desktop.domain.states import Action
    from desktop.store.repo import Store
    from desktop.ui import i18n, ops
    from desktop.ui.app import STYLE, load_fonts
    from desktop.ui.main_window import MainWindow

    i18n.install(app, args.lang)
    load_fonts(app)
    app.setStyleSheet(STYLE)
    ops.set_synchronous(True)
    store = Store.open(args.db)
    window = MainWindow(store, db_path=Path(args.db), install_features=not args.no_features)
    window.showMaximized()
    only = set(filter(None, args.only.split(",")))

    def settle(ms: int = 300) -> None:
        end = __import__("time").monotonic() + ms / 1000
        while __import__("time").monotonic() < end:
            app.processEvents()

    def shot(name: str, widget=None) -> None:  # type: ignore[no-untyped-def]
        if only and name not in only:
            return
        settle()
        path = out / f"{name}.png"
        if args.grab:
            (widget or window).grab().save(str(path))
        else:  # what the X server shows: the root window, as xwd -root would
            app.primaryScreen().grabWindow(0).save(str(path))
        print("wrote", path, flush=True)

    def exposed(widget, timeout_ms: int = 15000) -> bool:  # type: ignore[no-untyped-def]
        """Wait until the X server has exposed the window (its first paint can happen only
        then): under Xvfb and a window manager on a busy machine that took 0.4-1.5 s after
        show(), and a screenshot taken before it has a black or stale rectangle."""
        end = __import__("time").monotonic() + timeout_ms / 1000
        while __import__("time").monotonic() < end:
            handle = widget.windowHandle()
            if handle is not None and handle.isExposed():
                return True
            app.processEvents()
        print("not exposed in time:", type(widget).__name__, flush=True)
        return False

    def dialog_shot(name: str, dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        exposed(dialog)
        settle(600)
        dialog.repaint()
        settle(300)
        shot(name, dialog)
        if not args.grab and (not only or name in only):
            # the dialog on its own too (a bare X server may not have painted it yet)
            dialog.grab().save(str(out / f"{name}.grab.png"))
        if hasattr(dialog, "discard_draft"):
            dialog.discard_draft()  # the tour must not leave drafts behind
        dialog.hide()
        dialog.deleteLater()

    conn = store.conn
    persuading = conn.execute(
        "SELECT c.id FROM cases c WHERE state='persuading' AND joint_count >= 2 ORDER BY persuasion_count DESC LIMIT 1"
    ).fetchone()["id"]
    monitoring = conn.execute("SELECT id FROM cases WHERE state='monitoring' LIMIT 1").fetchone()[
        "id"
    ]

    def tour() -> None:
        from desktop.ui.action_dialogs import ActionDialog, PlanDialog
        from desktop.ui.case_dialogs import DIALOGS
        from desktop.ui.child_dialog import NewCaseDialog, NewChildDialog
        from desktop.ui.first_run import FirstRunDialog
        from desktop.ui.help import GuideDialog, show_shortcuts
        from desktop.ui.settings_dialog import SettingsDialog

        window.today_page.refresh()
        shot("today")
        window.show_page("active")
        shot("ledger")
        window.focus_search()
        window.search_box.setText("lyq")  # initials with several matches in the demo county
        window.search_box.flush()
        shot("search")
        window.search_box.clear()
        window.search_box.flush()
        window.show_page("children")
        shot("children")
        window.open_case(persuading)
        shot("case")
        window.case_view.tabs.setCurrentIndex(1)
        shot("case-plan")
        window.case_view.tabs.setCurrentIndex(0)
        for kind, cls in DIALOGS.items():
            dialog_shot(f"dialog-{kind}", cls(window, persuading))
        dialog_shot("dialog-plan", PlanDialog(window, persuading))
        dialog_shot("dialog-refusal", ActionDialog(window, persuading, Action.REFUSAL_EXCEPTION))
        window.open_case(monitoring)
        shot("case-monitoring")
        dialog_shot("dialog-close", ActionDialog(window, monitoring, Action.CLOSE_RETURNED))
        kid = conn.execute("SELECT * FROM children LIMIT 1 OFFSET 5").fetchone()
        d = NewChildDialog(window)
        d.name.setText(kid["name"])
        d.township.setCurrentIndex(d.township.findData(kid["township_code"]))
        d.village.setCurrentIndex(d.village.findData(kid["village_code"]))
        d.birth.set_date(kid["birth_date"])
        d.check_duplicates()
        dialog_shot("dialog-new-child", d)
        d = NewChildDialog(window)
        d.id_number.setText(kid["id_number"][:17] + ("0" if kid["id_number"][17] != "0" else "1"))
        dialog_shot("dialog-bad-id", d)
        dialog_shot("dialog-new-case", NewCaseDialog(window, kid["id"]))
        dialog_shot("dialog-settings", SettingsDialog(window.workbench, window))
        dialog_shot("dialog-first-run", FirstRunDialog(Path("/tmp/新数据库.db"), window))
        guide = GuideDialog(window)
        dialog_shot("dialog-guide", guide)
        dialog_shot("dialog-shortcuts", show_shortcuts(window))
        menu = window.menu("case")
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        shot("menu-case")
        menu.hide()
        corrections_tour()
        window.close()

    def corrections_tour() -> None:
        """更正/作废 (guide section 三): a visit's correction dialog, then the timeline with a
        voided visit. This one writes: it voids a visit of the database it was given."""
        from desktop.store import corrections, queries
        from desktop.ui import corrections_ui

        if only and not only & {"correct", "corrections"}:
            return
        window.open_case(persuading)
        view = window.case_view
        visits = [
            e.event_id
            for e in queries.timeline(conn, persuading)
            if e.kind == "contact" and not e.status
        ]
        dialog = corrections_ui.correction_dialog(view, visits[0])
        dialog.fields["correction_reason"].setText("日期填错，应为前一天")
        dialog_shot("correct", dialog)
        corrections.void_event(store, visits[1], reason="重复登记")
        if args.grab:
            window.resize(1366, 768)  # as on the laptops (offscreen has no maximised size)
        window.open_case(persuading)
        for i in range(view.timeline.topLevelItemCount()):
            item = view.timeline.topLevelItem(i)
            if item.data(0, corrections_ui.EventRole) == visits[1]:
                view.timeline.setCurrentItem(item)
        shot("corrections")

    QTimer.singleShot(500, tour)
    app.exec()
    store.close()
    if args.guide:
        write_guide(out, Path(args.guide))
    return 0


# The help guide's pictures: (screenshot, width in the guide or None for as taken).
GUIDE = {
    "today.png": ("today", 840),
    "search.png": ("search", 840),
    "case.png": ("case", 840),
    "corrections.png": ("corrections", 840),
    "visit.png": ("dialog-contact", None),
    "correct.png": ("correct", None),
}


def write_guide(shots: Path, guide: Path) -> None:
    """Copy the guide's pictures from the tour's screenshots, screens scaled down smoothly,
    dialogs as the dialog itself painted them (its .grab.png when there is one)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    guide.mkdir(parents=True, exist_ok=True)
    for target, (name, width) in GUIDE.items():
        source = shots / f"{name}.grab.png"
        if not source.exists():
            source = shots / f"{name}.png"
        image = QImage(str(source))
        if image.isNull():
            raise SystemExit(f"missing screenshot {source}")
        if width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        if not image.save(str(guide / target)):
            raise SystemExit(f"could not write {guide / target}")
        print("wrote", guide / target, flush=True)


if __name__ == "__main__":
    sys.exit(main())
