"""Run by test_crash.py in a child process: import one bundle file, printing 'go' just before.

python crash_import.py DB BUNDLE
"""

from __future__ import annotations

import sys

from desktop.store.repo import Store
from desktop.sync import importer

if __name__ == "__main__":
    store = Store.open(sys.argv[1])
    print("go", flush=True)
    result = importer.import_file(store, sys.argv[2], keep_original=True)
    print(result.status, flush=True)
    store.close()
