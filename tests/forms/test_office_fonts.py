"""Office typefaces: 仿宋 body and heavy-serif titles, office fonts when present, all embedded."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdftypes import resolve1

from desktop.forms import documents, fonts
from desktop.forms.layout import Doc
from desktop.forms.notice import Notice, draw_notice
from desktop.resources import resource_path


def font_names(pdf: bytes) -> dict[str, dict]:
    """Every font resource of every page: base name (subset tag dropped) -> font dict."""
    out: dict[str, dict] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for ref in resolve1(page.page_obj.resources.get("Font", {})).values():
                font = resolve1(ref)
                out[resolve1(font["BaseFont"]).name.split("+", 1)[-1]] = font
    return out


def embedded(font: dict) -> bool:
    descriptor = resolve1(font.get("FontDescriptor"))
    return bool(descriptor) and any(k in descriptor for k in ("FontFile", "FontFile2", "FontFile3"))


def sized_fonts(pdf: bytes) -> dict[float, set[str]]:
    """Font names by glyph size."""
    out: dict[float, set[str]] = {}
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for c in page.chars:
                out.setdefault(round(c["size"], 1), set()).add(c["fontname"].split("+", 1)[-1])
    return out


def test_notice_body_is_fangsong_and_title_the_heavy_serif() -> None:
    doc = Doc()
    draw_notice(
        doc,
        Notice(
            title="责令改正通知书",
            number="从府责改字〔2026〕38号",
            addressee="张某某：",
            paragraphs=[
                "经查，你的孙子女张小明（身份证号：522633201802215789）自2024年11月3日起辍学。"
            ],
            issuer="从江县往洞镇人民政府",
            date="2026年12月3日",
        ),
    )
    pdf = doc.render()
    by_size = sized_fonts(pdf)
    assert by_size[22.0] == {"KcbxTitle-Bold"}
    assert by_size[16.0] == {"KcbxFang-Regular"}
    assert {fonts.TITLE_FONT, fonts.FANG_FONT} <= set(doc.fonts_used)
    assert "Helvetica" not in font_names(pdf)


def test_gb2312_title_and_body_glyphs_are_in_their_own_fonts() -> None:
    for ch in "责令改正通知书劝返复学行政处罚决定书跨省辍学学生情况告知函":
        assert fonts.font_for_char(fonts.TITLE, ch) == fonts.TITLE_FONT
        assert fonts.font_for_char(fonts.BODY, ch) == fonts.FANG_FONT
    # a rare name character falls back to the Song (closest style), never to nothing
    for ch in "㐂𠀋":  # Extension A / B, in neither GB2312 nor the shipped name lists
        assert fonts.font_for_char(fonts.BODY, ch) == fonts.SONG_FONT
        assert fonts.font_for_char(fonts.TITLE, ch) == fonts.SONG_FONT


def test_office_fonts_found_by_file_name_head_the_chain(tmp_path: Path) -> None:
    windows = tmp_path / "Windows" / "Fonts"
    windows.mkdir(parents=True)
    # stand-ins with the office file names (the real files are licensed, not shipped)
    shutil.copy(resource_path("fonts", "kcbx-fang.ttf"), windows / "SIMFANG.TTF")
    shutil.copy(resource_path("fonts", "kcbx-title.ttf"), windows / "方正小标宋简体.ttf")
    (windows / "fzxbsjw.ttf").write_bytes(b"not a font")  # damaged: skipped, not fatal
    fonts.set_font_dirs([tmp_path / "Windows"])
    try:
        assert fonts.chain(fonts.BODY)[0] == "SysFang"
        assert fonts.chain(fonts.TITLE)[0] == "SysTitle"
        assert fonts.font_for_char(fonts.BODY, "王") == "SysFang"
        doc = Doc()
        draw_notice(
            doc, Notice(title="通知", paragraphs=["王五"], issuer="某机关", date="2026年1月1日")
        )
        doc.render()
        used = fonts.describe_fonts(doc.fonts_used)
        assert "本机字体" in used["body"] and "SIMFANG.TTF" in used["body"]
        assert "方正小标宋简体.ttf" in used["title"]
    finally:
        fonts.set_font_dirs([])
    assert fonts.chain(fonts.BODY)[0] == fonts.FANG_FONT


def test_a_damaged_office_font_falls_back_to_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "simfang.ttf").write_bytes(b"\x00\x01\x00\x00broken")
    fonts.set_font_dirs([tmp_path])
    try:
        assert fonts.chain(fonts.BODY)[0] == fonts.FANG_FONT
    finally:
        fonts.set_font_dirs([])


def test_an_issued_document_keeps_its_fonts_in_the_snapshot(demo_store) -> None:
    from test_templates import pick_case

    rendered = documents.issue(
        demo_store, "school_notice", case_id=pick_case(demo_store, "school_notice")
    )
    payload, _ = documents.load_document(demo_store, rendered.doc_id)
    assert payload.snapshot["fonts"]["body"].startswith("Kcbx Fang")
    assert payload.snapshot["fonts"]["title"].startswith("Kcbx Title")


@pytest.mark.parametrize("template_id", list(documents.templates()))
def test_every_template_embeds_every_font_and_records_them(demo_store, template_id) -> None:
    from test_templates import pick_case

    template = documents.get_template(template_id)
    kw: dict = {}
    if template.scope == "case":
        kw["case_id"] = pick_case(demo_store, template_id)
    elif template_id == "return_list":
        kw["area"] = documents.Area(
            township=demo_store.conn.execute(
                "SELECT township_code FROM cases ORDER BY case_no LIMIT 1"
            ).fetchone()[0]
        )
    rendered = documents.blank(demo_store, template_id, **kw)
    names = font_names(rendered.pdf)
    assert names and all(embedded(f) for f in names.values()), names.keys()
    assert not any("Helvetica" in n for n in names)
    assert "KcbxTitle-Bold" in names  # every document has a title in the heavy serif
    assert "title" in rendered.fonts
    if template.notice:
        assert "KcbxFang-Regular" in names and "body" in rendered.fonts


def test_pdffonts_lists_only_embedded_fonts(tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) not installed")
    doc = Doc()
    draw_notice(
        doc, Notice(title="通知", paragraphs=["王五𠇔"], issuer="某机关", date="2026年1月1日")
    )
    path = tmp_path / "n.pdf"
    path.write_bytes(doc.render())
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        assert line.split()[-5] == "yes", line  # the "emb" column
