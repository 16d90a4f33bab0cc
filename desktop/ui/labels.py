"""Texts that come from the domain and the store (states, actions, event kinds, code lists, rule
messages, timeline lines), in the interface's language.

The domain keeps its Chinese texts, marked with N_()/Msg()/Joined() (desktop/domain/text.py);
desktop/ui/domain_catalogue/ lists them for lupdate under the context "Domain", and
`domain_text` translates them (a Msg's template, then its values). The older "State" and
"CaseView" contexts below keep the states' and actions' button and badge texts.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from desktop.domain.codes import CAUSES, FLAGS, CodeList
from desktop.domain.text import LIST, SEPARATORS, Joined, Msg
from desktop.ui import i18n
from desktop.ui.i18n import QT_TRANSLATE_NOOP

STATE_TEXTS = (
    QT_TRANSLATE_NOOP("State", "疑似辍学"),
    QT_TRANSLATE_NOOP("State", "已确认辍学"),
    QT_TRANSLATE_NOOP("State", "劝返中"),
    QT_TRANSLATE_NOOP("State", "已复学"),
    QT_TRANSLATE_NOOP("State", "跟踪巩固"),
    QT_TRANSLATE_NOOP("State", "延缓入学/休学"),
    QT_TRANSLATE_NOOP("State", "送教上门"),
    QT_TRANSLATE_NOOP("State", "跨省转出待回执"),
    QT_TRANSLATE_NOOP("State", "已销号"),
    QT_TRANSLATE_NOOP("State", "确认辍学"),
    QT_TRANSLATE_NOOP("State", "核实在读销号"),
    QT_TRANSLATE_NOOP("State", "启动劝返"),
    QT_TRANSLATE_NOOP("State", "登记复学"),
    QT_TRANSLATE_NOOP("State", "转入跟踪巩固"),
    QT_TRANSLATE_NOOP("State", "巩固期满销号"),
    QT_TRANSLATE_NOOP("State", "反弹（再次辍学）"),
    QT_TRANSLATE_NOOP("State", "批准延缓入学/休学"),
    QT_TRANSLATE_NOOP("State", "延续延缓/休学"),
    QT_TRANSLATE_NOOP("State", "延缓期满未复学"),
    QT_TRANSLATE_NOOP("State", "认定拒不返校特殊情形"),
    QT_TRANSLATE_NOOP("State", "转为送教上门"),
    QT_TRANSLATE_NOOP("State", "跨省转出告知"),
    QT_TRANSLATE_NOOP("State", "收到回执销号"),
    QT_TRANSLATE_NOOP("State", "恢复劝返"),
    QT_TRANSLATE_NOOP("State", "其他原因销号"),
)

RECORD_TEXTS = (
    QT_TRANSLATE_NOOP("CaseView", "记录走访/联系"),
    QT_TRANSLATE_NOOP("CaseView", "联合劝返"),
    QT_TRANSLATE_NOOP("CaseView", "一人一案"),
    QT_TRANSLATE_NOOP("CaseView", "法律程序"),
    QT_TRANSLATE_NOOP("CaseView", "送达回证"),
    QT_TRANSLATE_NOOP("CaseView", "复学登记"),
    QT_TRANSLATE_NOOP("CaseView", "跟踪回访"),
    QT_TRANSLATE_NOOP("CaseView", "资助帮扶"),
    QT_TRANSLATE_NOOP("CaseView", "延缓/休学申请"),
    QT_TRANSLATE_NOOP("CaseView", "残疾评估"),
    QT_TRANSLATE_NOOP("CaseView", "送教上门"),
    QT_TRANSLATE_NOOP("CaseView", "告知函/回执"),
    QT_TRANSLATE_NOOP("CaseView", "添加附件"),
)


# A child's sex, stored as the ID card writes it (男/女).
SEX_TEXTS = (QT_TRANSLATE_NOOP("Sex", "男"), QT_TRANSLATE_NOOP("Sex", "女"))


def sex_text(value: str | None) -> str:
    """A stored sex (男/女) in the interface's language; anything else as it is."""
    return QCoreApplication.translate("Sex", value) if value in SEX_TEXTS else (value or "")


def state_text(label: str) -> str:
    return QCoreApplication.translate("State", label)


# The ledger (台账) a case is on now, by its state: the nav's ledgers (a case entered as
# 疑似辍学 is on the 辍学台账 once it is confirmed and being persuaded).
LEDGER_OF_STATE = {
    "suspected": QT_TRANSLATE_NOOP("Ledger", "疑似辍学台账"),
    "dropout": QT_TRANSLATE_NOOP("Ledger", "辍学台账（辍学/劝返中）"),
    "persuading": QT_TRANSLATE_NOOP("Ledger", "辍学台账（辍学/劝返中）"),
    "transferred_pending": QT_TRANSLATE_NOOP("Ledger", "辍学台账（辍学/劝返中）"),
    "returned": QT_TRANSLATE_NOOP("Ledger", "已复学跟踪台账"),
    "monitoring": QT_TRANSLATE_NOOP("Ledger", "已复学跟踪台账"),
    "deferred": QT_TRANSLATE_NOOP("Ledger", "延缓/休学台账"),
    "home_teaching": QT_TRANSLATE_NOOP("Ledger", "送教上门台账"),
    "closed": QT_TRANSLATE_NOOP("Ledger", "已销号台账"),
}


def ledger_of_state(state: str) -> str:
    """The ledger a case in `state` is on, translated ("" for an unknown state)."""
    label = LEDGER_OF_STATE.get(state)
    return QCoreApplication.translate("Ledger", label) if label else ""


def _sep(chinese: str = LIST) -> str:
    """A separator of joined texts and lists (Chinese keeps its own)."""
    return chinese if i18n.current_language() == i18n.DEFAULT else SEPARATORS[chinese]


def domain_text(value: object) -> str:
    """A text of the domain or the store (a marked label, a Msg, a Joined) in the interface's
    language; a text that is not in the catalogue (a name, a note someone typed) as it is."""
    if isinstance(value, Msg):
        template = QCoreApplication.translate("Domain", value.template)
        values = {k: _value(v) for k, v in value.values.items()}
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return str(value)
    if isinstance(value, Joined):
        return _sep(value.sep).join(domain_text(part) for part in value.parts)
    if isinstance(value, str):
        return QCoreApplication.translate("Domain", value) if value else ""
    return "" if value is None else str(value)


def _value(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return _sep().join(domain_text(v) for v in value)
    if isinstance(value, str):
        return domain_text(value)
    return value


def code_label(code_list: CodeList, code: str | None) -> str:
    """The label of a code, translated (the code itself if the list does not have it)."""
    return domain_text(code_list.label(code))


def causes_text(raw: str | None) -> str:
    """A case's causes (stored as a JSON list of codes) by their second-level names
    ("学习困难—厌学" shows as "厌学"), translated."""
    try:
        items = json.loads(raw or "[]") or []
    except ValueError:
        return ""
    names = (code_label(CAUSES, c).split("—")[-1] for c in items)
    return _sep().join(n[:1].upper() + n[1:] for n in names)  # "Dislikes school" in English


def flags_text(raw: str | None) -> str:
    """A child's flags (a JSON list of codes), translated."""
    try:
        items = json.loads(raw or "[]") or []
    except ValueError:
        return ""
    return _sep().join(code_label(FLAGS, f) for f in items)


def user_message(exc: BaseException) -> str:
    """The message of an error the user can act on, in the interface's language."""
    if exc.args and isinstance(exc.args[0], str) and len(exc.args) == 1:
        return domain_text(exc.args[0])
    return str(exc)
