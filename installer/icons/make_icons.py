"""Render kcbx.svg to the PNG (Linux menus, 256 px) and ICO (Windows, 16–256 px) icons.

    .venv/bin/python installer/icons/make_icons.py

The outputs are kept in git (small), so a build needs neither Qt's SVG module nor Pillow.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(HERE / "kcbx.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv)
    (HERE / "kcbx.png").write_bytes(render(256))
    (HERE / "kcbx-48.png").write_bytes(render(48))
    big = Image.open(io.BytesIO(render(256)))
    big.save(HERE / "kcbx.ico", sizes=[(s, s) for s in ICO_SIZES])
    print("wrote kcbx.png, kcbx-48.png, kcbx.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
