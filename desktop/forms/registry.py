"""Every document template, by id (in the order menus show them)."""

from __future__ import annotations

from desktop.forms import tpl_lists, tpl_notices, tpl_prior_notice, tpl_records, tpl_special
from desktop.forms.base import Template

TEMPLATES: dict[str, Template] = {
    t.id: t
    for t in (
        *tpl_lists.TEMPLATES,
        *tpl_records.TEMPLATES,
        *tpl_special.TEMPLATES,
        *tpl_notices.TEMPLATES,
        *tpl_prior_notice.TEMPLATES,
    )
}
