"""What a command changed: the kinds of rows and their ids (Anki's OpChanges).

The UI's change signal carries it; a view looks at it to decide whether it must refresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

# Entity kinds a command reports (table names of the store).
KINDS = ("children", "guardians", "cases", "plans", "events", "attachments", "settings")


@dataclass(frozen=True)
class Changes:
    """`touched[kind]` = ids of rows of that kind written; `id` = the main row written (the
    event recorded, the case opened…), what a dialog keeps as its result."""

    touched: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    id: str = ""

    @classmethod
    def of(cls, main: str = "", **kinds: Iterable[str]) -> Changes:
        return cls(MappingProxyType({k: frozenset(v) for k, v in kinds.items() if v}), id=main)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, frozenset[str]] = dict(self.touched)
        for kind, ids in other.touched.items():
            merged[kind] = merged.get(kind, frozenset()) | ids
        return Changes(MappingProxyType(merged), id=self.id or other.id)

    def ids(self, kind: str) -> frozenset[str]:
        return self.touched.get(kind, frozenset())

    def affects(self, *kinds: str) -> bool:
        return any(self.touched.get(k) for k in kinds)

    @property
    def everything(self) -> bool:
        """An unspecified change (a sync, an import): views reload everything."""
        return not self.touched

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, **{k: sorted(v) for k, v in sorted(self.touched.items())}}


ALL = Changes()  # "something changed, reload" (imports, syncs: not yet described per row)
