"""Photos and scans attached to events: picked or dropped, images downscaled, opened again.

An image is scaled with Qt to at most MAX_SIDE pixels on its long side and stored as JPEG;
other files (PDF) are stored as they are. The workbench stores each file once by content hash
and links it by an 'attachment' event naming its target event, in the transaction of the record
it belongs to (core.Workbench.record_event / take_action / attach).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QVBoxLayout, QWidget

from desktop.core.changes import Changes
from desktop.core.workbench import NewFile, Workbench
from desktop.domain.errors import UserError
from desktop.paths import data_dir

MAX_SIDE = 1600
MAX_FILE_BYTES = 20 * 1024 * 1024
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp"}


def pick_files(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Attachments", "选择照片或扫描件"),
        str(Path.home()),
        QCoreApplication.translate(
            "Attachments",
            "图片或PDF (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf);;所有文件 (*)",
        ),
    )
    return [Path(n) for n in names]


def prepare(path: Path) -> tuple[bytes, str, str]:
    """(data, mime, filename) ready to store: images downscaled to JPEG."""
    if not path.exists():
        raise UserError(
            QCoreApplication.translate("Attachments", "找不到文件：{0}").format(path.name)
        )
    if path.stat().st_size > MAX_FILE_BYTES and path.suffix.lower() not in IMAGE_SUFFIXES:
        raise UserError(
            QCoreApplication.translate("Attachments", "文件太大（超过20MB）：{0}").format(path.name)
        )
    if path.suffix.lower() in IMAGE_SUFFIXES:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
        image = reader.read()
        if image.isNull():
            raise UserError(
                QCoreApplication.translate("Attachments", "无法读取图片：{0}（{1}）").format(
                    path.name, reader.errorString()
                )
            )
        if max(image.width(), image.height()) > MAX_SIDE:
            image = image.scaled(
                MAX_SIDE,
                MAX_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        if image.hasAlphaChannel():
            image = image.convertToFormat(QImage.Format.Format_RGB32)
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.12 declares format as bytes but accepts only str at run time.
        image.save(buf, "JPEG", 85)  # type: ignore[call-overload]
        buf.close()
        return bytes(data.data()), "image/jpeg", path.stem + ".jpg"
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return path.read_bytes(), mime, path.name


def attach_files(
    workbench: Workbench, *, case_id: str, target_id: str, paths: Sequence[Path]
) -> Changes:
    """Store files and link them to `target_id` (an event, or the case), in one write."""
    files = [NewFile(*prepare(Path(p))) for p in paths]
    return workbench.attach(case_id, target_id, files)


class ImageViewer(QDialog):
    """A photo or scan, scaled down to fit the screen (whole page visible, no scrolling)."""

    def __init__(self, pixmap: QPixmap, title: str, parent: QWidget | None = None) -> None:
        from desktop.ui.screen_fit import max_client_size

        super().__init__(parent)
        self.setWindowTitle(title)
        self.original = pixmap
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumSize(200, 150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        cap = max_client_size(self)
        room_w, room_h = max(cap.width() - 40, 200), max(cap.height() - 40, 150)
        shown = pixmap.size().scaled(
            min(pixmap.width(), room_w),
            min(pixmap.height(), room_h),
            Qt.AspectRatioMode.KeepAspectRatio,
        )
        self.resize(shown.width() + 24, shown.height() + 24)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.original.isNull():
            self.label.setPixmap(
                self.original.scaled(
                    self.label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )


def open_attachment(
    parent: QWidget, workbench: Workbench, sha256: str, filename: str
) -> QDialog | None:
    """Show an image in a viewer; hand other files to the system's viewer."""
    found = workbench.attachment_data(sha256)
    if found is None:
        raise UserError(
            QCoreApplication.translate("Attachments", "附件内容不在本机（可能尚未同步）")
        )
    data, mime = found
    if mime.startswith("image/"):
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        viewer = ImageViewer(pixmap, filename, parent)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer
    folder = data_dir() / "open"
    folder.mkdir(exist_ok=True)
    target = folder / f"{sha256[:12]}-{Path(filename).name}"
    target.write_bytes(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return None
