"""The provincial regulation a fine rests on: each province's 义务教育条例 or 实施办法.

A 行政处罚决定书 (and the 催告书 after it) cites the article of the province's regulation that
sets the fine for a guardian who keeps a child out of school (行政处罚法 §38: a penalty without
a legal basis is void). Provinces number and word that article differently and revise their
regulations, so the article and the amount are never guessed here: the county sets them
(setting ``forms.penalty``) and the document is not issued until it has.

What is known per province is the regulation's title (``REGULATIONS``, by the 2-digit province
code of ``county.code``); a province whose title is not listed here (None) needs the county to
set the whole citation. The county's settings always win:

- ``{"citation": "《…》第××条", "text": …}``: the whole citation, as the county writes it;
- ``{"article": "第××条", "text": …}``: the article, cited in the province's regulation below
  (or in ``"regulation": "《…》"`` when the county names another one);
- ``"amount"``: the default fine in yuan (an issue can still give its own).
"""

from __future__ import annotations

from typing import Any

from desktop.domain.text import N_, Msg

# Province code -> the title of its regulation on compulsory education, only where the title was
# checked against the published text (adopted or last revised: 北京 2008, 上海 2009, 浙江 2009,
# 山东 2009, 重庆 2011); the county still checks it when it sets the article. None: not
# checked here, the county sets the full citation. All 31 provinces are listed.
REGULATIONS: dict[str, str | None] = {
    "11": "《北京市实施〈中华人民共和国义务教育法〉办法》",  # 1986, revised 2008
    "12": None,  # 天津市
    "13": None,  # 河北省
    "14": None,  # 山西省
    "15": None,  # 内蒙古自治区
    "21": None,  # 辽宁省
    "22": None,  # 吉林省
    "23": None,  # 黑龙江省
    "31": "《上海市实施〈中华人民共和国义务教育法〉办法》",  # revised 2009
    "32": None,  # 江苏省
    "33": "《浙江省义务教育条例》",  # 2009
    "34": None,  # 安徽省
    "35": None,  # 福建省
    "36": None,  # 江西省
    "37": "《山东省义务教育条例》",  # 2009
    "41": None,  # 河南省
    "42": None,  # 湖北省
    "43": None,  # 湖南省
    "44": None,  # 广东省
    "45": None,  # 广西壮族自治区
    "46": None,  # 海南省
    "50": "《重庆市义务教育条例》",  # 1998, revised 2011
    "51": None,  # 四川省
    "52": None,  # 贵州省
    "53": None,  # 云南省
    "54": None,  # 西藏自治区
    "61": None,  # 陕西省
    "62": None,  # 甘肃省
    "63": None,  # 青海省
    "64": None,  # 宁夏回族自治区
    "65": None,  # 新疆维吾尔自治区
}


def regulation(province: str, penalty: dict[str, Any] | None = None) -> str:
    """The title of the regulation a fine cites: the county's own, else the province's ('' if
    neither is known)."""
    penalty = penalty or {}
    return str(penalty.get("regulation") or REGULATIONS.get(province[:2]) or "")


def penalty_basis(province: str, penalty: dict[str, Any] | None) -> tuple[str, str]:
    """(citation, text) of the fine's provincial article, ('', '') while the county has not set
    it. A county's full citation wins; else its article in the regulation's title."""
    penalty = penalty or {}
    text = str(penalty.get("text", "") or "")
    if penalty.get("citation"):
        return str(penalty["citation"]), text
    title, article = regulation(province, penalty), str(penalty.get("article", "") or "").strip()
    if title and article:
        return title + article, text
    return "", ""


def missing_help(province: str, penalty: dict[str, Any] | None) -> tuple[str, str]:
    """What is missing and where to set it, for the message that stops the document."""
    title = regulation(province, penalty)
    if title:
        return (
            Msg("罚款的法律依据（{title}中规定罚款的条款）", title=title),
            Msg(
                "请县教育局核对{title}，在县设置 forms.penalty 中填写 article"
                "（条款，如“第四十条”）、text（条文）和 amount（默认金额）",
                title=title,
            ),
        )
    return (
        N_("罚款的法律依据（本省义务教育条例或实施办法的条款）"),
        N_(
            "请县教育局在县设置 forms.penalty 中填写（citation：条例名称和条款，text：条文，"
            "amount：默认金额）"
        ),
    )
