"""Checking every data row of a roster before anything is written.

Each row becomes a canonical record (a dict) or is refused; every problem is an Issue with the
row number as Excel shows it, the column (letter and header text) and the reason in Chinese.
Errors refuse the row; warnings keep it (the user sees both in the validation report).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.errors import UserError, ValidationError
from desktop.domain.ids import parse_xueji_no
from desktop.domain.text import N_, Msg
from desktop.intake import values as V
from desktop.intake.columns import FIELD_BY_KEY, Header, skip_reason
from desktop.intake.readers import Grid

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Issue:
    row: int  # 1-based row in the file (0: the whole file)
    column: str  # "C列（身份证号码）" or ""
    reason: str
    level: str = ERROR
    value: str = ""

    def line(self) -> str:
        where = Msg("第{row}行", row=self.row) if self.row else N_("文件")
        col = f" {self.column}" if self.column else ""
        tag = "" if self.level == ERROR else N_("【提示】")
        shown = (
            Msg("（{value}）", value=self.value)
            if self.value and self.value not in self.reason
            else ""
        )
        return Msg(
            "{where}{col}：{tag}{reason}{shown}",
            where=where,
            col=col,
            tag=tag,
            reason=self.reason,
            shown=shown,
        )

    def to_json(self) -> list[Any]:
        return [self.row, self.column, self.reason, self.level, self.value]


def row_failed(row_no: int, exc: UserError) -> UserError:
    """A row the store refused while a roster was written: the whole roster is not imported
    (one transaction), and the message says which row and why."""
    return UserError(
        Msg(
            "第{row}行：{exc}（整个名册未导入）",
            row=row_no,
            exc=exc.args[0] if len(exc.args) == 1 else str(exc),
        )
    )


def column_letter(col: int) -> str:
    """0-based column index → Excel letters (0 → A, 26 → AA)."""
    out = ""
    n = col + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


@dataclass
class Lookups:
    """What validation needs to know about the database (read once, before the rows)."""

    schools: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (id, system)
    school_codes: dict[str, str] = field(default_factory=dict)  # 学校标识码 -> name
    townships: dict[str, str] = field(default_factory=dict)  # name variants -> code
    villages: dict[str, list[str]] = field(default_factory=dict)  # name variants -> codes

    def township(self, value: str) -> str | None:
        return self.townships.get(_place_key(value)) or self.townships.get(V.compact(value))

    def village(self, value: str, township: str = "") -> str | None:
        # The name as written first (贯洞村 and 贯洞社区 are different places), then without
        # its suffix (岜沙 for 岜沙村).
        for key in (V.compact(value), _place_key(value)):
            codes = self.villages.get(key, [])
            if township:
                codes = [c for c in codes if c.startswith(township[:9])]
            if len(codes) == 1:
                return codes[0]
            if codes:
                return None
        return None


_PLACE_SUFFIXES = (
    "村民委员会",
    "居民委员会",
    "村委会",
    "居委会",
    "社区",
    "村",
    "街道办事处",
    "街道",
    "镇",
    "乡",
)


@functools.lru_cache(maxsize=8192)
def _place_key(value: str) -> str:
    s = V.compact(value)
    for suffix in _PLACE_SUFFIXES:
        if s.endswith(suffix) and len(s) > len(suffix):
            return s[: -len(suffix)]
    return s


def place_variants(name: str) -> set[str]:
    return {_place_key(name), V.compact(name)}


def school_key(value: Any) -> str:
    return V.compact(value).replace("（", "(").replace("）", ")")


class RosterRecord:
    """One valid row in canonical form. Slotted (a county roster has 100,000 of them: a dict
    each would cost ~1 KB more), read and written like a dict: rec["name"]."""

    __slots__ = (
        "address", "birth_date", "birth_exact", "class_name", "ethnicity", "extra", "flags",
        "grade", "guardian_name", "guardian_phone", "hukou_address", "id_number", "name",
        "row_no", "school_id", "school_name", "sex", "status", "township_code", "village_code",
        "xueji_no",
    )  # fmt: skip

    def __init__(self, row_no: int) -> None:
        for name in self.__slots__:
            setattr(self, name, "")
        self.row_no = row_no
        self.extra: dict[str, Any] = {}
        self.flags: list[str] = []
        self.birth_date: str | None = None
        self.birth_exact = True
        self.school_id: str | None = None

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        setattr(self, key, value)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key, default)

    def __repr__(self) -> str:
        return f"RosterRecord({ {k: getattr(self, k) for k in self.__slots__} })"


@dataclass
class Validated:
    records: list[RosterRecord]
    issues: list[Issue]
    rows_total: int
    rejected_rows: set[int]
    skipped: dict[str, int]
    new_schools: dict[str, dict[str, Any]]  # school name -> what we know (township, code)


def validate(
    grid: Grid,
    header: Header,
    *,
    kind: str,
    lookups: Lookups,
    progress: Callable[[int, int], None] | None = None,
) -> Validated:
    """Parse every data row below the header; collect records and issues."""
    records: list[RosterRecord] = []
    issues: list[Issue] = []
    rejected: set[int] = set()
    skipped: dict[str, int] = {}
    new_schools: dict[str, dict[str, Any]] = {}
    columns: dict[str, tuple[int, str]] = {
        key: (
            col,
            Msg(
                "{col}列（{label}）",
                col=column_letter(col),
                label=header.labels[col] or FIELD_BY_KEY[key].label,
            ),
        )
        for col, key in header.mapping.items()
        if key
    }
    total = len(grid.rows)
    data_rows = 0
    for row_no in range(header.data_start, total + 1):
        if progress and row_no % 2000 == 0:
            progress(row_no, total)
        why = skip_reason(grid, row_no, header)
        if why:
            skipped[why] = skipped.get(why, 0) + 1
            continue
        data_rows += 1
        row_issues: list[Issue] = []
        record = _parse_row(
            grid.rows[row_no - 1], row_no, columns, kind, lookups, row_issues, new_schools
        )
        issues.extend(row_issues)
        if any(i.level == ERROR for i in row_issues):
            rejected.add(row_no)
        else:
            records.append(record)
    records = _duplicates(records, columns, issues, rejected)
    return Validated(records, issues, data_rows, rejected, skipped, new_schools)


def _parse_row(
    values: tuple[Any, ...],
    row_no: int,
    columns: dict[str, tuple[int, str]],
    kind: str,
    lookups: Lookups,
    issues: list[Issue],
    new_schools: dict[str, dict[str, Any]],
) -> RosterRecord:
    n = len(values)
    cells = {key: values[c] for key, (c, _label) in columns.items() if c < n}
    raw = cells.get

    def col(key: str) -> str:
        return columns[key][1] if key in columns else FIELD_BY_KEY[key].label

    def problem(key: str, reason: str, level: str = ERROR) -> None:
        issues.append(Issue(row_no, col(key), reason, level, V.text(raw(key))[:40]))

    def parse(key: str, fn: Callable[[Any], Any], default: Any = "", level: str = ERROR) -> Any:
        value = cells.get(key)
        if value is None:
            return default
        try:
            return fn(value)
        except ValidationError as exc:
            problem(key, exc.args[0] if exc.args else str(exc), level)
            return default

    rec = RosterRecord(row_no)
    info = parse("id_number", V.parse_id, None)
    id_failed = any(i.column == col("id_number") for i in issues)
    rec["id_number"] = info.number if info else ""
    rec["name"] = V.name(raw("name"))
    if not rec["name"]:
        problem("name", N_("姓名为空"))
    rec["sex"] = parse("sex", V.parse_sex)
    birth, exact = parse("birth_date", V.parse_date, (None, True))
    if info:
        if rec["sex"] and rec["sex"] != info.sex:
            problem(
                "sex", Msg("性别“{given}”与身份证号（{sex}）不一致", given=rec["sex"], sex=info.sex)
            )
        if birth and (
            birth != info.birth_date
            if exact
            else (birth.year, birth.month) != (info.birth_date.year, info.birth_date.month)
        ):
            problem(
                "birth_date",
                Msg(
                    "出生日期 {given} 与身份证号中的 {in_id} 不一致",
                    given=birth.isoformat(),
                    in_id=info.birth_date.isoformat(),
                ),
            )
        rec["sex"], birth, exact = info.sex, info.birth_date, True
    rec["birth_date"] = birth.isoformat() if birth else None
    rec["birth_exact"] = exact
    xueji = V.compact(raw("xueji_no"))
    rec["xueji_no"] = ""
    if xueji and info and V.id_text(xueji) == "G" + info.number:
        rec["xueji_no"] = "G" + info.number  # the usual formal number: already checked
    elif xueji:
        try:
            x = parse_xueji_no(V.id_text(xueji))
        except ValidationError as exc:
            problem("xueji_no", exc.args[0] if exc.args else str(exc))
        else:
            rec["xueji_no"] = x.number
            if x.id_info and info and x.id_info.number != info.number:
                problem("xueji_no", N_("G字头学籍号与身份证号不一致"))
    if not info and not id_failed:
        if kind == "xueji" and not rec["xueji_no"]:
            problem("id_number", N_("身份证号和学籍号都为空，无法确认是哪个学生"))
        elif kind != "xueji" and not birth:
            problem("id_number", N_("身份证号和出生日期都为空，无法比对"))
        elif kind != "xueji":
            problem("id_number", N_("没有身份证号，只能按姓名和出生日期比对"), WARNING)
    if birth and not exact and not info:
        problem("birth_date", N_("出生日期只有年月，按当月1日计"), WARNING)
    rec["ethnicity"] = parse("ethnicity", V.parse_ethnicity, "", WARNING)
    # school and grade (学籍)
    school = V.text(raw("school"))
    rec["school_name"] = school
    system = "6-3"
    code = V.compact(raw("school_code"))
    if school or code:
        hit = lookups.schools.get(school_key(school)) if school else None
        if hit is None and code and code in lookups.school_codes:
            rec["school_name"] = school = lookups.school_codes[code]
            hit = lookups.schools.get(school_key(school))
        if hit is not None:
            system = hit[1]
        elif kind == "xueji" and school and school_key(school) not in new_schools:
            new_schools[school_key(school)] = {"name": school, "code": code, "row": row_no}
            problem(
                "school",
                Msg("学校“{school}”不在本县学校名单中，导入时将新建该学校", school=school),
                WARNING,
            )
    elif kind == "xueji":
        problem("school", N_("学校为空"))
    rec["grade"] = parse("grade", lambda v: V.parse_grade(v, system=system))
    if kind == "xueji" and not V.text(raw("grade")):
        problem("grade", N_("年级为空"))
    rec["class_name"] = V.text(raw("class_name"))
    rec["status"] = parse("status", V.parse_status, "", ERROR if kind == "xueji" else WARNING)
    # places
    township = V.text(raw("township"))
    village = V.text(raw("village"))
    rec["township_code"] = rec["village_code"] = ""
    if township:
        t = lookups.township(township)
        if t is None:
            problem("township", Msg("乡镇“{township}”不在本县区划中", township=township), WARNING)
        else:
            rec["township_code"] = t
    if village:
        v = lookups.village(village, rec["township_code"])
        if v is None:
            problem(
                "village",
                Msg("村（社区）“{village}”在本县区划中找不到或有重名", village=village),
                WARNING,
            )
        else:
            rec["village_code"] = v
            rec["township_code"] = rec["township_code"] or v[:9] + "000"
    rec["address"] = V.text(raw("address"))
    rec["hukou_address"] = V.text(raw("hukou_address"))
    rec["guardian_name"] = V.name(raw("guardian_name"))
    rec["guardian_phone"] = parse("guardian_phone", V.parse_phone, "", WARNING)
    flags = parse("category", V.parse_flags, [], WARNING)
    disability = parse("disability", V.parse_disability, "", WARNING)
    if disability:
        flags.append("disabled")
        if disability != "yes":
            rec["extra"]["disability_category"] = disability
    if kind == "poverty" and not flags:
        flags = ["monitored"] if "监测" in V.text(raw("category")) else []
    rec["flags"] = list(dict.fromkeys(flags))
    for key in ("category", "in_school", "relation", "household_no", "remark", "guardian_id"):
        value = V.text(raw(key))
        if value and key != "guardian_id":
            rec["extra"][key] = value
    return rec


def _duplicates(
    records: list[RosterRecord],
    columns: dict[str, tuple[int, str]],
    issues: list[Issue],
    rejected: set[int],
) -> list[RosterRecord]:
    """Refuse a second row with the same ID number (or 学籍号); warn on same name + birth date."""
    first_id: dict[str, int] = {}
    first_xueji: dict[str, int] = {}
    first_person: dict[tuple[str, str], int] = {}
    kept = []
    id_col = columns.get("id_number", (0, N_("身份证号")))[1]
    x_col = columns.get("xueji_no", (0, N_("学籍号")))[1]
    for rec in records:
        row = rec["row_no"]
        idn, xj = rec["id_number"], rec["xueji_no"]
        if idn and idn in first_id:
            issues.append(
                Issue(
                    row,
                    id_col,
                    Msg("与第{first}行的身份证号重复，本行未导入", first=first_id[idn]),
                    ERROR,
                    idn,
                )
            )
            rejected.add(row)
            continue
        if xj and xj in first_xueji:
            issues.append(
                Issue(
                    row,
                    x_col,
                    Msg("与第{first}行的学籍号重复，本行未导入", first=first_xueji[xj]),
                    ERROR,
                    xj,
                )
            )
            rejected.add(row)
            continue
        if idn:
            first_id[idn] = row
        if xj:
            first_xueji[xj] = row
        person = (rec["name"], rec["birth_date"] or "")
        if not idn and person[1]:
            if person in first_person:
                issues.append(
                    Issue(
                        row,
                        "",
                        Msg(
                            "与第{first}行姓名和出生日期相同（都没有身份证号），请核实是否重复",
                            first=first_person[person],
                        ),
                        WARNING,
                    )
                )
            first_person.setdefault(person, row)
        kept.append(rec)
    return kept


def lookups_from(conn: Any) -> Lookups:
    """Schools and places of the county, from the database (read-only)."""
    lk = Lookups()
    for r in conn.execute("SELECT id, name, code, system FROM schools WHERE deleted=0"):
        lk.schools[school_key(r["name"])] = (r["id"], r["system"])
        if r["code"]:
            lk.school_codes[r["code"]] = r["name"]
    for r in conn.execute("SELECT code, name, official_name, level FROM regions"):
        if r["level"] == "township":
            for n in place_variants(r["name"]) | place_variants(r["official_name"]):
                lk.townships.setdefault(n, r["code"])
        elif r["level"] == "village":
            for n in place_variants(r["name"]) | place_variants(r["official_name"]):
                lk.villages.setdefault(n, [])
                if r["code"] not in lk.villages[n]:
                    lk.villages[n].append(r["code"])
    return lk
