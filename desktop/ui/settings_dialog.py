"""The county's work cadences (visit cycle, reminders): settings declared in domain/config.py."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from desktop.domain.config import SETTINGS
from desktop.store import cases
from desktop.store.repo import Store

KEYS = (
    "visit.cadence_days",
    "visit.suspected_days",
    "followup.cadence_days",
    "monitoring.days",
    "deferral.warn_days",
    "legal.deadline_days",
)


class SettingsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("工作周期设置"))
        form = QFormLayout(self)
        self.spins: dict[str, QSpinBox] = {}
        for key in KEYS:
            spin = QSpinBox()
            spin.setRange(1, 730)
            spin.setValue(int(store.setting(key)))
            spin.setSuffix(self.tr(" 天"))
            self.spins[key] = spin
            form.addRow(SETTINGS[key].label, spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        changed = False
        for key, spin in self.spins.items():
            if int(self.store.setting(key)) != spin.value():
                self.store.set_setting(key, spin.value())
                changed = True
        if changed:
            # Due dates follow the cadences: recompute the open cases' derived columns.
            ids = [
                r[0]
                for r in self.store.conn.execute("SELECT id FROM cases WHERE state != 'closed'")
            ]
            cases.refresh(self.store, ids)
        self.accept()
