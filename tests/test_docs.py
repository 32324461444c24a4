"""The repository's documents: every link points to a file of the repository (and a heading
of it, where it names one), none leaves it, and the troubleshooting page quotes the app's
own sentences as the code has them today."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wallet.refusals import KEYRING_ADVICE, KeyringLocked, KeyringUnavailable, WrongChain

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = sorted([ROOT / "README.md", ROOT / "CHANGELOG.md", *(ROOT / "docs").glob("*.md")])
# [text](target) and ![alt](target); code spans and blocks are left out before matching.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)


def links(path: Path) -> list[str]:
    return LINK.findall(CODE.sub("", path.read_text(encoding="utf-8")))


def anchors(path: Path) -> set[str]:
    """The anchors a Markdown viewer gives the file's headings (lower case, punctuation
    dropped, spaces to hyphens)."""
    text = CODE.sub("", path.read_text(encoding="utf-8"))
    found = set()
    for heading in re.findall(r"^#+\s+(.+)$", text, re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


def test_the_documents_are_there():
    names = {p.relative_to(ROOT).as_posix() for p in DOCUMENTS}
    assert {"README.md", "CHANGELOG.md", "docs/architecture.md", "docs/escrow-protocol.md",
            "docs/user-guide.md", "docs/troubleshooting.md"} <= names
    assert all(p.is_file() for p in DOCUMENTS)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_link_stays_in_the_repository_and_finds_its_target(path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\b(https?|ftp)://|\bwww\.", text), "a link that leaves the repository"
    broken = []
    for target in links(path):
        file, _, anchor = target.partition("#")
        where = (path.parent / file).resolve() if file else path
        if not where.is_relative_to(ROOT) or not where.exists():
            broken.append(target)
        elif anchor and (where.suffix != ".md" or anchor not in anchors(where)):
            broken.append(target)
    assert broken == []


def test_readme_links_to_every_document():
    targets = set(links(ROOT / "README.md"))
    assert {"docs/architecture.md", "docs/escrow-protocol.md", "docs/user-guide.md",
            "docs/troubleshooting.md", "CHANGELOG.md"} <= targets


def test_the_readme_quick_start_is_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in quick.strip().splitlines()] == \
        ["./dev demo", "./dev test"]


def test_troubleshooting_quotes_the_apps_own_sentences():
    text = (ROOT / "docs" / "troubleshooting.md").read_text(encoding="utf-8")
    sentences = [*KEYRING_ADVICE.values(), str(KeyringLocked()), str(KeyringUnavailable()),
                 WrongChain(1, 2).template]
    assert [s for s in sentences if s not in text] == []
