"""`python -m bench import-xlsx`: a 100,000-row XLSX stock sheet through the whole import,
next to openpyxl's read-only iteration of the same file alone (the floor)."""

import os
import tempfile

from bench._report import report
from bench._stock import (COMPACT_HEADER, HEADER, ROWS, compact_rows, import_file, large_rows,
                          measure, rows, run_large, timed)

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


_PARTS = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        'ContentType="application/xml"/></Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml":
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.'
        'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships"><sheets><sheet name="库存" sheetId="1" r:id="rId1"/>'
        '</sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
        'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>',
}


def _large(folder, count):
    """An XLSX of `count` compact rows, written as Excel writes one (texts in the shared-text
    part, numbers in cells), through the import: (seconds, peak MB)."""
    import zipfile

    texts, index = [], {}

    def row(number, cells):
        out = []
        for c, value in enumerate(cells):
            ref = f"{chr(65 + c)}{number}"
            if number > 1 and c >= 4:
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                if value not in index:
                    index[value] = len(texts)
                    texts.append(value)
                out.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
        return f'<row r="{number}">' + "".join(out) + "</row>"

    path = os.path.join(folder, "large.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in _PARTS.items():
            book.writestr(name, text)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
                         'schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension '
                         f'ref="A1:G{count + 1}"/><sheetData>').encode())
            sheet.write(row(1, COMPACT_HEADER).encode())
            block = []
            for n, cells in enumerate(compact_rows(count), 2):
                block.append(row(n, cells))
                if len(block) == 10_000:
                    sheet.write("".join(block).encode())
                    block = []
            sheet.write(("".join(block) + "</sheetData></worksheet>").encode())
        shared = "".join(f"<si><t>{t}</t></si>" for t in texts)
        book.writestr("xl/sharedStrings.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.'
            f'org/spreadsheetml/2006/main" count="{len(texts)}" uniqueCount="{len(texts)}">'
            f'{shared}</sst>'))
    return run_large(path, folder, count)


def main() -> int:
    large = {}
    with tempfile.TemporaryDirectory() as folder:
        write_file(folder)
        got = measure("bench.import_xlsx", folder, RUNS)
        if count := large_rows():
            seconds, peak = _large(folder, count)
            large = {"large_rows": count, "large_seconds": round(seconds, 3),
                     "large_peak_mb": peak}
            print(f"import-xlsx: {count:,} rows once: {seconds:.1f} s, peak {peak} MB")
    (ours, ours_peak), (floor, floor_peak) = got["ours"], got["floor"]
    print(f"import-xlsx: {ROWS:,} rows; ours {ours:.3f} s (peak {ours_peak // 1024} MB), "
          f"openpyxl read-only iteration {floor:.3f} s (peak {floor_peak // 1024} MB), "
          f"median of {RUNS}")
    report("import-xlsx", ours, floor, rows=ROWS, ours_peak_mb=ours_peak // 1024,
           floor_peak_mb=floor_peak // 1024, **large)
    return 0
