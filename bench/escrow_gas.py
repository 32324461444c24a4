"""Gas of the escrow's paths next to a bare contract doing the same four token moves.

`python -m bench escrow_gas`: on the in-process EVM, deploys the Escrow and
bench/BareEscrow.sol (compiled here with solcjs through node), runs every path
through the wallet's escrow client and journal, and prints gas per step and
per path. Approvals are counted apart. The final JSON line is the happy path
(fund + accept + markShipped + confirm) on an offer already funded once, next
to the bare contract; the first funding of an offer also stores its terms and
payees, and is shown in the table and the JSON as first_use_ratio.

The happy path is the real one: two payees (the supplier and the seller's
upline, as the default commission plan has it), a 64-byte encrypted delivery
note and the carrier and tracking number sealed as the app ships them (57 bytes). The table also shows it without payees and note (no_payees_ratio), with
payees but no note, and what a storefront page pays to fund a reused offer by
sending the whole signed offer (fund) instead of its index (fundOffer, which the
wallet's client uses once an offer is stored). The settlement and the ruling split
the pot so that the seller keeps part of the price, which its payees share; their
totals are in the JSON as settle_path and rule_path.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from bench._report import report
from shop.storefront import notes, tracking
from wallet.contract_artifacts import load_artifact
from wallet.escrow_client import EscrowClient
from wallet.escrow_types import Offer, Payee, Settlement
from wallet.journal import Journal
from wallet.networks import Chain, Network, Sandbox
from wallet.schema import migrations
from wallet.signer import UnlockedSigner

ROOT = Path(__file__).resolve().parents[1]
BARE = Path(__file__).with_name("BareEscrow.sol")
_COMPILE_JS = r"""
const solc = require("solc");
const fs = require("fs");
const input = {language: "Solidity",
  sources: {"BareEscrow.sol": {content: fs.readFileSync(process.argv[1], "utf8")}},
  settings: {evmVersion: "cancun", optimizer: {enabled: true, runs: 1000},
    outputSelection: {"*": {"*": ["abi", "evm.bytecode.object"]}}}};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
const errors = (out.errors || []).filter(e => e.severity === "error");
if (errors.length) { console.error(JSON.stringify(errors)); process.exit(1); }
const c = out.contracts["BareEscrow.sol"].BareEscrow;
console.log(JSON.stringify({abi: c.abi, bytecode: "0x" + c.evm.bytecode.object}));
"""


def compile_bare() -> dict:
    """ABI and bytecode of BareEscrow.sol, compiled with the project's pinned solcjs."""
    done = subprocess.run(["node", "-e", _COMPILE_JS, str(BARE)], cwd=ROOT / "contracts",
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


class Bench:
    """Escrow + DemoUSD on a sandbox, with the client on a throwaway book."""

    def __init__(self):
        import sqlite_utils
        from eth_account import Account

        self.tmp = tempfile.TemporaryDirectory()
        db = sqlite_utils.Database(Path(self.tmp.name) / "book.db")
        migrations.apply(db)
        self.sandbox = Sandbox()
        self.w3 = self.sandbox.w3
        keys = self.sandbox.tester.backend.account_keys
        roles = ("deployer", "seller", "buyer", "arbitrator", "supplier", "upline", "other")
        self.p = {r: UnlockedSigner(Account.from_key(k.to_bytes()), 10**9)
                  for r, k in zip(roles, keys)}
        net = Network(0, "Sandbox", "sandbox", None, self.sandbox.chain_id, None, None,
                      None, None)
        self.chain = Chain(net, self.w3, "the sandbox")
        self.journal = Journal(db)
        self.store_key = notes.new_key_pair()[0]
        self.client = EscrowClient.deploy(self.chain, self.journal, self.p["deployer"])
        art = load_artifact("DemoUSD")
        self.token = self.w3.eth.contract(address=self.sandbox.deploy_artifact(art),
                                          abi=art["abi"])
        deployer = self.sandbox.funded_accounts[0]
        for role in ("buyer", "seller"):
            who = self.p[role].address
            self.token.functions.mint(who, 10**15).transact({"from": deployer})
            self.token.functions.approve(self.client.address, 2**256 - 1).transact(
                {"from": who})

    def gas(self, entry) -> int:
        return int(self.w3.eth.get_transaction_receipt(entry.tx_hash)["gasUsed"])

    def now(self) -> int:
        return int(self.w3.eth.get_block("latest")["timestamp"])

    def offer(self, payees: bool = True):
        p = self.p
        offer = Offer(seller=p["seller"].address, token=self.token.address,
                      price=100_000_000, max_quantity=1000, expiry=self.now() + 86400 * 30,
                      arbitrator=p["arbitrator"].address, arbitrator_fee=5_000_000,
                      payees=(Payee(p["supplier"].address, 60_000_000),
                              Payee(p["upline"].address, 8_000_000)) if payees else ())
        return offer, self.client.sign_offer(p["seller"], offer)

    def fund(self, offer, sig, ref, note=b"\x01" * 64):
        f = self.client.fund(self.p["buyer"], offer, sig, 1, note=note, ref=ref)
        return f.escrow_id, self.gas(f.entry)


def _sealed_tracking(b: Bench, eid: int) -> bytes:
    """A carrier and tracking number as the seller's app seals them (57 bytes here)."""
    return tracking.seal("顺丰速运", "SF1234567890123", b.store_key, None,
                         tracking.place(b.sandbox.chain_id, b.client.address, eid))


def _happy(b: Bench, offer, sig, ref, **kw) -> dict:
    c, p = b.client, b.p
    eid, fund = b.fund(offer, sig, ref, **kw)
    accept = b.gas(c.accept(p["seller"], eid))
    ship = b.gas(c.mark_shipped(p["seller"], eid, _sealed_tracking(b, eid)))
    confirm = b.gas(c.confirm(p["buyer"], eid))
    return {"fund": fund, "accept": accept, "markShipped": ship, "confirm": confirm}


def _page_fund(b: Bench, offer, sig) -> int:
    """Gas of fund() with the whole signed offer, as the storefront page sends it, on an
    offer already stored (the contract finds it by its hash)."""
    fn = b.client.contract.functions.fund(offer.as_abi(), sig, 1, b"\x01" * 64)
    tx = fn.transact({"from": b.p["buyer"].address})
    return int(b.w3.eth.get_transaction_receipt(tx)["gasUsed"])


def _bare_happy(b: Bench, art: dict) -> dict:
    deployer = b.sandbox.funded_accounts[0]
    address = b.sandbox.deploy(art["abi"], art["bytecode"], b.token.address, sender=deployer)
    bare = b.w3.eth.contract(address=address, abi=art["abi"])
    buyer, seller = b.p["buyer"].address, b.p["seller"].address
    for who in (buyer, seller):
        b.token.functions.approve(address, 2**256 - 1).transact({"from": who})
    out = {}
    for step, fn, who in (("fund", bare.functions.fund(7, seller, 100_000_000), buyer),
                          ("accept", bare.functions.accept(7), seller),
                          ("markShipped", bare.functions.markShipped(7), seller),
                          ("confirm", bare.functions.confirm(7), buyer)):
        tx = fn.transact({"from": who})
        out[step] = int(b.w3.eth.get_transaction_receipt(tx)["gasUsed"])
    return out


def _other_paths(b: Bench, offer, sig) -> dict:
    c, p = b.client, b.p
    paths = {}
    eid, fund = b.fund(offer, sig, "reclaim")
    accept = b.gas(c.accept(p["seller"], eid))
    b.sandbox.tester.time_travel(b.now() + offer.ship_window + 1)
    paths["ship-deadline reclaim"] = {"fund": fund, "accept": accept,
                                      "reclaim": b.gas(c.reclaim(p["other"], eid))}
    eid, fund = b.fund(offer, sig, "settle")
    accept = b.gas(c.accept(p["seller"], eid))
    held = c.read(eid).held
    s = Settlement(eid, held // 2, held - held // 2, 0)
    settle = b.gas(c.settle(p["other"], s, c.sign_settlement(p["buyer"], s),
                            c.sign_settlement(p["seller"], s)))
    paths["mutual settlement"] = {"fund": fund, "accept": accept, "settle": settle}
    eid, fund = b.fund(offer, sig, "dispute")
    accept = b.gas(c.accept(p["seller"], eid))
    dispute = b.gas(c.dispute(p["buyer"], eid))
    pot = c.read(eid).held - offer.arbitrator_fee
    rule = b.gas(c.rule(p["arbitrator"], eid, pot // 2, pot - pot // 2))
    paths["dispute + ruling"] = {"fund": fund, "accept": accept, "dispute": dispute,
                                 "rule": rule}
    # As the pages send them: a statement of some 60 Chinese characters, sealed (274 bytes),
    # from each side.
    eid, fund = b.fund(offer, sig, "statements")
    accept = b.gas(c.accept(p["seller"], eid))
    said = b.gas(c.dispute(p["buyer"], eid, bytes(range(256)) + bytes(18)))
    added = b.gas(c.add_statement(p["seller"], eid, bytes(18) + bytes(range(256))))
    paths["dispute with statements"] = {"fund": fund, "accept": accept, "dispute": said,
                                        "addStatement": added}
    ids = [b.fund(offer, sig, f"many{i}")[0] for i in range(50)]
    many = b.gas(c.accept_many(p["seller"], ids))
    paths["acceptMany x50 (per escrow)"] = {"acceptMany/50": many // 50}
    return paths


def _table(rows: dict[str, dict]) -> None:
    for name, steps in rows.items():
        cells = "  ".join(f"{k} {v:>7,}" for k, v in steps.items())
        print(f"{name:<32} {sum(steps.values()):>9,}   {cells}")


def main() -> int:
    art = compile_bare()
    b = Bench()
    offer, sig = b.offer()
    first = _happy(b, offer, sig, "first")
    reused = _happy(b, offer, sig, "again")
    no_note = _happy(b, offer, sig, "no-note", note=b"")
    lean_offer, lean_sig = b.offer(payees=False)
    _happy(b, lean_offer, lean_sig, "lean-first", note=b"")
    lean = _happy(b, lean_offer, lean_sig, "lean", note=b"")
    bare = _bare_happy(b, art)
    print(f"{'path':<32} {'gas':>9}   steps (approvals not counted)")
    _table({"happy path, first use of offer": first, "happy path, offer reused": reused,
            "reused, payees, empty note": no_note,
            "reused, no payees, empty note": lean,
            "bare contract, same four steps": bare})
    others = _other_paths(b, offer, sig)
    _table(others)
    # Last: it leaves an escrow open, so the contract's token balance is no longer
    # zero before a funding (which makes every later funding 17,100 gas cheaper).
    _table({"fund() by whole offer, as a page": {"fund": _page_fund(b, offer, sig)}})
    ours, floor = sum(reused.values()), sum(bare.values())
    report("escrow_gas", ours, floor, unit="gas", goal=1.3,
           first_use=sum(first.values()),
           first_use_ratio=round(sum(first.values()) / floor, 3),
           no_payees_ratio=round(sum(lean.values()) / floor, 3),
           no_note_ratio=round(sum(no_note.values()) / floor, 3),
           settle_path=sum(others["mutual settlement"].values()),
           rule_path=sum(others["dispute + ruling"].values()),
           dispute=others["dispute + ruling"]["dispute"],
           dispute_with_statement=others["dispute with statements"]["dispute"],
           add_statement=others["dispute with statements"]["addStatement"],
           steps={k: [reused[k], bare[k]] for k in reused})
    return 0
