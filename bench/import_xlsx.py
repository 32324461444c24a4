"""`python -m bench import-xlsx`: a 100,000-row XLSX stock sheet through the whole import,
next to openpyxl's read-only iteration of the same file alone (the floor)."""

import os
import tempfile

from bench._report import report
from bench._stock import HEADER, ROWS, import_file, measure, rows, timed

RUNS = 3


def _iterate(path):
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        count = sum(1 for _ in book.active.iter_rows(values_only=True))
    finally:
        book.close()
    assert count == ROWS + 1, count


def run_one(variant, folder):
    path = os.path.join(folder, "stock.xlsx")
    if variant == "ours":
        timed(lambda: import_file(path, folder))
    else:
        timed(lambda: _iterate(path))


def write_file(folder):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("库存")
    sheet.append(HEADER)
    for cells in rows():
        # Numbers as numbers, the way Excel keeps them.
        sheet.append([*cells[:5], int(cells[5]), float(cells[6]), float(cells[7]),
                      float(cells[8]), *cells[9:]])
    raw = os.path.join(folder, "raw.xlsx")
    book.save(raw)
    _add_dimension(raw, os.path.join(folder, "stock.xlsx"))
    os.unlink(raw)


def _add_dimension(src, dst):
    """Excel records the used range (<dimension ref="A1:K100001"/>); the streaming writer
    does not, and without it openpyxl parses the whole sheet once more just to size it."""
    import zipfile

    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            data = a.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                ref = f'<dimension ref="A1:K{ROWS + 1}"/>'.encode()
                at = data.index(b"</sheetPr>") + len(b"</sheetPr>")
                data = data[:at] + ref + data[at:]
            b.writestr(info, data)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        write_file(folder)
        got = measure("bench.import_xlsx", folder, RUNS)
    (ours, ours_peak), (floor, floor_peak) = got["ours"], got["floor"]
    print(f"import-xlsx: {ROWS:,} rows; ours {ours:.3f} s (peak {ours_peak // 1024} MB), "
          f"openpyxl read-only iteration {floor:.3f} s (peak {floor_peak // 1024} MB), "
          f"median of {RUNS}")
    report("import-xlsx", ours, floor, rows=ROWS, ours_peak_mb=ours_peak // 1024,
           floor_peak_mb=floor_peak // 1024)
    return 0
