"""Fixtures of the prevention tests: the small county of prevention_kit over a real database."""

from __future__ import annotations

import pytest
from prevention_kit import Kit, build


@pytest.fixture
def kit(store) -> Kit:
    return build(store)
