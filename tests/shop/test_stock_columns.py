import pytest

from shop.stock.columns import (check_mapping, field_for_header, find_header, from_json,
                                guess_mapping, normalise_header, to_json)
from shop.stock.errors import MappingError


@pytest.mark.parametrize("header, field", [
    ("商品名称", "name"), ("名称", "name"), ("Name", "name"), ("货号", "style_no"),
    ("款号", "style_no"), ("供应商款号", "style_no"), ("Style No.", "style_no"),
    ("条码", "barcode"), ("产品条码", "barcode"), ("商品编码", "barcode"), ("BARCODE", "barcode"),
    ("颜色", "color"), ("Color", "color"), ("尺码", "size"), ("规格", "size"),
    ("库存", "quantity"), ("数量", "quantity"), ("可售库存", "quantity"), ("Quantity", "quantity"),
    ("吊牌价", "tag_price"), ("Tag Price", "tag_price"), ("供货价", "supply_price"),
    ("供货价（不含税）", "supply_price"), ("供货价(不含税)", "supply_price"),
    ("采购价", "supply_price"), ("supply price", "supply_price"),
    ("建议零售价", "suggested_price"), ("Suggested Retail", "suggested_price"),
    ("最低售价", "min_price"), ("minimum price", "min_price"), ("唯品价", "vip_price"),
    ("直播价", "live_price"), ("品牌", "brand"), ("类目", "category"), ("年份", "year"),
    ("季节", "season"), ("材质", "material"), ("图片", "image"), ("Image", "image"),
    (" 商品 名称 ", "name"), ("*货号", "style_no"), ("吊牌价(元)", "tag_price"),
    ("吊牌价（元）", "tag_price"), ("库存：", "quantity"), ("ＳＩＺＥ", "size"),
    ("备注", None), ("", None), (None, None),
])
def test_header_synonyms(header, field):
    assert field_for_header(header) == field


def test_normalise_header():
    assert normalise_header("供货价（不含税）") == "供货价(不含税)"
    assert normalise_header(" Style  No. ") == "styleno."


def test_find_header_below_title_rows():
    rows = [["2024 春夏库存清单", None, None], [None, None, None], ["单位: 件"],
            ["货号", "名称", "库存", "吊牌价"], ["A1", "衫", 3, 99]]
    assert find_header(rows) == 3


def test_find_header_with_two_known_columns():
    assert find_header([["title"], ["名称", "库存", "备注"]]) == 1
    assert find_header([["title"], ["nothing", "here"]]) is None


def test_first_column_naming_a_field_wins():
    assert guess_mapping(["货号", "款号", "名称"]) == {"style_no": 0, "name": 2}


def test_check_mapping():
    header = ["货号", "名称", "库存", "吊牌价"]
    check_mapping(guess_mapping(header), header)
    with pytest.raises(MappingError, match="quantity"):
        check_mapping({"style_no": 0, "name": 1, "tag_price": 3}, header)
    with pytest.raises(MappingError, match="tag_price or supply_price"):
        check_mapping({"style_no": 0, "name": 1, "quantity": 2}, header)
    with pytest.raises(MappingError, match="not in this file"):
        check_mapping({"style_no": 0, "name": 1, "quantity": 9, "tag_price": 3}, header)


def test_mapping_json_follows_moved_columns():
    old = ["货号", "名称", "库存", "我们的价"]
    mapping = {"style_no": 0, "name": 1, "quantity": 2, "supply_price": 3}
    saved = to_json(mapping, old)
    assert from_json(saved) == mapping
    assert from_json(saved, old) == mapping
    moved = ["名称", "我们的价", "货号", "库存"]
    assert from_json(saved, moved) == {"name": 0, "supply_price": 1, "style_no": 2, "quantity": 3}
    # A remembered column whose name vanished is left for the user to map.
    assert "supply_price" not in from_json(saved, ["货号", "名称", "库存", "别的"])


def test_damaged_mapping_json():
    with pytest.raises(MappingError):
        from_json("{not json")
    with pytest.raises(MappingError):
        from_json('{"version": 9, "fields": {}}')


def test_traditional_headers_map_like_simplified_ones():
    from shop.stock.columns import guess_mapping

    header = ["商品名稱", "貨號", "條碼", "顏色", "尺碼", "庫存", "吊牌價", "供貨價", "建議零售價",
              "類目", "材質"]
    assert guess_mapping(header) == {
        "name": 0, "style_no": 1, "barcode": 2, "color": 3, "size": 4, "quantity": 5,
        "tag_price": 6, "supply_price": 7, "suggested_price": 8, "category": 9, "material": 10}
