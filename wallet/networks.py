"""Networks: the in-process Sandbox, a local node, and custom RPC endpoints.

A Network is what the book knows (name, redacted URL, expected chain id,
token and escrow addresses). Networks.connect() gives a Chain, which checks
the node before anything is sent: NodeDown when it does not answer,
WrongChain when it serves another chain than expected.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from typing import Callable, Literal
from urllib.parse import urlsplit, urlunsplit

from wallet.errors import SANDBOX_WHERE
from wallet.refusals import BadNetworkSettings, NodeDown, WrongChain
from wallet.schema import LOCAL_NODE, LOCAL_NODE_URL, SANDBOX  # noqa: F401 (named from here too)
from wallet.tokens import TokenInfo, token_info
from wallet.vault import Vault

SANDBOX_NOTICE = "Sandbox: test money on this computer only, not real money."
DEFAULT_TIMEOUT = 5.0
PROBE_TIMEOUT = 2.0

State = Literal["connected", "offline", "wrong_chain"]


@dataclass(frozen=True)
class Network:
    """A network as the book knows it (the URL shown is redacted)."""

    id: int
    name: str
    kind: str  # "sandbox" | "local" | "custom"
    rpc_url_redacted: str | None
    chain_id: int | None
    token_address: str | None
    token_symbol: str | None
    token_decimals: int | None
    escrow_address: str | None
    rpc_url_in_keyring: bool = False

    @property
    def is_sandbox(self) -> bool:
        """True for the in-process chain whose money is not real."""
        return self.kind == "sandbox"

    @property
    def notice(self) -> str:
        """A line to show next to the network's name."""
        return SANDBOX_NOTICE if self.is_sandbox else ""

    @property
    def token(self) -> TokenInfo | None:
        """The network's token, once its symbol and decimals are known."""
        if self.token_address and self.token_symbol is not None:
            return TokenInfo(self.token_address, self.token_symbol, self.token_decimals)
        return None


_SECRET_SEGMENT = re.compile(r"^[A-Za-z0-9_\-]{20,}$")


def redact_url(url: str) -> str:
    """The URL with user info, query values and key-like path parts replaced by ***."""
    parts = urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    if parts.username or parts.password:
        netloc = "***@" + netloc
    path = "/".join("***" if _SECRET_SEGMENT.match(seg) else seg
                    for seg in parts.path.split("/"))
    query = "&".join(f"{kv.split('=', 1)[0]}=***" if "=" in kv else "***"
                     for kv in parts.query.split("&")) if parts.query else ""
    return urlunsplit((parts.scheme, netloc, path, query, ""))


def make_web3(url: str, timeout: float = DEFAULT_TIMEOUT) -> Web3:
    """A Web3 on an HTTP JSON-RPC URL that fails fast (no retries) after timeout."""
    from web3 import Web3
    from web3.providers.rpc import HTTPProvider

    provider = HTTPProvider(url, request_kwargs={"timeout": timeout},
                            exception_retry_configuration=None)
    return Web3(provider)


def is_connection_error(exc: BaseException) -> bool:
    """True for errors that mean the node could not be reached (not that it refused)."""
    import requests

    return isinstance(exc, (requests.ConnectionError, requests.Timeout, ConnectionError,
                            TimeoutError, OSError))


class Sandbox:
    """An in-process EVM (eth-tester with py-evm): test money only.

    .w3 is the chain; .funded_accounts are eth-tester's prefunded accounts;
    deploy() is where the demo stablecoin and escrow get put on it.
    """

    def __init__(self):
        from web3 import Web3

        from eth_tester import EthereumTester, PyEVMBackend
        from web3.providers.eth_tester import EthereumTesterProvider

        self.tester = EthereumTester(PyEVMBackend())
        self.w3 = Web3(EthereumTesterProvider(self.tester))
        self.funded_accounts = list(self.w3.eth.accounts)
        self.chain_id = int(self.w3.eth.chain_id)

    def deploy(self, abi: list, bytecode: str, *args, sender: str | None = None) -> str:
        """Deploy a contract from compiled artifacts; returns its address."""
        contract = self.w3.eth.contract(abi=abi, bytecode=bytecode)
        tx_hash = contract.constructor(*args).transact(
            {"from": sender or self.funded_accounts[0]})
        return self.w3.eth.wait_for_transaction_receipt(tx_hash)["contractAddress"]

    def deploy_artifact(self, artifact: dict, *args, sender: str | None = None) -> str:
        """Deploy a compiled artifact (a dict with abi and bytecode); returns its address."""
        return self.deploy(artifact["abi"], artifact["bytecode"], *args, sender=sender)

    def fund(self, address: str, wei: int) -> None:
        """Give an address test coins from the first prefunded account."""
        from web3 import Web3

        tx_hash = self.w3.eth.send_transaction({
            "from": self.funded_accounts[0], "to": Web3.to_checksum_address(address),
            "value": wei})
        self.w3.eth.wait_for_transaction_receipt(tx_hash)


class Chain:
    """A live connection to one network's node."""

    def __init__(self, network: Network, w3: Web3, where: str):
        self.network = network
        self.w3 = w3
        self.where = where  # what to name in messages (redacted URL or "the sandbox")

    def chain_id(self) -> int:
        """The node's chain id; NodeDown when it does not answer."""
        try:
            return int(self.w3.eth.chain_id)
        except Exception as exc:
            raise NodeDown(self.where, type(exc).__name__) from exc

    def require_ready(self) -> int:
        """Check the node answers and is on the expected chain; returns the chain id."""
        actual = self.chain_id()
        expected = self.network.chain_id
        if expected is not None and expected != actual:
            raise WrongChain(expected, actual)
        return actual

    def state(self) -> State:
        """'connected', 'offline' or 'wrong_chain'."""
        try:
            self.require_ready()
        except NodeDown:
            return "offline"
        except WrongChain:
            return "wrong_chain"
        return "connected"


class Networks:
    """The profile's networks, in the book plus RPC secrets in the vault."""

    def __init__(self, db, vault: Vault | None = None,
                 sandbox_factory: Callable[[], Sandbox] = Sandbox,
                 clock: Callable[[], float] = time.time):
        self.db = db
        self.vault = vault
        self.table = db.table("wallet_networks")
        self._sandbox_factory = sandbox_factory
        self._sandbox: Sandbox | None = None
        self.clock = clock

    @property
    def sandbox(self) -> Sandbox:
        """The process's sandbox chain, started on first use."""
        if self._sandbox is None:
            self._sandbox = self._sandbox_factory()
        return self._sandbox

    def _insert(self, name, kind, url, chain_id, token=None, escrow=None, secret=False):
        return self.table.insert({
            "name": name, "kind": kind, "rpc_url_redacted": url,
            "rpc_url_in_keyring": int(secret), "chain_id": chain_id,
            "token_address": token, "escrow_address": escrow,
            "created_at": int(self.clock()),
        }).last_pk

    def list(self) -> list[Network]:
        """All networks, sandbox first."""
        rows = self.table.rows_where(
            order_by="CASE kind WHEN 'sandbox' THEN 0 WHEN 'local' THEN 1 ELSE 2 END, id")
        return [_network(r) for r in rows]

    def get(self, name: str) -> Network:
        """A network by name; BadNetworkSettings if unknown."""
        rows = list(self.table.rows_where("name = ?", [name]))
        if not rows:
            raise BadNetworkSettings("There is no network named {name!r}.", name=name)
        return _network(rows[0])

    def add_custom(self, name: str, rpc_url: str, chain_id: int,
                   token_address: str | None = None,
                   escrow_address: str | None = None) -> Network:
        """Add a network by RPC URL; a URL carrying a key goes to the keyring."""
        from web3 import Web3

        name = name.strip()
        if not name or self.table.count_where("name = ?", [name]):
            raise BadNetworkSettings("Give the network a new, unique name.")
        if urlsplit(rpc_url).scheme not in ("http", "https"):
            raise BadNetworkSettings("The RPC URL must start with http:// or https://.")
        if not isinstance(chain_id, int) or chain_id <= 0:
            raise BadNetworkSettings("The chain id must be a positive whole number.")
        token = Web3.to_checksum_address(token_address) if token_address else None
        escrow = Web3.to_checksum_address(escrow_address) if escrow_address else None
        redacted = redact_url(rpc_url)
        secret = redacted != rpc_url
        if secret:
            if self.vault is None:
                raise BadNetworkSettings("This RPC URL carries a key and needs the keyring.")
            self.vault.store_rpc_url(name, rpc_url)
        self._insert(name, "custom", redacted, chain_id, token, escrow, secret)
        return self.get(name)

    def set_contracts(self, name: str, token_address: str | None = None,
                      escrow_address: str | None = None) -> Network:
        """Set a network's token and/or escrow address (token info is read on refresh)."""
        from web3 import Web3

        net = self.get(name)
        changes = {}
        if token_address is not None:
            changes.update(token_address=Web3.to_checksum_address(token_address),
                           token_symbol=None, token_decimals=None)
        if escrow_address is not None:
            changes["escrow_address"] = Web3.to_checksum_address(escrow_address)
        if changes:
            self.table.update(net.id, changes)
        return self.get(name)

    def record_sandbox(self, token_address: str | None = None) -> Network:
        """Keep what the running sandbox chain says in the Sandbox's row: its chain id, its
        token (`token_address`, one of the sandbox's tokens; dUSD without it) and escrow
        addresses, and the token's symbol and decimals. A write: connect() and the readers
        use the chain's own facts, whether or not they were kept."""
        sandbox = self.sandbox
        with self.db.atomic():
            self.table.update(self.get(SANDBOX).id, {"chain_id": sandbox.chain_id})
            self.set_contracts(SANDBOX, token_address or sandbox.token_address,
                               sandbox.escrow_address)
            return self.refresh_token(SANDBOX)

    def refresh_token(self, name: str, chain: Chain | None = None) -> Network:
        """Read the token's symbol and decimals from chain and keep them."""
        net = self.get(name)
        if not net.token_address:
            raise BadNetworkSettings("{name} has no token address.", name=name)
        chain = chain or self.connect(name)
        chain.require_ready()
        info = token_info(chain.w3, net.token_address)
        self.table.update(net.id, {"token_symbol": info.symbol,
                                   "token_decimals": info.decimals})
        return self.get(name)

    def state(self, name: str, timeout: float = PROBE_TIMEOUT) -> State:
        """Probe the named network: 'connected', 'offline' or 'wrong_chain'."""
        return network_state(self.get(name), self, timeout)

    def remove(self, name: str) -> None:
        """Forget a custom network (and its URL in the keyring)."""
        net = self.get(name)
        if net.kind != "custom":
            raise BadNetworkSettings("The built-in networks cannot be removed.")
        if net.rpc_url_in_keyring and self.vault is not None:
            self.vault.forget_rpc_url(name)
        self.table.delete(net.id)

    def rpc_url(self, net: Network) -> str:
        """The full RPC URL (from the keyring when it carries a key)."""
        if net.rpc_url_in_keyring:
            url = self.vault.rpc_url(net.name) if self.vault else None
            if url is None:
                raise BadNetworkSettings(
                    "The RPC URL of {name} is missing from the system keyring; "
                    "enter it again.", name=net.name)
            return url
        return net.rpc_url_redacted

    def connect(self, name_or_network: str | Network,
                timeout: float = DEFAULT_TIMEOUT) -> Chain:
        """A Chain for the network (not yet checked; call require_ready())."""
        net = (self.get(name_or_network) if isinstance(name_or_network, str)
               else name_or_network)
        if net.is_sandbox:
            # The chain's own id, not written back: connecting is a read (record_sandbox keeps it).
            sandbox = self.sandbox
            return Chain(replace(net, chain_id=sandbox.chain_id), sandbox.w3, SANDBOX_WHERE)
        return Chain(net, make_web3(self.rpc_url(net), timeout), net.rpc_url_redacted)


def network_state(network: Network, networks: Networks | None = None,
                  timeout: float = PROBE_TIMEOUT) -> State:
    """Probe a network with a short timeout: 'connected', 'offline' or 'wrong_chain'.

    networks is needed for the sandbox and for URLs kept in the keyring.
    """
    try:
        if networks is None:
            if network.is_sandbox or network.rpc_url_in_keyring:
                raise BadNetworkSettings("this network needs its Networks book")
            chain = Chain(network, make_web3(network.rpc_url_redacted, timeout),
                          network.rpc_url_redacted)
        else:
            chain = networks.connect(network, timeout=timeout)
        return chain.state()
    except BadNetworkSettings:
        return "offline"


def _network(row: dict) -> Network:
    return Network(
        id=row["id"], name=row["name"], kind=row["kind"],
        rpc_url_redacted=row["rpc_url_redacted"], chain_id=row["chain_id"],
        token_address=row["token_address"], token_symbol=row["token_symbol"],
        token_decimals=row["token_decimals"], escrow_address=row["escrow_address"],
        rpc_url_in_keyring=bool(row["rpc_url_in_keyring"]),
    )
