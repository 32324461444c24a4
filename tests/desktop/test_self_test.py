import os
import subprocess
import sys

CHECKS = ("database", "keyring", "resources", "contracts", "signing", "sandbox", "window",
          "translations", "qt")


def _self_test(data_dir, *lang, **env):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZILIUDI_DATA_DIR=str(data_dir), **env)
    return subprocess.run([sys.executable, "-m", "desktop", *lang, "--self-test"],
                          capture_output=True, text=True, env=env, timeout=120)


def test_self_test_passes_and_prints_each_check_in_chinese(data_dir):
    result = _self_test(data_dir, "--lang", "zh_CN")
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    # the marker and the check's name stay as scripts look for them; the rest is in Chinese
    for check in CHECKS:
        assert any(line.startswith("ok   " + check + ": ") for line in lines), result.stdout
    assert any(line.startswith("ok   database: 账本数据库 - SQLite ") and "个迁移步骤" in line
               for line in lines), result.stdout
    assert any(line.startswith("ok   window: 窗口 - 主窗口，共 ") for line in lines), result.stdout
    assert any(line.startswith("ok   qt: 图标、图表和 PDF - SVG ") and " KB 的 PDF" in line
               for line in lines), result.stdout
    assert lines[-1] == "自检通过：各部分都正常。"
    assert not (data_dir / "profiles").exists(), "the self-test must use a temporary profile"


def test_self_test_fails_without_a_secure_keyring(data_dir, tmp_path):
    # keyring honours PYTHON_KEYRING_BACKEND: the fail backend must make the check fail.
    result = _self_test(data_dir, "--lang", "en", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    keyring = next(line for line in lines if line.startswith("FAIL keyring: the system's keyring - "))
    assert "keyring" in keyring.split(" - ", 1)[1].lower(), keyring  # the refusal says what to do
    assert any(line.startswith("ok   database: the book's database - SQLite ") for line in lines)
    assert lines[-1] == "Self-test failed: 1 of 9 checks.", result.stdout
