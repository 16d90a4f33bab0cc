import subprocess
import sys

import pytest


def kcbx(*args, check=False):
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", *args], capture_output=True, text=True, check=check
    )


def test_check_id_valid():
    r = kcbx("check-id", "11010519491231002X")
    assert r.returncode == 0
    assert "1949-12-31" in r.stdout and "女" in r.stdout


def test_check_id_invalid_each_with_a_reason():
    r = kcbx(
        "check-id",
        "11010519491231002X",
        "110105194912310021",
        "110105194902300021",
        "110105491231002",
    )
    assert r.returncode == 1
    out = r.stdout.splitlines()
    assert "校验位" in out[1] and "不是真实日期" in out[2] and "15位" in out[3]


def test_demo_then_search(tmp_path):
    db = tmp_path / "d.db"
    assert kcbx("demo", "--db", str(db), "--children", "400", "--seed", "3").returncode == 0
    import sqlite3

    conn = sqlite3.connect(db)
    name, idno = conn.execute(
        "SELECT name, id_number FROM children WHERE length(name)=2 LIMIT 1"
    ).fetchone()
    conn.close()
    for query in (name, idno[-6:]):
        r = kcbx("search", "--db", str(db), query)
        assert r.returncode == 0 and name in r.stdout, (query, r.stdout, r.stderr)


def test_search_on_a_missing_database_says_so(tmp_path):
    r = kcbx("search", "--db", str(tmp_path / "none.db"), "zs")
    assert r.returncode == 1 and "不存在" in r.stderr


def test_bench_is_found_by_its_entry_point_not_named_by_the_product():
    # desktop/ never imports bench (tests/test_layers.py); pyproject.toml's entry point
    # "kcbx.commands" leads `kcbx bench` to it.
    r = kcbx("bench", "--help")
    assert r.returncode == 0 and "--size" in r.stdout, r.stderr


def test_a_command_this_version_lacks_says_so(monkeypatch, capsys):
    from desktop import cli

    monkeypatch.setitem(cli.PLUGINS, "no-such-tool", "一个没有安装的工具")
    assert cli.main(["no-such-tool"]) == 2
    assert "尚未包含" in capsys.readouterr().err


@pytest.mark.parametrize("module", ["desktop.hub.cli", "desktop.sync.cli"])
def test_every_subcommand_action_has_its_function_in_the_table(module):
    import argparse
    import importlib

    cli = importlib.import_module(module)
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(sub.choices) == set(cli.ACTIONS)
    assert all(callable(fn) for fn in cli.ACTIONS.values())
