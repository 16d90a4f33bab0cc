"""The Workbench's reads of lists and names for screens (mixed into `Workbench`).

What a screen shows goes through here rather than through SQL of its own: reference data
(the county's divisions and schools, everyone may read them), and lists about people, kept to
the actor's scope (a teacher's account gets nothing outside the school). County settings are
changed by `set_settings`, which checks the role first (desktop/security/policy.py decides).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from desktop.core.actor import Actor
from desktop.core.changes import Changes
from desktop.store import cases
from desktop.store.county import region_name
from desktop.store.repo import Store

# Settings the open cases' due dates follow (store/cases.refresh recomputes them).
DUE_DATE_SETTINGS = frozenset(
    {"visit.cadence_days", "visit.suspected_days", "followup.cadence_days", "monitoring.days"}
)


class Lookups:
    store: Store
    actor: Actor

    if TYPE_CHECKING:

        def require_write(self) -> None: ...  # the Workbench's: the actor's right to write

    # --- reference data ------------------------------------------------------------------

    def region_names(self) -> dict[str, str]:
        """Every division's name by its code (county, townships, villages)."""
        return {
            r["code"]: r["name"] for r in self.store.conn.execute("SELECT code, name FROM regions")
        }

    def region_name(self, code: str) -> str:
        """A division's name; its code when it is unknown."""
        return region_name(self.store, code)

    def school_name(self, school_id: str) -> str:
        """A school's name; the start of its id when it is unknown."""
        row = self.store.conn.execute(
            "SELECT name FROM schools WHERE id=?", (school_id,)
        ).fetchone()
        return str(row["name"]) if row else school_id[:8]

    def schools(self) -> list[tuple[str, str]]:
        """The county's schools (id, name) by name, for choosing a teacher's school."""
        return [
            (r["id"], r["name"])
            for r in self.store.conn.execute(
                "SELECT id, name FROM schools WHERE deleted=0 ORDER BY name"
            )
        ]

    # --- lists about people, in the actor's scope ----------------------------------------

    def open_case_ids(self) -> list[str]:
        """The ids of the cases not closed, in the actor's scope."""
        where, params = self.actor.scope.sql(township_col="township_code", school_col="school_id")
        return [
            r["id"]
            for r in self.store.conn.execute(
                f"SELECT id FROM cases WHERE state != 'closed' AND deleted=0 AND {where}", params
            )
        ]

    # --- the device's sync log (no one's personal data) ----------------------------------

    def sync_history(self, limit: int = 500) -> tuple[dict[str, str], list[sqlite3.Row]]:
        """The bundles sent and received, newest first, and the peers' names by device id."""
        names = {
            r["device_id"]: r["name"]
            for r in self.store.conn.execute("SELECT device_id, name FROM sync_peers")
        }
        rows = self.store.conn.execute(
            "SELECT * FROM sync_bundles ORDER BY done_at DESC, id LIMIT ?", (int(limit),)
        ).fetchall()
        return names, rows

    # --- settings --------------------------------------------------------------------------

    def _setting_or_none(self, key: str) -> Any:
        """A setting's value; None for one never set that has no declared default (ui.*)."""
        try:
            return self.store.setting(key)
        except KeyError:
            return None

    def set_settings(self, values: Mapping[str, Any]) -> Changes:
        """Change settings, all or none: the role's right to each is checked before anything is
        written (a county setting is the county administrator's). A changed cadence moves the
        open cases' due dates, in the same transaction. Nothing to change: empty Changes."""
        self.require_write()
        changed = {k: v for k, v in values.items() if self._setting_or_none(k) != v}
        if not changed:
            return Changes()
        if self.actor.permit is not None:
            for key in changed:
                self.actor.permit(self.store, "update", "settings", {"id": key})
        ids: list[str] = []
        with self.store.transaction():
            for key, value in changed.items():
                self.store.set_setting(key, value)
            if DUE_DATE_SETTINGS & changed.keys():
                ids = self.open_case_ids()
                cases.refresh(self.store, ids)
        return Changes.of("", settings=changed, cases=ids)
