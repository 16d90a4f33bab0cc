"""The desktop UI (PySide6). The only package that imports Qt."""

import sys

if sys.version_info < (3, 12):  # pragma: no cover - depends on the interpreter
    # Workaround: PySide6/shiboken 6.12 returns Py_None from every void C++ method without a
    # new reference (fine on Python ≥ 3.12, where None is immortal). On 3.11 each call drops
    # None's reference count by one, and after some tens of thousands of calls the
    # interpreter aborts ("none_dealloc: deallocating None"). Give None a reference count
    # that cannot run out. Remove when the project moves to Python ≥ 3.12 or shiboken fixes it.
    # The same for True and False: a signal's emit() from Python returns True without a new
    # reference (each search in the app emits several), and some bool getters likewise.
    import ctypes

    for _shared in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_shared)).value += 1 << 40
