"""Who may change the county's settings: the one rule, used where a setting is written (the
Store, on a device enrolled as a township, school or hub device) and where another device's
change arrives (desktop/sync/rights.py, on every import path).

A county setting (desktop.domain.config.SETTINGS, and the code lists `codes.*`) is changed by
county devices only. The values every device's set-up writes (a new laptop's enrolment sets its
database up for the county: desktop.store.county) are let through, and so is a setting's
default.
"""

from __future__ import annotations

from typing import Any

from desktop.domain import config
from desktop.domain.errors import UserError
from desktop.domain.text import N_, Joined, Msg

COUNTY_ROLES = frozenset({"county"})
DEVICE_ROLES = {
    "township": N_("乡镇"),
    "school": N_("学校"),
    "county": N_("县教育局"),
    "hub": N_("县级同步服务器"),
}


class SettingRefused(UserError):
    """A device that is not the county's changing a county setting."""


def is_county_setting(key: Any) -> bool:
    return isinstance(key, str) and (key in config.SETTINGS or key.startswith("codes."))


def label(key: str) -> str:
    setting = config.SETTINGS.get(key)
    return Msg("{label}（{key}）", label=setting.label, key=key) if setting is not None else key


def set_up_value(key: str, value: Any, *, county_code: str, county_name: str = "") -> bool:
    """Is `value` what a device's set-up for this county writes (or the setting's default)?"""
    from desktop.domain import regions

    try:
        code = regions.parse_division_code(county_code[:6]).code
    except Exception:
        return False
    county = regions.get(code)
    name = county.name if county is not None else county_name
    expected = {
        "county.code": code,
        "county.name": name,
        "county.bureau": f"{name}教育局",  # data: the bureau's name, as every device writes it
    }
    if key in expected:
        return bool(value == expected[key])
    return key in config.SETTINGS and value == config.SETTINGS[key].default


def may_set(role: str | None, key: Any, value: Any, *, county_code: str, county_name: str) -> bool:
    """May a device of `role` (None: not enrolled, a stand-alone database) write this value?"""
    if role is None or role in COUNTY_ROLES or not is_county_setting(key):
        return True
    return set_up_value(str(key), value, county_code=county_code, county_name=county_name)


def refusal(role_label: str, keys: list[str]) -> str:
    return Msg(
        "{who}无权修改县级设置：{names}，只有县教育局的电脑可以修改",
        who=role_label,
        names=Joined("、", [label(k) for k in keys[:3]]),
    )


def check_local(
    role: str | None, key: str, values: dict[str, Any], *, county_code: str, county_name: str
) -> None:
    """Raise SettingRefused if this device (enrolled as `role`) may not write `values` (the
    settings row's columns being written: `value` as JSON text, `deleted`) of setting `key`."""
    if role is None or role in COUNTY_ROLES or not is_county_setting(key):
        return
    import json

    text = values.get("value")
    try:
        value = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        value = text
    if not values.get("deleted") and (
        "value" not in values
        or set_up_value(key, value, county_code=county_code, county_name=county_name)
    ):
        return
    who = Msg("本机是注册为{role}的电脑，", role=DEVICE_ROLES.get(role, role))
    raise SettingRefused(Joined("", [refusal(who, [key]), N_("。本机没有做任何改动")]))
