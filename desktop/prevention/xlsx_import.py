"""Import a school's absence sheet kept in Excel (学生缺勤登记表) into the register.

The file is read with the intake package's readers (xlsx or csv, whatever its name says; titles
above the header, merged cells, full-width text, dates typed a dozen ways). One row is one
absence: 日期, 姓名 (with 学籍号 or 身份证号 where the sheet has them, else 年级 and 班级 to tell
two children of the same name apart) and 原因 (病假/事假/旷课/无故/不明…). Each row is matched to
a pupil of the chosen school the actor may see; a row that cannot be matched or read is listed
with its reason and nothing of it is written. `check` reads and matches without writing; `apply`
writes every good row in one transaction (absences only: a sheet of absences says nothing of the
days the class was all present, so no register is marked taken).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.changes import Changes
from desktop.core.workbench import OUT_OF_SCOPE, Refused, Workbench
from desktop.domain import prevention as rules_
from desktop.domain.errors import UserError, ValidationError
from desktop.domain.text import N_, Joined, Msg
from desktop.intake import values
from desktop.intake.readers import read_grid
from desktop.prevention.register import absence_id

# Header words of the columns a school's sheet has, most specific first.
COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("缺勤日期", "缺课日期", "请假日期", "日期", "时间"),
    "xueji_no": ("学籍号", "全国学籍号", "学籍编号"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "身份证"),
    "name": ("学生姓名", "姓名", "学生"),
    "grade": ("年级",),
    "class_name": ("班级", "班"),
    "reason": (
        "缺勤原因",
        "缺课原因",
        "请假原因",
        "缺勤类别",
        "缺勤类型",
        "类别",
        "原因",
        "缺勤情况",
    ),
    "note": ("备注", "说明", "情况说明", "跟进情况"),
}
REASON_WORDS = (
    (("病假", "病", "生病", "发烧", "感冒", "住院"), "sick"),
    (("事假", "事", "家中有事", "请假"), "personal"),
    (("旷课", "无故", "无故缺勤", "无故缺课", "逃学", "未请假"), "unexplained"),
    (("不明", "原因不明", "未知", "待查", ""), "unknown"),
)
NOT_ABSENCE = ("迟到", "早退")


@dataclass(frozen=True)
class Row:
    line: int  # the sheet's row number (as Excel shows it)
    child_id: str
    name: str
    on: dt.date
    reason: str
    note: str


@dataclass
class Preview:
    file_name: str
    school_id: str
    rows: list[Row] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row number, why)

    @property
    def days(self) -> int:
        return len({r.on for r in self.rows})

    def summary(self) -> str:
        text = Msg("可导入缺勤记录{count}条（{days}天）", count=len(self.rows), days=self.days)
        if self.problems:
            return Joined(
                "，", [text, Msg("有{count}行不能导入（见下）", count=len(self.problems))]
            )
        return text


def reason_of(value: Any) -> str:
    s = values.compact(value)
    for words, code in REASON_WORDS:
        if s in words:
            return code
    for words, code in REASON_WORDS:
        if any(w and w in s for w in words):
            return code
    raise ValidationError(
        Msg(
            "缺勤原因“{value}”无法识别（可写病假、事假、无故/旷课或不明）",
            value=values.text(value),
        )
    )


def _header(rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int]]:
    for i, row in enumerate(rows[:20]):
        labels = [values.compact(c) for c in row]
        found: dict[str, int] = {}
        for key, words in COLUMNS.items():
            for word in words:
                col = next(
                    (
                        j
                        for j, label in enumerate(labels)
                        if label == word and j not in found.values()
                    ),
                    None,
                )
                if col is not None:
                    found[key] = col
                    break
        if "name" in found and "date" in found:
            return i, found
    raise UserError(N_("表格中找不到“日期”和“姓名”两列的表头，请确认这是学生缺勤登记表"))


def check(
    bench: Workbench, path: str | Path, *, school_id: str, today: dt.date | None = None
) -> Preview:
    """Read the sheet and match its rows to the school's pupils; write nothing."""
    today = today or dt.date.today()
    scope = bench.actor.scope
    school = bench.store.get("schools", school_id)
    if school is None:
        raise UserError(N_("请选择学校"))
    if scope.schools is not None and school_id not in scope.schools:
        raise Refused(OUT_OF_SCOPE)
    grid = read_grid(path)
    head, cols = _header(grid.rows)
    where, params = scope.sql(township_col="township_code", school_col="school_id")
    pupils = bench.store.conn.execute(
        "SELECT id, name, xueji_no, id_number, grade, class_name FROM children"
        f" WHERE deleted = 0 AND school_id = ? AND {where}",
        [school_id, *params],
    ).fetchall()
    if not pupils:
        raise UserError(
            Msg("{school}没有您可以登记的在册学生，请先导入学籍名册", school=school["name"])
        )
    by_xueji = {p["xueji_no"]: p for p in pupils if p["xueji_no"]}
    by_id = {p["id_number"]: p for p in pupils if p["id_number"]}
    by_name: dict[str, list[Any]] = defaultdict(list)
    for p in pupils:
        by_name[p["name"]].append(p)
    preview = Preview(Path(path).name, school_id)
    seen: set[tuple[str, dt.date]] = set()

    def cell(row: tuple[Any, ...], key: str) -> Any:
        col = cols.get(key)
        return row[col] if col is not None and col < len(row) else None

    for i, row in enumerate(grid.rows[head + 1 :], start=head + 2):
        name = values.name(cell(row, "name"))
        if not name and not any(values.text(c) for c in row):
            continue  # an empty line
        try:
            if not name:
                raise ValidationError(N_("没有填写姓名"))
            raw_reason = values.text(cell(row, "reason"))
            if raw_reason in NOT_ABSENCE:
                raise ValidationError(Msg("“{reason}”不是缺勤，不导入", reason=raw_reason))
            on, exact = values.parse_date(cell(row, "date"))
            if on is None or not exact:
                raise ValidationError(N_("缺勤日期不完整（需要年、月、日）"))
            rules_.check_absence(reason := reason_of(cell(row, "reason")), on, today)
            pupil = _match(name, row, cell, by_xueji, by_id, by_name)
        except UserError as exc:
            preview.problems.append((i, _why(exc)))
            continue
        if (pupil["id"], on) in seen:
            preview.problems.append(
                (
                    i,
                    Msg(
                        "{name} {day} 的缺勤在表中重复，只导入第一行",
                        name=name,
                        day=on.isoformat(),
                    ),
                )
            )
            continue
        seen.add((pupil["id"], on))
        note = values.text(cell(row, "note"))[: rules_.NOTE_MAX]
        preview.rows.append(Row(i, pupil["id"], name, on, reason, note))
    return preview


def _why(exc: UserError) -> str:
    """An error's message, its marks kept (a Msg stays a Msg for the interface)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)


def _match(name, row, cell, by_xueji, by_id, by_name):
    xueji = values.compact(cell(row, "xueji_no")).upper()
    if xueji:
        if xueji in by_xueji:
            return by_xueji[xueji]
        raise ValidationError(Msg("学籍号{number}不是本校在册学生", number=xueji))
    number = values.id_text(cell(row, "id_number")).upper()
    if number:
        if number in by_id:
            return by_id[number]
        raise ValidationError(N_("身份证号不是本校在册学生"))
    found = by_name.get(name, [])
    grade_cell, class_cell = cell(row, "grade"), cell(row, "class_name")
    if found and (grade_cell or class_cell):
        grade = values.parse_grade(grade_cell) if grade_cell else ""
        klass = values.compact(class_cell)
        joined = re.match(r"(.+?级)(.*)$", klass)  # 五年级1班 in the class column
        if joined:
            grade, klass = grade or values.parse_grade(joined[1]), joined[2]
        found = [
            p
            for p in found
            if (not grade or p["grade"] == grade)
            and (
                not klass
                or p["class_name"] == klass
                or p["class_name"].rstrip("班") == klass.rstrip("班")
            )
        ]
    if not found:
        raise ValidationError(Msg("本校在册学生中没有“{name}”", name=name))
    if len(found) > 1:
        raise ValidationError(
            Msg(
                "本校有{count}名学生叫“{name}”，请在表中填写学籍号或年级、班级",
                count=len(found),
                name=name,
            )
        )
    return found[0]


def apply(bench: Workbench, preview: Preview) -> Changes:
    """Write the preview's good rows (new absences, or the reason of one already recorded)."""
    bench.require_write()
    store = bench.store
    written: list[str] = []
    with store.transaction():
        for r in preview.rows:
            child = store.get("children", r.child_id)
            if child is None or not bench.actor.scope.allows(
                township_code=child["township_code"], school_id=child["school_id"]
            ):
                raise Refused(OUT_OF_SCOPE)
            aid = absence_id(r.child_id, r.on)
            current = store.get("absences", aid)
            values_ = {
                "child_id": r.child_id,
                "school_id": preview.school_id,
                "on_date": r.on.isoformat(),
                "reason": r.reason,
                "note": r.note,
            }
            if current is None:
                store.create("absences", values_, row_id=aid)
                written.append(aid)
            elif store.update("absences", aid, {"reason": r.reason, "note": r.note, "deleted": 0}):
                written.append(aid)
        store.audit(
            "import",
            entity="absences",
            detail={
                "file": preview.file_name,
                "rows": len(preview.rows),
                "skipped": len(preview.problems),
            },
        )
    return Changes.of("", absences=written)
