"""Notices in the national document format (GB/T 9704-2012), laid out on its line grid.

A4; top margin 37 mm, binding (left) margin 28 mm, text block 156 × 225 mm; 22 lines of 28
characters. The title is 2号 (22 pt) in the TITLE role (小标宋 or a heavy Song), centred; the
body 3号 (16 pt) in the BODY role (仿宋, see fonts.py), paragraphs indented two characters; the document
number (〔2026〕5号) under the title; the issuer and date at the lower right, the date four
characters from the right edge and the issuer centred over it, with room above for the seal
(印章顶端上距正文一行之内); 附注 on the next line. The signature block never stands alone on a page: the last body
lines move with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.forms import fonts
from desktop.forms.layout import A4, Doc, Rect, mm
from desktop.forms.text import ASCENT, DESCENT, wrap_cached

TOP = mm(37)
LEFT = mm(28)
BLOCK_W = mm(156)
BLOCK_H = mm(225)
LINES = 22
CHARS = 28
PITCH = BLOCK_H / LINES  # line pitch, ~29 pt
TITLE_SIZE = 22.0
BODY_SIZE = 16.0
CHAR_PITCH = BLOCK_W / CHARS
# 28 characters of 16 pt fill 156 mm when each is drawn 98.7 % wide (Word's document grid
# squeezes the spacing instead; the difference is invisible, and readers measure Tz exactly).
BODY_SCALE = 100.0 * CHAR_PITCH / BODY_SIZE
SEAL_LINES = 0  # GB/T 9704 7.3.5.6: 附注 on the line right after the date


def block_rect(pagesize: tuple[float, float] = A4) -> Rect:
    top = pagesize[1] - TOP
    return Rect(LEFT, top - BLOCK_H, LEFT + BLOCK_W, top)


@dataclass
class Notice:
    title: str  # e.g. 责令改正通知书 (may hold a newline)
    number: str = ""
    heading: str = ""  # issuer line above the title, e.g. 从江县丙妹镇人民政府
    addressee: str = ""  # 主送: "刘某某：" (flush left)
    paragraphs: Sequence[str] = ()
    closing: str = ""  # e.g. 特此通知。
    issuer: str = ""
    date: str = ""  # 2026年11月28日
    attachments: Sequence[str] = ()  # 附件说明, after the body: 附件：1. …
    notes: Sequence[str] = field(default_factory=tuple)  # 附注: （联系人：…）


@dataclass(frozen=True)
class _Slot:
    text: str
    kind: str  # title | number | body | issuer | date | blank
    align: str = "left"


def _body_lines(text: str, *, indent: int) -> list[str]:
    lead = "\u3000" * indent
    return wrap_cached(lead + text, fonts.BODY, BODY_SIZE, BLOCK_W * 100.0 / BODY_SCALE)


def _slots(n: Notice) -> tuple[list[_Slot], list[_Slot]]:
    """The notice as line slots: (everything before the signature, the signature block)."""
    head: list[_Slot] = []
    for title in (n.heading, n.title):
        for part in title.split("\n") if title else ():
            for line in wrap_cached(part, fonts.TITLE, TITLE_SIZE, BLOCK_W):
                head.append(_Slot(line, "title", "centre"))
    if n.number:
        head.append(_Slot(n.number, "number", "right"))
    head.append(_Slot("", "blank"))
    if n.addressee:
        head += [_Slot(line, "body") for line in _body_lines(n.addressee, indent=0)]
    for paragraph in n.paragraphs:
        head += [_Slot(line, "body") for line in _body_lines(paragraph, indent=2)]
    if n.closing:
        head += [_Slot(line, "body") for line in _body_lines(n.closing, indent=2)]
    if n.attachments:  # 正文下空一行左空二字编排
        head.append(_Slot("", "blank"))
        for number, name in enumerate(n.attachments, start=1):
            label = "附件：" if number == 1 else "　　　"
            prefix = f"{number}. " if len(n.attachments) > 1 else ""
            head += [_Slot(line, "attach") for line in _body_lines(label + prefix + name, indent=2)]
    # 印章顶端上距正文一行之内: one blank line, then the issuer and the date under the seal
    sign = [_Slot("", "blank")]
    if n.issuer:
        sign.append(_Slot(n.issuer, "issuer"))
    if n.date:
        sign.append(_Slot(n.date, "date"))
    if n.notes:
        sign += [_Slot("", "blank")] * SEAL_LINES  # the lower half of the seal
    for note in n.notes:
        sign += [_Slot(line, "body") for line in _body_lines(note, indent=2)]
    return head, sign


KEEP_WITH_SIGNATURE = 2  # body lines printed on the page of the issuer and date


def _tail_with_body(slots: list[_Slot], need: int) -> int:
    """Index from which ``slots`` hold ``need`` body lines (0 if they hold fewer)."""
    found = 0
    for index in range(len(slots) - 1, -1, -1):
        if slots[index].kind == "body":
            found += 1
            if found == need:
                return index
    return 0


def paginate(n: Notice) -> list[list[_Slot]]:
    """Slots per page, 22 per page. GB/T 9704 forbids a page with only the issuer and date
    (“此页无正文”): the signature block takes the last body lines with it."""
    head, sign = _slots(n)
    pages: list[list[_Slot]] = []
    current: list[_Slot] = []
    for slot in head:
        if len(current) == LINES:
            pages.append(current)
            current = []
        current.append(slot)
    if len(current) + len(sign) > LINES:
        cut = _tail_with_body(current, KEEP_WITH_SIGNATURE)
        pages.append(current[:cut])
        current = current[cut:]
    if pages:
        have = sum(s.kind == "body" for s in current)
        if have < KEEP_WITH_SIGNATURE:
            previous = pages[-1]
            cut = _tail_with_body(previous, KEEP_WITH_SIGNATURE - have)
            if cut and len(current) + len(previous) - cut + len(sign) <= LINES:
                pages[-1], current = previous[:cut], previous[cut:] + current
    pages = [page for page in pages if page]
    current = current + sign
    while len(current) > LINES:  # long notes: continue on another page
        pages.append(current[:LINES])
        current = current[LINES:]
    pages.append(current)
    return pages


def slot_baseline(top: float, index: int, size: float) -> float:
    """Baseline of line slot ``index`` below ``top``: the glyph box centred in the slot."""
    box = size * (ASCENT + DESCENT)
    return top - index * PITCH - (PITCH - box) / 2 - size * ASCENT


def draw_notice(doc: Doc, n: Notice) -> None:
    """Add the notice's pages to ``doc`` (A4 portrait)."""
    frame = block_rect(doc.pagesize)
    issuer_w = fonts.string_width(n.issuer, fonts.BODY, BODY_SIZE, h_scale=BODY_SCALE)
    date_w = fonts.string_width(n.date, fonts.BODY, BODY_SIZE, h_scale=BODY_SCALE)
    date_right = frame.x1 - 4 * CHAR_PITCH
    centre = date_right - date_w / 2
    # the issuer is centred over the date, but never runs past the text block
    centre = min(centre, frame.x1 - issuer_w / 2)
    for page_slots in paginate(n):
        doc.new_page()
        doc.frame(frame)
        for index, slot in enumerate(page_slots):
            if not slot.text:
                continue
            if slot.kind == "title":
                base = slot_baseline(frame.y1, index, TITLE_SIZE)
                doc.text(
                    (frame.x0 + frame.x1) / 2,
                    base,
                    slot.text,
                    role=fonts.TITLE,
                    size=TITLE_SIZE,
                    align="centre",
                )
                continue
            base = slot_baseline(frame.y1, index, BODY_SIZE)
            if slot.kind == "number":
                doc.text(frame.x1, base, slot.text, role=fonts.BODY, size=BODY_SIZE, align="right")
            elif slot.kind == "issuer":
                doc.text(
                    centre,
                    base,
                    slot.text,
                    role=fonts.BODY,
                    size=BODY_SIZE,
                    align="centre",
                    h_scale=BODY_SCALE,
                )
            elif slot.kind == "date":
                doc.text(
                    date_right,
                    base,
                    slot.text,
                    role=fonts.BODY,
                    size=BODY_SIZE,
                    align="right",
                    h_scale=BODY_SCALE,
                )
            else:
                doc.text(
                    frame.x0,
                    base,
                    slot.text,
                    role=fonts.BODY,
                    size=BODY_SIZE,
                    h_scale=BODY_SCALE,
                )
