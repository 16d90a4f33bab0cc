"""Pinyin keys of Chinese names, for search: full pinyin and initials, every reading.

Surnames are read by a surname table (单 shan, 曾 zeng, 解 xie…), because the common
reading of the character is wrong for a surname; the other characters contribute every
reading pypinyin knows (heteronyms), so a user who types any plausible reading finds the child.
pypinyin is imported lazily: it costs ~0.2 s and must stay off the start-up path.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

# Readings of characters as surnames (first character, or the compound below).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",),
    "曾": ("zeng",),
    "解": ("xie",),
    "仇": ("qiu",),
    "区": ("ou",),
    "查": ("zha",),
    "朴": ("piao",),
    "覃": ("qin", "tan"),
    "乐": ("yue", "le"),
    "盖": ("ge", "gai"),
    "缪": ("miao",),
    "翟": ("zhai",),
    "尉": ("wei", "yu"),
    "种": ("chong",),
    "繁": ("po",),
    "召": ("shao",),
    "员": ("yun",),
    "长": ("chang",),
    "秘": ("bi",),
    "任": ("ren",),
    "沈": ("shen",),
    "柏": ("bai",),
    "蕃": ("pi",),
    "句": ("gou",),
    "相": ("xiang",),
    "万": ("wan",),
    "都": ("du",),
    "藏": ("zang",),
    "重": ("chong",),
    "薄": ("bo",),
    "黑": ("he",),
    "折": ("she",),
    "车": ("che",),
    "宿": ("su",),
    "能": ("nai",),
    "过": ("guo",),
    "冯": ("feng",),
    "石": ("shi",),
    "华": ("hua",),
    "洗": ("xian",),
    "隗": ("wei",),
    "阚": ("kan",),
    "眭": ("sui",),
    "寻": ("xun",),
    "贾": ("jia",),
    "燕": ("yan",),
    "纪": ("ji",),
    "费": ("fei",),
    "曲": ("qu",),
    "宁": ("ning",),
    "殷": ("yin",),
    "臧": ("zang",),
    "祭": ("zhai",),
    "调": ("diao",),
    "谌": ("chen",),
    "莘": ("shen",),
    "应": ("ying",),
    "郇": ("xun",),
    "粘": ("nian",),
}

COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "欧阳": ("ou", "yang"),
    "司马": ("si", "ma"),
    "诸葛": ("zhu", "ge"),
    "上官": ("shang", "guan"),
    "东方": ("dong", "fang"),
    "皇甫": ("huang", "fu"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "慕容": ("mu", "rong"),
    "令狐": ("ling", "hu"),
    "夏侯": ("xia", "hou"),
    "司徒": ("si", "tu"),
    "澹台": ("tan", "tai"),
    "万俟": ("mo", "qi"),
    "单于": ("chan", "yu"),
}

MAX_COMBINATIONS = 16


@lru_cache(maxsize=65536)
def char_readings(ch: str) -> tuple[str, ...]:
    """Every toneless reading of a character (empty for non-Chinese characters)."""
    from pypinyin import Style, pinyin

    if not ("\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"):
        return ()
    result = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore", v_to_u=False)
    readings = tuple(
        dict.fromkeys(r.replace("ü", "v") for r in (result[0] if result else ()) if r.isascii())
    )
    return readings


def name_readings(name: str) -> list[list[str]]:
    """Per-syllable reading choices of a name, surname reading first."""
    name = "".join(name.split())
    syllables: list[list[str]] = []
    rest = name
    for compound, reading in COMPOUND_SURNAMES.items():
        if name.startswith(compound):
            syllables = [[r] for r in reading]
            rest = name[len(compound) :]
            break
    else:
        if name and name[0] in SURNAME_READINGS:
            fixed = list(SURNAME_READINGS[name[0]])
            extra = [r for r in char_readings(name[0]) if r not in fixed]
            syllables = [fixed + extra]
            rest = name[1:]
    for ch in rest:
        readings = list(char_readings(ch))
        if readings:
            syllables.append(readings)
        elif ch.isascii() and ch.isalnum():
            syllables.append([ch.lower()])
    return syllables


@lru_cache(maxsize=8192)
def pinyin_keys(name: str) -> tuple[list[str], list[str]]:
    """(full pinyin spellings, initials spellings) of a name, the primary reading first."""
    syllables = name_readings(name)
    if not syllables:
        return [], []
    full: list[str] = []
    initials: list[str] = []
    for combo in itertools.islice(itertools.product(*syllables), MAX_COMBINATIONS):
        f = "".join(combo)
        i = "".join(s[0] for s in combo)
        if f not in full:
            full.append(f)
        if i not in initials:
            initials.append(i)
    return full, initials
