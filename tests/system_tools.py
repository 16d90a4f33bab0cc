"""Command-line tools some tests need (zbarimg, pdftoppm…): installed by the tests' own setup,
as the PostgreSQL tests install their server, so that no test is skipped for a missing package
on a machine where we are root with apt-get."""

from __future__ import annotations

import shutil

import pytest

from bench.pgserver import apt_install

# command -> the Debian package that carries it
PACKAGES = {
    "zbarimg": "zbar-tools",
    "pdftoppm": "poppler-utils",
    "pdffonts": "poppler-utils",
}


def need(*commands: str) -> None:
    """Make sure each command is on PATH, installing its package if needed; otherwise skip
    the test with the reason (not root, no apt-get, the install failed)."""
    missing = [c for c in commands if shutil.which(c) is None]
    if not missing:
        return
    why = apt_install(*sorted({PACKAGES[c] for c in missing}))
    still = [c for c in missing if shutil.which(c) is None]
    if still:
        pytest.skip(f"{', '.join(still)} not available: {why or 'not found after installing'}")
