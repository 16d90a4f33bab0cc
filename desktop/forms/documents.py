"""Issuing, reprinting, drafting and batch printing documents: the one API the UI and CLI use.

- ``issue``: number the document (numbering.py), freeze its content, render, store a
  'document' event (PrintedDocument: number, snapshot, PDF SHA-256) that syncs, and record the
  legal step it is (a notice, a letter) on the case. The event id is the document id the QR
  code carries.
- ``reprint``: draw the stored snapshot again: the same bytes, checked against the stored hash.
  Changing the case afterwards does not change a printed document.
- ``draft``: the same document unnumbered, marked 样稿, nothing stored (preview before issuing).
- ``blank``: the form with only the child's identity filled in, for paper work in a village.
- ``BatchResult``: what a batch (batches.py: many documents in one PDF) made.
- ``record_output``: audit of a print or an export (who, what, where).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
import zlib
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import model
from desktop.domain.errors import UserError
from desktop.domain.text import N_, Joined, Msg
from desktop.forms import config, numbering
from desktop.forms.base import Area, Source, Template
from desktop.forms.context import CaseData, find_case, load_case, region_name, township_government
from desktop.forms.layout import Doc, Marks
from desktop.store import db
from desktop.store.repo import Store

SNAPSHOT_VERSION = 1
INLINE_LIMIT = 48_000  # bytes of JSON kept in the event; larger content goes to an attachment
QR_PREFIX = "KCBX:"

# templates whose issue is a step of the legal ladder (LegalStep.step)
LEGAL_STEPS = {
    "school_notice": "school_notice",
    "order_notice": "order_notice",
    "penalty_notice": "penalty_notice",
    "penalty": "penalty",
    "demand": "demand",
}


def templates() -> dict[str, Template]:
    from desktop.forms.registry import TEMPLATES

    return TEMPLATES


def get_template(template_id: str) -> Template:
    try:
        return templates()[template_id]
    except KeyError:
        names = "、".join(templates())
        raise UserError(
            Msg(
                "没有名为“{template_id}”的文书模板。可用模板：{names}",
                template_id=template_id,
                names=names,
            )
        ) from None


@dataclass
class Rendered:
    template: str
    pdf: bytes
    doc: Doc
    content: dict[str, Any]
    number: str = ""
    doc_id: str = ""
    mode: str = "issue"  # issue | reprint | draft | blank
    matches: bool = True  # reprint: same bytes as when issued
    case_id: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def pages(self) -> int:
        return len(self.doc.pages)

    @property
    def fonts(self) -> dict[str, Any]:
        """The fonts this rendering used (title, body, forms, others), for the preview."""
        from desktop.forms import fonts

        return fonts.describe_fonts(self.doc.fonts_used)


# --- issuers ------------------------------------------------------------------------------


def _short_of_township(name: str) -> str:
    return name[:1] + ("办" if name.endswith("街道") else "府")


def resolve_issuer(
    store: Store,
    cfg: config.FormsConfig,
    template: Template,
    *,
    case: CaseData | None,
    area: Area | None,
) -> numbering.Issuer:
    kind = cfg.issuer_kind(template.id)
    township_code = case.places["township_code"] if case else (area.township if area else "")
    if kind == "school" and case is not None and case.school_id:
        key, name = f"school:{case.school_id}", case.school["name"]
        short = numbering.school_short(name, county=cfg.county)
    elif kind in ("township", "school") and township_code:
        township = region_name(store, township_code)
        key = f"township:{township_code}"
        name = cfg.county + township_government(township)
        short = _short_of_township(township)
    else:
        key, name, short = "county", cfg.bureau, cfg.county[:1] + "教"
    override = cfg["forms.issuers"].get(key) or {}
    return numbering.Issuer(key, override.get("name") or name, override.get("short") or short)


# --- building -----------------------------------------------------------------------------


def make_source(
    store: Store,
    template: Template,
    *,
    case_id: str | None = None,
    area: Area | None = None,
    options: dict[str, Any] | None = None,
    today: dt.date | None = None,
    blank: bool = False,
    cfg: config.FormsConfig | None = None,
    glyphs: str = "print",
) -> Source:
    """What a template builds from. ``glyphs``: "print" (a character no font has prints as a
    boxed code) or "refuse" (such a document is not made, see ``check_complete``)."""
    cfg = cfg or config.FormsConfig(store)
    case = None
    if template.scope == "case":
        if not case_id:
            raise UserError(Msg("“{title}”需要选择一个案件", title=template.title))
        found = find_case(store, case_id)
        _check_scope(store, found)
        case = load_case(store, found)
        if blank:
            case = case.identity_only()
    else:
        area = area or Area()
    issuer = resolve_issuer(store, cfg, template, case=case, area=area)
    return Source(
        store=store,
        cfg=cfg,
        today=today or dt.date.today(),
        issuer=issuer,
        case=case,
        area=area,
        options=dict(options or {}),
        blank=blank,
        glyphs=glyphs,
    )


def _check_scope(store: Store, case_id: str) -> None:
    """A user prints (even a draft or a blank form) only the cases of their own scope."""
    if store.scope.is_everything:
        return
    row = store.conn.execute(
        "SELECT township_code, school_id FROM cases WHERE id=?", (case_id,)
    ).fetchone()
    if row is None or not store.scope.allows(township_code=row[0], school_id=row[1]):
        raise UserError(N_("该案件不在您的工作范围内（其他乡镇或学校的学生），不能打印其文书"))


def missing_glyphs(content: Any) -> list[str]:
    """Characters of built content that no font has (they would print as boxed codes)."""
    from desktop.forms.fonts import uncovered_chars

    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    walk(content)
    return uncovered_chars("\n".join(texts))


def check_glyphs(template: Template, src: Source, content: dict[str, Any]) -> None:
    if src.glyphs != "refuse":
        return
    missing = missing_glyphs(content)
    if missing:
        from desktop.forms.fonts import char_name

        listed = "、".join(f"{ch}（{char_name(ch)}）" for ch in missing[:5])
        raise UserError(
            Msg(
                "“{title}”中有字库没有的字：{listed}。这些字会打印成方框中的编码，文书未生成。请核对姓名、地址是否录入有误；如确需打印后手写，请加 --allow-missing-glyphs",
                title=template.title,
                listed=listed,
            )
        )


def _marks(template: Template, *, qr_text: str, caption: str, watermark: str = "") -> Marks:
    return Marks(
        qr_text=qr_text,
        caption=caption,
        page_numbers=template.page_numbers,
        confidential=template.confidential,
        watermark=watermark,
        page_number_top=Marks.page_number_top if template.notice else 20 * 72 / 25.4,
    )


def qr_text(doc_id: str) -> str:
    return QR_PREFIX + uuid.UUID(doc_id).hex.upper()


def document_id_from_qr(text: str) -> str:
    """The document id a scanned QR code carries (UserError if it is not one of ours)."""
    text = text.strip()
    if not text.upper().startswith(QR_PREFIX):
        raise UserError(N_("这不是本系统打印的文书二维码"))
    try:
        return str(uuid.UUID(hex=text[len(QR_PREFIX) :]))
    except ValueError:
        raise UserError(N_("文书二维码内容不完整")) from None


def render_content(
    template: Template, content: dict[str, Any], *, marks: Marks, record_runs: bool = False
) -> Doc:
    doc = Doc(
        pagesize=template.pagesize,
        title=template.title,
        subject=content.get("number", ""),
        marks=marks,
        record_runs=record_runs,
    )
    template.draw(doc, content)
    doc.mark_frames()
    return doc


# --- the four ways to print ---------------------------------------------------------------


def check_complete(template: Template, src: Source, content: dict[str, Any]) -> None:
    """A document states facts from the record only: refuse one that needs a field the record
    lacks (saying what and where to fill it), and a legal notice holding a placeholder."""
    from desktop.forms.base import placeholders_in

    check_glyphs(template, src, content)
    if src.missing:
        lines = Joined(
            "\n", [Msg("- {what}：{where}", what=what, where=where) for what, where in src.missing]
        )
        raise UserError(
            Msg("“{title}”缺少以下信息，暂不能出具：\n{lines}", title=template.title, lines=lines)
        )
    if template.notice and not src.blank:
        tokens = placeholders_in(content)
        if tokens:
            raise UserError(
                Msg(
                    "“{title}”中仍有待填写的内容（{tokens}），暂不能出具；请先补全案件信息或县设置中的文书段落（forms.texts）",
                    title=template.title,
                    tokens=list(tokens),
                )
            )


def draft(store: Store, template_id: str, **kw: Any) -> Rendered:
    """The document as it would be issued, unnumbered and marked 样稿; nothing is stored."""
    template = get_template(template_id)
    src = make_source(store, template, **kw)
    content = template.build(src)
    check_complete(template, src, content)
    content.update(number="", date=_cn_date(src.today))
    doc = render_content(
        template,
        content,
        marks=_marks(template, qr_text="", caption="样稿 未编号", watermark="样稿"),
    )
    return Rendered(
        template_id,
        doc.render(),
        doc,
        content,
        mode="draft",
        case_id=src.case.case_id if src.case else None,
    )


def listing(store: Store, template_id: str, **kw: Any) -> Rendered:
    """A list or report (an "area" template: a 台账, a 清单, a statistics table) as it prints:
    lists are not numbered documents, so no number, no 样稿 mark, nothing stored."""
    template = get_template(template_id)
    if template.scope != "area":
        raise UserError(
            Msg("{title}是编号文书：请先预览样稿，再出具（编号并存档）后打印", title=template.title)
        )
    src = make_source(store, template, **kw)
    content = template.build(src)
    check_complete(template, src, content)
    content.update(number="", date=_cn_date(src.today))
    doc = render_content(
        template,
        content,
        marks=_marks(template, qr_text="", caption=f"打印日期：{_cn_date(src.today)}"),
    )
    return Rendered(template_id, doc.render(), doc, content, mode="list", case_id=None)


def blank(store: Store, template_id: str, **kw: Any) -> Rendered:
    """The form with only the child's identity (or the area) filled in; nothing is stored."""
    template = get_template(template_id)
    src = make_source(store, template, blank=True, **kw)
    content = template.build(src)
    check_glyphs(template, src, content)
    content.update(number="", date="")
    caption = f"空白表 {src.case.case_no}" if src.case else "空白表"
    doc = render_content(template, content, marks=_marks(template, qr_text="", caption=caption))
    return Rendered(
        template_id,
        doc.render(),
        doc,
        content,
        mode="blank",
        case_id=src.case.case_id if src.case else None,
    )


def issue(
    store: Store,
    template_id: str,
    *,
    record_step: bool = True,
    cfg: config.FormsConfig | None = None,
    reissue: bool = False,
    **kw: Any,
) -> Rendered:
    """Number, freeze, render and store a document; returns it (``doc_id``, ``number``, PDF).

    A case that already has this document (not voided) is refused with ``AlreadyIssued`` unless
    ``reissue``: a second one takes a new number, so the user is asked first (a reprint of the
    first one is what is usually wanted)."""
    template = get_template(template_id)
    src = make_source(store, template, cfg=cfg, **kw)
    if not reissue and src.case is not None:
        _check_not_issued(store, template, src.case.case_id)
    step = LEGAL_STEPS.get(template.id)
    if step is not None and src.case is not None:
        from desktop.store import cases

        # the legal ladder's rules (case state, order, timing) before anything is numbered
        cases.check_legal_document(store, src.case.case_id, step, on=src.today)
    content = template.build(src)
    return _issue_built(store, template, src, content, record_step=record_step)


class AlreadyIssued(UserError):
    """The case already has this document: issuing again takes a new number (ask first)."""

    def __init__(self, message: str, *, doc_id: str, number: str) -> None:
        super().__init__(message)
        self.doc_id = doc_id
        self.number = number


def _check_not_issued(store: Store, template: Template, case_id: str) -> None:
    for r in numbering.issued(store, case_id=case_id):
        if r["template"] == template.id and not r["voided"]:
            raise AlreadyIssued(
                f"该案件已于{r['on'][:10]}出具过“{template.title}”（{r['number']}）。"
                "重新出具将占用一个新文号；如只需再打印一份，请用“重印”。确认要重新出具吗？",
                doc_id=r["id"],
                number=r["number"],
            )


def _issue_built(
    store: Store, template: Template, src: Source, content: dict[str, Any], *, record_step: bool
) -> Rendered:
    check_complete(template, src, content)
    cfg = src.cfg
    series = cfg["forms.series"].get(template.id) or template.id
    pattern = cfg["forms.patterns"].get(template.id) or template.default_pattern
    doc_id = str(uuid.uuid4())
    case = src.case
    with store.transaction():
        alloc = numbering.allocate(
            store,
            issuer=src.issuer,
            series=series,
            series_word=template.series_word,
            pattern=pattern,
            year=src.today.year,
        )
        content.update(number=alloc.number, date=_cn_date(src.today))
        doc = render_content(template, content, marks=_issued_marks(template, doc_id, alloc.number))
        pdf = doc.render()
        rendered = Rendered(
            template.id,
            pdf,
            doc,
            content,
            number=alloc.number,
            doc_id=doc_id,
            mode="issue",
            case_id=case.case_id if case else None,
        )
        snapshot = _freeze(store, content, series=series, block=alloc.block, issuer=src.issuer)
        snapshot["fonts"] = rendered.fonts
        payload = model.PrintedDocument(
            template=template.id,
            issuer=src.issuer.key,
            year=alloc.year,
            seq=alloc.seq,
            number=alloc.number,
            snapshot=snapshot,
            pdf_sha256=rendered.sha256,
        )
        store.append_event(
            "document",
            payload,
            occurred_on=src.today.isoformat(),
            case_id=case.case_id if case else None,
            child_id=_child_id(store, case.case_id) if case else None,
            event_id=doc_id,
        )
        if record_step and case is not None:
            _record_step(store, template, src, content, alloc.number)
    return rendered


def _issued_marks(template: Template, doc_id: str, number: str) -> Marks:
    return _marks(template, qr_text=qr_text(doc_id), caption=number)


def _cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _child_id(store: Store, case_id: str) -> str | None:
    row = store.conn.execute("SELECT child_id FROM cases WHERE id=?", (case_id,)).fetchone()
    return row[0] if row else None


def _record_step(
    store: Store, template: Template, src: Source, content: dict[str, Any], number: str
) -> None:
    """A notice issued is a step of the legal ladder; a 告知函 issued is a notice sent."""
    from desktop.store import cases

    assert src.case is not None
    step = LEGAL_STEPS.get(template.id)
    if step is not None:
        deadline = _iso_of_cn(content.get("deadline", ""))
        cases.record(
            store,
            src.case.case_id,
            "legal_step",
            model.LegalStep(
                step=step,
                doc_no=number,
                issuer=src.issuer.name,
                addressee=src.case.guardian["name"],
                summary=f"出具{content['title']}",
                deadline=deadline,
                amount=str(
                    src.options.get("amount")
                    or (src.cfg.penalty_amount() if template.id == "penalty" else "")
                ),
            ),
            occurred_on=src.today.isoformat(),
        )
    elif template.id == "cross_province":
        cases.record(
            store,
            src.case.case_id,
            "notice",
            model.CrossNotice(
                direction="sent",
                kind="cross_province",
                counterpart=content["addressee"].rstrip("："),
                doc_no=number,
                content=content["title"],
            ),
            occurred_on=src.today.isoformat(),
        )


def _iso_of_cn(text: str) -> dt.date | None:
    import re

    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text or "")
    return dt.date(int(m[1]), int(m[2]), int(m[3])) if m else None


# --- snapshots ----------------------------------------------------------------------------


def _freeze(
    store: Store, content: dict[str, Any], *, series: str, block: str, issuer: numbering.Issuer
) -> dict[str, Any]:
    text = db.dumps(content)
    snapshot: dict[str, Any] = {
        "v": SNAPSHOT_VERSION,
        "series": series,
        "block": block,
        "issuer_name": issuer.name,
    }
    if len(text.encode("utf-8")) <= INLINE_LIMIT:
        snapshot["content"] = content
    else:  # a county ledger: keep the event small, the content in a (synced) attachment
        snapshot["content_sha256"] = store.put_attachment(
            zlib.compress(text.encode("utf-8"), 9), "application/x-kcbx-snapshot+zlib"
        )
    return snapshot


def _thaw(store: Store, snapshot: dict[str, Any]) -> dict[str, Any]:
    if "content" in snapshot:
        return snapshot["content"]
    row = store.conn.execute(
        "SELECT data FROM attachments WHERE sha256=?", (snapshot.get("content_sha256"),)
    ).fetchone()
    if row is None:
        raise UserError(N_("文书内容快照尚未同步到本机，暂时无法重印"))
    return db.loads(zlib.decompress(row[0]).decode("utf-8"))


def load_document(store: Store, doc_id: str) -> tuple[model.PrintedDocument, str | None]:
    row = store.conn.execute(
        "SELECT payload, case_id FROM events WHERE id=? AND kind='document'", (doc_id,)
    ).fetchone()
    if row is None:
        raise UserError(N_("找不到该文书（可能尚未同步到本机）"))
    payload = model.PrintedDocument.from_record(db.loads(row[0]))
    return payload, row[1]


def reprint(store: Store, doc_id: str) -> Rendered:
    """The issued document again, drawn from its frozen snapshot; a voided one stamped 作废."""
    payload, case_id = load_document(store, doc_id)
    if case_id:
        _check_scope(store, case_id)
    template = get_template(payload.template)
    content = _thaw(store, payload.snapshot)
    marks = _issued_marks(template, doc_id, payload.number)
    if numbering.void_reason(store, doc_id) is not None:
        marks.watermark = "作废"
        marks.caption = f"{payload.number}（已作废）"
    doc = render_content(template, content, marks=marks)
    pdf = doc.render()
    rendered = Rendered(
        template.id,
        pdf,
        doc,
        content,
        number=payload.number,
        doc_id=doc_id,
        mode="reprint",
        case_id=case_id,
    )
    rendered.matches = rendered.sha256 == payload.pdf_sha256
    return rendered


def record_output(store: Store, rendered: Rendered | BatchResult, *, target: str) -> None:
    """Audit a print (``target`` = printer name) or an export (``pdf:<path>``)."""
    if isinstance(rendered, BatchResult):
        store.audit(
            "print",
            entity="events",
            row_id="",
            detail={
                "template": rendered.template,
                "mode": rendered.mode,
                "target": target,
                "documents": len(rendered.doc_ids),
                "numbers": rendered.numbers[:50],
                "pages": rendered.pages,
            },
        )
        return
    store.audit(
        "print",
        entity="events" if rendered.doc_id else "cases",
        row_id=rendered.doc_id or rendered.case_id or "",
        detail={
            "template": rendered.template,
            "mode": rendered.mode,
            "number": rendered.number,
            "target": target,
            "pages": rendered.pages,
            "sha256": rendered.sha256,
        },
    )


# --- batches ------------------------------------------------------------------------------


@dataclass
class BatchResult:
    template: str
    mode: str
    pdf: bytes = b""
    doc_ids: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    pages: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (case_no, reason)
