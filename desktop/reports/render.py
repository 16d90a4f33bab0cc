"""One entry point for the CLI and the UI: build a report of a kind, write it by extension."""

from __future__ import annotations

from pathlib import Path

from desktop.core.progress import QUIET, Progress
from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
from desktop.reports.model import Report
from desktop.reports.periods import Period
from desktop.store.repo import Store

KINDS = {"monthly": "月报（统计表）", "campaign": "开学专项行动统计表"}


def build_report(
    store: Store,
    period: Period,
    *,
    kind: str = "monthly",
    unit: str | None = None,
    signatures: dict[str, str] | None = None,
    names: bool = True,
    progress: Progress = QUIET,
) -> Report:
    from desktop.reports.build import campaign_report, monthly_report

    if kind == "monthly":
        return monthly_report(
            store, period, unit=unit, signatures=signatures, names=names, progress=progress
        )
    if kind == "campaign":
        return campaign_report(
            store, period, unit=unit, signatures=signatures, names=names, progress=progress
        )
    raise UserError(Msg("未知的报表类别“{kind}”", kind=kind))


def write(report: Report, path: str | Path) -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from desktop.reports.xlsx import write_report

        return write_report(report, path)
    if suffix == ".pdf":
        from desktop.reports.pdf import write_pdf

        return write_pdf(report, path)
    raise UserError(N_("输出文件的扩展名应为 .xlsx 或 .pdf"))
