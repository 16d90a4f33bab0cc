"""Start the GUI: fonts, the database (first run: offer a demo county), the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import default_db


def load_fonts(app: QApplication) -> None:
    from desktop.forms.fonts import UI_FONT_FAMILY, qt_font_files

    for path in qt_font_files():
        QFontDatabase.addApplicationFont(str(path))
    app.setFont(QFont(UI_FONT_FAMILY, 10))


def ensure_database(path: Path) -> bool:
    """First run: offer to create a demo county database. Return False if the user declines."""
    if path.exists():
        return True
    answer = QMessageBox.question(
        None,
        "控辍保学工作台",
        f"还没有数据库（{path}）。\n\n是否创建一个演示县数据库（5000名虚拟学生）来熟悉程序？",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from desktop.demo.generate import generate

    generate(path, children=5000, seed=1)
    return True


def main(*, db: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("控辍保学工作台")
    load_fonts(app)
    path = Path(db) if db else default_db()
    if not ensure_database(path):
        return 0
    from desktop.store.repo import Store
    from desktop.ui.main_window import MainWindow

    store = Store.open(path)
    window = MainWindow(store)
    window.show()
    code = app.exec()
    store.close()
    return code
