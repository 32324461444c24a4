"""The new-account steps without any GUI; and the wallet never imports Qt or the shop."""

from pathlib import Path

import pytest

from wallet.core import WalletCore
from wallet.errors import WalletError
from wallet.setup_flow import NewAccountFlow



@pytest.mark.keyring
def test_new_account_flow(accounts):
    flow = NewAccountFlow()
    words = flow.choose(accounts, "Main", "pw", words=24, language="chinese_simplified")
    assert len(words) == 24 and flow.step == "show_phrase"
    with pytest.raises(WalletError):
        flow.confirm(accounts, {})
    positions = flow.written_down()
    assert flow.step == "confirm" and len(positions) == 3
    assert not flow.confirm(accounts, {p: "错" if words[p - 1] != "错" else "对" for p in positions})
    assert flow.failed_attempts == 1 and flow.account.needs_backup
    assert flow.back() == words
    positions = flow.written_down()
    assert flow.confirm(accounts, {p: words[p - 1] for p in positions})
    assert flow.step == "done" and flow.account.backup_state == "backed_up"
    with pytest.raises(WalletError):
        flow.words


@pytest.mark.keyring
def test_core_bundles_the_parts(book, vault):
    now = [0.0]
    core = WalletCore(book, vault.service, idle_lock_seconds=10, backend=vault.backend,
                      scrypt_n=2**10, clock=lambda: now[0])
    assert [n.kind for n in core.networks.list()] == ["sandbox", "local"]
    address = core.accounts.import_private_key("k", "0x" + "11" * 32, "pw").address
    signer = core.unlock(address, "pw")
    now[0] = 11
    assert signer.is_locked
    assert core.journal.reconcile(core.networks.connect(core.networks.list()[0].name)) == []


