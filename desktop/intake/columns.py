"""Which row holds the header, and which column holds which field.

Real rosters put one or more title rows above the header ("从江县2026年秋季学期学生名册",
"填报单位：…"), use two-row headers with merged group cells ("学生信息" over 姓名/性别/身份证号,
"监护人信息" over 姓名/电话), spell the same column many ways (身份证号/身份证号码/公民身份号码/
证件号码…), repeat the header on every printed page, and end with 合计 and 填表人 lines.
`detect()` finds the header rows and proposes a mapping; the user confirms it (and it is saved
as a preset for the source, see `intake.presets`).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.text import N_, Msg
from desktop.intake.readers import Grid
from desktop.intake.values import text

KINDS: dict[str, str] = {
    "xueji": N_("学籍名册"),
    "hukou": N_("户籍名册"),
    "poverty": N_("防返贫监测名单"),
    "age_list": N_("适龄儿童名单"),
}


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    synonyms: tuple[str, ...]


FIELDS: tuple[Field, ...] = (
    Field(
        "id_number",
        N_("身份证号"),
        (
            "身份证号",
            "身份证号码",
            "公民身份号码",
            "公民身份证号码",
            "公民身份证号",
            "证件号码",
            "证件号",
            "身份证件号",
            "身份证件号码",
            "身份证",
            "居民身份证号",
            "居民身份证号码",
            "学生身份证号",
            "学生身份证号码",
            "儿童身份证号",
            "儿童身份证号码",
            "身份号码",
            "成员身份证号",
            "成员证件号码",
            "人员身份证号",
            "身份证件号码(学生)",
        ),
    ),
    Field(
        "name",
        N_("姓名"),
        (
            "姓名",
            "学生姓名",
            "儿童姓名",
            "名字",
            "人员姓名",
            "成员姓名",
            "户成员姓名",
            "子女姓名",
            "适龄儿童姓名",
            "学生名字",
            "儿童少年姓名",
            "学生",
            "被监测人姓名",
        ),
    ),
    Field("sex", N_("性别"), ("性别", "学生性别", "儿童性别", "性别(男/女)")),
    Field(
        "birth_date",
        N_("出生日期"),
        ("出生日期", "出生年月", "出生年月日", "生日", "出生时间", "出生日期(年月日)"),
    ),
    Field(
        "xueji_no",
        N_("学籍号"),
        (
            "全国学籍号",
            "学籍号",
            "国家学籍号",
            "学生学籍号",
            "个人标识码",
            "学籍辅号",
            "全国学籍号码",
        ),
    ),
    Field("ethnicity", N_("民族"), ("民族", "民族名称")),
    Field(
        "school",
        N_("学校"),
        (
            "学校",
            "学校名称",
            "就读学校",
            "所在学校",
            "在读学校",
            "学校(单位)",
            "在校名称",
            "就读学校名称",
        ),
    ),
    Field("school_code", N_("学校标识码"), ("学校标识码", "学校代码", "学校编码")),
    Field("grade", N_("年级"), ("年级", "就读年级", "在读年级", "年级名称", "所在年级")),
    Field("class_name", N_("班级"), ("班级", "班级名称", "班号", "所在班级", "班")),
    Field(
        "status",
        N_("学籍状态"),
        ("学籍状态", "在校状态", "就读状态", "学生状态", "在籍状态"),
    ),
    Field(
        "township",
        N_("乡镇"),
        (
            "乡镇",
            "乡(镇)",
            "乡镇(街道)",
            "所属乡镇",
            "乡镇名称",
            "乡镇街道",
            "乡(镇、街道)",
            "乡镇(办事处)",
            "镇",
            "乡",
        ),
    ),
    Field(
        "village",
        N_("村（社区）"),
        (
            "村",
            "村(社区)",
            "行政村",
            "村名",
            "所属村",
            "村委会",
            "村(居)",
            "村居",
            "社区",
            "行政村(社区)",
        ),
    ),
    Field(
        "address",
        N_("住址"),
        (
            "家庭住址",
            "现住址",
            "住址",
            "居住地址",
            "家庭地址",
            "现居住地",
            "现居住地址",
            "详细地址",
        ),
    ),
    Field(
        "hukou_address",
        N_("户籍地址"),
        ("户籍地址", "户口所在地", "户籍所在地", "户籍地", "户籍住址", "户口地址", "户籍所在地址"),
    ),
    Field(
        "guardian_name",
        N_("监护人"),
        ("监护人", "监护人姓名", "家长姓名", "家长", "父亲姓名", "户主姓名", "户主"),
    ),
    Field(
        "guardian_phone",
        N_("监护人电话"),
        (
            "监护人电话",
            "监护人联系电话",
            "监护人手机",
            "监护人手机号",
            "家长电话",
            "家长联系电话",
            "联系电话",
            "电话",
            "手机号",
            "手机号码",
            "联系方式",
            "手机",
            "电话号码",
            "户主电话",
        ),
    ),
    Field(
        "guardian_id", N_("监护人身份证号"), ("监护人身份证号", "监护人身份证号码", "户主身份证号")
    ),
    Field(
        "category",
        N_("户类型/监测类别"),
        (
            "户类型",
            "人口类型",
            "监测对象类别",
            "监测对象类型",
            "帮扶对象类型",
            "脱贫户类型",
            "监测类型",
            "贫困户属性",
            "户属性",
            "人员类别",
            "家庭类别",
            "是否脱贫户",
            "是否监测对象",
            "是否建档立卡",
            "标识",
            "类别",
            "困难类型",
        ),
    ),
    Field("disability", N_("残疾类别"), ("残疾类别", "残疾类型", "是否残疾", "残疾情况", "残疾")),
    Field(
        "in_school",
        N_("在校生状况"),
        (
            "在校生状况",
            "在校情况",
            "就学状况",
            "就读情况",
            "是否在校",
            "就学情况",
            "在校生状态",
            "受教育情况",
        ),
    ),
    Field("relation", N_("与户主关系"), ("与户主关系", "与户主的关系", "家庭关系")),
    Field("household_no", N_("户编号"), ("户编号", "户号", "家庭编号")),
    Field("seq", N_("序号"), ("序号", "编号", "No", "No.", "序")),
    Field("remark", N_("备注"), ("备注", "说明")),
)

FIELD_BY_KEY = {f.key: f for f in FIELDS}
IGNORE = ""  # mapping value of a column not imported

# What each kind needs; "a|b" means one of them.
REQUIRED: dict[str, tuple[str, ...]] = {
    "xueji": ("name", "id_number|xueji_no", "school", "grade"),
    "hukou": ("name", "id_number|birth_date"),
    "poverty": ("name", "id_number|birth_date"),
    "age_list": ("name", "id_number|birth_date"),
}

_PUNCT = re.compile(r"[\s*＊:：·•、，,。.\-_/\\|（）()【】\[\]{}<>《》\"'“”‘’#№]+")
_BRACKETED = re.compile(r"[（(【\[].*?[）)】\]]")


def norm_label(value: Any) -> str:
    """A header label in comparable form: no spaces, punctuation or case."""
    return _PUNCT.sub("", text(value)).lower()


_SYNONYMS: dict[str, str] = {}
for _f in FIELDS:
    for _s in (_f.label, *_f.synonyms):
        _SYNONYMS.setdefault(norm_label(_s), _f.key)

_GUARDIAN_PARENTS = ("监护人", "家长", "父亲", "母亲", "户主", "法定监护人", "父母")
_GUARDIAN_CHILD = {
    "姓名": "guardian_name",
    "名字": "guardian_name",
    "电话": "guardian_phone",
    "联系电话": "guardian_phone",
    "手机": "guardian_phone",
    "手机号": "guardian_phone",
    "手机号码": "guardian_phone",
    "联系方式": "guardian_phone",
    "身份证号": "guardian_id",
    "身份证号码": "guardian_id",
    "公民身份号码": "guardian_id",
}
_GROUP_WORDS = ("基本信息", "信息", "情况", "基本情况", "学生", "儿童", "个人")


def _contains_rule(label: str) -> str | None:
    person = any(p in label for p in ("监护人", "家长", "父亲", "母亲", "户主"))
    if ("身份证" in label or "身份号码" in label or "证件号" in label) and not person:
        return "id_number"
    if "学籍号" in label:
        return "xueji_no"
    if "出生" in label and ("日期" in label or "年月" in label):
        return "birth_date"
    if "户籍" in label and ("地址" in label or "所在" in label):
        return "hukou_address"
    if person and ("电话" in label or "手机" in label):
        return "guardian_phone"
    return None


def lookup(label: Any) -> str | None:
    """The field a single header label names, or None."""
    n = norm_label(label)
    if not n:
        return None
    if n in _SYNONYMS:
        return _SYNONYMS[n]
    bare = norm_label(_BRACKETED.sub("", text(label)))
    if bare and bare in _SYNONYMS:
        return _SYNONYMS[bare]
    return _contains_rule(n)


def lookup_parts(parts: list[str]) -> str | None:
    """The field of a column whose header has several rows (group label above the name)."""
    parts = [p for p in parts if norm_label(p)]
    if not parts:
        return None
    if len(parts) == 1:
        return lookup(parts[0])
    parent, child = norm_label(parts[-2]), norm_label(parts[-1])
    if any(parent.startswith(g) for g in _GUARDIAN_PARENTS):
        hit = _GUARDIAN_CHILD.get(_BRACKETED.sub("", child))
        if hit:
            return hit
    combined = lookup("".join(parts[-2:]))
    if combined:
        return combined
    stripped = parent
    for word in _GROUP_WORDS:
        stripped = stripped.replace(word, "")
    if not stripped or any(g in parent for g in _GROUP_WORDS):
        return lookup(parts[-1])
    return lookup(parts[-1]) or lookup(parts[-2])


# --- header detection --------------------------------------------------------------------


@dataclass
class Header:
    """Where the header is and what the columns hold."""

    rows: list[int]  # 1-based row numbers of the header rows
    labels: list[str]  # one display label per column ("监护人信息/姓名")
    parts: list[list[str]]
    mapping: dict[int, str] = field(default_factory=dict)  # 0-based column -> field key
    data_start: int = 0  # first data row (1-based)

    @functools.cached_property
    def part_set(self) -> frozenset[str]:
        """Every header text as written (to recognise a header repeated on a later page)."""
        return frozenset(p.strip() for parts in self.parts for p in parts if p.strip())

    @property
    def signature(self) -> str:
        """Identifies a header layout (same labels, same order), for presets."""
        joined = "|".join(norm_label(label) for label in self.labels)
        return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


_TITLE_HINT = re.compile(r"(名册|名单|花名册|台账|统计表|登记表|一览表|信息表|汇总表)$")
_DATA_HINT = re.compile(r"^\d{15,18}[\dXx]?$|^\d{4}[-./年]\d{1,2}")


def _merge_at(grid: Grid, row: int, col: int) -> tuple[int, int, int, int] | None:
    for m in grid.merges:
        if m[0] <= row <= m[2] and m[1] <= col <= m[3]:
            return m
    return None


def _row_score(grid: Grid, row: int) -> int:
    seen = set()
    for v in grid.rows[row - 1]:
        if isinstance(v, str):
            key = lookup(v)
            if key and key not in ("seq", "remark"):
                seen.add(key)
    return len(seen)


def _is_title_row(grid: Grid, row: int, width: int) -> bool:
    values = [v for v in grid.rows[row - 1] if v is not None]
    if len(values) <= 1:
        return True
    for m in grid.merges:
        if m[0] <= row <= m[2] and (m[3] - m[1] + 1) >= max(2, int(width * 0.8)):
            return True
    return False


def _looks_like_data(grid: Grid, row: int) -> bool:
    for v in grid.rows[row - 1]:
        if isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) > 1e6:
            return True
        if not isinstance(v, str) and v is not None:
            return True  # dates and numbers are data
        if isinstance(v, str) and _DATA_HINT.match(text(v)):
            return True
    return False


def _joins(grid: Grid, upper: int, lower: int, width: int) -> bool:
    """Do rows `upper` and `lower` form one header (merged group cells, or gaps filled below)?"""
    if upper < 1 or lower > len(grid.rows) or _is_title_row(grid, upper, width):
        return False
    if _looks_like_data(grid, lower) or _looks_like_data(grid, upper):
        return False
    for m in grid.merges:
        if m[0] <= upper and m[2] >= lower:  # a vertical merge across both rows
            return True
        group = m[0] == m[2] == upper and m[3] > m[1]  # a label over several columns
        if group and any(grid.cell(lower, c) is not None for c in range(m[1], m[3] + 1)):
            return True
    if not grid.merges:
        # No merge information (CSV): the upper row has gaps the lower row fills with labels.
        up, low = grid.rows[upper - 1], grid.rows[lower - 1]
        filled_gaps = sum(
            1
            for c in range(min(width, len(low)))
            if low[c] is not None and (c >= len(up) or up[c] is None) and lookup(low[c])
        )
        return filled_gaps >= 2 and _row_score(grid, lower) >= 2
    return False


def detect(grid: Grid, *, scan_rows: int = 30) -> Header:
    """Find the header rows and propose a column mapping (may be empty if nothing matched)."""
    width = grid.width
    limit = min(len(grid.rows), scan_rows)
    scores = [(_row_score(grid, r), -r) for r in range(1, limit + 1)]
    best_score, neg = max(scores, default=(0, -1))
    best = -neg
    if best_score < 2:
        # Nothing recognisable: take the first row that is not a title as the header.
        best = next((r for r in range(1, limit + 1) if not _is_title_row(grid, r, width)), 1)
    rows = [best]
    while len(rows) < 3 and _joins(grid, rows[0] - 1, rows[0], width):
        rows.insert(0, rows[0] - 1)
    while len(rows) < 3 and _joins(grid, rows[-1], rows[-1] + 1, width):
        rows.append(rows[-1] + 1)
    parts = [_column_parts(grid, rows, col) for col in range(1, width + 1)]
    labels = ["/".join(p) for p in parts]
    header = Header(rows=rows, labels=labels, parts=parts, data_start=rows[-1] + 1)
    header.mapping = auto_mapping(parts)
    return header


def _column_parts(grid: Grid, rows: list[int], col: int) -> list[str]:
    parts: list[str] = []
    for r in rows:
        v = grid.cell(r, col)
        if v is None:
            m = _merge_at(grid, r, col)
            if m is not None:
                v = grid.cell(m[0], m[1])
            elif not grid.merges and r != rows[-1]:
                # CSV two-row header: a group label spans to the right until the next label.
                c = col - 1
                while c >= 1 and grid.cell(r, c) is None:
                    c -= 1
                if c >= 1 and grid.cell(rows[-1], col) is not None:
                    v = grid.cell(r, c)
        label = text(v)
        if label and (not parts or parts[-1] != label):
            parts.append(label)
    return parts


def auto_mapping(parts: list[list[str]]) -> dict[int, str]:
    """Column -> field for recognised columns; a field claimed twice goes to its first column
    (the later one is left unmapped for the user to decide)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for col, p in enumerate(parts):
        key = lookup_parts(p)
        if key and key not in taken:
            mapping[col] = key
            if key not in ("seq", "remark"):
                taken.add(key)
    return mapping


def missing_required(kind: str, mapping: dict[int, str]) -> list[str]:
    """Labels of required fields the mapping lacks (e.g. ['身份证号或出生日期'])."""
    have = set(mapping.values())
    out = []
    for need in REQUIRED[kind]:
        options = need.split("|")
        if not any(o in have for o in options):
            labels = [FIELD_BY_KEY[o].label for o in options]
            either = labels[0]
            for other in labels[1:]:
                either = Msg("{one}或{other}", one=either, other=other)
            out.append(either)
    return out


_FOOTER = re.compile(
    r"^(填表|审核|制表|填报|负责人|单位负责人|校长签|主管领导|联系人|联系电话[:：]|日期[:：]|注[:：]|注\d|说明[:：]|备注[:：])"
)
_TOTAL = re.compile(r"^(合\s*计|总\s*计|小\s*计|共计)")


def skip_reason(grid: Grid, row: int, header: Header) -> str | None:
    """Why a row below the header is not a data row (None if it is one)."""
    values = grid.rows[row - 1]
    filled = [v for v in values if v is not None]
    if not filled:
        return "empty"
    first = text(filled[0])
    if isinstance(filled[0], str) and _TOTAL.match(first):
        return "total"
    if isinstance(filled[0], str) and _FOOTER.match(first) and len(filled) <= 6:
        return "footer"
    if isinstance(filled[0], str) and _TITLE_HINT.search(first) and len(filled) == 1:
        return "title"
    # A repeated header (printed pages) or a row of column numbers (1, 2, 3, …) under it.
    parts = header.part_set
    common = sum(1 for v in filled if isinstance(v, str) and v.strip() in parts)
    if common >= max(2, len(parts) // 2):
        return "header"
    numbers = [v for v in filled if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if len(filled) >= 3 and len(numbers) == len(filled):
        ints = [int(v) for v in numbers]
        if ints == list(range(ints[0], ints[0] + len(ints))) and ints[0] in (0, 1):
            return "column_numbers"
    if len(filled) >= 3 and all(
        isinstance(v, str) and re.fullmatch(r"[(（]?\d{1,2}[)）]?", v.strip()) for v in filled
    ):
        return "column_numbers"
    return None
