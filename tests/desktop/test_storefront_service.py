"""The storefront service: the delivery key in the real keyring, listings through the work unit,
share text, and the demo store."""

import pytest

import desktop.services.schema as schema
from desktop.services import storefront as service
from shop.storefront.schema import migrations as storefront_migrations


@pytest.fixture
def with_storefront(monkeypatch):
    """Books opened in this test carry the storefront's tables (until the app's list has them)."""
    if storefront_migrations not in schema.MIGRATION_SETS:
        monkeypatch.setattr(schema, "MIGRATION_SETS", (*schema.MIGRATION_SETS, storefront_migrations))


@pytest.fixture
def vault(secret_keyring):
    from wallet.vault import Vault

    v = Vault(secret_keyring, scrypt_n=2**10)
    yield v
    v.delete(service.KEY_NAME)


@pytest.fixture
def demo_work(with_storefront, data_dir):
    """A work unit on the demo profile, on the test's thread."""
    from desktop.services.session import Session

    s = Session(data_dir)
    s.open_profile("demo")
    yield s.work()
    s.close()


def test_delivery_key_private_half_only_in_keyring(demo_work, vault):
    public = service.ensure_delivery_key(demo_work, vault)
    assert service.store_profile(demo_work).public_key == public
    assert service.ensure_delivery_key(demo_work, vault) == public  # kept, not remade
    secret = vault.get(service.KEY_NAME)
    assert "PRIVATE KEY" in secret
    raw = demo_work.profile.book_path.read_bytes()
    for path in demo_work.profile.folder.iterdir():
        assert b"PRIVATE KEY" not in path.read_bytes(), path
    del raw
    from shop.storefront.notes import seal

    note = seal({"name": "李雷", "phone": "139"}, public)
    assert service.read_delivery_note(demo_work, note, vault) == {"name": "李雷", "phone": "139"}


def test_missing_private_key_is_explained(demo_work, vault):
    service.ensure_delivery_key(demo_work, vault)
    vault.delete(service.KEY_NAME)
    from desktop.services.errors import UserFacingError

    with pytest.raises(UserFacingError, match="missing from the keyring"):
        service.ensure_delivery_key(demo_work, vault)
    assert service.ensure_delivery_key(demo_work, vault, replace=True)


def test_demo_store_from_demo_lot(demo_work):
    store = service.store_profile(demo_work)
    assert store.name == "小林的自留地"
    rows = service.listings(demo_work)
    live = service.listings(demo_work, live_only=True)
    assert len(rows) > 20 and 0 < len(live) <= len(rows)
    assert all(r.problem() is None for r in rows)
    text = service.share_text(demo_work, live[0].id)
    assert live[0].name in text and "¥" in text and f"?v={live[0].id}" in text
    assert service.store_qr(demo_work).text.endswith("/index.html")


def test_writes_record_what_changed(demo_work):
    first = service.listings(demo_work)[0]
    assert not demo_work.changes
    service.update_listing(demo_work, first.id, visible=False)
    assert demo_work.changes == {"storefront"}
