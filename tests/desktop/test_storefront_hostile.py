"""A hostile lot and store exported as a site: every text is escaped for where it lands, file
names come from ids, every write stays in the chosen folder, and a picture named by a path
(/etc/hostname, ../book.db) is never copied. tests/e2e/test_site_hostile.py opens the same
site in Chromium."""

import json
import os
import re
import shutil
import time
from dataclasses import asdict, fields
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import storefront as service
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish, update_lot
from shop.stock.check import StockRow
from shop.storefront.errors import StorefrontError
from shop.storefront.quotes import parse_rate
from tests.desktop.test_storefront_service import demo_work, vault, with_storefront  # noqa: F401

LOT = "<b>清仓</b>\"'"
SCRIPT = "<script>alert(1)</script>"
STYLES = ['"><img src=x onerror=alert(1)>', "../../evil", "javascript:alert(1)",
          "</script><script>alert(1)</script>", "'onmouseover='alert(1)'", "..\\..\\evil",
          "S\u2028X\u2029Y", "%2e%2e%2fevil", "/../../../evil", "x/../../../../evil", "<!--"]
TEXTS = [SCRIPT, "</script><svg onload=alert(1)>", "\"'><iframe src=javascript:alert(1)>",
         "\u2028</script>\u2029", "<img src=x onerror=alert(1)>", "' onfocus='alert(1)' autofocus='",
         "{{constructor.constructor('alert(1)')()}}", "&lt;script&gt;alert(1)&lt;/script&gt;",
         "]]><!--<script>alert(1)</script>-->", "`${alert(1)}`"]
PATHS = ["/etc/hostname", "../book.db", "../../book.db", "file:///etc/hostname",
         "javascript:alert(1)", "images/../../book.db"]
STORE = {"name": "<script>alert(1)</script>\"'", "notice": "</script><img src=x onerror=alert(1)>"
         "\u2028\"'&amp;", "wechat": "\"><svg onload=alert(1)>", "phone": "javascript:alert(1)",
         "site_url": "https://shop.example.cn/"}
SELLER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"


def hostile_rows() -> list:
    """Two variants of every hostile style number, markup in every other text field, and a
    picture cell naming a local file (as an old book or a forged sheet would hold)."""
    rows, n = [], 2
    for i, style in enumerate(STYLES):
        text = TEXTS[i % len(TEXTS)]
        for size in (text, "M"):
            rows.append(StockRow(n, style, TEXTS[(i + 1) % len(TEXTS)], size, text, text, 10,
                                 19900, 5000, 15900, 12900, text, text, PATHS[i % len(PATHS)],
                                 {"material": text}))
            n += 1
    return rows


class Signer:
    def __init__(self):
        from eth_account import Account

        self.account = Account.from_key(SELLER_KEY)
        self.address = self.account.address

    def sign_typed_data(self, full_message):
        from eth_account.messages import encode_typed_data

        return "0x" + bytes(self.account.sign_message(
            encode_typed_data(full_message=full_message)).signature).hex()


def picture_file(path) -> Path:
    from PIL import Image

    Image.new("RGB", (40, 30), "#c0392b").save(path)
    return path


def build_hostile_book(data_dir, tmp_path):
    """The default profile holding the hostile lot, listed from the command line with offers
    signed, and the store's avatar and a listing's pictures naming local files."""
    from desktop.services.session import Session

    session = Session(data_dir)
    session.profiles.create("default")
    session.open_profile("default")
    work = session.work()
    db, now = work.db, int(time.time())
    create_lot(db, LOT)
    import_into(db, LOT, hostile_rows())
    update_lot(db, LOT, starts_at=now - 60, ends_at=now + 7 * 86400)
    publish(db, LOT)
    service.save_store_profile(work, **STORE)
    assert main(["--data-dir", str(data_dir), "storefront", "add", LOT]) == 0
    live = service.listings(work, live_only=True)
    assert len(live) == 2 * len(STYLES)
    # One listing gets a picture the user picked (stored, so it is published) beside paths;
    # the store's avatar names a file, as a book written before pictures were checked would.
    service.update_listing(work, live[0].id, description=TEXTS[1],
                           images=[str(picture_file(tmp_path / "dress.png"))])
    from shop.storefront.listings import update_listing

    stored = service.listing(work, live[0].id).images[0]
    update_listing(db, live[1].id, images=[*PATHS[:4], str(session.profile.book_path)])
    update_listing(db, live[0].id, images=[PATHS[0], stored, PATHS[1]])
    with db.atomic():
        db.execute("UPDATE store_profile SET value = ? WHERE key = 'avatar'", ["/etc/hostname"])
    dep = service.EscrowDeployment(31337, "0x" + "11" * 20, "0x" + "22" * 20, "dUSD", 6,
                                   "Demo USD", permit=True)
    rate = parse_rate("7.1130", "CNY", "USD")  # the lot is priced in 元, the token in dollars
    assert service.sign_offers(work, Signer(), dep, rate=rate) == len(live)
    with db.atomic():
        db["book_info"].upsert({"key": service.DEPLOYMENT_KEY,
                                "value": json.dumps(asdict(dep), sort_keys=True)}, pk="key")
    return session


@pytest.fixture
def hostile(data_dir, tmp_path, secret_keyring):
    """(work unit, site folder): the hostile book exported by `ziliudi storefront site`."""
    session = build_hostile_book(data_dir, tmp_path)
    before = files_under(tmp_path)
    site = tmp_path / "out" / "site"
    assert main(["--data-dir", str(data_dir), "storefront", "site", str(site)]) == 0
    written = files_under(tmp_path) - before
    assert written and all(site in p.parents for p in written), sorted(written)
    yield session.work(), site
    service._vault(session.work()).delete(service.KEY_NAME)
    session.close()


def files_under(folder) -> set:
    return {Path(root) / name for root, _dirs, names in os.walk(folder) for name in names}


class Markup(HTMLParser):
    """Every start tag with its attributes, and the text of script elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_pages_carry_no_markup_from_the_data(hostile):
    work, site = hostile
    pages = sorted(site.rglob("*.html"))
    live = service.listings(work, live_only=True)
    assert len(pages) == 2 + 2 * len(STYLES)
    for page in pages:
        text = page.read_text(encoding="utf-8")
        parser = Markup()
        parser.feed(text)
        where = page.relative_to(site)
        for tag, attrs in parser.tags:
            assert not [a for a in attrs if a.startswith("on")], (where, tag, attrs)
            for name in ("href", "src", "action", "formaction"):
                value = (attrs.get(name) or "").strip().lower()
                assert not re.match(r"^(javascript|data|vbscript|file):|^/|^[a-z]+://", value), (
                    where, tag, attrs)
            assert tag not in ("iframe", "svg", "object", "embed"), (where, tag)
            if tag == "script":
                assert attrs.get("src", "").endswith("app.js") or (
                    attrs.get("type") == "application/json"), (where, attrs)
        # The only script bodies are the JSON blocks; they parse and hold the texts unchanged.
        for body in parser.scripts:
            assert "<" not in body and "\u2028" not in body and "\u2029" not in body
            json.loads(body)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in index  # the name reads as text
    for x in live:
        data = (site / "checkout" / f"{x.product_key}.html").read_text(encoding="utf-8")
        block = re.search(r'id="checkout-data">(.*?)</script>', data, re.S).group(1)
        variants = {v["listing"]: v for v in json.loads(block)["variants"]}
        assert variants[x.id]["variant"] == x.variant and variants[x.id]["offer"]


def test_file_names_come_from_ids(hostile):
    _work, site = hostile
    for name in (p.relative_to(site).as_posix() for p in files_under(site)):
        assert re.fullmatch(r"(index|order)\.html|app\.js|style\.css|\.ziliudi-site"
                            r"|(items|checkout)/[0-9]+-[0-9]+\.html"
                            r"|images/[0-9a-f]{64}\.(jpg|png)", name), name
    assert not list(site.parent.parent.rglob("evil*"))


def test_pictures_named_by_paths_are_never_copied(hostile):
    work, site = hostile
    images = sorted((site / "images").iterdir())
    assert len(images) == 1  # the picture the user picked; no avatar, no path
    secrets = [Path("/etc/hostname").read_bytes(), work.profile.book_path.read_bytes()[:100]]
    for path in files_under(site):
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert data != secrets[0]
    html = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "hostname" not in html and "book.db" not in html


def test_share_links_and_qr_codes_use_ids(hostile):
    work, _site = hostile
    for x in service.listings(work, live_only=True):
        link = service.listing_qr(work, x.id).text
        assert re.fullmatch(rf"https://shop\.example\.cn/items/[0-9]+-[0-9]+\.html\?v={x.id}",
                            link), link
        assert link in service.share_text(work, x.id)


def test_a_stored_javascript_address_never_becomes_a_link(session):
    from shop.storefront.share import listing_link, store_link

    with session.db.atomic():  # as a book written before addresses were checked might hold
        session.db.execute("INSERT INTO store_profile (key, value) VALUES ('site_url', ?)",
                           ["javascript:alert(1)//"])
    assert service.store_qr(session.work()).text.startswith("http://")
    assert store_link("javascript:alert(1)//") == "index.html"
    assert store_link("https://a.example/\"><script>") == "index.html"

    class One:
        id, product_key = 7, "1-42"
    assert listing_link("data:text/html,<script>", One()) == "items/1-42.html?v=7"


def _escaping(listing, key):
    from shop.storefront.listings import Listing

    class Escaping(Listing):
        @property
        def product_key(self):
            return key
    return Escaping(**{f.name: getattr(listing, f.name) for f in fields(listing)})


@pytest.mark.parametrize("key", ["../../evil", "../" * 12 + "tmp/ziliudi-evil",
                                 "a/../../../evil"])
def test_an_export_that_would_leave_its_folder_is_refused(demo_work, tmp_path, key):  # noqa: F811
    from shop.storefront import site as site_core

    store = service.store_profile(demo_work).with_changes(public_key="04" + "ab" * 64)
    items = [_escaping(x, key) for x in service.listings(demo_work, live_only=True)[:2]]
    before = files_under(tmp_path)
    with pytest.raises(StorefrontError, match="would be written outside"):
        site_core.export_site(tmp_path / "a" / "site", store, items, service.template_dir())
    outside = {p for p in files_under(tmp_path) - before if (tmp_path / "a" / "site") not in p.parents}
    assert outside == set() and not Path("/tmp/ziliudi-evil.html").exists()


def test_links_left_in_an_earlier_export_are_not_followed(demo_work, tmp_path, vault):  # noqa: F811
    from desktop.services.tasks import run_inline

    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine")
    run_inline(service.export_site_task(site, vault=vault), demo_work)
    for name in ("items", "images"):  # swapped for links to a folder of the user's
        target = site / name
        if target.exists():
            shutil.rmtree(target)
        target.symlink_to(elsewhere, target_is_directory=True)
    run_inline(service.export_site_task(site, vault=vault), demo_work)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]
    assert not (site / "items").is_symlink() and (site / "items").is_dir()


def test_an_unwritable_folder_is_a_refusal(demo_work, tmp_path, vault):  # noqa: F811
    from desktop.services.tasks import run_inline

    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StorefrontError, match="could not be written"):
        run_inline(service.export_site_task(tmp_path / "file", vault=vault), demo_work)
    assert (tmp_path / "file").read_text() == "not a folder"

