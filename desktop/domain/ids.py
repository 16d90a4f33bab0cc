"""Identifiers: 居民身份证号 (GB 11643), 全国学籍号, school terms and the compulsory-age rule."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.text import N_, Msg

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_FULLWIDTH = str.maketrans("０１２３４５６７８９ＸｘＧＬＪｇｌｊ", "0123456789XxGLJglj")


@dataclass(frozen=True)
class IdInfo:
    """What a valid 身份证号 tells: normalised number, birth date, sex, address code."""

    number: str
    birth_date: dt.date
    sex: str  # "男" or "女"
    address_code: str


def normalise(text: str) -> str:
    """Strip spaces, convert full-width digits/letters, upper-case a trailing x."""
    return "".join(str(text).translate(_FULLWIDTH).split()).upper()


def id_check_char(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def parse_id_number(text: str) -> IdInfo:
    """Validate a 18-character 身份证号; raise ValidationError with the reason in Chinese.

    Address codes missing from today's division list are accepted (old codes stay valid).
    """
    number = normalise(text)
    if not number:
        raise ValidationError(N_("身份证号为空"))
    if len(number) == 15 and number.isdigit():
        raise ValidationError(N_("这是15位旧身份证号，请填写18位身份证号"))
    if re.fullmatch(r"\d+(\.\d+)?E\+\d+", number):
        raise ValidationError(
            N_(
                "身份证号被表格软件存成了科学计数法（如 1.10105E+17），后几位已丢失，"
                "请按文本格式重新录入"
            )
        )
    if len(number) != 18:
        raise ValidationError(Msg("身份证号应为18位，这里是{n}位", n=len(number)))
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise ValidationError(N_("身份证号前17位应为数字，最后一位为数字或X"))
    if number[:2] in ("00",) or number[0] == "0":
        raise ValidationError(N_("身份证号的地址码无效（前两位不是省级代码）"))
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(
            Msg(
                "身份证号中的出生日期 {day} 不是真实日期",
                day=f"{number[6:10]}-{number[10:12]}-{number[12:14]}",
            )
        ) from None
    if birth.year < 1900 or birth > dt.date.today():
        raise ValidationError(Msg("身份证号中的出生日期 {day} 不合理", day=birth.isoformat()))
    expected = id_check_char(number[:17])
    if number[17] != expected:
        # Not naming the "right" last digit: the wrong digit is as likely any of the other 17,
        # and naming one invites changing the last digit to fit a mistyped number.
        raise ValidationError(
            N_(
                "身份证号校验位错误：号码中有一位或几位录错了（最后一位是按前17位算出的校验码），"
                "请对照户口簿或身份证逐位核对"
            )
        )
    sex = "男" if int(number[16]) % 2 == 1 else "女"
    return IdInfo(number=number, birth_date=birth, sex=sex, address_code=number[:6])


def is_valid_id_number(text: str) -> bool:
    try:
        parse_id_number(text)
    except ValidationError:
        return False
    return True


@dataclass(frozen=True)
class XuejiInfo:
    """A 全国学籍号: G (formal, from the ID), L (temporary) or J (no usable ID)."""

    number: str
    kind: str  # "G" | "L" | "J"
    kind_label: str
    birth_date: dt.date | None
    id_info: IdInfo | None


def parse_xueji_no(text: str) -> XuejiInfo:
    """Validate a 19-character 全国学籍号; raise ValidationError with the reason in Chinese."""
    number = normalise(text)
    if len(number) != 19:
        raise ValidationError(Msg("学籍号应为19位（字母G/L/J加18位），这里是{n}位", n=len(number)))
    kind, rest = number[0], number[1:]
    if kind == "G":
        try:
            info = parse_id_number(rest)
        except ValidationError as exc:
            raise ValidationError(
                Msg("G字头学籍号应为G加身份证号：{reason}", reason=exc.args[0])
            ) from None
        return XuejiInfo(number, "G", N_("正式学籍号"), info.birth_date, info)
    if kind == "L":
        if not rest.isdigit():
            raise ValidationError(N_("L字头临时学籍号后18位应全为数字"))
        try:
            birth = dt.date(int(rest[6:10]), int(rest[10:12]), int(rest[12:14]))
        except ValueError:
            raise ValidationError(N_("L字头临时学籍号中的出生日期不是真实日期")) from None
        return XuejiInfo(number, "L", N_("临时学籍号"), birth, None)
    if kind == "J":
        if not (rest[:17].isdigit() and (rest[17].isdigit() or rest[17] == "X")):
            raise ValidationError(N_("J字头学籍号后18位格式应与身份证号相同"))
        return XuejiInfo(number, "J", N_("无有效身份证件学籍号"), None, None)
    raise ValidationError(Msg("学籍号首字母应为G、L或J，录入的是“{kind}”", kind=kind))


def check_any(text: str) -> str:
    """Describe a 身份证号 or 学籍号 for `kcbx check-id`; raise ValidationError if invalid."""
    number = normalise(text)
    if number[:1] in ("G", "L", "J") and len(number) == 19:
        x = parse_xueji_no(number)
        parts = [f"{x.number}  学籍号（{x.kind_label}）"]
        if x.birth_date:
            parts.append(f"出生日期 {x.birth_date.isoformat()}")
        if x.id_info:
            parts.append("男" if x.id_info.sex == "男" else "女")
        return "  ".join(parts)
    info = parse_id_number(number)
    return f"{info.number}  身份证号  出生日期 {info.birth_date.isoformat()}  {info.sex}"


# --- school years, terms and compulsory age ---------------------------------------------

_TERM_RE = re.compile(r"^(\d{4})-(\d{4})-([12])$")


@dataclass(frozen=True)
class Term:
    """A school term code like ``2026-2027-1`` (autumn) or ``2026-2027-2`` (spring)."""

    start_year: int
    half: int

    @property
    def code(self) -> str:
        return f"{self.start_year}-{self.start_year + 1}-{self.half}"

    @property
    def label(self) -> str:
        return Msg(
            "{start}—{end}学年秋季学期" if self.half == 1 else "{start}—{end}学年春季学期",
            start=self.start_year,
            end=self.start_year + 1,
        )

    @property
    def starts(self) -> dt.date:
        return (
            dt.date(self.start_year, 9, 1) if self.half == 1 else dt.date(self.start_year + 1, 3, 1)
        )

    @property
    def ends(self) -> dt.date:
        if self.half == 1:
            return dt.date(self.start_year + 1, 2, 28)
        return dt.date(self.start_year + 1, 8, 31)


def parse_term(code: str) -> Term:
    m = _TERM_RE.match(code.strip())
    if not m:
        raise ValidationError(
            Msg("学期代码“{code}”格式应为 2026-2027-1（秋季）或 2026-2027-2（春季）", code=code)
        )
    y1, y2, half = int(m[1]), int(m[2]), int(m[3])
    if y2 != y1 + 1:
        raise ValidationError(Msg("学期代码“{code}”的两个年份应相邻", code=code))
    return Term(y1, half)


def term_of(day: dt.date) -> Term:
    """The term a date falls in: Sep–Feb autumn (1), Mar–Aug spring (2)."""
    if day.month >= 9:
        return Term(day.year, 1)
    if day.month <= 2:
        return Term(day.year - 1, 1)
    return Term(day.year - 1, 2)


def school_year_start(day: dt.date) -> int:
    return day.year if day.month >= 9 else day.year - 1


@dataclass(frozen=True)
class AgeRule:
    """Compulsory-age rule [default, configurable per county]."""

    entry_age: int = 6  # full years on the cut-off date
    cutoff_month: int = 8
    cutoff_day: int = 31
    years: int = 9  # nine years of compulsory education
    child_labour_age: int = 16

    def entry_year(self, birth: dt.date) -> int:
        """The autumn in which a child born on `birth` should enter grade 1."""
        year = birth.year + self.entry_age
        cutoff = dt.date(year, self.cutoff_month, self.cutoff_day)
        return year if _age_on(birth, cutoff) >= self.entry_age else year + 1

    def expected_grade(self, birth: dt.date, on: dt.date) -> int:
        """1..9 while in compulsory school, 0 before entry, 10 after (by age alone)."""
        grade = school_year_start(on) - self.entry_year(birth) + 1
        return max(0, min(grade, self.years + 1))

    def is_compulsory_age(self, birth: dt.date, on: dt.date) -> bool:
        """From entry until the day before the 16th birthday (a 15-year-old expected in grade
        10 by age is still of compulsory age: under the child-labour line)."""
        grade = self.expected_grade(birth, on)
        if grade < 1:
            return False
        return grade <= self.years or _age_on(birth, on) < self.child_labour_age


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_on(birth: dt.date, day: dt.date) -> int:
    """Full years of age on `day`."""
    return _age_on(birth, day)
