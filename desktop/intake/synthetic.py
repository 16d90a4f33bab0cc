"""Synthetic registry rosters drawn from a (demo) database, for benchmarks, tests and training.

`write_registry_roster` writes what a police 户籍 export or a 防返贫 list would look like for
the children in the database, plus children the 学籍 system has never seen (the ones the
comparison must find), with the usual mess (title row, a number-formatted ID column for some
rows). Only synthetic people: the database must be a demo database.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from desktop.domain.ids import id_check_char
from desktop.store.repo import Store

HUKOU_HEADER = [
    "序号",
    "户号",
    "姓名",
    "与户主关系",
    "性别",
    "民族",
    "公民身份号码",
    "出生日期",
    "乡镇（街道）",
    "村（社区）",
    "户籍地址",
]
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭潘吴石龙杨"
_GIVEN = "明华丽强军敏静伟芳娜秀英杰涛超勇艳磊洋霞平刚桂兰红玉梅兵"


def write_registry_roster(
    store: Store,
    path: str | Path,
    *,
    kind: str = "hukou",
    limit: int | None = None,
    missing: int = 0,
    numeric_ids: int = 0,
    skip_ids: frozenset[str] = frozenset(),
    seed: int = 1,
) -> dict[str, Any]:
    """Write an xlsx roster of the database's children (up to `limit`) plus `missing` extra
    school-age children that are not in the database, and `numeric_ids` rows whose ID is a
    number cell (digits lost); children in `skip_ids` are left out. Returns the extra
    children's ID numbers."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    county = str(store.setting("county.code") or "522633")[:6]
    regions = {r[0]: r[1] for r in store.conn.execute("SELECT code, name FROM regions")}
    villages = [r[0] for r in store.conn.execute("SELECT code FROM regions WHERE level='village'")]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("户籍人口")
    title = "户籍人口信息（0-17周岁）" if kind == "hukou" else "防返贫监测对象家庭成员名单"
    ws.append([f"{store.setting('county.name') or ''}{title}"])
    ws.append(HUKOU_HEADER + (["监测对象类别", "在校生状况"] if kind == "poverty" else []))
    sql = (
        "SELECT name, sex, ethnicity, id_number, birth_date, township_code, village_code,"
        " hukou_address FROM children WHERE deleted=0 AND id_number != ''"
        f" AND hukou_code LIKE '{county}%'"
    )
    if kind == "poverty":
        sql += " AND (flags LIKE '%poverty_registered%' OR flags LIKE '%monitored%' OR flags LIKE '%dibao%')"
    if limit:
        sql += f" LIMIT {int(limit)}"
    n = 0
    from desktop.domain import codes

    for r in store.conn.execute(sql):
        if r["id_number"] in skip_ids:
            continue
        n += 1
        birth = dt.date.fromisoformat(r["birth_date"])
        id_cell: Any = r["id_number"]
        if n <= numeric_ids:
            id_cell = float(r["id_number"][:17] + "0")  # what Excel keeps of a number cell
        row = [
            n,
            f"H{n:07d}",
            r["name"],
            "子" if r["sex"] == "男" else "女",
            r["sex"],
            codes.ETHNICITIES.label(r["ethnicity"]),
            id_cell,
            birth.strftime("%Y.%m.%d"),
            regions.get(r["township_code"], ""),
            regions.get(r["village_code"], ""),
            r["hukou_address"],
        ]
        if kind == "poverty":
            row += [rng.choice(["脱贫户", "监测户（边缘易致贫户）", "脱贫不稳定户"]), "在校"]
        ws.append(row)
    extra_ids = []
    today = dt.date.today()
    for i in range(missing):
        sex = rng.choice("男女")
        age = rng.randint(7, 15)
        birth = dt.date(today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        seq = rng.randint(500, 999) // 2 * 2 + (1 if sex == "男" else 0)
        first17 = f"{county}{birth:%Y%m%d}{seq:03d}"
        idno = first17 + id_check_char(first17)
        extra_ids.append(idno)
        village = rng.choice(villages)
        n += 1
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))
        row = [
            n,
            f"H{n:07d}",
            name,
            "子" if sex == "男" else "女",
            sex,
            "苗族",
            idno,
            birth.strftime("%Y年%m月%d日"),
            regions.get(village[:9] + "000", ""),
            regions.get(village, ""),
            f"{regions.get(village, '')}{i % 9 + 1}组",
        ]
        if kind == "poverty":
            row += ["脱贫户", "辍学" if i % 2 else ""]
        ws.append(row)
    wb.save(str(path))
    return {"rows": n, "extra_ids": extra_ids}


XUEJI_HEADER = [
    "序号",
    "学生姓名",
    "性别",
    "身份证件号码",
    "全国学籍号",
    "出生日期",
    "民族",
    "学校名称",
    "年级",
    "班级",
    "学籍状态",
]


def write_xueji_roster(store: Store, path: str | Path, *, limit: int | None = None) -> int:
    """Write the database's enrolled children as a 学籍 system export (title row, text IDs)."""
    from openpyxl import Workbook

    from desktop.domain import codes

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("学生名册")
    ws.append([f"{store.setting('county.name') or ''}在校学生名册"])
    ws.append(XUEJI_HEADER)
    sql = (
        "SELECT ch.name, ch.sex, ch.id_number, ch.xueji_no, ch.birth_date, ch.ethnicity, s.name AS school,"
        " e.grade, e.class_name FROM enrolments e JOIN children ch ON ch.id = e.child_id"
        " JOIN schools s ON s.id = e.school_id WHERE e.deleted = 0 AND e.status = 'enrolled'"
        " ORDER BY s.name, e.grade, ch.seq"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    n = 0
    for r in store.conn.execute(sql):
        n += 1
        ws.append(
            [
                n,
                r["name"],
                r["sex"],
                r["id_number"],
                r["xueji_no"],
                r["birth_date"],
                codes.ETHNICITIES.label(r["ethnicity"]),
                r["school"],
                codes.GRADES.label(r["grade"]),
                r["class_name"],
                "在读",
            ]
        )
    wb.save(str(path))
    return n
