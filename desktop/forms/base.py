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

    def need_case(self) -> CaseData:
        if self.case is None:
            from desktop.domain.errors import UserError

            raise UserError("此文书需要选择一个案件")
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


class _Filler(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return BLANK


def fill(text: str, values: Mapping[str, Any]) -> str:
    """``text`` with its {fields} replaced; an empty or unknown field becomes a blank line,
    except a `*_clause` field: a whole optional sentence, left out when empty."""
    filler = _Filler(
        {
            k: (v if v not in ("", None) or k.endswith("_clause") else BLANK)
            for k, v in values.items()
        }
    )
    return string.Formatter().vformat(text, (), filler)


def or_blank(value: Any, blank: str = BLANK) -> str:
    return str(value) if value not in ("", None) else blank


def date_or_blank(value: str) -> str:
    return value or BLANK_DATE


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
