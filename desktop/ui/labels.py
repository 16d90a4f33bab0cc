"""Labels that come from the domain (states, actions, event kinds), marked for translation.

The domain keeps its Chinese labels; the UI translates them through these contexts
(QCoreApplication.translate("State", label)), and lupdate finds the texts here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
