"""Keys only go to a keyring that encrypts: refuse fail, plaintext and alt backends."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail

from wallet.refusals import KEYRING_ADVICE, NoSecureKeyring, keyring_advice
from wallet.vault import Vault, is_secure_backend, secure_backend

ROOT = Path(__file__).resolve().parents[2]


class PlaintextLikeKeyring(KeyringBackend):
    """Stands for a plaintext file backend: it admits it is not recommended."""

    priority = 0.5

    def __init__(self):
        super().__init__()
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


class AltModuleKeyring(PlaintextLikeKeyring):
    """A backend from keyrings.alt that claims a high priority anyway."""

    priority = 5


AltModuleKeyring.__module__ = "keyrings.alt.file"


class FixedChainer(chainer.ChainerBackend):
    members: list = []

    @property
    def backends(self):
        return self.members


class BrokenKeyring(PlaintextLikeKeyring):
    """A secure-looking backend whose daemon has gone away."""

    priority = 5

    def get_password(self, service, username):
        raise ConnectionError("org.freedesktop.DBus.Error.NoReply")


# Defining a backend class registers it with keyring at import; the test run's keyring must
# never pick these up, so they are unregistered at once.
for _cls in (PlaintextLikeKeyring, AltModuleKeyring, FixedChainer, BrokenKeyring):
    KeyringBackend._classes.discard(_cls)


def test_fail_backend_refused_with_how_to_fix():
    with pytest.raises(NoSecureKeyring) as refused:
        Vault("ziliudi-test:x", backend=fail.Keyring())
    assert str(refused.value) == KEYRING_ADVICE[keyring_advice()]
    assert "\n" not in str(refused.value) and str(refused.value).count(". ") == 0


@pytest.mark.parametrize("system, tools, environ, advice", [
    ("Windows", set(), {}, "builtin"),
    ("Darwin", set(), {}, "builtin"),
    ("Linux", {"apt-get"}, {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}, "debian"),
    ("Linux", {"dnf"}, {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}, "fedora"),
    ("Linux", set(), {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}, "linux"),
    ("Linux", {"apt-get", "gnome-keyring-daemon"}, {}, "no_session"),
    ("Linux", {"apt-get"}, {}, "debian"),
])
def test_the_keyring_advice_fits_the_system(system, tools, environ, advice):
    assert keyring_advice(system, environ, lambda tool: tool in tools and "/usr/bin/" + tool) == advice
    assert ("apt install" in KEYRING_ADVICE[advice]) == (advice == "debian")


def test_plaintext_backend_refused():
    backend = PlaintextLikeKeyring()
    assert not is_secure_backend(backend)
    with pytest.raises(NoSecureKeyring):
        Vault("ziliudi-test:x", backend=backend)
    assert backend.items == {}


def test_keyrings_alt_module_refused_whatever_its_priority():
    with pytest.raises(NoSecureKeyring) as refused:
        Vault("ziliudi-test:x", backend=AltModuleKeyring())
    assert "keyrings.alt.file" in refused.value.backend


def test_chainer_of_insecure_backends_refused():
    chain = FixedChainer()
    FixedChainer.members = [PlaintextLikeKeyring(), fail.Keyring()]
    with pytest.raises(NoSecureKeyring) as refused:
        secure_backend(chain)
    assert "chained" in refused.value.backend


@pytest.mark.keyring
def test_chainer_is_narrowed_to_its_secure_member(vault):
    secret_service = SecretService.Keyring()
    FixedChainer.members = [PlaintextLikeKeyring(), secret_service]
    assert secure_backend(FixedChainer()) is secret_service


@pytest.mark.keyring
def test_secret_service_accepted(vault):
    assert isinstance(vault.backend, SecretService.Keyring)


@pytest.mark.keyring
def test_locked_keyring_has_its_own_message():
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("CI") == "true":
            pytest.fail("dbus-run-session and gnome-keyring-daemon are required under CI")
        pytest.skip("no gnome-keyring to lock")
    script = Path(__file__).with_name("locked_keyring_probe.py")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DBUS_")}
    env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c",
         "echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1;"
         f" exec {sys.executable} {script}"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("KeyringLocked The system keyring is locked"), out


def test_unreachable_keyring_has_its_own_message():
    from wallet.refusals import KeyringUnavailable

    vault = Vault("ziliudi-test:x", backend=BrokenKeyring(), scrypt_n=2**10)
    with pytest.raises(KeyringUnavailable, match="could not be opened .*NoReply"):
        vault.keystore("0xabc")
