"""The county's work cadences (visit cycle, reminders): settings declared in domain/config.py."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from desktop.core.changes import Changes
from desktop.core.workbench import Workbench
from desktop.domain.config import SETTINGS
from desktop.domain.errors import UserError
from desktop.ui.labels import domain_text

KEYS = (
    "visit.cadence_days",
    "visit.suspected_days",
    "followup.cadence_days",
    "monitoring.days",
    "deferral.warn_days",
    "legal.deadline_days",
)


class SettingsDialog(QDialog):
    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.changes = Changes()  # what saving changed (the open cases whose due dates moved)
        self.setWindowTitle(self.tr("工作周期设置"))
        form = QFormLayout(self)
        self.spins: dict[str, QSpinBox] = {}
        for key in KEYS:
            spin = QSpinBox()
            spin.setRange(1, 730)
            spin.setValue(int(bench.store.setting(key)))
            spin.setSuffix(self.tr(" 天"))
            self.spins[key] = spin
            form.addRow(domain_text(SETTINGS[key].label), spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        """Saved through the core: a county setting is the county administrator's (a refusal
        is shown and nothing is saved); due dates follow the new cadences."""
        try:
            self.changes = self.bench.set_settings(
                {key: spin.value() for key, spin in self.spins.items()}
            )
        except UserError as exc:
            from desktop.ui.errors import show_error

            show_error(self, exc)
            return
        self.accept()
