# PyInstaller run-time hook, in place of PyInstaller's pyi_rth_pyside6 (installer/bundle.py
# runtime_hooks): the same plugin path, without importing PySide6.QtCore at start-up. That
# import (Qt Core and ICU, ~0.13 s) only registers a qt.conf, which conda builds of Qt need;
# the PyPI wheels' Qt finds its prefix from its own location. So `kcbx search` and the other
# commands that never touch Qt start faster.
import os
import sys

if sys.platform == "win32":
    _qt = os.path.join(sys._MEIPASS, "PySide6")
    # QtNetwork looks for OpenSSL DLLs on PATH.
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
else:
    _qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
del _qt
