"""Finding a child as the user types: characters, full pinyin, initials, ID/学籍号 fragments.

Most names are two or three characters, and SQLite's trigram index finds nothing under three,
so search does not use FTS. Each child's keys are kept in `child_search` (written by
`update_keys()` whenever children are written, by the store or a sync) and loaded into a few
flat strings in memory; a query is a handful
of `str.find` scans over them (a few MB), tier by tier from exact to substring, stopping when
enough children are found. Changes since the last load are picked up from the change log.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
import unicodedata
from array import array
from dataclasses import dataclass, field
from typing import ClassVar

from desktop.domain.scope import Scope

SEP = "\x1f"
_FIELDS = ("names", "pinyin", "initials", "numbers", "places")


@dataclass(frozen=True)
class Hit:
    child_seq: int
    rank: int  # lower is better
    field: str


def normalise_query(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    return re.sub(r"[\s'·•]", "", text)


def _kind(q: str) -> str:
    if re.fullmatch(r"[a-z]+", q):
        return "alpha"
    if re.fullmatch(r"[0-9x]+|[gljxd0-9]+", q) and any(c.isdigit() for c in q):
        return "number"
    return "text"


@dataclass
class _FieldIndex:
    text: str = SEP
    starts: array = field(
        default_factory=lambda: array("l")
    )  # offset where each child's keys start
    seqs: array = field(default_factory=lambda: array("l"))

    def owner(self, pos: int) -> int:
        return self.seqs[bisect.bisect_right(self.starts, pos) - 1]


class SearchIndex:
    """In-memory index of every child's search keys, refreshed lazily from the database."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._fields: dict[str, _FieldIndex] = {}
        self._overlay: dict[int, dict[str, str]] = {}  # children changed since the last load
        self._built_at = -1
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def _last_change(self) -> int:
        return self.conn.execute("SELECT max(seq) FROM changes").fetchone()[0] or 0

    def build(self) -> None:
        parts: dict[str, list[str]] = {f: [] for f in _FIELDS}
        starts: dict[str, array] = {f: array("l") for f in _FIELDS}
        offsets = dict.fromkeys(_FIELDS, 1)
        seqs = array("l")
        last = self._last_change()
        for row in self.conn.execute(
            f"SELECT child_seq, {', '.join(_FIELDS)} FROM child_search ORDER BY child_seq"
        ):
            seqs.append(row[0])
            for i, f in enumerate(_FIELDS, start=1):
                chunk = SEP.join(row[i].split(" ")) + SEP if row[i] else SEP
                starts[f].append(offsets[f])
                parts[f].append(chunk)
                offsets[f] += len(chunk)
        self._fields = {f: _FieldIndex(SEP + "".join(parts[f]), starts[f], seqs) for f in _FIELDS}
        self._overlay.clear()
        self._size = len(seqs)
        self._built_at = last

    def refresh(self) -> None:
        """Pick up children added or changed since the index was built."""
        last = self._last_change()
        if self._built_at < 0:
            self.build()
            return
        if last == self._built_at:
            return
        changed = self.conn.execute(
            "SELECT DISTINCT c.seq FROM changes ch JOIN children c ON c.id = ch.row_id"
            " WHERE ch.seq > ? AND ch.entity IN ('children', 'schools')",
            (self._built_at,),
        ).fetchall()
        if len(changed) + len(self._overlay) > 2000:
            self.build()
            return
        for (seq,) in changed:
            row = self.conn.execute(
                f"SELECT {', '.join(_FIELDS)} FROM child_search WHERE child_seq=?", (seq,)
            ).fetchone()
            if row is not None:
                self._overlay[seq] = {
                    f: SEP + SEP.join((row[i] or "").split(" ")) + SEP
                    for i, f in enumerate(_FIELDS)
                }
        self._built_at = last

    def search(self, query: str, *, limit: int = 200) -> list[Hit]:
        """Children matching `query`, best first (exact, then prefix, then anywhere)."""
        self.refresh()
        q = normalise_query(query)
        if not q:
            return []
        kind = _kind(q)
        if kind == "alpha":
            tiers = [
                ("initials", SEP + q + SEP),
                ("pinyin", SEP + q + SEP),
                ("initials", SEP + q),
                ("pinyin", SEP + q),
                ("pinyin", q),
            ]
        elif kind == "number":
            q = q.upper()
            tiers = [
                ("numbers", SEP + q + SEP),
                ("numbers", q + SEP),
                ("numbers", SEP + q),
                ("numbers", q),
            ]
        else:
            tiers = [
                ("names", SEP + q + SEP),
                ("names", SEP + q),
                ("names", q),
                ("places", q),
            ]
        found: dict[int, tuple[int, str]] = {}
        # Rare queries (most typed ones once a few letters are in): one pass per field, each
        # occurrence ranked by where it sits in its key. Frequent ones (a single letter): tier by
        # tier with an early stop, so the best-ranked children come first without a full scan.
        if not self._scan_once(kind, q, found, cap=limit * 4):
            found.clear()
            for rank, (fname, pattern) in enumerate(tiers):
                self._scan(fname, pattern, rank, found, limit)
                if len(found) >= limit:
                    break
        if self._overlay:
            self._apply_overlay(tiers, found)
        best = sorted(found.items(), key=lambda item: (item[1][0], item[0]))[:limit]
        return [Hit(seq, rank, fname) for seq, (rank, fname) in best]

    # (exact, prefix, suffix, anywhere) ranks per field; None = not a match for that field.
    _RANKS: ClassVar[dict[str, tuple[tuple[str, tuple[int | None, ...]], ...]]] = {
        "alpha": (("initials", (0, 2, None, None)), ("pinyin", (1, 3, 4, 4))),
        "number": (("numbers", (0, 2, 1, 3)),),
        "text": (("names", (0, 1, 2, 2)), ("places", (3, 3, 3, 3))),
    }

    def _scan_once(self, kind: str, q: str, found: dict[int, tuple[int, str]], *, cap: int) -> bool:
        """Rank every occurrence of q; False if there are more than `cap` (use the tiers)."""
        seen = 0
        for fname, ranks in self._RANKS[kind]:
            index = self._fields.get(fname)
            if index is None:
                continue
            text, find, n = index.text, index.text.find, len(q)
            starts, seqs, overlay, bisect_right = (
                index.starts,
                index.seqs,
                self._overlay,
                bisect.bisect_right,
            )
            pos = find(q)
            while pos != -1:
                seen += 1
                if seen > cap:
                    return False
                start, end = text[pos - 1] == SEP, text[pos + n] == SEP
                rank = (
                    ranks[0]
                    if start and end
                    else ranks[1]
                    if start
                    else ranks[2]
                    if end
                    else ranks[3]
                )
                if rank is not None:
                    seq = seqs[bisect_right(starts, pos) - 1]
                    if seq not in overlay:
                        hit = found.get(seq)
                        if hit is None or rank < hit[0]:
                            found[seq] = (rank, fname)
                pos = find(q, pos + 1)
        return True

    def _scan(
        self, fname: str, pattern: str, rank: int, found: dict[int, tuple[int, str]], limit: int
    ) -> None:
        index = self._fields.get(fname)
        if index is None:
            return
        text, find = index.text, index.text.find
        starts, seqs, overlay, bisect_right = (
            index.starts,
            index.seqs,
            self._overlay,
            bisect.bisect_right,
        )
        lead = pattern[0] == SEP
        end = len(text)
        pos = find(pattern)
        while pos != -1 and len(found) < limit:
            i = bisect_right(starts, pos + lead)
            seq = seqs[i - 1]
            if seq not in found and seq not in overlay:
                found[seq] = (rank, fname)
            # One hit per child is enough: continue at the next child's keys.
            pos = find(pattern, starts[i] - 1 if i < len(starts) else end)

    def _apply_overlay(
        self, tiers: list[tuple[str, str]], found: dict[int, tuple[int, str]]
    ) -> None:
        for seq, keys in self._overlay.items():
            found.pop(seq, None)
            for rank, (fname, pattern) in enumerate(tiers):
                if pattern in keys[fname]:
                    found[seq] = (rank, fname)
                    break


def update_keys(conn: sqlite3.Connection, child_ids: list[str] | None = None) -> int:
    """(Re)compute the search keys of the given children (all when None); return how many."""
    from desktop.domain.names import pinyin_keys

    sql = (
        "SELECT c.seq, c.name, c.id_number, c.xueji_no, coalesce(r.name, ''), coalesce(s.name, '')"
        " FROM children c LEFT JOIN regions r ON r.code = c.village_code"
        " LEFT JOIN schools s ON s.id = c.school_id"
    )
    if child_ids is None:
        rows = conn.execute(sql).fetchall()
    else:
        rows = []
        for i in range(0, len(child_ids), 500):
            chunk = child_ids[i : i + 500]
            rows += conn.execute(
                f"{sql} WHERE c.id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
    out = []
    for seq, name, idno, xueji, village, school in rows:
        full, initials = pinyin_keys(name)
        out.append(
            (
                seq,
                name,
                " ".join(full),
                " ".join(initials),
                f"{idno} {xueji}".strip(),
                f"{village} {school}".strip(),
            )
        )
    conn.executemany(
        "INSERT OR REPLACE INTO child_search(child_seq, names, pinyin, initials, numbers, places) VALUES (?,?,?,?,?,?)",
        out,
    )
    return len(out)


_BRACKETS = re.compile(r"[〔〕\[\]【】()（）{}]")
_CASE_NO = re.compile(r"[0-9A-Z]+(?:-[0-9A-Z]*)+")


def number_matches(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> list[int]:
    """Child seqs whose case number (2026-100-0001) or a 文书 number on their record
    (从教劝〔2026〕3号, typed with any brackets) contains `query`; best first. Case and
    document numbers are printed on every form, so people search by them."""
    raw = re.sub(r"\s+", "", unicodedata.normalize("NFKC", query))
    found: list[int] = []
    q = raw.upper()
    if _CASE_NO.fullmatch(q) and sum(c.isdigit() for c in q) >= 4:
        found += [
            r[0]
            for r in conn.execute(
                "SELECT ch.seq FROM cases c JOIN children ch ON ch.id = c.child_id"
                " WHERE c.deleted = 0 AND upper(c.case_no) LIKE ?"
                " ORDER BY upper(c.case_no) LIKE ? DESC, c.case_no DESC LIMIT ?",
                (f"%{q}%", f"{q}%", limit),
            )
        ]
    if re.search(r"\d", raw) and (_BRACKETS.search(raw) or "号" in raw or "字" in raw):
        pattern = _BRACKETS.sub("_", raw.replace("%", "").replace("_", ""))
        found += [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT ch.seq FROM events e JOIN children ch ON ch.id = e.child_id"
                " WHERE e.kind IN ('document', 'legal_step', 'service_receipt', 'notice')"
                " AND e.payload LIKE ? ORDER BY e.occurred_on DESC LIMIT ?",
                (f"%{pattern}%", limit),
            )
        ]
    return list(dict.fromkeys(found))[:limit]


def search_children(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 50,
    scope: Scope | None = None,
    index: SearchIndex | None = None,
) -> list[sqlite3.Row]:
    """Rows of matching children the scope allows (for the CLI and small callers), best first."""
    index = index or SearchIndex(conn)
    scope = scope or Scope.everything()
    hits = index.search(query, limit=limit if scope.is_everything else limit * 20)
    seqs = list(dict.fromkeys(number_matches(conn, query) + [h.child_seq for h in hits]))
    if not seqs:
        return []
    order = {seq: i for i, seq in enumerate(seqs)}
    where, params = scope.sql(township_col="c.township_code", school_col="c.school_id")
    rows = conn.execute(
        f"SELECT c.*, r.name AS village_name, s.name AS school_name FROM children c"
        f" LEFT JOIN regions r ON r.code = c.village_code LEFT JOIN schools s ON s.id = c.school_id"
        f" WHERE c.seq IN ({','.join('?' * len(seqs))}) AND c.deleted = 0 AND {where}",
        seqs + params,
    ).fetchall()
    return sorted(rows, key=lambda r: order[r["seq"]])[:limit]
