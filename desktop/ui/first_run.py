"""First run with no database: a demo county, or an empty database for a picked county."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import ops


class FirstRunDialog(QDialog):
    """Offers the two ways to start; `create()` then makes the database (as an op)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.created = False
        self.setWindowTitle(self.tr("控辍保学工作台 — 首次使用"))
        intro = QLabel(self.tr("还没有数据库（%1）。请选择：").replace("%1", str(path)))
        intro.setWordWrap(True)
        self.demo = QRadioButton(self.tr("创建演示县（虚构数据，用于熟悉程序）"))
        self.demo.setChecked(True)
        self.pupils = QSpinBox()
        self.pupils.setRange(100, 200000)
        self.pupils.setSingleStep(1000)
        self.pupils.setValue(5000)
        self.pupils.setPrefix(self.tr("学生人数："))
        self.county = QRadioButton(self.tr("为本县新建空数据库"))
        group = QButtonGroup(self)
        group.addButton(self.demo)
        group.addButton(self.county)
        self.county_search = QLineEdit()
        self.county_search.setPlaceholderText(self.tr("输入县名查找，如“从江”"))
        self.county_list = QListWidget()
        self.county_list.setMinimumHeight(160)
        self.county_search.textChanged.connect(self._search)
        self.county_search.textEdited.connect(lambda _t: self.county.setChecked(True))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("开始"))
        self.buttons.accepted.connect(self.create_database)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (
            intro,
            self.demo,
            self.pupils,
            self.county,
            self.county_search,
            self.county_list,
            self.error,
            self.buttons,
        ):
            layout.addWidget(w)
        self.resize(520, 460)

    def _search(self, text: str) -> None:
        from desktop.domain import regions

        self.county_list.clear()
        if not text.strip():
            return
        for r in regions.search_counties(text.strip(), limit=50):
            item = QListWidgetItem(regions.full_name(r.code))
            item.setData(Qt.ItemDataRole.UserRole, r.code)
            self.county_list.addItem(item)
        if self.county_list.count():
            self.county_list.setCurrentRow(0)

    def create_database(self) -> None:
        path = self.path
        if self.demo.isChecked():
            n = self.pupils.value()

            def work(progress: ops.Progress) -> None:
                from desktop.demo.generate import generate

                steps = iter(range(1, 10))

                def say(msg: str) -> None:
                    progress.check()
                    progress.set(next(steps, 9), 4, msg)

                generate(path, children=n, seed=1, progress=say)

            label = self.tr("正在生成演示县数据库…")
        else:
            item = self.county_list.currentItem()
            if item is None:
                self.error.setText(self.tr("请先输入县名并在列表中选中本县"))
                return
            code = item.data(Qt.ItemDataRole.UserRole)

            def work(progress: ops.Progress) -> None:
                from desktop.store.county import setup_county
                from desktop.store.repo import Store

                with Store.open(path) as store:
                    setup_county(store, code)

            label = self.tr("正在建立数据库…")
        self.buttons.setEnabled(False)

        def done(_result: object) -> None:
            self.created = True
            self.accept()

        def failed(exc: BaseException) -> None:
            from desktop.ui.errors import show_error

            self.buttons.setEnabled(True)
            show_error(self, exc)

        ops.Op(self, work).success(done).failure(failed).with_progress(
            label, cancellable=False
        ).run_in_background()
