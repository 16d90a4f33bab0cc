"""`kcbx case`: case work from the command line, through the same core as the screens.

kcbx case show NO [--json]
kcbx case record NO KIND --field name=value … [--date D] [--attach FILE …]
kcbx case act NO ACTION [--approver USER] [--reason …] [--until D] [--evidence ID …] [--date D]
kcbx case void NO EVENT --reason …

NO is a case number (or id); KIND an event kind (contact, legal_step, follow_up…) or its
Chinese name; ACTION a state-machine action (approve_deferral…) or its Chinese name. The
command signs in like the others (KCBX_USER / KCBX_PASSWORD without a terminal); a refusal
prints the same Chinese reason as the screens, writes nothing and exits with 1.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import mimetypes
import sys
from pathlib import Path
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.model import EVENT_KINDS, EVENT_LABELS
from desktop.domain.states import ACTION_LABELS, STATE_LABELS, Action, ActionParams, State

# Kinds recorded by other commands or by the actions themselves.
NOT_RECORDED_HERE = {"transition": "请用 kcbx case act", "document": "请用 kcbx form", "void": ""}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop.security.cli_support import add_db_argument

    sub = parser.add_subparsers(dest="verb", required=True, metavar="show|record|act|correct|void")
    show = sub.add_parser("show", help="显示案件、时间线和可办理的操作")
    show.add_argument("case", metavar="NO", help="案件编号（或案件ID）")
    show.add_argument("--json", action="store_true", help="以JSON输出")
    record = sub.add_parser("record", help="登记一条记录（走访、法律程序、回执、复学、回访…）")
    record.add_argument("case", metavar="NO", help="案件编号（或案件ID）")
    record.add_argument("kind", metavar="KIND", help="记录类型，如 contact、follow_up、return")
    record.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="名称=值",
        help="记录的字段（可多次；多个值用逗号分隔）",
    )
    record.add_argument("--date", help="日期，如 2026-11-02（默认今天）")
    record.add_argument("--attach", action="append", default=[], metavar="FILE", help="附件")
    act = sub.add_parser("act", help="办理状态变更（确认辍学、批准延缓、销号…）")
    act.add_argument("case", metavar="NO", help="案件编号（或案件ID）")
    act.add_argument("action", metavar="ACTION", help="操作，如 approve_deferral、close_other")
    act.add_argument("--approver", default="", help="审批人/审批单位")
    act.add_argument("--reason", default="", help="原因")
    act.add_argument("--until", help="延缓/休学截止日期")
    act.add_argument(
        "--evidence", action="append", default=[], metavar="ID", help="佐证记录的ID（可多次）"
    )
    act.add_argument("--date", help="办理日期（默认今天）")
    correct = sub.add_parser("correct", help="更正一条记录：新记录取代原记录（须写明原因）")
    correct.add_argument("case", metavar="NO", help="案件编号（或案件ID）")
    correct.add_argument("event", metavar="EVENT", help="记录的ID（可用 show 显示的前8位）")
    correct.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="名称=值",
        help="要更正的字段（可多次；未写的字段保持原值）",
    )
    correct.add_argument("--date", help="更正后的日期")
    correct.add_argument("--reason", required=True, help="更正原因")
    void = sub.add_parser("void", help="作废一条记录（须写明原因）")
    void.add_argument("case", metavar="NO", help="案件编号（或案件ID）")
    void.add_argument("event", metavar="EVENT", help="记录的ID（可用 show 显示的前8位）")
    void.add_argument("--reason", required=True, help="作废原因")
    for p in (show, record, act, correct, void):
        add_db_argument(p)


def run(args: argparse.Namespace) -> int:
    from desktop.core.actor import LOCAL_NAME
    from desktop.security.cli_support import open_workbench

    with open_workbench(args, local_name=LOCAL_NAME) as bench:
        case_id = bench.find_case(args.case)
        if args.verb == "show":
            return _show(bench, case_id, as_json=args.json)
        if args.verb == "record":
            return _record(bench, case_id, args)
        if args.verb == "act":
            return _act(bench, case_id, args)
        if args.verb == "correct":
            return _correct(bench, case_id, args)
        return _void(bench, case_id, args)


# --- show -----------------------------------------------------------------------------------


def case_view(bench: Any, case_id: str) -> dict[str, Any]:
    """What `show` prints: the case, its child, its timeline and the actions it can take."""
    case = bench.case(case_id)
    child = bench.child(case["child_id"])
    return {
        "id": case["id"],
        "case_no": case["case_no"],
        "child": {"id": child["id"], "name": child["name"], "sex": child["sex"]},
        "state": case["state"],
        "state_label": STATE_LABELS[State(case["state"])],
        "township_code": case["township_code"],
        "school_id": case["school_id"],
        "found_on": case["found_on"],
        "last_contact_on": case["last_contact_on"],
        "next_contact_on": case["next_contact_on"],
        "has_plan": bool(case["has_plan"]),
        "timeline": [
            {
                "id": e.event_id,
                "kind": e.kind,
                "label": e.label,
                "occurred_on": e.occurred_on,
                "summary": e.summary,
                "created_by": e.created_by,
                "superseded": e.superseded,
            }
            for e in bench.timeline(case_id)
        ],
        "actions": {
            a.value: {"label": ACTION_LABELS[a], "refused": why}
            for a, why in bench.actions(case_id).items()
        },
    }


def _show(bench: Any, case_id: str, *, as_json: bool) -> int:
    view = case_view(bench, case_id)
    if as_json:
        json.dump(view, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"案件 {view['case_no']}　{view['child']['name']}　{view['state_label']}")
    print(
        f"立案 {view['found_on'] or '-'}　最近联系 {view['last_contact_on'] or '-'}"
        f"　下次联系 {view['next_contact_on'] or '-'}　一人一案 {'有' if view['has_plan'] else '无'}"
    )
    print("时间线：")
    for e in view["timeline"]:
        mark = "（已更正/作废）" if e["superseded"] else ""
        print(f"  {e['occurred_on'][:10]}  {e['id'][:8]}  {e['label']}：{e['summary']}{mark}")
    print("可办理：")
    for value, a in view["actions"].items():
        print(f"  {value:20} {a['label']}" + (f"（{a['refused']}）" if a["refused"] else ""))
    return 0


# --- record, act, void ----------------------------------------------------------------------


def event_kind(text: str) -> str:
    by_label = {label: kind for kind, label in EVENT_LABELS.items()}
    kind = text if text in EVENT_KINDS else by_label.get(text, "")
    if not kind or kind in NOT_RECORDED_HERE:
        hint = NOT_RECORDED_HERE.get(kind, "")
        known = "、".join(
            f"{k}（{EVENT_LABELS.get(k, k)}）" for k in EVENT_KINDS if k not in NOT_RECORDED_HERE
        )
        raise UserError(
            f"不能用 record 登记“{text}”" + (f"，{hint}" if hint else "") + f"。可登记：{known}"
        )
    return kind


def parse_fields(kind: str, pairs: list[str]) -> dict[str, Any]:
    """--field name=value pairs as the kind's payload (lists split at commas)."""
    record_cls = EVENT_KINDS[kind]
    fields = {f.name: f for f in dataclasses.fields(record_cls)}  # type: ignore[arg-type]
    out: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UserError(f"字段应写成 名称=值：{pair}")
        if name not in fields:
            raise UserError(
                f"“{EVENT_LABELS.get(kind, kind)}”没有字段“{name}”。字段：{'、'.join(fields)}"
            )
        f = fields[name]
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        if isinstance(default, tuple):
            out[name] = tuple(v.strip() for v in value.replace("，", ",").split(",") if v.strip())
        elif isinstance(default, bool):
            out[name] = value.strip().lower() in ("1", "true", "yes", "是", "y")
        elif isinstance(default, int):
            out[name] = _number(int, name, value)
        elif isinstance(default, float):
            out[name] = _number(float, name, value)
        else:
            out[name] = value
    return out


def _number(cast: Any, name: str, value: str) -> Any:
    try:
        return cast(value)
    except ValueError:
        raise UserError(f"字段“{name}”应为数字：{value}") from None


def _date(text: str | None, what: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"{what}应写成 2026-11-02 这样的日期：{text}") from None


def _files(paths: list[str]) -> list[Any]:
    from desktop.core.workbench import NewFile

    out = []
    for name in paths:
        p = Path(name)
        if not p.is_file():
            raise UserError(f"找不到文件：{name}")
        mime = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
        out.append(NewFile(p.read_bytes(), mime, p.name))
    return out


def _record(bench: Any, case_id: str, args: argparse.Namespace) -> int:
    kind = event_kind(args.kind)
    payload = parse_fields(kind, args.field)
    on = _date(args.date, "日期")
    changes = bench.record_event(
        case_id,
        kind,
        payload,
        occurred_on=on.isoformat() if on else None,
        attachments=_files(args.attach),
    )
    case = bench.case(case_id)
    print(
        f"已登记{EVENT_LABELS[kind]}（{changes.id}），案件 {case['case_no']} 现为"
        f"“{STATE_LABELS[State(case['state'])]}”"
    )
    return 0


def action_of(text: str) -> Action:
    by_label = {label: a for a, label in ACTION_LABELS.items()}
    try:
        return Action(text)
    except ValueError:
        pass
    if text in by_label:
        return by_label[text]
    known = "、".join(f"{a.value}（{label}）" for a, label in ACTION_LABELS.items())
    raise UserError(f"没有“{text}”这个操作。可办理的操作：{known}")


def _act(bench: Any, case_id: str, args: argparse.Namespace) -> int:
    action = action_of(args.action)
    evidence = tuple(_event_id(bench, case_id, e) for e in args.evidence)
    params = ActionParams(
        approver=args.approver.strip(),
        evidence=evidence,
        reason=args.reason.strip(),
        until=_date(args.until, "截止日期"),
        on=_date(args.date, "办理日期"),
    )
    bench.take_action(case_id, action, params)
    case = bench.case(case_id)
    print(
        f"已办理“{ACTION_LABELS[action]}”，案件 {case['case_no']} 现为"
        f"“{STATE_LABELS[State(case['state'])]}”"
    )
    return 0


def _event_id(bench: Any, case_id: str, text: str) -> str:
    """A full event id, or the unique event of this case whose id starts with `text`."""
    text = text.strip()
    ids = [e.event_id for e in bench.timeline(case_id)]
    if text in ids:
        return text
    found = [i for i in ids if len(text) >= 6 and i.startswith(text)]
    if len(found) == 1:
        return found[0]
    if found:
        raise UserError(f"有多条记录的ID以“{text}”开头，请写得更长一些")
    raise UserError(f"该案件没有ID为“{text}”的记录（用 kcbx case show 查看）")


def _void(bench: Any, case_id: str, args: argparse.Namespace) -> int:
    event_id = _event_id(bench, case_id, args.event)
    changes = bench.void(event_id, reason=args.reason)
    detail = bench.event(event_id)
    label = EVENT_LABELS.get(detail.kind, detail.kind) if detail else ""
    print(f"已作废{label}记录 {event_id[:8]}（作废记录 {changes.id}）")
    return 0


def _correct(bench: Any, case_id: str, args: argparse.Namespace) -> int:
    event_id = _event_id(bench, case_id, args.event)
    detail = bench.event(event_id)
    if detail is None:
        raise UserError(f"该案件没有ID为“{args.event}”的记录")
    changes = parse_fields(detail.kind, args.field) if args.field else {}
    on = _date(args.date, "日期")
    if not changes and on is None:
        raise UserError("请用 --field 名称=值 或 --date 写明要更正的内容")
    result = bench.correct(
        event_id,
        reason=args.reason,
        changes=changes or None,
        occurred_on=on.isoformat() if on else None,
    )
    label = EVENT_LABELS.get(detail.kind, detail.kind)
    print(f"已更正{label}记录 {event_id[:8]}（新记录 {result.id}）")
    return 0
