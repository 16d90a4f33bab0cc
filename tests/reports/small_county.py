"""A small county worked by hand: five cases with known dates, so every figure can be checked.

September 2026 (hand count):
  期初 2 (C persuading since June, D persuading since May)
  新增 2 (A opened as 辍学 on 9-05, B suspected 8-20 → confirmed 9-10)
  复学 1 (C returned 9-20), 延缓/休学 1 (D approved 9-15), 期末 2 (A, B)
  E: suspected 9-02, verified enrolled 9-03 — never in the dropout ledger.
Enrolment 2026-2027-1: 10 pupils, 3 of them in grade 9; 2018-2019-1 grade 1: 4 pupils.
  辍学率 2026—2027 = 2 / 10 = 20%; 劝返率 (September) = 1 / (2 + 2) = 25%; 巩固率 = 3 / 4 = 75%.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain import model
from desktop.domain.ids import id_check_char
from desktop.domain.states import Action, ActionParams
from desktop.store import cases as ops

D = dt.date


def _id(birth: dt.date, seq: int) -> str:
    first17 = f"522633{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_char(first17)


def build(store) -> dict[str, str]:
    towns = [
        r[0]
        for r in store.conn.execute(
            "SELECT code FROM regions WHERE level='township' ORDER BY code LIMIT 2"
        )
    ]
    school = store.create(
        "schools", model.School(name="丙妹中学", kind="junior", township_code=towns[0])
    )
    kids = []
    for i in range(10):
        town = towns[1] if i == 3 else towns[0]
        kid = store.create(
            "children",
            model.Child(
                name=f"学生{'甲乙丙丁戊己庚辛壬癸'[i]}",
                id_number=_id(D(2012 + i % 3, 3, 1 + i), 10 + i),
                township_code=town,
            ),
        )
        kids.append(kid)
        grade = "9" if i >= 7 else "7"
        store.create(
            "enrolments",
            model.Enrolment(child_id=kid, school_id=school, grade=grade, term="2026-2027-1"),
        )
    for kid in kids[:4]:
        store.create(
            "enrolments",
            model.Enrolment(child_id=kid, school_id=school, grade="1", term="2018-2019-1"),
        )

    # the county office's account approves deferrals and 销号 (desktop/domain/rules.py)
    store.conn.execute(
        "INSERT INTO users(username, display_name, role, password_hash, created_at, created_by,"
        " updated_at) VALUES ('jyj', '县教育局', 'county_admin', '-', '2026-01-01', '测试',"
        " '2026-01-01')"
    )

    def case(
        i: int, opened: dt.date, *, dropout: bool, causes: tuple[str, ...] | None = None
    ) -> str:
        c = model.Case(
            child_id=kids[i],
            ledger_kind="dropout" if dropout else "suspected",
            causes=causes if causes is not None else (("20",) if dropout else ()),
        )
        return ops.open_case(store, c, opened_on=opened)

    def act(case_id: str, action: Action, on: dt.date, **kw) -> None:
        ops.take_action(store, case_id, action, ActionParams(on=on, **kw))

    def plan(case_id: str) -> None:
        ops.save_plan(
            store,
            model.Plan(
                case_id=case_id,
                cause_analysis="外出打工",
                measures="家访",
                deadline=D(2026, 12, 31),
            ),
        )

    a = case(0, D(2026, 9, 5), dropout=True)
    b = case(1, D(2026, 8, 20), dropout=False, causes=("20",))  # a cause to confirm it
    act(b, Action.CONFIRM_DROPOUT, D(2026, 9, 10))
    c = case(2, D(2026, 6, 1), dropout=True, causes=("11", "90"))
    plan(c)
    act(c, Action.START_PERSUASION, D(2026, 6, 5))
    ops.record(
        store, c, "return",
        model.ReturnRecord(return_date=D(2026, 9, 20), school_id=school, grade="7"),
        occurred_on="2026-09-20",
    )  # fmt: skip
    act(c, Action.REGISTER_RETURN, D(2026, 9, 20))
    d = case(3, D(2026, 5, 1), dropout=True)
    plan(d)
    act(d, Action.START_PERSUASION, D(2026, 5, 3))
    ops.record(
        store,
        d,
        "assessment",
        model.Assessment(conclusion="因病暂不具备就学条件，建议休学", recommends_deferral=True),
        occurred_on="2026-09-12",
    )  # fmt: skip  (the deferral's ground)
    act(
        d,
        Action.APPROVE_DEFERRAL,
        D(2026, 9, 15),
        approver="jyj",
        reason="身体原因",
        until=D(2027, 3, 1),
    )
    e = case(4, D(2026, 9, 2), dropout=False)
    seen = ops.record(
        store, e, "contact",
        model.Contact(kind="phone", participants=("班主任",), result="verified_enrolled"),
        occurred_on="2026-09-03",
    )  # fmt: skip
    act(e, Action.VERIFY_ENROLLED, D(2026, 9, 3), approver="jyj", evidence=(seen,))
    return {"A": a, "B": b, "C": c, "D": d, "E": e, "towns": towns}
