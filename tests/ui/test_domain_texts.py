"""The texts of the domain and the store (states, code lists, event kinds, rule messages, the
timeline's lines, Today's items) in the English interface: marked in Chinese where they are
made (desktop/domain/text.py), listed in the generated catalogue, translated by the interface.

The last test runs the app in English over the demo county and reads what a person sees on
Today, a ledger, a case page and the visit dialog: no marked domain text may show in Chinese.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from desktop.intake import columns, compare
from desktop.intake.validate import _PLACE_SUFFIXES
from desktop.prevention import xlsx_import
from desktop.sync import transports

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from test_chinese import CJK, ROOT, WRAPPERS, ts_messages, untranslated  # noqa: E402

MARKED_FILES = (
    "desktop/domain/states.py",
    "desktop/domain/codes.py",
    "desktop/domain/rules.py",
    "desktop/domain/legal_ladder.py",
    "desktop/domain/rule_context.py",
    "desktop/domain/model.py",
    "desktop/domain/event_fields.py",
    "desktop/domain/prevention.py",
    "desktop/domain/config.py",
    "desktop/domain/corrections.py",
    "desktop/domain/county_settings.py",
    "desktop/domain/county_plan.py",
    "desktop/core/county.py",
    "desktop/core/workbench.py",
    "desktop/store/cases.py",
    "desktop/store/corrections.py",
    "desktop/store/db.py",
    "desktop/store/queries_case.py",
    "desktop/store/queries_today.py",
    "desktop/store/queries.py",
    "desktop/store/repo.py",
    "desktop/store/files.py",
    "desktop/store/county.py",
    "desktop/store/county_plan.py",
    "desktop/prevention/register.py",
    "desktop/prevention/risk.py",
    "desktop/prevention/today.py",
    "desktop/prevention/xlsx_import.py",
    "desktop/reports/dashboard.py",
    "desktop/reports/oversight.py",
    "desktop/reports/periods.py",
    "desktop/reports/stats.py",
    "desktop/security/audit_log.py",
    "desktop/security/backup.py",
    "desktop/security/cipher.py",
    "desktop/security/encrypt.py",
    "desktop/security/integrity.py",
    "desktop/security/kdf.py",
    "desktop/security/keyring.py",
    "desktop/security/policy.py",
    "desktop/security/restore.py",
    "desktop/security/sealing.py",
    "desktop/security/session.py",
    "desktop/security/throttle.py",
    "desktop/security/users.py",
    "desktop/sync/apply.py",
    "desktop/sync/chain.py",
    "desktop/sync/conflicts.py",
    "desktop/sync/enrol.py",
    "desktop/sync/envelope.py",
    "desktop/sync/evidence.py",
    "desktop/sync/export.py",
    "desktop/sync/http.py",
    "desktop/sync/importer.py",
    "desktop/sync/keys.py",
    "desktop/sync/marks.py",
    "desktop/sync/origin.py",
    "desktop/sync/payload.py",
    "desktop/sync/revoked.py",
    "desktop/sync/rights.py",
    "desktop/sync/rule_review.py",
    "desktop/sync/runner.py",
    "desktop/sync/transports.py",
    "desktop/intake/apply_xueji.py",
    "desktop/intake/candidates.py",
    "desktop/intake/columns.py",
    "desktop/intake/compare.py",
    "desktop/intake/importer.py",
    "desktop/intake/readers.py",
    "desktop/intake/validate.py",
)
# Chinese literals there that are data, not text a person reads in the interface.
DATA = {"男", "女", "（", "）", "撤销", "监测"}
# the endings a place name may have (intake/validate.py compares names without them)
DATA |= set(_PLACE_SUFFIXES)
# the read-me written into a sync folder (sync/transports.py: a file on the stick, in Chinese)
DATA |= {transports.README[:40], "说明.txt"}
# a county's bureau, as every device's set-up names it (county_settings.py: a stored value)
DATA.add("教育局")
# Words a file compares data with, per file (not texts: global, they would hide real ones).
FILE_DATA = {
    # the header words a roll's columns are recognised by (the field labels are texts, marked)
    "desktop/intake/columns.py": {s for f in columns.FIELDS for s in f.synonyms}
    | set(columns._GUARDIAN_PARENTS)
    | set(columns._GUARDIAN_CHILD)
    | set(columns._GROUP_WORDS)
    | {"出生", "日期", "年月", "户籍", "地址", "所在"},
    # a list's 在校 column saying the person is not at school
    "desktop/intake/compare.py": set(compare._NOT_IN_SCHOOL_WORDS),
    # a new school's kind from its name
    "desktop/intake/apply_xueji.py": {"中学", "初中", "初级中学", "九年"},
    # the per-cent signs a typed rate may end with
    "desktop/domain/county_plan.py": {"%％"},
    # the name a record made without a sign-in is stored under
    "desktop/store/repo.py": {"本机用户"},
    # the absence history attached to a case it opens: a file, its name and caption, and the
    # case's note, stored in Chinese as evidence
    "desktop/prevention/register.py": {"学生", "学籍号", "日期", "记录", "原因/方式", "结果"}
    | {"缺勤", "跟进", "：", "由缺勤登记上报：", "缺勤记录_", "缺勤登记记录（疑似辍学上报依据）"},
    # the header words and reason words a school's absence sheet is read by
    "desktop/prevention/xlsx_import.py": {w for ws in xlsx_import.COLUMNS.values() for w in ws}
    | {w for ws, _ in xlsx_import.REASON_WORDS for w in ws}
    | set(xlsx_import.NOT_ABSENCE)
    | {"班"},
}


def _catalogue_maker():
    path = ROOT / "resources" / "i18n" / "make_domain_catalogue.py"
    spec = importlib.util.spec_from_file_location("make_domain_catalogue", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def catalogue() -> list[str]:
    return _catalogue_maker().marked_texts()


def test_the_catalogue_is_up_to_date():
    maker = _catalogue_maker()
    assert maker.current() == maker.render(maker.marked_by_source()), (
        "run .venv/bin/python resources/i18n/make_domain_catalogue.py"
    )


def test_the_domain_marks_the_texts_it_shows():
    found = {
        name: hits
        for name in MARKED_FILES
        if (
            hits := [
                h
                for h in untranslated(ROOT / name, WRAPPERS | {"N_", "Msg", "Joined"})
                if h[1] not in DATA | FILE_DATA.get(name, set())
            ]
        )
    }
    assert found == {}


def test_the_roll_columns_and_kinds_are_texts():
    """columns.py's data words are let through above: its labels must still be marked."""
    texts = set(catalogue())
    assert {f.label for f in columns.FIELDS} <= texts
    assert set(columns.KINDS.values()) <= texts


def test_every_domain_text_has_an_english_translation():
    messages = ts_messages()
    missing = [t for t in catalogue() if CJK.search(t) and not messages.get(("Domain", t))]
    assert missing == []


def test_named_fields_survive_translation():
    for (ctx, src), text in ts_messages().items():
        if ctx != "Domain" or not text:
            continue
        for name in re.findall(r"\{(\w+)", src):
            assert re.search(r"\{" + name + r"[}:!]", text), f"{src!r} → {text!r} lost {name}"


def test_marked_texts_are_plain_chinese_strings():
    from desktop.domain.errors import TransitionRefused
    from desktop.domain.states import Action, CaseFacts, State, check
    from desktop.domain.text import Joined, Msg

    m = Msg("{what}需要填写：{fields}", what="家访", fields=("参与人员", "结果"))
    assert m == "家访需要填写：参与人员、结果" and isinstance(m, str)
    assert Joined("；", ["甲", "", "乙"]) == "甲；乙"
    with pytest.raises(TransitionRefused) as refused:
        check(State.DROPOUT, Action.START_PERSUASION, CaseFacts())
    assert str(refused.value) == "启动劝返前必须先制定“一人一案”工作方案"


@pytest.fixture
def english(qapp):
    from desktop.ui import i18n

    assert i18n.install(qapp, "en") == "en"
    yield
    i18n.uninstall(qapp)


@pytest.mark.gui
def test_domain_texts_in_english(english):
    from desktop.domain.errors import TransitionRefused
    from desktop.domain.rule_context import Refusal, RuleRefused
    from desktop.domain.states import Action, CaseFacts, State, check
    from desktop.domain.text import Joined, Msg
    from desktop.store.queries_case import event_summary, when
    from desktop.ui.labels import domain_text, user_message

    with pytest.raises(TransitionRefused) as refused:
        check(State.SUSPECTED, Action.START_PERSUASION, CaseFacts())
    assert user_message(refused.value) == (
        'The case is "Suspected dropout": "Start persuasion" is not possible'
        " (only from: Dropout confirmed)"
    )
    both = RuleRefused(
        [
            Refusal("a", Msg("{what}需要填写：{fields}", what="家访", fields=("参与人员", "结果"))),
            Refusal("b", "日期无法识别"),
        ]
    )
    assert user_message(both) == ("Home visit needs: Participants, Result; The date cannot be read")
    assert domain_text(when("2026-12-03T06:46")) == "2026-12-03 06:46"
    assert domain_text(event_summary("document", {"template": "order_notice", "number": "7"})) == (
        "Order to return by a deadline 7"
    )
    assert domain_text(Joined("；", ["陈秀", "家访"])) == "陈秀; Home visit"  # a name stays
    assert domain_text(Joined("", ["九年级", "3班"])) == "Grade 9 3班"  # grade and class
    from desktop.domain.errors import ValidationError
    from desktop.domain.ids import id_check_char, parse_id_number

    body = "52263320120120177"
    wrong = "0" if id_check_char(body) != "0" else "1"
    with pytest.raises(ValidationError) as bad_id:
        parse_id_number(body + wrong)
    assert user_message(bad_id.value).startswith("Wrong check digit")


@pytest.mark.gui
def test_security_messages_in_english(english):
    from desktop.domain.errors import UserError
    from desktop.security import kdf, throttle, users
    from desktop.security.backup import Backup, BackupError, verify
    from desktop.security.session import _wrong_message
    from desktop.ui.labels import domain_text, user_message

    with pytest.raises(kdf.PasswordTooWeak) as weak:
        kdf.check_new_password("short")
    assert str(weak.value) == "密码至少需要8位"
    assert user_message(weak.value) == "The password needs at least 8 characters"
    assert user_message(throttle.TooManyAttempts(30)) == (
        "Too many wrong passwords: try again in 30 seconds"
    )
    assert str(throttle.TooManyAttempts(600)) == "密码错误次数过多，请在 10 分钟 后再试"
    assert domain_text(_wrong_message(0)) == "Wrong user name or password"
    with pytest.raises(UserError) as bad_name:
        users._check_display_name(" ")
    assert user_message(bad_name.value) == "The name must not be empty, at most 40 characters"
    import datetime as dt
    from pathlib import Path

    gone = Backup(
        path=Path("/nonexistent/kcbx-20261203-120000-manual.db"),
        created_at=dt.datetime(2026, 12, 3, 12, 0),
        reason="manual",
        encrypted=False,
        key_id=None,
        sha256="",
        size=0,
        user_version=1,
        counts={},
    )
    assert gone.label == "2026-12-03 12:00 手动备份"
    assert domain_text(gone.label) == "2026-12-03 12:00 Manual backup"
    with pytest.raises(BackupError) as missing:
        verify(gone)
    assert user_message(missing.value).startswith("The backup file does not exist: ")
    from desktop.security import integrity

    report = integrity.quick_check(Path("/nonexistent/kcbx.db"), None)
    assert report.damaged and "数据库文件不存在" in report.text()
    english = [domain_text(line) for line in report.lines()]
    assert english[1] == "[Error] The database file does not exist"
    assert english[-1].startswith("Conclusion: the database file is damaged.")
    from desktop.security.policy import PermissionDenied, Policy, Role

    with pytest.raises(PermissionDenied) as denied:
        Policy(Role.AUDITOR).require("users")
    assert str(denied.value) == "当前用户（审计员（只读））无权管理用户"
    assert (
        user_message(denied.value) == "The current user (Auditor (read-only)) may not manage users"
    )


@pytest.mark.gui
def test_sync_messages_in_english(english, tmp_path):
    from desktop.sync import envelope, importer
    from desktop.sync.envelope import BundleRefused
    from desktop.sync.runner import RunReport
    from desktop.ui.labels import domain_text, user_message

    with pytest.raises(BundleRefused) as refused:
        envelope.read(b"not a bundle at all, just some bytes" * 4)
    assert user_message(refused.value) in (
        "This is not a kcbx sync bundle file",
        "The sync bundle file is incomplete (perhaps cut off while copying)",
    )
    report = RunReport("县级同步服务器", refused=[("a.kcbx", "x")])
    assert (
        report.message
        == "县级同步服务器：收到 0 个同步包（新变更 0 项），发出 0 个同步包，拒收 1 个（已隔离）"
    )
    assert domain_text(report.message) == (
        "County sync server: received 0 sync bundles (0 new changes), sent 0 sync bundles,"
        " refused 1 (in quarantine)"
    )
    # a refusal kept in quarantine reads back translated, with its values
    from desktop.domain.text import Msg

    exc = BundleRefused(
        Msg("该同步包来自其他县（{county}），已拒收", county="522634"), "other_county"
    )
    target = tmp_path / "x.kcbx"
    importer._reason(target, "x.kcbx", exc)
    import json

    info = json.loads((tmp_path / "x.kcbx.json").read_text(encoding="utf-8"))
    assert info["message"] == "该同步包来自其他县（522634），已拒收"
    assert domain_text(importer._message(info)) == (
        "This sync bundle comes from another county (522634); refused"
    )


@pytest.mark.gui
def test_sync_conflicts_and_enrolment_in_english(english, store):
    from desktop.domain.errors import UserError
    from desktop.domain.text import Msg
    from desktop.sync import conflicts, enrol, http, marks
    from desktop.sync.transports import FolderTransport
    from desktop.ui.labels import domain_text, user_message

    with pytest.raises(UserError) as gone:
        conflicts.resolve(store, "no-such-conflict")
    assert str(gone.value) == "找不到该待审核项（可能已被处理）"
    assert user_message(gone.value) == (
        "This review item cannot be found (perhaps it was already dealt with)"
    )
    # a review item's line, as review_items() builds it
    label = Msg(
        "{entity} {what} · {field}",
        entity=conflicts.ENTITY_LABELS["plans"],
        what=Msg("{name}（{case_no}）", name="陈秀", case_no="2026-001"),
        field=conflicts.FIELD_LABELS["measures"],
    )
    assert label == "一人一案 陈秀（2026-001） · 劝返措施"
    assert domain_text(label) == "Case plan 陈秀 (2026-001) · Persuasion measures"
    assert domain_text(conflicts.STATE_REASON).startswith("The merged state changes")
    assert domain_text(marks.STATE_LABELS[marks.SENT]) == "Sent"
    with pytest.raises(enrol.CertError) as bad:
        enrol.scope_from_json(None)
    assert user_message(bad.value) == "The certificate's data scope is not valid"
    with pytest.raises(UserError) as role:
        enrol.issue(None, {}, role="mayor", scope=None)  # type: ignore[arg-type]
    assert str(role.value) == "未知的设备角色：mayor（可选：township、school、county、hub）"
    assert user_message(role.value) == (
        "Unknown device role: mayor (one of: township, school, county, hub)"
    )

    from types import SimpleNamespace

    answer = {"error": {"code": "x", "message": "设备已被吊销"}}
    refused = http.refusal(SimpleNamespace(status_code=403, headers={}, json=lambda: answer))
    assert str(refused) == "县级同步服务器拒绝了请求（403）：设备已被吊销"
    assert user_message(refused).startswith("The county sync server refused the request (403): ")
    folder = FolderTransport("/media/usb")
    assert folder.name == "文件夹 /media/usb"
    assert domain_text(folder.name) == "Folder /media/usb"


@pytest.mark.gui
def test_county_setting_refusal_in_english(english):
    from desktop.domain import county_settings
    from desktop.ui.labels import user_message

    with pytest.raises(county_settings.SettingRefused) as refused:
        county_settings.check_local(
            "township",
            "visit.cadence_days",
            {"value": "10"},
            county_code="522633",
            county_name="从江县",
        )
    assert str(refused.value) == (
        "本机是注册为乡镇的电脑，无权修改县级设置：劝返中案件的走访周期（天）（visit.cadence_days），"
        "只有县教育局的电脑可以修改。本机没有做任何改动"
    )
    english = user_message(refused.value)
    assert english.startswith(
        "This computer, enrolled as a Township computer, may not change county settings: "
    )
    assert "(visit.cadence_days)" in english and "nothing was changed" in english
    assert not CJK.search(english)


@pytest.mark.gui
def test_intake_messages_in_english(english):
    from desktop.domain.errors import ValidationError
    from desktop.domain.ids import Term
    from desktop.intake import values as V
    from desktop.intake.validate import Issue
    from desktop.ui.labels import domain_text, user_message

    with pytest.raises(ValidationError) as bad:
        V.parse_grade("十三年级")
    assert str(bad.value).startswith("年级“十三年级”")
    assert user_message(bad.value).startswith('Grade "十三年级" ')
    with pytest.raises(ValidationError) as lost:
        V.parse_id(5.2263320120120177e17)
    assert user_message(lost.value).startswith("The ID number was stored as a number")
    assert domain_text(Term(2026, 1).label) == "Autumn term 2026–2027"
    assert Term(2026, 2).label == "2026—2027学年春季学期"
    from desktop.domain.text import N_, Msg

    issue = Issue(7, Msg("{col}列（{label}）", col="C", label=N_("身份证号")), N_("姓名为空"))
    assert issue.line() == "第7行 C列（身份证号）：姓名为空"
    assert domain_text(issue.column) == "Column C (ID number)"
    from desktop.domain.errors import UserError
    from desktop.intake import importer

    with pytest.raises(UserError) as kind:
        importer.open_roster(None, "x.xlsx", kind="nonsense")  # type: ignore[arg-type]
    assert str(kind.value).startswith("名册类别应为 ")
    assert user_message(kind.value).startswith("The roll kind should be ")


@pytest.mark.gui
def test_roll_files_comparison_and_import_summaries_in_english(english, store, tmp_path):
    import datetime as dt

    from desktop.domain.errors import UserError
    from desktop.domain.text import Msg
    from desktop.intake import candidates, columns, importer, readers
    from desktop.intake.compare import CANDIDATE_LABELS, ComparisonRun
    from desktop.ui.labels import domain_text, user_message
    from desktop.ui.ops import Progress

    empty = tmp_path / "名册.csv"
    empty.write_bytes(b"")
    with pytest.raises(readers.FileUnreadable) as unreadable:
        readers.read_grid(empty)
    assert str(unreadable.value) == "文件“名册.csv”是空的（0字节），没有可导入的内容"
    assert (
        user_message(unreadable.value)
        == 'The file "名册.csv" is empty (0 bytes): nothing to import'
    )
    # a column error: what a roll lacks
    missing = columns.missing_required("hukou", {0: "name"})
    assert missing == ["身份证号或出生日期"]
    assert domain_text(missing[0]) == "ID number or Birth date"
    assert domain_text(columns.KINDS["poverty"]) == "Poverty-monitoring list"
    done = importer.ImportResult("b", "hukou", imported=3, rejected=1, matched=2, unmatched=1)
    assert done.summary() == (
        "已导入 3 行（未导入有错误的 1 行）；与已有学生匹配 2 人（其中更新 0 人），未匹配 1 人"
    )
    assert domain_text(done.summary()) == (
        "3 rows imported (1 rows with errors not imported);"
        " 2 matched existing students (0 of them updated), 1 not matched"
    )
    run = ComparisonRun(
        "r", dt.date(2026, 12, 3), "2026-2027-1", [{"kind": "hukou", "file_name": "丙妹镇.xlsx"}]
    )
    assert run.summary().startswith(
        "比对日期 2026-12-03，学籍学期 2026-2027-1；名单：户籍名册（丙妹镇.xlsx）。"
    )
    assert domain_text(run.summary()).startswith(
        "Compared on 2026-12-03, roster term 2026-2027-1; lists: Household register (丙妹镇.xlsx)."
    )
    assert domain_text(CANDIDATE_LABELS["not_enrolled"]) == "School-age, not at school"
    # a candidate's reasons keep their marks in the store
    import json

    from desktop.domain.text import Joined
    from desktop.intake.compare import texts_data, texts_from_data
    from desktop.store import db

    source = Msg("{kind}（{file} 第{row}行）", kind=columns.KINDS["hukou"], file="a.xlsx", row=7)
    reason = Msg("{listed}在册", listed=Joined("；", [source, source]))
    back = texts_from_data(json.loads(db.dumps(texts_data([reason, "手写的原因"]))))
    assert back == ["户籍名册（a.xlsx 第7行）；户籍名册（a.xlsx 第7行）在册", "手写的原因"]
    assert domain_text(back[0]) == (
        "On Household register (a.xlsx, row 7); Household register (a.xlsx, row 7)"
    )
    assert texts_from_data({"text": "旧的", "template": "{x}", "values": {}}) == "旧的"
    with pytest.raises(UserError) as nothing:
        candidates.open_cases(store, [])
    assert user_message(nothing.value) == "First choose the comparison results to open cases for"
    # a background job's progress, as the progress dialog gets it
    shown: list[str] = []
    Progress(lambda done, total, text: shown.append(text)).set(
        5, 9, Msg("正在检查第 {done} 行，共 {total} 行", done=5, total=9)
    )
    assert shown == ["Checking row 5 of 9"]


@pytest.mark.gui
def test_report_errors_in_english(english):
    from desktop.domain.errors import UserError
    from desktop.reports import periods
    from desktop.ui.labels import user_message

    with pytest.raises(UserError) as bad:
        periods.parse_period("2026-13")
    assert "2026-13" in str(bad.value) and "“" in str(bad.value)
    assert user_message(bad.value).startswith(('Month "', 'Period "'))


@pytest.mark.gui
def test_domain_texts_in_chinese_are_the_texts_themselves(qapp):
    from desktop.domain.text import Msg
    from desktop.store.queries_case import event_summary
    from desktop.ui import i18n
    from desktop.ui.labels import domain_text

    i18n.uninstall(qapp)
    summary = event_summary(
        "contact",
        {"kind": "joint", "departments": ["township", "police"], "result": "refused"},
    )
    assert domain_text(summary) == summary == "联合劝返；部门：乡镇人民政府、公安；结果：拒绝返校"
    assert domain_text(Msg("{value}课时", value=4)) == "4课时"


# --- the English app, as a person sees it -------------------------------------------------


def visible_texts(root) -> list[str]:
    """What a person reads in `root` and its visible children."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
        QTextEdit,
        QTreeWidget,
        QWidget,
    )

    out: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QAbstractButton):
            out += [w.text(), w.toolTip()]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        elif isinstance(w, QTreeWidget):
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item = stack.pop()
                out += [item.text(c) for c in range(w.columnCount())]
                stack += [item.child(i) for i in range(item.childCount())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, top = w.model(), QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list model (one column)
                columns = 1
            for row in range(min(model.rowCount(top), 60)):
                for col in range(columns):
                    value = model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)
                    out.append("" if value is None else str(value))
    return [t for t in out if t]


# Marked texts that also stand in English text as they are: the term 一人一案 as a gloss
# ("Case plan (一人一案)"), 乡镇 as the unit a participant's name was typed with ("陈语敏（乡镇）").
KEPT = {"一人一案", "乡镇"}


class DomainTextFinder:
    """Finds marked domain texts shown untranslated: a segment of a visible string that is a
    marked text, or that a marked template (with its fields filled in) makes."""

    def __init__(self, texts: list[str]) -> None:
        self.fixed = {t for t in texts if CJK.search(t) and "{" not in t} - KEPT
        self.templates = [
            re.compile(
                "".join(
                    ".*?" if part.startswith("{") else re.escape(part)
                    for part in re.split(r"(\{\w*[^}]*\})", t)
                    if part
                )
            )
            for t in texts
            if "{" in t and len(CJK.findall(re.sub(r"\{[^}]*\}", "", t))) >= 3
        ]

    def __call__(self, shown: str) -> list[str]:
        found = []
        for segment in re.split(r"[；;\n\t]|·|（|）|\(|\)|【|】", shown):
            segment = segment.strip()
            if segment in self.fixed or any(p.fullmatch(segment) for p in self.templates):
                found.append(segment)
        found += [t for t in self.fixed if len(t) >= 10 and t in shown]  # a message
        return found


def test_the_finder_finds_a_chinese_domain_text():
    find = DomainTextFinder(["劝返中", "{state}，应于 {day} 核实{late}", "（已逾期）"])
    assert find("劝返中") == ["劝返中"]
    assert find("疑似辍学，应于 2026-12-01 核实") == ["疑似辍学，应于 2026-12-01 核实"]
    assert find("Persuading") == [] and find("陈秀（2026-001）") == []


@pytest.mark.gui
def test_the_english_app_shows_no_chinese_domain_text(qtbot, english, demo_store, dialogs):
    from desktop.domain.states import Action
    from desktop.ui.main_window import MainWindow

    find = DomainTextFinder(catalogue())
    window = MainWindow(demo_store, install_features=False)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    qtbot.waitExposed(window)
    problems: dict[str, list[str]] = {}

    def look(screen: str, root) -> None:
        hits = sorted({hit for text in visible_texts(root) for hit in find(text)})
        if hits:
            problems[screen] = hits

    window.show_page("today")
    look("today", window)
    window.show_page("active")
    look("ledger", window)
    # a confirmed dropout without a plan: its persuasion button is refused, with the reason
    row = demo_store.conn.execute(
        "SELECT c.id FROM cases c WHERE c.state = 'dropout' AND c.has_plan = 0 LIMIT 1"
    ).fetchone()
    assert row is not None
    window.open_case(row["id"])
    view = window.case_view
    assert not view.action_buttons[Action.START_PERSUASION].isEnabled()
    for i in range(view.tabs.count()):
        view.tabs.setCurrentIndex(i)
        look(f"case tab {i}", window)
    busy = demo_store.conn.execute(
        "SELECT case_id FROM events WHERE kind IN ('contact', 'transition')"
        " GROUP BY case_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    window.open_case(busy["case_id"])
    view.tabs.setCurrentIndex(0)
    assert view.timeline.topLevelItemCount() > 1
    view.timeline.setCurrentItem(view.timeline.topLevelItem(0))  # its record below, field by field
    assert view.event_detail.toPlainText()
    look("timeline", window)

    def visit(d):
        look("visit dialog", d)
        d.discard_draft()
        d.reject()

    dialogs.then(visit)
    window.trigger("contact")
    from desktop.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(window.workbench, window)
    qtbot.addWidget(settings)
    settings.show()
    look("settings dialog", settings)
    assert problems == {}, problems
