"""Walk the real app through its main screens and dialogs and screenshot each (for the guide,
and to look at: nothing clipped at 1366×768, no boxes instead of characters).

Run under a 1366×768 X server on a demo county database:

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 .venv/bin/python resources/help/make_screenshots.py --db county.db --out shots/

The guide's pictures come from `kcbx demo --db county.db --children 20000` (the default seed)
under a window manager (openbox: a bare X server does not paint dialogs), scaled to 840 pixels
wide (`convert today.png -resize 840x today.png`); visit.png is dialog-contact.grab.png.

With --grab the screenshots come from QWidget.grab() (no X server needed, offscreen); by
default the whole screen is captured with `xwd -root` and converted with ImageMagick.
"""

from __future__ import annotations

import argparse
import os
import subprocess
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
        else:
            xwd = subprocess.run(
                ["xwd", "-root", "-silent"], capture_output=True, check=True
            ).stdout
            subprocess.run(["convert", "xwd:-", str(path)], input=xwd, check=True)
        print("wrote", path, flush=True)

    def dialog_shot(name: str, dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        settle(900)
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
        dialog_shot("dialog-settings", SettingsDialog(store, window))
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
