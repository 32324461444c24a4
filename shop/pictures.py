"""Pictures: only image bytes that decode reach the app, re-encoded and stripped.

A picture arrives as a file the user picked, as a cell of a stock file (a path under that
file's own folder) or embedded in a lot sheet. Whatever the source it is bounded (bytes,
pixels), decoded, turned upright, scaled down, and encoded anew without metadata (EXIF and
its GPS position, ICC, comments), then stored under a name made from the new bytes' hash.
Only such names are ever resolved back to a file, so a cell or a sheet naming
`/etc/hostname` or `../book.db` can never bring that file into a site or a sheet.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import tempfile
from pathlib import Path
from typing import Callable

from shop.errors import ShopError
from shop.stock.values import ValueProblem

MB = 1024 * 1024
MAX_BYTES = 10 * MB  # a picture file as read; phone photos are 2-6 MB
MAX_PIXELS = 50_000_000  # decoded size; a 1 KB PNG may claim 100,000 x 100,000 pixels
MAX_SIDE = 2000  # stored pictures are scaled down to fit this square
JPEG_QUALITY = 88
FORMATS = {"JPEG", "PNG", "GIF", "WEBP", "BMP"}
_NAME = re.compile(r"[0-9a-f]{64}\.(?:jpg|png)")


class PictureRefused(ShopError):
    """A picture that is not taken; `code` is one of picture_outside, picture_unreadable,
    picture_too_large (the stock import's reason codes)."""

    def __init__(self, message: str, *, code: str, **fields):
        self.code = code
        super().__init__(message, **fields)


def _too_large() -> PictureRefused:
    return PictureRefused("The picture is larger than {limit} MB.", code="picture_too_large",
                          limit=MAX_BYTES // MB)


def _unreadable() -> PictureRefused:
    return PictureRefused("The file is not a picture that can be read (JPEG, PNG, GIF, WebP "
                          "or BMP).", code="picture_unreadable")


def encode(data: bytes) -> tuple[bytes, str]:
    """Decode image bytes and encode them anew: (bytes, ".jpg" or ".png").
    Raises PictureRefused for anything that is not a picture within the bounds."""
    if len(data) > MAX_BYTES:
        raise _too_large()
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data), formats=sorted(FORMATS)) as image:
            width, height = image.size
            if width < 1 or height < 1 or width * height > MAX_PIXELS:
                raise PictureRefused("The picture has {pixels:,} pixels; at most {limit:,} are "
                                     "taken.", code="picture_too_large", pixels=width * height,
                                     limit=MAX_PIXELS)
            image.seek(0)  # an animation keeps its first frame
            image.load()
            upright = ImageOps.exif_transpose(image)
            clear = "A" in upright.getbands() or "transparency" in upright.info
            picture = upright.convert("RGBA" if clear else "RGB")
    except PictureRefused:
        raise
    except Image.DecompressionBombError:
        raise PictureRefused("The picture has more than {limit:,} pixels.",
                             code="picture_too_large", limit=MAX_PIXELS) from None
    except Exception:  # Pillow's decoders raise many kinds for a damaged or hostile file
        raise _unreadable() from None
    picture.info.clear()  # comments, ICC and EXIF would otherwise be written out again
    picture.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    if clear:
        picture.save(out, "PNG", optimize=True)
        return out.getvalue(), ".png"
    picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue(), ".jpg"


def store_bytes(data: bytes, images_dir) -> str:
    """Store image bytes re-encoded in `images_dir`; returns the stored picture's name."""
    encoded, suffix = encode(data)
    name = hashlib.sha256(encoded).hexdigest() + suffix
    folder = Path(images_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if not target.is_file():
        handle, temp = tempfile.mkstemp(dir=folder, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(encoded)
            os.replace(temp, target)
        except BaseException:
            if os.path.exists(temp):
                os.unlink(temp)
            raise
    return name


def read_file(path) -> bytes:
    """The bytes of a picture file: a regular file of at most MAX_BYTES, read once."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        raise PictureRefused("There is no picture file at {path}.", code="picture_outside",
                             path=str(path)) from None
    # Checked on the open file, so a device, a pipe or a folder is refused however it was
    # named (a symlink to /dev/zero would otherwise read forever).
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise _unreadable()
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large()
    return data


def store_file(path, images_dir) -> str:
    """Store a picture file the user picked; returns the stored picture's name."""
    return store_bytes(read_file(path), images_dir)


def is_name(name: str) -> bool:
    """Whether `name` is the name of a stored picture (nothing else is ever resolved)."""
    return bool(_NAME.fullmatch(name or ""))


def resolve(images_dir, name: str) -> Path | None:
    """The stored picture `name` in `images_dir`, or None for any other name or no file."""
    if not is_name(name):
        return None
    path = Path(images_dir) / name
    return path if path.is_file() and not path.is_symlink() else None


def _inside(folder: str, cell: str) -> str | None:
    """The real path a stock cell names under `folder`, or None when it is not a plain
    relative path there (absolute, a URL, a drive, `..`, or a link that leads out)."""
    text = cell.replace("\\", "/")
    if (not text or "://" in text or text.lower().startswith("file:") or text.startswith("/")
            or re.match(r"[A-Za-z]:", text) or "\0" in text):
        return None
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    root = os.path.realpath(folder)
    path = os.path.realpath(os.path.join(root, *parts))
    return path if os.path.commonpath([root, path]) == root else None


def stock_pictures(stock_folder, images_dir) -> Callable[[str], str]:
    """For a stock import: a function from a picture cell to the stored picture's name,
    taking only files under `stock_folder`; raises shop.stock.values.ValueProblem."""
    done: dict[str, str] = {}

    def take(cell: str) -> str:
        cell = cell.strip()
        if cell in done:
            return done[cell]
        path = _inside(str(stock_folder), cell)
        if path is None:
            raise ValueProblem("picture_outside", value=cell)
        try:
            name = store_file(path, images_dir)
        except PictureRefused as refused:
            params = {"value": cell}
            if refused.code == "picture_too_large":
                params["limit"] = MAX_BYTES // MB
            raise ValueProblem(refused.code, **params) from None
        done[cell] = name
        return name
    return take
