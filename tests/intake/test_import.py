"""Importing messy rosters: the validation report, what is stored, all-or-nothing, presets."""

import datetime as dt
import json
import sqlite3

import pytest
from messy_sheets import PEOPLE, id_number, messy_xueji, simple_sheet

from desktop.domain.errors import UserError
from desktop.intake.importer import check, commit, open_roster, prepare
from desktop.intake.readers import FileUnreadable

TABLES = (
    "children", "enrolments", "schools", "guardians", "changes", "roster_batches", "roster_rows",
    "roster_presets", "audit",
)  # fmt: skip


def counts(store):
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_messy_xueji_roster_report_and_what_is_stored(store, tmp_path):
    path = tmp_path / "学籍名册.xlsx"
    expect = messy_xueji(path)
    plan = prepare(store, path, kind="xueji", term="2026-2027-1")
    assert plan.header.rows == [3, 4]
    c = plan.counts()
    assert c["rows"] == 9 and c["valid"] == 5 and c["rejected"] == 4
    errors = {i.row: i for i in plan.issues if i.level == "error"}
    assert set(errors) == set(expect["bad"])
    for row, needle in expect["bad"].items():
        assert any(n in errors[row].reason for n in needle.split("|")), errors[row].line()
    assert errors[8].column.startswith("D列") and "身份证号码" in errors[8].column
    assert "与第6行的身份证号重复" in errors[13].reason
    warnings = [i for i in plan.issues if i.level == "warning"]
    assert any("将新建该学校" in w.reason for w in warnings)
    lines = [i.line() for i in plan.issues]
    assert lines[1].startswith("第8行 D列（学生信息/身份证号码）：身份证号在表格中被存成了数字")

    before = counts(store)
    result = commit(store, plan)
    after = counts(store)
    assert result.imported == 5 and result.children_created == 5 and result.schools_created == 1
    assert after["children"] - before["children"] == 5
    assert after["enrolments"] - before["enrolments"] == 5
    assert after["roster_rows"] - before["roster_rows"] == 5
    # every created record is in the change log (create ops), so sync carries them
    ops = store.conn.execute(
        "SELECT entity, count(*) FROM changes WHERE kind='c' GROUP BY entity"
    ).fetchall()
    created = dict((r[0], r[1]) for r in ops)
    assert created["children"] == 5 and created["enrolments"] == 5 and created["schools"] == 1
    # the rows as stored: IDs normalised, dates from every spelling, names without spaces
    rows = {r["id_number"]: r for r in store.conn.execute("SELECT * FROM children WHERE deleted=0")}
    assert set(rows) == set(expect["good"].values())
    li = rows[expect["ids"][1]]
    assert li["name"] == "李小红" and li["birth_date"] == "2015-06-18" and li["grade"] == "7"
    assert li["village_code"] == "522633100207" and li["ethnicity"] == "06"
    assert li["xueji_no"] == "G" + expect["ids"][1]
    assert rows[expect["ids"][6]]["birth_date"] == PEOPLE[6][2].isoformat()  # from a serial
    school = store.conn.execute("SELECT * FROM schools").fetchone()
    assert school["name"] == "丙妹镇中心小学" and school["township_code"] == "522633100000"
    enrol = store.conn.execute("SELECT DISTINCT term, status, school_id FROM enrolments").fetchall()
    assert [tuple(e) for e in enrol] == [("2026-2027-1", "enrolled", school["id"])]
    assert (
        result.backup_path
        and sqlite3.connect(result.backup_path)
        .execute("SELECT count(*) FROM children")
        .fetchone()[0]
        == before["children"]
    )
    batch = store.conn.execute("SELECT * FROM roster_batches").fetchone()
    assert batch["rows_imported"] == 5 and batch["rows_rejected"] == 4
    assert len(json.loads(batch["report"])) == len(plan.issues)
    assert store.conn.execute("SELECT action FROM audit WHERE action='import_roster'").fetchone()


def test_reimport_changes_only_what_changed_through_the_change_log(store, tmp_path):
    first = tmp_path / "秋季.xlsx"
    birth = dt.date(2014, 3, 5)
    idn = id_number(birth, 1)
    header = ["姓名", "身份证号", "学校", "年级", "班级"]
    simple_sheet(first, header, [["张三", idn, "丙妹中学", "七年级", "1班"]])
    commit(store, prepare(store, first, kind="xueji", term="2026-2027-1"))
    again = commit(store, prepare(store, first, kind="xueji", term="2026-2027-1"))
    assert again.children_unchanged == 1 and again.children_updated == 0
    moved = tmp_path / "调班.xlsx"
    simple_sheet(moved, header, [["张三", idn, "丙妹中学", "七年级", "3班"]])
    result = commit(store, prepare(store, moved, kind="xueji", term="2026-2027-1"))
    assert result.children_updated == 1 and result.enrolments_updated == 1
    sets = store.conn.execute(
        "SELECT entity, field, value FROM changes WHERE kind='s' ORDER BY seq"
    ).fetchall()
    assert [(s[0], s[1], json.loads(s[2])) for s in sets] == [
        ("children", "class_name", "3班"),
        ("enrolments", "class_name", "3班"),
    ]


def test_a_broken_file_writes_nothing(store, tmp_path):
    good = tmp_path / "好.xlsx"
    simple_sheet(good, ["姓名", "身份证号"], [["张三", id_number(dt.date(2014, 3, 5), 1)]])
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(good.read_bytes()[:900])
    before = counts(store)
    with pytest.raises(FileUnreadable, match="损坏或不完整"):
        prepare(store, broken, kind="hukou")
    assert counts(store) == before
    assert not list((tmp_path / "kcbx-data").glob("backups/*"))


def test_cancelling_midway_leaves_nothing_behind(store, tmp_path):
    """All valid rows in one transaction or none: a cancel after the first rows rolls back."""
    path = tmp_path / "大名册.xlsx"
    rows = [
        [f"学生{i}", id_number(dt.date(2014, 1 + i % 12, 1 + i % 28), i), "丙妹中学", "七年级", ""]
        for i in range(2500)
    ]
    simple_sheet(path, ["姓名", "身份证号", "学校", "年级", "班级"], rows)
    plan = prepare(store, path, kind="xueji")
    before = counts(store)

    class Cancel(Exception):
        pass

    class CancelAt:
        def set(self, done, total=0, text=""):
            self.done = done

        def check(self):
            if getattr(self, "done", 0) >= 1000:  # after 2000 rows were written
                raise Cancel

    with pytest.raises(Cancel):
        commit(store, plan, progress=CancelAt())
    assert counts(store) == before
    # the store still works, with no gap in its op numbers
    commit(store, plan)
    seqs = [r[0] for r in store.conn.execute("SELECT origin_seq FROM changes ORDER BY origin_seq")]
    assert seqs == list(range(1, len(seqs) + 1))


def test_a_row_the_store_refuses_stops_the_whole_roster_and_names_the_row(store, tmp_path):
    """A row refused while the roster is written (here the security layer refuses changing
    a child) leaves the file as it was, and the message names the row and the reason."""
    path = tmp_path / "秋季.xlsx"
    header = ["姓名", "身份证号", "学校", "年级", "班级"]
    idn = id_number(dt.date(2014, 3, 5), 1)
    simple_sheet(path, header, [["张三", idn, "丙妹中学", "七年级", "1班"]])
    commit(store, prepare(store, path, kind="xueji", term="2026-2027-1"))
    moved = tmp_path / "调班.xlsx"
    simple_sheet(moved, header, [["张三", idn, "丙妹中学", "七年级", "3班"]])
    plan = prepare(store, moved, kind="xueji", term="2026-2027-1")
    before = counts(store)

    def permit(_store, verb, entity, _row):
        if verb == "update" and entity == "children":
            raise UserError("这条记录不在您负责的范围内")

    store.permit = permit
    with pytest.raises(UserError) as refused:
        commit(store, plan)
    store.permit = None
    assert str(refused.value) == "第2行：这条记录不在您负责的范围内（整个名册未导入）"
    assert counts(store) == before


def test_missing_required_columns_are_named(store, tmp_path):
    path = tmp_path / "缺列.xlsx"
    simple_sheet(path, ["姓名", "性别", "备注"], [["张三", "男", ""]])
    with pytest.raises(UserError, match="身份证号或出生日期") as err:
        prepare(store, path, kind="hukou")
    assert "姓名、性别、备注" in str(err.value)


def test_mapping_is_confirmed_and_saved_as_preset(store, tmp_path):
    idn = id_number(dt.date(2013, 5, 2), 7)
    first = tmp_path / "户籍1.xlsx"
    simple_sheet(
        first,
        ["户主", "人员姓名", "号码", "住址"],
        [["王父", "王小明", idn, "岜沙村3组"]],
        title="户籍人口",
    )
    plan = open_roster(store, first, kind="hukou")
    assert plan.header.rows == [2]
    assert 2 not in plan.header.mapping  # "号码" is not recognised on its own
    plan.set_mapping({"号码": "id_number", "住址": "hukou_address"})
    commit(store, check(store, plan))
    # the next 户籍 file with the same headers in another order maps by itself
    second = tmp_path / "户籍2.xlsx"
    simple_sheet(
        second, ["号码", "人员姓名", "住址", "户主"], [[idn, "王小明", "岜沙村4组", "王父"]]
    )
    plan2 = open_roster(store, second, kind="hukou")
    assert plan2.preset == "kind"
    assert plan2.header.mapping[0] == "id_number" and plan2.header.mapping[2] == "hukou_address"
    assert open_roster(store, first, kind="hukou").preset == "exact"


def test_registry_rosters_update_only_what_they_own(store, tmp_path):
    idn = id_number(dt.date(2014, 3, 5), 1)
    xj = tmp_path / "学籍.xlsx"
    simple_sheet(xj, ["姓名", "身份证号", "学校", "年级"], [["张三", idn, "丙妹中学", "七年级"]])
    commit(store, prepare(store, xj, kind="xueji"))
    hk = tmp_path / "户籍.csv"
    lines = [
        "公民身份号码,姓名,乡镇,村,户籍地址",
        f"{idn},张三,丙妹镇,岜沙村,岜沙村5组12号",
        f"{id_number(dt.date(2015, 1, 9), 3)},李四,丙妹镇,岜沙村,岜沙村1组",
    ]
    hk.write_bytes("\n".join(lines).encode("gbk"))
    result = commit(store, prepare(store, hk, kind="hukou"))
    assert result.matched == 1 and result.unmatched == 1 and result.children_updated == 1
    child = store.conn.execute("SELECT * FROM children WHERE id_number=?", (idn,)).fetchone()
    assert child["hukou_address"] == "岜沙村5组12号" and child["hukou_code"] == "522633100207"
    assert (
        store.conn.execute("SELECT count(*) FROM children").fetchone()[0] == 1
    )  # 户籍 adds no child
    pv = tmp_path / "监测.xlsx"
    simple_sheet(pv, ["证件号码", "成员姓名", "监测对象类别"], [[idn, "张三", "脱贫户"]])
    commit(store, prepare(store, pv, kind="poverty"))
    child = store.conn.execute(
        "SELECT flags, grade FROM children WHERE id_number=?", (idn,)
    ).fetchone()
    assert json.loads(child["flags"]) == ["poverty_registered"] and child["grade"] == "7"


def test_rows_without_id_match_by_name_and_birth_date(store, tmp_path):
    birth = dt.date(2016, 1, 9)
    xj = tmp_path / "学籍.xlsx"
    simple_sheet(
        xj,
        ["姓名", "全国学籍号", "出生日期", "学校", "年级"],
        [["赵六", f"L522633{birth:%Y%m%d}0001", "2016.1.9", "丙妹中心小学", "五年级"]],
    )
    commit(store, prepare(store, xj, kind="xueji"))
    al = tmp_path / "适龄.xlsx"
    simple_sheet(
        al,
        ["儿童姓名", "出生日期", "身份证号"],
        [["赵六", "2016年1月9日", None], ["钱七", None, None]],
    )
    plan = prepare(store, al, kind="age_list")
    assert plan.counts()["valid"] == 1 and plan.counts()["rejected"] == 1
    assert plan.matches[0].how == "name_birth"
    assert any("只能按姓名和出生日期比对" in i.reason for i in plan.issues)


def test_reading_a_long_file_reports_progress_and_can_be_cancelled(store, tmp_path):
    path = tmp_path / "长名单.xlsx"
    rows = [[f"学生{i}", id_number(dt.date(2014, 1 + i % 12, 1 + i % 28), i)] for i in range(12000)]
    simple_sheet(path, ["姓名", "身份证号"], rows)

    class Stop(Exception):
        pass

    class Watch:
        def __init__(self, stop_at):
            self.texts, self.stop_at = [], stop_at

        def set(self, done, total=0, text=""):
            self.texts.append(text)

        def check(self):
            if len(self.texts) >= self.stop_at:
                raise Stop

    seen = Watch(stop_at=10**9)
    plan = open_roster(store, path, kind="age_list", progress=seen)
    assert "正在读取文件：已读 10000 行" in seen.texts and plan.header.rows == [1]
    with pytest.raises(Stop):
        open_roster(store, path, kind="age_list", progress=Watch(stop_at=1))
