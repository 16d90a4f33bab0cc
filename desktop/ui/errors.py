"""Errors the user can act on get a plain Chinese message; anything else the crash dialog."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.errors import UserError
from desktop.ui.labels import user_message

log = logging.getLogger("kcbx.ui")


def show_error(parent: QWidget | None, exc: BaseException, details: str | None = None) -> None:
    if isinstance(exc, UserError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "无法完成"), user_message(exc)
        )
        return
    details = details or "".join(traceback.format_exception(exc))
    log.error("unexpected error: %s", details)
    from desktop.ui.crash import crash_text

    crash_box(parent, crash_text(details)).exec()


def crash_box(parent: QWidget | None, details: str, *, previous: bool = False) -> QMessageBox:
    """The one crash dialog: what happened in plain words, details for the county IT staff."""
    from desktop.ui.crash import log_file

    text = (
        QCoreApplication.translate(
            "Errors",
            "上次运行时程序意外退出。已保存的数据不受影响；未保存的录入已作为草稿保留，可在工作台中继续。",
        )
        if previous
        else QCoreApplication.translate(
            "Errors", "程序遇到意外错误，本次操作未完成。已保存的数据不受影响。"
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "程序出错"),
        text,
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Errors",
            "详细信息已记录到日志：{0}\n如问题反复出现，请把详细信息发给县教育局信息管理员。",
        ).format(log_file())
    )
    box.setDetailedText(details)
    return box
