"""Every page of the demo in Chinese shows no English sentence: each visible text (labels,
buttons, group titles, table headings and first rows, choices, placeholders, tooltips) is
looked up among the translation file's sources, and any that reads as English words is
reported with its page and widget."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QTabWidget, QWidget)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "ziliudi_zh_CN.ts"

# Words that stay as they are in Chinese: names of things, units, codes.
KEPT = {"Ziliudi", "ETH", "USDT", "USDC", "DAI", "dUSD", "dCNY", "CNHT", "CNY", "USD", "PDF",
        "CSV", "XLSX", "QR", "EIP", "Sandbox", "Anvil", "Qt", "PySide6", "Python", "WeChat",
        "Alipay", "SKU", "ID", "OK", "JSON", "Excel", "PNG", "JPEG", "Beancount", "HTTP", "URL", "RPC", "L1", "L2", "L3"}


def sources() -> set[str]:
    """Every English source text in the Chinese translation file."""
    tree = ET.parse(TS)
    return {m.findtext("source") for m in tree.iter("message")}


def shown_texts(root: QWidget):
    """(widget, text) of what `root` shows now."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts = [w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, _horizontal()) or "")
                      for c in range(_count(model.columnCount))]
            texts += [str(model.index(r, c).data() or "")  # the first rows' cells
                      for r in range(min(20, model.rowCount())) for c in range(_count(model.columnCount))]
        for text in texts:
            if text:
                yield w, re.sub(r"<[^>]+>", " ", text)  # rich text: the words only


def _count(method) -> int:
    """A model's row or column count: some models want the (root) parent, others refuse it."""
    for args in ((), (QModelIndex(),)):
        try:
            return method(*args)
        except TypeError:
            continue
    return 1  # a list model's one column, which it keeps private


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def english(text: str) -> bool:
    """Whether a text reads as English: two or more English words of 3+ letters that are
    not names kept in Chinese, outside addresses, keys and codes to send (32 or more ASCII
    characters without a space), links (and bare http:// or https://), file paths, file
    names and patterns (*.csv), the book's account codes (Assets:Cash, as exports name
    them), commands to type, the Shift-JIS encoding and the names of the messages the app
    signs (“Ziliudi Lot Sheet”, which a wallet shows as is)."""
    text = re.sub(r"0x[0-9a-fA-F]+|\b[0-9a-f]{12,}|[!-~]{32,}|https?://\S*|(?:[A-Za-z]:)?[/\\]\S+"
                  r"|\b[A-Z]\w+(?::[A-Z]\w+)+|ziliudi(?: +-{0,2}[a-z][\w-]*)+"
                  r"|[\w.*-]+\.(png|pdf|csv|txt|xlsx|json|html|zlsheet|jpe?g|webp)\b"
                  r"|Shift-JIS|Ziliudi(?: [A-Z][a-z]+)+", "", text)
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z']{2,}", text) if w not in KEPT]
    return len(words) >= 2


@pytest.fixture
def demo_window(request, qtbot, data_dir, secret_keyring):
    from desktop.cli import CliContext
    from desktop.ui.app import build
    from desktop.ui.main_window import TOUR_SEEN_KEY

    app, window = build(CliContext(data_dir=data_dir, portable=True, profile_name="demo",
                                   lang=request.param))
    window.ctx.settings.setValue(TOUR_SEEN_KEY, True)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.ctx.translations.apply("en")  # the application (and its translator) outlives the test
    window.ctx.tasks.cancel_all()
    window.ctx.tasks.wait(10_000)
    window.ctx.session.close()


def english_on_screen(window, qtbot) -> list[str]:
    """Every page's English texts, as "page: widget: text"."""
    known = sources()
    found = []
    for key in window.keys:
        window.show_page(key)
        page = window.page(key)
        qtbot.waitUntil(lambda: not window.ctx.tasks.running, timeout=30_000)
        qtbot.wait(50)
        for widget, text in shown_texts(page):
            if text in known or english(text):
                found.append(f"{key}: {type(widget).__name__} {widget.objectName()!r}: {text!r}")
    for widget, text in shown_texts(window.statusBar()):
        if text in known or english(text):
            found.append(f"status bar: {widget.objectName()!r}: {text!r}")
    return found


@pytest.mark.parametrize("demo_window", ["zh_CN"], indirect=True)
def test_every_page_of_the_demo_speaks_chinese(demo_window, qtbot):
    found = english_on_screen(demo_window, qtbot)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("demo_window", ["en"], indirect=True)
def test_the_check_sees_english_on_every_page(demo_window, qtbot):
    found = english_on_screen(demo_window, qtbot)
    assert {line.split(":")[0] for line in found} >= set(demo_window.keys)


# -- dialogs ------------------------------------------------------------------------------
# Each builder makes one dialog from the demo window as its page does, without running it.


def _lot(window):
    from desktop.services import lots

    work = window.ctx.session.work()
    return lots.get_lot(work, lots.list_lots(work)[0].title)


def _lot_items(window):
    from desktop.services import lots

    return lots.items(window.ctx.session.work(), _lot(window).title, limit=50).items


def _accounts(window):
    return window.page("lots").wallet.accounts.list()


def _dispute(window):
    from desktop.services.arbitration import Dispute
    from shop.money import Currency
    from shop.orders.model import Order

    order = Order(31337, "0x" + "1" * 40, 1 << 32 | 2, state="Disputed", deadline=0)
    return Dispute(order, "0x" + "2" * 40, 1_000_000, 10_000, 0, ()), Currency.token("dUSD", 6)


def _statement(window):
    from desktop.services import downline

    month = downline.this_month()
    return month, downline.statement(window.ctx.session.work(), month)


def _plan(window):
    from desktop.services import downline

    work = window.ctx.session.work(read_only=True)
    return downline.plan_lots(work), lambda title: downline.plan(work, title)


def _book_accounts(window):
    from desktop.services import books

    return books.accounts(window.ctx.session.work())


def _sale_items(window):
    from desktop.services import offline_orders

    return offline_orders.sellable_items(window.ctx.session.work())


def _suppliers(window):
    from desktop.services import dropship

    return dropship.suppliers(window.ctx.session.work()) or [
        dropship.Supplier("0x" + "3" * 40, "供货商", False)]


def _build(name: str, w):
    """The dialog called `name`, built for the demo window `w`."""
    from desktop.ui import (about_dialog, books_dialogs, downline_paid, downline_plan,
                            dropship_dialogs, lot_dialogs, offline_dialogs, order_dialogs,
                            payment_dialogs, pickup_dialogs, sign_dialog, store_dialogs, tour,
                            wallet_dialogs, welcome)
    from desktop.services.storefront import RateAsk
    from desktop.ui.pages import arbitration, downline, storefront

    page = w.page
    store = page("storefront")
    builders = {
        "PaymentCodesDialog": lambda: payment_dialogs.PaymentCodesDialog(store, w.ctx),
        "OrderCodeDialog": lambda: payment_dialogs.OrderCodeDialog(page("offline")),
        "MoneyArrivedDialog": lambda: payment_dialogs.MoneyArrivedDialog(page("offline"), "wechat"),
        "ShipOfflineDialog": lambda: payment_dialogs.ShipOfflineDialog(page("offline"), "D-1"),
        "ShipDialog": lambda: order_dialogs.ShipDialog(page("orders"), 1),
        "DisputeDialog": lambda: order_dialogs.DisputeDialog(page("orders"), 1, None),
        "SettleDialog": lambda: order_dialogs.SettleDialog(
            page("orders"), 1, 1_000_000, 0, 31337, "0x" + "1" * 40, 6, "dUSD"),
        "RecordSaleDialog": lambda: offline_dialogs.RecordSaleDialog(page("offline"),
                                                                     _sale_items(w)),
        "AboutDialog": lambda: about_dialog.AboutDialog(w.ctx.session.data_dir, w),
        "EntryDialog": lambda: books_dialogs.EntryDialog(page("books"), _book_accounts(w)),
        "ReceiptDialog": lambda: books_dialogs.ReceiptDialog(page("books"), 1, ""),
        "Tour": lambda: tour.Tour(w),
        "StoreProfileDialog": store.store_profile_dialog,
        "SignOffersDialog": lambda: store_dialogs.SignOffersDialog(store, _accounts(w),
                                                                   ["Sandbox"]),
        "ArbitratorDialog": lambda: store_dialogs.ArbitratorDialog(store, "", "CNY"),
        "RateDialog": lambda: store_dialogs.RateDialog(store, RateAsk("CNY", "USD", "dUSD", None)),
        "SignDialog": lambda: sign_dialog.SignDialog(
            w, "签名", "请确认", [(QCoreApplication.translate("StorefrontPage", "What"), "x")]),
        "LotDialog": lambda: lot_dialogs.LotDialog(page("lots"), _lot(w), suppliers=[]),
        "SignerDialog": lambda: lot_dialogs.SignerDialog(page("lots"), _accounts(w)),
        "DistributorSheetDialog": lambda: lot_dialogs.DistributorSheetDialog(
            page("lots"), _accounts(w), _lot_items(w)),
        "RevisionDialog": lambda: lot_dialogs.RevisionDialog(page("lots"), _lot(w),
                                                             _lot_items(w)),
        "ImportWizard": page("lots").import_wizard,
        "PickupPointsDialog": store.pickup_points_dialog,
        "HandoverDialog": lambda: pickup_dialogs.HandoverDialog(store, 2),
        "CounterDialog": lambda: pickup_dialogs.CounterDialog(page("orders"), w.ctx),
        "PlanDialog": lambda: downline_plan.PlanDialog(page("downline"), *_plan(w)),
        "WelcomeWizard": lambda: welcome.WelcomeWizard(w.ctx, w),
        "BulkPricingDialog": lambda: storefront.BulkPricingDialog(store),
        "RuleDialog": lambda: arbitration.RuleDialog(page("arbitration"), *_dispute(w)),
        "TextDialog": lambda: downline.TextDialog(
            page("downline"), QCoreApplication.translate("DownlinePage", "Invite"), "", "x"),
        "StatementDialog": lambda: downline.StatementDialog(page("downline"), *_statement(w)),
        "MarkPaidDialog": lambda: downline_paid.MarkPaidDialog(page("downline"), "标记已付？"),
        "NewAccountDialog": lambda: wallet_dialogs.NewAccountDialog(
            page("wallet"), None, lambda: [1, 2, 3], lambda *_: True),
        "ImportAccountDialog": lambda: wallet_dialogs.ImportAccountDialog(page("wallet")),
        "SendDialog": lambda: wallet_dialogs.SendDialog(page("wallet"), "ETH"),
        "AddNetworkDialog": lambda: wallet_dialogs.AddNetworkDialog(page("wallet")),
        "ShippingListDialog": lambda: dropship_dialogs.ShippingListDialog(page("orders"),
                                                                          _suppliers(w)),
    }
    return builders[name]()


DIALOGS = ["PaymentCodesDialog", "OrderCodeDialog", "MoneyArrivedDialog", "ShipOfflineDialog",
           "ShipDialog", "DisputeDialog", "SettleDialog", "RecordSaleDialog", "AboutDialog",
           "EntryDialog", "ReceiptDialog", "Tour", "StoreProfileDialog", "SignOffersDialog",
           "ArbitratorDialog", "RateDialog", "SignDialog", "LotDialog", "SignerDialog",
           "DistributorSheetDialog", "RevisionDialog", "ImportWizard", "PickupPointsDialog",
           "HandoverDialog", "CounterDialog", "PlanDialog", "WelcomeWizard", "BulkPricingDialog",
           "RuleDialog", "TextDialog", "StatementDialog", "MarkPaidDialog", "NewAccountDialog",
           "ImportAccountDialog", "SendDialog", "AddNetworkDialog", "ShippingListDialog"]

# Dialog classes not opened here, and why.
NOT_OPENED = {
    "_Form": "the base of the wallet's forms, each opened here",
    "TrackingDialog": "the base of the two ship dialogs, each opened here",
}


def test_every_dialog_class_is_opened_here():
    classes = set()
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        classes |= set(re.findall(r"^class (\w+)\((?:QDialog|QWizard|_Form)\)",
                                  path.read_text(encoding="utf-8"), re.M))
    assert classes - set(DIALOGS) - set(NOT_OPENED) == set()


def english_in_dialogs(window, qtbot) -> list[str]:
    """Every dialog's English texts, as "dialog: widget: text"."""
    known = sources()
    found = []
    for name in DIALOGS:
        try:
            dialog = _build(name, window)
        except Exception as e:  # reported with the rest, so one run shows every dialog
            found.append(f"{name}: not built: {e!r}")
            continue
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not window.ctx.tasks.running, timeout=30_000)
        pages = [dialog]
        if hasattr(dialog, "pageIds"):  # a wizard: each of its pages in turn
            pages = [dialog.page(i) for i in dialog.pageIds()]
        for shown in pages:
            for widget, text in shown_texts(shown):
                if text in known or english(text):
                    found.append(f"{name}: {type(widget).__name__} {widget.objectName()!r}: "
                                 f"{text!r}")
        dialog.close()
    return found


@pytest.mark.parametrize("demo_window", ["zh_CN"], indirect=True)
def test_every_dialog_of_the_demo_speaks_chinese(demo_window, qtbot):
    found = english_in_dialogs(demo_window, qtbot)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("demo_window", ["en"], indirect=True)
def test_the_check_sees_english_in_every_dialog(demo_window, qtbot):
    found = english_in_dialogs(demo_window, qtbot)
    assert not [line for line in found if ": not built: " in line]
    assert {line.split(":")[0] for line in found} == set(DIALOGS)


@pytest.mark.parametrize("demo_window", ["zh_CN"], indirect=True)
def test_stored_english_words_are_said_in_chinese(demo_window):
    """The contract's event names (an order's history), the delivery details' keys, the
    wallet journal's descriptions and the stock fields the import wizard maps are stored in
    English and shown in the window's language."""
    from desktop.i18n import FIELD_LABELS
    from desktop.ui.import_wizard import field_label
    from desktop.ui.wallet_journal import description_text

    events = set(re.findall(r"\bevent (\w+)", "".join(p.read_text() for p in (ROOT / "contracts").glob("*.sol"))))
    shown = {e: QCoreApplication.translate("OrderEvents", e) for e in events - {"Statement"}}
    keys = ["name", "phone", "address", "note", "pickup", "reply"]
    shown |= {k: QCoreApplication.translate("DeliveryDetails", k) for k in keys}
    stored = ["Deploy the escrow contract", "Allow the escrow to take tokens", "Fund 2 x offer",
              "Fund 2 x offer with a permit", "Accept order 7", "Accept 3 escrows",
              "Mark 3 orders shipped", "Revoke an offer", "Revoke 2 offers",
              "Withdraw a credited payout", "Send to 0x" + "4" * 40,
              "Send 1.5 dUSD to 0x" + "4" * 40, "Order 7: settle-2", "Order 7: confirm",
              "Cancel: Order 7: statement-ab12"]
    shown |= {d: description_text(d) for d in stored}
    shown |= {FIELD_LABELS[f]: field_label(f) for f in FIELD_LABELS}
    assert [k for k, text in shown.items() if text == k or english(text)] == []
