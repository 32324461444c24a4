import io
import json
import os
import subprocess
import sys

import pytest

from desktop.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_does_not_import_qt():
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ziliudi ")


def test_profile_commands_round_trip(capsys, data_dir, tmp_path, monkeypatch):
    d = ["--data-dir", str(data_dir)]
    assert run(capsys, *d, "profile", "create", "店一")[0] == 0
    code, out, _ = run(capsys, *d, "profile", "list", "--json")
    assert code == 0
    assert [p["name"] for p in json.loads(out)["profiles"]] == ["店一"]
    code, out, _ = run(capsys, *d, "profile", "info", "店一", "--json")
    info = json.loads(out)
    assert info["journal_mode"] == "wal" and "0001_book" in info["schema"]["shop"]
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert run(capsys, *d, "profile", "backup", "店一", str(tmp_path / "b.ziliudi"), "--password-stdin")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert run(capsys, *d, "profile", "restore", str(tmp_path / "b.ziliudi"), "店二", "--password-stdin")[0] == 0
    assert run(capsys, *d, "profile", "rename", "店二", "店三")[0] == 0
    code, out, _ = run(capsys, *d, "profile", "list", "--json")
    assert sorted(p["name"] for p in json.loads(out)["profiles"]) == ["店一", "店三"]


def test_refusals_exit_1_with_reason_on_stderr(capsys, data_dir, tmp_path):
    d = ["--data-dir", str(data_dir)]
    run(capsys, *d, "profile", "create", "shop")
    code, out, err = run(capsys, *d, "profile", "create", "shop")
    assert code == 1 and "already exists" in err and out == ""
    junk = tmp_path / "junk.ziliudi"
    junk.write_bytes(b"PK\x03\x04 not a book")
    code, _, err = run(capsys, *d, "profile", "restore", str(junk), "x")
    assert code == 1 and "not an SQLite database" in err
    code, _, err = run(capsys, *d, "profile", "info", "nobody")
    assert code == 1 and "no profile named" in err


def test_usage_errors_exit_2(capsys, data_dir):
    with pytest.raises(SystemExit) as e:
        main(["--data-dir", str(data_dir), "profile", "frobnicate"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["--profile", "a", "--demo", "profile", "list"])
    assert e.value.code == 2


def test_data_dir_from_environment(capsys, tmp_path, monkeypatch):
    portable = tmp_path / "usb"
    monkeypatch.setenv("ZILIUDI_DATA_DIR", str(portable))
    assert run(capsys, "profile", "create", "on-the-stick")[0] == 0
    assert (portable / "profiles" / "on-the-stick" / "book.db").is_file()
    code, out, _ = run(capsys, "profile", "list", "--json")
    assert json.loads(out)["data_dir"] == str(portable.resolve())


def test_module_entry_point_runs(data_dir):
    env = dict(os.environ, ZILIUDI_DATA_DIR=str(data_dir))
    result = subprocess.run([sys.executable, "-m", "desktop", "profile", "list", "--json"],
                            capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["profiles"] == []


def test_a_reader_that_stops_reading_gets_no_traceback(tmp_path):
    """`ziliudi lots show --json | head`: the reader goes away; the command ends quietly."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lines = ["商品名称,货号,颜色,尺码,库存,吊牌价,供货价"]
    lines += [f"连衣裙{n},A{n:06d},黑色,M,5,199,59" for n in range(20_000)]
    stock = tmp_path / "stock.csv"
    stock.write_text("\n".join(lines), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(root)}
    base = [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "data")]
    subprocess.run([*base, "lots", "import", str(stock), "--lot", "夏装"], check=True, env=env,
                   capture_output=True)
    run = subprocess.Popen([*base, "lots", "show", "夏装", "--json"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env)
    assert run.stdout.read(10)
    run.stdout.close()
    err = run.stderr.read().decode("utf-8", "replace")
    assert run.wait(timeout=60) == 1
    assert "Traceback" not in err and "BrokenPipe" not in err
