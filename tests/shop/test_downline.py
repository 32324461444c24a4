"""Invites, the tree, the lawful plan, customer binding and the unit split."""

import base64
import json

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data
from hypothesis import given
from hypothesis import strategies as st

import shop.downline.schema
import shop.schema
from shop.downline import (errors as downline_errors, invites as downline_invites,
                           plan as downline_plan, split as downline_split, tree as downline_tree)
from shop.book import open_book
from shop.lots.lots import create_lot
from shop.lots.model import THREE_LEVELS_WARNING

NOW = 1_780_000_000
DAY = 86400


def sign_with(account):
    def sign(full_message):
        return "0x" + bytes(account.sign_message(encode_typed_data(full_message=full_message))
                            .signature).hex()
    return sign


def recover(full_message, signature):
    return Account.recover_message(encode_typed_data(full_message=full_message),
                                   signature=signature)


@pytest.fixture
def db(tmp_path):
    return open_book(tmp_path / "book.db",
                     [shop.schema.migrations, shop.downline.schema.migrations], create=True)


def join(db, upline, member, *, at=NOW, via=None):
    """`member` joins `upline` through a fresh invite; the acceptance, recorded in db."""
    invite = downline_invites.new_invite(upline.address, sign=sign_with(upline), at=at, via=via)
    read = downline_invites.read_invite(invite.text, recover=recover, at=at + 60)
    acceptance = downline_invites.accept(read, member.address, sign=sign_with(member), at=at + 60)
    downline_tree.record(db, downline_invites.read_acceptance(acceptance.text, recover=recover), at=at + 60)
    return acceptance


def repack(text, prefix, change):
    body = text[len(prefix):]
    doc = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    change(doc)
    raw = json.dumps(doc).encode()
    return prefix + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def test_an_invite_round_trips_as_text_and_link():
    upline = Account.create()
    invite = downline_invites.new_invite(upline.address, sign=sign_with(upline), at=NOW, days=3)
    assert invite.expiry == NOW + 3 * DAY
    for text in (invite.text, invite.link, "  " + invite.text[:20] + "\n" + invite.text[20:]):
        read = downline_invites.read_invite(text, recover=recover, at=NOW + 1)
        assert (read.upline, read.code, read.expiry) == (upline.address, invite.code,
                                                         invite.expiry)


def test_tampered_forged_damaged_and_expired_invites_are_refused():
    upline, other = Account.create(), Account.create()
    invite = downline_invites.new_invite(upline.address, sign=sign_with(upline), at=NOW)
    longer = repack(invite.text, "ZLD-INVITE-", lambda d: d.update(expiry=d["expiry"] + DAY))
    with pytest.raises(downline_errors.InviteTampered, match="not signed by"):
        downline_invites.read_invite(longer, recover=recover, at=NOW)
    forged = downline_invites.new_invite(upline.address, sign=sign_with(other), at=NOW)
    with pytest.raises(downline_errors.InviteTampered):
        downline_invites.read_invite(forged.text, recover=recover, at=NOW)
    with pytest.raises(downline_errors.InviteDamaged):
        downline_invites.read_invite(invite.text[:-9], recover=recover, at=NOW)
    with pytest.raises(downline_errors.InviteDamaged):
        downline_invites.read_invite("hello", recover=recover, at=NOW)
    with pytest.raises(downline_errors.InviteExpired, match="expired"):
        downline_invites.read_invite(invite.text, recover=recover, at=invite.expiry)


def test_a_member_is_bound_once_and_the_upline_learns_of_it(db, tmp_path):
    a, b, c = Account.create(), Account.create(), Account.create()
    acceptance = join(db, a, b)
    assert downline_tree.upline_of(db, b.address) == a.address
    # The upline's own book learns the same binding from the acceptance alone.
    upline_db = open_book(tmp_path / "upline.db",
                          [shop.schema.migrations, shop.downline.schema.migrations],
                          create=True)
    assert downline_tree.accept_for(upline_db, downline_invites.read_acceptance(acceptance.text, recover=recover),
                         [a.address], at=NOW + 100)
    assert [m.member for m in downline_tree.subtree(upline_db, a.address)] == [b.address]
    assert not downline_tree.accept_for(upline_db, acceptance, [a.address])  # again: nothing new
    with pytest.raises(downline_errors.DownlineError, match="not an account of this profile"):
        downline_tree.accept_for(upline_db, acceptance, [c.address])
    with pytest.raises(downline_errors.AlreadyBound, match="already bound"):
        join(db, c, b)
    assert downline_tree.upline_of(db, b.address) == a.address


def test_binding_to_oneself_and_a_cycle_are_refused(db):
    a, b, c = Account.create(), Account.create(), Account.create()
    with pytest.raises(downline_errors.SelfInvite):
        join(db, a, a)
    join(db, a, b)
    join(db, b, c)
    with pytest.raises(downline_errors.CycleRefused, match="circle"):
        join(db, c, a)
    assert downline_tree.upline_of(db, a.address) is None


def test_a_tampered_acceptance_is_refused():
    a, b, c = Account.create(), Account.create(), Account.create()
    invite = downline_invites.new_invite(a.address, sign=sign_with(a), at=NOW)
    acceptance = downline_invites.accept(invite, b.address, sign=sign_with(b), at=NOW)
    swapped = repack(acceptance.text, "ZLD-JOIN-", lambda d: d.update(member=c.address))
    with pytest.raises(downline_errors.InviteTampered, match="acceptance was not signed"):
        downline_invites.read_acceptance(swapped, recover=recover)
    late = downline_invites.accept(invite, b.address, sign=sign_with(b), at=invite.expiry + 1)
    with pytest.raises(downline_errors.InviteExpired):
        downline_invites.read_acceptance(late.text, recover=recover)


def test_an_invite_carries_the_line_above_its_upline(db, tmp_path):
    a, b, c = Account.create(), Account.create(), Account.create()
    join(db, a, b)
    via = downline_tree.acceptance_of(db, b.address)
    other = open_book(tmp_path / "c.db", [shop.schema.migrations,
                                          shop.downline.schema.migrations], create=True)
    join(other, b, c, via=via)
    assert downline_tree.line_above(other, c.address, 2) == [b.address, a.address]
    assert downline_tree.line_above(other, c.address, 1) == [b.address]
    assert downline_tree.members_below(other, a.address) == 2
    # A forged acceptance inside the invite spoils the invite.
    bad = downline_invites.Acceptance(via.invite, via.member, via.joined_at, sign_with(c)(via.typed_data()))
    invite = downline_invites.new_invite(b.address, sign=sign_with(b), at=NOW, via=bad)
    with pytest.raises(downline_errors.InviteTampered):
        downline_invites.read_invite(invite.text, recover=recover, at=NOW)


def test_the_subtree_counts_members_below_each(db):
    a, b, c, d = (Account.create() for _ in range(4))
    join(db, a, b)
    join(db, b, c, at=NOW + 1)
    join(db, b, d, at=NOW + 2)
    (top,) = downline_tree.subtree(db, a.address)
    assert (top.member, top.depth, top.members) == (b.address, 1, 2)
    below = downline_tree.subtree(db, a.address, parent=b.address)
    assert [(m.member, m.depth, m.members) for m in below] == [(c.address, 2, 0),
                                                               (d.address, 2, 0)]


def test_the_plan_is_lawful():
    assert downline_plan.check_plan((1000, 300)) == []
    assert downline_plan.check_plan((1000, 300, 100)) == [THREE_LEVELS_WARNING]
    with pytest.raises(downline_errors.PlanRefused, match="at most 3 levels.*224-1"):
        downline_plan.check_plan((1000, 300, 100, 50))
    with pytest.raises(downline_errors.PlanRefused, match="entry fee.*Pyramid Selling art. 2"):
        downline_plan.check_plan((1000,), entry_fee=9900)
    with pytest.raises(downline_errors.PlanRefused, match="recruiting"):
        downline_plan.check_plan((1000,), recruit_reward=100)
    assert downline_plan.parse_levels("10,3") == (1000, 300)
    assert downline_plan.parse_levels("2.5%, 1") == (250, 100)
    with pytest.raises(downline_errors.DownlineError):
        downline_plan.parse_levels("10,x")


def test_customer_binding_by_mode_and_date(db):
    lot = create_lot(db, "夏装").id
    assert downline_plan.binding_of(db, lot) == downline_plan.Binding("days", 30)
    assert downline_plan.referrer_for(db, lot, "c1", "0xA", NOW) == "0xA"
    assert downline_plan.referrer_for(db, lot, "c1", "0xB", NOW + 29 * DAY) == "0xA"
    assert downline_plan.referrer_for(db, lot, "c1", "0xB", NOW + 30 * DAY) == "0xB"
    downline_plan.set_binding(db, lot, downline_plan.Binding("permanent"))
    assert downline_plan.referrer_for(db, lot, "c1", "0xC", NOW + 999 * DAY) == "0xB"
    downline_plan.set_binding(db, lot, downline_plan.Binding("latest"))
    assert downline_plan.referrer_for(db, lot, "c1", "0xC", NOW + 999 * DAY) == "0xC"
    with pytest.raises(downline_errors.DownlineError):
        downline_plan.set_binding(db, lot, downline_plan.Binding("forever"))
    assert downline_plan.binding_of(db, lot).mode == "latest"


def test_a_split_worked_example():
    s = downline_split.split_unit(10_000, (1000, 300), ["0xU"], supply=6_000)
    # The supplier gets its supply price, the upline 3% of the price, the seller the rest.
    assert (s.supplier, s.uplines, s.seller) == (6_000, (("0xU", 300),), 3_700)
    own = downline_split.split_unit(999, (1000, 300, 100), ["0xU", "0xV"])
    assert own.uplines == (("0xU", 29), ("0xV", 9)) and own.supplier == 0
    assert own.seller == 999 - 29 - 9
    alone = downline_split.split_unit(10_000, (1000, 300), [], supply=6_000)
    assert alone.uplines == () and alone.seller == 4_000
    with pytest.raises(downline_errors.DownlineError, match="does not cover"):
        downline_split.split_unit(6_100, (1000, 300), ["0xU"], supply=6_000)


@given(price=st.integers(0, 10**24), supply=st.one_of(st.none(), st.integers(0, 10**24)),
       levels=st.lists(st.integers(0, 10_000), min_size=1, max_size=3),
       uplines=st.integers(0, 2))
def test_the_parts_add_up_and_no_level_gets_more_than_its_rate(price, supply, levels, uplines):
    if sum(levels) > 10_000:
        levels = [b * 10_000 // sum(levels) for b in levels]
    accounts = [f"0x{n}" for n in range(uplines)]
    try:
        s = downline_split.split_unit(price, levels, accounts, supply=supply)
    except downline_errors.DownlineError:
        assert (supply or 0) + sum(price * b // 10_000 for b in levels[1:1 + uplines]) > price
        return
    assert sum(s.parts) == price
    assert all(p >= 0 for p in s.parts)
    assert s.supplier == (supply or 0)
    for (_, amount), bps in zip(s.uplines, levels[1:]):
        assert 0 <= price * bps - amount * 10_000 < 10_000
    assert len(s.uplines) == min(uplines, len(levels) - 1)
