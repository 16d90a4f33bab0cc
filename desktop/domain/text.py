"""Texts of the domain and the store, marked for the interface's translation catalogue.

Chinese is the source language: every text here *is* the Chinese text, so the command line,
the documents, the logs and the database use it as it is. The interface translates what it
shows through the catalogue (desktop/ui/domain_catalogue/, generated from the marks by
resources/i18n/make_domain_catalogue.py; Qt context "Domain"), without the domain importing Qt:

- ``N_("疑似辍学")`` marks a fixed text (a label, a fixed message) and returns it unchanged;
- ``Msg("日期 {day} 晚于今天", day=...)`` is a message with variable parts: a ``str`` holding
  the Chinese text, which also keeps its template and values, so the interface can translate
  the template and put the (translated, if they are texts too) values back in;
- ``Joined("；", parts)`` is parts joined by a Chinese separator, each translated on its own.

A value that is a list or tuple is written joined with "、" (the interface uses ", "); a number
stays a number (a template may format it: ``{month:02d}``).
"""

from __future__ import annotations

from collections.abc import Iterable

# The separators a Joined may use, each with the one the interface uses in other languages.
SEPARATORS = {"；": "; ", "、": ", ", "，": ", ", " ": " ", "": " ", "\n": "\n"}
LIST = "、"  # between the items of a list value


def N_(text: str) -> str:
    """Mark a fixed text for the catalogue; returns it unchanged."""
    return text


def _chinese(value: object) -> object:
    if isinstance(value, (list, tuple)):
        return LIST.join(str(v) for v in value)
    return value


class Msg(str):
    """A Chinese message made from a marked template (``str.format`` fields) and values."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Msg:
        text = template.format(**{k: _chinese(v) for k, v in values.items()})
        self = super().__new__(cls, text)
        self.template = template
        self.values = values
        return self

    def __reduce__(self):  # pickles (a job's result crossing threads) as the plain text
        return (str, (str(self),))


class Joined(str):
    """Texts joined by a Chinese separator; empty parts are left out."""

    sep: str
    parts: tuple[str, ...]

    def __new__(cls, sep: str, parts: Iterable[str]) -> Joined:
        if sep not in SEPARATORS:
            raise ValueError(f"unknown separator {sep!r}")
        kept = tuple(p for p in parts if p)
        self = super().__new__(cls, sep.join(kept))
        self.sep = sep
        self.parts = kept
        return self

    def __reduce__(self):
        return (str, (str(self),))
