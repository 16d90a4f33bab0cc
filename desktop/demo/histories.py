"""Believable case histories for the demo county, walked through the real state machine."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop.domain import codes, rules
from desktop.domain.casefacts import EventView
from desktop.domain.ids import AgeRule, age_on
from desktop.domain.states import TRANSITIONS, Action, Outcome, State
from desktop.store.cases import plan_id

if TYPE_CHECKING:
    from desktop.demo.generate import _Gen, _Kid, _School

_START_WINDOW = {  # days before today the case was opened (min, max)
    "closed_returned": (420, 1000),
    "closed_verified": (30, 900),
    "closed_transferred": (200, 900),
    "closed_other": (200, 900),
    "monitoring": (70, 260),
    "persuading": (20, 300),
    "persuading_exception": (150, 400),
    "relapsed": (400, 800),
    "suspected": (0, 12),
    "dropout": (2, 25),
    "deferred": (60, 400),
    "home_teaching": (60, 400),
    "transferred_pending": (40, 300),
}

# The county office's approvals come from its account on the county's laptop (users are local to
# a device, so the demo database holds no account: rules.replay accepts an approval recorded
# with a county role by an account this device does not know).
_RECEIVING = ("广东省教育厅", "浙江省教育厅", "福建省教育厅", "江苏省教育厅")
_REVISE = dt.timedelta(days=14)  # a plan is revised at a visit this close to its deadline

DEMO_APPROVER = rules.Account("jyj_demo", "县教育局（演示审批人）", rules.COUNTY)

_FINDINGS = (
    "家中只有祖父母，学生每天在家玩手机，对学习没有兴趣。",
    "父母在外务工，学生跟随亲戚外出打工，电话联系上本人。",
    "学生认为读书没用，想早点挣钱，监护人态度消极。",
    "家庭经济困难，住房简陋，学生需照顾年幼弟妹。",
    "学生成绩落后较多，在校被同学嘲笑，不愿返校。",
    "学生身体不好，长期在家，家长担心在校无人照顾。",
    "学生与父亲发生矛盾后离家，现住在外婆家。",
)
_MEASURES = (
    "包保责任人每两周入户一次，班主任每周电话联系；落实生活补助；返校后安排教师一对一帮扶。",
    "联合派出所、村委会开展联合劝返，向监护人宣讲义务教育法；协调务工地教育部门核查。",
    "申请临时救助和营养改善计划；安排插班并制定个别辅导计划；联系心理老师进行辅导。",
)


class History:
    def __init__(
        self, g: _Gen, kid: _Kid, target: str, *, cadres: list[str], special: _School
    ) -> None:
        self.g, self.kid, self.target = g, kid, target
        self.cadres, self.special = cadres, special
        self.case_id = g.uid()
        self.events: list[dict[str, Any]] = []
        self.plan_row: dict[str, Any] | None = None
        lo, hi = _START_WINDOW[target]
        self.opened = g.today - dt.timedelta(days=g.rng.randint(lo, hi))
        self.day = self.opened
        self.state = State.SUSPECTED
        self.ledger_kind = "suspected"
        self.outcome: Outcome | None = None
        self.contacts = 0
        self.joint_days: set[dt.date] = set()
        self.has_return = False
        self.has_assessment = False
        self.notice_sent = False
        self.receipt = False
        self.judgment = False
        self.refusal = False
        self.last_return_id = ""
        self.causes = self._causes()

    # --- helpers ---------------------------------------------------------------------------

    def _causes(self) -> list[str]:
        rng = self.g.rng
        if "disabled" in self.kid.flags:
            first = "51"
        elif "migrant" in self.kid.flags:
            first = rng.choice(["60", "61"])
        else:
            first = rng.choices(
                ["11", "12", "20", "30", "40", "90", "92", "94", "95", "96", "81"],
                weights=[25, 10, 22, 5, 2, 10, 8, 8, 5, 3, 2],
            )[0]
        extra = rng.sample(["90", "92", "94", "11", "91"], k=rng.choice([0, 0, 1, 2]))
        return list(dict.fromkeys([first, *extra]))

    def advance(self, lo: int, hi: int) -> dt.date:
        self.day = min(self.day + dt.timedelta(days=self.g.rng.randint(lo, hi)), self.g.today)
        return self.day

    def event(self, kind: str, payload: dict[str, Any], *, on: dt.date | None = None) -> str:
        eid = self.g.uid()
        self.events.append(
            {
                "id": eid,
                "kind": kind,
                "case_id": self.case_id,
                "child_id": self.kid.id,
                "occurred_on": (on or self.day).isoformat(),
                "payload": payload,
            }
        )
        return eid

    def before(self) -> rules.CaseBefore:
        """The case as its events so far describe it (the rules' view)."""
        return rules.case_before(
            [
                EventView(e["id"], e["kind"], e["occurred_on"], e["payload"], f"{n:08d}")
                for n, e in enumerate(self.events)
            ],
            initial_state=State.DROPOUT if self.ledger_kind == "dropout" else State.SUSPECTED,
            has_plan=self.plan_row is not None,
            opened_on=self.opened,
            causes=tuple(self.causes),
            birth_date=self.kid.birth,
        )

    def act(self, action: Action, *, approved: bool = False, **params: Any) -> None:
        """A state change, checked against the rule table (the demo obeys every rule)."""
        before = self.before()
        target = TRANSITIONS[action][1]
        until = params.get("until")
        payload: dict[str, Any] = {
            "action": action.value,
            "from_state": before.state.value,
            "to_state": target.value,
            "evidence": list(params.get("evidence", ())),
            "reason": params.get("reason", ""),
            "until": until.isoformat() if until else None,
        }
        if approved:
            payload.update(
                approver=DEMO_APPROVER.username,
                approver_name=DEMO_APPROVER.display_name,
                approver_role=DEMO_APPROVER.role,
            )
        if action in (Action.APPROVE_DEFERRAL, Action.RENEW_DEFERRAL):
            payload["ground"] = rules.deferral_ground(before.events) or ""
        rules.check(
            rules.Ctx(
                case=before,
                event=rules.Proposed("transition", payload, self.day, action),
                today=self.g.today,
                replay=True,
            )
        )
        self.event("transition", payload)
        if target is State.CLOSED:
            self.outcome = {
                Action.VERIFY_ENROLLED: Outcome.VERIFIED_ENROLLED,
                Action.CLOSE_RETURNED: Outcome.RETURNED,
                Action.CLOSE_TRANSFERRED: Outcome.TRANSFERRED,
                Action.CLOSE_OTHER: Outcome.OTHER,
            }[action]
        if action is Action.RELAPSE:
            self.outcome = None
        self.state = target

    def contact(
        self, *, kind: str | None = None, result: str | None = None, next_in: int | None = None
    ) -> str:
        rng = self.g.rng
        kind = (
            kind
            or rng.choices(["home_visit", "phone", "video", "remote"], weights=[60, 25, 8, 7])[0]
        )
        depts = ["education", "school"]
        if kind == "joint":
            depts = ["education", "township", rng.choice(["police", "justice", "village", "women"])]
        participants = [f"{rng.choice(self.cadres)}（乡镇）"]
        if self.kid.school:
            participants.append(f"{rng.choice(self.kid.school.teachers)}（{self.kid.school.name}）")
        if kind == "joint":
            participants.append(f"{self.g.names.full(rng.choice('男女'))}（派出所）")
        nxt = self.day + dt.timedelta(days=next_in or rng.randint(7, 21))
        eid = self.event(
            "contact",
            {
                "kind": kind,
                "participants": participants,
                "departments": depts,
                "met": f"监护人{self.kid.guardian}",
                "findings": rng.choice(_FINDINGS),
                "child_attitude": rng.choice(["hesitant", "refuses", "willing"]),
                "guardian_attitude": rng.choice(["willing", "hesitant"]),
                "methods": rng.sample(codes.METHODS.codes(), k=rng.randint(1, 3)),
                "result": result or rng.choice(["considering", "refused", "agreed_return"]),
                "next_step": "继续做好思想工作，下次入户核实",
                "next_date": nxt.isoformat(),
                "guardian_signed": kind in ("home_visit", "joint"),
                "place": self.kid.village and "学生家中",
                "start_time": f"{rng.randint(9, 17):02d}:{rng.choice(['00', '30'])}",
            },
        )
        self.contacts += 1
        if kind == "joint":
            self.joint_days.add(self.day)
        if self.plan_row and self.plan_row["deadline"] < (self.day + _REVISE).isoformat():
            # the plan is revised at a visit near or after its 劝返时限: a new one, as offices do
            self.plan_row["deadline"] = (self.day + dt.timedelta(days=60)).isoformat()
        return eid

    # --- the path ------------------------------------------------------------------------

    def run(self) -> None:
        rng, t = self.g.rng, self.target
        if rng.random() < 0.4 and t not in ("suspected", "closed_verified"):
            self.ledger_kind, self.state = "dropout", State.DROPOUT
        if t == "suspected":
            if rng.random() < 0.5:
                self.contact(kind="phone", result="not_met")
            return
        if t == "closed_verified":
            self.advance(1, 6)
            eid = self.contact(kind="home_visit", result="verified_enrolled")
            self.advance(0, 3)
            self.act(Action.VERIFY_ENROLLED, approved=True, evidence=(eid,), reason="核实在读")
            return
        if self.state is State.SUSPECTED:
            self.advance(1, 7)
            self.contact(kind="home_visit", result="refused")
            self.act(Action.CONFIRM_DROPOUT)
        if t == "dropout":
            return
        self.advance(1, 5)
        self.plan()
        self.act(Action.START_PERSUASION)
        self.persuade(rng.randint(1, 4))
        if t == "closed_other":
            self.advance(10, 60)
            rule = AgeRule()
            over = (
                age_on(self.kid.birth, self.day) >= 16
                or rule.expected_grade(self.kid.birth, self.day) > rule.years
            )
            summary = "核实已超过义务教育年龄" if over else "核实学生已随家人出境定居"
            eid = self.event("legal_step", {"step": "education", "summary": summary})
            reason = "over_age" if over else "abroad"
            self.act(Action.CLOSE_OTHER, approved=True, evidence=(eid,), reason=reason)
            return
        if t in ("persuading", "persuading_exception"):
            if t == "persuading_exception" or rng.random() < 0.3:
                self.legal_ladder()
            if t == "persuading":
                self.keep_visiting()
            if t == "persuading_exception":
                # joint persuasions on three different days (several on one day count once)
                while len(self.joint_days) < 3 and self.advance(7, 20) < self.g.today:
                    self.contact(kind="joint", result="refused")
                if len(self.joint_days) < 3 or self.advance(3, 10) >= self.g.today:
                    return
                self.act(
                    Action.REFUSAL_EXCEPTION,
                    approved=True,
                    reason="联合劝返三次以上仍拒不返校",
                )
                if self.advance(5, 20) < self.g.today:
                    self.contact(kind="home_visit")
                self.keep_visiting()  # the exception does not end persuasion (seed §二.2)
            return
        if t == "deferred":
            # the ground: the county committee's assessment advising a year off
            self.advance(5, 20)
            self.assessment(
                conclusion="因病需住院治疗，暂不具备就学条件，建议休学一年",
                recommends_deferral=True,
            )
            until = min(
                self.day + dt.timedelta(days=rng.randint(90, 360)),
                self.day + dt.timedelta(days=365),
            )
            self.event(
                "deferral",
                {
                    "kind": "suspend",
                    "reason": "身体原因，需住院治疗",
                    "start": self.day.isoformat(),
                    "until": until.isoformat(),
                    "proof": "县人民医院诊断证明；县残疾人教育专家委员会评估意见",
                },
            )
            self.act(Action.APPROVE_DEFERRAL, approved=True, reason="身体原因", until=until)
            return
        if t == "home_teaching":
            self.advance(5, 30)
            self.assessment()
            self.act(Action.START_HOME_TEACHING)
            for _ in range(rng.randint(2, 8)):
                if self.advance(10, 20) >= self.g.today:
                    break
                self.event(
                    "home_teaching",
                    {
                        "hours": 2,
                        "teachers": [rng.choice(self.special.teachers)],
                        "content": "生活自理训练、语文识字",
                        "response": "能配合完成",
                        "next_goal": "巩固识字20个",
                    },
                )
            return
        if t in ("transferred_pending", "closed_transferred"):
            self.advance(5, 30)
            # the province the family moved to, whose department is asked to take the case on
            counterpart = rng.choice(_RECEIVING)
            sent = self.event(
                "notice",
                {
                    "direction": "sent",
                    "kind": "cross_province",
                    "counterpart": counterpart,
                    "doc_no": f"教告〔{self.day.year}〕{rng.randint(1, 40)}号",
                    "content": "该生辍学后随父母跨省流动，请协助劝返",
                },
            )
            self.notice_sent = True
            self.act(Action.NOTIFY_TRANSFER)
            if t == "closed_transferred":
                self.advance(20, 60)
                rid = self.event(
                    "notice",
                    {
                        "direction": "receipt",
                        "kind": "cross_province",
                        "counterpart": counterpart,
                        "replies_to": sent,
                        "content": "已收悉，将会同新流入地做好劝返复学工作",
                    },
                )
                self.receipt = True
                self.act(Action.CLOSE_TRANSFERRED, approved=True, evidence=(rid,))
            return
        # the rest return to school
        if rng.random() < 0.25:
            self.legal_ladder()
        self.register_return()
        if t == "monitoring":
            self.follow_ups(rng.randint(0, 3))
            if rng.random() < 0.8:  # most schools keep up the monthly follow-up
                while self.advance(20, 32) < self.g.today:
                    self.follow_up()
            return
        self.follow_ups(rng.randint(2, 5))
        self.day = max(self.day, self.return_day + dt.timedelta(days=181))
        self.day = min(self.day, self.g.today)
        self.act(Action.CLOSE_RETURNED, approved=True, evidence=(self.last_return_id,))
        if t == "relapsed":
            self.advance(20, 120)
            self.act(Action.RELAPSE, reason="再次辍学")
            self.persuade(rng.randint(1, 3))
            self.keep_visiting()

    def plan(self) -> None:
        rng = self.g.rng
        self.plan_row = {
            "id": plan_id(self.case_id),
            "case_id": self.case_id,
            "family_situation": rng.choice(
                ["父母在外务工，与祖父母生活", "单亲家庭，母亲务农", "建档立卡户，家庭收入低"]
            ),
            "cause_analysis": "、".join(codes.CAUSES.label(c) for c in self.causes)
            + "。"
            + rng.choice(_FINDINGS),
            "measures": rng.choice(_MEASURES),
            "deadline": (self.day + dt.timedelta(days=60)).isoformat(),
            "support_plan": "落实两免一补和生活补助"
            if "poverty_registered" in self.kid.flags
            else "落实营养改善计划",
            "placement_plan": rng.choice(["插班就读，安排一对一帮扶", "单独编班，个别辅导"]),
            "made_by": rng.choice(self.cadres),
            "made_on": self.day.isoformat(),
        }

    def keep_visiting(self) -> None:
        """Most cadres keep visiting until the child is back (persuasion goes on, seed §二.2); the
        rest are the stalled cases Today and the oversight report are there to flag."""
        rng = self.g.rng
        if rng.random() < 0.8:
            gap = rng.randint(7, 21)
            while self.advance(gap, gap + 3) < self.g.today:  # when the last visit said, or so
                gap = rng.randint(7, 21)
                self.contact(next_in=gap)

    def persuade(self, n: int) -> None:
        for _ in range(n):
            if self.advance(5, 25) >= self.g.today:
                break
            self.contact(kind="joint" if self.g.rng.random() < 0.2 else None)

    def legal_ladder(self) -> None:
        rng = self.g.rng
        year = self.day.year
        for step, name, issuer, wait in (
            (
                "school_notice",
                "劝返复学通知书",
                self.kid.school.name if self.kid.school else "学校",
                (3, 10),
            ),
            # after the school notice's 7-day deadline has passed
            ("order_notice", "限期返校通知书", "乡镇人民政府", (8, 15)),
        ):
            if self.advance(*wait) >= self.g.today:
                return
            no = f"〔{year}〕{rng.randint(1, 60)}号"
            sid = self.event(
                "legal_step",
                {
                    "step": step,
                    "doc_no": no,
                    "issuer": issuer,
                    "addressee": self.kid.guardian,
                    "summary": f"送达{name}",
                    "deadline": (self.day + dt.timedelta(days=7)).isoformat(),
                },
            )
            self.event(
                "service_receipt",
                {
                    "legal_step_id": sid,
                    "doc_name": name,
                    "doc_no": no,
                    "recipient": self.kid.guardian,
                    "place": "学生家中",
                    "served_at": f"{self.day.isoformat()}T10:00",
                    "method": "direct",
                    "recipient_signed": True,
                    "server": rng.choice(self.cadres),
                },
            )
        if rng.random() < 0.3:
            self.advance(5, 15)
            self.contact(kind="joint")

    def assessment(
        self,
        *,
        conclusion: str = "不具备到校学习条件，建议送教上门",
        recommends_deferral: bool = False,
    ) -> None:
        self.event(
            "assessment",
            {
                "category": self.g.rng.choice(codes.DISABILITY_CATEGORIES.codes()),
                "degree": "二级",
                "conclusion": conclusion,
                "placement_advice": "special_school",
                "members": ["县特校校长", "县医院康复科医生", "县残联干部"],
                "guardian_consent": True,
                "recommends_deferral": recommends_deferral,
            },
        )
        self.has_assessment = True

    def register_return(self) -> None:
        rng = self.g.rng
        self.advance(3, 20)
        school = self.kid.school
        self.last_return_id = self.event(
            "return",
            {
                "return_date": self.day.isoformat(),
                "school_id": school.id if school else "",
                "grade": str(max(1, self.kid.grade)),
                "class_name": f"{rng.randint(1, 3)}班",
                "placement": rng.choice(
                    ["insert_class", "insert_class", "separate_class", "individual", "vocational"]
                ),
                "xueji_action": "恢复学籍",
                "support": rng.sample(codes.HELP_MEASURES.codes(), k=rng.randint(1, 2)),
            },
        )
        self.has_return = True
        self.return_day = self.day
        self.act(Action.REGISTER_RETURN)
        self.act(Action.START_MONITORING)
        if "poverty_registered" in self.kid.flags or rng.random() < 0.3:
            self.event(
                "support",
                {
                    "kind": rng.choice(
                        ["living_allowance", "two_free_one_subsidy", "temporary_relief"]
                    ),
                    "amount": rng.choice(["625", "1250", "500"]),
                    "period": f"{self.day.year}年",
                    "note": "已发放到监护人账户",
                },
            )

    def follow_ups(self, n: int) -> None:
        for _ in range(n):
            if self.advance(20, 45) >= self.g.today:
                break
            self.follow_up()

    def follow_up(self) -> None:
        rng = self.g.rng
        self.event(
            "follow_up",
            {
                "attending": True,
                "note": rng.choice(["按时到校，学习状态有所好转", "偶有迟到，已与家长沟通"]),
                "help_given": [rng.choice(codes.HELP_MEASURES.codes())],
                "risk": rng.choice(["low", "medium"]),
            },
        )

    def _case_no(self) -> str:
        key = f"{self.opened.year}-{self.kid.township[6:9]}"
        n = self.g.case_numbers[key] = self.g.case_numbers.get(key, 0) + 1
        return f"{key}-{n:04d}-DEM"

    def case_row(self) -> dict[str, Any]:
        kid, rng = self.kid, self.g.rng
        school = kid.school
        return {
            "id": self.case_id,
            "case_no": self._case_no(),
            "child_id": kid.id,
            "ledger_kind": self.ledger_kind,
            "initial_state": State.DROPOUT.value
            if self.ledger_kind == "dropout"
            else State.SUSPECTED.value,
            "causes": self.causes,
            "found_on": self.opened.isoformat(),
            "dropout_date": (self.opened - dt.timedelta(days=rng.randint(3, 40))).isoformat(),
            "school_id": school.id if school else None,
            "grade": str(kid.grade) if kid.grade else "",
            "township_code": kid.township,
            "village_code": kid.village,
            "whereabouts": rng.choice(codes.WHEREABOUTS.codes()),
            "admin_name": rng.choice(self.cadres),
            "admin_title": rng.choice(["副镇长", "包村干部", "乡长"]),
            "admin_phone": f"100{rng.randint(0, 99999999):08d}",
            "edu_name": rng.choice(school.teachers) if school else "",
            "edu_title": "班主任",
            "edu_phone": f"100{rng.randint(0, 99999999):08d}",
        }
