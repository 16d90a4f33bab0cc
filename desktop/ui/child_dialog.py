"""Registering a child (looking for an existing record first) and opening a case for one.

No duplicates by accident: as the name, ID number, birth date and village are typed, the
dialog looks for the same ID, the same name + birth date or village, and names that sound the
same (pinyin), and lists them; saving while a match is listed needs a second, deliberate click.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem

from desktop.domain import codes, model
from desktop.domain.ids import IdInfo
from desktop.store import queries
from desktop.ui.form_widgets import CodeChecks, CodeCombo, DateField, IdNumberEdit, TextArea
from desktop.ui.labels import domain_text
from desktop.ui.record_dialog import RecordDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("ChildDialogs", text)


class _ChildForm(RecordDialog):
    """The child's fields and the first guardian's, as registering and correcting show them.

    Their texts are translated in one context, ChildForm, for both dialogs (`self.tr` would
    look them up under each dialog's own class name)."""

    accepts_attachments = False

    def _add_child_fields(self) -> None:
        self.name = self.add("name", QCoreApplication.translate("ChildForm", "姓名"), QLineEdit())
        self.id_number = self.add(
            "id_number", QCoreApplication.translate("ChildForm", "身份证号"), IdNumberEdit()
        )
        self.sex = self.add(
            "sex",
            QCoreApplication.translate("ChildForm", "性别"),
            CodeCombo(
                (
                    (
                        QCoreApplication.translate("_ChildForm", "男"),
                        QCoreApplication.translate("_ChildForm", "男"),
                    ),
                    (
                        QCoreApplication.translate("_ChildForm", "女"),
                        QCoreApplication.translate("_ChildForm", "女"),
                    ),
                ),
                empty="",
            ),
        )
        self.birth = self.add(
            "birth_date",
            QCoreApplication.translate("ChildForm", "出生日期"),
            DateField(optional=True),
        )
        self.ethnicity = self.add(
            "ethnicity",
            QCoreApplication.translate("ChildForm", "民族"),
            CodeCombo(codes.ETHNICITIES),
        )
        self.township = self.add(
            "township_code", QCoreApplication.translate("ChildForm", "乡镇"), QComboBox()
        )
        for code, name in queries.townships(self.store.conn, self.store.scope):
            self.township.addItem(name, code)
        self.village = self.add(
            "village_code", QCoreApplication.translate("ChildForm", "村"), QComboBox()
        )
        self.address = self.add(
            "address", QCoreApplication.translate("ChildForm", "住址"), QLineEdit()
        )
        self.school = self.add(
            "school_id", QCoreApplication.translate("ChildForm", "学校"), QComboBox()
        )
        self.grade = self.add(
            "grade",
            QCoreApplication.translate("ChildForm", "年级"),
            CodeCombo(codes.GRADES, empty=""),
        )
        self.class_name = self.add(
            "class_name", QCoreApplication.translate("ChildForm", "班级"), QLineEdit()
        )
        self.flags = self.add(
            "flags",
            QCoreApplication.translate("ChildForm", "标识"),
            CodeChecks(codes.FLAGS, columns=4),
        )
        self.guardian = self.add(
            "guardian_name", QCoreApplication.translate("ChildForm", "监护人姓名"), QLineEdit()
        )
        self.relation = self.add(
            "guardian_relation",
            QCoreApplication.translate("ChildForm", "与学生关系"),
            CodeCombo(codes.RELATIONS),
        )
        self.guardian_phone = self.add(
            "guardian_phone", QCoreApplication.translate("ChildForm", "监护人电话"), QLineEdit()
        )
        self.township.currentIndexChanged.connect(self._township_changed)
        self._township_changed()
        self.id_number.parsed.connect(self._id_parsed)

    def _township_changed(self) -> None:
        town = self.township.currentData() or ""
        self.village.clear()
        for code, name in queries.villages(self.store.conn, town):
            self.village.addItem(name, code)
        self.school.clear()
        self.school.addItem(QCoreApplication.translate("ChildForm", "（未入学）"), "")
        for sid, name in queries.schools(self.store.conn, town):
            self.school.addItem(name, sid)

    def _id_parsed(self, info: IdInfo | None) -> None:
        if info is None:
            return
        self.birth.set_date(info.birth_date)
        self.sex.set_code(info.sex)

    def _child(self) -> model.Child:
        """The child as the form has it (validated by the store when written)."""
        return model.Child(
            name=self.name.text().strip(),
            sex=self.sex.code(),
            birth_date=self.birth.date_value(),
            id_number=self.id_number.text(),
            ethnicity=self.ethnicity.code(),
            township_code=self.township.currentData() or "",
            village_code=self.village.currentData() or "",
            address=self.address.text().strip(),
            school_id=self.school.currentData() or None,
            grade=self.grade.code(),
            class_name=self.class_name.text().strip(),
            flags=self.flags.codes(),
        )


class NewChildDialog(_ChildForm):
    kind = "new_child"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(
            window,
            title=_t(QCoreApplication.translate("NewChildDialog", "新建学生（先查重）")),
            draft_key="new_child",
        )
        self.duplicates: list[queries.PossibleDuplicate] = []
        self._confirmed_new = False
        self.opened_child: str | None = None
        self._add_child_fields()
        self.dup_label = QLabel()
        self.dup_label.setWordWrap(True)
        self.dup_list = QListWidget()
        self.dup_list.setMaximumHeight(110)
        self.dup_list.itemDoubleClicked.connect(self._open_duplicate)
        self.form.addRow(self.dup_label)
        self.form.addRow(self.dup_list)
        self.dup_label.hide()
        self.dup_list.hide()
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(300)
        self._dup_timer.timeout.connect(self.check_duplicates)
        for w in (self.name, self.id_number.edit):
            w.textChanged.connect(lambda _t: self._dup_timer.start())
        self.birth.dateChanged.connect(lambda _d: self._dup_timer.start())
        self.village.currentIndexChanged.connect(lambda _i: self._dup_timer.start())
        self.finish()
        self.resize(680, 700)

    def check_duplicates(self) -> list[queries.PossibleDuplicate]:
        from desktop.domain.names import pinyin_keys

        name = self.name.text().strip()
        idno = self.id_number.info.number if self.id_number.info else ""
        pinyin = pinyin_keys(name)[0] if name else []
        self.duplicates = queries.possible_duplicates(
            self.store.conn,
            name=name,
            birth_date=self.birth.iso(),
            id_number=idno,
            village_code=self.village.currentData() or "",
            pinyin=pinyin,
            scope=self.workbench.actor.scope,
        )
        self._confirmed_new = False
        self.dup_list.clear()
        for d in self.duplicates:
            if d.outside:  # not the account's to see: said, not shown, not opened
                text = QCoreApplication.translate(
                    "NewChildDialog",
                    "已在其他学校或乡镇登记（不在您的范围内，请与县里核对）　— {0}",
                ).format(domain_text(d.reason))
            else:
                text = QCoreApplication.translate(
                    "NewChildDialog", "{0}　{1}　{2}　{3}　— {4}"
                ).format(d.name, d.birth_date, d.village, d.id_number, domain_text(d.reason))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, d.child_id)
            self.dup_list.addItem(item)
        found = bool(self.duplicates)
        self.dup_label.setText(
            self.tr("可能已登记（双击打开该学生，不要重复新建）：") if found else ""
        )
        self.dup_label.setStyleSheet("color:#b3261e; font-weight:bold")
        self.dup_label.setVisible(found)
        self.dup_list.setVisible(found)
        return self.duplicates

    def _open_duplicate(self, item: QListWidgetItem) -> None:
        child_id = item.data(Qt.ItemDataRole.UserRole)
        if not child_id:
            return  # outside the account's scope
        self.opened_child = child_id
        self.discard_draft()
        self.done(2)
        self.window_.open_child(child_id)

    def save(self) -> str:
        from desktop.domain.errors import UserError

        if self.id_number.error:
            raise UserError(self.id_number.error)
        self._dup_timer.stop()
        confirmed = self._confirmed_new
        if self.check_duplicates() and not confirmed:
            self._confirmed_new = True
            raise UserError(
                QCoreApplication.translate(
                    "NewChildDialog",
                    "发现可能已登记的学生（见上方列表）。请先核对；确认不是同一人，再点一次“保存”。",
                )
            )
        guardian = None
        if self.guardian.text().strip():
            guardian = model.Guardian(
                child_id="",  # the new child's, set by the core
                name=self.guardian.text().strip(),
                relation=self.relation.code(),
                phone=self.guardian_phone.text().strip(),
            )
        # Through the core: the account's right to write and its scope (a teacher registers
        # the school's pupils), child and guardian in one transaction.
        self.changes = self.workbench.register_child(self._child(), guardian)
        self.child_id = self.changes.id
        return self.child_id


class EditChildDialog(_ChildForm):
    """Correcting a registered child (a misspelt name, a wrong ID number, a new phone number):
    the child's fields and the first guardian's, written as field changes (change log with the
    user's name, synced like any edit)."""

    kind = "edit_child"
    # the form's fields that are the child's columns (township before village and school:
    # choosing it fills their lists)
    _CHILD_FIELDS = (
        "name", "id_number", "sex", "birth_date", "ethnicity", "township_code", "village_code",
        "address", "school_id", "grade", "class_name", "flags",
    )  # fmt: skip

    def __init__(self, window: MainWindow, child_id: str) -> None:
        child = window.workbench.child(child_id)  # refused outside the account's scope
        super().__init__(
            window,
            title=_t(QCoreApplication.translate("EditChildDialog", "修改学生信息"))
            + f" — {child['name']}",
            child_id=child_id,
        )
        self._add_child_fields()
        guardians = window.workbench.guardians(child_id)  # the primary one first
        self._guardian = guardians[0] if guardians else None
        self._fill(child)
        self.finish()  # a draft left from an earlier edit comes back over the stored values
        self.resize(680, 640)

    def _fill(self, child) -> None:
        from desktop.store import db
        from desktop.ui.form_widgets import set_value

        for name in self._CHILD_FIELDS:
            value = child[name]
            set_value(self.fields[name], db.loads(value) if name == "flags" else value or "")
        if self._guardian is not None:
            self.guardian.setText(self._guardian["name"] or "")
            self.relation.set_code(self._guardian["relation"])
            self.guardian_phone.setText(self._guardian["phone"] or "")

    def save(self) -> str:
        from desktop.domain.errors import UserError

        assert self.child_id is not None
        if self.id_number.error:
            raise UserError(self.id_number.error)
        number = self.id_number.info.number if self.id_number.info else ""
        for other in queries.possible_duplicates(
            self.store.conn, name="", id_number=number, scope=self.workbench.actor.scope
        ):
            if other.outside:
                raise UserError(
                    QCoreApplication.translate(
                        "EditChildDialog", "身份证号 {0} 已在其他学校或乡镇登记，请与县里核对"
                    ).format(number)
                )
            if other.child_id != self.child_id:
                raise UserError(
                    QCoreApplication.translate(
                        "EditChildDialog", "身份证号 {0} 已登记在学生“{1}”名下，请核对"
                    ).format(number, other.name)
                )
        record = self._child().to_record()
        changes = {name: record[name] for name in self._CHILD_FIELDS}
        guardian = {
            "name": self.guardian.text().strip(),
            "relation": self.relation.code(),
            "phone": self.guardian_phone.text().strip(),
        }
        self.changes = self.workbench.update_child(
            self.child_id,
            changes,
            guardian_id=self._guardian["id"] if self._guardian is not None else None,
            guardian_fields=guardian,
        )
        return self.child_id


class NewCaseDialog(RecordDialog):
    kind = "new_case"
    accepts_attachments = False

    def __init__(self, window: MainWindow, child_id: str) -> None:
        child = window.workbench.child(child_id)  # refused outside the account's scope
        super().__init__(
            window,
            title=_t(QCoreApplication.translate("NewCaseDialog", "建案"))
            + (f" — {child['name']}" if child else ""),
            child_id=child_id,
        )
        self.ledger = self.add("ledger_kind", self.tr("台账"), CodeCombo(codes.LEDGER_KINDS))
        self.causes = self.add("causes", self.tr("辍学原因"), CodeChecks(codes.CAUSES, columns=3))
        self.found_on = self.add("found_on", self.tr("发现日期"), DateField())
        self.dropout_date = self.add("dropout_date", self.tr("辍学日期"), DateField(optional=True))
        self.whereabouts = self.add(
            "whereabouts", self.tr("去向"), CodeCombo(codes.WHEREABOUTS, empty="")
        )
        self.whereabouts_detail = self.add("whereabouts_detail", self.tr("去向详情"), QLineEdit())
        self.admin_name = self.add("admin_name", self.tr("行政线责任人"), QLineEdit())
        self.admin_title = self.add("admin_title", self.tr("职务"), QLineEdit())
        self.admin_phone = self.add("admin_phone", self.tr("电话"), QLineEdit())
        self.edu_name = self.add("edu_name", self.tr("教育线责任人"), QLineEdit())
        self.edu_title = self.add("edu_title", self.tr("职务 "), QLineEdit())
        self.edu_phone = self.add("edu_phone", self.tr("电话 "), QLineEdit())
        self.notes = self.add("notes", self.tr("备注"), TextArea(2))
        self.finish()
        self.resize(680, 680)

    def save(self) -> str:
        assert self.child_id is not None
        self.changes = self.workbench.open_case(
            model.Case(
                child_id=self.child_id,
                ledger_kind=self.ledger.code(),
                causes=self.causes.codes(),
                found_on=self.found_on.date_value(),
                dropout_date=self.dropout_date.date_value(),
                whereabouts=self.whereabouts.code(),
                whereabouts_detail=self.whereabouts_detail.text().strip(),
                admin_name=self.admin_name.text().strip(),
                admin_title=self.admin_title.text().strip(),
                admin_phone=self.admin_phone.text().strip(),
                edu_name=self.edu_name.text().strip(),
                edu_title=self.edu_title.text().strip(),
                edu_phone=self.edu_phone.text().strip(),
                notes=self.notes.text(),
            ),
            opened_on=self.found_on.date_value() or dt.date.today(),
        )
        self.case_id = self.changes.id
        return self.case_id


def new_child(window: MainWindow) -> str | None:
    from desktop.ui.case_view import exec_dialog

    dialog = NewChildDialog(window)
    if exec_dialog(dialog) and dialog.saved_id:
        window.open_child(dialog.saved_id)
        return dialog.saved_id
    return dialog.opened_child


def new_case_for(window: MainWindow, child_id: str) -> str | None:
    from desktop.ui.case_view import exec_dialog

    dialog = NewCaseDialog(window, child_id)
    if exec_dialog(dialog) and dialog.saved_id:
        window.open_case(dialog.saved_id)
        return dialog.saved_id
    return None


def edit_child(window: MainWindow, child_id: str) -> bool:
    """Correct a registered child's record; True if saved."""
    from desktop.ui.case_view import exec_dialog

    dialog = EditChildDialog(window, child_id)
    return bool(exec_dialog(dialog) and dialog.saved_id)
