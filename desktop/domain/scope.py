"""What part of the county a user or a device may see: the one place scope is defined.

The store applies a Scope to every query of children and cases (`sql()`), the sync layer to
every export, so a teacher sees only the students of the school, a township cadre only the
township, whatever the screen or command asks for.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scope:
    townships: frozenset[str] | None = None  # 12-digit township codes; None = all
    schools: frozenset[str] | None = None  # school ids; None = all

    @classmethod
    def everything(cls) -> Scope:
        return cls()

    @classmethod
    def township(cls, *codes: str) -> Scope:
        return cls(townships=frozenset(codes))

    @classmethod
    def school(cls, *ids: str) -> Scope:
        return cls(schools=frozenset(ids))

    @property
    def is_everything(self) -> bool:
        return self.townships is None and self.schools is None

    def sql(self, *, township_col: str, school_col: str) -> tuple[str, list[str]]:
        """A WHERE fragment (never empty) and its parameters."""
        clauses: list[str] = []
        params: list[str] = []
        if self.townships is not None:
            clauses.append(
                f"{township_col} IN ({','.join('?' * len(self.townships))})"
                if self.townships
                else "0"
            )
            params.extend(sorted(self.townships))
        if self.schools is not None:
            clauses.append(
                f"{school_col} IN ({','.join('?' * len(self.schools))})" if self.schools else "0"
            )
            params.extend(sorted(self.schools))
        return (" AND ".join(clauses) or "1"), params

    def allows(self, *, township_code: str | None, school_id: str | None) -> bool:
        if self.townships is not None and township_code not in self.townships:
            return False
        return not (self.schools is not None and school_id not in self.schools)
