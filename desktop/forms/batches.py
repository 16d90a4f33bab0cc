"""Batch printing: many case documents in one PDF (issued, drafted or blank), with progress
and cancel, and the cases of a township or village to print for. Each document goes through
documents.issue/draft/blank, so a batch obeys exactly the rules a single document does."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.forms import config
from desktop.forms.documents import BatchResult, blank, draft, get_template, issue
from desktop.forms.layout import Doc, Marks
from desktop.store.repo import Store

__all__ = ["BatchResult", "batch", "select_cases"]


def batch(
    store: Store,
    template_id: str,
    case_ids: Sequence[str],
    *,
    mode: str = "issue",
    today: dt.date | None = None,
    options: dict[str, Any] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    check: Callable[[], None] | None = None,
    glyphs: str = "print",
    duplex: bool = False,
) -> BatchResult:
    """Many case documents in one PDF. ``mode``: issue (numbered, stored), draft or blank.
    ``duplex`` (double-sided printing): each document is padded to an even page count.

    ``check()`` is called between documents and may raise to cancel: the documents issued
    before then stay issued (each is stored whole, in its own transaction) and can be
    reprinted; no PDF is returned. A case that cannot be printed (e.g. a user error in its
    data) is skipped and listed, the rest go on.
    """
    template = get_template(template_id)
    if template.scope != "case":
        raise UserError(Msg("“{title}”不是按案件出具的文书，不能批量打印", title=template.title))
    if not case_ids:
        raise UserError(N_("没有符合条件的案件"))
    cfg = config.FormsConfig(store)
    result = BatchResult(template_id, mode)
    combined = Doc(pagesize=template.pagesize, title=f"{template.title}（批量）")
    first = True
    total = len(case_ids)
    for n, case_id in enumerate(case_ids):
        if check is not None:
            check()
        if progress is not None:
            progress(n, total, f"正在生成{template.title}（{n + 1}/{total}）")
        try:
            if mode == "issue":
                rendered = issue(
                    store,
                    template_id,
                    case_id=case_id,
                    today=today,
                    options=options,
                    cfg=cfg,
                    glyphs=glyphs,
                )
                result.doc_ids.append(rendered.doc_id)
                result.numbers.append(rendered.number)
            elif mode == "blank":
                rendered = blank(store, template_id, case_id=case_id, glyphs=glyphs)
            else:
                rendered = draft(
                    store,
                    template_id,
                    case_id=case_id,
                    today=today,
                    options=options,
                    glyphs=glyphs,
                )
        except UserError as exc:
            row = store.get("cases", case_id)
            result.skipped.append((row["case_no"] if row else case_id, str(exc)))
            continue
        _append(combined, rendered.doc, first=first)
        first = False
        if duplex and len(rendered.doc.pages) % 2:
            # printed on both sides: the next document starts on a new sheet, never on the
            # back of this one's 送达回证 (an empty back page, with no marks)
            combined.begin_section(Marks(page_numbers=""), rendered.doc.pagesize)
            combined.new_page(label="blank")
    if progress is not None:
        progress(total, total, "正在合成PDF")
    if not combined.pages:
        raise UserError(
            "没有生成任何文书：" + "；".join(f"{no}：{why}" for no, why in result.skipped[:3])
        )
    result.pdf = combined.render()
    result.pages = len(combined.pages)
    return result


def _append(combined: Doc, doc: Doc, *, first: bool) -> None:
    """Add a rendered document's laid-out pages (ops are reused, not laid out again)."""
    for start, marks, size in doc._sections:
        if first and start == 0:
            combined.marks, combined.pagesize = marks, size
            combined._sections = [(0, marks, size)]
        else:
            combined.begin_section(marks, size)
        end = next((s for s, _, _ in doc._sections if s > start), len(doc.pages))
        combined.pages.extend(doc.pages[start:end])
        first = False


def select_cases(
    store: Store,
    *,
    township: str = "",
    village: str = "",
    states: Sequence[str] = (),
    ledger: str = "",
) -> list[str]:
    """Case ids of a township or village (optionally in given states), in ledger order."""
    where = ["c.deleted = 0"]
    params: list[Any] = []
    if township:
        where.append("c.township_code = ?")
        params.append(township)
    if village:
        where.append("c.village_code = ?")
        params.append(village)
    if states:
        where.append(f"c.state IN ({','.join('?' * len(states))})")
        params.extend(states)
    if ledger:
        where.append("c.ledger_kind = ?")
        params.append(ledger)
    scope_sql, scope_params = store.scope.sql(
        township_col="c.township_code", school_col="c.school_id"
    )
    where.append(scope_sql)
    params.extend(scope_params)
    return [
        r[0]
        for r in store.conn.execute(
            f"SELECT c.id FROM cases c WHERE {' AND '.join(where)}"
            " ORDER BY c.township_code, c.village_code, c.case_no",
            params,
        )
    ]
