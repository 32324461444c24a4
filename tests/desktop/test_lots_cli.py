"""`ziliudi lots ...` through desktop.cli.main."""

import csv
import json
import time

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

import shop.schema
from desktop.cli import main
from shop.book import open_book
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.sheets import export_sheet
from shop.stock.check import StockRow


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def d(data_dir):
    return ["--data-dir", str(data_dir)]


def stock(tmp_path, bad=False):
    path = tmp_path / "stock.csv"
    rows = ["商品名称,货号,颜色,尺码,库存,吊牌价,供货价,建议零售价,最低售价",
            "碎花连衣裙,A01,黑色,M,10,￥299.00,89元,159,129",
            "碎花连衣裙,A01,黑色,L,5,299,89,159,129",
            "衬衫,B02,白色,S,abc,99,39,69,59" if bad else "衬衫,B02,白色,S,7,99,39,69,59",
            "衬衫,B02,白色,S,1,99,39,69,59" if bad else "衬衫,B03,白色,S,1,99,39,69,59"]
    path.write_text("\n".join(rows) + "\n", encoding="gbk")
    return path


def test_rejected_file_imports_nothing_and_exits_1(capsys, d, tmp_path):
    code, out, err = run(capsys, *d, "lots", "import", str(stock(tmp_path, bad=True)),
                         "--lot", "春装", "--json")
    assert code == 1
    doc = json.loads(out)
    assert doc["lot"] == "春装" and doc["imported"] == 0
    assert doc["rejected"] == [
        {"row": 4, "column": "库存", "reason": "“abc” is not a number"},
        {"row": 5, "column": "货号", "reason": "SKU B02 / 白色 / S is already on row 4"}]
    assert "nothing was imported" in err
    code, out, _ = run(capsys, *d, "lots", "list", "--json")
    assert json.loads(out) == {"lots": []}
    code, out, err = run(capsys, *d, "lots", "import", str(stock(tmp_path, bad=True)),
                         "--lot", "春装")
    assert code == 1 and "row 4, 库存: “abc” is not a number" in err


def test_accept_valid_imports_the_valid_rows(capsys, d, tmp_path):
    code, out, _ = run(capsys, *d, "lots", "import", str(stock(tmp_path, bad=True)),
                       "--lot", "春装", "--accept-valid", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["imported"] == 2 and len(doc["rejected"]) == 2


def test_show_prints_items_in_minor_units(capsys, d, tmp_path):
    assert run(capsys, *d, "lots", "import", str(stock(tmp_path)), "--lot", "春装")[0] == 0
    code, out, _ = run(capsys, *d, "lots", "show", "春装", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["lot"]["title"] == "春装" and doc["lot"]["status"] == "draft"
    assert doc["lot"]["commission_bps"] == [1000, 300]
    first = doc["items"][0]
    assert (first["sku"], first["name"], first["quantity"]) == ("A01/黑色/M", "碎花连衣裙", 10)
    assert (first["tag_price"], first["supply_price"], first["suggested_price"],
            first["min_price"]) == (29900, 8900, 15900, 12900)
    assert [i["sku"] for i in doc["items"]] == ["A01/黑色/M", "A01/黑色/L", "B02/白色/S",
                                                "B03/白色/S"]
    code, out, _ = run(capsys, *d, "lots", "show", "春装")
    assert "A01/黑色/M\t碎花连衣裙\t10\tsupply ¥89.00\tsuggested ¥159.00\tmin ¥129.00\n" in out
    code, _, err = run(capsys, *d, "lots", "show", "秋装", "--json")
    assert code == 1 and "There is no lot named “秋装”" in err


def test_window_publish_list_and_export(capsys, d, tmp_path):
    run(capsys, *d, "lots", "import", str(stock(tmp_path)), "--lot", "春装")
    now = int(time.time())
    assert run(capsys, *d, "lots", "window", "春装", "--starts", str(now - 60),
               "--ends", str(now + 3600))[0] == 0
    code, out, _ = run(capsys, *d, "lots", "publish", "春装")
    assert code == 0 and "春装 is open" in out
    code, out, _ = run(capsys, *d, "lots", "list", "--json")
    [lot] = json.loads(out)["lots"]
    assert (lot["status"], lot["items"], lot["quantity"]) == ("open", 4, 23)
    code, out, _ = run(capsys, *d, "lots", "export", "春装", str(tmp_path / "items.xlsx"))
    assert code == 0 and "wrote 4 rows" in out
    code, out, _ = run(capsys, *d, "lots", "export", "春装", str(tmp_path / "sell.csv"),
                       "--sell-through")
    assert code == 0
    with open(tmp_path / "sell.csv", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[1][:5] == ["A01", "黑色", "M", "碎花连衣裙", "10"]
    code, _, err = run(capsys, *d, "lots", "window", "春装", "--starts", "x", "--ends", "y")
    assert code == 1 and "is not a date and time" in err


def test_sheet_import(capsys, d, tmp_path):
    account = Account.create()
    seller = open_book(tmp_path / "seller.db", [shop.schema.migrations], create=True)
    now = int(time.time())
    create_lot(seller, "夏装", starts_at=now - 60, ends_at=now + 86400)
    import_into(seller, "夏装", [StockRow(2, "A01", "黑", "M", "裙", "", 3, 100, 50, 80, 70, "",
                                        "", "", {})])
    publish(seller, "夏装")
    sign = lambda m: "0x" + bytes(account.sign_message(encode_typed_data(full_message=m))
                                  .signature).hex()
    export_sheet(seller, "夏装", tmp_path / "夏装.zlsheet", seller=account.address, sign=sign)
    seller.close()
    code, out, _ = run(capsys, *d, "lots", "sheet", "import", str(tmp_path / "夏装.zlsheet"),
                         "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["seller"] == account.address and doc["created"] and doc["added"] == 1
    code, _, err = run(capsys, *d, "lots", "sheet-import", str(tmp_path / "夏装.zlsheet"))
    assert code == 1 and "the same sheet" in err
    (tmp_path / "junk.zlsheet").write_bytes(b"PK\x03\x04junk")
    code, _, err = run(capsys, *d, "lots", "sheet", "import", str(tmp_path / "junk.zlsheet"))
    assert code == 1 and "cut short or damaged" in err


ANVIL_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
ANVIL_ADDRESS_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"


def test_sheet_export_signs_with_the_wallet_account(capsys, d, tmp_path, monkeypatch,
                                                    secret_keyring):
    import io

    def with_stdin(text, *argv):
        monkeypatch.setattr("sys.stdin", io.StringIO(text))
        return run(capsys, *argv)

    seller = [*d, "--profile", "卖家"]
    assert run(capsys, *d, "profile", "create", "卖家")[0] == 0
    code, _, err = with_stdin(f"{ANVIL_KEY_0}\npw\n", *seller, "wallet", "import", "--label",
                              "店", "--key", "--password-stdin")
    assert code == 0, err
    try:
        run(capsys, *seller, "lots", "import", str(stock(tmp_path)), "--lot", "春装")
        now = int(time.time())
        run(capsys, *seller, "lots", "window", "春装", "--starts", str(now - 60),
            "--ends", str(now + 3600))
        run(capsys, *seller, "lots", "publish", "春装")
        sheet = tmp_path / "春装.zlsheet"
        code, _, err = with_stdin("wrong\n", *seller, "lots", "sheet", "export", "春装",
                                  str(sheet), "--password-stdin")
        assert code == 1 and not sheet.exists()
        code, out, err = with_stdin("pw\n", *seller, "lots", "sheet", "export", "春装",
                                    str(sheet), "--account", "店", "--password-stdin")
        assert code == 0, err
        assert f"signed by {ANVIL_ADDRESS_0}" in out and "4 items" in out
        buyer = [*d, "--profile", "分销"]
        run(capsys, *d, "profile", "create", "分销")
        code, out, _ = run(capsys, *buyer, "lots", "sheet", "import", str(sheet), "--json")
        assert code == 0 and json.loads(out)["seller"] == ANVIL_ADDRESS_0
        code, _, err = run(capsys, *buyer, "lots", "sheet-import", str(sheet))
        assert code == 1 and "the same sheet" in err  # the earlier spelling still works
    finally:
        run(capsys, *seller, "wallet", "remove", ANVIL_ADDRESS_0, "--yes", "--force")


# ---------------------------------------------------------------- hostile stock files

BIG5 = ("name,style no,color,size,quantity,tag price,supply price\r\n"
        "碎花連衣裙,A01,黑色,M,10,299,89\r\n襯衫,B02,白色,S,7,99,39\r\n")


def test_an_encoding_not_told_for_certain_is_chosen_with_encoding(capsys, d, tmp_path):
    path = tmp_path / "big5.csv"
    path.write_bytes(BIG5.encode("big5"))
    code, out, err = run(capsys, *d, "lots", "import", str(path), "--lot", "繁体", "--json")
    assert code == 1 and out == ""
    [line] = err.strip().splitlines()
    assert line.startswith("ziliudi: ") and "--encoding" in line and "Big5" in line
    assert json.loads(run(capsys, *d, "lots", "list", "--json")[1]) == {"lots": []}
    code, out, err = run(capsys, *d, "lots", "import", str(path), "--lot", "繁体",
                         "--encoding", "big5", "--json")
    assert code == 0, err
    code, out, _ = run(capsys, *d, "lots", "show", "繁体", "--json")
    assert [i["name"] for i in json.loads(out)["items"]] == ["碎花連衣裙", "襯衫"]
    code, _, err = run(capsys, *d, "lots", "import", str(path), "--lot", "繁体",
                       "--encoding", "latin9")
    assert code == 1 and "Unknown text encoding “latin9”" in err


def test_rejections_count_rows_not_problems(capsys, d, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("商品名称,货号,颜色,尺码,库存,吊牌价,供货价\n"
                    ",C03,灰色,L,-2,面议,39\n碎花连衣裙,A01,黑色,M,10,299,89\n"
                    "毛衣,C04,灰色,L,2,99,\n", encoding="utf-8")
    code, out, err = run(capsys, *d, "lots", "import", str(path), "--lot", "春装", "--json")
    assert code == 1
    doc = json.loads(out)
    assert doc["rejected_rows"] == 2 and len(doc["rejected"]) == 4
    assert {(r["row"], r["column"]) for r in doc["rejected"]} == {
        (2, "商品名称"), (2, "库存"), (2, "吊牌价"), (4, "供货价")}
    assert err.strip().splitlines()[-1].startswith("ziliudi: 2 rows were rejected")
    code, out, err = run(capsys, *d, "lots", "import", str(path), "--lot", "春装",
                         "--accept-valid")
    assert code == 0 and "imported 1 items into 春装; 2 rows left out" in out


def test_an_unterminated_quote_refuses_the_file(capsys, d, tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("商品名称,货号,颜色,尺码,库存,吊牌价,供货价\r\n碎花连衣裙,A01,黑色,M,10,299,89\r\n"
                    '衬衫,"B02,白色,S,7,99,39\r\n碎花连衣裙,A01,黑色,L,5,299,89\r\n',
                    encoding="utf-8")
    code, out, err = run(capsys, *d, "lots", "import", str(path), "--lot", "春装",
                         "--accept-valid", "--json")
    assert code == 1 and out == "" and "Row 3 opens a quote" in err
    assert json.loads(run(capsys, *d, "lots", "list", "--json")[1]) == {"lots": []}


def test_picture_cells_are_taken_from_the_stock_files_folder_only(capsys, d, tmp_path):
    from PIL import Image

    folder = tmp_path / "stock"
    (folder / "pics").mkdir(parents=True)
    Image.new("RGB", (30, 20), "teal").save(folder / "pics" / "a.png")
    Image.new("RGB", (30, 20), "red").save(tmp_path / "outside.png")
    path = folder / "s.csv"
    path.write_text("商品名称,货号,颜色,尺码,库存,吊牌价,供货价,图片\n"
                    "碎花连衣裙,A01,黑色,M,10,299,89,pics/a.png\n"
                    "衬衫,B02,白色,S,7,99,39,../outside.png\n", encoding="utf-8")
    code, out, err = run(capsys, *d, "lots", "import", str(path), "--lot", "春装", "--json")
    assert code == 1
    assert json.loads(out)["rejected"] == [{"row": 3, "column": "图片", "reason":
                                            "picture “../outside.png” is not a file in the "
                                            "stock file's folder"}]
    code, out, err = run(capsys, *d, "lots", "import", str(path), "--lot", "春装",
                         "--accept-valid", "--json")
    assert code == 0, err
    from shop import pictures

    session_dir = next(p for p in (tmp_path / "data").rglob("images") if p.is_dir())
    [stored] = list(session_dir.iterdir())
    assert pictures.is_name(stored.name)
    assert stored.read_bytes() != (folder / "pics" / "a.png").read_bytes()


def test_revise_a_published_lot_and_list_its_revisions(capsys, d, tmp_path):
    run(capsys, *d, "lots", "import", str(stock(tmp_path)), "--lot", "秋装")
    now = int(time.time())
    run(capsys, *d, "lots", "window", "秋装", "--starts", str(now - 60), "--ends", str(now + 600))
    run(capsys, *d, "lots", "publish", "秋装")
    code, out, err = run(capsys, *d, "lots", "revise", "秋装", "--ends", str(now + 7200),
                         "--add", "A01/黑色/M=5", "--suggested", "A01/黑色/M=¥149.00",
                         "--minimum", "B03/白色/S=")
    assert code == 0, err
    assert out.splitlines()[0] == "秋装 is now at revision 2:"
    assert "  A01/黑色/M: quantity 10 -> 15" in out
    assert "  A01/黑色/M: suggested price ¥159.00 -> ¥149.00" in out
    assert "  B03/白色/S: min price ¥59.00 -> none" in out
    code, out, _ = run(capsys, *d, "lots", "revisions", "秋装", "--json")
    [rev] = json.loads(out)["revisions"]
    assert rev["revision"] == 2 and {"sku": "A01/黑色/M", "what": "quantity", "old": 10,
                                     "new": 15} in rev["changes"]
    for argv, reason in ((("--add", "A01/黑色/M"), "is not a number of units"),
                         (("--add", "Z9=1"), "“Z9” is not an item of “秋装”"),
                         (("--ends", str(now + 60)), "only move the end"),
                         (("--suggested", "A01/黑色/M=abc"), "“abc” is not an amount"),
                         ((), "Nothing would change")):
        code, out, err = run(capsys, *d, "lots", "revise", "秋装", *argv)
        assert code == 1 and reason in err, (argv, err)
    code, out, _ = run(capsys, *d, "lots", "revisions", "秋装", "--json")
    assert len(json.loads(out)["revisions"]) == 1
    assert run(capsys, *d, "lots", "close", "秋装")[0] == 0
    code, out, _ = run(capsys, *d, "lots", "revisions", "秋装")
    assert out.startswith("revision 3 (") and "  the lot was closed" in out


def test_a_sheet_for_one_distributor_with_its_allotment(capsys, d, tmp_path, monkeypatch,
                                                       secret_keyring):
    import io

    def with_stdin(text, *argv):
        monkeypatch.setattr("sys.stdin", io.StringIO(text))
        return run(capsys, *argv)

    seller = [*d, "--profile", "卖家"]
    run(capsys, *d, "profile", "create", "卖家")
    with_stdin(f"{ANVIL_KEY_0}\npw\n", *seller, "wallet", "import", "--label", "店", "--key",
               "--password-stdin")
    try:
        run(capsys, *seller, "lots", "import", str(stock(tmp_path)), "--lot", "春装")
        now = int(time.time())
        run(capsys, *seller, "lots", "window", "春装", "--starts", str(now - 60),
            "--ends", str(now + 3600))
        run(capsys, *seller, "lots", "publish", "春装")
        sheet = tmp_path / "for.zlsheet"
        other = Account.create().address
        code, _, err = with_stdin("pw\n", *seller, "lots", "sheet", "export", "春装", str(sheet),
                                  "--allot", "A01/黑色/M=2", "--password-stdin")
        assert code == 1 and "--for" in err and not sheet.exists()
        code, _, err = with_stdin("pw\n", *seller, "lots", "sheet", "export", "春装", str(sheet),
                                  "--for", "0x12", "--password-stdin")
        assert code == 1 and "is not an account address" in err
        code, out, err = with_stdin("pw\n", *seller, "lots", "sheet", "export", "春装", str(sheet),
                                    "--for", other, "--allot", "A01/黑色/M=2", "--password-stdin")
        assert code == 0, err
        # Its settlement before any sale: all 2 allotted units go back, nothing was paid.
        code, out, err = run(capsys, *seller, "lots", "settlement", "春装")
        assert code == 0, err
        assert f"{other.lower()}: sold 0, held 0, refunded 0, allotted 2, unsold 2" in out
        assert "each distributor's own sell-through export lists them" in out
        code, out, _ = run(capsys, *seller, "lots", "settlement", "春装", "--json")
        [line] = json.loads(out)["distributors"]
        assert (line["allotted"], line["unsold"], line["paid"]) == (2, 2, None)
        run(capsys, *d, "profile", "create", "分销")
        code, _, err = run(capsys, *d, "--profile", "分销", "lots", "sheet", "import", str(sheet))
        assert code == 1 and "was signed for the distributor" in err
        code, out, _ = run(capsys, *d, "--profile", "分销", "lots", "list", "--json")
        assert json.loads(out)["lots"] == []
    finally:
        run(capsys, *seller, "wallet", "remove", ANVIL_ADDRESS_0, "--yes", "--force")
