"""Finding a child as the user types: characters, full pinyin, initials, ID/学籍号 fragments.

The index lives in the database, written in the same transaction as the child (`update_keys()`,
called by the store and by a sync's merge), so nothing is built when the app starts: the first
key press reads the same few index pages as the hundredth, and memory does not grow with the
county. Two structures, each a range or n-gram lookup (PLATFORM.md: SQLite's trigram index
finds nothing under three characters, and most names are two or three):

- `search_keys(key, child_seq)`, a covering primary key (WITHOUT ROWID), one row per key, the
  key's first letter saying what it is: `A` the name, `a` each later part of it (三丰 of 张三丰),
  `B` a full pinyin spelling (every reading of every character, the surname table first), `b`
  the spelling from a later syllable on (sanfeng), `C` the initials (zsf). Exact and prefix
  matches are an equality or a range scan of the key, read in order and stopped at the limit.
- `search_numbers`, an FTS5 trigram index (detail=none; its text is child_search.numbers) of
  the ID and 学籍号: a fragment of three or more characters finds its candidates by its
  trigrams, and each is checked against the child's numbers. Exact and prefix matches of a number use the children
  table's own indexes.

Villages and schools (places) match through their own small tables and the children's indexes.
`child_search` keeps, per child, what was indexed (the name and the numbers), so it can be
taken out again when the child changes, and the name's pinyin spellings (sorting by name, and
finding same-sounding names among possible duplicates).
The keys of a name are a pure function of the name (`name_keys`); a change to that function
needs a migration step that calls `rebuild()`.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from desktop.domain.scope import Scope

TOP = chr(0x10FFFF)  # sorts after every character: prefix p is the range [p, p + TOP)
NAME, NAME_PART, PINYIN, PINYIN_PART, INITIALS = "A", "a", "B", "b", "C"


class Hit(NamedTuple):
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


@lru_cache(maxsize=65536)
def _name_index(name: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(full pinyin spellings, initials, search keys) of a name: one pass over its readings
    (the spellings as domain.names.pinyin_keys gives them, primary reading first). Names repeat
    (张伟), so the cache spares most of an import's pinyin work."""
    from desktop.domain.names import MAX_COMBINATIONS, name_readings

    keys: set[str] = set()
    text = normalise_query(name)
    if text:
        keys.add(NAME + text)
        keys.update(NAME_PART + text[i:] for i in range(1, len(text)))
    full: dict[str, None] = {}
    initials: dict[str, None] = {}
    syllables = name_readings(name)
    if syllables:
        for combo in itertools.islice(itertools.product(*syllables), MAX_COMBINATIONS):
            full["".join(combo)] = None
            initials["".join(s[0] for s in combo)] = None
        keys.update(PINYIN + f for f in full)
        keys.update(INITIALS + i for i in initials)
        for i in range(1, len(syllables)):  # from each later syllable on
            tails = itertools.islice(itertools.product(*syllables[i:]), MAX_COMBINATIONS)
            keys.update(PINYIN_PART + "".join(tail) for tail in tails)
    return tuple(full), tuple(initials), frozenset(keys)


def name_keys(name: str) -> frozenset[str]:
    """Every search key of a name (see the module's docstring)."""
    return _name_index(name)[2]


SAMPLE, RUNS = 512, 16  # numbers read to learn which trigrams most numbers share
_SAMPLES: dict[tuple[str, int], dict[str, int]] = {}  # per file, see SearchIndex._common


def _trigram_query(q: str, common: dict[str, int] | None = None) -> str:
    """The FTS query for candidates of fragment q: its three rarest trigrams (then the latest:
    a number's end is its rarest part), leaving out any that over a quarter of the numbers
    hold unless all are. Joining a trigram most numbers hold — the county's
    region code and the birth years at an ID's start, e.g. "205" of 520526 in 97 % of a
    province slice's children — cost 30–600 ms there; `common` counts each trigram in a
    sample of the numbers (`SearchIndex._common`). Candidates are then checked to hold q."""
    grams = [q[i : i + 3] for i in range(len(q) - 2)]
    counts = common or {}
    order = sorted(range(len(grams)), key=lambda i: (counts.get(grams[i], 0), -i))
    seen = counts.get("", 0)  # how many children the sample read
    rare = [i for i in order[:3] if counts.get(grams[i], 0) * 4 <= seen] or order[:1]
    chosen = sorted({grams[i] for i in rare}, key=grams.index)
    return " AND ".join(f'"{g}"' for g in chosen)


class SearchIndex:
    """Searches the on-disk index of `conn`; holds nothing but the connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _common(self) -> dict[str, int]:
        """How often each trigram occurs in about SAMPLE children's numbers ("": how many
        children were read), read in RUNS runs of neighbours spread over the children (a few
        pages, never a scan). Kept per database file until its children double (a search box
        makes an index per search); only a hint of which trigrams to join: a sample gone
        stale costs time, never a result."""
        top = self.conn.execute("SELECT max(seq) FROM children").fetchone()[0] or 0
        path = self.conn.execute("PRAGMA database_list").fetchone()[2]
        key = (path, top.bit_length())
        sample = _SAMPLES.get(key) if path else None
        if sample is None:
            sample = {}
            step = max(1, top // RUNS)
            for start in range(0, top, step):  # RUNS runs of neighbours: a few pages
                for numbers in self.conn.execute(
                    "SELECT id_number, xueji_no FROM children WHERE seq > ? ORDER BY seq LIMIT ?",
                    (start, min(step, SAMPLE // RUNS)),
                ):
                    sample[""] = sample.get("", 0) + 1
                    for number in numbers:
                        n = (number or "").upper()
                        for g in {n[i : i + 3] for i in range(len(n) - 2)}:
                            sample[g] = sample.get(g, 0) + 1
            if path:
                while len(_SAMPLES) >= 8:
                    del _SAMPLES[next(iter(_SAMPLES))]
                _SAMPLES[key] = sample
        return sample

    def __len__(self) -> int:
        return self.conn.execute("SELECT count(*) FROM child_search").fetchone()[0]

    def search(self, query: str, *, limit: int = 200) -> list[Hit]:
        """Children matching `query`, best first (exact, then prefix, then anywhere)."""
        q = normalise_query(query)
        if not q:
            return []
        found: dict[int, tuple[int, str]] = {}
        kind = _kind(q)
        if kind == "number":
            self._numbers(q.upper(), found, limit)
        else:
            if kind == "alpha":
                tiers = [
                    ("initials", INITIALS + q, True),
                    ("pinyin", PINYIN + q, True),
                    ("initials", INITIALS + q, False),
                    ("pinyin", PINYIN + q, False),
                    ("pinyin", PINYIN_PART + q, False),
                ]
            else:
                tiers = [
                    ("names", NAME + q, True),
                    ("names", NAME + q, False),
                    ("names", NAME_PART + q, False),
                ]
            for rank, (fname, key, exact) in enumerate(tiers):
                self._keys(key, exact, rank, fname, found, limit)
                if len(found) >= limit:
                    break
            if kind == "text" and len(found) < limit:
                self._places(q, len(tiers), found, limit)
        best = sorted(found.items(), key=lambda item: item[1][0])[:limit]
        return [Hit(seq, rank, fname) for seq, (rank, fname) in best]

    def _keys(
        self,
        key: str,
        exact: bool,
        rank: int,
        fname: str,
        found: dict[int, tuple[int, str]],
        limit: int,
    ) -> None:
        if exact:
            cursor = self.conn.execute(
                "SELECT child_seq FROM search_keys WHERE key = ? LIMIT ?", (key, limit)
            )
        else:
            # Read in key order; a child with several spellings under the prefix comes more
            # than once (skipped here: DISTINCT would sort them all in a temporary table).
            cursor = self.conn.execute(
                "SELECT child_seq FROM search_keys WHERE key >= ? AND key < ?", (key, key + TOP)
            )
        while rows := cursor.fetchmany(256):
            for (seq,) in rows:
                if seq not in found:
                    found[seq] = (rank, fname)
                    if len(found) >= limit:
                        return

    def _places(self, q: str, rank: int, found: dict[int, tuple[int, str]], limit: int) -> None:
        """Children of a village or school whose name contains q."""
        for sql in (
            "SELECT seq FROM children WHERE village_code IN"
            " (SELECT code FROM regions WHERE instr(name, ?) > 0) LIMIT ?",
            "SELECT seq FROM children WHERE school_id IN"
            " (SELECT id FROM schools WHERE instr(name, ?) > 0) LIMIT ?",
        ):
            for (seq,) in self.conn.execute(sql, (q, limit + len(found))):
                if seq not in found:
                    found[seq] = (rank, "places")
                    if len(found) >= limit:
                        return

    def _numbers(self, q: str, found: dict[int, tuple[int, str]], limit: int) -> None:
        """Exact 0, ends with 1, starts with 2, anywhere 3: ID number or 学籍号."""
        rows: list[tuple[int, str, str]] = []
        for column in ("id_number", "xueji_no"):
            rows += self.conn.execute(
                f"SELECT seq, id_number, xueji_no FROM children"
                f" WHERE {column} >= ? AND {column} < ? AND {column} != '' LIMIT ?",
                (q, q + TOP, limit),
            ).fetchall()
        if len(q) >= 3:
            # Candidates hold some trigrams of q; only those holding q count towards the limit.
            rows += self.conn.execute(
                "SELECT c.seq, c.id_number, c.xueji_no FROM search_numbers f"
                " JOIN children c ON c.seq = f.rowid WHERE search_numbers MATCH ?"
                " AND (instr(upper(c.id_number), ?) OR instr(upper(c.xueji_no), ?)) LIMIT ?",
                (_trigram_query(q, self._common()), q, q, max(limit * 4, 1000)),
            ).fetchall()
        for seq, *numbers in rows:
            best = None
            for number in numbers:
                n = number.upper()
                rank = (
                    0
                    if n == q
                    else 1
                    if n.endswith(q)
                    else 2
                    if n.startswith(q)
                    else 3
                    if q in n
                    else None
                )
                if rank is not None and (best is None or rank < best):
                    best = rank
            if best is not None and (seq not in found or best < found[seq][0]):
                found[seq] = (best, "numbers")


def _delete_keys(conn: sqlite3.Connection, old: Iterable[tuple[int, str, str]]) -> None:
    """Take out what was indexed for these (child_seq, name, numbers)."""
    keys, numbers = [], []
    for seq, name, number_text in old:
        keys += [(k, seq) for k in name_keys(name)]
        if number_text:
            numbers.append((seq, number_text))
    conn.executemany("DELETE FROM search_keys WHERE key = ? AND child_seq = ?", keys)
    conn.executemany(
        "INSERT INTO search_numbers(search_numbers, rowid, numbers) VALUES ('delete', ?, ?)",
        numbers,
    )


def _insert_keys(conn: sqlite3.Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    keys, numbers = [], []
    for seq, name, number_text in rows:
        keys += [(k, seq) for k in name_keys(name)]
        if number_text:
            numbers.append((seq, number_text))
    # in the primary key's order, each insert lands beside the previous one; sorting by the
    # key alone (stable: a key's children keep the rows' order) is ~2× faster than by the pair
    keys.sort(key=itemgetter(0))
    conn.executemany("INSERT OR IGNORE INTO search_keys(key, child_seq) VALUES (?, ?)", keys)
    conn.executemany("INSERT INTO search_numbers(rowid, numbers) VALUES (?, ?)", numbers)


def rebuild(conn: sqlite3.Connection) -> int:
    """Index every child's keys again from `child_search` (a migration step); return how many."""
    conn.execute("DELETE FROM search_keys")
    conn.execute("INSERT INTO search_numbers(search_numbers) VALUES ('delete-all')")
    count = 0
    cursor = conn.execute("SELECT child_seq, names, numbers FROM child_search ORDER BY child_seq")
    while batch := cursor.fetchmany(20000):
        _insert_keys(conn, batch)
        count += len(batch)
    return count


def update_keys(conn: sqlite3.Connection, child_ids: list[str] | None = None) -> int:
    """(Re)compute the search keys of the given children (all when None); return how many."""
    sql = "SELECT c.seq, c.name, c.id_number, c.xueji_no FROM children c"
    if child_ids is None:
        rows = conn.execute(sql).fetchall()
        conn.execute("DELETE FROM child_search")
        conn.execute("DELETE FROM search_keys")
        conn.execute("INSERT INTO search_numbers(search_numbers) VALUES ('delete-all')")
    else:
        rows = []
        for i in range(0, len(child_ids), 500):
            chunk = child_ids[i : i + 500]
            rows += conn.execute(
                f"{sql} WHERE c.id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
        seqs = [r[0] for r in rows]
        for i in range(0, len(seqs), 500):
            chunk = seqs[i : i + 500]
            _delete_keys(
                conn,
                conn.execute(
                    "SELECT child_seq, names, numbers FROM child_search"
                    f" WHERE child_seq IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall(),
            )
    out = []
    for seq, name, idno, xueji in rows:
        out.append((seq, name, " ".join(_name_index(name)[0]), f"{idno} {xueji}".strip()))
    conn.executemany(
        "INSERT OR REPLACE INTO child_search(child_seq, names, pinyin, numbers) VALUES (?,?,?,?)",
        out,
    )
    _insert_keys(conn, ((r[0], r[1], r[3]) for r in out))
    return len(out)


def forget(conn: sqlite3.Connection, child_seqs: list[int]) -> None:
    """Take children out of the index (a sync removed records whose creation was revoked)."""
    for i in range(0, len(child_seqs), 500):
        chunk = child_seqs[i : i + 500]
        marks = ",".join("?" * len(chunk))
        _delete_keys(
            conn,
            conn.execute(
                f"SELECT child_seq, names, numbers FROM child_search WHERE child_seq IN ({marks})",
                chunk,
            ).fetchall(),
        )
        conn.execute(f"DELETE FROM child_search WHERE child_seq IN ({marks})", chunk)


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
        [*seqs, *params],
    ).fetchall()
    return sorted(rows, key=lambda r: order[r["seq"]])[:limit]
