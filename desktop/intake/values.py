"""Cell values of real-world rosters, made canonical: text, ID numbers, dates, sex, grades…

Each parser takes what a cell holds (str, int, float, datetime, date or None) and returns the
canonical value, or raises ValidationError with the reason in Chinese (it ends up in the
validation report next to the row and column).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from desktop.domain import codes
from desktop.domain.errors import ValidationError
from desktop.domain.ids import IdInfo, normalise, parse_id_number
from desktop.domain.text import N_, Msg

# Full-width ASCII (U+FF01..U+FF5E) to ASCII, ideographic space to space.
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Spaces and invisible characters that stray into cells.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\s\u00a0\u3000]+")
_ODD = re.compile("[\uff01-\uff5e\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NAME_DOTS = str.maketrans({"•": "·", "・": "·", "．": "·", "∙": "·", "⋅": "·", ".": "·"})

EXCEL_EPOCH = dt.date(1899, 12, 30)
_LATEST = dt.date.today() + dt.timedelta(days=366 * 2)  # a date beyond this is a typo


def text(value: Any) -> str:
    """A cell as clean text: full-width ASCII folded, invisible characters dropped, spaces
    collapsed and trimmed. Integral floats lose their '.0' (Excel stores numbers as floats)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    s = str(value)
    if _ODD.search(s):  # most cells have nothing to fold: skip the (slow) translate
        s = s.translate(_FULLWIDTH).translate(_INVISIBLE)
    return _SPACES.sub(" ", s).strip()


def name(value: Any) -> str:
    """A person's name: no spaces at all, the middle dot of minority names unified."""
    return text(value).replace(" ", "").translate(_NAME_DOTS).strip("·")


def compact(value: Any) -> str:
    """Text with every space removed (school names, codes, phone numbers)."""
    return text(value).replace(" ", "")


# --- ID numbers ---------------------------------------------------------------------------

NUMERIC_ID_LOST = N_(
    "身份证号在表格中被存成了数字（显示为 {shown}），最后几位已经丢失，无法使用。"
    "请在Excel/WPS中把该列设为“文本”格式后重新录入"
)


def id_text(value: Any) -> str:
    """The ID number as text, or raise if the sheet stored it as a number that lost digits.

    Excel keeps 15 significant digits: an 18-digit ID typed into a number cell is saved as
    e.g. 5.22633201203051E+17, which openpyxl reads as a float; the digits are gone. An int
    (a program wrote the exact digits) is kept; it must still pass the checksum.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValidationError(N_("身份证号格式错误"))
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))  # e.g. an old 15-digit number: parse_id_number says why
        raise ValidationError(Msg(NUMERIC_ID_LOST, shown=f"{value:.5E}"))
    if isinstance(value, int):
        return str(value)
    s = text(value)
    # CSV exports protect long numbers as ="5226..." or '5226… or with a leading tab.
    if s.startswith('="') and s.endswith('"'):
        s = s[2:-1]
    s = s.lstrip("'`")
    return normalise(s)


def parse_id(value: Any) -> IdInfo | None:
    """A valid ID number, None for an empty cell; ValidationError with the reason otherwise."""
    s = id_text(value)
    if not s:
        return None
    return parse_id_number(s)


# --- dates --------------------------------------------------------------------------------

_DATE_RE = re.compile(
    r"^(\d{4})\s*[-./年]\s*(\d{1,2})\s*(?:[-./月]\s*(\d{1,2})\s*[日号]?)?\s*(?:月)?$"
)
_COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR_MONTH_RE = re.compile(r"^(\d{4})(\d{2})$")


def _make_date(y: int, m: int, d: int, raw: str) -> dt.date:
    try:
        day = dt.date(y, m, d)
    except ValueError:
        raise ValidationError(Msg("日期“{raw}”不是真实的日期", raw=raw)) from None
    if day.year < 1900 or day > _LATEST:
        raise ValidationError(Msg("日期“{raw}”不合理", raw=raw))
    return day


def parse_date(value: Any) -> tuple[dt.date | None, bool]:
    """(date, exact) from a cell; exact is False when only year and month were given (the day
    is then taken as the 1st). Accepts 2012.3.5, 2012年3月5日, 2012-03-05, 2012/3/5, 20120305,
    2012年3月 / 2012.03 / 201203, Excel serial numbers and datetime cells."""
    if value is None or value == "":
        return None, True
    if isinstance(value, dt.datetime):
        return value.date(), True
    if isinstance(value, dt.date):
        return value, True
    if isinstance(value, bool):
        raise ValidationError(N_("日期格式无法识别"))
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 19000101 <= value <= 21001231:
            return parse_date(str(int(value)))
        if 1 <= value < 80000:  # an Excel serial number (1900 date system)
            day = EXCEL_EPOCH + dt.timedelta(days=int(value))
            return _make_date(day.year, day.month, day.day, text(value)), True
        raise ValidationError(Msg("日期“{raw}”格式无法识别", raw=text(value)))
    raw = text(value)
    s = raw.replace(" 00:00:00", "").replace("T00:00:00", "")
    if not s:
        return None, True
    m = _COMPACT_RE.match(s)
    if m:
        return _make_date(int(m[1]), int(m[2]), int(m[3]), raw), True
    m = _DATE_RE.match(s)
    if m:
        if m[3] is None:
            return _make_date(int(m[1]), int(m[2]), 1, raw), False
        return _make_date(int(m[1]), int(m[2]), int(m[3]), raw), True
    m = _YEAR_MONTH_RE.match(s)
    if m:
        return _make_date(int(m[1]), int(m[2]), 1, raw), False
    if re.fullmatch(r"\d{4,5}(\.0+)?", s):  # a serial number that arrived as text
        return parse_date(float(s))
    raise ValidationError(
        Msg(
            "日期“{raw}”格式无法识别（可写作 2012-03-05、2012.3.5、2012年3月5日 或 20120305）",
            raw=raw,
        )
    )


# --- coded values -------------------------------------------------------------------------


def parse_sex(value: Any) -> str:
    s = compact(value).upper()
    if not s:
        return ""
    if s in ("男", "男性", "M", "1", "男生", "MALE"):
        return "男"
    if s in ("女", "女性", "F", "2", "女生", "FEMALE"):
        return "女"
    raise ValidationError(Msg("性别“{given}”应为“男”或“女”", given=text(value)))


_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def parse_grade(value: Any, *, system: str = "6-3") -> str:
    """'1'..'9' (years of compulsory school) from 一年级, 初一, 七年级, 小学三年级, 3, 03…

    初一 is year 7 in 六三制 and year 6 in 五四制 schools."""
    s = compact(value)
    if not s:
        return ""
    s = s.replace("（", "(").replace("）", ")")
    s = re.sub(r"\(.*?\)", "", s)  # 七年级(2)班 → 七年级
    s = re.sub(r"(?<=级)\d*班$", "", s)
    junior_start = 6 if system == "5-4" else 7
    m = re.fullmatch(r"(?:初中|初)([一二三四1234])(?:年级)?", s)
    if m:
        n = _CN_DIGITS.get(m[1]) or int(m[1])
        if n <= (4 if system == "5-4" else 3):
            return str(junior_start + n - 1)
    m = re.fullmatch(r"(?:小学|小)?([一二三四五六七八九1-9])(?:年级)?", s) or re.fullmatch(
        r"0?([1-9])(?:年级)?", s
    )
    if m:
        return str(_CN_DIGITS.get(m[1]) or int(m[1]))
    if re.fullmatch(r"(高[一二三]|高中.*|学前.*|幼儿园.*|大班|中班|小班)", s):
        raise ValidationError(Msg("年级“{given}”不是义务教育年级", given=text(value)))
    raise ValidationError(
        Msg("年级“{given}”无法识别（可写作 一年级、初一、七年级 或 1–9）", given=text(value))
    )


_ETHNIC_BY_NAME = {label: code for code, label in codes.ETHNICITIES.items}
_ETHNIC_BY_NAME |= {label.removesuffix("族"): code for code, label in codes.ETHNICITIES.items}


def parse_ethnicity(value: Any) -> str:
    s = compact(value)
    if not s:
        return ""
    if s.isdigit() and f"{int(s):02d}" in codes.ETHNICITIES:
        return f"{int(s):02d}"
    code = _ETHNIC_BY_NAME.get(s) or _ETHNIC_BY_NAME.get(s.removesuffix("族"))
    if code is None:
        raise ValidationError(Msg("民族“{given}”不在民族代码表中", given=text(value)))
    return code


_STATUS_WORDS = (
    ("送教", "home_teaching"),
    ("休学", "suspended"),
    ("延缓", "deferred"),
    ("转出", "transferred_out"),
    ("转学", "transferred_out"),
    ("毕业", "graduated"),
    ("辍学", "dropped"),
    ("失学", "dropped"),
    ("流失", "dropped"),
    ("在读", "enrolled"),
    ("在校", "enrolled"),
    ("在籍", "enrolled"),
    ("正常", "enrolled"),
    ("随班就读", "enrolled"),
)


def parse_status(value: Any) -> str:
    """学籍状态 → enrolment status code ('' if empty)."""
    s = compact(value)
    if not s:
        return ""
    for word, code in _STATUS_WORDS:
        if word in s:
            return code
    raise ValidationError(
        Msg("学籍状态“{given}”无法识别（如 在读、休学、转出、毕业）", given=text(value))
    )


_FLAG_WORDS = (
    ("建档立卡", "poverty_registered"),
    ("脱贫", "poverty_registered"),
    ("贫困", "poverty_registered"),
    ("监测", "monitored"),
    ("边缘", "monitored"),
    ("突发严重困难", "monitored"),
    ("低保", "dibao"),
    ("残疾", "disabled"),
    ("孤儿", "orphan"),
    ("留守", "left_behind"),
    ("随迁", "migrant"),
)


def parse_flags(value: Any) -> list[str]:
    """Flags from a category cell (户类型/监测对象类别…): '脱贫户' → poverty_registered."""
    s = compact(value)
    if not s or s in ("否", "无", "一般户", "一般农户", "-"):
        return []
    found = [code for word, code in _FLAG_WORDS if word in s and not s.startswith(("非", "不"))]
    return list(dict.fromkeys(found))


_DISABILITY_WORDS = {
    "视力": "visual",
    "听力": "hearing",
    "言语": "speech",
    "肢体": "physical",
    "智力": "intellectual",
    "精神": "mental",
    "多重": "multiple",
}


def parse_disability(value: Any) -> str:
    """Disability category code, 'yes' for a bare 是/有, '' for none."""
    s = compact(value)
    if not s or s in ("否", "无", "-", "非残疾"):
        return ""
    for word, code in _DISABILITY_WORDS.items():
        if word in s:
            return code
    if s in ("是", "有", "残疾", "Y"):
        return "yes"
    raise ValidationError(Msg("残疾类别“{given}”无法识别", given=text(value)))


_PHONE_RE = re.compile(r"^\+?[\d\-()]{5,20}$")


def parse_phone(value: Any) -> str:
    s = compact(value)
    if isinstance(value, float) and value.is_integer():
        s = str(int(value))
    if not s:
        return ""
    if not _PHONE_RE.match(s):
        raise ValidationError(Msg("电话“{given}”格式不对", given=text(value)))
    return s
