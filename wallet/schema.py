"""The wallet's tables in the profile's book, as numbered migrations.

Nothing secret lives here: addresses, labels, derivation info, backup state,
redacted RPC URLs and the transaction journal (signed transactions are public
once broadcast). Keys, phrases and RPC URLs with API keys live in the OS keyring.
"""

import time

from sqlite_utils.migrations import Migrations

migrations = Migrations("wallet")

# The built-in networks every book has (wallet.networks names them from here).
SANDBOX = "Sandbox (this computer)"
LOCAL_NODE = "Local node"
LOCAL_NODE_URL = "http://127.0.0.1:8545"


@migrations(name="0001_accounts")
def m0001_accounts(db):
    """Accounts: one row per address the profile can sign for."""
    db.execute(
        """
        CREATE TABLE wallet_accounts (
            address TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('phrase', 'key', 'keystore')),
            derivation_path TEXT,
            derivation_index INTEGER,
            phrase_language TEXT,
            phrase_words INTEGER,
            has_phrase INTEGER NOT NULL DEFAULT 0,
            backup_state TEXT NOT NULL
                CHECK (backup_state IN ('needs_backup', 'backed_up', 'imported')),
            created_at INTEGER NOT NULL,
            backed_up_at INTEGER
        )
        """
    )


@migrations(name="0002_networks")
def m0002_networks(db):
    """Networks the profile knows; RPC URLs with secrets are kept in the keyring."""
    db.execute(
        """
        CREATE TABLE wallet_networks (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('sandbox', 'local', 'custom')),
            rpc_url_redacted TEXT,
            rpc_url_in_keyring INTEGER NOT NULL DEFAULT 0,
            chain_id INTEGER,
            token_address TEXT,
            token_symbol TEXT,
            token_decimals INTEGER,
            escrow_address TEXT,
            created_at INTEGER NOT NULL
        )
        """
    )


@migrations(name="0003_journal")
def m0003_journal(db):
    """The transaction journal: each transaction is written here before broadcast."""
    db.execute(
        """
        CREATE TABLE wallet_journal (
            id INTEGER PRIMARY KEY,
            purpose TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            chain_id INTEGER NOT NULL,
            sender TEXT NOT NULL,
            to_address TEXT,
            value INTEGER NOT NULL DEFAULT 0,
            calldata TEXT NOT NULL DEFAULT '0x',
            nonce INTEGER NOT NULL,
            gas INTEGER NOT NULL,
            max_fee_per_gas INTEGER NOT NULL,
            max_priority_fee_per_gas INTEGER NOT NULL,
            raw_tx TEXT NOT NULL,
            tx_hash TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL
                CHECK (status IN ('pending', 'mined', 'failed', 'replaced', 'rejected')),
            error TEXT,
            replaces INTEGER REFERENCES wallet_journal(id),
            superseded_by INTEGER,
            block_number INTEGER,
            broadcast_count INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )
        """
    )
    # One live transaction per intended action: a pending or mined entry that
    # has not been superseded by a speed-up. A speed-up marks the old entry
    # superseded before inserting its replacement, in one transaction.
    db.execute(
        """
        CREATE UNIQUE INDEX wallet_journal_live_purpose
        ON wallet_journal(purpose)
        WHERE status IN ('pending', 'mined') AND superseded_by IS NULL
        """
    )
    db.execute(
        "CREATE INDEX wallet_journal_sender_nonce "
        "ON wallet_journal(chain_id, sender, nonce)"
    )
    db.execute("CREATE INDEX wallet_journal_status ON wallet_journal(status)")


@migrations(name="0004_default_networks")
def m0004_default_networks(db):
    """The Sandbox and the Local node, in every book from the start, so that no read of the
    networks ever has to add them."""
    for name, kind, url in ((SANDBOX, "sandbox", None), (LOCAL_NODE, "local", LOCAL_NODE_URL)):
        if not db.execute("SELECT 1 FROM wallet_networks WHERE kind = ?", [kind]).fetchone():
            db.execute("INSERT INTO wallet_networks (name, kind, rpc_url_redacted, created_at)"
                       " VALUES (?, ?, ?, ?)", [name, kind, url, int(time.time())])


@migrations(name="0005_journal_dropped")
def m0005_journal_dropped(db):
    """Tell the two ways a pending transaction ends without being mined apart: 'dropped' (some
    other transaction took its nonce) and 'replaced' (our own speed-up or cancel of it was
    mined); and keep when it was mined (the block's time), so that a second send of the same
    transfer soon after can be asked about. SQLite cannot change a CHECK, so the table is
    rebuilt (its self-reference names the new table, which the rename carries along); entries
    marked 'replaced' before this step keep that word."""
    db.execute(
        """
        CREATE TABLE wallet_journal_new (
            id INTEGER PRIMARY KEY,
            purpose TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            chain_id INTEGER NOT NULL,
            sender TEXT NOT NULL,
            to_address TEXT,
            value INTEGER NOT NULL DEFAULT 0,
            calldata TEXT NOT NULL DEFAULT '0x',
            nonce INTEGER NOT NULL,
            gas INTEGER NOT NULL,
            max_fee_per_gas INTEGER NOT NULL,
            max_priority_fee_per_gas INTEGER NOT NULL,
            raw_tx TEXT NOT NULL,
            tx_hash TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL
                CHECK (status IN ('pending', 'mined', 'failed', 'replaced', 'dropped',
                                  'rejected')),
            error TEXT,
            replaces INTEGER REFERENCES wallet_journal_new(id),
            superseded_by INTEGER,
            block_number INTEGER,
            mined_at INTEGER,
            broadcast_count INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )
        """
    )
    columns = ("id, purpose, description, chain_id, sender, to_address, value, calldata, nonce, "
               "gas, max_fee_per_gas, max_priority_fee_per_gas, raw_tx, tx_hash, status, error, "
               "replaces, superseded_by, block_number, broadcast_count, created_at, updated_at")
    db.execute(f"INSERT INTO wallet_journal_new ({columns}, mined_at) "
               f"SELECT {columns}, CASE WHEN status = 'mined' THEN updated_at END "
               "FROM wallet_journal ORDER BY id")
    db.execute("DROP TABLE wallet_journal")
    db.execute("ALTER TABLE wallet_journal_new RENAME TO wallet_journal")
    db.execute(
        """
        CREATE UNIQUE INDEX wallet_journal_live_purpose
        ON wallet_journal(purpose)
        WHERE status IN ('pending', 'mined') AND superseded_by IS NULL
        """
    )
    db.execute("CREATE INDEX wallet_journal_sender_nonce ON wallet_journal(chain_id, sender, nonce)")
    db.execute("CREATE INDEX wallet_journal_status ON wallet_journal(status)")


@migrations(name="0006_fee_paid")
def m0006_fee_paid(db):
    """What a mined (or failed) transaction paid the network, in wei: gas used times the
    effective gas price, from its receipt. NULL until then, and for entries settled before
    this step (their receipts are not read again)."""
    db.execute("ALTER TABLE wallet_journal ADD COLUMN fee_paid INTEGER")
