"""Translations: every string translated, every {field} kept, the compiled file shipped."""

import re
import xml.etree.ElementTree as ET

import pytest

from desktop.services.paths import resources_dir

TS_FILES = sorted((resources_dir() / "translations").glob("*.ts"))
FIELD = re.compile(r"\{(\w*)\}")


def messages():
    for ts in TS_FILES:
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr.get("type") in {"obsolete", "vanished"}:
                    continue
                yield ts.name, name, message.findtext("source"), tr.text or "", tr.get("type")


def test_there_is_a_chinese_translation():
    assert [p.name for p in TS_FILES] == ["ziliudi_zh_CN.ts"]


@pytest.mark.parametrize("ts, context, source, translation, kind", list(messages()))
def test_translated_and_keeps_fields(ts, context, source, translation, kind):
    assert kind != "unfinished" and translation.strip(), f"{context}: “{source}” is not translated"
    assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(translation)), (
        f"{context}: “{translation}” does not keep the fields of “{source}”")


def test_compiled_translation_present():
    for ts in TS_FILES:
        qm = ts.with_suffix(".qm")
        assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm.name} is not built from {ts.name}"


def test_sources_use_named_fields_not_fstrings():
    # tr(f"...") cannot be looked up; the extractor would see a different string each time.
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2] / "desktop"
    offenders = [str(p) for p in root.rglob("*.py")
                 if re.search(r"""(\btr|translate)\(\s*(\"[^\"]*\",\s*)?f["']""", p.read_text(encoding="utf-8"))]
    assert offenders == []
