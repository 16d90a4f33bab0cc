"""What a template is: where its content comes from, and how that content is drawn.

A template's ``build(src)`` reads the store (through ``Source``) and returns its **content**:
a JSON-ready dict of display strings and lists. That dict is the document's frozen snapshot.
``draw(doc, content)`` lays the content out on a ``Doc``; it reads nothing else, so a
snapshot drawn again gives the same pages (and, with reportlab's invariant mode, the same
bytes). ``content["number"]`` and ``content["date"]`` are set when the document is issued.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.text import N_
from desktop.forms.config import FormsConfig
from desktop.forms.context import CaseData
from desktop.forms.layout import A4, Doc
from desktop.forms.numbering import Issuer

BLANK = "＿＿＿＿＿＿"  # a line to write on, where a value is not known
BLANK_DATE = "　　　　年　　月　　日"


@dataclass(frozen=True)
class Area:
    """What a list or report covers: the county, one township, or one village; a month."""

    township: str = ""  # 12-digit code, "" = the whole county
    village: str = ""
    period: str = ""  # YYYY-MM


@dataclass
class Source:
    """Everything ``build`` may read."""

    store: Any  # desktop.store.repo.Store
    cfg: FormsConfig
    today: dt.date
    issuer: Issuer
    case: CaseData | None = None
    area: Area | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    blank: bool = False
    # what the record lacks for this document: (what, how to fill it); a document with
    # anything here is not issued (documents.check_complete)
    missing: list[tuple[str, str]] = field(default_factory=list)
    glyphs: str = "print"  # "refuse": a character no font has blocks the document

    def lack(self, what: str, where: str) -> None:
        """Note a field the document needs and the record lacks (ignored on a blank form)."""
        if not self.blank and (what, where) not in self.missing:
            self.missing.append((what, where))

    def need_case(self) -> CaseData:
        if self.case is None:
            from desktop.domain.errors import UserError

            raise UserError(N_("此文书需要选择一个案件"))
        return self.case


@dataclass(frozen=True)
class Template:
    id: str
    title: str  # 责令改正通知书
    scope: str  # "case" (one child's case) or "area" (a list or a report)
    series_word: str  # the 字 of its number: 责改字
    build: Callable[[Source], dict[str, Any]]
    draw: Callable[[Doc, dict[str, Any]], None]
    pagesize: tuple[float, float] = A4
    page_numbers: str = "of"  # see layout.Marks
    confidential: bool = False
    notice: bool = False  # GB/T 9704 notice (with a 送达回证)
    description: str = ""

    @property
    def default_pattern(self) -> str:
        return "{issuer_short}" + self.series_word + "〔{year}〕{seq}号"


WHERE_CHILD = N_("请在案件页“修改学生信息…”中填写")
WHERE_GUARDIAN = N_("请在案件页“修改学生信息…”的监护人一栏填写")
# field of a notice text -> (what it is, where the record gets it)
FIELD_HELP: dict[str, tuple[str, str]] = {
    "child_name": (N_("学生姓名"), WHERE_CHILD),
    "sex": (N_("学生性别"), WHERE_CHILD),
    "birth_date": (N_("学生出生日期"), WHERE_CHILD),
    "id_number": (N_("学生身份证号"), WHERE_CHILD),
    "xueji_no": (N_("学籍号"), WHERE_CHILD),
    "hukou": (N_("户籍地"), WHERE_CHILD),
    "school": (N_("就读学校"), WHERE_CHILD),
    "grade": (N_("年级"), WHERE_CHILD),
    "dropout_date": (N_("辍学日期"), N_("请在案件页“辍学信息”中填写")),
    "guardian_name": (N_("监护人姓名"), WHERE_GUARDIAN),
    "guardian_relation": (N_("监护人与学生的关系"), WHERE_GUARDIAN),
    "guardian_id": (N_("监护人身份证号"), WHERE_GUARDIAN),
    "guardian_address": (N_("监护人住址"), WHERE_GUARDIAN),
    "ward": (N_("监护人与学生的关系"), WHERE_GUARDIAN),
    "order_date": (N_("责令改正通知书的送达日期"), N_("请先出具并送达责令改正通知书")),
    "order_no": (N_("责令改正通知书文号"), N_("请先出具并送达责令改正通知书")),
    "order_issuer": (N_("责令改正通知书的出具机关"), N_("请先出具并送达责令改正通知书")),
    "order_deadline": (N_("责令改正的期限"), N_("请先出具并送达责令改正通知书")),
    "penalty_date": (N_("行政处罚决定书的日期"), N_("请先出具行政处罚决定书")),
    "penalty_no": (N_("行政处罚决定书文号"), N_("请先出具行政处罚决定书")),
    "amount": (
        N_("罚款金额"),
        N_("请在出具时填写罚款金额（命令行 --amount），或在县设置 forms.penalty 中设定默认金额"),
    ),
    "basis_citations": (N_("法律依据"), N_("请在县设置 forms.articles / forms.basis 中填写")),
    "deadline": (N_("限期日期"), N_("请在出具时填写限期日期")),
}


class _Filler(dict):
    def __missing__(self, key: str) -> str:
        return BLANK


def fill(text: str, values: Mapping[str, Any], src: Source | None = None) -> str:
    """``text`` with its {fields} replaced; an empty or unknown field becomes a blank line,
    except a `*_clause` field: a whole optional sentence, left out when empty.

    With ``src``, every empty field the text uses is noted as missing (``Source.lack``): the
    document is then not issued, and the message says what to fill where."""
    if src is not None:
        for _, name, _, _ in string.Formatter().parse(text):
            if name and not name.endswith("_clause") and values.get(name) in ("", None):
                what, where = FIELD_HELP.get(name, (name, N_("请在案件信息中填写")))
                src.lack(what, where)
    filler = _Filler(
        {
            k: (v if v not in ("", None) or k.endswith("_clause") else BLANK)
            for k, v in values.items()
        }
    )
    return string.Formatter().vformat(text, (), filler)


# Tokens an issued legal document must never hold: a blank to write on, a placeholder body
PLACEHOLDER_TOKENS = ("＿＿", "户籍所在地省教育厅", "本省", "（请县教育局")


def placeholders_in(content: Any) -> list[str]:
    """The placeholder tokens found anywhere in built content (strings, lists, dicts)."""
    found: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.extend(t for t in PLACEHOLDER_TOKENS if t in value and t not in found)
        elif isinstance(value, Mapping):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(content)
    return found


def or_blank(value: Any, blank: str = BLANK) -> str:
    return str(value) if value not in ("", None) else blank


def citations(basis: list[tuple[str, str]]) -> str:
    """《义务教育法》第五条、第十一条 … joined for a sentence."""
    out: list[str] = []
    last_law = ""
    for citation, _ in basis:
        if "》" in citation:
            law, _, article = citation.partition("》")
            law += "》"
            if law == last_law and article:
                out.append(article)
            else:
                out.append(citation)
            last_law = law
        else:
            out.append(citation)
            last_law = ""
    return "、".join(out)
