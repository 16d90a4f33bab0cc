"""Locate shipped files under ``resources/``, from a source checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources`` directory: inside the bundle when frozen, else in the repository."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """Path of ``resources/<parts...>``, e.g. ``resource_path("fonts", "x.ttf")`` (not checked)."""
    return resources_root().joinpath(*parts)
