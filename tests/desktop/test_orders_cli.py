"""`ziliudi orders ...` and `ziliudi sandbox ...` as a seller runs them: the real command in a
subprocess, on the demo profile's Sandbox, signing with the demo seller's account in the real
keyring. Each test starts from a copy of one prepared data folder (demo made, offers signed).
A refusal exits 1 with its sentence on stderr, no traceback, and the book as it was."""

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.i18n import accepted_text, order_done
from desktop.services.demo import DEMO_SELLER_PASSWORD
from shop.money import Currency, Money

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = DEMO_SELLER_PASSWORD + "\n"
COLUMNS = ["ORDER", "STATE", "DEADLINE", "QTY", "GOODS", "PRICE", "BUYER"]
#: How every sent transaction ends its sentence: its short hash, mined.
MINED = r" Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: mined\."


def english(_context: str, text: str) -> str:
    return text


def said(out: str, sentence: str) -> list[list[str]]:
    """Check that a command's text starts with `sentence` (the one the Orders page says) and
    the transaction's short hash and status; the table's rows that follow it."""
    first, header, *rows = out.splitlines()
    assert re.fullmatch(re.escape(sentence) + MINED, first), (first, sentence)
    assert header.split("\t") == COLUMNS
    return [row.split("\t") for row in rows]


def money(units: int, token: dict) -> Money:
    return Money(units, Currency.token(token["symbol"], token["decimals"]))


def held(order: dict) -> Money:
    """What the escrow holds for an order of the JSON: its price and the seller's bond."""
    return money(order["price"] + order["bond"], order["token"])


def ziliudi(data_dir, *argv, stdin=""):
    """Run the command line on the demo profile: (exit code, stdout, stderr)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--demo",
                           *argv], input=stdin, capture_output=True, text=True, env=env,
                          timeout=180)
    return done.returncode, done.stdout, done.stderr


def ok(data_dir, *argv, stdin=""):
    code, out, err = ziliudi(data_dir, *argv, stdin=stdin)
    assert code == 0, err
    return json.loads(out) if "--json" in argv else out


def book(data_dir) -> dict:
    """Every row of every table of the demo book."""
    path = data_dir / "profiles" / "demo" / "book.db"
    with closing(sqlite3.connect(path)) as c:
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: c.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}


def refused(data_dir, *argv, stdin="") -> str:
    """Run a command that must be refused; its sentence, after checking that nothing changed."""
    before = book(data_dir)
    code, out, err = ziliudi(data_dir, *argv, stdin=stdin)
    assert code == 1 and out == "", (code, out, err)
    assert err.startswith("ziliudi: ") and "Traceback" not in err, err
    assert book(data_dir) == before
    return err


def states(doc) -> dict[str, str]:
    return {o["number"]: o["state"] for o in doc["orders"]}


def people_write(amount: int, token: dict) -> str:
    return f"{Decimal(amount).scaleb(-token['decimals']):.2f} {token['symbol']}"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """The data folder every test copies, made by the first test that runs (after the keyring
    check); the demo's accounts and delivery key leave the keyring at the end."""
    made = {}
    yield made
    if made:
        from desktop.services import storefront
        from desktop.services.session import Session
        from wallet.vault import Vault

        session = Session(made["dir"])
        session.open_profile("demo")
        w = session.work()
        for a in w.wallet.accounts.list():
            w.wallet.accounts.remove(a.address, force=True)
        Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)
        session.close()


@pytest.fixture
def shop(secret_keyring, prepared, tmp_path_factory, tmp_path) -> Path:
    if not prepared:
        first = tmp_path_factory.mktemp("prepared") / "data"
        first.mkdir()
        prepared["dir"] = first
        signed = ok(first, "storefront", "sign-offers", "--password-stdin", "--json",
                    stdin=PASSWORD)
        assert signed["signed"] > 0 and signed["network"].startswith("Sandbox")
    data = tmp_path / "data"
    shutil.copytree(prepared["dir"], data)
    return data


def test_buy_accept_ship_and_the_buyer_confirms(shop):
    first = ok(shop, "sandbox", "buy", "5", "--qty", "2", "--json")["order"]
    code, out, err = ziliudi(shop, "sandbox", "buy", "7")
    assert code == 0, err
    [bought] = [o for o in ok(shop, "orders", "list", "--json")["orders"] if o["number"] != first]
    second = bought["number"]
    assert re.fullmatch(re.escape(order_done("buyer_fund", bought["escrow_id"], english,
                                             amount=money(bought["price"], bought["token"])))
                        + MINED + "\n", out), out
    assert out.startswith(f"The simulated buyer paid {people_write(bought['price'], bought['token'])}"
                          f" into order {second}.")
    assert ok(shop, "sync", "--json")["events"] == 0  # each action syncs, as the page does

    code, out, err = ziliudi(shop, "orders", "accept", first, second, "--password-stdin",
                             "--json", stdin=PASSWORD)
    assert code == 0, err
    accepted = json.loads(out)
    assert accepted["done"] == "accept" and accepted["transaction"]["status"] == "mined"
    assert states(accepted) == {first: "Accepted", second: "Accepted"}
    [order] = [o for o in accepted["orders"] if o["number"] == first]
    assert order["quantity"] == 2 and order["bond"] > 0 and isinstance(order["price"], int)
    assert order["token"]["symbol"] == "dCNY" and order["details"]["name"] == "Wang Xiaoming"
    bond = sum(o["bond"] for o in accepted["orders"])
    assert err.startswith(f"Accepting orders {first}, {second} posts your bond of "
                          f"{people_write(bond, order['token'])};"), err

    lines = ok(shop, "orders", "list").splitlines()
    assert lines[0].split("\t") == COLUMNS
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    assert rows[first][1] == "Accepted" and rows[first][5] == people_write(order["price"],
                                                                            order["token"])

    out = ok(shop, "orders", "ship", first, "--carrier", "顺丰速运", "--tracking", "sf1001",
             "--password-stdin", stdin=PASSWORD)
    [row] = said(out, order_done("ship", order["escrow_id"], english, carrier="顺丰速运",
                                 number="sf1001"))
    assert row[:2] == [first, "Shipped"]
    assert out.startswith(f"Order {first} marked shipped with 顺丰速运, tracking number sf1001. "
                          "Transaction 0x")

    confirmed = ok(shop, "sandbox", "confirm", first, "--json")
    assert states(confirmed) == {first: "Completed"}
    assert confirmed["orders"][0]["tracking_number"] == "SF1001"
    [o] = [o for o in accepted["orders"] if o["number"] == second]
    [row] = said(ok(shop, "sandbox", "dispute", second),
                 order_done("buyer_dispute", o["escrow_id"], english, amount=held(o)))
    assert row[:2] == [second, "Disputed"]


def test_decline_ship_late_and_claim_follow_the_deadlines(shop):
    a, b, c, d = (ok(shop, "sandbox", "buy", str(n), "--json")["order"] for n in (9, 10, 11, 12))
    accepted = ok(shop, "orders", "accept", b, c, "--password-stdin", "--json", stdin=PASSWORD)
    assert states(accepted) == {b: "Accepted", c: "Accepted"}
    orders = {o["number"]: o for o in accepted["orders"]}
    ok(shop, "orders", "ship", c, "--carrier", "EMS", "--tracking", "E1", "--password-stdin",
       stdin=PASSWORD)

    # Before accepting, the seller declines: the contract returns the price at once.
    declined = ok(shop, "orders", "decline", a, "--password-stdin", "--json", stdin=PASSWORD)
    assert declined["done"] == "decline" and states(declined) == {a: "Refunded"}
    err = refused(shop, "orders", "decline", b, "--password-stdin", stdin=PASSWORD)
    assert f"Order {b} is Accepted: it can be returned to the buyer only once its deadline" in err

    assert ok(shop, "sandbox", "advance", "21", "--json")["advanced"] == 21 * 86400
    err = refused(shop, "orders", "ship", b, "--carrier", "EMS", "--tracking", "E2",
                  "--password-stdin", stdin=PASSWORD)
    assert f"Order {b} is Accepted and its deadline" in err and "can no longer be marked" in err

    declined = ok(shop, "orders", "decline", d, "--password-stdin", "--json", stdin=PASSWORD)
    assert declined["done"] == "refund" and states(declined) == {d: "Refunded"}
    declined = ok(shop, "orders", "decline", b, "--password-stdin", stdin=PASSWORD)
    [row] = said(declined, order_done("give_back", orders[b]["escrow_id"], english,
                                      amount=held(orders[b])))
    assert row[:2] == [b, "Refunded"]
    assert declined.startswith(f"Order {b} returned to the buyer: ")
    claimed = ok(shop, "orders", "claim", c, "--password-stdin", stdin=PASSWORD)
    [row] = said(claimed, order_done("claim", orders[c]["escrow_id"], english,
                                     amount=held(orders[c])))
    assert row[:2] == [c, "Completed"]


def test_dispute_then_settle_with_the_simulated_buyers_signature(shop):
    order = ok(shop, "sandbox", "buy", "13", "--json")["order"]
    accepted = ok(shop, "orders", "accept", order, "--password-stdin", stdin=PASSWORD)
    err = refused(shop, "orders", "dispute", order, "--password-stdin", stdin=PASSWORD)
    assert "add --yes" in err
    disputed = ok(shop, "orders", "dispute", order, "--yes", "--password-stdin", "--json",
                  stdin=PASSWORD)
    assert states(disputed) == {order: "Disputed"}
    [o] = disputed["orders"]
    [row] = said(accepted, accepted_text([o["escrow_id"]], money(o["bond"], o["token"]),
                                         english))
    assert row[:2] == [order, "Accepted"]
    assert accepted.startswith(f"Accepted orders {order}; bond posted: "
                               f"{people_write(o['bond'], o['token'])}.")
    held = o["price"] + o["bond"]

    request = ok(shop, "orders", "settle", order, "--buyer-gets", "10", "--json")
    assert request["buyer_amount"] == 10 * 10**6 and request["seller_amount"] == held - 10**7
    typed = request["request"]
    assert typed["primaryType"] == "Settlement" and typed["domain"]["name"] == "Ziliudi Escrow"
    assert typed["message"]["buyerAmount"] == 10**7
    assert typed["message"]["escrowId"] == o["escrow_id"]
    assert request["code"] == f"{order}.{10**7}.{held - 10**7}.0"
    assert request["link"].endswith(f"/order.html?id={o['escrow_id']}&settle={request['code']}")
    code, out, err = ziliudi(shop, "orders", "settle", order, "--buyer-gets", "10")
    assert code == 0 and json.loads(out) == typed  # the request alone on stdout, words on stderr
    assert err.startswith(f"Settlement of order {order}: 10.00 dCNY to the buyer, "
                          f"{people_write(held - 10**7, o['token'])} to you.")

    signature = ok(shop, "sandbox", "sign-settlement", order, "--buyer-gets", "10").strip()
    assert signature.startswith("0x") and len(signature) == 132
    err = refused(shop, "orders", "settle", order, "--buyer-gets", "10", "--buyer-signature",
                  signature, "--password-stdin", stdin="not the password\n")
    assert err == "ziliudi: Wrong password for this account.\n"
    settled = ok(shop, "orders", "settle", order, "--buyer-gets", "10", "--buyer-signature",
                 signature, "--password-stdin", stdin=PASSWORD)
    [row] = said(settled, order_done("settle", o["escrow_id"], english,
                                     buyer=money(10**7, o["token"]),
                                     seller=money(held - 10**7, o["token"])))
    assert row[:2] == [order, "Resolved"]


def test_an_unknown_order_and_a_node_that_is_down_are_refused(shop):
    from desktop.services.session import Session
    from tests.conftest import free_port

    err = refused(shop, "orders", "accept", "9-9", "--password-stdin", stdin=PASSWORD)
    assert err.startswith("ziliudi: There is no order 9-9 on Sandbox")
    err = refused(shop, "orders", "claim", "first", "--password-stdin", stdin=PASSWORD)
    assert "“first” is not an order number" in err

    session = Session(shop)
    session.open_profile("demo")
    session.work().wallet.networks.add_custom(
        "down", f"http://127.0.0.1:{free_port()}", 31337, escrow_address="0x" + "ee" * 20)
    session.close()
    err = refused(shop, "orders", "accept", "1-1", "--network", "down", "--password-stdin",
                  stdin=PASSWORD)
    assert "Cannot reach the network node" in err


def test_dispute_statements_are_sealed_to_the_stores_arbitrator(shop, tmp_path):
    from shop.arbitration import ArbitratorCard, open_statement
    from shop.storefront.notes import new_key_pair

    first = ok(shop, "sandbox", "buy", "14", "--json")["order"]
    ok(shop, "orders", "accept", first, "--password-stdin", stdin=PASSWORD)
    err = refused(shop, "sandbox", "dispute", first, "--statement", "货坏了")
    assert f"Order {first} names no arbitrator: a dispute can only time out" in err

    pem, public = new_key_pair()
    card = tmp_path / "card.json"
    card.write_text(ArbitratorCard("0x" + "a7" * 20, public, "微信 a7").to_json(), "utf-8")
    assert ok(shop, "storefront", "arbitrator", "set", str(card), "--fee", "1").startswith(
        "arbitrator 0x" + "a7" * 20 + " (微信 a7), fee ¥1.00")
    assert ok(shop, "storefront", "sign-offers", "--password-stdin", "--json",
              stdin=PASSWORD)["signed"] > 0  # the old offers named no arbitrator
    second = ok(shop, "sandbox", "buy", "14", "--json")["order"]
    ok(shop, "orders", "accept", second, "--password-stdin", stdin=PASSWORD)
    assert states(ok(shop, "sandbox", "dispute", second, "--statement", "没收到货。",
                     "--json")) == {second: "Disputed"}
    third = ok(shop, "sandbox", "buy", "14", "--json")["order"]
    ok(shop, "orders", "accept", third, "--password-stdin", stdin=PASSWORD)
    assert states(ok(shop, "orders", "dispute", third, "--yes", "--statement", "已签收。",
                     "--password-stdin", "--json", stdin=PASSWORD)) == {third: "Disputed"}
    # The other side of each dispute adds its own; an order not in dispute takes none.
    by_number = {o["number"]: o for o in ok(shop, "orders", "list", "--json")["orders"]}
    [row] = said(ok(shop, "orders", "statement", second, "--statement", "发的是正品。",
                    "--password-stdin", stdin=PASSWORD),
                 order_done("statement", by_number[second]["escrow_id"], english))
    assert row[:2] == [second, "Disputed"]
    said(ok(shop, "sandbox", "statement", third, "--statement", "快递没送到。"),
         order_done("buyer_statement", by_number[third]["escrow_id"], english))
    err = refused(shop, "orders", "statement", first, "--statement", "x", "--password-stdin",
                  stdin=PASSWORD)
    assert f"Order {first} is Accepted: it cannot be given a statement now" in err
    rows = book(shop)["order_events"]
    sealed = [json.loads(r[8])["statement"] for r in rows if r[2] == "Statement"]
    assert sorted(open_statement(bytes.fromhex(s[2:]), pem) for s in sealed) == sorted([
        "已签收。", "没收到货。", "发的是正品。", "快递没送到。"])
