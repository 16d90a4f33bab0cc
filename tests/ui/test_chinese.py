"""Chinese everywhere (and English complete): Qt's own dialogs translated, the timeline in words
and Chinese dates, every Chinese text of desktop/ui wrapped for translation and translated in
the English .ts."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"
TS = ROOT / "resources" / "i18n" / "kcbx_en.ts"
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
WRAPPERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Calls whose string arguments are patterns, not text a person reads.
PATTERNS = {"compile", "match", "fullmatch", "search", "sub", "maketrans", "split"}


def _name(call: ast.Call) -> str | None:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)


def untranslated(path: Path, wrappers: set[str] = WRAPPERS) -> list[tuple[int, str]]:
    """Chinese string literals (f-string parts included) not inside a translation call."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if not CJK.search(node.value) or isinstance(parents.get(node), ast.Expr):
            continue  # not Chinese, or a docstring
        up, ok = node, False
        while up in parents:
            up = parents[up]
            if isinstance(up, ast.Call) and _name(up) in wrappers | PATTERNS:
                ok = True
                break
            if isinstance(up, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
                break
        if not ok:
            out.append((node.lineno, node.value[:40]))
    return out


def wrapped_sources(path: Path) -> set[tuple[str, str]]:
    """(context, source) of translate()/QT_TRANSLATE_NOOP() calls with literal arguments."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in ("translate", "QT_TRANSLATE_NOOP"):
            args = node.args
            literal = len(args) >= 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]
            )
            if literal and CJK.search(args[1].value):
                found.add((args[0].value, args[1].value))
    return found


def ts_messages() -> dict[tuple[str, str], str]:
    """(context, source) → finished English translation ("" if unfinished)."""
    out = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, message.findtext("source"))] = (tr.text or "") if done else ""
    return out


def ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_no_untranslated_chinese_literal_in_desktop_ui():
    found = {
        str(path.relative_to(ROOT)): hits for path in ui_files() if (hits := untranslated(path))
    }
    assert found == {}


def test_no_tr_called_on_another_object():
    """`window.tr("…")` is filed by lupdate under the context "window" but looked up at run time
    under the object's class: it is never translated. Only self.tr() and translate()."""
    found = []
    for path in ui_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_the_literal_check_finds_an_unwrapped_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""文档说明不算。"""\n'
        "import re\n"
        "from PySide6.QtCore import QCoreApplication\n"
        'A = re.compile(r"(\\d+)月")\n'
        "def f(w, n):\n"
        '    w.setText(QCoreApplication.translate("X", "已翻译"))\n'
        '    w.setToolTip("漏掉的")\n'
        '    return f"共 {n} 项"\n'
    )
    assert [text for _, text in untranslated(sample)] == ["漏掉的", "共 ", " 项"]


def test_every_wrapped_text_has_an_english_translation():
    messages = ts_messages()
    missing = sorted(
        f"{ctx}: {src}"
        for path in ui_files()
        for ctx, src in wrapped_sources(path)
        if not messages.get((ctx, src))
    )
    assert missing == []


def test_english_translations_keep_their_placeholders():
    for (ctx, src), text in ts_messages().items():
        if not text:
            continue
        for mark in set(re.findall(r"%\d|\{\d[^}]*\}", src)):
            assert mark in text, f"{ctx}: {src!r} → {text!r} lost {mark}"


@pytest.mark.gui
def test_qt_dialogs_are_chinese(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    try:
        i18n.install(qapp, "zh_CN")
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert CJK.search(QCoreApplication.translate("QFileDialog", "Files of type:"))
        assert CJK.search(QCoreApplication.translate("QPlatformTheme", "Cancel"))
    finally:
        i18n.uninstall(qapp)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_timeline_names_documents_and_writes_times_in_chinese():
    from desktop.store.queries_case import event_summary

    doc = event_summary("document", {"template": "order_notice", "number": "从教〔2026〕3号"})
    assert doc == "限期返校/责令改正通知书 从教〔2026〕3号"
    served = event_summary(
        "service_receipt",
        {"doc_name": "劝返复学通知书", "recipient": "陈秀", "served_at": "2026-12-03T06:46"},
    )
    assert "2026年12月3日 06:46" in served and "T06" not in served


def test_document_titles_are_those_of_the_forms():
    from desktop.domain import codes
    from desktop.forms import documents

    assert dict(codes.DOCUMENT_TITLES.items) == {
        t.id: t.title for t in documents.templates().values()
    }
