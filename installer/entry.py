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


def _probe_qt(pdf: str) -> int:
    """KCBX_SMOKE_QT_PROBE=<a PDF> (installer/smoke.py): load the Qt modules the app imports
    only when printing or showing charts, and use them once — render the PDF (QtPdf), print
    it to a PDF file (QtPrintSupport), draw a chart (QtCharts) — so the smoke test proves the
    bundle has them and their plugins."""
    from PySide6.QtCharts import QChart, QChartView, QPieSeries
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImageReader, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    doc = QPdfDocument(app)
    doc.load(pdf)
    image = doc.render(0, QSize(420, 594))
    inked = sum(
        1
        for x in range(0, 420, 3)
        for y in range(0, 594, 3)
        if image.pixelColor(x, y).value() < 128
    )
    printed = pdf + ".printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(printed)
    painter = QPainter(printer)
    painter.drawImage(0, 0, image)
    painter.end()
    series = QPieSeries()
    series.append("劝返", 3)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(320, 240)
    chart_drawn = not view.grab().isNull()
    QPdfView(None)
    formats = sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats())
    QPrinterInfo.availablePrinters()  # loads the print-system plugin
    print(
        f"KCBX_SMOKE qt-probe pages={doc.pageCount()} inked={inked}"
        f" printed={os.path.getsize(printed)} chart={chart_drawn} formats={','.join(formats)}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    _prepare_environment()
    if os.environ.get("KCBX_SMOKE_QT_PROBE"):
        sys.exit(_probe_qt(os.environ["KCBX_SMOKE_QT_PROBE"]))
    from desktop.cli import main

    sys.exit(main())
