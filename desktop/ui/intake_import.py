"""导入名册: choose the file and kind → confirm the column mapping → read the validation report
→ import (in the background, all valid rows or nothing)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ALL
from desktop.intake.columns import FIELDS, KINDS
from desktop.intake.values import text
from desktop.ui import intake_screens as screens
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text
from desktop.ui.ops import Op, worker_store

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

IGNORE_LABEL = QT_TRANSLATE_NOOP("IntakeImport", "（不导入）")


class ImportDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window if isinstance(window, QWidget) else None)
        self.window_ = window
        self.plan: Any = None
        self.result: Any = None
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "导入名册"))
        self.resize(980, 620)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # --- step 1: file and kind ------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.path_edit = QLineEdit()
        browse = QPushButton(QCoreApplication.translate("ImportDialog", "浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(QCoreApplication.translate("ImportDialog", "名册文件："), row)
        self.kind_box = QComboBox()
        for key, label in KINDS.items():
            self.kind_box.addItem(domain_text(label), key)
        form.addRow(QCoreApplication.translate("ImportDialog", "名册类别："), self.kind_box)
        self.sheet_edit = QLineEdit()
        self.sheet_edit.setPlaceholderText(
            QCoreApplication.translate("ImportDialog", "默认：第一个有数据的工作表")
        )
        form.addRow(QCoreApplication.translate("ImportDialog", "工作表："), self.sheet_edit)
        self.term_edit = QLineEdit()
        self.term_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ImportDialog", "学籍名册所属学期，默认当前学期，如 2026-2027-1"
            )
        )
        form.addRow(QCoreApplication.translate("ImportDialog", "学期："), self.term_edit)
        hint = QLabel(
            QCoreApplication.translate(
                "ImportDialog",
                "支持 .xlsx 和 .csv（UTF-8 或 GBK 编码）。表头可以在标题行下面、可以是两行合并表头；下一步会显示识别出的列，请核对后再检查数据。导入前会自动备份数据库。",
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.next_button = buttons.addButton(
            QCoreApplication.translate("ImportDialog", "下一步"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            QCoreApplication.translate("ImportDialog", "取消"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.next_button.clicked.connect(self.read_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _browse(self) -> None:
        path = screens.ask_open_path(
            self,
            QCoreApplication.translate("ImportDialog", "选择名册文件"),
            QCoreApplication.translate(
                "ImportDialog", "表格文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)"
            ),
        )
        if path:
            self.path_edit.setText(path)

    def set_file(self, path: str, kind: str) -> None:
        self.path_edit.setText(str(path))
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))

    def read_file(self) -> None:
        from desktop.intake.importer import open_roster

        path, kind = self.path_edit.text().strip(), self.kind_box.currentData()
        sheet = self.sheet_edit.text().strip() or None
        term = self.term_edit.text().strip() or None
        if not path:
            screens.inform(
                self,
                QCoreApplication.translate("ImportDialog", "导入名册"),
                QCoreApplication.translate("ImportDialog", "请先选择名册文件"),
            )
            return

        def job(progress: Any) -> Any:
            progress.set(0, 0, QCoreApplication.translate("ImportDialog", "正在读取文件"))
            with worker_store(self.window_) as store:
                return open_roster(
                    store, path, kind=kind, sheet=sheet, term=term, progress=progress
                )

        Op(self, job).success(self._show_mapping).with_progress(
            QCoreApplication.translate("ImportDialog", "正在读取名册…")
        ).run_in_background()

    # --- step 2: mapping ------------------------------------------------------------------

    def _step_page(
        self, info: QLabel, table: QTableWidget, back: tuple[str, int], go: tuple[str, Any]
    ) -> tuple[QWidget, QPushButton]:
        """A step of the wizard: its explanation, its table (third column stretched) and the
        buttons back (to page `back[1]`), forward (`go`: label, slot) and cancel."""
        page = QWidget()
        info.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        buttons = QDialogButtonBox()
        back_button = buttons.addButton(back[0], QDialogButtonBox.ButtonRole.ResetRole)
        forward = buttons.addButton(go[0], QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(
            QCoreApplication.translate("ImportDialog", "取消"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        back_button.clicked.connect(lambda: self.stack.setCurrentIndex(back[1]))
        forward.clicked.connect(go[1])
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(info)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        return page, forward

    def _mapping_page(self) -> QWidget:
        self.mapping_info = QLabel()
        self.mapping_table = QTableWidget(0, 4)
        self.mapping_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "列"),
                QCoreApplication.translate("ImportDialog", "表头"),
                QCoreApplication.translate("ImportDialog", "前几行的内容"),
                QCoreApplication.translate("ImportDialog", "对应字段"),
            ]
        )
        page, self.check_button = self._step_page(
            self.mapping_info,
            self.mapping_table,
            (QCoreApplication.translate("ImportDialog", "上一步"), 0),
            (QCoreApplication.translate("ImportDialog", "检查数据"), self.check_rows),
        )
        return page

    def _show_mapping(self, plan: Any) -> None:
        self.plan = plan
        header, grid = plan.header, plan.grid
        where = (
            QCoreApplication.translate("ImportDialog", "工作表“{0}”，").format(grid.sheet)
            if grid.sheet
            else ""
        )
        preset = {
            "exact": QCoreApplication.translate("ImportDialog", "已按上次确认的对应关系设置。"),
            "kind": QCoreApplication.translate("ImportDialog", "部分列按上次确认的对应关系设置。"),
        }.get(plan.preset, "")
        self.mapping_info.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "{0}：{1}表头在第 {2} 行，数据从第 {3} 行开始。{4}请核对每一列对应的字段（确认后会保存，下次同类名册自动使用）。",
            ).format(
                plan.path.name,
                where,
                QCoreApplication.translate("ImportDialog", "、").join(map(str, header.rows)),
                header.data_start,
                preset,
            )
        )
        from desktop.intake.columns import skip_reason

        samples: list[tuple[Any, ...]] = []
        for r in range(header.data_start, min(len(grid.rows), header.data_start + 30) + 1):
            if len(samples) < 3 and skip_reason(grid, r, header) is None:
                samples.append(grid.rows[r - 1])
        table = self.mapping_table
        table.setRowCount(len(header.labels))
        self.combos: list[QComboBox] = []
        for col, label in enumerate(header.labels):
            from desktop.intake.validate import column_letter

            table.setItem(col, 0, QTableWidgetItem(column_letter(col)))
            table.setItem(
                col,
                1,
                QTableWidgetItem(label or QCoreApplication.translate("ImportDialog", "（无表头）")),
            )
            example = " | ".join(
                text(r[col]) for r in samples if col < len(r) and r[col] is not None
            )
            table.setItem(col, 2, QTableWidgetItem(example))
            box = QComboBox()
            box.addItem(QCoreApplication.translate("IntakeImport", IGNORE_LABEL), "")
            for f in FIELDS:
                box.addItem(domain_text(f.label), f.key)
            box.setCurrentIndex(max(0, box.findData(header.mapping.get(col, ""))))
            table.setCellWidget(col, 3, box)
            self.combos.append(box)
        for c in (0, 1, 3):
            table.resizeColumnToContents(c)
        self.stack.setCurrentIndex(1)

    def set_field(self, col: int, key: str) -> None:
        self.combos[col].setCurrentIndex(self.combos[col].findData(key))

    def check_rows(self) -> None:
        from desktop.intake.importer import check

        plan = self.plan
        plan.set_mapping({col: box.currentData() for col, box in enumerate(self.combos)})

        def job(progress: Any) -> Any:
            with worker_store(self.window_) as store:
                return check(store, plan, progress=progress)

        Op(self, job).success(self._show_report).with_progress(
            QCoreApplication.translate("ImportDialog", "正在检查名册…")
        ).run_in_background()

    # --- step 3: report and import --------------------------------------------------------

    def _report_page(self) -> QWidget:
        self.summary = QLabel()
        self.issue_table = QTableWidget(0, 4)
        self.issue_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "行"),
                QCoreApplication.translate("ImportDialog", "列"),
                QCoreApplication.translate("ImportDialog", "问题"),
                QCoreApplication.translate("ImportDialog", "处理"),
            ]
        )
        self.issue_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        page, self.import_button = self._step_page(
            self.summary,
            self.issue_table,
            (QCoreApplication.translate("ImportDialog", "返回修改对应关系"), 1),
            (QCoreApplication.translate("ImportDialog", "导入"), self.run_import),
        )
        return page

    def _show_report(self, plan: Any) -> None:
        self.plan = plan
        counts = plan.counts()
        self.summary.setText(
            domain_text(plan.summary())
            + (
                QCoreApplication.translate(
                    "ImportDialog", "\n有错误的行不会导入；请在原表中改正后重新导入这些行。"
                )
                if counts["rejected"]
                else ""
            )
        )
        issues = plan.issues[:5000]
        t = self.issue_table
        t.setRowCount(len(issues))
        for i, issue in enumerate(issues):
            values = [
                str(issue.row or ""),
                domain_text(issue.column),
                domain_text(issue.reason)
                + (
                    QCoreApplication.translate("ImportDialog", "（{0}）").format(issue.value)
                    if issue.value and issue.value not in issue.reason
                    else ""
                ),
                QCoreApplication.translate("ImportDialog", "不导入")
                if issue.level == "error"
                else QCoreApplication.translate("ImportDialog", "提示"),
            ]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setToolTip(v)
                if issue.level == "error":
                    item.setForeground(Qt.GlobalColor.darkRed)
                t.setItem(i, c, item)
        t.resizeColumnToContents(0)
        t.resizeColumnToContents(1)
        self.import_button.setText(
            QCoreApplication.translate("ImportDialog", "导入 {0} 行").format(counts["valid"])
        )
        self.import_button.setEnabled(counts["valid"] > 0)
        self.stack.setCurrentIndex(2)

    def run_import(self) -> None:
        from desktop.intake.importer import commit

        plan = self.plan

        def job(progress: Any) -> Any:
            with worker_store(self.window_) as store:
                return commit(store, plan, progress=progress)

        (
            Op(self, job)
            .success(self._imported)
            .with_progress(
                QCoreApplication.translate(
                    "ImportDialog", "正在导入名册…（可取消，取消后不会导入任何数据）"
                )
            )
            .run_in_background()
        )

    def _imported(self, result: Any) -> None:
        self.result = result
        self.window_.notify(ALL)  # a roster: children, guardians, enrolments, many rows
        screens.inform(
            self,
            QCoreApplication.translate("ImportDialog", "导入完成"),
            domain_text(result.summary()),
        )
        self.accept()
