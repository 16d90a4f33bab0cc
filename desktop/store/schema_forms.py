"""Tables of the forms package (migration steps 100–199).

``form_sequences`` is this device's high-water mark of each document number sequence (issuer,
series, year), kept in the same transaction as the 'document' event that uses a number. The
events themselves (synced) are the record of what was issued; the table only makes sure a
number this device handed out is never handed out again, whatever is imported later.
Local: not synced.
"""

from __future__ import annotations

import sqlite3

from desktop.store.schema import Step


def _v100(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE form_sequences (
            issuer TEXT NOT NULL,      -- issuer key: county | township:<code> | school:<id>
            series TEXT NOT NULL,      -- the sequence (by default the template id)
            year INTEGER NOT NULL,
            block TEXT NOT NULL,       -- 'slot:<n>' or 'mark:<device mark>'
            last INTEGER NOT NULL,     -- last number handed out in this block
            PRIMARY KEY (issuer, series, year, block)
        ) WITHOUT ROWID
        """
    )
    # Printed documents are 'document' events; the next number of a sequence is found by
    # issuer, year and number (numbering.allocate).
    conn.execute(
        "CREATE INDEX events_document_numbers ON events("
        "json_extract(payload, '$.issuer'), json_extract(payload, '$.year'),"
        " json_extract(payload, '$.seq')) WHERE kind = 'document'"
    )


STEPS: list[Step] = [Step(100, "forms: document number sequences", _v100)]
