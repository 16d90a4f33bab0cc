"""Opens every dialog class of desktop.ui and every page of the main window on the screen the
offscreen platform was given (QT_QPA_PLATFORM="offscreen:configfile=…"), and prints one JSON
object: what was opened, and every problem found (a frame outside the screen's available area,
a visible sideways scroll bar in a form, buttons outside the window).

Run by tests/ui/test_geometry.py in a subprocess per screen (a process has one QApplication, so
one screen configuration). Dialog classes are found by walking the desktop.ui package: a new
dialog class without a way to open it here is reported as a problem, not skipped.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import shutil
import sys
from pathlib import Path
from typing import Any

# Base classes that are never shown themselves; each must have a subclass here (checked).
BASES = {
    "desktop.ui.record_dialog.RecordDialog",
    "desktop.ui.case_dialogs.EventDialog",
    "desktop.ui.child_dialog._ChildForm",
    "desktop.ui.security.login._Form",
    "desktop.ui.prevention_risk._Dialog",
}


def dialog_classes() -> list[type]:
    from PySide6.QtWidgets import QDialog

    import desktop.ui as ui

    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(ui.__path__, "desktop.ui."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if (
                inspect.isclass(obj)
                and issubclass(obj, QDialog)
                and obj.__module__.startswith("desktop.ui")
            ):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[k] for k in sorted(found)]


def qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


class Env:
    """A demo county with a signed-in admin, its main window, a case, a session."""

    def __init__(self, folder: Path, demo: Path) -> None:
        from desktop.security import kdf, session
        from desktop.store.repo import Store
        from desktop.ui.main_window import MainWindow

        self.folder = folder
        self.db = folder / "county.db"
        shutil.copy(demo, self.db)
        kdf.DEFAULT = kdf.Params(time_cost=1, memory_kib=256, parallelism=1)
        self.session, _ = session.setup(
            self.db,
            username="admin",
            display_name="县管理员",
            password="a-good-password",
            encrypt_db=False,
        )
        self.store = Store.open(self.db)
        self.window = MainWindow(self.store, db_path=self.db, install_features=True)
        self.window.show()
        row = self.store.conn.execute(
            "SELECT id, child_id FROM cases WHERE state='persuading' ORDER BY case_no LIMIT 1"
        ).fetchone()
        self.case_id, self.child_id = row["id"], row["child_id"]

    def factories(self) -> dict[str, Any]:
        from PySide6.QtGui import QPixmap

        from desktop.forms import numbering
        from desktop.security.integrity import DatabaseDamaged, Report
        from desktop.security.state import db_state

        w, case, child, s = self.window, self.case_id, self.child_id, self.session
        long_path = self.folder / ("很长的文件夹名称" * 6) / "county.db"
        return {
            "desktop.ui.action_dialogs.ActionDialog": lambda m: _action_dialog(w, case),
            "desktop.ui.action_dialogs.PlanDialog": lambda m: m.PlanDialog(w, case),
            "desktop.ui.attachments.ImageViewer": lambda m: m.ImageViewer(
                _pixmap(QPixmap, 2400, 1800), "照片", w
            ),
            **{
                f"desktop.ui.case_dialogs.{name}": (lambda n: lambda m: getattr(m, n)(w, case))(
                    name
                )
                for name in (
                    "ContactDialog",
                    "JointDialog",
                    "LegalStepDialog",
                    "ServiceReceiptDialog",
                    "ReturnDialog",
                    "FollowUpDialog",
                    "SupportDialog",
                    "DeferralDialog",
                    "AssessmentDialog",
                    "HomeTeachingDialog",
                    "NoticeDialog",
                )
            },
            "desktop.ui.child_dialog.NewChildDialog": lambda m: m.NewChildDialog(w),
            "desktop.ui.child_dialog.EditChildDialog": lambda m: m.EditChildDialog(w, child),
            "desktop.ui.child_dialog.NewCaseDialog": lambda m: m.NewCaseDialog(w, child),
            "desktop.ui.first_run.FirstRunDialog": lambda m: m.FirstRunDialog(long_path, w),
            "desktop.ui.help.GuideDialog": lambda m: m.GuideDialog(w),
            "desktop.ui.intake_import.ImportDialog": lambda m: m.ImportDialog(w),
            "desktop.ui.intake_reports.ReportDialog": lambda m: m.ReportDialog(w),
            "desktop.ui.printing_dialogs.TemplateDialog": lambda m: m.TemplateDialog(
                w, case_label="陈秀（2026-100-0001）"
            ),
            "desktop.ui.printing_dialogs.AreaDialog": lambda m: m.AreaDialog(w, self.store),
            "desktop.ui.printing_dialogs.BatchDialog": lambda m: m.BatchDialog(w, self.store),
            "desktop.ui.printing_dialogs.IssuedDialog": lambda m: m.IssuedDialog(
                w, numbering.issued(self.store)
            ),
            "desktop.ui.printing_dialogs.PreviewDialog": lambda m: _preview(m, w, self.store, case),
            "desktop.ui.security.backups.BackupsDialog": lambda m: m.BackupsDialog(w, s),
            "desktop.ui.security.lock.UnlockDialog": lambda m: m.UnlockDialog(s, w),
            "desktop.ui.security.login.SetupDialog": lambda m: m.SetupDialog(long_path),
            "desktop.ui.security.login.LoginDialog": lambda m: m.LoginDialog(
                _long_state(db_state(self.db), long_path)
            ),
            "desktop.ui.security.login.RecoveryDialog": lambda m: m.RecoveryDialog(self.db),
            "desktop.ui.security.login.ChangePasswordDialog": lambda m: m.ChangePasswordDialog(
                s, w, forced=True
            ),
            "desktop.ui.security.login.RecoveryKeyDialog": lambda m: m.RecoveryKeyDialog(
                "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD"
            ),
            "desktop.ui.security.login.RestoreOfferDialog": lambda m: m.RestoreOfferDialog(
                DatabaseDamaged(Report(self.db), [])
            ),
            "desktop.ui.security.pages.UserDialog": lambda m: m.UserDialog(s, w),
            "desktop.ui.security.pages.ResetPasswordDialog": lambda m: m.ResetPasswordDialog(
                s, "admin", w
            ),
            "desktop.ui.settings_dialog.SettingsDialog": lambda m: m.SettingsDialog(w.workbench, w),
            # prevention (desktop/ui/prevention_*.py)
            "desktop.ui.prevention_import.ImportAbsencesDialog": lambda m: m.ImportAbsencesDialog(
                w
            ),
            "desktop.ui.prevention_register.FollowUpDialog": lambda m: m.FollowUpDialog(
                w, w.workbench, child, "visit"
            ),
            "desktop.ui.prevention_risk.RiskFactDialog": lambda m: m.RiskFactDialog(
                w, w.workbench, child
            ),
            "desktop.ui.prevention_risk.SupportPlanDialog": lambda m: m.SupportPlanDialog(
                w, w.workbench, child
            ),
            "desktop.ui.prevention_risk.ReviewDialog": lambda m: m.ReviewDialog(
                w,
                w.workbench,
                dict(self.store.conn.execute("SELECT * FROM support_plans LIMIT 1").fetchone()),
            ),
            "desktop.ui.corrections_ui.ReasonDialog": lambda m: m.ReasonDialog(
                w,
                title="作废记录",
                what="作废这条记录：2026-11-03 劝返联系。" * 3,
                action=lambda reason: None,
            ),
            # the county office (desktop/ui/county_screens.py, county_plan_ui.py)
            "desktop.ui.county_screens.ViolationsDialog": lambda m: m.ViolationsDialog(
                w, _violations(self.store)
            ),
            "desktop.ui.county_screens.OversightDialog": lambda m: m.OversightDialog(
                w, _oversight(w)
            ),
            "desktop.ui.county_plan_ui.CountyPlanDialog": lambda m: m.CountyPlanDialog(w),
        }


def _violations(store):
    """Forty rule violations with long reasons (the list as an old database may give it)."""
    from desktop.store.rule_check import Violation

    cases = store.conn.execute("SELECT id, case_no FROM cases LIMIT 40").fetchall()
    why = "入户家访须写明走访人员、见到的人、了解到的情况和走访结果，本记录缺少了解到的情况"
    return [
        Violation(c[0], c[1], "home_visit_is_complete", why, "e" * 32, "contact", "2026-11-03")
        for c in cases
    ]


def _oversight(window):
    from desktop.reports import oversight

    return oversight.report(window.workbench)


def _pixmap(cls, w: int, h: int):
    pix = cls(w, h)
    pix.fill()
    return pix


def _long_state(state, long_path: Path):
    import dataclasses

    return dataclasses.replace(state, path=long_path) if dataclasses.is_dataclass(state) else state


def _action_dialog(window, case_id: str):
    from desktop.domain.states import Action
    from desktop.ui import action_dialogs

    return action_dialogs.ActionDialog(window, case_id, Action.CLOSE_OTHER)


def _preview(module, window, store, case_id: str):
    from desktop.forms import documents

    dialog = module.PreviewDialog(window, title="劝返复学通知书 — 样稿")
    rendered = documents.draft(store, "school_notice", case_id=case_id)
    dialog.show_pdf(rendered.pdf, mode="draft")
    return dialog


def check(widget, area) -> list[str]:
    """Problems of a shown window on the available area `area`."""
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QScrollArea

    problems = []
    frame = widget.frameGeometry()
    # The offscreen platform draws a 1-pixel frame and no title bar: the window must fit with
    # a window manager's title bar added (its position is the window manager's).
    from desktop.ui.screen_fit import TITLE_BAR

    margins = frame.height() - widget.geometry().height()
    extra = max(TITLE_BAR + 2 - margins, 0)
    if not area.contains(frame) or frame.height() + extra > area.height():
        problems.append(
            f"frame {frame.x()},{frame.y()} {frame.width()}×{frame.height()} (+{extra} title "
            f"bar) outside the available {area.width()}×{area.height()}"
        )
    for scroll in widget.findChildren(QScrollArea):
        if scroll.isVisible() and scroll.horizontalScrollBar().isVisible():
            problems.append(f"sideways scroll bar in {type(scroll).__name__}")
    inside = widget.rect()
    for button in widget.findChildren(QAbstractButton):
        if not button.isVisible() or button.window() is not widget:
            continue
        parent_box = button.parentWidget()
        if not isinstance(parent_box, QDialogButtonBox):
            continue
        rect = button.rect().translated(button.mapTo(widget, button.rect().topLeft()))
        if not inside.contains(rect):
            problems.append(f"button {button.text()!r} outside the window")
    return problems


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ui import screen_fit

    folder, demo = Path(sys.argv[1]), Path(sys.argv[2])
    app = QApplication.instance() or QApplication([])
    screen_fit.install(app)
    area = app.primaryScreen().availableGeometry()
    env = Env(folder, demo)
    factories = env.factories()
    out: dict[str, Any] = {"screen": [area.width(), area.height()], "opened": [], "problems": []}

    def look(name: str, widget) -> None:
        widget.show()
        for _ in range(3):
            app.processEvents()
        out["opened"].append(name)
        out["problems"].extend(f"{name}: {p}" for p in check(widget, area))

    classes = dialog_classes()
    names = {qualname(c) for c in classes}
    for base in BASES:
        if base in names and not any(
            qualname(c) != base and qualname(b) == base for c in classes for b in c.__mro__
        ):
            out["problems"].append(f"{base} is listed as a base but nothing derives from it")
    for cls in classes:
        name = qualname(cls)
        if name in BASES:
            continue
        make = factories.get(name)
        if make is None:
            out["problems"].append(f"{name}: no way to open it in tests/ui/geometry_probe.py")
            continue
        module = importlib.import_module(cls.__module__)
        params = inspect.signature(make).parameters
        dialog = make(module) if params else make()
        look(name, dialog)
        dialog.done(0)
        dialog.deleteLater()
    window = env.window
    window.resize(1366, 740)  # its saved or default size: fitted on show
    window.hide()
    window.show()
    from desktop.ui.main_window import KeyRole

    for row in range(window.nav.count()):
        key = window.nav.item(row).data(KeyRole)
        if key == "case":
            window.open_case(env.case_id)
        else:
            window.show_page(key)
        look(f"page {key}", window)
    print(json.dumps(out, ensure_ascii=False))
    env.store.close()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    sys.exit(main())
