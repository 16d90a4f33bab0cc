"""Document numbers: a yearly sequence per issuing body, safe on laptops that print offline.

A number is made from a pattern such as ``{issuer_short}责改字〔{year}〕{seq}号``
(fields: issuer, issuer_short, year, seq, series) → 丙府责改字〔2026〕7号. Each template has
its own sequence (``series``, by default the template id); a county can point several
templates at one series, or change a pattern (settings ``forms.series``, ``forms.patterns``).

Why blocks: two laptops of one township print notices of the same issuer in villages with no
network, for weeks. A plain counter would give both 〔2026〕7号. Every device therefore takes
numbers from its own **number block** (号段, as offline invoicing does): the county assigns
each device a slot ``k`` (setting ``forms.number_slots`` = {device_id: k}, synced), and
that device numbers from ``k × B + 1`` to ``k × B + B − 1`` (``B`` = ``forms.number_block``,
default 1000): the office PC (slot 0) prints 1, 2, 3…; a cadre's laptop (slot 1) 1001,
1002…. Numbers stay ordinary integers, and no two devices can collide however long they are
apart. The next number of a block is one more than the highest number in that block among
all document events known (synced from every device) and this device's own high-water mark
(table ``form_sequences``), so a slot handed to a replacement laptop never reuses a number.

A device with no slot yet is not blocked: its numbers carry its device mark (the first four
characters of its device id), e.g. 丙府责改字〔2026〕7-3FA2号 — unique without any set-up, and
visibly provisional until the county assigns slots. Slots are assigned from one place (the
county or township office, while syncing): ``assign_slot`` refuses a slot it knows to be held
by another device; ``collisions`` lists numbers issued twice (e.g. after two offices assigned
the same slot while apart), for the review queue.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import UserError
from desktop.forms import config
from desktop.store import db
from desktop.store.repo import Store

DEFAULT_PATTERN = "{issuer_short}{series_word}〔{year}〕{seq}号"
FIELDS = frozenset({"issuer", "issuer_short", "year", "seq", "series", "series_word"})


@dataclass(frozen=True)
class Issuer:
    key: str  # county | township:<code> | school:<id>
    name: str  # 从江县丙妹镇人民政府
    short: str  # 机关代字: 丙府


@dataclass(frozen=True)
class Allocation:
    issuer: Issuer
    series: str
    year: int
    seq: int  # the number within the year (slot × block + n), or n for a device mark
    number: str  # formatted
    block: str  # slot:<k> | mark:<MARK>


def device_mark(device_id: str) -> str:
    return device_id[:4].upper()


def slot_of(store: Store, device_id: str | None = None) -> int | None:
    slots = config.setting(store, "forms.number_slots") or {}
    value = slots.get(device_id or store.device_id)
    return int(value) if value is not None else None


def assign_slot(store: Store, slot: int, *, device_id: str | None = None) -> None:
    """Give a device (default: this one) its number block. Refuses a slot held by another."""
    if slot < 0 or slot > 99:
        raise UserError("编号段应为0到99之间的整数")
    device_id = device_id or store.device_id
    slots = dict(config.setting(store, "forms.number_slots") or {})
    holder = next((d for d, s in slots.items() if int(s) == slot and d != device_id), None)
    if holder is not None:
        raise UserError(f"编号段{slot}已分配给设备 {device_mark(holder)}，请选择其他编号段")
    slots[device_id] = slot
    store.set_setting("forms.number_slots", slots)


def validate_pattern(pattern: str) -> None:
    names = {f for _, f, _, _ in string.Formatter().parse(pattern) if f}
    unknown = names - FIELDS
    if unknown:
        raise UserError(f"编号格式中有未知的字段：{'、'.join(sorted(unknown))}")
    if "seq" not in names:
        raise UserError("编号格式必须包含序号 {seq}")


def format_number(
    pattern: str, *, issuer: Issuer, year: int, seq_text: str, series: str, series_word: str
) -> str:
    validate_pattern(pattern)
    return pattern.format(
        issuer=issuer.name,
        issuer_short=issuer.short,
        year=year,
        seq=seq_text,
        series=series,
        series_word=series_word,
    )


def _used_in_range(store: Store, *, issuer: str, series: str, year: int, lo: int, hi: int) -> int:
    """The highest seq in [lo, hi] among all known documents of a sequence (0 if none)."""
    row = store.conn.execute(
        "SELECT max(json_extract(payload, '$.seq')) FROM events WHERE kind='document'"
        " AND json_extract(payload, '$.issuer') = ? AND json_extract(payload, '$.year') = ?"
        " AND coalesce(json_extract(payload, '$.snapshot.series'), json_extract(payload, '$.template')) = ?"
        " AND json_extract(payload, '$.seq') BETWEEN ? AND ?"
        " AND coalesce(json_extract(payload, '$.snapshot.block'), '') NOT LIKE 'mark:%'",
        (issuer, year, series, lo, hi),
    ).fetchone()
    return int(row[0] or 0)


def _used_by_mark(store: Store, *, issuer: str, series: str, year: int, block: str) -> int:
    row = store.conn.execute(
        "SELECT max(json_extract(payload, '$.seq')) FROM events WHERE kind='document'"
        " AND json_extract(payload, '$.issuer') = ? AND json_extract(payload, '$.year') = ?"
        " AND coalesce(json_extract(payload, '$.snapshot.series'), json_extract(payload, '$.template')) = ?"
        " AND json_extract(payload, '$.snapshot.block') = ?",
        (issuer, year, series, block),
    ).fetchone()
    return int(row[0] or 0)


def allocate(
    store: Store,
    *,
    issuer: Issuer,
    series: str,
    series_word: str,
    pattern: str,
    year: int,
) -> Allocation:
    """The next number of a sequence for this device. Call inside the transaction that stores
    the document event, so that a failed print does not use up a number."""
    slot = slot_of(store)
    size = int(config.setting(store, "forms.number_block") or 1000)
    if slot is not None:
        block = f"slot:{slot}"
        lo, hi = slot * size + 1, slot * size + size - 1
        last = _used_in_range(store, issuer=issuer.key, series=series, year=year, lo=lo, hi=hi)
    else:
        block = f"mark:{device_mark(store.device_id)}"
        lo, hi = 1, 10**9
        last = _used_by_mark(store, issuer=issuer.key, series=series, year=year, block=block)
    row = store.conn.execute(
        "SELECT last FROM form_sequences WHERE issuer=? AND series=? AND year=? AND block=?",
        (issuer.key, series, year, block),
    ).fetchone()
    seq = max(last, int(row[0]) if row else 0, lo - 1) + 1
    if seq > hi:
        raise UserError(
            f"本机的文书编号段已用完（{issuer.name}，{year}年，{lo}—{hi}号），请县教育局为本机分配新的编号段"
        )
    with store.transaction():
        store.conn.execute(
            "INSERT INTO form_sequences(issuer, series, year, block, last) VALUES (?,?,?,?,?)"
            " ON CONFLICT(issuer, series, year, block) DO UPDATE SET last=excluded.last",
            (issuer.key, series, year, block, seq),
        )
    seq_text = str(seq) if slot is not None else f"{seq}-{device_mark(store.device_id)}"
    number = format_number(
        pattern, issuer=issuer, year=year, seq_text=seq_text, series=series, series_word=series_word
    )
    return Allocation(issuer, series, year, seq, number, block)


def collisions(store: Store) -> list[dict[str, Any]]:
    """Document numbers printed more than once (by different devices), oldest first."""
    rows = store.conn.execute(
        "SELECT json_extract(payload, '$.number') AS number, count(*) AS n,"
        " group_concat(id) AS ids, min(occurred_on) AS first FROM events WHERE kind='document'"
        " AND json_extract(payload, '$.number') != '' GROUP BY number HAVING n > 1 ORDER BY first"
    ).fetchall()
    return [
        {"number": r["number"], "count": r["n"], "event_ids": r["ids"].split(",")} for r in rows
    ]


def issued(store: Store, *, case_id: str | None = None) -> list[dict[str, Any]]:
    """Printed documents (newest first): id, template, number, date, case, device."""
    sql = "SELECT id, case_id, occurred_on, payload, device_id FROM events WHERE kind='document'"
    params: list[Any] = []
    if case_id:
        sql += " AND case_id=?"
        params.append(case_id)
    sql += " ORDER BY occurred_on DESC, hlc DESC"
    out = []
    for r in store.conn.execute(sql, params):
        payload = db.loads(r["payload"])
        out.append(
            {
                "id": r["id"],
                "case_id": r["case_id"],
                "on": r["occurred_on"],
                "template": payload.get("template", ""),
                "number": payload.get("number", ""),
                "device_id": r["device_id"],
            }
        )
    return out
