"""The demo's downline: its bindings are signed by the accounts they name (made again here
from the public demo keys), and its sales put commissions in every state."""

import time

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data
from eth_utils import keccak

import shop.downline.schema
import shop.schema
from desktop.services.demo import DEMO_SELLER_KEY
from desktop.services.downline import _recover
from shop.book import open_book
from shop.downline import demo, ledger, tree
from shop.downline.invites import check_acceptance, invite_typed_data, join_typed_data
from shop.lots.model import DEFAULT_COMMISSION_BPS

DAY = 86400


def new_book(path):
    return open_book(path, [shop.schema.migrations, shop.downline.schema.migrations],
                     create=True)


@pytest.fixture
def db(tmp_path):
    return new_book(tmp_path / "book.db")


def demo_key(n: int) -> str:
    """Member n's key (0: the demo seller): public, like the demo seller's."""
    return DEMO_SELLER_KEY if n == 0 else "0x" + keccak(b"ziliudi demo member %d" % n).hex()


def signature(key: str, full_message: dict) -> str:
    signed = Account.from_key(key).sign_message(encode_typed_data(full_message=full_message))
    return "0x" + bytes(signed.signature).hex()


def test_the_bindings_are_the_ones_the_demo_keys_sign():
    assert demo.ROOT == Account.from_key(DEMO_SELLER_KEY).address
    accounts = [demo.ROOT]
    for n, (parent, member, invite_sig, join_sig) in enumerate(demo.MEMBERS, 1):
        assert 0 <= parent < n  # each member after its upline
        assert member == Account.from_key(demo_key(n)).address
        accounts.append(member)
    for n, acceptance in enumerate(demo.bindings(), 1):
        invite = acceptance.invite
        assert invite.upline == accounts[demo.MEMBERS[n - 1][0]]
        assert invite.signature == signature(
            demo_key(demo.MEMBERS[n - 1][0]),
            invite_typed_data(invite.upline, invite.code, invite.expiry))
        assert acceptance.signature == signature(demo_key(n), join_typed_data(
            acceptance.member, invite.upline, invite.code, acceptance.joined_at))
    check_acceptance(next(demo.bindings()), _recover)  # and the wallet's check agrees


def test_the_demo_tree_is_three_levels_deep_with_commissions_in_every_state(db, tmp_path):
    at = int(time.time())
    demo.seed_demo_downline(db, at)
    assert tree.members_below(db, demo.ROOT) == len(demo.MEMBERS) == 30
    deepest = max(len(tree.line_above(db, m[1], 10)) for m in demo.MEMBERS)
    assert deepest == 3
    sources = [r[0] for r in db.execute("SELECT source FROM downline_sales")]
    states = {ledger.state_of(db, source, at) for source in sources}
    assert states == {ledger.FROZEN, ledger.AVAILABLE, ledger.SETTLED, ledger.REVERSED}
    # Each sale splits the price by the default plan among the supplier, the upline and the
    # seller; the parts add up to the price exactly.
    for total, own, level2, level3, seller in db.execute(
            "SELECT s.total, s.own, s.level2, s.level3, a.address FROM downline_sales s"
            " JOIN downline_accounts a ON a.id = s.seller_id"):
        assert level3 == 0 and own + level2 < total
        if seller == demo.ROOT:
            assert level2 == 0
        else:
            assert level2 > 0 and level2 <= total * DEFAULT_COMMISSION_BPS[1] // 10_000
    # Seeding the same moment again gives the same book.
    again = new_book(tmp_path / "again.db")
    demo.seed_demo_downline(again, at)
    rows = "SELECT * FROM downline_sales ORDER BY source"
    assert again.execute(rows).fetchall() == db.execute(rows).fetchall()


def test_the_statements_of_the_demo_s_months_have_members_in_each_state(db):
    at = int(time.time())
    demo.seed_demo_downline(db, at)
    found = {state: set() for state in ("frozen", "available", "settled", "reversed")}
    months = {time.strftime("%Y-%m", time.gmtime(at - age * DAY)) for age in range(0, 340)}
    for month in sorted(months):
        for line in ledger.statement(db, month, at=at):
            for state, members in found.items():
                if getattr(line, state):
                    members.add(line.member)
    assert all(len(members) >= 3 for members in found.values()), found
