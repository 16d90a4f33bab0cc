"""The county's security pages: users (admin) and the audit trail (admin, auditor)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.security import audit_log, users
from desktop.security.policy import ROLE_LABELS, Area, Role
from desktop.security.session import Session
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import domain_text, user_message
from desktop.ui.security.login import (
    RecoveryKeyDialog,
    _error_label,
    _Form,
    _password_field,
    exec_dialog,
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


class UserDialog(_Form):
    """New account, or a change of role and area."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, user: users.User | None = None
    ) -> None:
        super().__init__(self.tr("修改用户") if user else self.tr("新建用户"), parent)
        self.session = session
        self.user = user
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setEnabled(user is None)
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(domain_text(label), role.value)
        if user:
            self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.townships = QLineEdit(" ".join(user.area.townships) if user else "")
        self.townships.setPlaceholderText(self.tr("乡镇代码（12位），多个用空格分开"))
        self.villages = QLineEdit(" ".join(user.area.villages) if user else "")
        self.schools = QComboBox()
        self.schools.addItem("", "")
        from desktop.core.workbench import Workbench
        from desktop.security.actor import actor_of

        with Workbench(session.open_store(), actor_of(session)) as bench:
            for sid, name in bench.schools():
                self.schools.addItem(name, sid)
        if user and user.area.schools:
            self.schools.setCurrentIndex(max(0, self.schools.findData(user.area.schools[0])))
        self.password = _password_field()
        self.form.addRow(self.tr("用户名"), self.username)
        self.form.addRow(self.tr("姓名"), self.display_name)
        self.form.addRow(self.tr("角色"), self.role)
        self.form.addRow(self.tr("乡镇"), self.townships)
        self.form.addRow(self.tr("村"), self.villages)
        self.form.addRow(self.tr("学校（教师）"), self.schools)
        if user is None:
            self.form.addRow(self.tr("初始密码"), self.password)

    def area(self) -> Area:
        school = self.schools.currentData()
        return Area(
            tuple(self.townships.text().split()),
            tuple(self.villages.text().split()),
            (school,) if school else (),
        )

    def attempt(self) -> object:
        role = Role(self.role.currentData())
        if self.user is None:
            return self.session.add_user(
                username=self.username.text(),
                display_name=self.display_name.text(),
                role=role,
                area=self.area(),
                password=self.password.text(),
            )
        self.session.change_role(self.user.username, role=role, area=self.area())
        return None


class ResetPasswordDialog(_Form):
    def __init__(self, session: Session, username: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("重设密码"), parent)
        self.session = session
        self.username = username
        self.set_intro(
            self.tr("为 %1 设置新密码（对方下次登录时需修改）。").replace("%1", username)
        )
        self.password = _password_field()
        self.form.addRow(self.tr("新密码"), self.password)

    def attempt(self) -> None:
        self.session.reset_password(self.username, self.password.text())


class UsersPage(QWidget):
    HEADERS = (
        QT_TRANSLATE_NOOP("UsersPage", "用户名"),
        QT_TRANSLATE_NOOP("UsersPage", "姓名"),
        QT_TRANSLATE_NOOP("UsersPage", "角色"),
        QT_TRANSLATE_NOOP("UsersPage", "负责范围"),
        QT_TRANSLATE_NOOP("UsersPage", "状态"),
    )

    def __init__(self, window, session: Session) -> None:
        super().__init__()
        self.window_ = window
        self.session = session
        self.table = _table(list(self.HEADERS))
        self.error = _error_label()
        buttons = QHBoxLayout()
        for label, slot in (
            (self.tr("新建用户…"), self.add),
            (self.tr("修改角色…"), self.edit),
            (self.tr("重设密码…"), self.reset),
            (self.tr("停用"), self.disable),
            (self.tr("新的恢复密钥…"), self.recovery_key),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("用户管理"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.table)
        self.users: list[users.User] = []
        self._loaded = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        store = self.session.open_store()
        try:
            self.users = users.all_users(store.conn)
        finally:
            store.close()
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            area = " ".join(
                [*u.area.townships, *u.area.villages, *u.area.schools]
            ) or QCoreApplication.translate("UsersPage", "全县")
            for col, text in enumerate(
                (
                    u.username,
                    u.display_name,
                    domain_text(u.role_label),
                    area,
                    QCoreApplication.translate("UsersPage", "正常")
                    if u.active
                    else QCoreApplication.translate("UsersPage", "已停用"),
                )
            ):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def selected(self) -> users.User | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _run(self, dialog) -> None:
        if exec_dialog(dialog):
            self.refresh()

    def add(self) -> None:
        self._run(UserDialog(self.session, self))

    def edit(self) -> None:
        if (u := self.selected()) is not None:
            self._run(UserDialog(self.session, self, user=u))

    def reset(self) -> None:
        if (u := self.selected()) is not None:
            self._run(ResetPasswordDialog(self.session, u.username, self))

    def disable(self) -> None:
        u = self.selected()
        if u is None:
            return
        self.error.clear()
        try:
            self.session.deactivate_user(u.username)
        except UserError as exc:
            self.error.setText(user_message(exc))
        self.refresh()

    def recovery_key(self) -> None:
        self.error.clear()
        try:
            text = self.session.new_recovery_key()
        except UserError as exc:
            self.error.setText(user_message(exc))
            return
        exec_dialog(RecoveryKeyDialog(text, self, database=self.session.db_path))


class AuditPage(QWidget):
    """The audit trail, newest first, with filters; viewing and exporting are recorded."""

    PAGE = 500

    def __init__(self, window, session: Session) -> None:
        super().__init__()
        self.window_ = window
        self.session = session
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for w in (self.since, self.until):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
        self.actor = QComboBox()
        self.actor.setEditable(True)
        self.source = QComboBox()
        self.source.addItem(self.tr("全部"), "")
        self.source.addItem(self.tr("数据修改"), audit_log.CHANGE)
        self.source.addItem(self.tr("打印、导出、登录等"), audit_log.ACTION)
        search = QPushButton(self.tr("查询"))
        search.clicked.connect(self.refresh)
        export = QPushButton(self.tr("导出CSV…"))
        export.clicked.connect(self.export)
        export.setEnabled(session.can("audit.export"))
        filters = QFormLayout()
        row = QHBoxLayout()
        widget: QWidget
        for widget in (
            QLabel(self.tr("从")),
            self.since,
            QLabel(self.tr("到")),
            self.until,
            QLabel(self.tr("操作人")),
            self.actor,
            QLabel(self.tr("类别")),
            self.source,
            search,
            export,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        filters.addRow(row)
        self.table = _table([domain_text(h) for h in audit_log.HEADERS])
        self.status = QLabel()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("审计记录"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.entries: list[audit_log.Entry] = []
        self._loaded_actors = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_actors:
            self._loaded_actors = True
            self.refresh()

    def _query(self, limit: int) -> list[audit_log.Entry]:
        self.session.require("audit.view")
        source = self.source.currentData()
        store = self.session.open_store()
        try:
            if self.actor.count() == 0:
                self.actor.addItem("")
                self.actor.addItems(audit_log.actors(store.conn))
            return audit_log.trail(
                store.conn,
                since=_date(self.since),
                until=_date(self.until),
                actor=self.actor.currentText().strip() or None,
                sources=(source,) if source else (audit_log.CHANGE, audit_log.ACTION),
                limit=limit,
            )
        finally:
            store.close()

    def refresh(self) -> None:
        try:
            self.entries = self._query(self.PAGE)
        except UserError as exc:
            self.status.setText(user_message(exc))
            return
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            for c, text in enumerate(e.row()):
                item = QTableWidgetItem(domain_text(text))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        more = (
            self.tr("（只显示最新的%1条）").replace("%1", str(self.PAGE))
            if len(self.entries) >= self.PAGE
            else ""
        )
        self.status.setText(self.tr("共 %1 条").replace("%1", str(len(self.entries))) + more)
        self._record("audit.view")

    def export(self, path: str | None = None) -> None:
        self.session.require("audit.export")
        if path is None:
            default = QCoreApplication.translate("AuditPage", "审计记录-{0:%Y%m%d}.csv").format(
                dt.date.today()
            )
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("导出审计记录"), default, "CSV (*.csv)"
            )
            if not path:
                return
        entries = self._query(1_000_000)
        audit_log.export_csv(entries, path)
        self._record("audit.export", rows=len(entries))
        QMessageBox.information(
            self, self.tr("已导出"), self.tr("已导出 %1 条记录").replace("%1", str(len(entries)))
        )

    def _record(self, action: str, **detail: object) -> None:
        store = self.session.open_store()
        try:
            store.audit(
                action,
                detail={
                    "since": self.since.date().toString("yyyy-MM-dd"),
                    "until": self.until.date().toString("yyyy-MM-dd"),
                    **detail,
                },
            )
        finally:
            store.close()


def _date(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())
