"""Document numbers: yearly sequences per issuer, configurable patterns, and no collisions
between laptops of one township that print offline and meet later."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from pathlib import Path

import pytest
from ladder import ready_for

from desktop.domain.errors import UserError
from desktop.forms import documents, numbering
from desktop.store.repo import Store

TODAY = dt.date(2026, 11, 28)


def cases_of_township(store, n: int = 6) -> list[str]:
    township = store.conn.execute(
        "SELECT township_code FROM cases WHERE state IN ('dropout', 'persuading')"
        " GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    return [
        r[0]
        for r in store.conn.execute(
            # legal notices issue only for a dropout being persuaded (desktop/domain/rules.py)
            "SELECT id FROM cases WHERE township_code=? AND state IN ('dropout', 'persuading')"
            " ORDER BY case_no LIMIT ?",
            (township, n),
        )
    ]


def laptop(master: Path, tmp_path: Path, name: str) -> Store:
    """A copy of the county database on another device (its own device id)."""
    path = tmp_path / f"{name}.db"
    shutil.copy(master, path)
    store = Store.open(path, actor=name)
    with store.transaction():
        store.conn.execute("UPDATE meta SET value=? WHERE key='device_id'", (uuid.uuid4().hex,))
    store.close()
    return Store.open(path, actor=name)


def merge_documents(source: Store, target: Store) -> None:
    """What a sync does for this test: bring the other device's document events over."""
    cols = "id, kind, case_id, child_id, occurred_on, payload, supersedes, created_at, created_by, device_id, hlc"
    rows = source.conn.execute(f"SELECT {cols} FROM events WHERE kind='document'").fetchall()
    with target.transaction():
        target.conn.executemany(
            f"INSERT OR IGNORE INTO events({cols}) VALUES ({','.join('?' * 11)})",
            [tuple(r) for r in rows],
        )


def issue_orders(store: Store, case_ids: list[str], *, today: dt.date = TODAY) -> list[str]:
    for c in case_ids:
        ready_for(store, c, "order_notice", today)  # the ladder: a school notice, past due
    return [
        documents.issue(
            store, "order_notice", case_id=c, today=today, record_step=False, reissue=True
        ).number
        for c in case_ids
    ]


def test_yearly_sequence_per_issuer(demo_store) -> None:
    numbering.assign_slot(demo_store, 0)
    ids = cases_of_township(demo_store, 3)
    numbers = issue_orders(demo_store, ids)
    short = numbers[0][:2]
    assert numbers == [f"{short}责改字〔2026〕{n}号" for n in (1, 2, 3)]
    # another template of the same issuer has its own series
    plan = documents.issue(demo_store, "case_plan", case_id=ids[0], today=TODAY).number
    assert plan == f"{short}案字〔2026〕1号"
    # a new year starts again at 1
    assert issue_orders(demo_store, ids[:1], today=dt.date(2027, 1, 4)) == [
        f"{short}责改字〔2027〕1号"
    ]
    # another issuer (a different township) has its own sequence
    other = demo_store.conn.execute(
        "SELECT id FROM cases WHERE township_code != (SELECT township_code FROM cases WHERE id=?)"
        " AND state IN ('dropout', 'persuading') LIMIT 1",
        (ids[0],),
    ).fetchone()[0]
    assert issue_orders(demo_store, [other])[0].endswith("〔2026〕1号")


def test_pattern_and_shared_series_are_configurable(demo_store) -> None:
    numbering.assign_slot(demo_store, 0)
    demo_store.set_setting(
        "forms.patterns", {"order_notice": "{issuer_short}教责〔{year}〕第{seq}号"}
    )
    demo_store.set_setting("forms.series", {"order_notice": "all", "school_notice": "all"})
    demo_store.set_setting("forms.issuer_of", {"school_notice": "township"})
    ids = cases_of_township(demo_store, 2)
    first = issue_orders(demo_store, ids[:1])[0]
    second = documents.issue(demo_store, "school_notice", case_id=ids[1], today=TODAY).number
    assert first.endswith("教责〔2026〕第1号")
    assert second.endswith("劝通字〔2026〕2号")  # same series, its own pattern
    with pytest.raises(UserError):
        numbering.validate_pattern("〔{year}〕号")  # no {seq}
    with pytest.raises(UserError):
        numbering.validate_pattern("{who}〔{year}〕{seq}号")


def test_two_laptops_offline_never_collide(demo_master, tmp_path) -> None:
    office = laptop(demo_master, tmp_path, "office")
    cadre = laptop(demo_master, tmp_path, "cadre")
    numbering.assign_slot(office, 0)
    numbering.assign_slot(cadre, 1, device_id=cadre.device_id)
    ids = cases_of_township(office, 6)
    a = issue_orders(office, ids[:3])
    b = issue_orders(cadre, ids[3:])
    assert [n.split("〕")[1] for n in a] == ["1号", "2号", "3号"]
    assert [n.split("〕")[1] for n in b] == ["1001号", "1002号", "1003号"]
    merge_documents(cadre, office)
    merge_documents(office, cadre)
    assert numbering.collisions(office) == [] and numbering.collisions(cadre) == []
    # after meeting, each goes on in its own block
    assert issue_orders(office, ids[:1])[0].endswith("〕4号")
    assert issue_orders(cadre, ids[:1])[0].endswith("〕1004号")


def test_a_laptop_without_a_block_refuses_to_number(demo_master, tmp_path) -> None:
    office = laptop(demo_master, tmp_path, "office")
    cadre = laptop(demo_master, tmp_path, "cadre")
    numbering.assign_slot(office, 0)
    # the county's block assignments reach the laptop (synced settings): none for it
    cadre.set_setting("forms.number_slots", {office.device_id: 0})
    ids = cases_of_township(cadre, 1)
    ready_for(cadre, ids[0], "order_notice", TODAY)
    before = cadre.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()
    with pytest.raises(UserError, match="还没有文书编号段") as refused:
        documents.issue(cadre, "order_notice", case_id=ids[0], today=TODAY)
    assert "县教育局" in str(refused.value) and "--assign-slot" in str(refused.value)
    after = cadre.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()
    assert before[0] == after[0]
    documents.draft(cadre, "order_notice", case_id=ids[0], today=TODAY)  # drafts still print


def test_the_office_database_numbers_plainly_before_any_block(demo_store) -> None:
    ids = cases_of_township(demo_store, 1)
    number = issue_orders(demo_store, ids)[0]
    assert number.endswith("〔2026〕1号")  # no device mark, ever


def test_next_number_continues_the_paper_register(demo_store) -> None:
    numbering.assign_slot(demo_store, 0)
    ids = cases_of_township(demo_store, 3)
    first = issue_orders(demo_store, ids[:1])[0]
    issuer = documents.resolve_issuer(
        demo_store,
        documents.config.FormsConfig(demo_store),
        documents.get_template("order_notice"),
        case=documents.load_case(demo_store, ids[0]),
        area=None,
    )
    numbering.set_next_number(
        demo_store, issuer=issuer, series="order_notice", year=2026, number=39
    )
    assert [n.split("〕")[1] for n in issue_orders(demo_store, ids[1:])] == ["39号", "40号"]
    with pytest.raises(UserError, match="已用到40号"):
        numbering.set_next_number(
            demo_store, issuer=issuer, series="order_notice", year=2026, number=12
        )
    assert first.endswith("〕1号")


def test_reissue_asks_before_taking_a_new_number(demo_store) -> None:
    numbering.assign_slot(demo_store, 0)
    case_id = cases_of_township(demo_store, 1)[0]
    ready_for(demo_store, case_id, "order_notice", TODAY)
    first = documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY)
    with pytest.raises(documents.AlreadyIssued) as asked:
        documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY)
    assert asked.value.number == first.number and "重新出具将占用一个新文号" in str(asked.value)
    again = documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY, reissue=True)
    assert again.number != first.number


def test_a_voided_document_keeps_its_number_and_reprints_stamped(demo_store) -> None:
    from pdfcheck import pdf_text

    numbering.assign_slot(demo_store, 0)
    case_id = cases_of_township(demo_store, 1)[0]
    ready_for(demo_store, case_id, "order_notice", TODAY)
    doc = documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY)
    with pytest.raises(UserError, match="作废原因"):
        numbering.void_document(demo_store, doc.doc_id, reason=" ")
    numbering.void_document(demo_store, doc.doc_id, reason="监护人姓名写错")
    row = next(r for r in numbering.issued(demo_store) if r["id"] == doc.doc_id)
    assert row["voided"] and row["status"] == "作废" and row["void_reason"] == "监护人姓名写错"
    # the legal step it recorded no longer counts
    live_steps = demo_store.conn.execute(
        "SELECT count(*) FROM events e WHERE e.case_id=? AND e.kind='legal_step'"
        " AND json_extract(e.payload, '$.doc_no')=?"
        " AND NOT EXISTS (SELECT 1 FROM events s WHERE s.supersedes=e.id)",
        (case_id, doc.number),
    ).fetchone()[0]
    assert live_steps == 0
    reprinted = documents.reprint(demo_store, doc.doc_id)
    assert "作废" in pdf_text(reprinted.pdf)
    # a new one may be issued without asking; it never reuses the voided number
    new = documents.issue(demo_store, "order_notice", case_id=case_id, today=TODAY)
    assert new.number != doc.number and new.number.endswith("〕2号")
    with pytest.raises(UserError, match="已作废"):
        numbering.void_document(demo_store, doc.doc_id, reason="重复")


def test_replacement_laptop_continues_above_the_old_block(demo_master, tmp_path) -> None:
    old = laptop(demo_master, tmp_path, "old")
    new = laptop(demo_master, tmp_path, "new")
    numbering.assign_slot(old, 2)
    ids = cases_of_township(old, 3)
    issue_orders(old, ids)
    merge_documents(old, new)
    numbering.assign_slot(new, 2)  # the old laptop is gone; its slot passes on
    assert issue_orders(new, ids[:1])[0].endswith("〕2004号")


def test_slot_held_by_another_device_is_refused(demo_store) -> None:
    numbering.assign_slot(demo_store, 3, device_id="another-device")
    with pytest.raises(UserError, match="已分配"):
        numbering.assign_slot(demo_store, 3)
    numbering.assign_slot(demo_store, 4)
    assert numbering.slot_of(demo_store) == 4


def test_collisions_are_found_when_two_offices_gave_one_slot(demo_master, tmp_path) -> None:
    a = laptop(demo_master, tmp_path, "a")
    b = laptop(demo_master, tmp_path, "b")
    numbering.assign_slot(a, 0)
    numbering.assign_slot(b, 0)  # each office thought slot 0 was free
    ids = cases_of_township(a, 2)
    na = issue_orders(a, ids[:1])[0]
    nb = issue_orders(b, ids[1:])[0]
    assert na == nb
    merge_documents(b, a)
    found = numbering.collisions(a)
    assert [c["number"] for c in found] == [na]


def test_used_up_block_is_a_clear_error(demo_store) -> None:
    demo_store.set_setting("forms.number_block", 3)
    numbering.assign_slot(demo_store, 1)
    ids = cases_of_township(demo_store, 3)
    assert issue_orders(demo_store, ids[:2])[-1].endswith("〕5号")  # block 1: 4–5
    with pytest.raises(UserError, match="编号段已用完"):
        issue_orders(demo_store, ids[2:])


def test_failed_issue_does_not_use_a_number(demo_store, monkeypatch) -> None:
    numbering.assign_slot(demo_store, 0)
    ids = cases_of_township(demo_store, 2)
    from desktop.forms import layout

    def broken(self):
        raise OSError("disk full")

    monkeypatch.setattr(layout.Doc, "render", broken)
    with pytest.raises(OSError):
        issue_orders(demo_store, ids[:1])
    monkeypatch.undo()
    assert issue_orders(demo_store, ids[1:])[0].endswith("〕1号")
