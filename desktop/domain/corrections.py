"""Who may correct or void (作废) a recorded event, and which events can be.

A correction is a new event of the same kind that supersedes the old one; a voiding is a
``void`` event that supersedes it. Both keep the original in the trail and carry a reason.
A state transition is never corrected or voided: the case's history would lose the step it
went through; the reverse step is recorded instead, with its reason. An issued document is
voided in the document register (its number stays used), not here.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg

VOID = "void"
UNDO_REASON = "撤销"

# Role names as the security layer spells them (desktop.security.policy.Role values).
COUNTY_ROLES = frozenset({"county_admin"})
TOWNSHIP_ROLES = frozenset({"township_cadre"})
READ_ONLY_ROLES = frozenset({"auditor"})

TRANSITION_REFUSED = N_(
    "状态变更不能更正或作废（案件经历过的每一步都要留在记录中）。"
    "如果这一步办错了，请办理相反的状态变更（例如“恢复劝返”“反弹（再次辍学）”），并在原因中写明"
)
DOCUMENT_REFUSED = N_(
    "已出具的文书请在文书登记簿中作废（文号保留，登记簿显示“作废”），不能在这里作废"
)


def check_kind(kind: str, *, verb: str) -> None:
    """Refuse events that are not corrected or voided this way (Chinese message)."""
    if kind == "transition":
        raise UserError(TRANSITION_REFUSED)
    if kind == "document":
        raise UserError(DOCUMENT_REFUSED)
    if kind == VOID:
        raise UserError(Msg("“作废”记录本身不能{verb}", verb=verb))


def check_reason(reason: str | None, *, verb: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise UserError(Msg("请填写{verb}原因", verb=verb))
    return text


def check_may(
    *,
    verb: str,
    role: str | None,
    actor: str,
    author: str,
    authored_on: dt.date,
    today: dt.date,
    in_scope: bool,
) -> None:
    """May `actor` (with `role`) correct or void an event written by `author` on `authored_on`?

    A county user may, for every event; a township user for the events of its township; anyone
    else (teacher, village cadre) only the events they wrote themselves, on the same day. A role
    of None means no signed-in policy (a script on an unprotected database): allowed, as every
    other write of the store then is.
    """
    if role is None or role in COUNTY_ROLES:
        return
    if role in READ_ONLY_ROLES:
        raise UserError(Msg("审计员为只读账户，不能{verb}记录", verb=verb))
    if not in_scope:
        raise UserError(Msg("这条记录不在您负责的范围内（乡镇或学校），不能{verb}", verb=verb))
    if role in TOWNSHIP_ROLES:
        return
    if author != actor:
        raise UserError(
            Msg(
                "只能{verb}自己登记的记录（这条由“{author}”登记）；请联系乡镇或县级用户{verb}",
                verb=verb,
                author=author,
            )
        )
    if authored_on != today:
        raise UserError(
            Msg(
                "自己登记的记录只能在当天{verb}（这条登记于{day}）；请联系乡镇或县级用户{verb}",
                verb=verb,
                day=authored_on.isoformat(),
            )
        )
