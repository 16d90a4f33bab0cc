"""Document numbers: the office's register, a yearly sequence per issuing body, safe on laptops
that print offline.

A number is made from a pattern such as ``{issuer_short}责改字〔{year}〕{seq}号``
(fields: issuer, issuer_short, year, seq, series) → 丙府责改字〔2026〕7号. Each template has
its own sequence (``series``, by default the template id); a county can point several
templates at one series, or change a pattern (settings ``forms.series``, ``forms.patterns``).
Numbers are always plain: no device mark or suffix is ever printed.

Why blocks: two laptops of one township print notices of the same issuer in villages with no
network, for weeks. A plain counter would give both 〔2026〕7号. Every laptop therefore takes
numbers from its own **number block** (号段, as offline invoicing does), assigned by the county
when the laptop is enrolled: the county signs slot ``k`` into the laptop's enrolment
certificate (``kcbx sync enrol-issue --number-slot k``, or the next free one with ``--db``),
so the block travels with the enrolment file; a later reassignment is the synced setting
``forms.number_slots`` = {device_id: k}, which wins. Slot ``k`` numbers every sequence (each
document kind, each issuer, each year) from ``k × B + 1`` to ``k × B + B − 1``
(``B`` = ``forms.number_block``, default 1000; the county office keeps slot 0: 1, 2, 3…).
The next number of a block is one
more than the highest number in that block among all document events known (synced from every
device), this device's own high-water mark (table ``form_sequences``) and the next number the
office set to continue its paper register (``set_next_number``: setting ``forms.next_numbers``).

A laptop without a block does not number: ``allocate`` refuses with the way to get one (it can
still print drafts and blank forms). The only database that numbers without an assigned block
is the county office's own, before any laptop is enrolled (no sync enrolment and no block
assigned anywhere): it is the register itself (slot 0). ``collisions`` lists numbers issued
twice (e.g. after two offices assigned the same slot while apart), for the review queue.

An issued document is never deleted: ``void_document`` voids it (作废) with a reason; its number
stays used, the register (``issued``) shows it as 作废 and a reprint is stamped 作废.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import string
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import UserError
from desktop.domain.text import N_, Msg
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
    seq: int  # the number within the year (slot × block + n)
    number: str  # formatted
    block: str  # slot:<k>


def device_mark(device_id: str) -> str:
    return device_id[:4].upper()


def _cert_slots(store: Store) -> dict[str, int]:
    """Number blocks signed into enrolment certificates (desktop/sync/enrol.py): this device's
    own and those of the devices it knows (peers), {device_id: slot}."""
    try:
        rows = store.conn.execute(
            "SELECT cert FROM sync_peers UNION ALL SELECT cert FROM sync_enrolment WHERE id=1"
        ).fetchall()
    except sqlite3.Error:  # no sync tables in this database
        return {}
    out: dict[str, int] = {}
    for row in rows:
        try:
            cert = json.loads(row[0])["cert"]
            device_id, slot = str(cert["device"]["id"]), (cert.get("numbers") or {}).get("slot")
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
        if isinstance(slot, int):
            out[device_id] = slot
    return out


def slots(store: Store) -> dict[str, int]:
    """Every known device's number block, {device_id: slot}: as the county signed it into the
    device's enrolment, unless the county assigned another since (``forms.number_slots``)."""
    assigned = config.setting(store, "forms.number_slots") or {}
    return {**_cert_slots(store), **{d: int(s) for d, s in assigned.items()}}


def slot_of(store: Store, device_id: str | None = None) -> int | None:
    return slots(store).get(device_id or store.device_id)


def free_slot(store: Store) -> int:
    """The lowest number block no known device holds (1…99; 0 is the county office's)."""
    taken = set(slots(store).values())
    for slot in range(1, 100):
        if slot not in taken:
            return slot
    raise UserError(N_("编号段1到99都已分配：请先收回不再使用的电脑的编号段"))


def assign_slot(store: Store, slot: int, *, device_id: str | None = None) -> None:
    """Give a device (default: this one) its number block. Refuses a slot held by another."""
    if slot < 0 or slot > 99:
        raise UserError(N_("编号段应为0到99之间的整数"))
    device_id = device_id or store.device_id
    if device_id == store.device_id and _enrolled_role(store) in ("township", "school"):
        raise UserError(
            N_(
                "本机的文书编号段由县教育局分配（随注册文件下发，或在县级电脑上分配后同步到本机），"
                "乡镇和学校的电脑不能自行更改"
            )
        )
    holder = next((d for d, s in slots(store).items() if s == slot and d != device_id), None)
    if holder is not None:
        raise UserError(
            Msg(
                "编号段{slot}已分配给设备 {holder}，请选择其他编号段",
                slot=slot,
                holder=device_mark(holder),
            )
        )
    assigned = dict(config.setting(store, "forms.number_slots") or {})
    assigned[device_id] = slot
    store.set_setting("forms.number_slots", assigned)


# A school's 机关代字 from its name: the place (two characters, or the first and last of a
# longer one), an ordinal (第一 → 一) and the kind of school, as schools' own registers write
# them: 丙妹镇中心小学 → 丙妹中小, 从江县第一中学 → 从一中, 丙妹岜沙小学 → 丙沙小.
SCHOOL_KINDS = (
    ("九年一贯制学校", "九校"),
    ("十二年一贯制学校", "校"),
    ("特殊教育学校", "特校"),
    ("中心小学", "中小"),
    ("中心学校", "中校"),
    ("完全小学", "完小"),
    ("小学", "小"),
    ("初级中学", "中"),
    ("完全中学", "中"),
    ("中学", "中"),
    ("学校", "校"),
)
_PREFIX = re.compile(r"^(?:.{2,8}?(?:省|自治区))?(?:.{1,8}?(?:市|自治州|州|盟|地区))?")
_PLACE_SUFFIXES = ("街道", "社区", "镇", "乡", "村", "县", "区", "旗")


def school_short(name: str, *, county: str = "") -> str:
    """The short code (机关代字) a school's numbers use, derived from its full name; never the
    full name (a county can set another one: ``forms.issuers``)."""
    full = name.strip()
    core, prefix = full, ""
    if county and core.startswith(county):
        core, prefix = core[len(county) :], county
    else:
        prefix = _PREFIX.match(core).group(0)  # type: ignore[union-attr]  # always matches
        core = core[len(prefix) :]
        county_part = re.match(r"^.{1,6}?(?:县|区|旗)(?=.{3,})", core)
        if county_part and not re.search("镇|乡|街道", county_part.group(0)):
            prefix, core = county_part.group(0), core[county_part.end() :]
    kind = "校"
    for word, short in SCHOOL_KINDS:
        if core.endswith(word):
            core, kind = core[: -len(word)], short
            break
    ordinal = ""
    found = re.search(r"第([一二三四五六七八九十]{1,3})", core)
    if found:
        ordinal, core = found.group(1), core[: found.start()] + core[found.end() :]
    for suffix in _PLACE_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix):
            core = core[: -len(suffix)]
            break
    place = (core if len(core) <= 2 else core[0] + core[-1]) or (prefix or county)[:1]
    short = place + ordinal + kind
    return short if short != full else short[:1] + kind


def validate_pattern(pattern: str) -> None:
    names = {f for _, f, _, _ in string.Formatter().parse(pattern) if f}
    unknown = names - FIELDS
    if unknown:
        raise UserError(Msg("编号格式中有未知的字段：{fields}", fields=sorted(unknown)))
    if "seq" not in names:
        raise UserError(N_("编号格式必须包含序号 {seq}"))


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


NO_BLOCK = (
    "本机还没有文书编号段，不能出具编号文书（可以先打印样稿或空白表）。"
    "编号段由县教育局分配：请联系县教育局，在菜单“打印 → 本机文书编号段…”"
    "或用命令 kcbx form --assign-slot N 为本机分配后再出具。"
)
# a township's or school's enrolled laptop: its block comes with its enrolment file
NO_BLOCK_ENROLLED = (
    "本机还没有文书编号段，不能出具编号文书（可以先打印样稿或空白表）。"
    "编号段由县教育局在注册本机时分配，随注册文件下发：请县教育局为本机重新签发注册文件"
    "（kcbx sync enrol-issue … --number-slot N，或 --db 县级库 自动分配），"
    "在菜单“同步 → 导入注册文件…”中导入后再出具。"
)


def no_block_message(store: Store) -> str:
    """Why this device cannot number, and how it gets a block."""
    return NO_BLOCK_ENROLLED if _enrolled_role(store) in ("township", "school") else NO_BLOCK


def _enrolled_role(store: Store) -> str | None:
    """This device's role in its enrolment (township, school, county, hub), None if none."""
    try:
        row = store.conn.execute("SELECT role FROM sync_enrolment WHERE id=1").fetchone()
    except sqlite3.Error:  # no sync tables in this database: not enrolled
        return None
    return str(row[0]) if row is not None else None


def _enrolled(store: Store) -> bool:
    """Is this database a laptop enrolled with the county (sync), rather than the office's own?"""
    return _enrolled_role(store) is not None


def block_of(store: Store) -> tuple[int, int, int] | None:
    """This device's (slot, first, last) number, or None if it may not number."""
    slot = slot_of(store)
    size = int(config.setting(store, "forms.number_block") or 1000)
    if slot is None:
        if slots(store) or _enrolled(store):
            return None
        slot = 0  # the county office's own database, before any laptop has a block
    return slot, slot * size + 1, slot * size + size - 1


def _next_key(issuer: str, series: str, year: int) -> str:
    return f"{issuer}|{series}|{year}"


def next_number(store: Store, *, issuer: str, series: str, year: int) -> int | None:
    """The next number the office set for a sequence (to continue its paper register)."""
    value = (config.setting(store, "forms.next_numbers") or {}).get(_next_key(issuer, series, year))
    return int(value) if value else None


def set_next_number(store: Store, *, issuer: Issuer, series: str, year: int, number: int) -> None:
    """Continue the paper register: the next document of this sequence gets ``number`` (if it
    lies in this device's block). Refused below a number already used (numbers are never
    given twice)."""
    if number < 1:
        raise UserError(N_("下一个文号应为正整数"))
    used = _used_in_range(store, issuer=issuer.key, series=series, year=year, lo=1, hi=10**9)
    if number <= used:
        raise UserError(
            Msg(
                "{name}{year}年的这类文书已用到{used}号，下一个号不能小于{next}",
                name=issuer.name,
                year=year,
                used=used,
                next=used + 1,
            )
        )
    values = dict(config.setting(store, "forms.next_numbers") or {})
    values[_next_key(issuer.key, series, year)] = number
    store.set_setting("forms.next_numbers", values)


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
    found = block_of(store)
    if found is None:
        raise UserError(no_block_message(store))
    slot, lo, hi = found
    block = f"slot:{slot}"
    last = _used_in_range(store, issuer=issuer.key, series=series, year=year, lo=lo, hi=hi)
    row = store.conn.execute(
        "SELECT last FROM form_sequences WHERE issuer=? AND series=? AND year=? AND block=?",
        (issuer.key, series, year, block),
    ).fetchone()
    wanted = next_number(store, issuer=issuer.key, series=series, year=year)
    floor = wanted - 1 if wanted is not None and lo <= wanted <= hi else lo - 1
    seq = max(last, int(row[0]) if row else 0, floor) + 1
    if seq > hi:
        raise UserError(
            Msg(
                "本机的文书编号段已用完（{name}，{year}年，{lo}—{hi}号），请县教育局为本机分配新的编号段",
                name=issuer.name,
                year=year,
                lo=lo,
                hi=hi,
            )
        )
    with store.transaction():
        store.conn.execute(
            "INSERT INTO form_sequences(issuer, series, year, block, last) VALUES (?,?,?,?,?)"
            " ON CONFLICT(issuer, series, year, block) DO UPDATE SET last=excluded.last",
            (issuer.key, series, year, block, seq),
        )
    number = format_number(
        pattern, issuer=issuer, year=year, seq_text=str(seq), series=series, series_word=series_word
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


def _voids(store: Store) -> dict[str, str]:
    """Voided document ids -> the reason (void events superseding a document event)."""
    rows = store.conn.execute(
        "SELECT v.supersedes, v.payload FROM events v JOIN events d ON d.id = v.supersedes"
        " WHERE v.kind='void' AND d.kind='document'"
    ).fetchall()
    return {r[0]: str(db.loads(r[1]).get("reason", "")) for r in rows}


def void_reason(store: Store, doc_id: str) -> str | None:
    """Why a document was voided (作废), or None if it stands."""
    return _voids(store).get(doc_id)


def issued(store: Store, *, case_id: str | None = None) -> list[dict[str, Any]]:
    """The register (newest first): id, template, number, date, case, device, and whether it
    was voided (作废, with the reason): a voided number stays in the register, used. A scoped
    user's register lists the documents of the cases in scope."""
    sql = "SELECT id, case_id, occurred_on, payload, device_id FROM events WHERE kind='document'"
    params: list[Any] = []
    if not store.scope.is_everything:  # only documents about the user's own cases
        where, scoped = store.scope.sql(township_col="township_code", school_col="school_id")
        sql += f" AND case_id IN (SELECT id FROM cases WHERE {where})"
        params.extend(scoped)
    if case_id:
        sql += " AND case_id=?"
        params.append(case_id)
    sql += " ORDER BY occurred_on DESC, hlc DESC"
    voids = _voids(store)
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
                "voided": r["id"] in voids,
                "void_reason": voids.get(r["id"], ""),
                "status": "作废" if r["id"] in voids else "有效",
            }
        )
    return out


def void_document(
    store: Store,
    doc_id: str,
    *,
    reason: str,
    role: str | None = None,
    today: dt.date | None = None,
) -> str:
    """Void (作废) an issued document with a reason; returns the void event's id.

    The number stays used (the register shows 作废), the snapshot stays (a reprint is stamped
    作废), and the legal step or notice the document recorded on its case is voided with it
    (the ladder no longer counts it). Who may: the author or a county user, in scope (the same
    rule as every correction, desktop/domain/corrections.py).
    """
    from desktop.domain import corrections as rules
    from desktop.domain.model import Void

    text = rules.check_reason(reason, verb="作废")
    row = store.conn.execute(
        "SELECT id, case_id, child_id, occurred_on, payload, created_by, created_at FROM events"
        " WHERE id=? AND kind='document'",
        (doc_id,),
    ).fetchone()
    if row is None:
        raise UserError(N_("找不到该文书（可能尚未同步到本机）"))
    if doc_id in _voids(store):
        raise UserError(N_("该文书已作废"))
    in_scope = store.scope.is_everything
    if not in_scope and row["case_id"]:
        c = store.conn.execute(
            "SELECT township_code, school_id FROM cases WHERE id=?", (row["case_id"],)
        ).fetchone()
        in_scope = c is not None and store.scope.allows(township_code=c[0], school_id=c[1])
    role = role if role is not None else getattr(store.permit, "role", None)
    rules.check_may(
        verb="作废",
        role=None if role is None else str(role),
        actor=store.actor,
        author=row["created_by"],
        authored_on=dt.date.fromisoformat(row["created_at"][:10]),
        today=today or dt.date.today(),
        in_scope=in_scope,
    )
    number = db.loads(row["payload"]).get("number", "")
    with store.transaction():
        void_id = store.append_event(
            rules.VOID,
            Void(reason=text, voided_kind="document"),
            occurred_on=row["occurred_on"],
            case_id=row["case_id"],
            child_id=row["child_id"],
            supersedes=doc_id,
        )
        if row["case_id"] and number:
            for step in store.conn.execute(
                "SELECT e.id, e.kind FROM events e WHERE e.case_id=? AND e.kind IN"
                " ('legal_step', 'notice') AND json_extract(e.payload, '$.doc_no')=?"
                " AND NOT EXISTS (SELECT 1 FROM events s WHERE s.supersedes = e.id)",
                (row["case_id"], number),
            ).fetchall():
                store.append_event(
                    rules.VOID,
                    Void(reason=f"文书{number}作废：{text}", voided_kind=step[1]),
                    occurred_on=row["occurred_on"],
                    case_id=row["case_id"],
                    child_id=row["child_id"],
                    supersedes=step[0],
                )
        store.audit(
            "document.void",
            entity="events",
            row_id=doc_id,
            detail={"reason": text, "number": number, "void": void_id},
        )
    if row["case_id"]:
        from desktop.store import cases

        cases.refresh(store, [row["case_id"]])
    return void_id
