"""`ziliudi storefront add | remove | price | profile`: the storefront's listings and profile
from the command line, each refusal exiting 1 with its reason and the book unchanged."""

import json
import sqlite3
import time

import pytest

from desktop.cli import main
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.stock.check import StockRow

LOT = "夏季清仓"


def row(n, style, color, size, name, *, supply=5000, suggested=None, minimum=None, tag=None):
    return StockRow(n, style, color, size, name, "", 10, tag, supply, suggested, minimum, "",
                    "", "", {})


ROWS = [row(2, "S1", "红", "M", "连衣裙", suggested=15900, minimum=12900, tag=19900),
        row(3, "S1", "红", "L", "连衣裙", suggested=15900, minimum=12900, tag=19900),
        row(4, "S2", "", "", "草帽", supply=2000, suggested=5900),
        row(5, "S3", "", "", "没有零售价的袜子", supply=500)]


@pytest.fixture
def book(data_dir):
    """The default profile with a published lot (one item has no retail price) and a draft."""
    from desktop.services.session import Session

    session = Session(data_dir)
    session.profiles.create("default")
    session.open_profile("default")
    db, now = session.db, int(time.time())
    create_lot(db, LOT, starts_at=now - 60, ends_at=now + 7 * 86400)
    import_into(db, LOT, ROWS)
    publish(db, LOT)
    create_lot(db, "草稿", starts_at=now - 60, ends_at=now + 7 * 86400)
    import_into(db, "草稿", ROWS[:1])
    path = session.profile.book_path
    session.close()
    return path


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), "storefront", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(path) -> tuple:
    """What the storefront keeps in the book: listings and the store profile."""
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT * FROM listings ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM store_profile ORDER BY key").fetchall())


def listed(capsys, data_dir) -> dict:
    code, out, _ = run(capsys, data_dir, "list", "--json")
    assert code == 0
    return {x["sku"]: x for x in json.loads(out)["listings"]}


def refused(capsys, data_dir, book, *argv) -> str:
    """Run a command that must be refused; returns its reason (stderr)."""
    before = snapshot(book)
    code, out, err = run(capsys, data_dir, *argv)
    assert code == 1 and out == "" and err.startswith("ziliudi: "), (code, out, err)
    assert snapshot(book) == before
    return err


def test_add_a_whole_lot(capsys, data_dir, book):
    code, out, _ = run(capsys, data_dir, "add", LOT, "--json")
    assert code == 0
    added = json.loads(out)["added"]
    assert sorted(x["sku"] for x in added) == ["S1/红/L", "S1/红/M", "S2"]
    assert {x["sku"]: x["price"] for x in added}["S1/红/M"] == 15900
    assert set(listed(capsys, data_dir)) == {"S1/红/L", "S1/红/M", "S2"}
    code, out, _ = run(capsys, data_dir, "add", LOT)
    assert code == 0 and out.startswith("put 0 items of 夏季清仓 into the storefront")


def test_add_chosen_skus_all_or_none(capsys, data_dir, book):
    code, out, _ = run(capsys, data_dir, "add", LOT, "--sku", "S1/红/M")
    assert code == 0 and out.startswith("put 1 items of 夏季清仓 into the storefront")
    assert "S1/红/M" in out and "¥159.00" in out
    assert "is not an item of “夏季清仓”" in refused(capsys, data_dir, book, "add", LOT,
                                                     "--sku", "S1/红/XXL")
    # one SKU already listed refuses the whole command: S1/红/L is not added either
    err = refused(capsys, data_dir, book, "add", LOT, "--sku", "S1/红/L", "--sku", "S1/红/M")
    assert "S1/红/M is already in the storefront" in err
    assert "is not an item" in refused(capsys, data_dir, book, "add", LOT, "--sku", "S3x")
    # an item without any retail price needs one first
    assert "S3 has no suggested price" in refused(capsys, data_dir, book, "add", LOT,
                                                  "--sku", "S3")
    assert set(listed(capsys, data_dir)) == {"S1/红/M"}


def test_add_refuses_unknown_and_unpublished_lots(capsys, data_dir, book):
    assert "There is no lot named “春装”" in refused(capsys, data_dir, book, "add", "春装")
    err = refused(capsys, data_dir, book, "add", "草稿")
    assert "“草稿” is draft; only the items of a published lot can be put in the storefront" in err


def test_price_as_people_type_it_within_the_rules(capsys, data_dir, book):
    run(capsys, data_dir, "add", LOT)
    listing = listed(capsys, data_dir)["S1/红/M"]["id"]
    code, out, _ = run(capsys, data_dir, "price", str(listing), "139")
    assert code == 0 and out == f"listing {listing} (连衣裙, 红 / M) now sells at ¥139.00\n"
    for text, price in (("¥149.90", 14990), ("１６９", 16900), (" 159.5 ", 15950)):
        assert run(capsys, data_dir, "price", str(listing), text)[0] == 0
        assert listed(capsys, data_dir)["S1/红/M"]["price"] == price
    err = refused(capsys, data_dir, book, "price", str(listing), "100")
    assert "100.00 is below the supplier's minimum retail price of 129.00 for S1/红/M" in err
    err = refused(capsys, data_dir, book, "price", str(listing), "200")
    assert "200.00 is above the supplier's maximum retail price of 199.00" in err
    for bad, reason in (("abc", "“abc” is not an amount"), ("", "“” is not an amount"),
                        ("¥", "“¥” is not an amount"), ("5 USDT", "“5 USDT” is not an amount"),
                        ("12.345", "12.345 has more than 2 decimal places"),
                        ("-5", "An amount cannot be negative")):
        assert reason in refused(capsys, data_dir, book, "price", str(listing), bad)
    hat = listed(capsys, data_dir)["S2"]["id"]
    assert "must be more than 0" in refused(capsys, data_dir, book, "price", str(hat), "0")
    # Never parsed whole: judged by their count of digits.
    for big in ("10000000.01", "99999999999", "1e12", "1e999999", "9" * 5000):
        assert "An amount can be at most ¥10,000,000.00" in refused(capsys, data_dir, book,
                                                                    "price", str(hat), big)
    assert "There is no listing 9999 in the storefront" in refused(
        capsys, data_dir, book, "price", "9999", "abc")


def test_remove(capsys, data_dir, book):
    run(capsys, data_dir, "add", LOT)
    listing = listed(capsys, data_dir)["S2"]["id"]
    code, out, _ = run(capsys, data_dir, "remove", str(listing))
    assert code == 0 and out.startswith(f"took listing {listing} (草帽, S2) out of the storefront")
    assert "S2" not in listed(capsys, data_dir)
    err = refused(capsys, data_dir, book, "remove", str(listing))
    assert f"There is no listing {listing} in the storefront" in err
    # the item can be listed again
    assert run(capsys, data_dir, "add", LOT, "--sku", "S2")[0] == 0


def picture_file(path):
    from PIL import Image

    Image.new("RGB", (40, 30), "#2f6b4f").save(path)
    return path


def test_profile_shows_and_changes(capsys, data_dir, book, tmp_path):
    code, out, _ = run(capsys, data_dir, "profile")
    assert code == 0 and "name\t\n" in out and "currency\tCNY" in out
    avatar = picture_file(tmp_path / "me.png")
    code, out, _ = run(capsys, data_dir, "profile", "--name", "小林的店", "--url",
                       "https://shop.example.cn/", "--notice", "周日休息", "--wechat", "xl",
                       "--phone", "138", "--avatar", str(avatar), "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["changed"] == ["avatar", "name", "notice", "phone", "site_url", "wechat"]
    store = doc["profile"]
    assert (store["name"], store["site_url"], store["notice"], store["wechat"],
            store["phone"]) == ("小林的店", "https://shop.example.cn/", "周日休息", "xl", "138")
    # the avatar is a copy re-encoded in the profile's pictures, not the path given
    from shop.pictures import is_name

    assert is_name(store["avatar"])
    assert (book.parent / "images" / store["avatar"]).is_file()
    code, out, _ = run(capsys, data_dir, "profile", "--notice", "天天营业")
    assert code == 0 and out.startswith("saved the store profile (notice changed)")
    assert f"avatar\t{store['avatar']}" in out and "notice\t天天营业" in out


@pytest.mark.parametrize("argv, reason", [
    (["--url", "javascript:alert(1)"], "must start with http:// or https://"),
    (["--url", "JAVASCRIPT://%0aalert(1)"], "must start with http:// or https://"),
    (["--url", "https://"], "is not a web address"),
    (["--url", 'https://a.example/"><script>'], "is not a web address"),
    (["--url", "https://a.example/ x"], "is not a web address"),
    (["--name", " "], "The store needs a name"),
    (["--avatar", "/etc/hostname"], "not a picture that can be read"),
    (["--avatar", "../book.db"], "There is no picture file at ../book.db"),
])
def test_profile_refusals_change_nothing(capsys, data_dir, book, argv, reason):
    assert run(capsys, data_dir, "profile", "--name", "小林的店")[0] == 0
    assert reason in refused(capsys, data_dir, book, "profile", *argv)
    assert not (book.parent / "images").exists() or not any((book.parent / "images").iterdir())
