"""生成统计报表: the monthly report or the term-start campaign report, as .xlsx or PDF, built in
the background; the signature names are remembered for next time (settings ui.report.*)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain.ids import term_of
from desktop.ui import intake_screens as screens
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.ops import Op, worker_store

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

SIGNATURE_KEYS = (
    QT_TRANSLATE_NOOP("IntakeReports", "单位负责人"),
    QT_TRANSLATE_NOOP("IntakeReports", "审核人"),
    QT_TRANSLATE_NOOP("IntakeReports", "填表人"),
    QT_TRANSLATE_NOOP("IntakeReports", "联系电话"),
)
SETTING = "ui.report.signatures"


class ReportDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.output: str | None = None
        self.setWindowTitle(QCoreApplication.translate("ReportDialog", "生成统计报表"))
        store = window.store
        today = dt.date.today()
        self.kind_box = QComboBox()
        self.kind_box.addItem(
            QCoreApplication.translate("ReportDialog", "控辍保学月报（统计表）"), "monthly"
        )
        self.kind_box.addItem(
            QCoreApplication.translate("ReportDialog", "开学控辍保学专项行动统计表"), "campaign"
        )
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.period_edit = QLineEdit(f"{today.year}-{today.month:02d}")
        self.period_hint = QLabel(
            QCoreApplication.translate(
                "ReportDialog",
                "时段写法：2026-11（月）、2026-Q4（季度）、2026-2027-1（学期）、2026（年）",
            )
        )
        self.period_hint.setWordWrap(True)
        self.format_box = QComboBox()
        self.format_box.addItem(
            QCoreApplication.translate("ReportDialog", "Excel 表格（.xlsx，可修改后上报）"), ".xlsx"
        )
        self.format_box.addItem(
            QCoreApplication.translate("ReportDialog", "PDF（打印、盖章）"), ".pdf"
        )
        saved = _saved(store)
        self.unit_edit = QLineEdit(saved.get("unit") or str(store.setting("county.bureau") or ""))
        self.sign_edits = {key: QLineEdit(saved.get(key, "")) for key in SIGNATURE_KEYS}
        self.names_box = QCheckBox(
            QCoreApplication.translate("ReportDialog", "Excel中附在册学生名单")
        )
        self.names_box.setChecked(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ReportDialog", "报表："), self.kind_box)
        form.addRow(QCoreApplication.translate("ReportDialog", "统计时段："), self.period_edit)
        form.addRow("", self.period_hint)
        form.addRow(QCoreApplication.translate("ReportDialog", "格式："), self.format_box)
        form.addRow(QCoreApplication.translate("ReportDialog", "填报单位："), self.unit_edit)
        for key, edit in self.sign_edits.items():
            form.addRow(
                QCoreApplication.translate("ReportDialog", "{0}：").format(
                    QCoreApplication.translate("IntakeReports", key)
                ),
                edit,
            )
        form.addRow("", self.names_box)
        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton(
            QCoreApplication.translate("ReportDialog", "生成…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            QCoreApplication.translate("ReportDialog", "取消"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.make_button.clicked.connect(self.generate)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _kind_changed(self) -> None:
        if self.kind_box.currentData() == "campaign":
            self.period_edit.setText(term_of(dt.date.today()).code)
        else:
            today = dt.date.today()
            self.period_edit.setText(f"{today.year}-{today.month:02d}")

    def generate(self, path: str | None = None) -> None:
        from desktop.reports.periods import parse_period
        from desktop.reports.render import build_report, write
        from desktop.ui.errors import show_error

        try:
            period = parse_period(self.period_edit.text())
        except Exception as exc:
            show_error(self, exc)
            return
        kind = self.kind_box.currentData()
        suffix = self.format_box.currentData()
        if not path:
            name = (
                QCoreApplication.translate("ReportDialog", "月报")
                if kind == "monthly"
                else QCoreApplication.translate("ReportDialog", "开学专项行动统计表")
            ) + f"-{period.code}{suffix}"
            path = screens.ask_save_path(
                self,
                QCoreApplication.translate("ReportDialog", "保存报表"),
                str(Path.home() / name),
                QCoreApplication.translate("ReportDialog", "报表 (*{0})").format(suffix),
            )
            if not path:
                return
        if not path.lower().endswith(suffix):
            path += suffix
        unit = self.unit_edit.text().strip() or None
        signatures = {k: e.text().strip() for k, e in self.sign_edits.items() if e.text().strip()}
        names = self.names_box.isChecked()
        self._remember(unit, signatures)

        def job(progress: Any) -> str:
            with worker_store(self.window_) as store:
                report = build_report(
                    store,
                    period,
                    kind=kind,
                    unit=unit,
                    signatures=signatures,
                    names=names,
                    progress=progress,
                )
                progress.set(0, 0, QCoreApplication.translate("ReportDialog", "正在写入文件"))
                write(report, path)
                store.audit(
                    "report", detail={"kind": kind, "period": period.code, "file": Path(path).name}
                )
            return path

        Op(self, job).success(self._done).with_progress(
            QCoreApplication.translate("ReportDialog", "正在生成报表…")
        ).run_in_background()

    def _remember(self, unit: str | None, signatures: dict[str, str]) -> None:
        value = {**signatures, "unit": unit or ""}
        self.window_.workbench.set_settings({SETTING: value})  # a personal (ui.) setting

    def _done(self, path: str) -> None:
        self.output = path
        if screens.confirm(
            self,
            QCoreApplication.translate("ReportDialog", "报表已生成"),
            QCoreApplication.translate("ReportDialog", "已生成：\n{0}\n\n现在打开吗？").format(
                path
            ),
        ):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.accept()


def _saved(store: Any) -> dict[str, str]:
    """The names last used (a ui.* setting has no declared default: KeyError when unset)."""
    try:
        return dict(store.setting(SETTING) or {})
    except KeyError:
        return {}
