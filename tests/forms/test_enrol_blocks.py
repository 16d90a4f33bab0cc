"""Number blocks travel with the enrolment: the county signs a laptop's block (号段) into its
enrolment file, the laptop numbers every kind of document within it, plain (no device suffix);
a laptop enrolled without a block issues nothing numbered and says why."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.forms import numbering
from desktop.store.county import setup_county
from desktop.store.repo import Store

NUMBER = re.compile(r"字〔(\d{4})〕(\d+)号")


@pytest.fixture
def county_key(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("KCBX_COUNTY_KEY_PASSWORD", "测试-县级密钥-口令")
    key = tmp_path / "县级密钥.json"
    args = ["sync", "county-init", "--out", str(key), "--county", "522633", "--name", "从江县"]
    assert main(args) == 0
    return key


@pytest.fixture
def office(tmp_path) -> Path:
    """The county office's database (where the county keeps which laptop holds which block)."""
    path = tmp_path / "县级.db"
    with Store.open(path, actor="县管理员") as s:
        setup_county(s, "522633")
        numbering.assign_slot(s, 1, device_id="an-earlier-laptop")
    return path


def a_case(db: Path) -> tuple[str, str]:
    """A persuading case of the laptop's township: (case number, township code)."""
    with Store.open(db) as s:
        return s.conn.execute(
            "SELECT case_no, township_code FROM cases WHERE state='persuading'"
            " ORDER BY case_no LIMIT 1"
        ).fetchone()


def enrol(laptop: Path, key: Path, township: str, tmp_path: Path, *extra: str) -> dict:
    request, issued = tmp_path / "申请.json", tmp_path / "注册.json"
    assert main(["sync", "enrol-request", "--db", str(laptop), "--out", str(request)]) == 0
    args = ["--county-key", str(key), "--request", str(request), "--out", str(issued)]
    assert main(["sync", "enrol-issue", *args, "--township", township, *extra]) == 0
    data = json.loads(issued.read_text(encoding="utf-8"))
    assert main(["sync", "enrol", "--db", str(laptop), str(issued)]) == 0
    return data


def form(db: Path, *args: str) -> int:
    return main(["form", "--db", str(db), *args])


def test_the_block_comes_with_the_enrolment_and_numbers_stay_in_it(
    demo_db, county_key, office, tmp_path, capsys
) -> None:
    case_no, township = a_case(demo_db)
    data = enrol(demo_db, county_key, township, tmp_path, "--db", str(office))
    out = capsys.readouterr().out
    # the county picked the first free block (1 was taken), signed it into the certificate
    assert data["cert"]["cert"]["numbers"] == {"slot": 2}
    assert "文书编号段：2" in out and "本机文书编号段：2（每类文书2001—2999号）" in out
    with Store.open(office) as s:
        laptop_id = data["cert"]["cert"]["device"]["id"]
        assert numbering.slot_of(s, laptop_id) == 2  # the office remembers who holds block 2
    with Store.open(demo_db) as s:
        assert "forms.number_slots" not in {
            r[0] for r in s.conn.execute("SELECT id FROM settings WHERE deleted=0")
        }  # the laptop's block is its certificate's, not a local setting
        assert numbering.slot_of(s) == 2
    numbers = []
    for template in ("case_plan", "case_plan", "home_visit"):
        pdf = tmp_path / f"{len(numbers)}.pdf"
        assert form(demo_db, template, "--case", case_no, "--out", str(pdf), "--reissue") == 0
        printed = capsys.readouterr().out
        found = NUMBER.search(printed)
        assert found, printed
        numbers.append(int(found.group(2)))
        assert not re.search(r"\d号?-|号[A-Z0-9]", printed)  # no device suffix anywhere
    # each document kind numbers within the block: case plans 2001, 2002; the visit form 2001
    assert numbers == [2001, 2002, 2001]


def test_a_laptop_enrolled_without_a_block_issues_nothing_numbered(
    demo_db, county_key, tmp_path, capsys
) -> None:
    case_no, township = a_case(demo_db)
    data = enrol(demo_db, county_key, township, tmp_path)
    out = capsys.readouterr().out
    assert "numbers" not in data["cert"]["cert"]
    assert "未分配文书编号段" in out and "本机还没有文书编号段" in out
    with Store.open(demo_db) as s:
        before = s.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()[0]
    pdf = tmp_path / "x.pdf"
    assert form(demo_db, "case_plan", "--case", case_no, "--out", str(pdf)) == 1
    err = capsys.readouterr().err
    assert "本机还没有文书编号段" in err and "重新签发注册文件" in err and "--number-slot" in err
    assert not pdf.exists()
    # nor can the township's laptop give itself a block: the county assigns it
    assert form(demo_db, "--assign-slot", "7") == 1
    assert "由县教育局分配" in capsys.readouterr().err
    with Store.open(demo_db) as s:
        after = s.conn.execute("SELECT count(*) FROM events WHERE kind='document'").fetchone()[0]
        assert after == before and numbering.slot_of(s) is None


def test_a_block_cannot_be_changed_in_the_file_or_given_twice(
    demo_db, county_key, office, tmp_path, capsys
) -> None:
    _, township = a_case(demo_db)
    request, issued = tmp_path / "申请.json", tmp_path / "注册.json"
    assert main(["sync", "enrol-request", "--db", str(demo_db), "--out", str(request)]) == 0
    base = ["sync", "enrol-issue", "--county-key", str(county_key), "--request", str(request)]
    # block 1 is another laptop's: refused, nothing signed
    taken = [*base, "--out", str(issued), "--township", township, "--db", str(office)]
    assert main([*taken, "--number-slot", "1"]) == 1
    assert "编号段1已分配给设备" in capsys.readouterr().err and not issued.exists()
    assert main([*base, "--out", str(issued), "--township", township, "--number-slot", "5"]) == 0
    data = json.loads(issued.read_text(encoding="utf-8"))
    data["cert"]["cert"]["numbers"]["slot"] = 0  # the county office's block, forged
    forged = tmp_path / "改过的注册.json"
    forged.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["sync", "enrol", "--db", str(demo_db), str(forged)]) == 1
    assert "签名不符" in capsys.readouterr().err
    with Store.open(demo_db) as s:
        assert numbering.slot_of(s) is None
