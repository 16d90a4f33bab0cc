"""The frozen app's entry point: the `kcbx` command (desktop.cli:main), after setting up the
environment the bundle needs. Runs only inside the PyInstaller bundle (installer/kcbx.spec)."""

import os
import sys


def _prepare_environment() -> None:
    # pypinyin's phrase dictionary is not shipped (installer/bundle.py DROPPED_DATA): kcbx only
    # asks for single characters, which it has none of. Without this pypinyin would load it.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    if sys.platform.startswith("linux"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        # A platform plugin the bundle lacks (wayland, or a desktop's own such as dxcb) would
        # stop Qt; X11 (XWayland under Wayland) is the fallback.
        if platform and not any(p in platform for p in ("xcb", "offscreen")):
            os.environ["QT_QPA_PLATFORM"] = platform + ";xcb"
        # Qt's wheels have no fcitx input plugin; fcitx5 also speaks the IBus protocol, whose
        # plugin is shipped. Without this, Chinese cannot be typed under fcitx5.
        if os.environ.get("QT_IM_MODULE", "").startswith("fcitx"):
            os.environ["QT_IM_MODULE"] = "ibus"
    if sys.stdout is None:  # the Windows app without a console: print() must not fail
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


if __name__ == "__main__":
    _prepare_environment()
    from desktop.cli import main

    sys.exit(main())
