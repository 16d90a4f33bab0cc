import datetime as dt

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.ids import (
    AgeRule,
    check_any,
    id_check_char,
    parse_id_number,
    parse_term,
    parse_xueji_no,
    term_of,
)


def test_known_vector_female_1949():
    info = parse_id_number("11010519491231002X")
    assert info.birth_date == dt.date(1949, 12, 31)
    assert info.sex == "女"
    assert info.address_code == "110105"


def test_lower_case_x_and_full_width_digits_are_normalised():
    assert parse_id_number("11010519491231002x").number == "11010519491231002X"
    assert parse_id_number("１１０１０５１９４９１２３１００２Ｘ ").number == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        ("110105194912310021", "校验位错误"),  # wrong checksum
        ("110105194902300021", "不是真实日期"),  # 30 February
        ("110105491231002", "15位"),  # old 15-digit
        ("1101051949123100", "18位"),
        ("11010519491231002Y", "最后一位"),
        ("1.10105E+17", "科学计数法"),
        ("", "为空"),
        ("010105194912310021", "地址码"),
    ],
)
def test_invalid_numbers_say_why(number, reason):
    with pytest.raises(ValidationError, match=reason):
        parse_id_number(number)


def test_odd_17th_digit_is_male():
    first17 = "52263320100305001"
    info = parse_id_number(first17 + id_check_char(first17))
    assert info.sex == "男"


def test_unknown_address_codes_are_accepted():
    # 522601 was re-coded years ago; old numbers stay valid.
    first17 = "99999920100305002"
    assert parse_id_number(first17 + id_check_char(first17)).sex == "女"


def test_xueji_numbers():
    g = parse_xueji_no("G11010519491231002X")
    assert g.kind == "G" and g.birth_date == dt.date(1949, 12, 31)
    assert parse_xueji_no("L522633201203050012").kind == "L"
    assert parse_xueji_no("J52263320120305001X").kind == "J"
    with pytest.raises(ValidationError, match="G、L或J"):
        parse_xueji_no("K11010519491231002X")
    with pytest.raises(ValidationError, match="G字头"):
        parse_xueji_no("G110105194912310021")
    with pytest.raises(ValidationError, match="19位"):
        parse_xueji_no("G1101051949")
    with pytest.raises(ValidationError, match="出生日期"):
        parse_xueji_no("L522633201302300012")


def test_check_any_describes_both_kinds():
    assert "女" in check_any("11010519491231002X")
    assert "正式学籍号" in check_any("G11010519491231002X")


def test_terms():
    t = parse_term("2026-2027-1")
    assert t.starts == dt.date(2026, 9, 1) and t.label.endswith("秋季学期")
    assert parse_term("2026-2027-2").starts == dt.date(2027, 3, 1)
    assert term_of(dt.date(2027, 1, 10)).code == "2026-2027-1"
    assert term_of(dt.date(2027, 4, 1)).code == "2026-2027-2"
    assert term_of(dt.date(2026, 9, 1)).code == "2026-2027-1"
    for bad in ("2026-2028-1", "2026-2027-3", "26-27-1"):
        with pytest.raises(ValidationError):
            parse_term(bad)


def test_compulsory_age_rule_cutoff_is_configurable():
    rule = AgeRule()
    # Six on 31 August: enters that autumn.
    assert rule.entry_year(dt.date(2014, 8, 31)) == 2020
    # Six on 1 September: waits a year.
    assert rule.entry_year(dt.date(2014, 9, 1)) == 2021
    assert rule.expected_grade(dt.date(2014, 8, 31), dt.date(2026, 10, 1)) == 7
    assert rule.is_compulsory_age(dt.date(2014, 8, 31), dt.date(2026, 10, 1))
    assert not rule.is_compulsory_age(dt.date(2008, 1, 1), dt.date(2026, 10, 1))
    late = AgeRule(cutoff_month=12, cutoff_day=31)
    assert late.entry_year(dt.date(2014, 9, 1)) == 2020
