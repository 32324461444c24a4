"""Run by test_keyring_security inside its own dbus session: lock the collection,
then ask the vault for a key. Prints the refusal's class and message."""

from contextlib import closing

import secretstorage
from keyring.backends import SecretService

from wallet.errors import WalletError
from wallet.vault import Vault

vault = Vault("ziliudi-locked-probe", backend=SecretService.Keyring(), scrypt_n=2**10)
vault.put("account:0xabc:keystore", "{}")
with closing(secretstorage.dbus_init()) as conn:
    secretstorage.get_default_collection(conn).lock()
try:
    vault.keystore("0xabc")
    print("NO-ERROR")
except WalletError as exc:
    print(type(exc).__name__, exc)
