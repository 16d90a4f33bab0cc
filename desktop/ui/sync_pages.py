"""The 同步 page: 概况 (this device, transports, sync now), 待审核 (conflicts and cases whose
merged history does not fit), 同步记录 (bundles sent and received, refused ones in quarantine)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ALL
from desktop.store.repo import Store
from desktop.ui import sync_panel as hooks
from desktop.ui.labels import domain_text
from desktop.ui.ops import Op, worker_store

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("kcbx.sync")
VersionRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
CaseRole = Qt.ItemDataRole.UserRole + 3


def _short(iso: str | None) -> str:
    return (iso or "")[:16].replace("T", " ")


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("SyncPages", "（空）")
    return domain_text(value) if isinstance(value, str) else str(value)


class SyncPage(QWidget):
    def __init__(self, window: MainWindow, controller: Any) -> None:
        super().__init__()
        self.main = window
        self.controller = controller
        self.tabs = QTabWidget()
        self.tabs.addTab(self._overview(), QCoreApplication.translate("SyncPage", "概况"))
        self.tabs.addTab(self._review(), QCoreApplication.translate("SyncPage", "待审核"))
        self.tabs.addTab(self._history(), QCoreApplication.translate("SyncPage", "同步记录"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    @property
    def store(self) -> Store:
        return self.main.store

    # --- 概况 -------------------------------------------------------------------------------

    def _overview(self) -> QWidget:
        w = QWidget()
        self.identity = QLabel()
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        for label in (self.identity, self.state):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.transports = QListWidget()
        self.transports.setWordWrap(True)
        self.sync_button = QPushButton(QCoreApplication.translate("SyncPage", "立即同步"))
        self.sync_button.clicked.connect(lambda: self.controller.run())
        add = QPushButton(QCoreApplication.translate("SyncPage", "添加同步文件夹…"))
        add.clicked.connect(self.add_folder)
        remove = QPushButton(QCoreApplication.translate("SyncPage", "移除所选"))
        remove.clicked.connect(self.remove_transport)
        buttons = QHBoxLayout()
        for b in (self.sync_button, add, remove):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(w)
        for title, label in (
            (QCoreApplication.translate("SyncPage", "本机"), self.identity),
            (QCoreApplication.translate("SyncPage", "同步状态"), self.state),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(label)
            layout.addWidget(box)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "SyncPage", "同步通道（U盘、共享文件夹、县级同步服务器）："
                )
            )
        )
        layout.addWidget(self.transports, 1)
        layout.addLayout(buttons)
        return w

    def _refresh_overview(self) -> None:
        from desktop.sync import enrol, keys, marks, runner

        store, bench = self.store, self.main.workbench
        cert = enrol.enrolment_of(store)
        if cert is None:
            self.identity.setText(
                QCoreApplication.translate(
                    "SyncPage",
                    "本机编号：{0}\n本机尚未注册到县教育局。请用“同步 → 生成注册申请”把申请文件交给县管理员，再导入县里签发的注册文件。",
                ).format(store.device_id)
            )
        else:
            scope = (
                QCoreApplication.translate("SyncPage", "全县")
                if cert.scope.is_everything
                else QCoreApplication.translate("SyncPage", "、").join(
                    [bench.region_name(t) for t in sorted(cert.scope.townships or ())]
                    + [bench.school_name(s) for s in sorted(cert.scope.schools or ())]
                )
            )
            self.identity.setText(
                QCoreApplication.translate(
                    "SyncPage",
                    "本机：{0}（{1}，数据范围：{2}）\n所属：{3}　本机编号：{4}\n密钥指纹：{5}",
                ).format(
                    cert.name or store.device_id,
                    domain_text(enrol.ROLES.get(cert.role, cert.role)),
                    scope,
                    cert.county_name,
                    store.device_id,
                    keys.fingerprint(cert.sign_key),
                )
            )
        s = marks.summary(store)
        lines = [
            QCoreApplication.translate("SyncPage", "上次同步：{0}").format(
                hooks.ago(s["last_sync"])
            ),
            QCoreApplication.translate(
                "SyncPage", "本机变更共 {0} 项：未发出 {1} 项，已发出待对方确认 {2} 项"
            ).format(s["own_ops"], s["unsent"], max(0, s["unconfirmed"] - s["unsent"])),
            QCoreApplication.translate(
                "SyncPage", "待审核：修改冲突 {0} 处，状态异常案件 {1} 件"
            ).format(s["conflicts"], s["cases_review"]),
            *self.controller.last_messages,
        ]
        self.state.setText("\n".join(lines))
        self.sync_button.setEnabled(cert is not None and not self.controller.running)
        self.transports.clear()
        for row in runner.transports(store):
            ok = (
                QCoreApplication.translate("SyncPage", "上次成功 {0}").format(_short(row.last_ok))
                if row.last_ok
                else QCoreApplication.translate("SyncPage", "尚未成功同步")
            )
            err = (
                QCoreApplication.translate("SyncPage", "，上次失败：{0}").format(row.last_error)
                if row.last_error
                else ""
            )
            item = QListWidgetItem(
                QCoreApplication.translate("SyncPage", "{0}（{1}{2}）").format(
                    row.label or row.location, ok, err
                )
            )
            item.setData(KeyRole, row.id)
            self.transports.addItem(item)

    def add_folder(self) -> None:
        from desktop.sync import runner

        path = hooks.ask_folder(
            self, QCoreApplication.translate("SyncPage", "选择同步文件夹（U盘或共享文件夹）")
        )
        if not path:
            return
        runner.add_folder(
            self.store,
            path,
            label=QCoreApplication.translate("SyncPage", "同步文件夹 {0}").format(path),
        )
        self.refresh()
        self.controller.tick()

    def remove_transport(self) -> None:
        from desktop.sync import runner

        item = self.transports.currentItem()
        if item is not None:
            runner.remove_transport(self.store, item.data(KeyRole))
            self.refresh()

    # --- 待审核 -------------------------------------------------------------------------------

    def _review(self) -> QWidget:
        w = QWidget()
        self.conflicts = QTreeWidget()
        self.conflicts.setHeaderLabels(
            [
                QCoreApplication.translate("SyncPage", "内容"),
                QCoreApplication.translate("SyncPage", "值"),
                QCoreApplication.translate("SyncPage", "来自"),
                QCoreApplication.translate("SyncPage", "修改人"),
                QCoreApplication.translate("SyncPage", "时间"),
            ]
        )
        self.conflicts.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        keep = QPushButton(QCoreApplication.translate("SyncPage", "保留所选版本"))
        keep.clicked.connect(self.resolve_selected)
        self.cases = QListWidget()
        self.cases.itemActivated.connect(lambda item: self.main.open_case(item.data(CaseRole)))
        open_case = QPushButton(QCoreApplication.translate("SyncPage", "打开案件"))
        open_case.clicked.connect(self._open_selected_case)
        layout = QVBoxLayout(w)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "SyncPage",
                    "两台电脑从同一版本出发改了同一项内容：系统已按最后修改者暂定，请核对后选定。",
                )
            )
        )
        layout.addWidget(self.conflicts, 2)
        row = QHBoxLayout()
        row.addWidget(keep)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "SyncPage", "合并后状态变更不符合办理流程的案件（请核对其状态变更记录）："
                )
            )
        )
        layout.addWidget(self.cases, 1)
        row2 = QHBoxLayout()
        row2.addWidget(open_case)
        row2.addStretch(1)
        layout.addLayout(row2)
        return w

    def _refresh_review(self) -> None:
        from desktop.domain.states import STATE_LABELS, State
        from desktop.sync import conflicts
        from desktop.ui.labels import state_text

        self.conflicts.clear()
        for item in conflicts.review_items(self.store):
            top = QTreeWidgetItem([domain_text(item.label)])
            top.setData(0, KeyRole, item.key)
            for v in item.versions:
                child = QTreeWidgetItem(
                    [
                        QCoreApplication.translate("SyncPage", "当前值") if v.current else "",
                        _value_text(v.value),
                        domain_text(v.device_name),
                        v.actor,
                        _short(_hlc_time(v.hlc)),
                    ]
                )
                child.setData(0, KeyRole, item.key)
                child.setData(0, VersionRole, v.op_id)
                top.addChild(child)
            self.conflicts.addTopLevelItem(top)
            top.setExpanded(True)
        self.cases.clear()
        for case in conflicts.cases_to_review(self.store):
            state = state_text(STATE_LABELS.get(State(case["state"]), case["state"]))
            entry = QListWidgetItem(
                QCoreApplication.translate("SyncPage", "{0} {1}（当前：{2}）").format(
                    case["case_no"], case["name"] or "", state
                )
            )
            entry.setData(CaseRole, case["id"])
            # why it is to be checked
            entry.setToolTip("\n".join(domain_text(r) for r in case.get("reasons", ())))
            self.cases.addItem(entry)
        count = self.conflicts.topLevelItemCount() + self.cases.count()
        self.tabs.setTabText(
            1,
            QCoreApplication.translate("SyncPage", "待审核（{0}）").format(count)
            if count
            else QCoreApplication.translate("SyncPage", "待审核"),
        )

    def show_review(self) -> None:
        self.main.show_page("sync")
        self.tabs.setCurrentIndex(1)

    def resolve_selected(self) -> None:
        from desktop.sync import conflicts

        item = self.conflicts.currentItem()
        if item is None or item.data(0, VersionRole) is None:
            hooks.inform(
                self,
                QCoreApplication.translate("SyncPage", "请选择"),
                QCoreApplication.translate("SyncPage", "请在冲突下方选择要保留的那一个版本。"),
            )
            return
        conflicts.resolve(self.store, item.data(0, KeyRole), op_id=item.data(0, VersionRole))
        self.main.notify(ALL)  # the version kept may be any record's
        self.refresh()

    def _open_selected_case(self) -> None:
        item = self.cases.currentItem()
        if item is not None:
            self.main.open_case(item.data(CaseRole))

    # --- 同步记录 -------------------------------------------------------------------------------

    def _history(self) -> QWidget:
        w = QWidget()
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SyncPage", "时间"),
                QCoreApplication.translate("SyncPage", "方向"),
                QCoreApplication.translate("SyncPage", "对方"),
                QCoreApplication.translate("SyncPage", "变更数"),
                QCoreApplication.translate("SyncPage", "大小"),
                QCoreApplication.translate("SyncPage", "状态"),
            ]
        )
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.quarantine = QTableWidget(0, 3)
        self.quarantine.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("SyncPage", "时间"),
                QCoreApplication.translate("SyncPage", "文件"),
                QCoreApplication.translate("SyncPage", "拒收原因"),
            ]
        )
        self.quarantine.horizontalHeader().setStretchLastSection(True)
        self.quarantine.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for table in (self.history, self.quarantine):
            table.verticalHeader().setVisible(False)
            table.setWordWrap(False)
        layout = QVBoxLayout(w)
        layout.addWidget(QLabel(QCoreApplication.translate("SyncPage", "发出和收到的同步包：")))
        layout.addWidget(self.history, 2)
        layout.addWidget(
            QLabel(QCoreApplication.translate("SyncPage", "拒收的同步包（已隔离，未做任何改动）："))
        )
        layout.addWidget(self.quarantine, 1)
        return w

    def _refresh_history(self) -> None:
        from desktop.sync import importer

        store = self.store
        names, rows = self.main.workbench.sync_history(limit=500)
        self.history.setRowCount(len(rows))
        status = {
            "sent": QCoreApplication.translate("SyncPage", "已发出"),
            "confirmed": QCoreApplication.translate("SyncPage", "对方已确认"),
            "imported": QCoreApplication.translate("SyncPage", "已导入"),
        }
        for i, r in enumerate(rows):
            peers = QCoreApplication.translate("SyncPage", "、").join(
                names.get(p, p[:8]) for p in r["peer"].split(",")
            )
            ops = f"{r['ops']}" + (
                QCoreApplication.translate("SyncPage", "（新 {0}）").format(r["new_ops"])
                if r["direction"] == "in"
                else ""
            )
            cells = [
                _short(r["done_at"]),
                QCoreApplication.translate("SyncPage", "收到")
                if r["direction"] == "in"
                else QCoreApplication.translate("SyncPage", "发出"),
                peers,
                ops,
                _size(r["bytes"]),
                status.get(r["status"], r["status"]),
            ]
            for j, text in enumerate(cells):
                self.history.setItem(i, j, QTableWidgetItem(text))
        kept = importer.quarantined(store) if store.path is not None else []
        self.quarantine.setRowCount(len(kept))
        for i, info in enumerate(kept):
            for j, text in enumerate(
                [_short(info.get("at")), info.get("file", ""), domain_text(info.get("message", ""))]
            ):
                self.quarantine.setItem(i, j, QTableWidgetItem(text))
        for table in (self.history, self.quarantine):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)

    # --- by hand: export, import, enrolment -------------------------------------------------

    def export_by_hand(self) -> None:
        from desktop.sync import enrol, export
        from desktop.sync.transports import _write_atomic

        peers = enrol.peers(self.store)
        if not peers:
            hooks.inform(
                self,
                QCoreApplication.translate("SyncPage", "导出同步包"),
                QCoreApplication.translate(
                    "SyncPage", "还不知道其他设备。请先用U盘同步一次，或添加对方的设备证书。"
                ),
            )
            return
        labels = [
            QCoreApplication.translate("SyncPage", "{0}（{1}）").format(
                p.name or p.device_id[:8], domain_text(enrol.ROLES.get(p.role, p.role))
            )
            for p in peers
        ]
        index = hooks.ask_item(
            self,
            QCoreApplication.translate("SyncPage", "导出同步包"),
            QCoreApplication.translate("SyncPage", "发给："),
            labels,
        )
        if index is None:
            return
        peer = peers[index]
        path = hooks.ask_save_path(
            self,
            QCoreApplication.translate("SyncPage", "保存同步包"),
            QCoreApplication.translate("SyncPage", "发给{0}.kcbx").format(
                peer.name or peer.device_id[:8]
            ),
            QCoreApplication.translate("SyncPage", "同步包 (*.kcbx)"),
        )
        if not path:
            return

        def job(progress: Any) -> str:
            with worker_store(self.main) as store:
                prepared = export.prepare(store, [peer], force=True)
                assert prepared is not None
                _write_atomic(Path(path), prepared.data)
                export.record(
                    store,
                    prepared,
                    transport=QCoreApplication.translate("SyncPage", "文件 {0}").format(
                        Path(path).name
                    ),
                )
                return QCoreApplication.translate(
                    "SyncPage", "已导出同步包：{0}（{1} 项变更）"
                ).format(path, prepared.op_count)

        Op(self, job).success(
            lambda text: self._done(QCoreApplication.translate("SyncPage", "导出同步包"), text)
        ).with_progress(
            QCoreApplication.translate("SyncPage", "正在导出同步包…")
        ).run_in_background()

    def import_by_hand(self) -> None:
        from desktop.sync import importer
        from desktop.sync.envelope import BundleRefused

        paths = hooks.ask_open_files(
            self,
            QCoreApplication.translate("SyncPage", "导入同步包"),
            QCoreApplication.translate("SyncPage", "同步包 (*.kcbx);;所有文件 (*)"),
        )
        if not paths:
            return

        def job(progress: Any) -> list[str]:
            out = []
            with worker_store(self.main) as store:
                for i, path in enumerate(paths, start=1):
                    progress.set(
                        i - 1,
                        len(paths),
                        QCoreApplication.translate("SyncPage", "正在导入 {0}").format(
                            Path(path).name
                        ),
                    )
                    try:
                        out.append(importer.import_file(store, path, keep_original=True).message)
                    except BundleRefused as exc:
                        out.append(
                            QCoreApplication.translate("SyncPage", "已拒收 {0}：{1}").format(
                                Path(path).name, exc
                            )
                        )
            return out

        def done(messages: list[str]) -> None:
            self.store.invalidate_caches()
            self.main.notify(ALL)  # bundles: not described per row
            self._done(QCoreApplication.translate("SyncPage", "导入同步包"), "\n".join(messages))

        Op(self, job).success(done).with_progress(
            QCoreApplication.translate("SyncPage", "正在导入同步包…")
        ).run_in_background()

    def write_request(self) -> None:
        from desktop.sync import enrol

        path = hooks.ask_save_path(
            self,
            QCoreApplication.translate("SyncPage", "保存注册申请"),
            QCoreApplication.translate("SyncPage", "注册申请.json"),
            QCoreApplication.translate("SyncPage", "注册申请 (*.json)"),
        )
        if path:
            enrol.write_json(path, enrol.make_request(self.store))
            self._done(
                QCoreApplication.translate("SyncPage", "注册申请"),
                QCoreApplication.translate(
                    "SyncPage", "已保存：{0}\n请交给县教育局管理员，签发后导入注册文件。"
                ).format(path),
            )

    def import_enrolment(self) -> None:
        from desktop.sync import enrol

        paths = hooks.ask_open_files(
            self,
            QCoreApplication.translate("SyncPage", "导入注册文件"),
            QCoreApplication.translate("SyncPage", "注册文件 (*.json)"),
        )
        if not paths:
            return
        data = enrol.read_json(
            paths[0],
            kind=enrol.ENROLMENT_TYPE,
            label=QCoreApplication.translate("SyncPage", "注册文件"),
        )
        cert = enrol.enrol(self.store, data)
        self._done(
            QCoreApplication.translate("SyncPage", "注册"),
            QCoreApplication.translate("SyncPage", "本机已注册到{0}（{1}）").format(
                cert.county_name, domain_text(enrol.ROLES.get(cert.role, cert.role))
            ),
        )

    def _done(self, title: str, text: str) -> None:
        self.refresh()
        hooks.inform(self, title, text)

    # --- all --------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self._refresh_overview()
            self._refresh_review()
            self._refresh_history()
        except sqlite3.Error:  # the window's database was closed under us
            log.warning("sync page not refreshed", exc_info=True)


def _hlc_time(stamp: str) -> str:
    from desktop.store.changelog import stamp_time

    try:
        return stamp_time(stamp).isoformat()
    except (ValueError, OSError):
        return ""


def _size(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"
