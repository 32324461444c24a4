"""The demo profile's sandbox chain, kept across restarts by replaying its own blocks.

open_sandbox(state_dir) gives a Sandbox (an in-process EVM) that on first use
deploys the demo stablecoins (dUSD, and dCNY pegged to the yuan) and the escrow
contract and funds a few simulated buyers. A chain set up before dCNY existed
gets it, and its buyers their yuan, when it is next opened. Every block the chain mines is appended to a record log in
state_dir (one checksummed line per block: its number, timestamp, hash and the
raw signed transactions), fsynced before the call that mined it returns. On
the next start the chain is rebuilt by mining the same transactions at the
same timestamps, so block numbers, timestamps, hashes, addresses and balances
come out identical. A torn last line (a process killed mid-write) is dropped.
A snapshot of the EVM's database (written at close and after a replay) lets a
start replay only the blocks logged since; the log stays the source of truth.
How both files lie on disk is in sandbox_log.

The chain's clock is the wall clock plus the jumps made with time_travel():
between sessions real time passes, so deadlines set yesterday have run on.
Every call into the EVM goes through one lock, so a GUI thread and background
threads may share the object. Only one process may open a state_dir at a time.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path
from typing import Callable

from wallet.contract_artifacts import load_artifact
from wallet.errors import WalletError
from wallet.networks import Sandbox
from wallet.sandbox_log import RecordLog, read_snapshot, write_snapshot

LOG_NAME = "chain.log"
LOCK_NAME = "chain.lock"
SNAPSHOT_NAME = "chain.snapshot"
FORMAT = 1
BUYER_COUNT = 3
BUYER_ETH = 100 * 10**18
BUYER_DUSD = 10_000 * 10**6  # dUSD has 6 decimals
#: The sandbox's yuan: 6 decimals like the yuan stablecoins on real chains (Tether's CNH₮),
#: so a price in 分 becomes its units exactly (x 10**4), as it does for dUSD.
YUAN = ("Demo CNY", "dCNY", 6)
BUYER_DCNY = 70_000 * 10**6
#: A read at "latest" first mines an empty block when the head is this much behind the clock.
TICK_AFTER = 60
_MINING = {"eth_sendRawTransaction", "eth_sendTransaction", "evm_mine"}
_READS_AT_HEAD = {"eth_call": 1, "eth_estimateGas": 1, "eth_getBlockByNumber": 0}
_REFUSED = {"evm_snapshot", "evm_revert"}


class SandboxError(WalletError):
    """The sandbox chain cannot be opened or rebuilt."""


class SandboxBusy(SandboxError):
    """Another process (or another object) has the sandbox chain open."""

    def __init__(self, state_dir: Path):
        super().__init__("The sandbox chain in {path} is already open in another "
                         "Ziliudi window or process. Close it and try again.",
                         path=str(state_dir))


def buyer_key(index: int) -> bytes:
    """The private key of simulated buyer ``index`` (public knowledge: test money only)."""
    from eth_utils import keccak

    return keccak(text=f"ziliudi sandbox buyer {index}")


def _escrow_code() -> str:
    """Which build of the escrow contract this version deploys (a hash of its bytecode)."""
    return hashlib.sha256(load_artifact("Escrow")["bytecode"].encode()).hexdigest()[:16]


def _lock_file(path: Path, state_dir: Path):
    f = open(path, "a+b")
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        f.close()
        raise SandboxBusy(state_dir) from None
    return f


# -- the chain ----------------------------------------------------------------------

def _backend(genesis_timestamp: int):
    """A py-evm backend whose blocks are reproducible (prevrandao derived, not random)."""
    from eth_utils import keccak

    from eth.vm.forks import PragueVM
    from eth.vm.forks.cancun import get_total_blob_gas
    from eth_tester import PyEVMBackend

    class ReplayableBackend(PyEVMBackend):
        def mine_blocks(self, num_blocks=1, coinbase=b"\0" * 20):
            hashes = []
            for _ in range(num_blocks):
                chain = self.chain
                kwargs = {"coinbase": coinbase,
                          "mix_hash": keccak(b"ziliudi-sandbox" + chain.header.parent_hash)}
                if isinstance(chain.get_vm(), PragueVM):
                    kwargs["blob_gas_used"] = sum(
                        get_total_blob_gas(tx) for tx in chain.get_block().transactions)
                hashes.append(chain.mine_block(**kwargs).hash)
            return tuple(hashes)

    params = PyEVMBackend.generate_genesis_params(
        overrides={"timestamp": genesis_timestamp})
    return ReplayableBackend(genesis_parameters=params)


class PersistentSandbox(Sandbox):
    """A Sandbox whose chain lives in ``state_dir``; see the module docstring.

    Besides Sandbox's .w3, .tester, .chain_id, .funded_accounts, deploy() and
    fund(): .token_address (dUSD), .tokens (symbol -> address: dUSD, dCNY),
    .escrow_address, .buyer_accounts (eth-account LocalAccounts holding ETH, dUSD
    and dCNY), mint(), time_travel(), now(), close().
    Use .w3 rather than .tester directly: only .w3 calls are locked and recorded
    at once (blocks mined through .tester are recorded on the next .w3 call).
    """

    def __init__(self, state_dir: Path, clock: Callable[[], float] = time.time,
                 tick_after: int = TICK_AFTER):
        self.state_dir = Path(state_dir)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.clock = clock
        self.tick_after = tick_after
        self.offset = 0  # seconds the chain's clock runs ahead of the wall clock
        self.replay_warnings: list[str] = []
        self.replayed_blocks = 0
        self._snapshot_at = 0
        self._lock = threading.RLock()
        self._buffer: list[dict] | None = None
        self._recorded = 0
        self._closed = False
        self._lockfile = _lock_file(self.state_dir / LOCK_NAME, self.state_dir)
        try:
            self.log = RecordLog(self.state_dir / LOG_NAME)
            records = self.log.read()
            with self._lock:
                self._replay(records) if records else self._create()
        except BaseException:
            self.close()
            raise

    # -- start ---------------------------------------------------------------------
    def _start_chain(self, genesis: dict) -> None:
        from web3 import Web3

        from eth_tester import EthereumTester

        self.tester = EthereumTester(_backend(int(genesis["timestamp"])))
        self.w3 = Web3(_locked_provider(self.tester, self))
        self.funded_accounts = [Web3.to_checksum_address(a)
                                for a in self.tester.get_accounts()]
        self.chain_id = int(self.tester.backend.chain.chain_id)
        self._fork = type(self.tester.backend.chain.get_vm()).__name__

    def _create(self) -> None:
        genesis = {"k": "genesis", "format": FORMAT, "timestamp": int(self.clock())}
        self._start_chain(genesis)
        genesis["fork"] = self._fork
        self._buffer = [genesis]
        token = self.deploy_artifact(load_artifact("DemoUSD"))
        escrow = self.deploy_artifact(load_artifact("Escrow"))
        setup = {"k": "setup", "token": token, "escrow": escrow, "buyers": BUYER_COUNT,
                 "escrow_code": _escrow_code(), "tokens": {YUAN[1]: self._deploy_yuan()}}
        self._setup(setup)
        for account in self.buyer_accounts:
            self.fund(account.address, BUYER_ETH)
            self.mint(account.address, BUYER_DUSD)
            self.mint(account.address, BUYER_DCNY, YUAN[1])
        self._buffer.append(setup)
        records, self._buffer = self._buffer, None
        self.log.create(records)  # all of the set-up lands at once, or none of it

    def _setup(self, record: dict) -> None:
        from eth_account import Account
        from web3 import Web3

        self._setup_record = record
        self.token_address = Web3.to_checksum_address(record["token"])
        self.escrow_address = Web3.to_checksum_address(record["escrow"])
        self.buyer_accounts = [Account.from_key(buyer_key(i))
                               for i in range(int(record["buyers"]))]
        self.token = self.w3.eth.contract(address=self.token_address,
                                          abi=load_artifact("DemoUSD")["abi"])
        self.tokens = {"dUSD": self.token_address,
                       **{symbol: Web3.to_checksum_address(address)
                          for symbol, address in record.get("tokens", {}).items()}}

    def _deploy_yuan(self) -> str:
        return self.deploy_artifact(load_artifact("DemoToken"), *YUAN)

    def _add_yuan(self) -> None:
        """Deploy dCNY on a chain set up before it existed, and give the buyers their yuan;
        recorded after the blocks that do it, like a replaced escrow."""
        setup = dict(self._setup_record, tokens={**self._setup_record.get("tokens", {}),
                                                 YUAN[1]: self._deploy_yuan()})
        self._setup(setup)
        for account in self.buyer_accounts:
            self.mint(account.address, BUYER_DCNY, YUAN[1])
        self._write(setup)
        self.replay_warnings.append(f"{YUAN[1]} was added at {self.tokens[YUAN[1]]}")

    def _replay(self, records: list[dict]) -> None:
        genesis = records[0]
        if genesis.get("k") != "genesis" or genesis.get("format") != FORMAT:
            raise SandboxError("{path} is not a sandbox chain this version reads.",
                               path=str(self.log.path))
        self._start_chain(genesis)
        if genesis.get("fork") != self._fork:
            self.replay_warnings.append(f"recorded on {genesis.get('fork')}, "
                                        f"replayed on {self._fork}")
        backend = self.tester.backend
        start = self._load_snapshot(records)
        for record in records[1:]:
            kind = record["k"]
            if kind == "block" and record["n"] > start:
                self._replay_block(backend, record)
                self.replayed_blocks += 1
            elif kind == "clock":
                self.offset = int(record["offset"])
            elif kind == "setup":
                self._setup(record)
        if not hasattr(self, "escrow_address"):
            raise SandboxError("{path} has no contracts set up.", path=str(self.log.path))
        self._recorded = backend.chain.header.block_number - 1
        if self.replayed_blocks:
            self.save_snapshot()
        if self._setup_record.get("escrow_code") != _escrow_code():
            self._replace_escrow()
        if YUAN[1] not in self._setup_record.get("tokens", {}):
            self._add_yuan()

    def _replace_escrow(self) -> None:
        """Deploy this version's escrow contract when the chain's was built from other code.

        The old contract and its escrows (test money) stay on the chain; the app
        uses the new address from now on, recorded after the block deploying it.
        """
        setup = dict(self._setup_record, escrow=self.deploy_artifact(load_artifact("Escrow")),
                     escrow_code=_escrow_code())
        self._setup(setup)
        self._write(setup)
        self.replay_warnings.append(f"the escrow contract was replaced by this version's "
                                    f"at {self.escrow_address}")

    # -- snapshots: the EVM's database, so a start replays only the newest blocks --------
    def save_snapshot(self) -> None:
        """Write the chain's database at its head (temp file, fsync, rename)."""
        with self._lock:
            chain = self.tester.backend.chain
            head = chain.get_canonical_head()
            write_snapshot(self.state_dir / SNAPSHOT_NAME,
                           {"format": FORMAT, "n": head.block_number,
                            "hash": "0x" + head.hash.hex()},
                           chain.chaindb.db.wrapped_db.kv_store)
            self._snapshot_at = head.block_number

    def _load_snapshot(self, records: list[dict]) -> int:
        """Restore the snapshot if it is sound and on the logged chain; its block number."""
        from eth.db.atomic import AtomicDB
        from eth.db.backends.memory import MemoryDB

        snapshot = read_snapshot(self.state_dir / SNAPSHOT_NAME)
        if snapshot is None:
            return 0
        meta, store = snapshot
        if meta.get("format") != FORMAT or not any(
                r["k"] == "block" and r["n"] == meta["n"] and r["hash"] == meta["hash"]
                for r in records):
            return 0
        backend = self.tester.backend
        backend.chain = type(backend.chain)(AtomicDB(MemoryDB(store)))
        self._snapshot_at = meta["n"]
        return meta["n"]

    def _replay_block(self, backend, record: dict) -> None:
        chain = backend.chain
        if record["n"] != chain.header.block_number:
            raise SandboxError("{path}: block {block} out of order.",
                               path=str(self.log.path), block=record["n"])
        chain.set_header_timestamp(int(record["ts"]))
        try:
            for raw in record["txs"]:
                backend.send_raw_transaction(bytes.fromhex(raw[2:]))
        except Exception as exc:
            raise SandboxError("{path}: a transaction of block {block} no longer applies "
                               "({error}: {reason}).", path=str(self.log.path),
                               block=record["n"], error=type(exc).__name__,
                               reason=str(exc)) from exc
        block_hash = "0x" + backend.mine_blocks()[0].hex()
        if block_hash != record["hash"]:
            self.replay_warnings.append(f"block {record['n']} hash {block_hash} "
                                        f"was {record['hash']}")

    # -- recording -------------------------------------------------------------------
    def _write(self, record: dict) -> None:
        if self._buffer is not None:
            self._buffer.append(record)
        else:
            self.log.append(record)

    def _record_new_blocks(self) -> None:
        chain = self.tester.backend.chain
        while self._recorded < chain.header.block_number - 1:
            n = self._recorded + 1
            block = chain.get_canonical_block_by_number(n)
            self._write({"k": "block", "n": n, "ts": block.header.timestamp,
                         "hash": "0x" + block.hash.hex(),
                         "txs": ["0x" + tx.encode().hex() for tx in block.transactions]})
            self._recorded = n

    # -- the clock -------------------------------------------------------------------
    def now(self) -> int:
        """The chain's clock: the wall clock plus every time_travel() jump."""
        return int(self.clock()) + self.offset

    def _head_timestamp(self) -> int:
        return int(self.tester.backend.chain.get_canonical_head().timestamp)

    def _pin_time(self) -> None:
        """Date the pending (empty) block at the chain's clock."""
        chain = self.tester.backend.chain
        if chain.header.gas_used == 0:
            chain.set_header_timestamp(max(self.now(), self._head_timestamp() + 1))

    def _mine_empty(self) -> None:
        self._pin_time()
        self.tester.mine_blocks(1)
        self._record_new_blocks()

    def tick(self) -> int:
        """Mine an empty block at the chain's clock (recorded); returns its timestamp."""
        with self._lock:
            self._check_open()
            self._mine_empty()
            return self._head_timestamp()

    def time_travel(self, seconds: int) -> int:
        """Let ``seconds`` pass at once, for good (recorded, so it replays).

        Mines an empty block at least ``seconds`` after the latest one, so reads
        see the new time, and keeps the chain's clock that far ahead of the wall
        clock from then on. Returns the new block's timestamp.
        """
        if int(seconds) <= 0:
            raise ValueError("the sandbox can only travel forward in time")
        with self._lock:
            self._check_open()
            target = max(self.now(), self._head_timestamp()) + int(seconds)
            self.offset += target - self.now()
            self._write({"k": "clock", "offset": self.offset})
            self._mine_empty()
            return self._head_timestamp()

    # -- calls -----------------------------------------------------------------------
    def _request(self, method: str, params, call: Callable):
        with self._lock:
            self._check_open()
            if method in _REFUSED:
                return _error(f"{method} is not available on the sandbox chain: its "
                              "history is kept, never rewound.")
            if method == "testing_timeTravel":
                target = int(params[0])
                if target > self.now():
                    self.time_travel(target - self.now())
                return {"id": 0, "jsonrpc": "2.0", "result": True}
            if method in _MINING:
                self._pin_time()
            elif method in _READS_AT_HEAD and self._at_head(method, params):
                if self.now() - self._head_timestamp() >= self.tick_after:
                    self._mine_empty()
            try:
                return call()
            finally:
                self._record_new_blocks()

    @staticmethod
    def _at_head(method: str, params) -> bool:
        index = _READS_AT_HEAD[method]
        block = params[index] if params and len(params) > index else "latest"
        return block in ("latest", "pending")

    def mint(self, address: str, amount: int, token: str = "dUSD") -> None:
        """Mint ``amount`` base units of a sandbox token (by symbol or address; dUSD by
        default, 6 decimals) to ``address``."""
        from web3 import Web3

        token = self.tokens.get(token, token)
        contract = self.w3.eth.contract(address=Web3.to_checksum_address(token),
                                        abi=load_artifact("DemoToken")["abi"])
        tx_hash = contract.functions.mint(Web3.to_checksum_address(address), amount)\
            .transact({"from": self.funded_accounts[0]})
        self.w3.eth.wait_for_transaction_receipt(tx_hash)

    def _check_open(self) -> None:
        if self._closed:
            raise SandboxError("The sandbox chain has been closed.")

    def close(self) -> None:
        """Stop using the chain and let another object or process open state_dir."""
        with self._lock:
            if not self._closed and self._buffer is None and self._recorded:
                self._record_new_blocks()
                if self._recorded > self._snapshot_at:
                    self.save_snapshot()
            self._closed = True
            if self._lockfile is not None:
                self._lockfile.close()
                self._lockfile = None

    def __enter__(self) -> PersistentSandbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _error(message: str) -> dict:
    return {"id": 0, "jsonrpc": "2.0", "error": {"code": -32601, "message": message}}


def _locked_provider(tester, sandbox: PersistentSandbox):
    """eth-tester's provider with every request locked and recorded by the sandbox."""
    from web3.providers.eth_tester import EthereumTesterProvider


    class LockedProvider(EthereumTesterProvider):
        def make_request(self, method, params):
            parent = super().make_request
            return sandbox._request(method, params, lambda: parent(method, params))

    return LockedProvider(tester)


def open_sandbox(state_dir: Path, **options) -> PersistentSandbox:
    """The sandbox chain kept in ``state_dir``: created and set up on first use, rebuilt
    from its record log afterwards. Options: clock (wall-clock function), tick_after."""
    return PersistentSandbox(state_dir, **options)
