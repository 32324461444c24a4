"""Pictures enter a book only as images that decode, re-encoded, from where they may come."""

import io
import os
import struct
import zlib

import pytest
from PIL import Image

from shop import pictures
from shop.stock.values import ValueProblem


def image_bytes(fmt="PNG", size=(30, 20), mode="RGB", **save) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "teal").save(out, fmt, **save)
    return out.getvalue()


def claimed_png(width, height) -> bytes:
    """A tiny PNG whose header claims `width` x `height` pixels (a decompression bomb)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("fmt,suffix", [("PNG", ".jpg"), ("JPEG", ".jpg"), ("GIF", ".jpg"),
                                        ("WEBP", ".jpg"), ("BMP", ".jpg")])
def test_every_common_format_is_stored_as_a_new_file(tmp_path, fmt, suffix):
    data = image_bytes(fmt)
    name = pictures.store_bytes(data, tmp_path)
    assert name.endswith(suffix) and pictures.is_name(name)
    stored = (tmp_path / name).read_bytes()
    assert stored != data and Image.open(io.BytesIO(stored)).size == (30, 20)


def test_transparency_is_kept_as_png(tmp_path):
    name = pictures.store_bytes(image_bytes("PNG", mode="RGBA"), tmp_path)
    assert name.endswith(".png")
    assert Image.open(tmp_path / name).mode == "RGBA"


def test_metadata_and_location_are_dropped_and_the_photo_turned_upright(tmp_path):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0112] = 6  # rotated 90°: the camera held upright
    exif.get_ifd(0x8825)[2] = (39.0, 54.0, 26.0)
    data = image_bytes("JPEG", size=(60, 40), exif=exif, comment=b"secret note")
    stored = (tmp_path / pictures.store_bytes(data, tmp_path)).read_bytes()
    for trace in (b"PhoneMaker", b"Exif", b"secret note"):
        assert trace not in stored
    assert Image.open(io.BytesIO(stored)).size == (40, 60)


def test_large_pictures_are_scaled_down(tmp_path):
    name = pictures.store_bytes(image_bytes("PNG", size=(5000, 100)), tmp_path)
    assert Image.open(tmp_path / name).size == (pictures.MAX_SIDE, 40)


def test_the_same_picture_is_stored_once(tmp_path):
    data = image_bytes()
    assert pictures.store_bytes(data, tmp_path) == pictures.store_bytes(data, tmp_path)
    assert len(list(tmp_path.iterdir())) == 1


@pytest.mark.parametrize("data,code", [
    (b"", "picture_unreadable"),
    (b"#!/bin/sh\nrm -rf ~\n", "picture_unreadable"),
    (b"<svg onload=alert(1)></svg>", "picture_unreadable"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "picture_unreadable"),
    (image_bytes("PNG")[:60], "picture_unreadable"),
    (claimed_png(100_000, 100_000), "picture_too_large"),
    (b"\xff" * (pictures.MAX_BYTES + 1), "picture_too_large"),
])
def test_anything_but_a_picture_is_refused_and_nothing_stored(tmp_path, data, code):
    with pytest.raises(pictures.PictureRefused) as refused:
        pictures.store_bytes(data, tmp_path / "images")
    assert refused.value.code == code
    assert not (tmp_path / "images").exists()


def test_only_stored_names_resolve(tmp_path):
    name = pictures.store_bytes(image_bytes(), tmp_path)
    assert pictures.resolve(tmp_path, name) == tmp_path / name
    (tmp_path / "notes.txt").write_text("x")
    for other in ("notes.txt", "/etc/hostname", "../book.db", name.upper(), "",
                  "a" * 64 + ".jpg", f"./{name}", f"sub/{name}"):
        assert pictures.resolve(tmp_path, other) is None
    os.symlink("/etc/hostname", tmp_path / ("b" * 64 + ".png"))
    assert pictures.resolve(tmp_path, "b" * 64 + ".png") is None


@pytest.fixture
def stock(tmp_path):
    folder = tmp_path / "stock"
    (folder / "图片").mkdir(parents=True)
    (folder / "图片" / "a01.png").write_bytes(image_bytes())
    (folder / "notes.png").write_text("not a picture")
    (tmp_path / "outside.png").write_bytes(image_bytes())
    os.symlink(tmp_path / "outside.png", folder / "link.png")
    os.symlink("/dev/zero", folder / "zero.png")
    os.mkfifo(folder / "pipe.png")
    (folder / "dir.png").mkdir()
    return folder


@pytest.mark.parametrize("cell", ["图片/a01.png", "图片\\a01.png", " ./图片/a01.png "])
def test_a_stock_cell_takes_a_picture_under_the_stock_folder(stock, tmp_path, cell):
    take = pictures.stock_pictures(stock, tmp_path / "images")
    name = take(cell)
    assert pictures.resolve(tmp_path / "images", name) is not None


@pytest.mark.parametrize("cell,code", [
    ("/etc/hostname", "picture_outside"), ("../outside.png", "picture_outside"),
    ("图片/../../outside.png", "picture_outside"), ("..\\outside.png", "picture_outside"),
    ("C:\\Windows\\win.ini", "picture_outside"), ("file:///etc/passwd", "picture_outside"),
    ("https://example.com/a.png", "picture_outside"), ("link.png", "picture_outside"),
    ("zero.png", "picture_outside"), ("missing.png", "picture_outside"),
    ("notes.png", "picture_unreadable"), ("pipe.png", "picture_unreadable"),
    ("dir.png", "picture_unreadable"),
])
def test_a_stock_cell_naming_anything_else_is_a_problem_with_its_reason(stock, tmp_path, cell,
                                                                        code):
    take = pictures.stock_pictures(stock, tmp_path / "images")
    with pytest.raises(ValueProblem) as problem:
        take(cell)
    assert problem.value.code == code and problem.value.params["value"] == cell.strip()
    assert not (tmp_path / "images").exists()


def test_a_picture_file_the_user_picks_must_be_a_regular_file(tmp_path):
    os.mkfifo(tmp_path / "pipe.png")
    with pytest.raises(pictures.PictureRefused):
        pictures.store_file(tmp_path / "pipe.png", tmp_path / "images")
    with pytest.raises(pictures.PictureRefused, match="no picture file"):
        pictures.store_file(tmp_path / "missing.png", tmp_path / "images")
