"""`kcbx check-id ID…`: validate 身份证号 / 学籍号; exit 1 if any is invalid."""

from __future__ import annotations

import argparse

from desktop.domain.errors import ValidationError
from desktop.domain.ids import check_any


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("numbers", nargs="+", metavar="ID", help="身份证号或学籍号")


def run(args: argparse.Namespace) -> int:
    bad = 0
    for number in args.numbers:
        try:
            print(check_any(number))
        except ValidationError as exc:
            bad += 1
            print(f"{number}  无效：{exc}")
    return 1 if bad else 0
