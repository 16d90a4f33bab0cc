"""The sign-in dialog is the first window a user waits for: it must not make PySide build the
Qt namespace's enum types (~94 of them, ~25 ms), and it shows the database's path on one line,
the file's name whole."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from desktop.ui.security.login import elide_folder


def _width(text: str) -> int:  # a monospace font: 7 pixels a character
    return 7 * len(text)


def test_a_short_path_is_shown_whole() -> None:
    assert elide_folder("/home/cadre/kcbx.db", _width, 420) == "/home/cadre/kcbx.db"
    assert elide_folder("kcbx-" + "x" * 90 + ".db", _width, 420) == "kcbx-" + "x" * 90 + ".db"


def test_a_long_path_keeps_the_file_name_and_shortens_the_folder_in_the_middle() -> None:
    folder = "/media/usb/" + "/".join(f"第{i}层文件夹" for i in range(20))
    for name, sep in (("从江县台账.db", "/"), ("county.db", "\\")):
        path = folder.replace("/", sep) + sep + name
        shown = elide_folder(path, _width, 420)
        assert _width(shown) <= 420
        assert shown.endswith(sep + name) and "…" in shown
        head, tail = shown[: -len(sep + name)].split("…")
        assert path.startswith(head) and path[: -len(sep + name)].endswith(tail)
        assert abs(len(head) - len(tail)) <= 1  # as much of each end
        longer = head + path[len(head)] + "…" + tail + sep + name
        assert _width(longer) > 420  # the most that fits


def test_the_sign_in_dialog_does_not_build_the_qt_namespace(demo_db) -> None:
    code = textwrap.dedent(
        f"""
        import enum
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from desktop.security.state import db_state
        from desktop.ui.security.login import LoginDialog
        made = []
        create = enum.EnumType._create_
        def counted(cls, name, *args, **kwargs):
            made.append(name)
            return create(cls, name, *args, **kwargs)
        enum.EnumType._create_ = counted
        dialog = LoginDialog(db_state({str(demo_db)!r}))
        dialog.show()
        app.processEvents()
        print("MADE", sorted(made))
        print("QT_NAMESPACE", "Key" in made or "WidgetAttribute" in made)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert "QT_NAMESPACE False" in result.stdout, result.stdout + result.stderr[-2000:]
