"""The wallet of the open profile, and the profile's choice of network.

The wallet modules pull in eth-account and web3, which take most of a second to import, so
they are imported when first used, never at start-up.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterator
from functools import cached_property

from desktop.services.amounts import coins, currency_of
from desktop.services.errors import UserFacingError
from desktop.services.paths import DEMO_PROFILE
from shop.money import Money
from wallet.core import WalletCore
from wallet.errors import WalletError
from wallet.networks import SANDBOX
from wallet.refusals import CoinsShort, TokensShort
from wallet.sandbox import open_sandbox
from wallet.tokens import token_info
from wallet.transfers import plan_transfer, send_transfer, twin_of

if TYPE_CHECKING:
    from desktop.services.work import Work  # which imports this module

SERVICE_PREFIX = "ziliudi:"
NETWORK_KEY = "wallet.network"
FAUCET_WEI = 10 * 10**18
FAUCET_TOKENS = 1_000  # whole tokens of the Sandbox's token
#: The demo's store sells in 元, so its Sandbox pays in the yuan token; other profiles in dUSD.
DEMO_SANDBOX_TOKEN = "dCNY"

# One sandbox chain per profile and process, shared by every thread's wallet; calls into it
# are serialised because the in-process EVM is not thread-safe.
_sandboxes: dict[str, object] = {}
_sandbox_lock = threading.RLock()


def shared_sandbox(profile_id: str, folder: Path):
    """The process's sandbox chain for this profile, kept in the profile's folder across restarts."""
    with _sandbox_lock:
        if profile_id not in _sandboxes:
            _sandboxes[profile_id] = open_sandbox(folder / "sandbox")
        return _sandboxes[profile_id]


def close_sandboxes(folder: Path | None = None) -> None:
    """Save and release the open sandbox chains: every one (when the app quits), or the one
    kept in a profile's folder (before that folder is renamed: the chain writes by path)."""
    failed = []
    with _sandbox_lock:
        for key, sandbox in list(_sandboxes.items()):
            if folder is not None and Path(sandbox.state_dir).parent.resolve() != Path(folder).resolve():
                continue
            del _sandboxes[key]  # released even if saving fails: the next use opens it afresh
            try:
                sandbox.close()
            except Exception as e:
                failed.append(e)
    if failed:
        raise failed[0]


class WalletService:
    """One profile's wallet (accounts, networks, journal); the keyring is opened on first use.

    Made by a work unit (work.wallet), on the thread that uses it: it works on that thread's
    connection to the book and records its changes in the work unit.
    """

    def __init__(self, work: Work, idle_lock_seconds: float | None = None, **core_options):
        self.work = work
        self.db = work.db
        self.profile_id = work.profile_id
        self.folder = work.profile.folder
        self._idle = idle_lock_seconds
        self._options = core_options

    @cached_property
    def core(self):
        options = dict(self._options)
        options.setdefault("sandbox_factory", lambda: shared_sandbox(self.profile_id, self.folder))
        if self._idle is not None:
            options["idle_lock_seconds"] = self._idle
        options.setdefault("on_phrase", self._adopt_phrase)
        return WalletCore(self.db, SERVICE_PREFIX + self.profile_id, **options)

    def _adopt_phrase(self, phrase: str) -> None:
        # The store's delivery key comes from the first phrase while the store has none.
        from desktop.services import storefront

        storefront.adopt_phrase(self.work, phrase, self.core.vault)

    @property
    def accounts(self):
        return self.core.accounts

    @property
    def networks(self):
        return self.core.networks

    @property
    def journal(self):
        return self.core.journal

    @contextmanager
    def unlocked(self, address: str, password: str) -> Iterator:
        """The one unlock shape: `with work.wallet.unlocked(address, password) as signer`.
        The signer locks when the block ends, or after the idle time if that comes first."""
        signer = self.core.unlock(address, password)
        try:
            yield signer
        finally:
            signer.lock()

    def current_network_name(self) -> str:
        """The network chosen for this profile (the Sandbox until one is chosen)."""
        row = self.db.execute("SELECT value FROM book_info WHERE key = ?", [NETWORK_KEY]).fetchone()
        names = {n.name for n in self.networks.list()}
        return row[0] if row and row[0] in names else SANDBOX

    def choose_network(self, name: str) -> None:
        self.networks.get(name)  # refuses an unknown name
        with self.db.atomic():
            self.db["book_info"].upsert({"key": NETWORK_KEY, "value": name}, pk="key")
        self.work.changed("wallet")

    def network(self, name: str | None = None):
        """The named (or current) network as the book knows it; the Sandbox with its chain's
        id, contracts and token (kept in the book by a unit that may write)."""
        name = name or self.current_network_name()
        if name == SANDBOX:
            return self._sandbox_network()
        return self.networks.get(name)

    def connect(self, name: str | None = None):
        """A Chain for the named (or current) network; checked before anything is sent."""
        name = name or self.current_network_name()
        chain = self.networks.connect(name)
        if name == SANDBOX and not self.work.read_only:
            self._sandbox_network()  # kept in the book for the next reader
        return chain

    def _sandbox_network(self):
        """The Sandbox as its running chain has it. A unit that may write keeps that in the
        book when it differs (and, on the demo profile, funds its accounts then); a read-only
        one (a query op, the GUI thread) only uses it."""
        sandbox = self.networks.sandbox
        net = self.networks.get(SANDBOX)
        token_address = self._sandbox_token(sandbox)
        if (net.chain_id, net.token_address, net.escrow_address) == \
                (sandbox.chain_id, token_address, sandbox.escrow_address) \
                and net.token_symbol is not None:
            return net
        if self.work.read_only:
            token = token_info(sandbox.w3, token_address)
            return replace(net, chain_id=sandbox.chain_id, token_address=token_address,
                           escrow_address=sandbox.escrow_address, token_symbol=token.symbol,
                           token_decimals=token.decimals)
        net = self.networks.record_sandbox(token_address)
        if self.work.profile.name == DEMO_PROFILE:
            self._fund_demo_accounts(sandbox, net)
        return net

    def _sandbox_token(self, sandbox) -> str:
        """The address of the Sandbox token this profile pays in (dCNY on the demo)."""
        if self.work.profile.name == DEMO_PROFILE:
            return getattr(sandbox, "tokens", {}).get(DEMO_SANDBOX_TOKEN, sandbox.token_address)
        return sandbox.token_address

    def _fund_demo_accounts(self, sandbox, net) -> None:
        # The demo walks the escrow flow at once: its seller needs fees and a bond's worth of
        # the token it sells in.
        try:
            accounts = self.accounts.list()
        except WalletError:
            return  # no keyring, no demo account
        for account in accounts:
            sandbox.fund(account.address, FAUCET_WEI)
            sandbox.mint(account.address, FAUCET_TOKENS * 10**net.token_decimals,
                         net.token_address)

    def faucet(self, address: str) -> tuple[Money, Money]:
        """Give an account test money on the Sandbox (10 ETH for fees, 1,000 of the Sandbox's
        token: dUSD, or dCNY on the demo); refused elsewhere. What it gave: coins, tokens."""
        if self.current_network_name() != SANDBOX:
            raise UserFacingError("Test money exists only on the Sandbox network.")
        net = self.network(SANDBOX)
        sandbox = self.networks.sandbox
        tokens = FAUCET_TOKENS * 10**net.token_decimals
        sandbox.fund(address, FAUCET_WEI)
        sandbox.mint(address, tokens, net.token_address)
        self.work.changed("wallet")
        return coins(FAUCET_WEI), Money(tokens, currency_of(net.token))

    def network_state(self, name: str | None = None) -> str:
        """'connected', 'offline' or 'wrong_chain' for the named (or current) network."""
        return self.networks.state(name or self.current_network_name())


# ------------------------------------------------------------------ transfers

def plan_send(work, network: str, sender: str, recipient: str, amount_text: str,
              token=None):
    """Check and price a transfer of `amount_text` (as people type it, in the token's or the
    coin's units) for its confirmation; the refusals say how much there is, as money."""
    amount = Money.parse(amount_text, currency_of(token)).units
    chain = work.wallet.connect(network)
    try:
        return plan_transfer(chain, sender, recipient, amount, token)
    except TokensShort as e:
        raise UserFacingError("Only {amount} available.",
                              amount=str(Money(e.have, currency_of(token)))) from None
    except CoinsShort as e:
        raise UserFacingError("Not enough coins for this amount and its network fee "
                              "(up to {fee}).", fee=str(coins(e.max_fee))) from None


def amount_text(plan) -> str:
    """A planned transfer's amount with its unit ("12.50 TUSD")."""
    return str(Money(plan.amount, currency_of(plan.token)))


class TwinTransfer(UserFacingError):
    """A transfer like the one asked for is pending, or was confirmed within the hour: the
    command line sends it once more only with --again, the Wallet page asks first."""

    def __init__(self, plan, entry):
        self.entry = entry
        fields = {"amount": amount_text(plan), "recipient": plan.recipient, "hash": entry.tx_hash}
        if entry.status == "pending":
            super().__init__("{amount} to {recipient} was already sent and is not confirmed "
                             "yet ({hash}).", **fields)
        else:
            super().__init__("{amount} to {recipient} was already sent and confirmed within "
                             "the last hour ({hash}).", **fields)


def reconcile(work, network: str | None = None) -> list:
    """Settle the journal's pending entries from what the network's node says (mined,
    dropped, replaced, or sent again); records the wallet as changed when any did."""
    w = work.wallet
    changed = w.journal.reconcile(w.connect(network))
    if changed:
        work.changed("wallet")
    return changed


def twin(work, plan):
    """The journal's transfer like this plan, pending or confirmed within the hour, or None
    (reads the journal as it is: reconcile first where the unit may write)."""
    return twin_of(work.wallet.journal, plan)


def send_planned(work, network: str, signer, plan, again: bool = False):
    """Send a confirmed plan through the journal (once, however often it is asked). The
    journal is reconciled first; a transfer like it, pending or confirmed within the hour,
    refuses (TwinTransfer) unless `again`."""
    w = work.wallet
    chain = w.connect(network)
    work.changed("wallet")  # the journal is reconciled and keeps the transfer
    w.journal.reconcile(chain)
    if not again and (same := twin(work, plan)) is not None:
        raise TwinTransfer(plan, same)
    return send_transfer(w.journal, chain, signer, plan,
                         description=f"Send {amount_text(plan)} to {plan.recipient}")


def journal_entry(work, tx_hash: str):
    """The journal's entry for a transaction hash, as people paste it."""
    text = tx_hash.strip().lower()
    for entry in work.wallet.journal.entries():
        if entry.tx_hash.lower() == text:
            return entry
    raise UserFacingError("The journal has no transaction {hash}.", hash=tx_hash)


def speed_up(work, network: str | None, signer, entry):
    """Send a pending transaction again with a higher fee (its nonce, so one of them is
    mined); refused unless the node still has it pending."""
    w = work.wallet
    work.changed("wallet")  # settled from the node, and the new attempt kept
    return w.journal.speed_up(w.connect(network), signer, entry)


def cancel(work, network: str | None, signer, entry):
    """Take a pending transaction's nonce with a transfer of nothing to its sender, so it is
    never mined; refused unless the node still has it pending."""
    w = work.wallet
    work.changed("wallet")
    return w.journal.cancel(w.connect(network), signer, entry,
                            description=f"Cancel: {entry.description or entry.purpose}")
