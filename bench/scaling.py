"""How each figure grows from township to county to province, from bench/out/<size>.json.

python -m bench.scaling            (or: kcbx bench --scaling)
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.harness import Result, fmt, read_json

OUT = Path(__file__).resolve().parent / "out"
ORDER = ("township", "county", "province")


def key(name: str) -> str:
    """A result's name without its counts ('open the 20,000-case ledger' → 'open the N-case …')."""
    return re.sub(r"(?<!\w)\d[\d,.]*", "N", name)


def scaling_table(folder: Path = OUT) -> str:
    runs: dict[str, dict[str, Result]] = {}
    sizes: dict[str, str] = {}
    for size in ORDER:
        path = folder / f"{size}.json"
        if not path.exists():
            continue
        data, results = read_json(path)
        runs[size] = {key(r.name): r for r in results if r.unit != "-"}
        meta = data.get("meta", {})
        sizes[size] = f"{meta.get('at', '?')}, load {meta.get('load_before', float('nan')):.1f}"
    if not runs:
        return "no results yet: run `kcbx bench --size township|county|province` first"
    names: list[str] = []
    for size in ORDER:
        for k in runs.get(size, {}):
            if k not in names:
                names.append(k)
    present = [s for s in ORDER if s in runs]
    head = ["measure", *present]
    if "township" in runs and "county" in runs:
        head.append("county ÷ township")
    if "county" in runs and "province" in runs:
        head.append("province ÷ county")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for k in names:
        cells = [k]
        values: dict[str, float] = {}
        for size in present:
            r = runs[size].get(k)
            if r is None:
                cells.append("")
                continue
            values[size] = r.value
            text = fmt(r.value, r.unit)
            if r.ratio is not None:
                text += f" ({r.ratio:.2f}x)"
            if r.met is False:
                text += " **over**"
            cells.append(text)
        for a, b in (("township", "county"), ("county", "province")):
            if a in runs and b in runs:
                va, vb = values.get(a), values.get(b)
                cells.append(f"{vb / va:.1f}x" if va and vb else "")
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    lines.append("Runs: " + "; ".join(f"{s} ({sizes[s]})" for s in present))
    return "\n".join(lines)


if __name__ == "__main__":
    print(scaling_table())
