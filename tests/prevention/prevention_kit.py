"""A small county for prevention tests: two schools, a class of 50 at the first, a few pupils
at the second, and the actors who work there (with their roles' real permit rules)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.actor import Actor
from desktop.core.workbench import Workbench
from desktop.domain import model
from desktop.prevention.register import ClassKey
from desktop.security.policy import ROLE_LABELS, Area, Policy, Role
from desktop.store.repo import Store

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ("小明", "子涵", "雨轩", "浩然", "欣怡", "梓萱", "俊杰", "诗琪", "宇航")


def name(i: int) -> str:
    """Distinct names for the first 180 pupils."""
    return SURNAMES[i % len(SURNAMES)] + GIVEN[i // len(SURNAMES) % len(GIVEN)]


@dataclass
class Kit:
    store: Store
    school_a: str
    school_b: str
    township_a: str
    township_b: str
    key: ClassKey  # 五年级1班 at school A, 50 pupils
    pupils: list[str]  # their ids, in register order
    other: list[str]  # pupils of school B

    def actor(self, role: Role, **area: tuple[str, ...]) -> Actor:
        policy = Policy(role=role, area=Area(**area), who=role.value)
        return Actor(
            username=role.value,
            name={"teacher": "李老师"}.get(role.value, ROLE_LABELS[role]),
            role=role.value,
            role_label=ROLE_LABELS[role],
            scope=policy.scope,
            may_write=role is not Role.AUDITOR,
            permit=policy,
        )

    def teacher(self, school: str | None = None) -> Workbench:
        return Workbench(self.store, self.actor(Role.TEACHER, schools=(school or self.school_a,)))

    def admin(self) -> Workbench:
        return Workbench(self.store, self.actor(Role.COUNTY_ADMIN))

    def cadre(self, township: str | None = None) -> Workbench:
        return Workbench(
            self.store, self.actor(Role.TOWNSHIP_CADRE, townships=(township or self.township_a,))
        )


def build(store: Store, *, class_size: int = 50) -> Kit:
    townships = [
        r[0]
        for r in store.conn.execute(
            "SELECT code FROM regions WHERE level='township' ORDER BY code LIMIT 2"
        )
    ]
    villages = {
        t: store.conn.execute(
            "SELECT code FROM regions WHERE parent=? ORDER BY code LIMIT 1", (t,)
        ).fetchone()[0]
        for t in townships
    }
    a = store.create("schools", model.School(name="城关第一小学", township_code=townships[0]))
    b = store.create(
        "schools", model.School(name="河口中学", kind="junior", township_code=townships[1])
    )
    pupils = []
    for i in range(class_size):
        pupils.append(
            store.create(
                "children",
                model.Child(
                    name=name(i),
                    sex="男" if i % 2 else "女",
                    birth_date=dt.date(2015, 3, 1 + i % 28),
                    xueji_no="",
                    township_code=townships[0],
                    village_code=villages[townships[0]],
                    school_id=a,
                    grade="5",
                    class_name="1班",
                ),
            )
        )
    other = [
        store.create(
            "children",
            model.Child(
                name=name(100 + i),
                township_code=townships[1],
                village_code=villages[townships[1]],
                school_id=b,
                grade="8",
                class_name="2班",
            ),
        )
        for i in range(5)
    ]
    return Kit(store, a, b, townships[0], townships[1], ClassKey(a, "5", "1班"), pupils, other)
