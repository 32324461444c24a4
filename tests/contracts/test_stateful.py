"""Random sequences of every escrow action and time jumps against a Python model.

Each action is tried whether or not the model thinks it is allowed: allowed ones
must succeed and move the money the model predicts, refused ones must revert.
After every step the contract holds exactly what the open escrows owe; at the
end, with every deadline passed and everything claimable claimed, every escrow
is closed, the contract holds nothing and every party has what it is owed.

Two offers are in a token that can block transfers to an address (like USDT's
blacklist), and parties are blocked and unblocked at random: a payout to a
blocked party is credited to it instead, and it withdraws the credit once
unblocked. So "what the contract holds" of a token is what the open escrows in
that token owe plus the credits in it not yet withdrawn, counted token by token,
and the paths anyone may call must close every escrow at the end whoever is
blocked. Payees share the seller's part of the price on every close, so they are
paid (or credited) by settlements and rulings too.
"""

from collections import Counter

from eth_utils import keccak

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from tests.contracts.chain import Chain
from wallet.escrow_types import Payee

DAY = 86400
CALLERS = ("buyer", "buyer2", "seller", "arbitrator", "other")
# "right" stands for whoever may act, so that random runs get past the first
# step often enough while still trying every wrong caller.
WHO = st.sampled_from(["right"] * 10 + list(CALLERS))
OPEN = ("Funded", "Accepted", "Shipped", "Disputed")
PAID = ("buyer", "buyer2", "seller", "arbitrator", "supplier", "upline")
TAGS = ("block", "nobool")
#: The token of each offer, by its place in the list.
OFFER_TAGS = ("block", "nobool", "block")

_world = {}


def _setup():
    if not _world:
        c = Chain()
        c.tokens["block"] = c.deploy("test/BlockingToken")
        c.errors[keccak(text="Blocked(address)")[:4]] = "Blocked"
        for tag in TAGS:
            for p in (c.buyer, c.buyer2, c.seller):
                c.mint(p, 10**15, tag)
        offers = [
            c.offer("block", max_quantity=20, expiry=c.now() + 400 * DAY),
            c.offer("nobool", price=7_000_000, bond=0, max_quantity=6, accept_window=DAY,
                    ship_window=DAY, confirm_window=2 * DAY, arbitration_window=DAY,
                    arbitrator_fee=1_000_000, expiry=c.now() + 10 * DAY,
                    payees=(Payee(c.supplier.address, 6_000_000),)),
            # Terms at the bounds: bond as large as the price, the largest fee, payees
            # taking the whole price, the shortest windows.
            c.offer("block", price=5_000_003, bond=5_000_003, max_quantity=8, accept_window=DAY,
                    ship_window=DAY, confirm_window=DAY, arbitration_window=DAY,
                    arbitrator_fee=1_000_000, expiry=c.now() + 400 * DAY,
                    payees=(Payee(c.upline.address, 1_000_001),
                            Payee(c.supplier.address, 4_000_002))),
        ]
        sigs = [c.sign(o) for o in offers]
        balances = {(r, t): c.balance(getattr(c, r), t) for r in c.parties for t in TAGS}
        _world.update(chain=c, offers=offers, sigs=sigs, balances=balances,
                      snapshot=c.tester.take_snapshot())
    return _world


class EscrowMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        w = _setup()
        self.c: Chain = w["chain"]
        self.c.tester.revert_to_snapshot(w["snapshot"])
        self.offers, self.sigs = w["offers"], w["sigs"]
        self.tags = list(OFFER_TAGS)
        self.escrows: list[dict] = []
        self.used = [0] * len(self.offers)
        self.revoked = [False] * len(self.offers)
        self.delta = Counter()  # (role, tag) -> expected balance change
        self.blocked: set[str] = set()  # roles the blocking token refuses to pay
        self.credit = Counter()  # (role, tag) -> credit not yet withdrawn

    # ---------------------------------------------------------------- helpers

    def _attempt(self, fn, caller: str, ok: bool):
        sender = getattr(self.c, caller)
        if ok:
            return self.c.send(fn, sender)
        assert self.c.revert_reason(fn, sender) is not None, f"{fn.fn_name} should revert"
        return None

    def _pick(self, i: int, *states: str) -> dict:
        # Mostly one in a state the action works in, else any: wrong states
        # must be refused too, but only ever refusing would explore nothing.
        if isinstance(i, dict):  # an escrow chosen by the progress rule
            return i
        fitting = [e for e in self.escrows if e["state"] in states]
        pool = fitting if fitting and i % 4 else self.escrows
        return pool[i // 4 % len(pool)]

    @staticmethod
    def _who(caller: str, right: str) -> str:
        return right if caller == "right" else caller

    def _held(self, e: dict) -> int:
        o = self.offers[e["offer"]]
        if e["state"] == "Funded":
            return o.price * e["qty"]
        return (o.price + o.bond) * e["qty"] if e["state"] in OPEN else 0

    def _pay(self, role: str, e: dict, amount: int):
        tag = self.tags[e["offer"]]
        if amount > 0 and tag == "block" and role in self.blocked:
            self.credit[(role, tag)] += amount  # the token refuses it: credited, not paid
        else:
            self.delta[(role, tag)] += amount

    def _pay_seller(self, e: dict, amount: int):
        """Pays what goes to the seller's side: of what exceeds the bond held (the
        seller's part of the price), each payee gets that fraction of its amount,
        rounded down; the seller the rest."""
        o, q = self.offers[e["offer"]], e["qty"]
        bond = 0 if e["state"] == "Funded" else o.bond * q
        sale = max(0, amount - bond)
        for p in o.payees:
            role = "supplier" if p.account == self.c.supplier.address else "upline"
            share = p.amount * q * sale // (o.price * q)
            self._pay(role, e, share)
            amount -= share
        self._pay("seller", e, amount)

    def _close(self, e: dict, state: str):
        e["state"] = state
        self._check(e)

    def _check(self, e: dict):
        view = self.c.get(e["id"])
        # The contract keeps no record of a closed escrow: how it closed is in its events.
        assert view["state"] == (e["state"] if e["state"] in OPEN else "Closed")
        assert view["held"] == self._held(e)
        if e["state"] in OPEN:
            assert view["deadline"] == e["deadline"]

    def _move(self, e: dict, state: str, window: str):
        e["state"] = state
        e["deadline"] = self._last_time() + getattr(self.offers[e["offer"]], window)
        self._check(e)

    def _last_time(self) -> int:
        return self.c.w3.eth.get_block("latest")["timestamp"]

    def _complete(self, e: dict):
        o = self.offers[e["offer"]]
        self._pay_seller(e, (o.price + o.bond) * e["qty"])
        self._close(e, "Completed")

    def _unaccepted(self, e: dict):
        self.used[e["offer"]] -= e["qty"]
        self._pay(e["buyer"], e, self.offers[e["offer"]].price * e["qty"])
        self._close(e, "Refunded")

    # ---------------------------------------------------------------- rules

    @rule(k=st.integers(0, len(OFFER_TAGS) - 1), qty=st.integers(1, 3),
          buyer=st.sampled_from(["buyer", "buyer2"]), by_index=st.booleans())
    def fund(self, k, qty, buyer, by_index):
        o, now = self.offers[k], self.c.now()
        ok = now < o.expiry and not self.revoked[k] and self.used[k] + qty <= o.max_quantity
        index = self.c.view(self.c.escrow.functions.offerIndex(self.c.offer_id(o)))
        if by_index and index:
            # A stored offer named by its index, as the wallet's client funds it.
            fn = self.c.escrow.functions.fundOffer(index, qty, b"note")
        else:
            fn = self.c.escrow.functions.fund(o.as_abi(), self.sigs[k], qty, b"note")
        receipt = self._attempt(fn, buyer, ok)
        if receipt:
            self.used[k] += qty
            [funded] = self.c.events(receipt, "Funded")
            e = dict(id=funded["args"]["id"], offer=k, qty=qty, buyer=buyer, state="Funded")
            self.escrows.append(e)
            self._pay(buyer, e, -o.price * qty)
            self._move(e, "Funded", "accept_window")

    @rule()
    def revoke(self):
        # Only the second offer, so that the first stays fundable all run long.
        self.c.send(self.c.escrow.functions.revokeOffer(self.c.offer_id(self.offers[1])), self.c.seller)
        self.revoked[1] = True

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO, anyone=st.booleans())
    def cancel_or_refund(self, i, caller, anyone):
        e = self._pick(i, "Funded")
        caller = self._who(caller, e["buyer"])
        f = self.c.escrow.functions
        if anyone:
            ok = e["state"] == "Funded" and self.c.now() >= e["deadline"]
            done = self._attempt(f.refund(e["id"]), caller, ok)
        else:
            ok = e["state"] == "Funded" and caller == e["buyer"]
            done = self._attempt(f.cancel(e["id"]), caller, ok)
        if done:
            self._unaccepted(e)

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO)
    def decline(self, i, caller):
        e = self._pick(i, "Funded")
        caller = self._who(caller, "seller")
        ok = e["state"] == "Funded" and caller == "seller"
        if self._attempt(self.c.escrow.functions.decline(e["id"]), caller, ok):
            self._unaccepted(e)

    @precondition(lambda self: self.escrows)
    @rule(picks=st.lists(st.integers(0, 99), min_size=1, max_size=3), caller=WHO)
    def accept(self, picks, caller):
        es = [self._pick(i, "Funded") for i in picks]
        caller = self._who(caller, "seller")
        now = self.c.now()
        ok = (caller == "seller" and len({e["id"] for e in es}) == len(es)
              and all(e["state"] == "Funded" and now < e["deadline"] for e in es))
        f = self.c.escrow.functions
        fn = f.accept(es[0]["id"]) if len(es) == 1 else f.acceptMany([e["id"] for e in es])
        if self._attempt(fn, caller, ok):
            for e in es:
                self._pay("seller", e, -self.offers[e["offer"]].bond * e["qty"])
                self._move(e, "Accepted", "ship_window")

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO)
    def ship(self, i, caller):
        e = self._pick(i, "Accepted")
        caller = self._who(caller, "seller")
        ok = e["state"] == "Accepted" and caller == "seller" and self.c.now() < e["deadline"]
        if self._attempt(self.c.escrow.functions.markShipped(e["id"], b"\x07" * 32), caller, ok):
            self._move(e, "Shipped", "confirm_window")

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO)
    def confirm(self, i, caller):
        e = self._pick(i, "Accepted", "Shipped", "Disputed")
        caller = self._who(caller, e["buyer"])
        ok = e["state"] in ("Accepted", "Shipped", "Disputed") and caller == e["buyer"]
        if self._attempt(self.c.escrow.functions.confirm(e["id"]), caller, ok):
            self._complete(e)

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO)
    def claim(self, i, caller):
        e = self._pick(i, "Shipped")
        caller = self._who(caller, "other")
        ok = e["state"] == "Shipped" and self.c.now() >= e["deadline"]
        if self._attempt(self.c.escrow.functions.claim(e["id"]), caller, ok):
            self._complete(e)

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO)
    def reclaim(self, i, caller):
        e = self._pick(i, "Accepted")
        caller = self._who(caller, e["buyer"])
        ok = e["state"] == "Accepted" and self.c.now() >= e["deadline"]
        if self._attempt(self.c.escrow.functions.reclaim(e["id"]), caller, ok):
            o = self.offers[e["offer"]]
            self._pay(e["buyer"], e, (o.price + o.bond) * e["qty"])
            self._close(e, "Refunded")

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO)
    def dispute(self, i, caller):
        e = self._pick(i, "Accepted", "Shipped")
        caller = self._who(caller, e["buyer"])
        ok = (e["state"] in ("Accepted", "Shipped") and caller in (e["buyer"], "seller")
              and self.c.now() < e["deadline"])
        if self._attempt(self.c.escrow.functions.dispute(e["id"], b""), caller, ok):
            e["shipped"] = e["state"] == "Shipped"
            self._move(e, "Disputed", "arbitration_window")

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO, share=st.floats(0, 1), exact=st.booleans())
    def rule_split(self, i, caller, share, exact):
        e = self._pick(i, "Disputed")
        caller = self._who(caller, "arbitrator")
        o = self.offers[e["offer"]]
        pool = (o.price + o.bond) * e["qty"] - o.arbitrator_fee
        to_buyer = int(pool * share)
        to_seller = pool - to_buyer + (0 if exact else 1)
        ok = (e["state"] == "Disputed" and caller == "arbitrator" and exact
              and self.c.now() < e["deadline"])
        if self._attempt(self.c.escrow.functions.rule(e["id"], to_buyer, to_seller), caller, ok):
            self._pay(e["buyer"], e, to_buyer)
            self._pay_seller(e, to_seller)
            self._pay("arbitrator", e, o.arbitrator_fee)
            self._close(e, "Resolved")

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), caller=WHO)
    def timeout_dispute(self, i, caller):
        e = self._pick(i, "Disputed")
        caller = self._who(caller, "other")
        ok = e["state"] == "Disputed" and self.c.now() >= e["deadline"]
        if self._attempt(self.c.escrow.functions.timeoutDispute(e["id"]), caller, ok):
            self._timed_out(e)

    def _timed_out(self, e: dict):
        """A silent arbitrator: before shipment a reclaim, after it price back and bond kept."""
        o, q = self.offers[e["offer"]], e["qty"]
        if e["shipped"]:
            self._pay(e["buyer"], e, o.price * q)
            self._pay_seller(e, o.bond * q)
            self._close(e, "Resolved")
        else:
            self._pay(e["buyer"], e, (o.price + o.bond) * q)
            self._close(e, "Refunded")

    @precondition(lambda self: self.escrows)
    @rule(i=st.integers(0, 99), share=st.floats(0, 1), stale=st.booleans(), void_first=st.booleans())
    def settle(self, i, share, stale, void_first):
        e = self._pick(i, *OPEN)
        is_open = e["state"] in OPEN
        nonce = e.setdefault("nonce", 0)
        if void_first:
            if self._attempt(self.c.escrow.functions.voidSettlements(e["id"]), e["buyer"], is_open):
                e["nonce"] = nonce = nonce + 1
        held = self._held(e)
        to_buyer = int(held * share)
        sign_nonce = nonce - 1 if stale and nonce else nonce
        buyer = getattr(self.c, e["buyer"])
        sigs = self.c.settle_sigs(e["id"], to_buyer, held - to_buyer, sign_nonce, buyer=buyer)
        ok = is_open and sign_nonce == nonce
        fn = self.c.escrow.functions.settle(e["id"], to_buyer, held - to_buyer, *sigs)
        if self._attempt(fn, "other", ok):
            self._pay(e["buyer"], e, to_buyer)
            self._pay_seller(e, held - to_buyer)
            self._close(e, "Resolved")

    @precondition(lambda self: any(e["state"] in OPEN for e in self.escrows))
    @rule(i=st.integers(0, 99), share=st.floats(0, 1))
    def progress(self, i, share):
        """The next step of the main road for an open escrow, by the right party."""
        open_ = [e for e in self.escrows if e["state"] in OPEN]
        e = open_[i % len(open_)]
        if e["state"] == "Funded":
            self.accept([e], "right")
        elif e["state"] == "Accepted":
            self.ship(e, "right")
        elif e["state"] == "Shipped":
            self.confirm(e, "right")
        else:
            self.rule_split(e, "right", share, True)

    @initialize(roles=st.sets(st.sampled_from(PAID)))
    def block_some(self, roles):
        """Start with some parties blocked, so payouts are credited often enough."""
        for role in sorted(roles):
            self.block(role, True)

    @rule(role=st.sampled_from(PAID), on=st.booleans())
    def block(self, role, on):
        token = self.c.tokens["block"].functions
        party = getattr(self.c, role).address
        self.c.send(token.block(party) if on else token.unblock(party), self.c.deployer)
        (self.blocked.add if on else self.blocked.discard)(role)

    @rule(role=st.sampled_from(PAID), tag=st.sampled_from(TAGS))
    def withdraw(self, role, tag):
        amount = self.credit[(role, tag)]
        ok = amount > 0 and role not in self.blocked
        if self._attempt(self.c.escrow.functions.withdraw(self.c.tokens[tag].address), role, ok):
            self.delta[(role, tag)] += amount
            self.credit[(role, tag)] = 0
        assert self.c.credit(getattr(self.c, role), tag) == self.credit[(role, tag)]

    @rule(step=st.sampled_from([1, 59, 3600, DAY, 3 * DAY]) | st.integers(1, 3 * DAY))
    def wait(self, step):
        self.c.at(self.c.now() + step)

    @precondition(lambda self: any(e["state"] in OPEN for e in self.escrows))
    @rule(i=st.integers(0, 99), offset=st.sampled_from([-1, 0]))
    def edge_of_deadline(self, i, offset):
        """Jump to one second before, or exactly at, an escrow's deadline and try
        the action that must come before it and the one that must come after."""
        open_ = [e for e in self.escrows if e["state"] in OPEN]
        e = open_[i % len(open_)]
        target = e["deadline"] + offset
        if target < self.c.now():
            return
        self.c.at(target)
        before, after = {
            "Funded": (lambda: self.accept([e], "right"), lambda: self.cancel_or_refund(e, "other", True)),
            "Accepted": (lambda: self.ship(e, "right"), lambda: self.reclaim(e, "other")),
            "Shipped": (lambda: self.dispute(e, "right"), lambda: self.claim(e, "other")),
            "Disputed": (lambda: self.rule_split(e, "right", 0.5, True), lambda: self.timeout_dispute(e, "other")),
        }[e["state"]]
        # The one expected to fail goes first, so both edges are checked.
        for attempt in ((after, before) if offset < 0 else (before, after)):
            attempt()

    # ---------------------------------------------------------------- invariants

    def _credited(self, tag: str) -> int:
        return sum(amount for (_role, t), amount in self.credit.items() if t == tag)

    @invariant()
    def contract_holds_what_open_escrows_owe_plus_credits(self):
        # Token by token: the escrows of every offer in a token and the credits in it.
        for tag in TAGS:
            owed = sum(self._held(e) for e in self.escrows if self.tags[e["offer"]] == tag)
            assert self.c.balance(self.c.escrow.address, tag) == owed + self._credited(tag), tag

    @invariant()
    def credits_as_the_model_expects(self):
        for role in PAID:
            for tag in TAGS:
                assert self.c.credit(getattr(self.c, role), tag) == self.credit[(role, tag)], role

    def teardown(self):
        c = self.c
        f = c.escrow.functions
        c.at(c.now() + 200 * DAY)
        closers = {"Funded": f.refund, "Accepted": f.reclaim, "Shipped": f.claim, "Disputed": f.timeoutDispute}
        # Whoever is blocked, the paths anyone may call close every escrow.
        for e in self.escrows:
            if e["state"] in OPEN:
                state = e["state"]
                c.send(closers[state](e["id"]), c.other)
                self._account_timeout(e, state)
        assert c.owed("block") == 0 and c.owed("nobool") == 0
        # What is left are the blocked parties' credits, which they withdraw once unblocked.
        for tag in TAGS:
            assert c.conserved(tag) == self._credited(tag)
        for role in PAID:
            if role in self.blocked:
                self.block(role, False)
            for tag in TAGS:
                if self.credit[(role, tag)]:
                    self.withdraw(role, tag)
        for tag in TAGS:
            assert c.balance(c.escrow.address, tag) == 0
        start = _world["balances"]
        for (role, tag), value in start.items():
            assert c.balance(getattr(c, role), tag) == value + self.delta[(role, tag)], (role, tag)

    def _account_timeout(self, e: dict, state: str):
        o, q = self.offers[e["offer"]], e["qty"]
        if state == "Funded":
            self._pay(e["buyer"], e, o.price * q)
            self._close(e, "Refunded")
        elif state == "Accepted":
            self._pay(e["buyer"], e, (o.price + o.bond) * q)
            self._close(e, "Refunded")
        elif state == "Shipped":
            self._complete(e)
        else:
            self._timed_out(e)


EscrowMachine.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestEscrowMachine = EscrowMachine.TestCase
