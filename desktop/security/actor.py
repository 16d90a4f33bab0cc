"""The core's Actor for a signed-in session (the core knows nothing of accounts or roles)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core.actor import Actor

if TYPE_CHECKING:
    from desktop.security.session import Session
    from desktop.store.repo import Store


def actor_of(session: Session | None) -> Actor:
    """The Actor of a session; a database without accounts has one local user."""
    if session is None:
        return Actor.local()
    user = session.user
    return Actor(
        username=user.username,
        name=session.actor,
        role=user.role.value,
        role_label=user.role_label,
        scope=session.policy.scope,
        may_write=session.can("write"),
        permit=session.policy,
    )


def actor_for(store: Store) -> Actor:
    """The Actor working on `store`: the session signed in on its database, else the store's
    own user, scope and rules (a database without accounts, a test's store)."""
    import os

    from desktop.security import session

    current = session.current()
    if (
        current is not None
        and store.path is not None
        and os.path.realpath(store.path) == os.path.realpath(current.db_path)
    ):
        return actor_of(current)
    return replace(Actor.local(store.actor), scope=store.scope, permit=store.permit)
