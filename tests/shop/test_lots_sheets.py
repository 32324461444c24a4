"""Signed lot sheets: round trip, and every way a sheet is refused."""

import hashlib
import io
import json
import zipfile

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

import shop.schema
from shop.book import open_book
from shop.lots.errors import SheetDamaged, SheetExpired, SheetOutdated, SheetTampered
from shop.lots.items import import_into, item_by_sku, revise_item
from shop.lots.lots import create_lot, get_lot, publish
from shop.lots.search import iter_items
from shop.lots.sheets import export_sheet, import_sheet, read_sheet
from PIL import Image

from shop import pictures
from shop.lots.sheets import DOMAIN, canonical, typed_data
from shop.stock.check import StockRow

T0 = 1_700_000_000
END = T0 + 7 * 86400
SELLER = Account.create()
OTHER = Account.create()


def png_bytes(color="red", size=(40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", size, color).save(out, "PNG")
    return out.getvalue()


PNG = png_bytes()


def sign_with(account):
    def sign(full_message):
        return "0x" + bytes(account.sign_message(encode_typed_data(full_message=full_message))
                            .signature).hex()
    return sign


def recover(full_message, signature):
    return Account.recover_message(encode_typed_data(full_message=full_message),
                                   signature=signature)


def book(path):
    return open_book(path, [shop.schema.migrations], create=True)


@pytest.fixture
def seller_db(tmp_path):
    db = book(tmp_path / "seller.db")
    (tmp_path / "pic.png").write_bytes(PNG)
    stored = pictures.store_file(tmp_path / "pic.png", tmp_path / "seller-images")
    create_lot(db, "夏装", supplier="织锦", starts_at=T0, ends_at=END)
    import_into(db, "夏装", [
        StockRow(2, "A01", "黑色", "M", "连衣裙", "6900000000001", 10, 19900, 5900, 12900, 9900,
                 "织锦", "女装", stored, {}),
        StockRow(3, "A01", "黑色", "L", "连衣裙", "6900000000002", 4, 19900, 5900, 12900, 9900,
                 "织锦", "女装", "https://example.com/a01.jpg", {}),
    ])
    publish(db, "夏装", at=T0)
    yield db
    db.close()


@pytest.fixture
def dist_db(tmp_path):
    db = book(tmp_path / "dist.db")
    yield db
    db.close()


def export(db, path, account=SELLER):
    return export_sheet(db, "夏装", path, seller=account.address, sign=sign_with(account),
                        images_dir=path.parent / "seller-images", at=T0)


def test_round_trip_shows_the_seller_and_stores_the_lot(seller_db, dist_db, tmp_path):
    sent = export(seller_db, tmp_path / "lot.zlsheet")
    sheet = read_sheet(tmp_path / "lot.zlsheet", recover=recover, at=T0 + 5)
    assert sheet.seller == SELLER.address and sheet.revision == 1
    assert sheet.content_hash == sent.content_hash
    assert sheet.title == "夏装" and len(sheet.content["items"]) == 2
    [(name, data)] = sheet.images.items()
    assert name == "images/" + hashlib.sha256(data).hexdigest() + ".png"
    done = import_sheet(dist_db, sheet, images_dir=tmp_path / "images", at=T0 + 5)
    assert (done.created, done.added, done.seller) == (True, 2, SELLER.address)
    lot = get_lot(dist_db, "夏装", at=T0 + 5)
    assert (lot.origin, lot.status, lot.seller_address, lot.supplier) == \
        ("sheet", "open", SELLER.address, "织锦")
    m = item_by_sku(dist_db, lot.id, "A01", "黑色", "M")
    assert (m.quantity, m.supply_price, m.suggested_price, m.min_price) == (10, 5900, 12900, 9900)
    stored = pictures.resolve(tmp_path / "images", m.image)
    assert Image.open(stored).size == (40, 30)
    # A link is not a picture: it does not travel in the sheet.
    assert item_by_sku(dist_db, lot.id, "A01", "黑色", "L").image == ""
    assert done.pictures_left_out == ()


def test_typed_data_is_small_and_bound_to_the_domain(seller_db, tmp_path):
    sheet = export(seller_db, tmp_path / "lot.zlsheet")
    message = typed_data(sheet.content, bytes.fromhex(sheet.content_hash[2:]))
    assert message["domain"] == DOMAIN == {"name": "Ziliudi Lot Sheet", "version": "1"}
    assert set(message["message"]) == {"lot", "title", "revision", "seller", "startsAt",
                                       "endsAt", "items", "contentHash"}


def test_newer_revision_updates_prices_and_quantities_older_is_refused(seller_db, dist_db,
                                                                      tmp_path):
    export(seller_db, tmp_path / "r1.zlsheet")
    lot = get_lot(seller_db, "夏装")
    m = item_by_sku(seller_db, lot.id, "A01", "黑色", "M")
    revise_item(seller_db, lot.id, m.id, quantity=30, suggested_price=11900)
    assert get_lot(seller_db, "夏装").revision == 2
    export(seller_db, tmp_path / "r2.zlsheet")
    r1 = read_sheet(tmp_path / "r1.zlsheet", recover=recover, at=T0)
    r2 = read_sheet(tmp_path / "r2.zlsheet", recover=recover, at=T0)
    import_sheet(dist_db, r1, at=T0)
    done = import_sheet(dist_db, r2, at=T0)
    assert (done.created, done.updated, done.revision) == (False, 2, 2)
    here = get_lot(dist_db, "夏装")
    m = item_by_sku(dist_db, here.id, "A01", "黑色", "M")
    assert (m.quantity, m.suggested_price) == (30, 11900)
    with pytest.raises(SheetOutdated, match="an older sheet .*revision 1; revision 2"):
        import_sheet(dist_db, r1, at=T0)
    with pytest.raises(SheetOutdated, match="the same sheet"):
        import_sheet(dist_db, r2, at=T0)
    assert item_by_sku(dist_db, here.id, "A01", "黑色", "M").quantity == 30


def rewrite(src, dst, change):
    with zipfile.ZipFile(src) as a:
        parts = {n: a.read(n) for n in a.namelist()}
    change(parts)
    with zipfile.ZipFile(dst, "w") as b:
        for name, data in parts.items():
            b.writestr(name, data)


def test_changed_price_is_refused_as_tampered(seller_db, tmp_path):
    export(seller_db, tmp_path / "lot.zlsheet")

    def cheaper(parts):
        parts["lot.json"] = parts["lot.json"].replace(b'"supply_price":5900', b'"supply_price":100')

    rewrite(tmp_path / "lot.zlsheet", tmp_path / "bad.zlsheet", cheaper)
    with pytest.raises(SheetTampered, match="changed after the seller signed it"):
        read_sheet(tmp_path / "bad.zlsheet", recover=recover, at=T0)


def test_re_hashed_content_fails_the_signature(seller_db, tmp_path):
    import hashlib
    export(seller_db, tmp_path / "lot.zlsheet")

    def forge(parts):
        parts["lot.json"] = parts["lot.json"].replace(b'"quantity":10', b'"quantity":99')
        digest = "0x" + hashlib.sha256(parts["lot.json"]).hexdigest()
        sig = json.loads(parts["signature.json"])
        parts["signature.json"] = json.dumps({**sig, "contentHash": digest}).encode()

    rewrite(tmp_path / "lot.zlsheet", tmp_path / "bad.zlsheet", forge)
    with pytest.raises(SheetTampered, match="but it was signed by"):
        read_sheet(tmp_path / "bad.zlsheet", recover=recover, at=T0)


def test_signed_by_someone_else_is_refused(seller_db, tmp_path):
    def impostor(full_message):
        return sign_with(OTHER)(full_message)

    export_sheet(seller_db, "夏装", tmp_path / "lot.zlsheet", seller=SELLER.address, sign=impostor,
                 at=T0)
    with pytest.raises(SheetTampered, match=f"says it is from {SELLER.address}"):
        read_sheet(tmp_path / "lot.zlsheet", recover=recover, at=T0)


def test_garbage_signature_is_refused(seller_db, tmp_path):
    export(seller_db, tmp_path / "lot.zlsheet")

    def garble(parts):
        sig = json.loads(parts["signature.json"])
        parts["signature.json"] = json.dumps({**sig, "signature": "0x1234"}).encode()

    rewrite(tmp_path / "lot.zlsheet", tmp_path / "bad.zlsheet", garble)
    with pytest.raises(SheetTampered, match="signature is not valid"):
        read_sheet(tmp_path / "bad.zlsheet", recover=recover, at=T0)


def test_changed_picture_is_refused(seller_db, tmp_path):
    export(seller_db, tmp_path / "lot.zlsheet")

    def swap(parts):
        name = next(n for n in parts if n.startswith("images/"))
        parts[name] = b"not the same picture"

    rewrite(tmp_path / "lot.zlsheet", tmp_path / "bad.zlsheet", swap)
    with pytest.raises(SheetTampered, match="picture images/.* was changed"):
        read_sheet(tmp_path / "bad.zlsheet", recover=recover, at=T0)


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_sheet_is_refused(seller_db, tmp_path, cut):
    export(seller_db, tmp_path / "lot.zlsheet")
    data = (tmp_path / "lot.zlsheet").read_bytes()
    (tmp_path / "cut.zlsheet").write_bytes(data[:int(len(data) * cut)])
    with pytest.raises(SheetDamaged, match="cut short or damaged"):
        read_sheet(tmp_path / "cut.zlsheet", recover=recover, at=T0)


def test_missing_signature_or_other_file_is_refused(seller_db, tmp_path):
    export(seller_db, tmp_path / "lot.zlsheet")
    rewrite(tmp_path / "lot.zlsheet", tmp_path / "bad.zlsheet",
            lambda parts: parts.pop("signature.json"))
    with pytest.raises(SheetDamaged, match="content or signature is missing"):
        read_sheet(tmp_path / "bad.zlsheet", recover=recover, at=T0)
    (tmp_path / "note.txt").write_text("hello")
    with pytest.raises(SheetDamaged):
        read_sheet(tmp_path / "note.txt", recover=recover, at=T0)


def test_expired_sheet_is_refused(seller_db, tmp_path):
    export(seller_db, tmp_path / "lot.zlsheet")
    with pytest.raises(SheetExpired, match="“夏装” ended; its sheet has expired"):
        read_sheet(tmp_path / "lot.zlsheet", recover=recover, at=END)


def test_draft_lot_has_no_sheet(seller_db, tmp_path):
    create_lot(seller_db, "草稿", starts_at=T0, ends_at=END)
    from shop.lots.errors import LotStateError
    with pytest.raises(LotStateError, match="only a published lot"):
        export_sheet(seller_db, "草稿", tmp_path / "x", seller=SELLER.address,
                     sign=sign_with(SELLER), at=T0)


def test_own_lot_sheet_is_not_imported_into_the_same_book(seller_db, tmp_path):
    export(seller_db, tmp_path / "lot.zlsheet")
    sheet = read_sheet(tmp_path / "lot.zlsheet", recover=recover, at=T0)
    with pytest.raises(SheetOutdated, match="your own lot"):
        import_sheet(seller_db, sheet, at=T0)
    assert len(list(iter_items(seller_db, 1))) == 2


def forge(path, content, images=None, account=SELLER):
    """A sheet its seller really signed, holding whatever `content` and `images` say."""
    images = images or {}
    content = {**content, "images": {n: hashlib.sha256(d).hexdigest() for n, d in images.items()}}
    body = canonical(content)
    digest = hashlib.sha256(body).digest()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("lot.json", body)
        for name, data in images.items():
            archive.writestr(name, data)
        archive.writestr("signature.json", json.dumps(
            {"signature": sign_with(account)(typed_data(content, digest)),
             "contentHash": "0x" + digest.hex()}))
    return path


def sent_content(seller_db, tmp_path):
    return export(seller_db, tmp_path / "lot.zlsheet").content


@pytest.mark.parametrize("named", ["/etc/hostname", "../book.db", "..\\..\\x.png",
                                   "file:///etc/passwd", "images/missing.png"])
def test_a_sheet_naming_a_path_imports_the_item_without_any_file(seller_db, dist_db, tmp_path,
                                                                  named):
    content = sent_content(seller_db, tmp_path)
    content["items"][0]["image"] = ""
    content["items"][1]["image"] = named
    forge(tmp_path / "evil.zlsheet", content)
    sheet = read_sheet(tmp_path / "evil.zlsheet", recover=recover, at=T0)
    done = import_sheet(dist_db, sheet, images_dir=tmp_path / "images", at=T0)
    assert done.pictures_left_out == (("A01/黑色/L", named),)
    lot = get_lot(dist_db, "夏装", at=T0)
    assert item_by_sku(dist_db, lot.id, "A01", "黑色", "L").image == ""
    assert not (tmp_path / "images").exists() or list((tmp_path / "images").iterdir()) == []


def test_embedded_bytes_that_are_no_picture_are_left_out(seller_db, dist_db, tmp_path):
    content = sent_content(seller_db, tmp_path)
    name = "images/" + "ab" * 32 + ".png"
    content["items"][0]["image"] = name
    forge(tmp_path / "evil.zlsheet", content, {name: b"#!/bin/sh\nrm -rf ~\n"})
    sheet = read_sheet(tmp_path / "evil.zlsheet", recover=recover, at=T0)
    done = import_sheet(dist_db, sheet, images_dir=tmp_path / "images", at=T0)
    assert done.pictures_left_out == (("A01/黑色/M", name),)
    assert not (tmp_path / "images").exists() or list((tmp_path / "images").iterdir()) == []


def test_a_sheet_picture_is_stored_re_encoded_without_its_location(seller_db, dist_db, tmp_path):
    photo = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(0x8825)[2] = (39.0, 54.0, 26.0)  # GPSLatitude
    Image.new("RGB", (64, 48), "navy").save(photo, "JPEG", exif=exif)
    data = photo.getvalue()
    assert b"PhoneMaker" in data
    content = sent_content(seller_db, tmp_path)
    name = "images/" + hashlib.sha256(data).hexdigest() + ".jpg"
    content["items"][0]["image"] = name
    forge(tmp_path / "photo.zlsheet", content, {name: data})
    sheet = read_sheet(tmp_path / "photo.zlsheet", recover=recover, at=T0)
    import_sheet(dist_db, sheet, images_dir=tmp_path / "images", at=T0)
    item = item_by_sku(dist_db, get_lot(dist_db, "夏装", at=T0).id, "A01", "黑色", "M")
    stored = pictures.resolve(tmp_path / "images", item.image).read_bytes()
    assert b"PhoneMaker" not in stored and b"Exif" not in stored
    assert Image.open(io.BytesIO(stored)).size == (64, 48)


@pytest.mark.parametrize("name", ["images/../../evil.png", "images/x.png", "../book.db",
                                  "images/" + "ab" * 32 + ".html"])
def test_a_picture_under_a_name_no_sheet_uses_is_refused(seller_db, tmp_path, name):
    content = sent_content(seller_db, tmp_path)
    forge(tmp_path / "evil.zlsheet", content, {name: PNG})
    with pytest.raises(SheetDamaged, match="name no lot sheet uses"):
        read_sheet(tmp_path / "evil.zlsheet", recover=recover, at=T0)


@pytest.mark.parametrize("field,value", [("quantity", 2 ** 63 - 1), ("quantity", -1),
                                         ("supply_price", 2 ** 63 - 1), ("quantity", "10"),
                                         ("tag_price", 1.5)])
def test_numbers_out_of_bounds_refuse_the_sheet_and_change_nothing(seller_db, dist_db, tmp_path,
                                                                   field, value):
    content = sent_content(seller_db, tmp_path)
    content["items"][0][field] = value
    forge(tmp_path / "evil.zlsheet", content)
    sheet = read_sheet(tmp_path / "evil.zlsheet", recover=recover, at=T0)
    with pytest.raises(SheetDamaged, match="content is damaged"):
        import_sheet(dist_db, sheet, images_dir=tmp_path / "images", at=T0)
    assert dist_db.execute("SELECT count(*) FROM lots").fetchone()[0] == 0


def test_long_text_from_a_sheet_is_cut(seller_db, dist_db, tmp_path):
    content = sent_content(seller_db, tmp_path)
    content["items"][0]["name"] = "裙" * 100_000
    forge(tmp_path / "long.zlsheet", content)
    sheet = read_sheet(tmp_path / "long.zlsheet", recover=recover, at=T0)
    import_sheet(dist_db, sheet, at=T0)
    item = item_by_sku(dist_db, get_lot(dist_db, "夏装", at=T0).id, "A01", "黑色", "M")
    assert len(item.name) == 1000
