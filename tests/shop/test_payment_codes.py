"""Payment QR codes: only a WeChat Pay or Alipay code of the kind asked for is kept, read
from a picture (made here with segno) and kept as its text; the QR shown is drawn anew."""

import io

import pytest

import shop.schema
import shop.storefront.schema
from shop.book import open_book
from shop.pictures import PictureRefused
from shop.storefront import payment_codes as codes


def picture(text: str, kind: str = "png") -> bytes:
    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind=kind, scale=5)
    return out.getvalue()


@pytest.mark.parametrize("kind,text,ok", [
    ("wechat", "wxp://f2f0x9dZKm5Yf1cD", True),
    ("wechat", "WXP://f2f0x9dZKm5Yf1cD", True),
    ("wechat", "https://payapp.weixin.qq.com/qr/AbC123", True),
    ("wechat", "wxp://", False),
    ("wechat", "https://qr.alipay.com/fkx01234", False),
    ("wechat", "https://payapp.weixin.qq.com.evil.example/qr/1", False),
    ("alipay", "https://qr.alipay.com/fkx01234abcd", True),
    ("alipay", "HTTPS://QR.ALIPAY.COM/FKX01234ABCD", True),
    ("alipay", "http://qr.alipay.com/fkx01234", False),
    ("alipay", "https://qr.alipay.com/", False),
    ("alipay", "https://qr.alipay.com@evil.example/fkx", False),
    ("alipay", "https://qr.alipay.com/fkx 01234", False),
    ("alipay", "javascript:alert(1)//qr.alipay.com/x", False),
    ("alipay", "wxp://f2f0x9dZKm5Yf1cD", False),
])
def test_only_a_payment_address_of_the_kind(kind, text, ok):
    assert codes.is_payment_text(kind, text) is ok


def test_a_picture_is_read_and_only_its_text_kept(tmp_path):
    assert codes.payment_text("alipay", picture("HTTPS://QR.ALIPAY.COM/FKX01234ABCD")) == (
        "HTTPS://QR.ALIPAY.COM/FKX01234ABCD")
    with pytest.raises(codes.PaymentCodeError, match="not a WeChat Pay payment code"):
        codes.payment_text("wechat", picture("https://example.com/pay"))
    blank = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (200, 200), "white").save(blank, "PNG")
    with pytest.raises(codes.PaymentCodeError, match="No QR code"):
        codes.payment_text("wechat", blank.getvalue())
    with pytest.raises(PictureRefused):
        codes.payment_text("wechat", b"wxp://f2f0 not a picture")
    drawn = codes.qr_png("wxp://f2f0x9dZKm5Yf1cD")
    assert codes.read_qr_texts(drawn) == ["wxp://f2f0x9dZKm5Yf1cD"]


def test_saved_listed_replaced_removed(tmp_path):
    db = open_book(tmp_path / "book.db", [shop.schema.migrations,
                                          shop.storefront.schema.migrations], create=True)
    codes.save_code(db, "alipay", "https://qr.alipay.com/fkx1", at=1)
    codes.save_code(db, "wechat", "wxp://f2f0a", at=2)
    codes.save_code(db, "wechat", "wxp://f2f0b", at=3)
    assert [(c.kind, c.text) for c in codes.list_codes(db)] == [
        ("wechat", "wxp://f2f0b"), ("alipay", "https://qr.alipay.com/fkx1")]
    with pytest.raises(codes.PaymentCodeError):
        codes.save_code(db, "alipay", "https://example.com/x")
    codes.remove_code(db, "wechat")
    with pytest.raises(codes.PaymentCodeError, match="no WeChat Pay payment code"):
        codes.remove_code(db, "wechat")
    with pytest.raises(codes.PaymentCodeError, match="not a kind of payment code"):
        codes.remove_code(db, "paypal")
    assert [c.kind for c in codes.list_codes(db)] == ["alipay"]
    db.close()
