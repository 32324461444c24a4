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


def test_the_built_in_networks_and_a_refusal_naming_one_are_said_in_chinese():
    from desktop.i18n import NETWORK_NAMES, error_text, network_text, read_words
    from desktop.services.errors import UserFacingError
    from wallet.schema import LOCAL_NODE, SANDBOX

    words = read_words("zh_CN")
    assert set(NETWORK_NAMES) == {SANDBOX, LOCAL_NODE}

    def chinese(context, text):
        return words.get((context, text), text)

    assert network_text(SANDBOX, chinese) not in ("", SANDBOX)
    assert network_text("我的私链", chinese) == "我的私链"  # a network the user named
    refusal = UserFacingError("The network {network} has no token set.", network=SANDBOX)
    assert error_text(refusal, chinese) == chinese(
        "errors", "The network {network} has no token set.").format(
        network=network_text(SANDBOX, chinese))
    assert SANDBOX not in error_text(refusal, chinese)
