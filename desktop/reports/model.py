"""A report as data (titles, tables, notes, signature line), written by `xlsx` and `pdf` alike.

Keeping the content apart from the file format means the .xlsx a county hands in and the
printed PDF always say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

SIGNATURE_LABELS = ("单位负责人", "审核人", "填表人", "联系电话", "填报日期")


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]
    title: str = ""  # a caption above the table (e.g. "按性别")
    total: list[Any] | None = None  # the 合计 row, printed bold
    text_columns: int = 1  # leading columns that hold text (the rest are numbers, centred)
    widths: list[float] | None = None  # in characters; computed from content when None
    id_columns: tuple[int, ...] = ()  # columns holding ID numbers (kept as text in Excel)
    notes: list[str] = field(default_factory=list)  # printed right under the table


@dataclass
class Sheet:
    name: str  # the worksheet tab
    title: str  # the big title row
    tables: list[Table]
    subtitle: str = ""
    notes: list[str] = field(default_factory=list)  # after all tables
    landscape: bool = True
    signature: bool = True
    in_pdf: bool = True


@dataclass
class Report:
    unit: str  # 填报单位
    period_text: str  # 统计时段：…
    sheets: list[Sheet]
    measure: str = "单位：人"
    filled_on: dt.date = field(default_factory=dt.date.today)
    signatures: dict[str, str] = field(
        default_factory=dict
    )  # label -> name (blank lines if absent)
    meta: dict[str, Any] = field(default_factory=dict)

    def signature_line(self) -> list[tuple[str, str]]:
        out = []
        for label in SIGNATURE_LABELS:
            value = self.signatures.get(label, "")
            if label == "填报日期" and not value:
                value = f"{self.filled_on.year}年{self.filled_on.month}月{self.filled_on.day}日"
            out.append((label, value))
        return out

    def unit_text(self) -> str:
        return f"填报单位：{self.unit}（盖章）"
