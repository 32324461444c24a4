"""Order online, collect in the shop, from the command line on the demo's Sandbox: pickup
points in the store profile, a listing offered for pickup, `sandbox buy --pickup`, `orders
ready` (the ship step with carrier 自提 and a pickup code) and `orders counter` before and
after the buyer confirms, typed or read from a photo of the buyer's QR."""

from desktop.i18n import order_done
from tests.desktop.test_orders_cli import (PASSWORD, book, english, ok, prepared,  # noqa: F401
                                           refused, said, shop, ziliudi)

LISTING = "5"


def test_pickup_points_are_added_listed_and_removed(shop):
    added = ok(shop, "storefront", "pickup", "add", "--name", "西湖店", "--address",
               "杭州市西湖区文三路 1 号", "--hours", "10:00-21:00", "--json")
    assert added["added"] == {"name": "西湖店", "address": "杭州市西湖区文三路 1 号",
                              "hours": "10:00-21:00", "phone": ""}
    ok(shop, "storefront", "pickup", "add", "--name", "滨江店", "--address", "滨江区 2 号",
       "--phone", "0571-1234")
    assert [p["name"] for p in ok(shop, "storefront", "pickup", "list", "--json")
            ["pickup_points"]] == ["西湖店", "滨江店"]
    err = refused(shop, "storefront", "pickup", "add", "--name", "西湖店", "--address", "x")
    assert "already has a pickup point “西湖店”" in err
    assert "needs an address" in refused(shop, "storefront", "pickup", "add", "--name", "新店",
                                         "--address", "  ")
    ok(shop, "storefront", "pickup", "remove", "滨江店")
    assert ok(shop, "storefront", "pickup", "list").splitlines() == [
        "西湖店\t杭州市西湖区文三路 1 号\t10:00-21:00\t-"]
    assert "no pickup point “滨江店”" in refused(shop, "storefront", "pickup", "remove", "滨江店")


def test_a_pickup_order_from_funding_to_the_counter(shop):
    assert "Add a pickup point" in refused(shop, "storefront", "handover", LISTING, "both")
    ok(shop, "storefront", "pickup", "add", "--name", "西湖店", "--address", "文三路 1 号")
    assert "delivered only" in refused(shop, "sandbox", "buy", LISTING, "--pickup", "西湖店")
    assert ok(shop, "storefront", "handover", LISTING, "both") == (
        f"listing {LISTING}: delivered or collected in the shop\n")
    assert "no pickup point “东站店”" in refused(shop, "sandbox", "buy", LISTING, "--pickup",
                                               "东站店")
    bought = ok(shop, "sandbox", "buy", LISTING, "--pickup", "西湖店", "--json")
    number = bought["order"]
    assert bought["pickup"]["name"] == "西湖店"
    delivered = ok(shop, "sandbox", "buy", LISTING, "--json")["order"]
    ok(shop, "orders", "accept", number, delivered, "--password-stdin", stdin=PASSWORD)
    [order] = [o for o in ok(shop, "orders", "list", "--json")["orders"]
               if o["number"] == number]
    assert order["details"]["pickup"]["address"] == "文三路 1 号"
    assert "address" not in order["details"]
    [row] = [line for line in ok(shop, "orders", "list").splitlines()
             if line.startswith(number + "\t")]
    assert row.endswith("Wang Xiaoming, 13900001111, 西湖店, 文三路 1 号")

    err = refused(shop, "orders", "ready", delivered, "--password-stdin", stdin=PASSWORD)
    assert "is to be delivered, not collected" in err
    ready = ok(shop, "orders", "ready", number, "--password-stdin", stdin=PASSWORD)
    [readied] = [o for o in ok(shop, "orders", "list", "--json")["orders"]
                 if o["number"] == number]
    code = readied["tracking_number"]
    assert readied["state"] == "Shipped" and readied["carrier"] == "自提"
    assert len(code) == 6 and code.isdigit()
    # the Orders page's sentence, with the new pickup code the command line has no other place for
    [row] = said(ready, order_done("ready", readied["escrow_id"], english, code=code))
    assert row[:2] == [number, "Shipped"]
    assert ready.startswith(f"Order {number} is ready for pickup; its pickup code is {code}.")

    at_counter = ok(shop, "orders", "counter", f"ZLD-PICKUP:{number}", "--json")
    assert at_counter["ready"] and not at_counter["confirmed"]
    line = ok(shop, "orders", "counter", f"ZLD-PICKUP:{number}").rstrip("\n").split("\t")
    assert (line[0], line[1], line[-1]) == (number, "Shipped", "not confirmed yet")
    assert at_counter["pickup"]["name"] == "西湖店" and at_counter["pickup_code"] == code
    assert at_counter["buyer_name"] == "Wang Xiaoming" and at_counter["quantity"] == 1
    ok(shop, "sandbox", "confirm", number)
    line = ok(shop, "orders", "counter", number).strip().split("\t")
    assert line[0] == number and line[1] == "Completed" and line[-1] == "the buyer confirmed receipt"

    # A photo of the buyer's phone, read as the counter's camera reads a frame.
    import segno

    photo, blank = shop.parent / "qr.png", shop.parent / "blank.png"
    segno.make(f"ZLD-PICKUP:{number}", error="m").save(str(photo), scale=6)
    segno.make("x", error="m").save(str(blank), scale=1, border=60, dark="white")
    from_photo = ok(shop, "orders", "counter", "--picture", str(photo), "--json")
    assert from_photo["number"] == number and from_photo["confirmed"]
    assert "No QR code was found" in refused(shop, "orders", "counter", "--picture", str(blank))
    assert "or --picture FILE" in refused(shop, "orders", "counter")
    assert "or --picture FILE" in refused(shop, "orders", "counter", number, "--picture",
                                          str(photo))
    assert "not an order number" in refused(shop, "orders", "counter", "hello")
    code_, _out, _err = ziliudi(shop, "orders", "counter", "999-1")
    assert code_ == 1 and "no order 999-1" in _err and book(shop)
