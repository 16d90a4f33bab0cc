"""Form tests print with the shipped fonts only, whatever fonts this computer has."""

from __future__ import annotations

import pytest

from desktop.forms import fonts


@pytest.fixture(autouse=True, scope="session")
def _shipped_fonts_only():
    fonts.set_font_dirs([])
    yield
    fonts.set_font_dirs(None)
