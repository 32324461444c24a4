import os
import subprocess
import sys


def test_self_test_passes_and_prints_each_check(data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZILIUDI_DATA_DIR=str(data_dir))
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True,
                            text=True, env=env, timeout=120)
    lines = result.stdout.splitlines()
    for check in ("database", "keyring", "resources", "contracts", "signing", "sandbox", "window",
                  "translations", "qt"):
        assert any(line.startswith(("ok   " + check, "FAIL " + check)) for line in lines), result.stdout
    assert result.returncode == 0, result.stdout + result.stderr
    assert not (data_dir / "profiles").exists(), "the self-test must use a temporary profile"


def test_self_test_fails_without_a_secure_keyring(data_dir, tmp_path):
    # keyring honours PYTHON_KEYRING_BACKEND: the fail backend must make the check fail.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZILIUDI_DATA_DIR=str(data_dir),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 1
    assert any(line.startswith("FAIL keyring") for line in result.stdout.splitlines())
