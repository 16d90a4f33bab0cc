"""Registry comparison (精准摸排, 数据比对): who of compulsory age is on a 户籍, 防返贫监测 or
age list but not enrolled, and who is enrolled but not in the 户籍 list.

Candidates are stored with every reason they were flagged; nothing happens to them until a
user decides (`open_cases` puts chosen ones in the 疑似辍学 ledger, `dismiss` sets them aside).

Kinds of candidate:
- ``not_enrolled``: compulsory age by birth date (AgeRule, settings age.*), on a registry list,
  no 在读 enrolment in the term compared, no open case, not on approved 休学/延缓.
- ``id_conflict``: a registry person whose ID number is not in the 学籍 data, while an enrolled
  child with a similar name (pinyin) and the same birth date is: probably the same child with
  a wrong ID in one of the systems. Offered for checking, not as a dropout.
- ``not_in_hukou``: enrolled (locally registered) children missing from the 户籍 list
  (空挂学籍 or an out-of-date 户籍 record).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from desktop.core.progress import QUIET, Progress
from desktop.domain import codes
from desktop.domain.ids import AgeRule, term_of
from desktop.domain.text import N_, Joined, Msg
from desktop.intake.columns import KINDS
from desktop.intake.fuzzy import THRESHOLD, person_score
from desktop.store import db
from desktop.store.changelog import now_iso
from desktop.store.repo import Store

REGISTRY_KINDS = ("hukou", "poverty", "age_list")
ENROLLED = frozenset({"enrolled", "home_teaching"})
ACCOUNTED = frozenset({"suspended", "deferred"})  # approved 休学/延缓入学: not a dropout
CANDIDATE_LABELS = {
    "not_enrolled": N_("适龄未在学"),
    "id_conflict": N_("身份证号不一致（疑似同一人）"),
    "not_in_hukou": N_("在读但户籍名册中无"),
}
STATUS_LABELS = {
    "open": N_("待处理"),
    "case_opened": N_("已建疑似辍学案件"),
    "dismissed": N_("已排除"),
}
_NOT_IN_SCHOOL_WORDS = ("辍学", "失学", "未入学", "未上学", "不在校", "务工", "在家", "否")


def age_rule(store: Store) -> AgeRule:
    cutoff = str(store.setting("age.cutoff") or "08-31")
    month, day = (int(x) for x in cutoff.split("-"))
    return AgeRule(
        entry_age=int(store.setting("age.entry_age")), cutoff_month=month, cutoff_day=day
    )


@dataclass
class ComparisonRun:
    id: str
    on: dt.date
    term: str
    batches: list[dict[str, Any]]
    counts: dict[str, int] = field(default_factory=dict)
    candidates: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> str:
        c = self.counts
        names = Joined(
            "、",
            [
                Msg("{kind}（{file}）", kind=KINDS[b["kind"]], file=b["file_name"])
                for b in self.batches
            ],
        )
        return Msg(
            "比对日期 {on}，学籍学期 {term}；名单：{names}。\n"
            "名单中共 {people} 人，其中义务教育适龄 {compulsory} 人："
            "在读 {enrolled}，休学/延缓 {accounted}，已在台账 "
            "{in_ledger}；发现适龄未在学 {not_enrolled} 人，"
            "身份证号不一致 {id_conflict} 人，在读但户籍名册中无 "
            "{not_in_hukou} 人",
            on=self.on.isoformat(),
            term=self.term,
            names=names,
            **{
                key: c.get(key, 0)
                for key in (
                    "people",
                    "compulsory",
                    "enrolled",
                    "accounted",
                    "in_ledger",
                    "not_enrolled",
                    "id_conflict",
                    "not_in_hukou",
                )
            },
        )


def latest_batches(store: Store, kinds: tuple[str, ...] = REGISTRY_KINDS) -> list[dict[str, Any]]:
    """The lists a comparison uses by default: for each kind, the latest import of each file
    name (a county gets its 户籍 list township by township; importing 丙妹镇户籍.xlsx again
    replaces the earlier 丙妹镇户籍.xlsx)."""
    marks = ",".join("?" * len(kinds))
    rows = store.conn.execute(
        "SELECT b.id, b.kind, b.file_name, b.imported_at FROM roster_batches b"
        f" WHERE b.kind IN ({marks}) AND b.imported_at = (SELECT max(x.imported_at)"
        " FROM roster_batches x WHERE x.kind = b.kind AND x.file_name = b.file_name)"
        " ORDER BY b.kind, b.file_name",
        list(kinds),
    ).fetchall()
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:  # two imports in the same second: keep one
        if (r["kind"], r["file_name"]) not in seen:
            seen.add((r["kind"], r["file_name"]))
            out.append(dict(r))
    return out


def compared_term(store: Store, on: dt.date) -> str:
    """The term whose enrolments are compared: the current one, else the latest with data."""
    current = term_of(on).code
    terms = [
        r[0] for r in store.conn.execute("SELECT DISTINCT term FROM enrolments WHERE deleted=0")
    ]
    if current in terms or not terms:
        return current
    earlier = sorted(t for t in terms if t <= current)
    return earlier[-1] if earlier else sorted(terms)[0]


def run_comparison(
    store: Store,
    *,
    on: dt.date | None = None,
    batch_ids: list[str] | None = None,
    kinds: tuple[str, ...] = REGISTRY_KINDS,
    progress: Progress = QUIET,
) -> ComparisonRun:
    """Compare the registry lists (the latest batch of each kind, or `batch_ids`) with the
    学籍 data and the ledgers; store and return the candidates."""
    from desktop.domain.errors import UserError

    if store.scope.schools is not None:
        # a school sees its own pupils only: it cannot tell whether a person on the county's
        # lists is at school elsewhere, and the run (its candidates and counts) is county-wide
        raise UserError(
            N_(
                "名单比对由乡镇或县教育局的账号进行：学校账号只能查看本校学生，"
                "无法判断名单上的人是否在别处就读"
            )
        )
    on = on or dt.date.today()
    if batch_ids:
        marks = ",".join("?" * len(batch_ids))
        batches = [
            dict(r)
            for r in store.conn.execute(
                f"SELECT id, kind, file_name, imported_at FROM roster_batches WHERE id IN ({marks})",
                batch_ids,
            )
        ]
    else:
        batches = latest_batches(store, kinds)
    batches = [b for b in batches if b["kind"] in REGISTRY_KINDS]
    if not batches:
        raise UserError(N_("还没有导入户籍、防返贫监测或适龄儿童名单，无法比对。请先导入名单"))
    term = compared_term(store, on)
    rule = age_rule(store)
    run = ComparisonRun(str(uuid.uuid4()), on, term, batches)
    progress.set(0, 0, N_("正在读取学籍和学生数据"))
    ctx = _Context.load(store, term)
    progress.check()
    progress.set(0, 0, N_("正在读取名单"))
    people = _registry_people(store, batches)
    counts: dict[str, int] = defaultdict(int)
    counts["people"] = len(people)
    candidates: list[dict[str, Any]] = []
    conflict_pairs: set[tuple[str, str]] = set()
    total = len(people)
    for i, person in enumerate(people):
        if i % 5000 == 0:
            progress.check()
            progress.set(i, total, Msg("正在比对第 {done} 人，共 {total} 人", done=i, total=total))
        birth = person["birth"]
        if birth is None:
            counts["no_birth"] += 1
            continue
        grade = rule.expected_grade(birth, on)
        if not rule.is_compulsory_age(birth, on):  # ages 6–15: until the 16th birthday
            counts["not_compulsory"] += 1
            continue
        counts["compulsory"] += 1
        cand = _judge(person, grade, ctx, counts, term)
        if cand is not None:
            if cand["kind"] == "id_conflict":
                conflict_pairs.add((person["id_number"], cand["_other_id_number"]))
            candidates.append(cand)
    if any(b["kind"] == "hukou" for b in batches):
        progress.set(total, total, N_("正在查找户籍名册中没有的在读学生"))
        candidates.extend(_not_in_hukou(store, people, ctx, conflict_pairs, counts))
    for c in candidates:
        counts[c["kind"]] += 1
    run.counts = dict(counts)
    run.candidates = candidates
    _save(store, run)
    return run


@dataclass
class _Context:
    children: dict[str, Any]
    by_idno: dict[str, str]
    by_person: dict[tuple[str, str], list[str]]
    by_birth: dict[str, list[str]]  # enrolled children by birth date (fuzzy matching)
    by_name: dict[str, list[str]]  # enrolled children by name (birth-date slips)
    enrol: dict[str, tuple[str, str, str]]  # child -> (status, school name, grade)
    open_cases: dict[str, tuple[str, str]]  # child -> (case_no, state)
    finished: frozenset[str] = frozenset()  # children who completed grade 9 (any term)

    @classmethod
    def load(cls, store: Store, term: str) -> _Context:
        conn = store.conn
        schools = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM schools")}
        enrol = {
            r[0]: (r[1], schools.get(r[2], ""), r[3])
            for r in conn.execute(
                "SELECT child_id, status, school_id, grade FROM enrolments WHERE term=? AND deleted=0",
                (term,),
            )
        }
        open_cases = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                "SELECT child_id, case_no, state FROM cases WHERE state != 'closed' AND deleted=0"
            )
        }
        children: dict[str, Any] = {}
        by_idno: dict[str, str] = {}
        by_person: dict[tuple[str, str], list[str]] = defaultdict(list)
        by_birth: dict[str, list[str]] = defaultdict(list)
        by_name: dict[str, list[str]] = defaultdict(list)
        for r in conn.execute(
            "SELECT id, name, sex, birth_date, id_number, township_code, village_code, hukou_code"
            " FROM children WHERE deleted=0"
        ):
            cid = r[0]
            children[cid] = r
            if r[4]:
                by_idno[r[4]] = cid
            if r[3]:
                by_person[(r[1], r[3])].append(cid)
                if enrol.get(cid, ("",))[0] in ENROLLED:
                    by_birth[r[3]].append(cid)
                    by_name[r[1]].append(cid)
        finished = frozenset(
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT child_id FROM enrolments WHERE grade = '9' AND deleted = 0"
                " AND status = 'graduated'"
            )
        )
        return cls(children, by_idno, by_person, by_birth, by_name, enrol, open_cases, finished)


def _registry_people(store: Store, batches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per person across the lists (by ID number, else name + birth date)."""
    files = {b["id"]: (b["kind"], b["file_name"]) for b in batches}
    marks = ",".join("?" * len(files))
    people: dict[Any, dict[str, Any]] = {}
    for r in store.conn.execute(
        "SELECT seq, batch_id, kind, row_no, id_number, name, sex, birth_date, township_code,"
        f" village_code, flags, extra FROM roster_rows WHERE batch_id IN ({marks}) ORDER BY seq",
        list(files),
    ):
        key: Any = r["id_number"] or (r["name"], r["birth_date"])
        p = people.get(key)
        if p is None:
            p = people[key] = {
                "row_seq": r["seq"],
                "id_number": r["id_number"],
                "name": r["name"],
                "sex": r["sex"],
                "birth": dt.date.fromisoformat(r["birth_date"]) if r["birth_date"] else None,
                "township_code": r["township_code"],
                "village_code": r["village_code"],
                "sources": [],
                "flags": set(),
                "notes": [],
            }
        kind, file_name = files[r["batch_id"]]
        p["sources"].append(
            Msg("{kind}（{file} 第{row}行）", kind=KINDS[kind], file=file_name, row=r["row_no"])
        )
        if r["flags"] != "[]":
            p["flags"].update(json.loads(r["flags"]))
        p["township_code"] = p["township_code"] or r["township_code"]
        p["village_code"] = p["village_code"] or r["village_code"]
        extra = json.loads(r["extra"]) if r["extra"] != "{}" else {}
        in_school = extra.get("in_school", "")
        if in_school and any(w in in_school for w in _NOT_IN_SCHOOL_WORDS):
            p["notes"].append(Msg("{kind}标注“{value}”", kind=KINDS[kind], value=in_school))
    return list(people.values())


def _describe_child(ctx: _Context, cid: str) -> str:
    c = ctx.children[cid]
    _status, school, grade = ctx.enrol.get(cid, ("", "", ""))
    where = (
        Msg("{school}{grade}", school=school, grade=codes.GRADES.label(grade))
        if school
        else N_("无本学期学籍")
    )
    return Msg(
        "{name}（身份证号 {id_number}，{where}）",
        name=c["name"],
        id_number=c["id_number"] or N_("无"),
        where=where,
    )


def _judge(
    person: dict[str, Any], grade: int, ctx: _Context, counts: dict[str, int], term: str
) -> dict[str, Any] | None:
    listed = Joined("；", person["sources"])
    base = [
        Msg("{listed}在册", listed=listed),
        Msg(
            "按出生日期 {birth} 应读{grade}",
            birth=person["birth"].isoformat(),
            grade=codes.GRADES.label(str(grade)),
        ),
    ]
    base += person["notes"]
    cid = ctx.by_idno.get(person["id_number"]) if person["id_number"] else None
    if cid is None and person["birth"]:
        same = ctx.by_person.get((person["name"], person["birth"].isoformat()), [])
        same = [c for c in same if not person["id_number"] or not ctx.children[c]["id_number"]]
        if len(same) == 1:
            cid = same[0]
    if cid is not None:
        status, school, sgrade = ctx.enrol.get(cid, ("", "", ""))
        if status in ENROLLED:
            counts["enrolled"] += 1
            return None
        if status in ACCOUNTED or (grade > 9 and cid in ctx.finished):
            counts["accounted"] += 1  # approved 休学/延缓, or finished grade 9 (aged 15)
            return None
        if cid in ctx.open_cases:
            counts["in_ledger"] += 1
            return None
        if status:
            from desktop.domain.codes import ENROLMENT_STATUS

            why: str = Msg(
                "学籍状态为“{status}”（{school}{grade}）",
                status=ENROLMENT_STATUS.label(status),
                school=school,
                grade=codes.GRADES.label(sgrade),
            )
        else:
            why = Msg("系统中有该学生，但 {term} 学期没有学籍记录", term=term)
        return _candidate("not_enrolled", person, grade, [*base, why], child_id=cid)
    # Not found by ID: the same child under another ID number?
    best, best_score = None, 0.0
    near = ctx.by_birth.get(person["birth"].isoformat(), []) + ctx.by_name.get(person["name"], [])
    for other in near:
        c = ctx.children[other]
        if person["id_number"] and c["id_number"] == person["id_number"]:
            continue
        score = person_score(
            person["name"], person["birth"], c["name"], dt.date.fromisoformat(c["birth_date"])
        )
        if score > best_score:
            best, best_score = other, score
    if best is not None and best_score >= THRESHOLD:
        other_id = ctx.children[best]["id_number"]
        why = Msg(
            "身份证号 {id_number} 在学籍中找不到，但学籍中有姓名和出生日期相同或相近的在读学生 "
            "{child}，可能是同一人，请核对身份证号",
            id_number=person["id_number"] or N_("（无）"),
            child=_describe_child(ctx, best),
        )
        cand = _candidate(
            "id_conflict", person, grade, [*base, why], other_child_id=best, score=best_score
        )
        cand["_other_id_number"] = other_id
        return cand
    why = N_("学籍中没有此人（按身份证号、姓名和出生日期都未找到）")
    return _candidate("not_enrolled", person, grade, [*base, why])


def _candidate(
    kind: str,
    person: dict[str, Any],
    grade: int | None,
    reasons: list[str],
    *,
    child_id: str | None = None,
    other_child_id: str | None = None,
    score: float | None = None,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "roster_row": person.get("row_seq"),
        "child_id": child_id,
        "other_child_id": other_child_id,
        "name": person["name"],
        "id_number": person["id_number"],
        "sex": person["sex"],
        "birth_date": person["birth"].isoformat() if person["birth"] else None,
        "township_code": person["township_code"],
        "village_code": person["village_code"],
        "expected_grade": grade,
        "sources": person.get("sources", []),
        "reasons": reasons,
        "score": round(score, 3) if score is not None else None,
    }


def _not_in_hukou(
    store: Store,
    people: list[dict[str, Any]],
    ctx: _Context,
    conflict_pairs: set[tuple[str, str]],
    counts: dict[str, int],
) -> list[dict[str, Any]]:
    """Enrolled children whose 户籍 is in this county but who are not on the 户籍 list.

    Only children of the townships the list covers are checked (a township's list says
    nothing about the others); a list without township information covers the county."""
    county6 = str(store.setting("county.code") or "")[:6]
    ids = {p["id_number"] for p in people if p["id_number"]}
    names = {(p["name"], p["birth"].isoformat()) for p in people if p["birth"]}
    by_birth: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in people:
        if p["birth"]:
            by_birth[p["birth"].isoformat()].append(p)
    covered = {p["township_code"] for p in people if p["township_code"]}
    out = []
    for cid, (status, school, grade) in ctx.enrol.items():
        if status not in ENROLLED:
            continue
        c = ctx.children.get(cid)
        if c is None:
            continue
        if c["hukou_code"] and county6 and not c["hukou_code"].startswith(county6):
            continue  # registered elsewhere (随迁): not expected on this county's list
        if covered and c["township_code"] not in covered:
            continue
        counts["enrolled_checked"] += 1
        if c["id_number"] in ids or (c["name"], c["birth_date"]) in names:
            continue
        birth = dt.date.fromisoformat(c["birth_date"]) if c["birth_date"] else None
        person = {
            "name": c["name"],
            "id_number": c["id_number"],
            "sex": c["sex"],
            "birth": birth,
            "township_code": c["township_code"],
            "village_code": c["village_code"],
            "sources": [
                Msg("学籍（{school}{grade}）", school=school, grade=codes.GRADES.label(grade))
            ],
        }
        near = [
            p
            for p in (by_birth.get(c["birth_date"], []) if birth else [])
            if person_score(c["name"], birth, p["name"], p["birth"]) >= THRESHOLD  # type: ignore[arg-type]
        ]
        if near:
            if any((p["id_number"], c["id_number"]) in conflict_pairs for p in near):
                continue  # already offered from the registry side
            p = near[0]
            why = Msg(
                "在读学生身份证号 {id_number} 不在户籍名册中，但户籍名册有姓名相近、出生日期相同的 "
                "{name}（身份证号 {other_id}；{sources}），可能是同一人，请核对身份证号",
                id_number=c["id_number"] or N_("（无）"),
                name=p["name"],
                other_id=p["id_number"] or N_("无"),
                sources=Joined("；", p["sources"]),
            )
            out.append(_candidate("id_conflict", person, None, [why], child_id=cid, score=0.0))
            continue
        why = Msg(
            "在读学生（{school}{grade}），本县户籍名册中未找到；请核实户籍或是否空挂学籍",
            school=school,
            grade=codes.GRADES.label(grade),
        )
        out.append(_candidate("not_in_hukou", person, None, [why], child_id=cid))
    return out


def texts_data(value: Any) -> Any:
    """A reason or source (or a list of them) as JSON data that keeps its marks, so that the
    interface shows it translated when it is read back (`texts_from_data`): a Msg as its
    text, template and values, a Joined as its text, separator and parts."""
    if isinstance(value, Msg):
        values = {k: texts_data(v) for k, v in value.values.items()}
        return {"text": str(value), "template": value.template, "values": values}
    if isinstance(value, Joined):
        return {"text": str(value), "sep": value.sep, "parts": [texts_data(p) for p in value.parts]}
    if isinstance(value, (list, tuple)):
        return [texts_data(v) for v in value]
    return value


def texts_from_data(data: Any) -> Any:
    """The texts `texts_data` stored: the Msg or Joined again where it is the text it stored
    (the Chinese text, in any case; a plain string stays one)."""
    if isinstance(data, list):
        return [texts_from_data(v) for v in data]
    if not isinstance(data, dict):
        return data
    text = str(data.get("text", ""))
    made: str = text
    try:
        if "template" in data:
            values = {k: texts_from_data(v) for k, v in data["values"].items()}
            made = Msg(data["template"], **values)
        elif "sep" in data:
            made = Joined(data["sep"], [texts_from_data(p) for p in data["parts"]])
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return text
    return made if made == text else text


def _save(store: Store, run: ComparisonRun) -> None:
    rows = [
        (
            run.id,
            c["kind"],
            c["roster_row"],
            c["child_id"],
            c["other_child_id"],
            c["name"],
            c["id_number"],
            c["sex"],
            c["birth_date"],
            c["township_code"],
            c["village_code"],
            c["expected_grade"],
            db.dumps(texts_data(c["sources"])),
            db.dumps(texts_data(c["reasons"])),
            c["score"],
        )
        for c in run.candidates
    ]
    with store.transaction():
        store.conn.execute(
            "INSERT INTO compare_runs(id, at, actor, on_date, term, batches, counts) VALUES (?,?,?,?,?,?,?)",
            (
                run.id,
                now_iso(),
                store.actor,
                run.on.isoformat(),
                run.term,
                db.dumps([b["id"] for b in run.batches]),
                db.dumps(run.counts),
            ),
        )
        store.conn.executemany(
            "INSERT INTO compare_candidates(run_id, kind, roster_row, child_id, other_child_id, name,"
            " id_number, sex, birth_date, township_code, village_code, expected_grade, sources,"
            " reasons, score) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        store.audit("compare_registries", entity="compare_runs", row_id=run.id, detail=run.counts)
    for c, seq in zip(
        run.candidates,
        [
            r[0]
            for r in store.conn.execute(
                "SELECT seq FROM compare_candidates WHERE run_id=? ORDER BY seq", (run.id,)
            )
        ],
        strict=True,
    ):
        c["seq"] = seq
        c["status"] = "open"
