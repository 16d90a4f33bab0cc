"""Feature modules that add their menus, panels and actions to the main window.

Each module listed here exposes `install(window: MainWindow) -> None`. The main window calls
them in order after building itself; a module not present in this build is skipped.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

FEATURES = (
    "desktop.ui.printing",  # print preview, save as PDF, batch printing (forms)
    "desktop.ui.sync_panel",  # sync status, review queue, bundle history (sync, hub)
    "desktop.ui.intake_screens",  # roster import, registry comparison, dashboard, reports
    "desktop.ui.security_ui",  # users, lock, audit view, backups
    "desktop.ui.prevention_screens",  # absence register, children at risk, 帮扶 plans
    "desktop.ui.county_screens",  # rule check, 一县一案, 挂牌督战, 督导 (county accounts)
)

log = logging.getLogger("kcbx.ui")


def install_all(window: MainWindow) -> list[str]:
    installed = []
    for name in FEATURES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.install(window)
        installed.append(name)
    return installed
