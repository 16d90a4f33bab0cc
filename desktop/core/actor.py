"""Who is working: the signed-in account, its role and the part of the county it may touch.

The core does not know how people sign in (that is desktop/security); the caller builds an
`Actor` from its session (`desktop.security.actor.actor_of`) and hands it to the Workbench,
which applies it to every connection it opens. No process-global state is consulted here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.scope import Scope
from desktop.store.repo import Permit

LOCAL_NAME = "本机用户"
LOCAL_ROLE = "local"  # no accounts on this database: no role limits


@dataclass(frozen=True)
class Actor:
    username: str  # the account ("" on a database without accounts)
    name: str  # the display name stamped on every write
    role: str  # the account's role (desktop.security.policy.Role's value)
    role_label: str  # the role in Chinese, for refusals
    scope: Scope = field(default_factory=Scope.everything)
    may_write: bool = True  # False: a read-only account (the auditor)
    # The role's write rules (which tables, which event kinds), checked under every write.
    permit: Permit | None = field(default=None, compare=False)

    @classmethod
    def local(cls, name: str = LOCAL_NAME) -> Actor:
        """The one user of a database without accounts: everything, no role limits."""
        return cls(username="", name=name, role=LOCAL_ROLE, role_label=LOCAL_NAME)
