"""A school's absence sheet kept in Excel, imported into the register: messy dates and reasons,
rows that cannot be matched listed with their reason, nothing written for them."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from desktop.core.workbench import Refused
from desktop.domain import model
from desktop.domain.errors import UserError
from desktop.prevention import register, xlsx_import

TODAY = dt.date.today()
D1, D2 = TODAY - dt.timedelta(days=2), TODAY - dt.timedelta(days=1)


def sheet(path, kit):
    names = [kit.store.get("children", c)["name"] for c in kit.pupils[:3]]
    wb = Workbook()
    ws = wb.active
    ws.append(["城关第一小学学生缺勤登记表"])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["序号", "缺勤日期", "班级", "学生姓名", "缺勤原因", "备注"])
    ws.append([1, D1, "五年级1班", names[0], "病假", "发烧"])
    ws.append([2, f"{D1.year}年{D1.month}月{D1.day}日", "1班", names[1], "旷课", ""])
    ws.append([3, D2.strftime("%Y.%m.%d"), "1班", f" {names[1]} ", "无故", ""])
    ws.append([4, D2.isoformat(), "1班", names[2], "", "未说明原因"])
    ws.append([5, D2.isoformat(), "1班", "查无此人", "事假", ""])
    ws.append([6, D2.isoformat(), "1班", names[0], "迟到", ""])
    ws.append([7, "2026年", "1班", names[0], "病假", ""])
    ws.append([8, (TODAY + dt.timedelta(days=1)).isoformat(), "1班", names[0], "病假", ""])
    ws.append([9, D1, "1班", names[0], "病假", "重复"])
    ws.append([])
    wb.save(path)
    return names


def test_a_messy_absence_sheet_is_checked_then_imported(kit, tmp_path):
    path = tmp_path / "缺勤登记.xlsx"
    sheet(path, kit)
    bench = kit.teacher()
    preview = xlsx_import.check(bench, path, school_id=kit.school_a, today=TODAY)
    got = [(r.line, r.child_id, r.on, r.reason) for r in preview.rows]
    assert got == [
        (4, kit.pupils[0], D1, "sick"),
        (5, kit.pupils[1], D1, "unexplained"),
        (6, kit.pupils[1], D2, "unexplained"),
        (7, kit.pupils[2], D2, "unknown"),
    ]
    problems = dict(preview.problems)
    assert "没有“查无此人”" in problems[8]
    assert "迟到" in problems[9]
    assert "无法识别" in problems[10]
    assert "今天以后" in problems[11]
    assert "重复" in problems[12]
    assert kit.store.conn.execute("SELECT count(*) FROM absences").fetchone()[0] == 0
    assert preview.summary().startswith("可导入缺勤记录4条（2天）")
    xlsx_import.apply(bench, preview)
    assert register.day_marks(bench, kit.key, D1) == {
        kit.pupils[0]: "sick",
        kit.pupils[1]: "unexplained",
    }
    assert register.day_marks(bench, kit.key, D2) == {
        kit.pupils[1]: "unexplained",
        kit.pupils[2]: "unknown",
    }
    note = kit.store.get("absences", register.absence_id(kit.pupils[0], D1))["note"]
    assert note == "发烧"
    # imported twice: the same records, nothing doubled
    xlsx_import.apply(bench, xlsx_import.check(bench, path, school_id=kit.school_a, today=TODAY))
    assert kit.store.conn.execute("SELECT count(*) FROM absences").fetchone()[0] == 4


def test_same_names_need_the_class_and_other_schools_are_refused(kit, tmp_path):
    twin = kit.store.get("children", kit.pupils[0])["name"]
    kit.store.create(
        "children",
        model.Child(
            name=twin,
            township_code=kit.township_a,
            school_id=kit.school_a,
            grade="3",
            class_name="2班",
        ),
    )
    wb = Workbook()
    ws = wb.active
    ws.append(["日期", "姓名", "原因"])
    ws.append([D1.isoformat(), twin, "病假"])
    path = tmp_path / "a.xlsx"
    wb.save(path)
    preview = xlsx_import.check(kit.teacher(), path, school_id=kit.school_a, today=TODAY)
    assert preview.rows == [] and "2名学生" in preview.problems[0][1]
    with pytest.raises(Refused):
        xlsx_import.check(kit.teacher(kit.school_b), path, school_id=kit.school_a, today=TODAY)


def test_a_sheet_without_the_columns_says_so(kit, tmp_path):
    wb = Workbook()
    wb.active.append(["学校", "人数"])
    path = tmp_path / "b.xlsx"
    wb.save(path)
    with pytest.raises(UserError, match=r"日期.*姓名"):
        xlsx_import.check(kit.teacher(), path, school_id=kit.school_a, today=TODAY)
