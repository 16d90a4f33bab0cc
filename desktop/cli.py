"""The `kcbx` command. With no subcommand it opens the app; each subcommand lives in the
package that owns the capability and is imported only when used (start-up stays light)."""

from __future__ import annotations

import argparse
import importlib
import signal
import sys
from collections.abc import Sequence
from types import ModuleType

# name -> (module with add_arguments(parser) and run(args) -> int, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("desktop.demo.cli", "生成演示县数据库 (synthetic county database)"),
    "check-id": ("desktop.commands.check_id", "校验身份证号/学籍号 (validate ID numbers)"),
    "search": ("desktop.commands.search", "查找学生 (search children)"),
    "case": ("desktop.commands.case", "案件办理 (show, record, act on, void in a case)"),
    "plan": ("desktop.commands.plan", "一县一案与督导 (county plan, priority regions, oversight)"),
    "form": ("desktop.forms.cli", "打印文书 (render an official document)"),
    "import": ("desktop.intake.cli", "导入名册 (import a roster)"),
    "compare": ("desktop.commands.compare", "数据比对 (registry comparison)"),
    "report": ("desktop.reports.cli", "统计报表 (statistics report)"),
    "sync": ("desktop.sync.cli", "同步 (sync bundles: export, import, run)"),
    "hub": ("desktop.hub.cli", "县级同步服务器 (county hub)"),
    "backup": ("desktop.security.backup_cli", "备份数据库 (back up)"),
    "restore": ("desktop.security.restore_cli", "从备份恢复 (restore)"),
    "check": ("desktop.commands.check", "检查数据库完整性 (integrity check)"),
    "user": ("desktop.security.user_cli", "用户管理 (local users)"),
}
# Commands of the checkout's other packages, found by their entry point (group "kcbx.commands"
# in pyproject.toml), so that the product never imports them: name -> one-line help. bench
# is a developer's tool; the frozen app leaves it out and answers "not in this version".
PLUGIN_GROUP = "kcbx.commands"
PLUGINS: dict[str, str] = {"bench": "性能基准测试 (benchmark suite)"}


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kcbx",
        description="控辍保学工作台。不带子命令时打开程序窗口。",
        epilog="子命令: "
        + "; ".join(f"{n} — {h}" for n, h in [*_helps(COMMANDS), *PLUGINS.items()]),
    )
    parser.add_argument("--db", help="数据库文件（默认：用户数据目录下的 kcbx.db）")
    parser.add_argument("--version", action="version", version=_version())
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="自检：在临时演示数据库上打开主窗口（不显示），检查绘制后退出；0 表示本机可以运行",
    )
    return parser


def _helps(commands: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, help_text) for name, (_module, help_text) in commands.items()]


def _command(name: str) -> tuple[ModuleType | None, str]:
    """The module of a subcommand and its help; None if this version does not have it."""
    if name in PLUGINS:
        from importlib.metadata import entry_points

        found = entry_points(group=PLUGIN_GROUP, name=name)
        module_name = next(iter(found)).value if found else ""
        help_text = PLUGINS[name]
    else:
        module_name, help_text = COMMANDS[name]
    if not module_name:
        return None, help_text
    try:
        return importlib.import_module(module_name), help_text
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return None, help_text
        raise


def _version() -> str:
    from desktop import __version__

    return f"kcbx {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `kcbx search … | head` ends quietly
    if argv and (argv[0] in COMMANDS or argv[0] in PLUGINS):
        name = argv[0]
        module, help_text = _command(name)
        if module is None:
            print(f"kcbx {name}: 此功能尚未包含在本版本中", file=sys.stderr)
            return 2
        parser = argparse.ArgumentParser(prog=f"kcbx {name}", description=help_text)
        module.add_arguments(parser)
        args = parser.parse_args(argv[1:])
        # An encrypted database asks for a password (or KCBX_USER/KCBX_PASSWORD) when opened;
        # the signed-in user's role and scope then apply to the command as in the app.
        from desktop.security.cli_support import for_command

        # Loaded for its effect: an enrolled device signs its ops as it writes them.
        from desktop.sync import origin  # noqa: F401

        with for_command():
            return _run(module.run, args)
    args = _top_parser().parse_args(argv)
    if args.smoke:
        from desktop.ui.smoke import run as smoke

        return smoke()
    from desktop.ui.app import main as gui_main

    return gui_main(db=args.db)


def _run(fn, args) -> int:
    from desktop.domain.errors import UserError

    try:
        return int(fn(args) or 0)
    except UserError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as exc:
        top = (exc.name or "").split(".")[0]
        if not top or top in ("desktop", "bench"):
            raise
        # A library this command needs is not in this environment (an old or partial .venv).
        print(
            f"错误：缺少 Python 包 {top}。请在项目目录运行 python3 -m desktop 重新安装依赖"
            f"（或 pip install -r requirements.lock）",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print("已取消", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
