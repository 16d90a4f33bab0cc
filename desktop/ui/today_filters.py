"""Today's filters (mine / township / village / kind) and its order (by urgency).

`arrange(items, facets, filter)` groups the items by section, newly suspected children in their
own group ("verify", before the visits), keeps those the filter allows and puts the most overdue
first. `TodayFilters` is the bar above the list; each choice shows how many items it has.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.store.queries import TodayItem
from desktop.store.queries_today import CaseFacet


@dataclass(frozen=True)
class TodayFilter:
    mine: bool = False
    township: str = ""
    village: str = ""
    kind: str = ""


def group_of(item: TodayItem, facets: dict[str, CaseFacet]) -> str:
    facet = facets.get(item.case_id or "")
    if item.section == "visits" and facet is not None and facet.state == "suspected":
        return "verify"  # a newly suspected child: checked within days, first on the list
    return item.section


def _facet(item: TodayItem, facets: dict[str, CaseFacet]) -> CaseFacet | None:
    return facets.get(item.case_id or "") or facets.get(item.child_id or "")


def allowed(item: TodayItem, facets: dict[str, CaseFacet], f: TodayFilter) -> bool:
    facet = _facet(item, facets)
    if f.mine and not (facet is not None and facet.mine):
        return False
    if f.township and (facet is None or facet.township_code != f.township):
        return False
    if f.village and (facet is None or facet.village_code != f.village):
        return False
    return not (f.kind and group_of(item, facets) != f.kind)


def urgency(item: TodayItem) -> tuple[bool, str]:
    """Overdue first (the longest overdue first), then the soonest due."""
    return (not item.overdue, item.due or "9999-12-31")


def arrange(
    items: list[TodayItem], facets: dict[str, CaseFacet], f: TodayFilter
) -> dict[str, list[TodayItem]]:
    groups: dict[str, list[TodayItem]] = {}
    for item in items:
        if allowed(item, facets, f):
            groups.setdefault(group_of(item, facets), []).append(item)
    return {key: sorted(group, key=urgency) for key, group in groups.items()}


class TodayFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mine = QCheckBox(self.tr("只看我经手的"))
        self.mine.setToolTip(self.tr("我立案或记录过工作的案件"))
        self.township = QComboBox()
        self.village = QComboBox()
        self.kind = QComboBox()
        for box in (self.township, self.village, self.kind):
            box.setMinimumContentsLength(8)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mine)
        for label, box in (
            (self.tr("乡镇："), self.township),
            (self.tr("村："), self.village),
            (self.tr("事项："), self.kind),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(box, 1)
        row.addStretch(0)
        self.mine.toggled.connect(self._changed)
        self.township.currentIndexChanged.connect(self._township_changed)
        self.village.currentIndexChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self._items: list[TodayItem] = []
        self._facets: dict[str, CaseFacet] = {}
        self._sections: tuple[tuple[str, str], ...] = ()

    def set_sections(self, sections: tuple[tuple[str, str], ...]) -> None:
        self._sections = sections

    def value(self) -> TodayFilter:
        return TodayFilter(
            self.mine.isChecked(),
            self.township.currentData() or "",
            self.village.currentData() or "",
            self.kind.currentData() or "",
        )

    def offer(self, items: list[TodayItem], facets: dict[str, CaseFacet]) -> None:
        """Fill the choices from these items (keeping what is chosen), each with its count."""
        self._items, self._facets = items, facets
        self._fill_townships()
        self._fill_villages()
        self._fill_kinds()

    # --- choices ----------------------------------------------------------------------

    def _base(self, *, township: bool = True, village: bool = True, kind: bool = True):
        f = self.value()
        f = TodayFilter(
            f.mine,
            f.township if township else "",
            f.village if village else "",
            f.kind if kind else "",
        )
        return [i for i in self._items if allowed(i, self._facets, f)]

    def _refill(self, box: QComboBox, everything: str, choices: list[tuple[str, str, int]]) -> None:
        keep = box.currentData() or ""
        box.blockSignals(True)
        box.clear()
        total = sum(n for _, _, n in choices)
        box.addItem(
            QCoreApplication.translate("TodayFilters", "%1（%2）")
            .replace("%1", everything)
            .replace("%2", str(total)),
            "",
        )
        for code, name, n in choices:
            box.addItem(
                QCoreApplication.translate("TodayFilters", "%1（%2）")
                .replace("%1", name)
                .replace("%2", str(n)),
                code,
            )
        at = box.findData(keep)
        box.setCurrentIndex(at if at >= 0 else 0)
        box.blockSignals(False)

    def _fill_townships(self) -> None:
        counts: Counter[tuple[str, str]] = Counter()
        for item in self._base(township=False, village=False):
            facet = _facet(item, self._facets)
            if facet is not None and facet.township_code:
                counts[(facet.township_code, facet.township)] += 1
        choices = [(code, name, n) for (code, name), n in sorted(counts.items())]
        self._refill(self.township, QCoreApplication.translate("TodayFilters", "全部乡镇"), choices)

    def _fill_villages(self) -> None:
        counts: Counter[tuple[str, str]] = Counter()
        township = self.township.currentData() or ""
        if township:
            for item in self._base(village=False):
                facet = _facet(item, self._facets)
                if facet is not None and facet.village_code:
                    counts[(facet.village_code, facet.village)] += 1
        choices = [(code, name, n) for (code, name), n in sorted(counts.items())]
        self._refill(self.village, QCoreApplication.translate("TodayFilters", "全部村"), choices)
        self.village.setEnabled(bool(township))

    def _fill_kinds(self) -> None:
        counts = Counter(group_of(i, self._facets) for i in self._base(kind=False))
        choices = [
            (key, QCoreApplication.translate("Today", title), counts[key])
            for key, title in self._sections
            if counts.get(key)
        ]
        self._refill(self.kind, QCoreApplication.translate("TodayFilters", "全部事项"), choices)

    def _township_changed(self) -> None:
        self.village.blockSignals(True)
        self.village.setCurrentIndex(0)
        self.village.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._fill_townships()
        self._fill_villages()
        self._fill_kinds()
        self.changed.emit()
