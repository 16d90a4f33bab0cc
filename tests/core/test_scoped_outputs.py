"""A teacher's account gets nothing outside its school, from any command: documents (issued,
draft, blank, reprinted, the register), area forms, reports, comparison lists. The commands
sign in like the others (KCBX_USER / KCBX_PASSWORD) and read through the Workbench, with the
signed-in account's scope."""

from __future__ import annotations

import sqlite3

import pytest
from openpyxl import load_workbook

from desktop.domain.errors import UserError


def query(county, sql: str, *params) -> list[tuple]:
    conn = sqlite3.connect(county["path"])
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def names(county, *, mine: bool, column: str = "name", states: tuple[str, ...] = ()) -> set[str]:
    """A column of the children with a case inside (mine) or outside the teacher's school."""
    where = "c.school_id IS ?" if mine else "c.school_id IS NOT ?"
    sql = (
        f"SELECT ch.{column} FROM cases c JOIN children ch ON ch.id=c.child_id"
        f" WHERE c.deleted=0 AND ch.{column} != '' AND {where}"
    )
    if states:
        sql += f" AND c.state IN ({','.join('?' * len(states))})"
    return {r[0] for r in query(county, sql, county["school"], *states)}


def only_outside(county, *, column: str = "name", **kw) -> set[str]:
    """Values found only outside the school (a name shared with a pupil proves nothing)."""
    inside = {
        r[0]
        for r in query(
            county, f"SELECT {column} FROM children WHERE school_id IS ?", county["school"]
        )
    }
    return names(county, mine=False, column=column, **kw) - inside


def pdf_text(path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as doc:
        return "".join((p.extract_text() or "").replace("\n", "") for p in doc.pages)


@pytest.mark.parametrize("mode", ["--draft", "--blank", None])
def test_a_teacher_prints_no_form_of_another_schools_case(county, kcbx, tmp_path, mode):
    out = tmp_path / "文书.pdf"
    _, other = county["other"]
    extra = [mode] if mode else []
    code, _, err = kcbx("teacher", "form", "home_visit", "--case", other, *extra, "--out", str(out))
    assert code == 1 and "不在您负责的范围内" in err
    assert not out.exists()
    _, mine = county["mine"]
    code, _, err = kcbx(
        "teacher", "form", "home_visit", "--case", mine, "--blank", "--out", str(out)
    )
    assert code == 0, err
    assert out.exists()


def test_area_forms_list_only_the_schools_children(county, kcbx, tmp_path):
    out = tmp_path / "台账.pdf"
    township = ("--township", county["township"])  # the school's township: other schools too

    def ledger(username: str) -> str:
        code, _, err = kcbx(
            username, "form", "ledger_dropout", *township, "--draft", "--out", str(out)
        )
        assert code == 0, err
        return pdf_text(out)  # names wrap in their narrow column: ID numbers are read whole

    text = ledger("teacher")
    mine = names(county, mine=True, column="id_number", states=("persuading",))
    assert any(n in text for n in mine)
    outside = {
        r[0]
        for r in query(
            county,
            "SELECT ch.id_number FROM cases c JOIN children ch ON ch.id=c.child_id"
            " WHERE c.deleted=0 AND c.state='persuading' AND c.township_code=?"
            " AND c.school_id IS NOT ?",
            county["township"],
            county["school"],
        )
    }
    assert outside and not [n for n in outside if n in text]
    # The county administrator's ledger of the township has them (the check above can fail).
    admin = ledger("admin")
    assert [n for n in outside if n in admin]


def test_the_register_and_reprints_stay_in_the_school(county, kcbx, tmp_path):
    _, other = county["other"]
    out = tmp_path / "通知书.pdf"
    code, printed, err = kcbx("admin", "form", "home_visit", "--case", other, "--out", str(out))
    assert code == 0, err
    number = printed.split("已出具 ", 1)[1].split("：", 1)[0]
    code, listed, _ = kcbx("admin", "form", "--issued")
    assert code == 0 and number in listed
    code, listed, _ = kcbx("teacher", "form", "--issued")
    assert code == 0 and number not in listed
    again = tmp_path / "重印.pdf"
    code, _, err = kcbx("teacher", "form", "--reprint", number, "--out", str(again))
    assert code == 1 and not again.exists()
    assert "不在您的工作范围内" in err


def test_a_teachers_report_names_only_the_schools_children(county, kcbx, tmp_path):
    out = tmp_path / "报表.xlsx"

    def listed(username: str) -> str:
        code, _, err = kcbx(username, "report", "--period", "2026", "--out", str(out))
        assert code == 0, err
        book = load_workbook(out, read_only=True)
        return "\n".join(
            str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
        )

    outside = only_outside(county)
    teacher = listed("teacher")
    assert any(n in teacher for n in names(county, mine=True))
    assert not [n for n in outside if n in teacher]
    admin = listed("admin")
    assert [n for n in outside if n in admin]


def _candidates(county) -> str:
    """A comparison run flagging one person in the cadre's township and one elsewhere."""
    other_township = query(
        county,
        "SELECT code FROM regions WHERE level='township' AND code != ? LIMIT 1",
        county["township"],
    )[0][0]
    conn = sqlite3.connect(county["path"])
    try:
        with conn:
            conn.execute(
                "INSERT INTO compare_runs(id, at, actor, on_date) VALUES"
                " ('run-1', '2026-11-28T09:00:00', '县管理员', '2026-11-28')"
            )
            for name, township in (("甲乙丙", county["township"]), ("丁戊己", other_township)):
                conn.execute(
                    "INSERT INTO compare_candidates(run_id, kind, name, township_code, reasons,"
                    " sources) VALUES ('run-1', 'not_enrolled', ?, ?, '[\"学籍中没有此人\"]', '[]')",
                    (name, township),
                )
    finally:
        conn.close()
    return "run-1"


def test_comparison_lists_keep_to_the_scope(county, bench_as, tmp_path):
    from desktop.intake.candidates import candidates
    from desktop.reports.exports import write_candidates

    run = _candidates(county)

    def seen(username: str) -> set[str]:
        bench = bench_as(username)
        try:
            return {c["name"] for c in candidates(bench.store, run)}
        finally:
            bench.close()

    assert seen("admin") == {"甲乙丙", "丁戊己"}
    assert seen("cadre") == {"甲乙丙"}
    assert seen("teacher") == set()
    out = tmp_path / "比对.xlsx"
    cadre = bench_as("cadre")
    write_candidates(cadre.store, run, out)
    cadre.close()
    text = "".join(
        str(v) for row in load_workbook(out).active.iter_rows(values_only=True) for v in row
    )
    assert "甲乙丙" in text and "丁戊己" not in text
    teacher = bench_as("teacher")
    with pytest.raises(UserError, match="没有发现需要核实的人员"):
        write_candidates(teacher.store, run, tmp_path / "教师.xlsx")


def _age_list(path) -> list[str]:
    """An age list of two synthetic children not at any school (county 522633)."""
    from openpyxl import Workbook

    from desktop.domain.ids import id_check_char

    ids = [f"52263320150601{n:03d}" for n in (11, 13)]
    ids = [i + id_check_char(i) for i in ids]
    book = Workbook()
    sheet = book.active
    sheet.append(["儿童姓名", "身份证号"])
    sheet.append(["郜适龄", ids[0]])
    sheet.append(["郜未学", ids[1]])
    book.save(path)
    return ids


def test_compare_command_lists_no_one_to_a_teacher(county, kcbx, tmp_path):
    roster = tmp_path / "适龄.xlsx"
    ids = _age_list(roster)
    code, _, err = kcbx("admin", "import", "--kind", "age_list", str(roster))
    assert code == 0, err
    out = tmp_path / "比对.xlsx"
    code, printed, err = kcbx("admin", "compare", "--on", "2026-11-28")
    assert code == 0, err
    assert "郜适龄" in printed and ids[1] in printed
    runs = _count(county, "compare_runs")
    # a school's account does not run the county's comparison (its counts are county-wide)
    for extra in (["--out", str(out)], ["--open-cases"], []):
        code, printed, err = kcbx("teacher", "compare", "--on", "2026-11-28", *extra)
        assert code == 1 and "学校账号只能查看本校学生" in err, (extra, err)
        assert "郜" not in printed and ids[0] not in printed and "名单中共" not in printed
    assert not out.exists() and _count(county, "compare_runs") == runs


def _count(county, table: str) -> int:
    conn = sqlite3.connect(county["path"])  # closed at once: the app's SQLite is another library
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_search_finds_only_the_schools_pupils_for_a_teacher(county, kcbx):
    outside = sorted(only_outside(county))[0]
    code, found, err = kcbx("admin", "search", outside)
    assert code == 0 and outside in found, err
    code, found, err = kcbx("teacher", "search", outside)
    assert code == 0 and outside not in found, err
    mine = sorted(names(county, mine=True))[0]
    code, found, _ = kcbx("teacher", "search", mine)
    assert code == 0 and mine in found


def test_an_import_report_does_not_name_another_schools_child(county, kcbx, tmp_path):
    from openpyxl import Workbook

    name, number = query(
        county,
        "SELECT name, id_number FROM children WHERE school_id IS NOT ? AND id_number != ''"
        " AND deleted=0 LIMIT 1",
        county["school"],
    )[0]
    roster = tmp_path / "适龄.xlsx"
    book = Workbook()
    book.active.append(["儿童姓名", "身份证号"])
    book.active.append(["郜另名", number])  # the same ID under another name
    book.save(roster)
    code, printed, err = kcbx("admin", "import", "--kind", "age_list", "--check", str(roster))
    assert code == 0, err
    assert f"对应系统中的“{name}”" in printed
    code, printed, err = kcbx("teacher", "import", "--kind", "age_list", "--check", str(roster))
    assert code == 0, err
    assert name not in printed and "其他学校或乡镇已登记的学生" in printed
