"""The text encodings a CSV stock file may be read in (shop.stock.files reads them)."""

# The encodings a CSV file is read in, and the names people see.
ENCODINGS = ("utf-8", "gb18030", "big5", "shift-jis", "utf-16")
ENCODING_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030", "big5": "Big5",
                  "shift-jis": "Shift-JIS", "utf-16": "UTF-16"}
