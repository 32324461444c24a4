"""Run by test_journal in a subprocess: unlock, plan and send one token transfer.

With ZILIUDI_JOURNAL_PAUSE_AFTER_BROADCAST set, the journal pauses right after
the broadcast (before any receipt is recorded) so the test can SIGKILL us there.
Arguments: db_path service address password network recipient amount purpose
"""

import sys

import sqlite_utils
from keyring.backends import SecretService

from wallet.accounts import Accounts
from wallet.journal import Journal
from wallet.networks import Networks
from wallet.transfers import plan_transfer, send_transfer
from wallet.vault import Vault


def main(argv):
    db_path, service, address, password, network, recipient, amount, purpose = argv
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA foreign_keys = ON")
    vault = Vault(service, backend=SecretService.Keyring())
    networks = Networks(db, vault)
    chain = networks.connect(network)
    signer = Accounts(db, vault).unlock(address, password)
    plan = plan_transfer(chain, address, recipient, int(amount),
                         token=networks.get(network).token, purpose=purpose)
    entry = send_transfer(Journal(db), chain, signer, plan)
    print(entry.tx_hash)


if __name__ == "__main__":
    main(sys.argv[1:])
