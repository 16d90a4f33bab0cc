"""Importing a roster: read → detect the header → map (confirmed, saved as preset) → validate
→ report → back up → write all valid rows in one transaction (or nothing).

    plan = open_roster(store, "名册.xlsx", kind="xueji")   # header found, mapping proposed
    plan.set_mapping({...})                                  # what the user confirmed (optional)
    check(store, plan)                                       # validation report, nothing written
    result = commit(store, plan)                             # backup, then one transaction

`prepare()` does the first three in one call. Roster rows are kept as roster data
(`roster_rows`); children are created or updated only where the source is authoritative:
学籍 → children, schools and enrolments; 户籍 → the child's 户籍 address (and a missing ID
number); 防返贫监测 → the child's poverty flags. Every change to synced records goes through
the Store (create / bulk_create / update), so the change log records it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.progress import QUIET, Progress
from desktop.domain import codes, model
from desktop.domain.errors import UserError
from desktop.domain.ids import parse_term, term_of
from desktop.domain.text import N_, Joined, Msg
from desktop.intake import presets
from desktop.intake.columns import FIELD_BY_KEY, IGNORE, KINDS, Header, detect, missing_required
from desktop.intake.readers import Cancel, Grid, read_grid
from desktop.intake.validate import (
    ERROR,
    WARNING,
    Issue,
    Lookups,
    RosterRecord,
    Validated,
    lookups_from,
    row_failed,
    validate,
)
from desktop.store import db
from desktop.store.repo import Store, new_id


@dataclass
class Match:
    child_id: str | None
    how: str  # id | xueji | name_birth | ''


@dataclass
class ImportPlan:
    path: Path
    kind: str
    grid: Grid
    header: Header
    term: str
    preset: str = ""  # which preset was applied: exact | kind | ''
    file_sha256: str = ""
    lookups: Lookups | None = None
    validated: Validated | None = None
    matches: list[Match] = field(default_factory=list)
    match_issues: list[Issue] = field(default_factory=list)

    def set_mapping(self, mapping: dict[int | str, str]) -> None:
        """Override columns (by 0-based index or header label) with a field key ('' ignores)."""
        by_label = {label: col for col, label in enumerate(self.header.labels)}
        current = dict(self.header.mapping)
        for where, key in mapping.items():
            col = where if isinstance(where, int) else by_label.get(where)
            if col is None:
                raise UserError(Msg("表头中没有“{where}”这一列", where=where))
            if key and key not in FIELD_BY_KEY:
                raise UserError(Msg("未知的字段“{key}”", key=key))
            if key and key not in ("seq", "remark"):
                current = {c: k for c, k in current.items() if k != key}
            if key == IGNORE:
                current.pop(col, None)
            else:
                current[col] = key
        self.header.mapping = current
        self.validated = None

    @property
    def issues(self) -> list[Issue]:
        v = self.validated
        out = (v.issues if v else []) + self.match_issues
        return sorted(out, key=lambda i: (i.row, i.level != ERROR))

    @property
    def records(self) -> list[RosterRecord]:
        return self.validated.records if self.validated else []

    def counts(self) -> dict[str, int]:
        v = self.validated
        if v is None:
            return {}
        return {
            "rows": v.rows_total,
            "valid": len(v.records),
            "rejected": len(v.rejected_rows),
            "warnings": sum(1 for i in self.issues if i.level == WARNING),
            "matched": sum(1 for m in self.matches if m.child_id),
        }

    def mapping_lines(self) -> list[str]:
        out: list[str] = []
        for col, label in enumerate(self.header.labels):
            key = self.header.mapping.get(col)
            target = FIELD_BY_KEY[key].label if key else N_("（不导入）")
            out.append(
                Msg(
                    "  {col}列 {label} → {target}",
                    col=_letter(col),
                    label=label or N_("（无表头）"),
                    target=target,
                )
            )
        return out

    def summary(self) -> str:
        c = self.counts()
        head = Msg(
            "{kind}：{file}{sheet}，表头在第{rows}行",
            kind=KINDS[self.kind],
            file=self.path.name,
            sheet=Msg("（工作表“{sheet}”）", sheet=self.grid.sheet) if self.grid.sheet else "",
            rows=[str(r) for r in self.header.rows],
        )
        if not c:
            return head
        return Msg(
            "{head}\n共 {rows} 行数据：可导入 {valid} 行，有错误未导入 {rejected} 行，"
            "提示 {warnings} 条；与系统中已有学生匹配 {matched} 人",
            head=head,
            **c,
        )


def _letter(col: int) -> str:
    from desktop.intake.validate import column_letter

    return column_letter(col)


@dataclass
class ImportResult:
    batch_id: str
    kind: str
    imported: int = 0
    rejected: int = 0
    children_created: int = 0
    children_updated: int = 0
    children_unchanged: int = 0
    matched: int = 0
    unmatched: int = 0
    enrolments_created: int = 0
    enrolments_updated: int = 0
    schools_created: int = 0
    guardians_created: int = 0
    backup_path: str = ""

    def summary(self) -> str:
        parts = [
            Msg(
                "已导入 {imported} 行（未导入有错误的 {rejected} 行）",
                imported=self.imported,
                rejected=self.rejected,
            )
        ]
        if self.kind == "xueji":
            parts.append(
                Msg(
                    "新建学生 {created} 人，更新 {updated} 人，无变化 {unchanged} 人；"
                    "新建学籍记录 {enrolments_created} 条，更新 {enrolments_updated} 条",
                    created=self.children_created,
                    updated=self.children_updated,
                    unchanged=self.children_unchanged,
                    enrolments_created=self.enrolments_created,
                    enrolments_updated=self.enrolments_updated,
                )
            )
            if self.schools_created:
                parts.append(Msg("新建学校 {count} 所", count=self.schools_created))
        else:
            parts.append(
                Msg(
                    "与已有学生匹配 {matched} 人（其中更新 {updated} 人），未匹配 {unmatched} 人",
                    matched=self.matched,
                    updated=self.children_updated,
                    unmatched=self.unmatched,
                )
            )
        if self.backup_path:
            parts.append(Msg("导入前已备份数据库：{path}", path=self.backup_path))
        return Joined("；", parts)


# --- steps --------------------------------------------------------------------------------


def open_roster(
    store: Store,
    path: str | Path,
    *,
    kind: str,
    sheet: str | int | None = None,
    term: str | None = None,
    progress: Progress = QUIET,
) -> ImportPlan:
    """Read the file and propose a mapping (preset applied). Writes nothing."""
    if kind not in KINDS:
        raise UserError(
            Msg("名册类别应为 {kinds}", kinds=[f"{k}（{v}）" for k, v in KINDS.items()])
        )
    term_code = parse_term(term).code if term else term_of(dt.date.today()).code
    path = Path(path)

    def tick(rows: int) -> None:
        progress.set(0, 0, Msg("正在读取文件：已读 {rows} 行", rows=rows))
        progress.check()

    try:
        grid = read_grid(path, sheet=sheet, tick=tick)
    except Cancel as exc:
        raise exc.__cause__ or exc from None
    header = detect(grid)
    plan = ImportPlan(path, kind, grid, header, term_code, file_sha256=_sha256(path))
    plan.preset = presets.apply(store.conn, kind, header)
    return plan


def check(store: Store, plan: ImportPlan, *, progress: Progress = QUIET) -> ImportPlan:
    """Validate every row with the plan's mapping and match rows to children. Writes nothing."""
    missing = missing_required(plan.kind, plan.header.mapping)
    if missing:
        found = Joined("、", plan.header.labels) or N_("（无）")
        raise UserError(
            Msg(
                "没有找到必需的列：{missing}。表头（第{row}行）中的列为：{found}。请在列对应关系中指定",
                missing=missing,
                row=plan.header.rows[0],
                found=found,
            )
        )
    plan.lookups = lookups_from(store.conn)
    total = len(plan.grid.rows)

    def step(done: int, _total: int) -> None:
        progress.check()
        progress.set(
            done, total, Msg("正在检查第 {done} 行，共 {total} 行", done=done, total=total)
        )

    plan.validated = validate(
        plan.grid, plan.header, kind=plan.kind, lookups=plan.lookups, progress=step
    )
    if plan.validated.rows_total == 0:
        raise UserError(Msg("表头（第{row}行）下面没有数据行", row=plan.header.rows[-1]))
    progress.set(total, total, N_("正在与系统中的学生匹配"))
    plan.matches, plan.match_issues = _match(store, plan)
    return plan


def prepare(
    store: Store,
    path: str | Path,
    *,
    kind: str,
    sheet: str | int | None = None,
    mapping: dict[int | str, str] | None = None,
    term: str | None = None,
    progress: Progress = QUIET,
) -> ImportPlan:
    plan = open_roster(store, path, kind=kind, sheet=sheet, term=term, progress=progress)
    if mapping:
        plan.set_mapping(mapping)
    return check(store, plan, progress=progress)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# --- matching rows to children -------------------------------------------------------------

_CHILD_COLUMNS = (
    "id, name, sex, birth_date, id_number, xueji_no, ethnicity, hukou_code, hukou_address,"
    " township_code, village_code, address, school_id, grade, class_name, flags"
)


OUTSIDE = N_("其他学校或乡镇已登记的学生（不在您的范围内，请与县里核对）")


def _children_index(
    store: Store,
) -> tuple[
    dict[str, tuple[str, str]],
    dict[str, str],
    dict[str, str],
    dict[tuple[str, str], list[str]],
    set[str],
]:
    """Slim indexes of every child for matching (a county holds 100,000): child id ->
    (name, id number); id number, 学籍号 and (name, birth date) -> child id(s); and the
    children outside the store's scope (matched, but never named to this user)."""
    by_id: dict[str, tuple[str, str]] = {}
    by_idno: dict[str, str] = {}
    by_xueji: dict[str, str] = {}
    by_person: dict[tuple[str, str], list[str]] = {}
    outside: set[str] = set()
    scope = store.scope
    for cid, name, idno, xueji, birth, township, school in store.conn.execute(
        "SELECT id, name, id_number, xueji_no, birth_date, township_code, school_id"
        " FROM children WHERE deleted=0"
    ):
        by_id[cid] = (name, idno)
        if not scope.is_everything and not scope.allows(township_code=township, school_id=school):
            outside.add(cid)
        if idno:
            by_idno[idno] = cid
        if xueji:
            by_xueji[xueji] = cid
        if birth:
            by_person.setdefault((name, birth), []).append(cid)
    return by_id, by_idno, by_xueji, by_person, outside


def _match(store: Store, plan: ImportPlan) -> tuple[list[Match], list[Issue]]:
    by_id, by_idno, by_xueji, by_person, outside = _children_index(store)
    matches: list[Match] = []
    issues: list[Issue] = []
    claimed: dict[str, int] = {}
    for rec in plan.records:
        child_id, how = None, ""
        if rec["id_number"] and rec["id_number"] in by_idno:
            child_id, how = by_idno[rec["id_number"]], "id"
        elif rec["xueji_no"] and rec["xueji_no"] in by_xueji:
            child_id, how = by_xueji[rec["xueji_no"]], "xueji"
        elif rec["birth_date"] and rec["birth_exact"]:
            hits = by_person.get((rec["name"], rec["birth_date"]), [])
            hits = [h for h in hits if not rec["id_number"] or not by_id[h][1]]
            if len(hits) == 1:
                child_id, how = hits[0], "name_birth"
        row = rec["row_no"]
        if child_id and child_id in claimed:
            issues.append(
                Issue(
                    row,
                    "",
                    Msg(
                        "与第{row}行对应系统中的同一名学生，本行按新学生处理",
                        row=claimed[child_id],
                    ),
                    WARNING,
                )
            )
            child_id, how = None, ""
        if child_id:
            claimed[child_id] = row
            existing_name = by_id[child_id][0]
            # A child of another school or township is matched, never named to this user.
            shown = OUTSIDE if child_id in outside else Msg("系统中的“{name}”", name=existing_name)
            if existing_name != rec["name"] and rec["name"]:
                issues.append(
                    Issue(
                        row,
                        "",
                        Msg(
                            "身份证号/学籍号对应{shown}，与名册姓名“{name}”不同，未修改姓名，请核实",
                            shown=shown,
                            name=rec["name"],
                        ),
                        WARNING,
                    )
                )
            if how == "name_birth":
                issues.append(
                    Issue(row, "", Msg("按姓名和出生日期匹配到{shown}", shown=shown), WARNING)
                )
        matches.append(Match(child_id, how))
    return matches, issues


# --- writing ------------------------------------------------------------------------------


def commit(
    store: Store, plan: ImportPlan, *, progress: Progress = QUIET, backup: bool = True
) -> ImportResult:
    """Back the database up, then write every valid row in one transaction (or nothing)."""
    if plan.validated is None:
        check(store, plan, progress=progress)
    assert plan.validated is not None
    if not plan.records:
        raise UserError(N_("没有可导入的行（所有行都有错误），未导入任何数据"))
    result = ImportResult(batch_id=new_id(), kind=plan.kind)
    if backup and store.path is not None:
        progress.set(0, 0, N_("正在备份数据库"))
        from desktop.intake.backup import backup_database

        result.backup_path = str(backup_database(store))
    progress.check()
    total = len(plan.records)
    with store.transaction():
        _insert_batch(store, plan, result)
        actions = _apply(store, plan, result, progress)
        progress.set(total, total, N_("正在保存名册数据"))
        _insert_rows(store, plan, result.batch_id, actions)
        presets.save(store.conn, plan.kind, plan.header)
        result.imported = total
        result.rejected = len(plan.validated.rejected_rows)
        store.conn.execute(
            "UPDATE roster_batches SET rows_imported=?, rows_rejected=?, children_created=?,"
            " children_updated=? WHERE id=?",
            (
                result.imported,
                result.rejected,
                result.children_created,
                result.children_updated,
                result.batch_id,
            ),
        )
        store.audit(
            "import_roster",
            entity="roster_batches",
            row_id=result.batch_id,
            detail={
                "kind": plan.kind,
                "file": plan.path.name,
                "imported": result.imported,
                "rejected": result.rejected,
                "created": result.children_created,
                "updated": result.children_updated,
            },
        )
    return result


def _insert_batch(store: Store, plan: ImportPlan, result: ImportResult) -> None:
    assert plan.validated is not None
    store.conn.execute(
        "INSERT INTO roster_batches(id, kind, file_name, file_sha256, sheet, header_rows, mapping,"
        " term, imported_at, actor, rows_total, report, backup_path) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            result.batch_id,
            plan.kind,
            plan.path.name,
            plan.file_sha256,
            plan.grid.sheet,
            json.dumps(plan.header.rows),
            db.dumps({str(c): k for c, k in plan.header.mapping.items()}),
            plan.term,
            dt.datetime.now().astimezone().isoformat(timespec="microseconds"),
            store.actor,
            plan.validated.rows_total,
            db.dumps([i.to_json() for i in plan.issues[:5000]]),
            result.backup_path,
        ),
    )


def _apply(
    store: Store, plan: ImportPlan, result: ImportResult, progress: Progress
) -> list[tuple[str | None, str, str]]:
    """Create/update children (and schools, enrolments) as the source allows; per record
    return (child_id, match, action)."""
    by_id = ChildRows(store, [m.child_id for m in plan.matches])
    if plan.kind == "xueji":
        from desktop.intake.apply_xueji import apply_xueji

        return apply_xueji(store, plan, result, by_id, progress)
    actions: list[tuple[str | None, str, str]] = []
    total = len(plan.records)
    for i, (rec, m) in enumerate(zip(plan.records, plan.matches, strict=True)):
        if i % 1000 == 0:
            progress.check()
            progress.set(i, total, Msg("正在导入第 {done} 行，共 {total} 行", done=i, total=total))
        if not m.child_id:
            result.unmatched += 1
            actions.append((None, "", "unmatched"))
            continue
        result.matched += 1
        changes = registry_changes(plan.kind, rec, by_id[m.child_id], matched_by=m.how)
        if changes:
            try:
                store.update("children", m.child_id, changes)
            except UserError as exc:
                raise row_failed(rec["row_no"], exc) from exc
            result.children_updated += 1
            actions.append((m.child_id, m.how, "updated"))
        else:
            actions.append((m.child_id, m.how, "matched"))
    return actions


class ChildRows:
    """The matched children's rows, fetched 900 at a time in the order of the records (a
    county's 100,000 rows are never all in memory). Look-ups must follow that order."""

    def __init__(self, store: Store, ids: list[str | None]) -> None:
        self.store, self.ids, self.next = store, ids, 0
        self.cache: dict[str, Any] = {}

    def __getitem__(self, child_id: str) -> Any:
        if child_id not in self.cache:
            self._fill()
        return self.cache[child_id]

    def _fill(self) -> None:
        chunk: list[str] = []
        while self.next < len(self.ids) and len(chunk) < 900:
            cid = self.ids[self.next]
            self.next += 1
            if cid:
                chunk.append(cid)
        self.cache = {
            r["id"]: r
            for r in self.store.conn.execute(
                f"SELECT {_CHILD_COLUMNS} FROM children WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        }


def registry_changes(kind: str, rec: Any, child: Any, *, matched_by: str) -> dict[str, Any]:
    """What a 户籍 or 防返贫 row may change on the child it matched."""
    changes: dict[str, Any] = {}
    if kind == "hukou":
        if rec["hukou_address"] and rec["hukou_address"] != child["hukou_address"]:
            changes["hukou_address"] = rec["hukou_address"]
        code = rec["village_code"] or rec["township_code"]
        known = child["hukou_code"] or ""
        # A township-level code never overwrites a village in the same township.
        if code and code != known and not (code == rec["township_code"] and known[:9] == code[:9]):
            changes["hukou_code"] = code
        if rec["id_number"] and not child["id_number"] and matched_by == "name_birth":
            changes["id_number"] = rec["id_number"]
    if kind in ("hukou", "poverty") and rec["flags"]:
        flags = json.loads(child["flags"] or "[]")
        added = [f for f in rec["flags"] if f not in flags and f in codes.FLAGS]
        if added:
            changes["flags"] = flags + added
    return changes


def _insert_rows(
    store: Store, plan: ImportPlan, batch_id: str, actions: list[tuple[str | None, str, str]]
) -> None:
    rows = []
    for rec, (child_id, how, action) in zip(plan.records, actions, strict=True):
        rows.append(
            (
                batch_id,
                plan.kind,
                rec["row_no"],
                rec["id_number"],
                rec["name"],
                rec["sex"],
                rec["birth_date"],
                rec["xueji_no"],
                rec["ethnicity"],
                rec["school_name"],
                rec.get("school_id"),
                rec["grade"],
                rec["class_name"],
                rec["status"],
                rec["township_code"],
                rec["village_code"],
                rec["address"],
                rec["hukou_address"],
                rec["guardian_name"],
                rec["guardian_phone"],
                db.dumps(rec["flags"]) if rec["flags"] else "[]",
                db.dumps(rec["extra"]) if rec["extra"] else "{}",
                child_id,
                how,
                action,
            )
        )
    store.conn.executemany(
        "INSERT INTO roster_rows(batch_id, kind, row_no, id_number, name, sex, birth_date, xueji_no,"
        " ethnicity, school_name, school_id, grade, class_name, status, township_code, village_code,"
        " address, hukou_address, guardian_name, guardian_phone, flags, extra, child_id, match,"
        " action) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def new_child_row(rec: Any, *, school_id: str | None) -> dict[str, Any]:
    """A children row for bulk_create from a roster record (validated by the domain model)."""
    child = model.Child(
        name=rec["name"],
        sex=rec["sex"],
        birth_date=dt.date.fromisoformat(rec["birth_date"]) if rec["birth_date"] else None,
        id_number=rec["id_number"],
        xueji_no=rec["xueji_no"],
        ethnicity=rec["ethnicity"],
        township_code=rec["township_code"],
        village_code=rec["village_code"],
        address=rec["address"],
        hukou_address=rec["hukou_address"],
        school_id=school_id,
        grade=rec["grade"],
        class_name=rec["class_name"],
        flags=tuple(f for f in rec["flags"] if f in codes.FLAGS),
        disability_category=rec["extra"].get("disability_category", ""),
    )
    child.validate()
    row = child.to_record()
    row["flags"] = list(child.flags)
    row["id"] = str(uuid.uuid4())
    return row


def batches(store: Store, kind: str | None = None) -> list[dict[str, Any]]:
    """Imported batches, newest first."""
    sql = "SELECT id, kind, file_name, imported_at, actor, rows_total, rows_imported, rows_rejected FROM roster_batches"
    args: tuple[Any, ...] = ()
    if kind:
        sql += " WHERE kind=?"
        args = (kind,)
    return [dict(r) for r in store.conn.execute(sql + " ORDER BY imported_at DESC", args)]
