"""Backups in the app: back up now, check the database, restore a chosen backup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.security import backup, cipher, integrity, restore
from desktop.ui import ops
from desktop.ui.labels import domain_text, user_message
from desktop.ui.security.login import _busy, _error_label, exec_dialog


def after_restore(window) -> None:
    """Every view holds the old database: the app closes and is opened again by the user."""
    QMessageBox.information(
        window,
        QCoreApplication.translate("Backups", "已恢复"),
        QCoreApplication.translate("Backups", "已从备份恢复。程序现在关闭，请重新打开。"),
    )
    QApplication.instance().quit()  # type: ignore[union-attr]


class BackupsDialog(QDialog):
    def __init__(self, window, session) -> None:
        super().__init__(window)
        self.window_ = window
        self.session = session
        self.db_path = window.db_path
        self.setWindowTitle(self.tr("备份与恢复"))
        self.list = QListWidget()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = _error_label()
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.check_button = QPushButton(self.tr("检查数据库"))
        self.restore_button = QPushButton(self.tr("从所选备份恢复…"))
        self.backup_button.clicked.connect(self.backup_now)
        self.check_button.clicked.connect(self.check)
        self.restore_button.clicked.connect(self.restore_selected)
        can_restore = session is None or session.can("restore")
        self.restore_button.setEnabled(can_restore)
        self.backup_button.setEnabled(session is None or session.can("backup"))
        for b in (self.backup_button, self.check_button, self.restore_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("备份目录：%1").replace("%1", str(backup.backup_dir(self.db_path))))
        )
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        self.resize(620, 420)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for b in backup.list_backups(self.db_path):
            lock = self.tr("已加密") if b.encrypted else self.tr("未加密")
            item = QListWidgetItem(f"{domain_text(b.label)}   {b.size / 1e6:.1f} MB   {lock}")
            item.setData(Qt.ItemDataRole.UserRole, b)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def backup_now(self) -> None:
        path = self.db_path

        def job(progress):
            return backup.make_backup(path, reason="manual")

        def done(made) -> None:
            self.window_.store.audit("backup", detail={"backup": made.path.name})
            self.info.setText(self.tr("已备份：%1").replace("%1", domain_text(made.label)))
            self.refresh()

        ops.Op(self, job).success(done).failure(
            lambda e: self.error.setText(user_message(e))
        ).with_progress(self.tr("正在备份…"), cancellable=False).run_in_background()

    def check(self) -> None:
        path, key = self.db_path, cipher.key_for(self.db_path)
        ops.Op(self, lambda p: integrity.full_check(path, key)).success(
            lambda report: self.info.setText("\n".join(map(domain_text, report.lines())))
        ).with_progress(self.tr("正在检查数据库…"), cancellable=False).run_in_background()

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        chosen = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            self.tr("从备份恢复"),
            self.tr(
                "用 %1 的备份替换当前数据库？\n当前数据库会先另存一份备份；恢复后程序将关闭。"
            ).replace("%1", domain_text(chosen.label)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.error.clear()
        try:
            key = restore.backup_key(chosen, db_path=self.db_path) if chosen.encrypted else None
            self.window_.store.close()  # no connection may stay open on the file being replaced
            _busy(restore.restore, self.db_path, chosen, key=key)
        except UserError as exc:
            self.error.setText(user_message(exc))
            return
        self.accept()
        after_restore(self.window_)


def open_backups(window, session) -> None:
    exec_dialog(BackupsDialog(window, session))


def start_checks(window, session) -> None:
    """After the window is up, in the background: quick_check, then the daily backup (never a
    backup of a damaged file); teach the log redactor the names in the database."""
    path = window.db_path
    key = cipher.key_for(path)

    def job(progress):
        from desktop.security import cleanup, logs
        from desktop.store.repo import Store

        cleanup.remove_opened_copies()  # plaintext attachment copies of the last session

        report = integrity.quick_check(path, key)
        if report.damaged:
            return report, None
        with Store.open(path, create=False) as store:
            logs.learn_names(store.conn)
        return report, backup.auto_backup(path)

    def done(result) -> None:
        from shiboken6 import isValid

        if not isValid(window):  # closed while the check ran
            return
        report, made = result
        if report.damaged:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("Backups", "数据库有损坏"),
                "\n".join(map(domain_text, report.lines()))
                + "\n\n"
                + QCoreApplication.translate(
                    "Backups", "请尽快在“文件 → 备份与恢复”中从备份恢复。"
                ),
            )
        elif made is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Backups", "已自动备份：%1").replace(
                    "%1", domain_text(made.label)
                ),
                8000,
            )

    ops.Op(window, job).success(done).failure(lambda exc: None).run_in_background()


__all__ = ["BackupsDialog", "QWidget", "open_backups", "start_checks"]
