"""The exported storefront site: every link and picture resolves, the data the checkout embeds
is the signed offer, no third-party script; LAN serving; and the storefront commands on --demo."""

import json
import re
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from desktop.services import storefront as service
from tests.desktop.test_storefront_service import demo_work, vault, with_storefront  # noqa: F401


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.scripts = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if attrs.get(name) is not None:
                self.refs.append((tag, attrs[name]))
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])


def check_site(folder: Path) -> int:
    """Assert every local link and image of every page resolves; returns links checked."""
    checked = 0
    for page in folder.rglob("*.html"):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, ref in parser.refs:
            parts = urlsplit(ref)
            assert not parts.scheme and not parts.netloc, f"{page}: off-site {ref}"
            if not parts.path:
                continue
            target = (page.parent / parts.path).resolve()
            assert target.is_file(), f"{page.relative_to(folder)}: {tag} {ref} is missing"
            assert folder.resolve() in target.parents
            checked += 1
        assert all(not re.match(r"^(https?:)?//", s) for s in parser.scripts)
    return checked


@pytest.fixture
def picture(demo_work, tmp_path):  # noqa: F811
    """Give the first listing a real picture, picked as a file and stored by the service."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 64, QImage.Format_RGB32)
    image.fill(QColor("#ccaa88"))
    image.save(str(tmp_path / "dress.png"))
    first = service.listings(demo_work, live_only=True)[0]
    service.update_listing(demo_work, first.id, images=[str(tmp_path / "dress.png")])
    return first


def test_every_link_and_image_resolves(demo_work, vault, picture, tmp_path, qapp):  # noqa: F811
    from desktop.services.tasks import run_inline

    summary = run_inline(service.export_site_task(tmp_path / "site", vault=vault), demo_work)
    site = tmp_path / "site"
    assert summary.products == 8 and summary.images == 1 and summary.payable == 0
    assert check_site(site) > 50
    names = {p.name for p in site.iterdir()}
    assert {"index.html", "order.html", "app.js", "style.css", "items", "checkout",
            "images"} <= names
    page = (site / "checkout" / f"{picture.product_key}.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="checkout-data">(.*?)</script>', page, re.S).group(1))
    assert data["storeKey"] == service.store_profile(demo_work).public_key
    assert picture.id in [v["listing"] for v in data["variants"]]
    # exporting again replaces the earlier export; a foreign folder is refused
    run_inline(service.export_site_task(site, vault=vault), demo_work)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "keep.txt").write_text("mine")
    from shop.storefront.errors import StorefrontError

    with pytest.raises(StorefrontError):
        run_inline(service.export_site_task(tmp_path / "other", vault=vault), demo_work)
    assert (tmp_path / "other" / "keep.txt").read_text() == "mine"


def test_lan_serving(demo_work, vault, tmp_path):  # noqa: F811
    from desktop.services.tasks import run_inline

    run_inline(service.export_site_task(tmp_path / "site", vault=vault), demo_work)
    server = service.serve_site(tmp_path / "site", host="127.0.0.1", port=0)
    try:
        with urllib.request.urlopen(server.url + "index.html", timeout=5) as r:
            assert "小林的自留地" in r.read().decode("utf-8")
        with urllib.request.urlopen(server.url + "app.js", timeout=5) as r:
            assert r.status == 200
    finally:
        server.stop()


def test_cli_on_demo(data_dir, tmp_path, capsys, secret_keyring, qapp):
    from desktop.cli import main
    from desktop.services.session import Session

    base = ["--data-dir", str(data_dir), "--demo", "storefront"]
    assert main(base + ["list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["store"]["name"] == "小林的自留地" and len(listed["listings"]) > 20
    first = next(x for x in listed["listings"] if x["live"])
    assert main(base + ["poster", str(first["id"]), str(tmp_path / "p.png")]) == 0
    assert main(base + ["catalog", str(tmp_path / "c.pdf")]) == 0
    assert (tmp_path / "p.png").stat().st_size > 10_000
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    assert main(base + ["site", str(tmp_path / "site")]) == 0
    assert check_site(tmp_path / "site") > 50
    assert main(base + ["poster", "99999", str(tmp_path / "x.png")]) == 1
    session = Session(data_dir)
    session.open_profile("demo")
    service._vault(session.work()).delete(service.KEY_NAME)
    session.close()
