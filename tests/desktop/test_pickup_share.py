"""The share kit carries the shop's pickup point: a poster of a listing offered for pickup
draws it beside the QR (which still decodes), and the catalog's header names the points once
a live listing may be collected; a listing delivered only shows none."""

from desktop.services import pickup
from desktop.services import storefront as service
from desktop.services.share_kit import catalog, poster_content
from tests.desktop.test_storefront_service import demo_work, with_storefront  # noqa: F401
from tests.desktop.test_storefront_share import decode


def _green_pixels(image) -> int:
    area = image.copy(40, 1160, 410, 85)
    return sum(1 for x in range(0, 410, 2) for y in range(0, 85, 2)
               if area.pixelColor(x, y).green() > area.pixelColor(x, y).red() + 30)


def test_posters_and_the_catalog_carry_the_pickup_point(demo_work, tmp_path, qapp):  # noqa: F811
    from PySide6.QtGui import QImage

    from desktop.render.poster import save_poster

    item = service.listings(demo_work, live_only=True)[0]
    before = catalog(demo_work).subtitle
    pickup.add_point(demo_work, "西湖店", "文三路 1 号")
    assert poster_content(demo_work, item.id).pickup == ""  # delivered only
    assert catalog(demo_work).subtitle == before
    plain = QImage(str(save_poster(poster_content(demo_work, item.id), tmp_path / "a.png")))

    pickup.set_handover(demo_work, item.id, "both")
    content = poster_content(demo_work, item.id)
    assert content.pickup == "到店自提：西湖店，文三路 1 号"
    image = QImage(str(save_poster(content, tmp_path / "b.png")))
    assert decode(image) == [content.qr.text]
    assert _green_pixels(plain) == 0 and _green_pixels(image) > 20
    assert catalog(demo_work).subtitle.endswith("到店自提：西湖店（文三路 1 号）")
