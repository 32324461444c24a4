"""The storefront for the GUI page and the command line: profile, delivery key, listings,
share kit data, signed offers, the static site, LAN serving and the orders it brings.

Every function takes the work unit (desktop.services.work.Work) first. The delivery key's
private half goes to the OS keyring through wallet.vault.Vault and nowhere else. Writes end
with work.changed("storefront").
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from desktop.services import downline
from desktop.services.chainless import is_chainless, require_chain
from desktop.services.errors import UserFacingError
from desktop.services.paths import resources_dir
from desktop.services.tasks import TaskContext
from desktop.services.wallet import SERVICE_PREFIX
from shop import pictures
from shop.lots.items import item_by_sku_text
from shop.lots.lots import get_lot
from shop.lots.model import ITEM_SELECT, item_from_row
from shop.money import Money, currency
from shop.orders.goods import goods_ref, salt_for
from shop.orders.model import CLOSING
from shop.orders.store import list_orders
from shop.stock.values import MAX_MONEY
from shop.storefront import (errors as storefront_errors, listings as storefront_listings,
                             notes as storefront_notes, offers as storefront_offers,
                             profile as storefront_profile, quotes as storefront_quotes,
                             share as storefront_share)
from shop.storefront import site as site_core
from shop.storefront.payment_codes import list_codes
from shop.storefront.profile import check_profile, is_loopback, web_address
from shop.storefront.serve import DEFAULT_PORT, SiteServer, lan_addresses
from wallet.accounts import purpose_secret
from wallet.contract_artifacts import load_artifact
from wallet.tokens import peg_of
from wallet.escrow_abi import escrow_event_topic
from wallet.escrow_script import script_interface
from wallet.escrow_types import (ZERO_ADDRESS, Offer, Payee, Settlement, offer_hash,
                                 offer_typed_data, settlement_typed_data)
from wallet.vault import Vault

if TYPE_CHECKING:
    from desktop.services.work import Work

AREA = "storefront"
KEY_NAME = "storefront:delivery-key"
#: What the store's delivery key is derived for from the wallet phrase (wallet.accounts.purpose_secret).
DELIVERY_KEY_PURPOSE = b"ziliudi storefront delivery key v1"
OFFER_DAYS = 30


def template_dir() -> Path:
    """The storefront site's templates and script."""
    return resources_dir() / "storefront"


def _vault(work, vault=None):
    if vault is not None:
        return vault

    return Vault(SERVICE_PREFIX + work.profile_id)


# ------------------------------------------------------------------ profile and key

def store_profile(work) -> storefront_profile.StoreProfile:
    """The store profile as saved."""
    return storefront_profile.get_profile(work.db)


def _stored_picture(work, value: str) -> str:
    """A stored picture's name for `value`: kept when it is one, else `value` is a picture
    file the user picked, stored re-encoded (PictureRefused when it is not a picture)."""
    value = str(value).strip()
    if not value or pictures.resolve(work.profile.images_folder, value) is not None:
        return value
    return pictures.store_file(value, work.profile.images_folder)


def save_store_profile(work, **changes) -> storefront_profile.StoreProfile:
    """Change fields of the store profile (name, avatar, notice, wechat, phone, currency,
    payout_account, payout_network, site_url); the public key and the arbitrator are not
    changed here. An
    avatar that is a file the user picked is stored as a picture first."""
    changes.pop("public_key", None)
    for name in ("arbitrator_account", "arbitrator_key", "arbitrator_contact", "arbitrator_fee"):
        changes.pop(name, None)  # named only from a card (services.arbitration)
    current = store_profile(work)
    updated = current.with_changes(**changes)
    check_profile(updated.with_changes(avatar=""))  # refuse the rest before storing a file
    if "avatar" in changes:
        updated = updated.with_changes(avatar=_stored_picture(work, changes["avatar"]))
    profile = storefront_profile.save_profile(work.db, updated)
    work.changed(AREA)
    return profile


def derived_delivery_key(phrase: str) -> tuple[str, str]:
    """The delivery key pair (PEM, public hex) a wallet phrase gives: the same on every
    computer, so notes sealed to it open again after restoring from the phrase."""
    return storefront_notes.key_pair_from_secret(purpose_secret(phrase, DELIVERY_KEY_PURPOSE))


def adopt_phrase(work, phrase: str, vault=None) -> bool:
    """Put the delivery key derived from this phrase in the keyring when the store has no key
    there yet and the store profile names no other public key; True when it did. A key the
    store already has (a random one of an earlier version, or one from another phrase) stays."""
    vault = _vault(work, vault)
    if vault.get(KEY_NAME):
        return False
    pem, public = derived_delivery_key(phrase)
    named = store_profile(work).public_key
    if named and named != public:
        return False
    vault.put(KEY_NAME, pem)
    return True


def ensure_delivery_key(work, vault=None, *, replace: bool = False) -> str:
    """The store's public key for delivery details: the keyring's key (one derived from the
    wallet phrase, see adopt_phrase), else a key pair made now; the private key stays in the
    OS keyring, the public key goes into the store profile."""
    vault = _vault(work, vault)
    profile = store_profile(work)
    secret = vault.get(KEY_NAME)
    if profile.public_key and secret and not replace:
        if storefront_notes.public_of(secret) == profile.public_key:
            return profile.public_key
    if profile.public_key and not secret and not replace:
        raise UserFacingError("The store's key for delivery details is missing from the keyring; "
                              "orders already placed cannot be read. Make a new key to go on.")
    if secret and not profile.public_key and not replace:
        pem, public = secret, storefront_notes.public_of(secret)
    else:
        pem, public = storefront_notes.new_key_pair()
        vault.put(KEY_NAME, pem)
    with work.db.atomic():
        work.db.execute("INSERT INTO store_profile (key, value) VALUES ('public_key', ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value", [public])
    work.changed(AREA)
    return public


def delivery_secret(work, vault=None) -> str:
    """The store's private delivery key (PEM) from the keyring; refused when it is not there."""
    secret = _vault(work, vault).get(KEY_NAME)
    if not secret:
        raise UserFacingError("The store's key for delivery details is not in the keyring.")
    return secret


def read_delivery_note(work, note: bytes, vault=None) -> dict:
    """A buyer's delivery details, decrypted with the store's private key from the keyring."""
    return storefront_notes.open_note(note, delivery_secret(work, vault))


class OnceVault:
    """The store's vault, asked for the key once however many notes are opened."""

    def __init__(self, vault):
        self.vault, self.cache = vault, {}

    def get(self, name):
        if name not in self.cache:
            self.cache[name] = self.vault.get(name)
        return self.cache[name]


def buyer_names(work, vault=None):
    """The books' way to name escrow buyers (shop.books.reports.sales_by): order ids -> {order
    id: the name its buyer gave in the delivery details}, for the notes the store's key in
    the keyring opens. The names stay in memory, for the report that asks."""
    def names(order_ids) -> dict[int, str]:
        notes = work.db.execute("SELECT id, note FROM orders WHERE note IS NOT NULL AND id IN "
                                "(SELECT value FROM json_each(?))",
                                [json.dumps(sorted(order_ids))]).fetchall()
        if not notes:
            return {}
        try:
            opener = OnceVault(_vault(work, vault))
            if not opener.get(KEY_NAME):
                return {}
        except Exception:  # no keyring here: the buyers go by their addresses
            return {}
        out = {}
        for order_id, note in notes:
            try:
                name = str(read_delivery_note(work, note, opener).get("name", "")).strip()
            except Exception:  # a note not for this key: that buyer goes by address
                continue
            if name:
                out[order_id] = name
        return out
    return names


# ------------------------------------------------------------------ listings

def listings(work, *, live_only: bool = False, at: int | None = None) -> list[storefront_listings.Listing]:
    """The storefront's listings in order (only what buyers see now with live_only)."""
    fn = storefront_listings.live_listings if live_only else storefront_listings.all_listings
    return fn(work.db, at=at)


def candidates(work, search: str = "", limit: int = 500) -> list:
    """Lot items of published lots not in the storefront yet, for the add dialog."""
    like = f"%{search.strip()}%"
    rows = work.db.execute(
        f"SELECT {ITEM_SELECT} FROM lot_items JOIN lots ON lots.id = lot_items.lot_id"
        " WHERE lots.state = 'published' AND lot_items.id NOT IN (SELECT item_id FROM listings)"
        " AND (lot_items.name LIKE ? OR lot_items.style_no LIKE ?) ORDER BY lot_items.id LIMIT ?",
        [like, like, limit]).fetchall()
    return [item_from_row(r) for r in rows]


def _write(fn):
    def run(work, *args, **kwargs):
        out = fn(work.db, *args, **kwargs)
        work.changed(AREA)
        return out
    run.__name__, run.__doc__ = fn.__name__, fn.__doc__
    return run


add_lot = _write(storefront_listings.add_lot)
move_listing = _write(storefront_listings.move_listing)
remove_listing = _write(storefront_listings.remove_listing)
bulk_reprice = _write(storefront_listings.bulk_reprice)


def add_listing(work, item_id: int, price: int | None = None, *, images=(), **kwargs):
    """Put a lot item into the storefront (see shop.storefront.add_listing); pictures that
    are files the user picked are stored first."""
    images = [_stored_picture(work, i) for i in images]
    out = storefront_listings.add_listing(work.db, item_id, price, images=images, **kwargs)
    work.changed(AREA)
    return out


def update_listing(work, listing_id: int, *, images=None, **kwargs) -> storefront_listings.Listing:
    """Change a listing (see shop.storefront.update_listing); pictures that are files the
    user picked are stored first."""
    if images is not None:
        images = [_stored_picture(work, i) for i in images]
    out = storefront_listings.update_listing(work.db, listing_id, images=images, **kwargs)
    work.changed(AREA)
    return out


def listing(work, listing_id: int) -> storefront_listings.Listing:
    """One listing; NoSuchListing otherwise."""
    return storefront_listings.get_listing(work.db, listing_id)


def add_from_lot(work, title: str, skus=None) -> list[storefront_listings.Listing]:
    """Put a published lot's items into the storefront at their suggested prices: all that
    are not listed yet and have a price within the supplier's rules, or exactly the items
    `skus` names (style/color/size, as lots show prints them), all or none."""
    lot = get_lot(work.db, title)
    if lot.state != "published":
        raise UserFacingError("“{title}” is {status}; only the items of a published lot can be "
                              "put in the storefront.", title=lot.title, status=lot.status)
    if not skus:
        return add_lot(work, lot.id)
    items = []
    for sku in dict.fromkeys(skus):
        item = item_by_sku_text(work.db, lot.id, sku)
        if item is None:
            raise UserFacingError("“{sku}” is not an item of “{title}”.", sku=sku,
                                  title=lot.title)
        items.append(item)
    with work.db.atomic():
        added = [storefront_listings.add_listing(work.db, item.id) for item in items]
    work.changed(AREA)
    return added


def set_price(work, listing_id: int, text: str) -> storefront_listings.Listing:
    """Set a listing's price from text as people type it ("159", "159.9", "¥159.00") in its
    lot's currency, at most the stock files' maximum, within the supplier's rules; a
    shop.money.MoneyError says why text is not such a price."""
    sold_in = currency(listing(work, listing_id).currency)  # an unknown listing comes first
    price = Money.parse(str(text), sold_in, limit=MAX_MONEY)
    return update_listing(work, listing_id, price=price.units)


# ------------------------------------------------------------------ share kit

#: Said (the GUI in its own words) whenever a link or QR code uses the LAN address.
LAN_ONLY = ("Its links use this computer's network address ({url}): only buyers on the same "
            "network can open them, while the store is served from here. Set the store's web "
            "address in the store profile to share it further.")


@dataclass(frozen=True)
class SiteAddress:
    """Where buyers reach the store's pages. `lan`: this computer's address on the local
    network (the site served from here), which only buyers on that network can open."""

    url: str
    lan: bool


def site_address(work) -> SiteAddress:
    """The store's web address, else the LAN server's; never this computer's loopback
    address, which no buyer's phone can open (a StorefrontError says what to set instead)."""
    url = web_address(store_profile(work).site_url)  # never a javascript: from an old book
    if url and not is_loopback(url):  # an old book (or the old demo) may hold 127.0.0.1
        return SiteAddress(url, lan=False)
    lan = lan_addresses()
    if not lan:
        raise storefront_errors.StorefrontError(
            "The store has no web address, and this computer has no network address a buyer's "
            "phone could reach. Set the store's web address in the store profile first.")
    return SiteAddress(f"http://{lan[0]}:{DEFAULT_PORT}/", lan=True)


def site_url(work) -> str:
    """Where the store's pages are reached (site_address)."""
    return site_address(work).url


def store_qr(work) -> storefront_share.Qr:
    """The QR code of the store's front page."""
    return storefront_share.qr(storefront_share.store_link(site_url(work)))


def listing_qr(work, listing_id: int) -> storefront_share.Qr:
    """The QR code of one listing's page."""
    return storefront_share.qr(storefront_share.listing_link(site_url(work), listing(work, listing_id)))


def share_text(work, listing_id: int | None = None) -> str:
    """Text to paste into a chat, for the store or one listing."""
    item = listing(work, listing_id) if listing_id is not None else None
    return storefront_share.share_text(store_profile(work), item, site_url(work))


def resolve_image(work) -> Callable[[str], Path | None]:
    """A function finding a stored picture named by a lot item, a listing or the avatar; any
    other name (a path from a cell or an old book) has no picture."""
    folder = work.profile.images_folder
    return lambda name: pictures.resolve(folder, name)


# ------------------------------------------------------------------ offers and site

@dataclass(frozen=True)
class EscrowDeployment:
    """The escrow contract and token the store takes payments in."""

    chain_id: int
    contract: str
    token: str
    symbol: str
    decimals: int
    token_name: str = ""
    permit: bool = False
    permit_version: str = "1"

    @property
    def paid_in(self) -> storefront_quotes.PaidIn:
        """The token as prices are converted into it: symbol, decimals and its peg."""
        return storefront_quotes.PaidIn(self.symbol, self.decimals, peg_of(self.symbol))


def chain_config(dep: EscrowDeployment) -> dict:
    """What the site's script needs to pay and to follow an order: the chain, contract and
    token, and the contract's interface as wallet.escrow_abi derives it from the ABI
    (functions with selectors and ABI types, errors, topics, states, permit types). The
    script knows none of these itself."""
    return {
        "chainId": str(dep.chain_id), "contract": dep.contract,
        "token": {"address": dep.token, "symbol": dep.symbol, "decimals": dep.decimals,
                  "name": dep.token_name, "permit": dep.permit, "version": dep.permit_version},
        **script_interface(),
        # The contract keeps no record of a closed escrow; the order page tells how it
        # closed from the event that closed it.
        "closedTopics": {escrow_event_topic(kind): state.lower()
                         for kind, state in CLOSING.items()},
        # The order page finds the seller's shipping call by its event.
        "shippedTopic": escrow_event_topic("Shipped"),
        # What the buyer signs to agree to a settlement, less its message, which the order
        # page fills from the seller's proposal.
        "settlement": {k: v for k, v in settlement_typed_data(
            Settlement(0, 0, 0, 0), dep.chain_id, dep.contract).items() if k != "message"},
    }


def offer_terms(work, dep: EscrowDeployment, rate: storefront_quotes.Rate | None = None) -> dict:
    """The terms every offer of the store names now, as an offer's JSON has them: the store
    profile's arbitrator (the zero address for none) and its fee in the token's units, at
    `rate` (else the rate last used) when the token is not of the store's currency; the fee
    is left out when no rate converts it yet."""
    store = store_profile(work)
    if not store.arbitrator_account:
        return {"arbitrator": ZERO_ADDRESS, "arbitratorFee": "0"}
    paid = dep.paid_in
    if rate is None and paid.peg != store.currency:
        rate = last_rate(work, store.currency, paid.side)
    try:
        fee = storefront_quotes.token_units(Money.of(store.arbitrator_fee, store.currency), paid, rate)
    except storefront_quotes.RateNeeded:
        return {"arbitrator": store.arbitrator_account}
    return {"arbitrator": store.arbitrator_account, "arbitratorFee": str(fee)}


def current_offers(work, dep: EscrowDeployment, *, at: int | None = None) -> dict:
    """The store's offers buyers can pay now, by listing id: those in the deployment's token
    still at the listing's price that name the store's arbitrator and fee as they are now."""
    return storefront_offers.current_offers(work.db, dep.chain_id, dep.contract, at=at, token=dep.token,
                               terms=offer_terms(work, dep))


@dataclass(frozen=True)
class _Planned:
    listing_id: int
    listing_price: int
    offer: object  # wallet.escrow_types.Offer
    quote: dict


def _plan_offers(work, seller: str, dep: EscrowDeployment, at: int,
                 rate: storefront_quotes.Rate | None) -> list[_Planned]:
    """The offers to sign, every amount converted and checked before any is signed (the
    supplier of a lot sheet is a payee of its supply price, the seller's uplines of their
    commissions under the lot's plan)."""
    paid = dep.paid_in
    terms = offer_terms(work, dep, rate)
    if "arbitratorFee" not in terms:  # the arbitrator's fee needs the rate too
        raise storefront_quotes.RateNeeded(store_profile(work).currency, paid.side)
    arbitrator = {"arbitrator": terms["arbitrator"], "arbitrator_fee": int(terms["arbitratorFee"])}
    kept = storefront_offers.current_offers(work.db, dep.chain_id, dep.contract, at=at, token=dep.token,
                               terms=terms)
    planned = []
    for item in storefront_listings.live_listings(work.db, at=at):
        if item.id in kept:
            continue
        price = Money.of(item.price, item.currency)
        unit = storefront_quotes.token_units(price, paid, rate)
        supplier = None
        if item.lot_origin == "sheet" and item.supplier_address and item.supply_price:
            supply = Money.of(item.supply_price, item.currency)
            supplier = (item.supplier_address, storefront_quotes.token_units(supply, paid, rate))
        payees = tuple(Payee(a, n) for a, n in downline.offer_payees(
            work, seller, item.lot_id, unit, supplier, item.sku))
        lot_end, lot_uid = work.db.execute("SELECT ends_at, uid FROM lots WHERE id = ?",
                                           [item.lot_id]).fetchone()
        # The salt names the lot and item, so that the lot's supplier, a payee, can tell
        # from the chain alone what this offer sells.
        offer = Offer(seller=seller, token=dep.token, price=unit,
                      max_quantity=item.available, payees=payees,
                      expiry=min(lot_end, at + OFFER_DAYS * 86400),
                      salt=salt_for(goods_ref(lot_uid, item.sku)), **arbitrator)
        problems = offer.problems(dep.contract)
        if problems:
            raise UserFacingError("The offer for {sku} cannot be signed: {problems}.",
                                  sku=item.sku, problems="; ".join(problems))
        planned.append(_Planned(item.id, item.price, offer,
                                storefront_quotes.quote_document(price, paid, rate)))
    return planned


def sign_offers(work, signer, dep: EscrowDeployment, *, at: int | None = None,
                rate: storefront_quotes.Rate | None = None) -> int:
    """Sign an escrow offer for every live listing at its current price; returns how many
    were signed. A listing priced in another currency than the token's is converted at
    `rate` (RateNeeded without one); nothing is signed when one listing is refused. `signer`
    is an unlocked wallet signer (.address, .sign_typed_data)."""
    import time

    at = int(time.time()) if at is None else at
    planned = _plan_offers(work, signer.address, dep, at, rate)
    for p in planned:
        signature = signer.sign_typed_data(offer_typed_data(p.offer, dep.chain_id, dep.contract))
        storefront_offers.save_offer(work.db, storefront_offers.StoredOffer(
            p.listing_id, p.listing_price, dep.chain_id, dep.contract, p.offer.to_json(),
            signature if signature.startswith("0x") else "0x" + signature,
            "0x" + offer_hash(p.offer, dep.chain_id, dep.contract).hex(), p.offer.expiry,
            p.quote), at=at)
    if rate is not None and any(p.quote["rate"] for p in planned):
        _remember_rate(work, rate)
    work.changed(AREA)
    return len(planned)


# ------------------------------------------------------------------ rates

RATE_KEY = "storefront.rate.{listing}.{side}"


@dataclass(frozen=True)
class RateAsk:
    """Signing needs a rate: 1 `side` (the token's currency, or the token) in `listing` (the
    store's currency), paid in `token`; `last` is the rate used last for the pair, if any."""

    listing: str
    side: str
    token: str
    last: storefront_quotes.Rate | None


def _remember_rate(work, rate: storefront_quotes.Rate) -> None:
    import json

    with work.db.atomic():
        work.db["book_info"].upsert(
            {"key": RATE_KEY.format(listing=rate.listing, side=rate.token_side),
             "value": json.dumps({"value": rate.value, "stated_at": rate.stated_at})}, pk="key")


def last_rate(work, listing: str, side: str) -> storefront_quotes.Rate | None:
    """The rate last used to sign offers of `listing` currency in a token of `side`."""
    import json

    row = work.db.execute("SELECT value FROM book_info WHERE key = ?",
                          [RATE_KEY.format(listing=listing, side=side)]).fetchone()
    if row is None:
        return None
    kept = json.loads(row[0])
    return storefront_quotes.Rate(listing, side, kept["value"], int(kept["stated_at"]))


def rate_needed(work, network: str | None = None) -> RateAsk | None:
    """What rate signing offers on the network (see offer_network) needs, from the book: None
    when the network's token is pegged to the store's currency, or its token is not known."""
    token = work.wallet.network(offer_network(work, network)).token
    listing = store_profile(work).currency
    if token is None or peg_of(token.symbol) == listing:
        return None
    side = peg_of(token.symbol) or token.symbol
    return RateAsk(listing, side, token.symbol, last_rate(work, listing, side))


DEPLOYMENT_KEY = "storefront.offer_deployment"


@dataclass(frozen=True)
class SignedOffers:
    """What signing did: offers signed now, listings buyers can pay, by whom and where."""

    signed: int
    payable: int
    seller: str
    network: str
    deployment: EscrowDeployment
    rate: storefront_quotes.Rate | None = None


def offer_network(work, network: str | None = None) -> str:
    """The network offers are signed for: the one named, else the store's payout network,
    else the profile's chosen network."""
    if network:
        return network
    chosen = store_profile(work).payout_network.strip()
    return chosen or work.wallet.current_network_name()


def escrow_deployment(work, network: str | None = None) -> EscrowDeployment:
    """The escrow contract and stablecoin of a network (see offer_network); on the Sandbox
    the demo token and escrow. The token's permit support is read from the chain when it
    answers (without it buyers pay with approve + fund)."""
    wallet = work.wallet
    name = offer_network(work, network)
    net = wallet.network(name)
    if not (net.token_address and net.escrow_address):
        raise UserFacingError("The network {network} has no stablecoin and escrow contract "
                              "set; add their addresses to it on the Wallet page first.",
                              network=name)
    if net.token_symbol is None:
        net = wallet.networks.refresh_token(name)
    chain = wallet.connect(name)
    chain_id = net.chain_id or chain.chain_id()
    token_name, permit, version = "", False, "1"
    try:  # the demo token's ABI has ERC-20 with EIP-2612 permit and EIP-5267

        token = chain.w3.eth.contract(address=net.token_address,
                                      abi=load_artifact("DemoUSD")["abi"])
        token_name = token.functions.name().call()
        token.functions.nonces(net.escrow_address).call()
        _fields, token_name, version, *_rest = token.functions.eip712Domain().call()
        permit = True
    except Exception:  # offline, or a token without permit: buyers approve, then fund
        pass
    return EscrowDeployment(int(chain_id), net.escrow_address, net.token_address,
                            net.token_symbol, int(net.token_decimals), token_name, permit,
                            version)


def sign_store_offers(work, address: str, password: str, network: str | None = None, *,
                      at: int | None = None, rate: str | None = None) -> SignedOffers:
    """Unlock `address` with its password and sign offers for every live listing on the
    network (see offer_network); the store's payout account, when set, must be the signer.
    `rate` is the seller's rate as typed ("7.12": 1 unit of the token's currency in the
    store's), needed when the two differ. A wrong password or a refused rate signs nothing.
    The deployment is kept for the site export."""
    import json


    require_chain(work)
    wallet = work.wallet
    store = store_profile(work)
    payout = store.payout_account.strip()
    if payout and payout.lower() != address.lower():
        raise UserFacingError("The store is paid to {payout}: sign the offers with that account, "
                              "or change the payout account in the store profile.",
                              payout=payout)
    name = offer_network(work, network)
    dep = escrow_deployment(work, name)
    stated = None
    if rate is not None and str(rate).strip():
        stated = storefront_quotes.parse_rate(rate, store.currency, dep.paid_in.side, at=at)
    with wallet.unlocked(address, password) as signer:
        signed = sign_offers(work, signer, dep, at=at, rate=stated)
    with work.db.atomic():
        work.db["book_info"].upsert({"key": DEPLOYMENT_KEY,
                                        "value": json.dumps(asdict(dep), sort_keys=True)},
                                       pk="key")
    payable = len(current_offers(work, dep, at=at))
    used = stated if dep.paid_in.peg != store.currency else None
    return SignedOffers(signed, payable, signer.address, name, dep, used)


def signed_deployment(work) -> EscrowDeployment | None:
    """The deployment offers were last signed for (the site export's checkout), if any; none
    for a profile that sells without a chain."""
    import json


    if is_chainless(work.db):
        return None

    row = work.db.execute("SELECT value FROM book_info WHERE key = ?",
                             [DEPLOYMENT_KEY]).fetchone()
    return EscrowDeployment(**json.loads(row[0])) if row else None


def export_site_task(folder, dep: EscrowDeployment | None = None, vault=None,
                     at: int | None = None
                     ) -> Callable[[Work, TaskContext], site_core.SiteSummary]:
    """A task exporting the static site of the live listings to `folder`, with the signed
    offers of `dep` (without one the pages show the goods but take no payment). It makes the
    delivery key on first use, so it is a write."""

    def task(work: Work, ctx: TaskContext) -> site_core.SiteSummary:
        ensure_delivery_key(work, vault)
        store = store_profile(work)
        items = storefront_listings.live_listings(work.db, at=at)
        offers = current_offers(work, dep, at=at) if dep else {}
        config = chain_config(dep) if dep else None
        # Deferred: pickup's counter look-ups import the orders service, which imports this one.
        from desktop.services.pickup import site_pickup

        return site_core.export_site(folder, store, items, template_dir(), offers=offers,
                                     chain=config, resolve_image=resolve_image(work),
                                     progress=lambda done, total: ctx.report(done, total),
                                     pickup=site_pickup(work), pay_codes=_pay_codes(work))
    return task


def _pay_codes(work) -> list:
    """The store's payment QR codes the checkout offers (shop.storefront.payment_codes)."""
    return list_codes(work.db)


def serve_site(folder, host: str = "0.0.0.0", port: int = DEFAULT_PORT) -> SiteServer:
    """Serve an exported site on the local network; stop() the result to end it."""
    return SiteServer(folder, host, port)


def lan_url(server: SiteServer) -> str:
    """The address buyers on the network open (the QR code's text)."""
    # With no network address, the shop's own browser can still open it here.
    host = (server.host if server.host not in ("0.0.0.0", "")
            else next(iter(lan_addresses()), "127.0.0.1"))
    return f"http://{host}:{server.port}/"


# ------------------------------------------------------------------ orders

@dataclass(frozen=True)
class StoreOrder:
    """An escrow funded from this storefront, with the buyer's delivery details."""

    escrow_id: int
    state: str
    listing_id: int | None
    quantity: int
    price: int  # token base units, all units together
    buyer: str | None
    details: dict | None
    problem: str = ""


def orders(work, vault=None) -> list[StoreOrder]:
    """Escrows of this store's offers as the book's orders have them, newest first, with
    their delivery notes decrypted (a note that cannot be read says why in `problem`)."""
    out = []
    for order in list_orders(work.db):
        kept = storefront_offers.offer_by_hash(work.db, order.offer_hash or "")
        if kept is None:
            continue
        details, problem = None, ""
        if order.note:
            try:
                details = read_delivery_note(work, order.note, vault)
            except (UserFacingError, storefront_errors.StorefrontError) as e:
                problem = str(e)
        out.append(StoreOrder(order.escrow_id, order.state, kept.listing_id, order.quantity,
                              order.price, order.buyer, details, problem))
    return sorted(out, key=lambda o: -o.escrow_id)
