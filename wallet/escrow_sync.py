"""The escrow event scanner: reads the contract's logs in block chunks and hands each
batch of typed events to a sink the caller gives it.

EscrowSync.run() reads from the block after the sink's cursor up to the head less N
confirmations, one chunk per batch; each batch's events, with their block times, go
to sink.save() together with the batch's end block and its hash, which the sink
stores in one transaction with the cursor move, so a crash or a lost node keeps
every whole batch. The chunk shrinks when the node says a range is too big or
times out and grows while answers come quickly. Before each batch the cursor's
block hash is compared with the chain's: on a mismatch (a reorganisation) the
scanner steps back to the newest checkpoint still on the chain, has the sink
forget what came after it, and reads again from there. Saving the same events
again must change nothing. The typed events and their decoding are in
escrow_events; the wallet keeps no events of its own.
"""

from __future__ import annotations

import re
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, NamedTuple, Protocol

from wallet.errors import WalletError
from wallet.escrow_events import as_hex, as_hex_log, as_int, decode_events, event_specs
from wallet.networks import Chain, is_connection_error
from wallet.refusals import NodeDown


class Step(str):
    """A progress step: its English sentence, keeping the template and fields it was made
    from, so that whoever shows it translates the template and fills it, as with refusals."""

    template: str
    fields: dict

    def __new__(cls, template: str, **fields):
        step = super().__new__(cls, template.format(**fields))
        step.template, step.fields = template, fields
        return step


class _TooMuch(Exception):
    """The node refused a range as too big, or took too long over it."""


class _Moved(Exception):
    """The chain changed while a batch was read; it is checked and read again."""


class NodeLostDuringSync(NodeDown):
    """The node went away part way through a run; the batches saved before it stay."""

    def __init__(self, where: str, saved_block: int | None = None):
        self.saved_block = saved_block
        # NodeDown's sentence has no room to say what was kept, so these are whole
        # sentences of their own for translators.
        if saved_block is None:
            super(NodeDown, self).__init__(
                "Cannot reach the network node at {where} (lost while reading escrow "
                "events). Check that it is running and that this computer is online. "
                "Nothing was sent.",
                where=where,
            )
        else:
            super(NodeDown, self).__init__(
                "Cannot reach the network node at {where} (lost while reading escrow "
                "events; events up to block {block} are saved). Check that it is running "
                "and that this computer is online. Nothing was sent.",
                where=where, block=saved_block,
            )


_TOO_MUCH = re.compile(r"too many|more than|limit|exceed|too large|range|timeout|timed out",
                       re.I)


class Cursor(NamedTuple):
    """The last block whose events are all saved, and its hash (None when not known)."""

    last_block: int
    last_hash: str | None


class EventSink(Protocol):
    """Where a sync's events go: the store of one contract's events on one chain.

    save() keeps a batch's events, moves the cursor to end_block (with its hash) and
    keeps that as a checkpoint, all in one transaction; saving events it already has
    changes nothing. rewind() forgets every event after to_block and the checkpoints
    after it, and sets the cursor there, in one transaction.
    """

    def cursor(self) -> tuple[int, str | None] | None:
        """(last block, its hash) of the last saved batch, or None before the first."""

    def checkpoints(self) -> list[tuple[int, str]]:
        """(block, hash) of recent batch ends, newest first."""

    def save(self, events: list, end_block: int, end_hash: str) -> int:
        """Keep one batch; returns how many of its events were new."""

    def rewind(self, to_block: int, to_hash: str | None) -> int:
        """Forget what came after to_block; returns how many events were forgotten."""


@dataclass
class SyncResult:
    """What one run did: events saved, where it stopped, whether it rewound.

    ``events`` are the typed events read in this run, in chain order (those a rewind
    in the same run took back left out).
    """

    added: int = 0
    last_block: int = -1
    head: int = -1
    target: int = -1
    rewound_to: int | None = None
    removed: int = 0
    cancelled: bool = False
    chunk_size: int = 0
    events: list = field(default_factory=list, repr=False)

    @property
    def done(self) -> bool:
        """True when everything up to the confirmed head is saved."""
        return self.last_block >= self.target


class EscrowSync:
    """Scans one escrow contract's events into a sink (see EventSink).

    start_block: the contract's deployment block (nothing before it is read).
    confirmations: blocks to wait on top of a block before reading it (0 on the sandbox).
    parallel: how many eth_getLogs requests one batch may have in flight at once
    (a node over HTTP only); the batch is still saved in one transaction.
    """

    def __init__(self, sink: EventSink, chain: Chain, contract: str, start_block: int = 0,
                 confirmations: int = 0, chunk_size: int = 2_000, max_chunk: int = 100_000,
                 fast_seconds: float = 1.0, retries: int = 3, parallel: int = 4):
        from eth_utils import to_checksum_address

        self.sink = sink
        self.chain = chain
        self.contract = to_checksum_address(contract)
        self.start_block = start_block
        self.confirmations = confirmations
        self.chunk = max(1, chunk_size)
        self.max_chunk = max(self.chunk, max_chunk)
        self.fast_seconds = fast_seconds
        self.retries = retries
        self.specs = event_specs()
        self._raw = hasattr(chain.w3.provider, "endpoint_uri")
        self.parallel = max(1, parallel)
        self._executor = None

    # -- talking to the node ---------------------------------------------------
    def _request(self, method: str, params: list):
        w3 = self.chain.w3
        try:
            if self._raw:
                response = w3.provider.make_request(method, params)
                if response.get("error"):
                    message = str(response["error"].get("message", response["error"]))
                    if _TOO_MUCH.search(message):
                        raise _TooMuch(message)
                    raise WalletError("The node at {where} refused {method}: {message}",
                                      where=self.chain.where, method=method, message=message)
                return response.get("result")
            return self._formatted(method, params)
        except (_TooMuch, WalletError):
            raise
        except Exception as exc:
            import requests

            if isinstance(exc, requests.Timeout):
                raise _TooMuch(type(exc).__name__) from exc
            if is_connection_error(exc):
                raise NodeDown(self.chain.where, type(exc).__name__) from exc
            raise

    def _formatted(self, method: str, params: list):
        """The same calls through web3's formatters, for in-process chains; logs and
        headers come back with hex fields, as a node over HTTP gives them."""
        eth = self.chain.w3.eth
        if method == "eth_blockNumber":
            return eth.block_number
        if method in ("eth_getBlockByNumber", "eth_getBlockByHash"):
            try:
                block = eth.get_block(as_int(params[0]) if method == "eth_getBlockByNumber"
                                      else params[0])
            except Exception:
                return None
            return {"hash": as_hex(block["hash"]), "number": hex(block["number"]),
                    "timestamp": hex(block["timestamp"])}
        if method == "eth_getLogs":
            q = params[0]
            return [as_hex_log(lg) for lg in eth.get_logs({
                "fromBlock": as_int(q["fromBlock"]), "toBlock": as_int(q["toBlock"]),
                "address": q["address"]})]
        raise ValueError(method)

    def _block_hash(self, number: int) -> str | None:
        block = self._request("eth_getBlockByNumber", [hex(number), False])
        return as_hex(block["hash"]) if block else None

    def _block_time(self, block_hash: str) -> int | None:
        block = self._request("eth_getBlockByHash", [block_hash, False])
        return as_int(block["timestamp"]) if block else None

    def _logs(self, first: int, last: int) -> list:
        return self._request("eth_getLogs", [{
            "fromBlock": hex(first), "toBlock": hex(last), "address": self.contract}])

    def _times(self, logs: list) -> dict[str, int]:
        """The time of each block whose logs came without a blockTimestamp, by block hash.

        Asked by hash, so a time is that very block's even if the chain moved since; at
        once from a node over HTTP. Nodes that give blockTimestamp (anvil does) cost
        nothing here. _Moved if a block is no longer known.
        """
        hashes = list({lg["blockHash"] for lg in logs if lg.get("blockTimestamp") is None})
        if not hashes:
            return {}
        if self._raw and len(hashes) > 1:
            found = list(self._pool().map(self._block_time, hashes))
        else:
            found = [self._block_time(h) for h in hashes]
        if None in found:
            raise _Moved
        return dict(zip(hashes, found))

    @staticmethod
    def _torn(logs: list, last: int, end_hash: str) -> bool:
        """True if a log of block ``last`` is not from the block whose hash was read."""
        last_hex = hex(last)
        for lg in logs:
            number = lg["blockNumber"]
            if (number == last_hex if isinstance(number, str) else as_int(number) == last) \
                    and as_hex(lg["blockHash"]) != end_hash:
                return True
        return False

    def _parts(self, first: int, last: int) -> list[tuple[int, int]]:
        """The block ranges one batch is read in: up to ``parallel`` equal parts from a
        node over HTTP (asked at once), the whole range from an in-process chain."""
        span = last - first + 1
        n = min(self.parallel, span) if self._raw else 1
        if n <= 1:
            return [(first, last)]
        size, extra = divmod(span, n)
        parts, start = [], first
        for i in range(n):
            end = start + size + (1 if i < extra else 0) - 1
            parts.append((start, end))
            start = end + 1
        return parts

    def _read_batch(self, first: int, last: int) -> tuple[list, str]:
        """The typed events of blocks first..last, with their block times, and the hash
        of block last.

        _Moved when the chain changed while they were read. In parts, the hash of
        block ``last`` is read before the first part is asked and again after the
        last one answered: a reorganisation at or below ``last`` in between would
        change it, so equal hashes mean every part came from the same chain. The
        parts are decoded as they arrive, while the later ones are still on their way.
        """
        parts = self._parts(first, last)
        if len(parts) == 1:
            logs = self._logs(first, last)
            times = self._times(logs)
            end_hash = self._block_hash(last)
            if end_hash is None or self._torn(logs, last, end_hash):
                raise _Moved
            return decode_events(logs, self.specs, times), end_hash
        before = self._block_hash(last)
        if before is None:
            raise _Moved
        pool = self._pool()
        futures = deque(pool.submit(self._logs, a, b) for a, b in parts)
        events: list = []
        try:
            while futures:
                logs = futures[0].result()
                futures.popleft()  # a part's raw logs go once decoded, not with the batch
                events.extend(decode_events(logs, self.specs, self._times(logs)))
        finally:
            for future in futures:
                future.cancel()
        end_hash = self._block_hash(last)
        if end_hash != before or self._torn(logs, last, end_hash):
            raise _Moved
        return events, end_hash

    def _pool(self):
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=self.parallel,
                                                thread_name_prefix="escrow-sync")
        return self._executor

    def close(self) -> None:
        """Let the reader threads go (run() does this when it ends)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    # -- reorganisations -------------------------------------------------------
    def _check_fork(self, cursor: Cursor, result: SyncResult) -> Cursor:
        """The cursor, rewound to the newest checkpoint still on chain if it is not."""
        if cursor.last_hash is None or self._block_hash(cursor.last_block) == cursor.last_hash:
            return cursor
        back = Cursor(self.start_block - 1, None)
        for number, block_hash in self.sink.checkpoints():
            if number < cursor.last_block and self._block_hash(number) == block_hash:
                back = Cursor(number, block_hash)
                break
        result.removed += self.sink.rewind(back.last_block, back.last_hash)
        result.rewound_to = back.last_block
        result.events = [e for e in result.events if e.block_number <= back.last_block]
        return back

    def _saved(self) -> Cursor | None:
        saved = self.sink.cursor()
        return Cursor(*saved) if saved is not None else None

    # -- the run ---------------------------------------------------------------
    def run(self, progress: Callable[[int, int, str], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> SyncResult:
        """Read new events up to the confirmed head into the sink; returns what it did.

        progress(done, total, text) is called after each batch with blocks read
        so far and blocks to read in this run; text is a Step. When cancelled() returns True the
        run stops before the next batch. NodeDown when the node is lost; every
        batch saved before that stays, with its cursor.
        """
        self.chain.require_ready()
        head = as_int(self._request("eth_blockNumber", []))
        target = head - self.confirmations
        cursor = self._saved() or Cursor(self.start_block - 1, None)
        result = SyncResult(head=head, target=target, last_block=cursor.last_block)
        cursor = self._check_fork(cursor, result)
        try:
            return self._scan(cursor, target, result, progress, cancelled)
        except NodeDown as exc:
            saved = self._saved()
            raise NodeLostDuringSync(self.chain.where,
                                     saved.last_block if saved else None) from exc
        finally:
            self.close()

    def _scan(self, cursor, target, result, progress, cancelled) -> SyncResult:
        begin = cursor.last_block
        total = max(0, target - begin)
        if progress:
            progress(0, total, Step("Reading escrow events"))
        timeouts, checked = 0, True
        while cursor.last_block < target:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            first = cursor.last_block + 1
            last = min(first + self.chunk - 1, target)
            started = time.monotonic()
            try:
                if not checked:
                    cursor, checked = self._check_fork(cursor, result), True
                    if cursor.last_block + 1 != first:
                        continue
                events, end_hash = self._read_batch(first, last)
            except _TooMuch:
                if self.chunk == 1:
                    timeouts += 1
                    if timeouts > self.retries:
                        raise NodeDown(self.chain.where, "it keeps timing out") from None
                self.chunk = max(1, (last - first + 1) // 2)
                continue
            except _Moved:
                checked = False  # the chain moved under this batch: check, read it again
                continue
            result.added += self.sink.save(events, last, end_hash)
            result.events.extend(events)
            cursor, checked = Cursor(last, end_hash), False
            timeouts = 0
            if time.monotonic() - started < self.fast_seconds and last - first + 1 == self.chunk:
                self.chunk = min(self.chunk * 2, self.max_chunk)
            if progress:
                progress(min(total, last - begin), total,
                         Step("Read blocks up to {last} of {target}", last=last, target=target))
        result.last_block = cursor.last_block
        result.chunk_size = self.chunk
        return result
