"""Errors the user can act on get a plain Chinese message; anything else the crash dialog."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import UserError

log = logging.getLogger("kcbx.ui")


def show_error(parent: QWidget | None, exc: BaseException, details: str | None = None) -> None:
    if isinstance(exc, UserError):
        QMessageBox.warning(parent, "无法完成", str(exc))
        return
    details = details or "".join(traceback.format_exception(exc))
    log.error("unexpected error: %s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "程序出错",
        "程序遇到意外错误，本次操作未完成。\n详细信息已记录到日志。",
        parent=parent,
    )
    box.setDetailedText(details)
    box.exec()
