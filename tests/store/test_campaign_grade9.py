"""The term-start checklist (专项行动): in March grade 9 is checked like every grade; in
September last spring's grade 9 finished school and is not listed."""

import datetime as dt

from desktop.domain import model
from desktop.domain.ids import term_of
from desktop.store import queries


def _missing_after(store, today: dt.date, grade: str) -> list[str]:
    this = term_of(today)
    last = term_of(this.starts - dt.timedelta(days=1))
    school = store.create("schools", model.School(name="丙妹中学", township_code="522633100000"))
    kid = store.create("children", model.Child(name="韦小雨", township_code="522633100000"))
    store.create(
        "enrolments", model.Enrolment(child_id=kid, school_id=school, grade=grade, term=last.code)
    )
    items = queries.campaign_items(store.conn, today=today, scope=store.scope)
    return [i.child_id for i in items if i.child_id == kid]


def test_march_checks_grade_9(store):
    assert len(_missing_after(store, dt.date(2027, 3, 10), "9")) == 1


def test_september_leaves_out_last_springs_grade_9(store):
    assert _missing_after(store, dt.date(2027, 9, 10), "9") == []


def test_september_checks_grade_8(store):
    assert len(_missing_after(store, dt.date(2027, 9, 10), "8")) == 1
