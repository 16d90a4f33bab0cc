"""Chinese line breaking: every line fits, numbers stay whole, punctuation obeys 禁则."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.forms import fonts
from desktop.forms.text import NO_END, NO_START, fit, wrap

WIDTH = 160.0


def width(line: str, role: str = fonts.SONG, size: float = 12) -> float:
    return fonts.string_width(line, role, size)


def test_id_numbers_and_dates_are_not_split() -> None:
    text = "学生王五，身份证号522633201308196842，于2026年9月25日起辍学，电话10004336982。"
    lines = wrap(text, fonts.SONG, 12, WIDTH)
    assert "".join(lines) == text
    for token in ("522633201308196842", "2026", "10004336982"):
        assert any(token in line for line in lines), token


def test_closing_punctuation_never_starts_a_line() -> None:
    # 13 ideographs fill 156 pt at 12 pt; the 14th character is a comma
    text = "一二三四五六七八九十一二三，四五六（七八）九十。"
    lines = wrap(text, fonts.SONG, 12, 13 * 12)
    assert all(line[:1] not in NO_START for line in lines[1:])
    assert all(line[-1:] not in NO_END for line in lines)
    assert "".join(lines) == text


def test_a_unit_wider_than_the_line_is_split_by_characters() -> None:
    lines = wrap("G522633201308196842", fonts.SONG, 12, 40)
    assert len(lines) > 1 and "".join(lines) == "G522633201308196842"
    assert all(width(line) <= 40 + 0.01 for line in lines)


def test_hard_breaks_and_indent() -> None:
    lines = wrap("第一段\n第二段", fonts.BODY, 16, 300, indent=32)
    assert lines == ["第一段", "第二段"]


def test_fit_shrinks_to_the_height_it_is_given() -> None:
    text = "学生身体不好，长期在家，家长担心在校无人照顾。" * 6
    free = fit(text, role=fonts.SONG, size=12, width=WIDTH)
    boxed = fit(text, role=fonts.SONG, size=12, width=WIDTH, height=free.height / 2)
    assert boxed.size < 12 and boxed.height <= free.height / 2 + 0.01
    assert "".join(boxed.lines) == text


chars = st.sampled_from(list("王李张刘陈杨黄赵吴周𠇔䶮堃，。、；：（）《》“”0123456789Xabc -　"))


@settings(max_examples=200, deadline=None)
@given(st.text(chars, min_size=0, max_size=120), st.sampled_from([30.0, 80.0, 160.0, 442.0]))
def test_no_line_is_wider_than_allowed_and_nothing_is_lost(text: str, limit: float) -> None:
    lines = wrap(text, fonts.SONG, 12, limit)
    for line in lines:
        assert width(line) <= max(limit, 12) + 0.01, line
    squeeze = lambda s: "".join(s.split())  # noqa: E731 (continuation lines drop leading blanks)
    assert squeeze("".join(lines)) == squeeze(text)


@pytest.mark.parametrize("role", fonts.ROLES)
def test_char_space_is_measured(role: str) -> None:
    line = "王" * 28
    assert fonts.string_width(line, role, 16, -0.2) == pytest.approx(28 * 15.8)
