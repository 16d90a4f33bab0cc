"""导入学校缺勤表: choose a school and a sheet, see what will be imported and which rows cannot
be (with the reason), then import (desktop/prevention/xlsx_import.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.prevention import register, xlsx_import
from desktop.ui.labels import domain_text, user_message

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> str:
    """The file chooser (tests replace it)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


class ImportAbsencesDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.bench = window.workbench
        self.preview: xlsx_import.Preview | None = None
        self.changes: Any = None
        self.setWindowTitle(self.tr("导入学校缺勤表（Excel）"))
        self.school = QComboBox()
        seen: dict[str, str] = {}
        for c in register.classes(self.bench):
            seen.setdefault(c.key.school_id, c.school_name)
        for sid, name in sorted(seen.items(), key=lambda x: x[1]):
            self.school.addItem(name, sid)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        choose = QPushButton(self.tr("选择文件…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.summary = QLabel(
            self.tr("表中需要“日期”“姓名”“缺勤原因”列；有学籍号、年级、班级列时用来区分同名学生。")
        )
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("学校"), self.school)
        form.addRow(self.tr("缺勤表"), row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("导入"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.school.currentIndexChanged.connect(lambda _i: self.check())
        self.resize(640, 420)

    def choose(self) -> None:
        path = ask_open_path(
            self, self.tr("选择缺勤表"), self.tr("Excel或CSV (*.xlsx *.xlsm *.csv)")
        )
        if path:
            self.path.setText(path)
            self.check()

    def check(self) -> None:
        self.preview = None
        self.ok.setEnabled(False)
        self.problems.clear()
        if not self.path.text() or self.school.currentData() is None:
            return
        try:
            self.preview = xlsx_import.check(
                self.bench, self.path.text(), school_id=self.school.currentData()
            )
        except UserError as exc:
            self.summary.setText(self.tr("不能导入：") + user_message(exc))
            return
        self.summary.setText(domain_text(self.preview.summary()))
        self.problems.setPlainText(
            "\n".join(
                self.tr("第%1行：").replace("%1", str(line)) + domain_text(why)
                for line, why in self.preview.problems
            )
        )
        self.ok.setEnabled(bool(self.preview.rows))

    def run_import(self) -> None:
        if self.preview is None:
            return
        try:
            self.changes = xlsx_import.apply(self.bench, self.preview)
        except UserError as exc:
            self.summary.setText(self.tr("未导入：") + user_message(exc))
            return
        self.window_.notify(self.changes)
        self.accept()
