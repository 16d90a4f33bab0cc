"""The child and case page: profile, guardians, flags; the 一人一案 plan; the timeline;
buttons to record events and to move the case on (disabled, with the reason shown, when the
state machine forbids it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import codes
from desktop.domain.errors import UserError
from desktop.domain.states import ACTION_LABELS, STATE_LABELS, Action, State
from desktop.domain.text import Joined
from desktop.store import county, db, queries
from desktop.store.queries_today import plan_deadline_passed
from desktop.ui import corrections_ui
from desktop.ui.i18n import QT_TRANSLATE_NOOP
from desktop.ui.labels import (
    causes_text,
    code_label,
    domain_text,
    ledger_of_state,
    sex_text,
    state_text,
)

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

EventRole = Qt.ItemDataRole.UserRole + 1
AttachmentRole = Qt.ItemDataRole.UserRole + 2

# Record buttons: dialog kind, label (the 案件 menu has the same with shortcuts).
RECORD_BUTTONS = (
    ("contact", QT_TRANSLATE_NOOP("CaseView", "记录走访/联系"), "Ctrl+R"),
    ("joint", QT_TRANSLATE_NOOP("CaseView", "联合劝返"), "Ctrl+J"),
    ("plan", QT_TRANSLATE_NOOP("CaseView", "一人一案"), "Ctrl+Shift+P"),
    ("legal_step", QT_TRANSLATE_NOOP("CaseView", "法律程序"), "Ctrl+L"),
    ("service_receipt", QT_TRANSLATE_NOOP("CaseView", "送达回证"), "Ctrl+Shift+L"),
    ("return", QT_TRANSLATE_NOOP("CaseView", "复学登记"), "Ctrl+Shift+R"),
    ("follow_up", QT_TRANSLATE_NOOP("CaseView", "跟踪回访"), "Ctrl+U"),
    ("support", QT_TRANSLATE_NOOP("CaseView", "资助帮扶"), "Ctrl+Shift+M"),
    ("deferral", QT_TRANSLATE_NOOP("CaseView", "延缓/休学申请"), "Ctrl+Shift+D"),
    ("assessment", QT_TRANSLATE_NOOP("CaseView", "残疾评估"), "Ctrl+Shift+E"),
    ("home_teaching", QT_TRANSLATE_NOOP("CaseView", "送教上门"), "Ctrl+Shift+H"),
    ("notice", QT_TRANSLATE_NOOP("CaseView", "告知函/回执"), "Ctrl+Shift+T"),
    ("attach", QT_TRANSLATE_NOOP("CaseView", "添加附件"), "Ctrl+Shift+A"),
)


def _flow_grid(buttons: Sequence[QWidget], columns: int = 2) -> QWidget:
    from PySide6.QtWidgets import QGridLayout

    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(3)
    for i, b in enumerate(buttons):
        grid.addWidget(b, i // columns, i % columns)
    return box


class CaseView(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.store = window.store
        self.case_id: str | None = None
        self.child_id: str | None = None
        self.action_buttons: dict[Action, QPushButton] = {}
        self.action_reasons: dict[Action, QLabel] = {}
        self.record_buttons: dict[str, QPushButton] = {}
        self._extra: list[tuple[str, Callable[[str], None]]] = []

        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setObjectName("stateBadge")
        self.new_case_button = QPushButton(self.tr("为该学生建案…"))
        self.new_case_button.clicked.connect(self._new_case)
        self.edit_child_button = QPushButton(self.tr("修改学生信息…"))
        self.edit_child_button.setToolTip(
            self.tr("更正姓名、身份证号、住址、学校、监护人电话等（留有修改记录）")
        )
        self.edit_child_button.clicked.connect(self._edit_child)
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addWidget(self.state_label)
        head.addStretch(1)
        head.addWidget(self.edit_child_button)
        head.addWidget(self.new_case_button)

        # left: profile
        self.profile = QLabel()
        self.profile.setWordWrap(True)
        self.profile.setTextFormat(Qt.TextFormat.RichText)
        self.profile.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        profile_scroll = QScrollArea()
        profile_scroll.setWidgetResizable(True)
        profile_scroll.setWidget(self.profile)
        profile_scroll.setMinimumWidth(250)

        # middle: timeline and plan
        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels(
            [self.tr("日期"), self.tr("事项"), self.tr("记录人"), self.tr("内容")]
        )
        self.timeline.setColumnWidth(0, 100)
        self.timeline.setColumnWidth(1, 110)  # room for “已作废·劝返联系”
        self.timeline.setColumnWidth(2, 96)
        self.timeline.setWordWrap(True)
        self.timeline.header().setStretchLastSection(True)
        self.timeline.setAlternatingRowColors(True)
        # itemActivated alone (a double-click emits it too; both opened the dialog twice)
        self.timeline.itemActivated.connect(self._timeline_activated)
        self.plan_view = QTextBrowser()
        self.case_info = QTextBrowser()
        self.tabs = QTabWidget()
        # The selected event in full below the timeline (rows show one line each).
        self.event_detail = QTextBrowser()
        self.event_detail.setMaximumHeight(150)
        self.timeline.currentItemChanged.connect(self._show_event)
        timeline_box = QSplitter(Qt.Orientation.Vertical)
        timeline_box.addWidget(self.timeline)
        timeline_box.addWidget(self.event_detail)
        timeline_box.setSizes([480, 120])
        corrections_ui.install(self, timeline_box)  # 更正/作废/打印 buttons and context menu
        self.tabs.addTab(timeline_box, self.tr("时间线"))
        self.tabs.addTab(self.plan_view, self.tr("一人一案"))
        self.tabs.addTab(self.case_info, self.tr("案件信息"))

        # right: record buttons, state actions with reasons, extra actions
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(2, 0, 2, 0)
        record_box = QGroupBox(self.tr("记录"))
        buttons = []
        for kind, label, shortcut in RECORD_BUTTONS:
            b = QPushButton(self.tr(label))
            b.setToolTip(
                QCoreApplication.translate("CaseView", "{0}（{1}）").format(
                    self.tr(label), shortcut
                )
            )
            b.clicked.connect(lambda _c=False, k=kind: self._record_clicked(k))
            self.record_buttons[kind] = b
            buttons.append(b)
        QVBoxLayout(record_box).addWidget(_flow_grid(buttons))
        self.actions_box = QGroupBox(self.tr("办理（状态变更）"))
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.actions_layout.setSpacing(2)
        self.extra_box = QGroupBox(self.tr("更多"))
        self.extra_layout = QVBoxLayout(self.extra_box)
        self.extra_box.hide()
        side_layout.addWidget(record_box)
        side_layout.addWidget(self.actions_box)
        side_layout.addWidget(self.extra_box)
        side_layout.addStretch(1)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side)
        # never sideways: the pane is as wide as its buttons (longer in English) and the
        # vertical scroll bar; the actions' reasons wrap
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setMinimumWidth(
            max(
                270,
                side.minimumSizeHint().width()
                + side_scroll.verticalScrollBar().sizeHint().width()
                + 4,
            )
        )

        split = QSplitter()
        split.addWidget(profile_scroll)
        split.addWidget(self.tabs)
        split.addWidget(side_scroll)
        split.setStretchFactor(1, 1)
        split.setSizes([270, 640, 290])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(head)
        layout.addWidget(split, 1)

    # --- showing -------------------------------------------------------------------------

    def show_case(self, case_id: str) -> None:
        # Through the core: a case outside the account's scope is refused (UserError).
        case = self.window_.workbench.case(case_id)
        self.case_id, self.child_id = case_id, case["child_id"]
        self.reload()

    def show_child(self, child_id: str) -> None:
        case_id = self.window_.workbench.latest_case_of(child_id)
        self.child_id = child_id
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        if not self.child_id:
            return
        bench = self.window_.workbench
        try:  # read through the core, in the account's scope
            child = bench.child(self.child_id)
            case = bench.case(self.case_id) if self.case_id else None
        except UserError:
            return  # removed meanwhile (a sync), or outside the scope
        self.heading.setText(
            f"{child['name']}"
            + (
                QCoreApplication.translate("CaseView", "　{0}").format(case["case_no"])
                if case
                else ""
            )
        )
        self.profile.setText(self._profile_html(child))
        has_case = case is not None
        self.new_case_button.setVisible(case is None or case["state"] == "closed")
        for b in self.record_buttons.values():
            b.setEnabled(has_case)
        self.tabs.setEnabled(has_case)
        if case is None:
            self.state_label.setText(self.tr("（尚未建案）"))
            self.timeline.clear()
            self.plan_view.clear()
            self.case_info.clear()
            self._show_actions({})
            return
        state = State(case["state"])
        badge = state_text(STATE_LABELS[state])
        if case["refusal_exception"]:
            badge += QCoreApplication.translate("CaseView", "·拒不返校特殊情形")
        if state is State.CLOSED and case["outcome"]:
            badge += "·" + domain_text(queries.outcome_label(case["outcome"]))
        self.state_label.setText(QCoreApplication.translate("CaseView", "【{0}】").format(badge))
        self._fill_timeline()
        self._fill_plan()
        self.case_info.setHtml(self._case_html(case))
        self._show_actions(bench.actions(self.case_id or ""))

    def _profile_html(self, child) -> str:
        flags = db.loads(child["flags"]) or []
        school = (
            self.window_.workbench.school_name(child["school_id"]) if child["school_id"] else ""
        )
        rows = [
            (QCoreApplication.translate("CaseView", "性别"), sex_text(child["sex"])),
            (QCoreApplication.translate("CaseView", "出生日期"), child["birth_date"] or ""),
            (
                QCoreApplication.translate("CaseView", "民族"),
                code_label(codes.ETHNICITIES, child["ethnicity"]),
            ),
            (QCoreApplication.translate("CaseView", "身份证号"), child["id_number"]),
            (QCoreApplication.translate("CaseView", "学籍号"), child["xueji_no"]),
            (
                QCoreApplication.translate("CaseView", "乡镇"),
                county.region_name(self.store, child["township_code"]),
            ),
            (
                QCoreApplication.translate("CaseView", "村"),
                county.region_name(self.store, child["village_code"]),
            ),
            (QCoreApplication.translate("CaseView", "住址"), child["address"]),
            (QCoreApplication.translate("CaseView", "户籍地址"), child["hukou_address"]),
            (QCoreApplication.translate("CaseView", "学校"), school),
            (
                QCoreApplication.translate("CaseView", "年级班级"),
                domain_text(  # 九年级3班; Grade 9 3班 (a space in other languages)
                    Joined(
                        "",
                        [
                            codes.GRADES.label(child["grade"]) if child["grade"] else "",
                            child["class_name"],
                        ],
                    )
                ),
            ),
        ]
        if "disabled" in flags:
            rows.append(
                (
                    QCoreApplication.translate("CaseView", "残疾"),
                    code_label(codes.DISABILITY_CATEGORIES, child["disability_category"])
                    + " "
                    + child["disability_grade"],
                )
            )
        html = ["<table cellspacing=2>"]
        html += [
            f"<tr><td style='color:#555'>{k}</td><td>{_esc(v)}</td></tr>" for k, v in rows if v
        ]
        html.append("</table>")
        if flags:
            badges = " ".join(
                f"<span style='background:#e8eaf6;color:#1a237e'>&nbsp;{code_label(codes.FLAGS, f)}&nbsp;</span>"
                for f in flags
            )
            html.append(
                QCoreApplication.translate("CaseView", "<p><b>标识</b><br>{0}</p>").format(badges)
            )
        guardians = self.window_.workbench.guardians(self.child_id or "")
        html.append(QCoreApplication.translate("CaseView", "<p><b>监护人</b></p>"))
        for g in guardians:
            html.append(
                QCoreApplication.translate("CaseView", "<p>{0}（{1}）{2}<br>{3}{4}</p>").format(
                    _esc(g["name"]),
                    code_label(codes.RELATIONS, g["relation"]),
                    QCoreApplication.translate("CaseView", "·主要") if g["is_primary"] else "",
                    _esc(g["phone"]),
                    "<br>" + _esc(g["work_place"]) if g["work_place"] else "",
                )
            )
        if not guardians:
            html.append(
                QCoreApplication.translate("CaseView", "<p style='color:#b3261e'>未登记监护人</p>")
            )
        return "".join(html)

    def _case_html(self, case) -> str:
        school = self.window_.workbench.school_name(case["school_id"]) if case["school_id"] else ""
        late = plan_deadline_passed(self.store.conn, case["id"], today=dt.date.today())
        rows = [
            (QCoreApplication.translate("CaseView", "案件编号"), case["case_no"]),
            (
                QCoreApplication.translate("CaseView", "台账"),
                ledger_of_state(case["state"])
                or code_label(codes.LEDGER_KINDS, case["ledger_kind"]),
            ),
            (
                QCoreApplication.translate("CaseView", "一人一案劝返时限"),
                QCoreApplication.translate("CaseView", "%1（已过 %2 天，学生仍未复学）")
                .replace("%1", late[0])
                .replace("%2", str(late[1]))
                if late
                else "",
            ),
            (QCoreApplication.translate("CaseView", "发现日期"), case["found_on"] or ""),
            (QCoreApplication.translate("CaseView", "辍学日期"), case["dropout_date"] or ""),
            (
                QCoreApplication.translate("CaseView", "辍学时学校"),
                school,
            ),
            (
                QCoreApplication.translate("CaseView", "辍学原因"),
                causes_text(case["causes"]),
            ),
            (
                QCoreApplication.translate("CaseView", "去向"),
                code_label(codes.WHEREABOUTS, case["whereabouts"])
                + " "
                + case["whereabouts_detail"],
            ),
            (
                QCoreApplication.translate("CaseView", "行政线责任人"),
                " ".join(
                    x for x in (case["admin_name"], case["admin_title"], case["admin_phone"]) if x
                ),
            ),
            (
                QCoreApplication.translate("CaseView", "教育线责任人"),
                " ".join(x for x in (case["edu_name"], case["edu_title"], case["edu_phone"]) if x),
            ),
            (
                QCoreApplication.translate("CaseView", "劝返次数"),
                QCoreApplication.translate("CaseView", "{0}（其中联合劝返 {1}）").format(
                    case["persuasion_count"], case["joint_count"]
                ),
            ),
            (QCoreApplication.translate("CaseView", "上次联系"), case["last_contact_on"] or ""),
            (QCoreApplication.translate("CaseView", "下次走访"), case["next_contact_on"] or ""),
            (QCoreApplication.translate("CaseView", "跟踪巩固至"), case["monitoring_until"] or ""),
            (QCoreApplication.translate("CaseView", "延缓/休学至"), case["deferral_until"] or ""),
            (QCoreApplication.translate("CaseView", "法律文书期限"), case["legal_deadline"] or ""),
        ]
        # What is overdue stands out in red: a passed 一人一案 deadline, a missed visit.
        overdue = set()
        if late:
            overdue.add(rows[2][0])
        visit = case["next_contact_on"] or ""
        if visit and visit < dt.date.today().isoformat() and case["state"] != "closed":
            overdue.add(QCoreApplication.translate("CaseView", "下次走访"))
        body = "".join(
            f"<tr><td style='color:#555'>{k}</td>"
            f"<td{RED_CELL if k in overdue else ''}>{_esc(v)}</td></tr>"
            for k, v in rows
            if v.strip()
        )
        review = (
            QCoreApplication.translate(
                "CaseView", "<p style='color:#b3261e'>同步后状态有冲突，待县级复核</p>"
            )
            if case["needs_review"]
            else ""
        )
        return f"{review}<table cellspacing=4>{body}</table>"

    def _fill_timeline(self) -> None:
        self.timeline.clear()
        entries = self.window_.workbench.timeline(self.case_id or "")
        for e in entries:
            if e.kind in ("attachment", "void"):
                continue  # shown under the event it belongs to / as the voided event
            item = QTreeWidgetItem(
                [e.occurred_on[:10], domain_text(e.label), e.created_by, domain_text(e.summary)]
            )
            item.setData(0, EventRole, e.event_id)
            item.setToolTip(3, domain_text(e.summary))
            corrections_ui.style_item(item, e)
            for sha, filename, _mime in e.attachments:
                sub = QTreeWidgetItem(["", self.tr("附件"), "", filename])
                sub.setData(0, AttachmentRole, (sha, filename))
                sub.setToolTip(3, self.tr("双击打开"))
                item.addChild(sub)
            item.setExpanded(True)
            self.timeline.addTopLevelItem(item)
        # attachments added to the case itself (evidence) or whose event is not shown
        shown = {
            top.data(0, EventRole)
            for i in range(self.timeline.topLevelItemCount())
            if (top := self.timeline.topLevelItem(i)) is not None
        }
        for e in entries:
            if e.kind == "attachment":
                link = self.window_.workbench.event(e.event_id)
                p = link.payload if link is not None else {}
                if p.get("target_id") not in shown:
                    item = QTreeWidgetItem(
                        [
                            e.occurred_on[:10],
                            domain_text(e.label),
                            e.created_by,
                            domain_text(e.summary),
                        ]
                    )
                    item.setData(0, AttachmentRole, (p.get("sha256"), p.get("filename", "")))
                    self.timeline.addTopLevelItem(item)
        # the kinds' column as wide as its texts ("Persuasion contact" in English), within reason
        self.timeline.resizeColumnToContents(1)
        self.timeline.setColumnWidth(1, min(max(self.timeline.columnWidth(1), 110), 200))

    def _show_event(
        self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None
    ) -> None:
        if item is None:
            self.event_detail.clear()
            return
        event_id = item.data(0, EventRole)
        # every recorded field, labelled, and what became of it (corrected, voided)
        full = corrections_ui.detail_html(self, event_id, item.text(1)) if event_id else None
        if full is None:
            self.event_detail.setPlainText(item.text(3))
        else:
            self.event_detail.setHtml(full)

    def _fill_plan(self) -> None:
        plan = self.window_.workbench.plan(self.case_id or "")
        if plan is None:
            self.plan_view.setHtml(
                QCoreApplication.translate(
                    "CaseView",
                    "<p style='color:#b3261e'>尚未制定“一人一案”工作方案。确认辍学后须先制定方案，才能记录劝返工作。点击右侧“一人一案”按钮（Ctrl+Shift+P）制定。</p>",
                )
            )
            return
        parts = [
            (QCoreApplication.translate("CaseView", "家庭情况"), plan["family_situation"]),
            (QCoreApplication.translate("CaseView", "辍学原因分析"), plan["cause_analysis"]),
            (QCoreApplication.translate("CaseView", "劝返措施"), plan["measures"]),
            (QCoreApplication.translate("CaseView", "劝返时限"), plan["deadline"] or ""),
            (QCoreApplication.translate("CaseView", "资助帮扶"), plan["support_plan"]),
            (QCoreApplication.translate("CaseView", "复学安置方案"), plan["placement_plan"]),
            (
                QCoreApplication.translate("CaseView", "制定人"),
                f"{plan['made_by']} {plan['made_on'] or ''}",
            ),
        ]
        late = plan_deadline_passed(self.store.conn, self.case_id or "", today=dt.date.today())
        warning = (
            "<p style='color:#b3261e'><b>"
            + _esc(
                QCoreApplication.translate(
                    "CaseView", "劝返时限 %1 已过 %2 天，学生仍未复学：请调整方案或采取下一步措施。"
                )
                .replace("%1", late[0])
                .replace("%2", str(late[1]))
            )
            + "</b></p>"
            if late
            else ""
        )
        self.plan_view.setHtml(
            warning + "".join(f"<h4>{k}</h4><p>{_esc(v)}</p>" for k, v in parts if v.strip())
        )

    def _show_actions(self, available: dict[Action, str | None]) -> None:
        while self.actions_layout.count():
            taken = self.actions_layout.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                w.hide()  # not painted again before it is deleted
                w.deleteLater()
        self.action_buttons.clear()
        self.action_reasons.clear()
        if not available:
            note = QLabel(self.tr("没有可办理的状态变更"))
            self.actions_layout.addWidget(note)
            return
        for action, reason in available.items():
            b = QPushButton(state_text(ACTION_LABELS[action]))
            b.setEnabled(reason is None)
            b.clicked.connect(lambda _c=False, a=action: self.take_action(a))
            self.actions_layout.addWidget(b)
            self.action_buttons[action] = b
            if reason:
                b.setToolTip(domain_text(reason))
                why = QLabel(domain_text(reason))
                why.setWordWrap(True)
                why.setStyleSheet("color:#6b6b6b; font-size:9pt")
                self.actions_layout.addWidget(why)
                self.action_reasons[action] = why

    def add_extra_action(self, label: str, callback: Callable[[str], None]) -> QPushButton:
        b = QPushButton(label)

        def run() -> None:
            if self.case_id:
                callback(self.case_id)

        b.clicked.connect(run)
        self.extra_layout.addWidget(b)
        self.extra_box.show()
        self._extra.append((label, callback))
        return b

    # --- doing ---------------------------------------------------------------------------

    def _record_clicked(self, kind: str) -> None:
        if not self.case_id:
            return
        if kind == "plan":
            self.edit_plan(self.case_id)
        elif kind == "attach":
            self.attach(self.case_id)
        else:
            self.record(kind, self.case_id)

    def record(self, kind: str, case_id: str) -> int:
        from desktop.ui.case_dialogs import DIALOGS

        dialog = DIALOGS[kind](self.window_, case_id)
        result = self._run(dialog)
        if result:
            corrections_ui.remember(self.window_, dialog.saved_id)  # for undo (Ctrl+Z)
        return result

    def edit_plan(self, case_id: str) -> int:
        from desktop.ui.action_dialogs import PlanDialog

        return self._run(PlanDialog(self.window_, case_id))

    def take_action(self, action: Action) -> int:
        from desktop.ui.action_dialogs import ActionDialog

        if not self.case_id:
            return 0
        return self._run(ActionDialog(self.window_, self.case_id, action))

    def attach(self, case_id: str) -> None:
        from desktop.ui.attachments import attach_files, pick_files
        from desktop.ui.errors import show_error

        paths = pick_files(self)
        if not paths:
            return
        try:
            changes = attach_files(
                self.window_.workbench, case_id=case_id, target_id=case_id, paths=paths
            )
        except Exception as exc:
            show_error(self, exc)
            return
        self.window_.notify(changes)

    def _run(self, dialog) -> int:
        """Open a dialog (tests replace this to drive it without blocking)."""
        return exec_dialog(dialog)

    def _timeline_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        found = item.data(0, AttachmentRole)
        if found:
            from desktop.ui.attachments import open_attachment
            from desktop.ui.errors import show_error

            try:
                open_attachment(self, self.window_.workbench, found[0], found[1])
            except Exception as exc:
                show_error(self, exc)

    def _new_case(self) -> None:
        from desktop.ui.child_dialog import new_case_for

        if self.child_id:
            new_case_for(self.window_, self.child_id)

    def _edit_child(self) -> None:
        from desktop.ui.child_dialog import edit_child

        if self.child_id:
            edit_child(self.window_, self.child_id)


def exec_dialog(dialog) -> int:
    """The one place dialogs are run modally; tests patch it to drive dialogs themselves."""
    return dialog.exec()


RED_CELL = " style='color:#b3261e; font-weight:bold'"


def _esc(text: object) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
