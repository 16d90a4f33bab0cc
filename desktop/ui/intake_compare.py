"""数据比对 page: run the registry comparison, read why each person was flagged, and put the
chosen ones in the 疑似辍学 ledger in one action (after a confirmation), or set them aside."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Changes
from desktop.domain import codes
from desktop.intake.compare import CANDIDATE_LABELS, STATUS_LABELS
from desktop.ui import intake_screens as screens
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text
from desktop.ui.ops import Op, worker_store

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

COLUMNS = (
    QT_TRANSLATE_NOOP("IntakeCompare", "类别"),
    QT_TRANSLATE_NOOP("IntakeCompare", "姓名"),
    QT_TRANSLATE_NOOP("IntakeCompare", "身份证号"),
    QT_TRANSLATE_NOOP("IntakeCompare", "出生日期"),
    QT_TRANSLATE_NOOP("IntakeCompare", "应读年级"),
    QT_TRANSLATE_NOOP("IntakeCompare", "乡镇"),
    QT_TRANSLATE_NOOP("IntakeCompare", "村"),
    QT_TRANSLATE_NOOP("IntakeCompare", "比对发现"),
    QT_TRANSLATE_NOOP("IntakeCompare", "处理情况"),
)
SeqRole = Qt.ItemDataRole.UserRole + 1


class ComparePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.run_id: str | None = None
        self.rows: list[dict[str, Any]] = []
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.on_date = QDateEdit(QDate.currentDate())
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        self.run_button = QPushButton(QCoreApplication.translate("ComparePage", "开始比对"))
        self.run_button.clicked.connect(self.run)
        self.export_button = QPushButton(QCoreApplication.translate("ComparePage", "导出Excel…"))
        self.export_button.clicked.connect(self.export)
        self.kind_box = QComboBox()
        self.kind_box.addItem(QCoreApplication.translate("ComparePage", "全部类别"), "")
        for key, label in CANDIDATE_LABELS.items():
            self.kind_box.addItem(domain_text(label), key)
        self.status_box = QComboBox()
        self.status_box.addItem(QCoreApplication.translate("ComparePage", "全部"), "")
        for key, label in STATUS_LABELS.items():
            self.status_box.addItem(domain_text(label), key)
        self.status_box.setCurrentIndex(1)
        for box in (self.kind_box, self.status_box):
            box.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("ComparePage", "基准日期：")))
        top.addWidget(self.on_date)
        top.addWidget(self.run_button)
        top.addStretch(1)
        top.addWidget(QLabel(QCoreApplication.translate("ComparePage", "类别：")))
        top.addWidget(self.kind_box)
        top.addWidget(QLabel(QCoreApplication.translate("ComparePage", "处理情况：")))
        top.addWidget(self.status_box)
        top.addWidget(self.export_button)
        self.summary = QLabel(
            QCoreApplication.translate(
                "ComparePage",
                "还没有比对结果。先在“数据”菜单导入户籍、防返贫监测或适龄儿童名单，再点“开始比对”。",
            )
        )
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("IntakeCompare", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.itemDoubleClicked.connect(self._open)
        self.open_button = QPushButton(
            QCoreApplication.translate("ComparePage", "为选中人员建立疑似辍学案件")
        )
        self.open_button.clicked.connect(self.open_cases)
        self.dismiss_button = QPushButton(
            QCoreApplication.translate("ComparePage", "排除选中人员…")
        )
        self.dismiss_button.clicked.connect(self.dismiss)
        bottom = QHBoxLayout()
        bottom.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ComparePage", "勾选要处理的人员；双击已建案件的人员可打开案件。"
                )
            )
        )
        bottom.addStretch(1)
        bottom.addWidget(self.dismiss_button)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sources)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._load_latest()

    def _load_latest(self) -> None:
        from desktop.intake.candidates import latest_run
        from desktop.intake.compare import latest_batches

        store = self.window_.store
        batches = latest_batches(store)
        if batches:
            from desktop.intake.columns import KINDS

            self.sources.setText(
                QCoreApplication.translate("ComparePage", "参与比对的名单（各类最近一次导入）：")
                + QCoreApplication.translate("ComparePage", "；").join(
                    QCoreApplication.translate("ComparePage", "{0} {1}（{2}）").format(
                        domain_text(KINDS[b["kind"]]), b["file_name"], b["imported_at"][:10]
                    )
                    for b in batches
                )
            )
        else:
            self.sources.setText(
                QCoreApplication.translate(
                    "ComparePage", "尚未导入户籍、防返贫监测或适龄儿童名单。"
                )
            )
        run = latest_run(store)
        if run:
            self.run_id = run["id"]
            self.summary.setText(
                QCoreApplication.translate("ComparePage", "最近一次比对：{0}，基准日期 {1}").format(
                    run["at"][:16].replace("T", " "), run["on_date"]
                )
            )
            self.refresh()

    def run(self) -> None:
        from desktop.intake.compare import run_comparison

        on = dt.date.fromisoformat(self.on_date.date().toString("yyyy-MM-dd"))

        def job(progress: Any) -> Any:
            with worker_store(self.window_) as store:
                return run_comparison(store, on=on, progress=progress)

        Op(self, job).success(self._ran).with_progress(
            QCoreApplication.translate("ComparePage", "正在比对名单…")
        ).run_in_background()

    def _ran(self, result: Any) -> None:
        self.run_id = result.id
        self.summary.setText(domain_text(result.summary()))
        self._load_latest_sources_only()
        self.refresh()

    def _load_latest_sources_only(self) -> None:
        from desktop.intake.columns import KINDS
        from desktop.intake.compare import latest_batches

        batches = latest_batches(self.window_.store)
        self.sources.setText(
            QCoreApplication.translate("ComparePage", "参与比对的名单：")
            + QCoreApplication.translate("ComparePage", "；").join(
                f"{domain_text(KINDS[b['kind']])} {b['file_name']}" for b in batches
            )
        )

    def refresh(self) -> None:
        from desktop.intake.candidates import candidates

        if not self.run_id:
            return
        bench = self.window_.workbench
        regions = bench.region_names()
        self.rows = candidates(
            bench.store,
            self.run_id,
            kind=self.kind_box.currentData() or None,
            status=self.status_box.currentData() or None,
        )
        t = self.table
        t.setRowCount(len(self.rows))
        for i, c in enumerate(self.rows):
            values = [
                domain_text(CANDIDATE_LABELS[c["kind"]]),
                c["name"],
                c["id_number"],
                c["birth_date"] or "",
                domain_text(codes.GRADES.label(str(c["expected_grade"])))
                if c["expected_grade"]
                else "",
                regions.get(c["township_code"], ""),
                regions.get(c["village_code"], ""),
                "\n".join(domain_text(r) for r in c["reasons"]),
                domain_text(STATUS_LABELS.get(c["status"], c["status"])),
            ]
            for col, v in enumerate(values):
                item = QTableWidgetItem(v)
                if col == 0:
                    item.setData(SeqRole, c["seq"])
                    if c["status"] == "open":
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                        item.setCheckState(Qt.CheckState.Unchecked)
                t.setItem(i, col, item)
        t.resizeColumnsToContents()
        t.resizeRowsToContents()

    def _item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, 0)
        assert item is not None
        return item

    def checked_seqs(self) -> list[int]:
        out = []
        for i in range(self.table.rowCount()):
            item = self._item(i)
            if (
                item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                and item.checkState() == Qt.CheckState.Checked
            ):
                out.append(item.data(SeqRole))
        if not out:  # fall back to the selected rows
            rows = {ix.row() for ix in self.table.selectionModel().selectedRows()}
            out = [self._item(r).data(SeqRole) for r in sorted(rows)]
        return out

    def check_rows(self, rows: list[int]) -> None:
        for r in rows:
            self._item(r).setCheckState(Qt.CheckState.Checked)

    def open_cases(self) -> None:
        from desktop.intake.candidates import open_cases

        seqs = self.checked_seqs()
        if not seqs:
            screens.inform(
                self,
                QCoreApplication.translate("ComparePage", "数据比对"),
                QCoreApplication.translate("ComparePage", "请先勾选要建立案件的人员"),
            )
            return
        if not screens.confirm(
            self,
            QCoreApplication.translate("ComparePage", "建立疑似辍学案件"),
            QCoreApplication.translate(
                "ComparePage",
                "将为选中的 {0} 人建立疑似辍学案件（系统中没有的学生会一并建档），并列入疑似辍学台账等待核实。是否继续？",
            ).format(len(seqs)),
        ):
            return
        on = dt.date.today()

        def job(progress: Any) -> Any:
            progress.set(0, 0, QCoreApplication.translate("ComparePage", "正在建立案件"))
            with worker_store(self.window_) as store:
                return open_cases(store, seqs, found_on=on)

        def done(result: Any) -> None:
            self.window_.notify(Changes.of("", cases=[case_id for _, case_id in result.opened]))
            self.refresh()
            screens.inform(
                self,
                QCoreApplication.translate("ComparePage", "数据比对"),
                domain_text(result.summary()),
            )

        Op(self, job).success(done).with_progress(
            QCoreApplication.translate("ComparePage", "正在建立案件…"), cancellable=False
        ).run_in_background()

    def dismiss(self) -> None:
        from desktop.intake.candidates import dismiss

        seqs = self.checked_seqs()
        if not seqs:
            screens.inform(
                self,
                QCoreApplication.translate("ComparePage", "数据比对"),
                QCoreApplication.translate("ComparePage", "请先勾选要排除的人员"),
            )
            return
        reason, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ComparePage", "排除"),
            QCoreApplication.translate(
                "ComparePage", "排除选中的 {0} 人的原因（如：核实在外地就读）："
            ).format(len(seqs)),
        )
        if not ok or not reason.strip():
            return
        dismiss(self.window_.store, seqs, reason=reason)
        self.refresh()

    def export(self) -> None:
        from desktop.reports.exports import write_candidates

        if not self.run_id:
            screens.inform(
                self,
                QCoreApplication.translate("ComparePage", "数据比对"),
                QCoreApplication.translate("ComparePage", "还没有比对结果"),
            )
            return
        path = screens.ask_save_path(
            self,
            QCoreApplication.translate("ComparePage", "导出比对结果"),
            QCoreApplication.translate("ComparePage", "数据比对结果.xlsx"),
            QCoreApplication.translate("ComparePage", "Excel 工作簿 (*.xlsx)"),
        )
        if not path:
            return
        run_id = self.run_id

        def job(_progress: Any) -> int:
            with worker_store(self.window_) as store:
                return write_candidates(store, run_id, path)

        (
            Op(self, job)
            .success(
                lambda n: screens.inform(
                    self,
                    QCoreApplication.translate("ComparePage", "导出完成"),
                    QCoreApplication.translate("ComparePage", "已导出 {0} 人到\n{1}").format(
                        n, path
                    ),
                )
            )
            .with_progress(QCoreApplication.translate("ComparePage", "正在导出…"))
            .run_in_background()
        )

    def _open(self, item: QTableWidgetItem) -> None:
        row = self.rows[item.row()]
        if row.get("case_id"):
            self.window_.open_case(row["case_id"])
