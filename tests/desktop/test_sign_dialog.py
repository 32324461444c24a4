from PySide6.QtWidgets import QTableWidget

from desktop.ui.sign_dialog import SignDialog


def test_the_dialog_shows_each_signed_field(qtbot):
    from wallet.signer import describe_typed_data

    message = {
        "types": {"EIP712Domain": [{"name": "name", "type": "string"}, {"name": "chainId", "type": "uint256"}],
                  "Offer": [{"name": "seller", "type": "address"}, {"name": "price", "type": "uint256"}]},
        "primaryType": "Offer",
        "domain": {"name": "Ziliudi Escrow", "chainId": 31337},
        "message": {"seller": "0x" + "ab" * 20, "price": 15_900_000},
    }
    dialog = SignDialog(None, "Sign offer", "Sign with 店主:", describe_typed_data(message))
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "signed_fields")
    cells = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert cells["What"] == "Offer"
    assert cells["For"] == "Ziliudi Escrow"
    assert "15900000" in " ".join(cells.values())
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password


def test_password_prompt_for_signing_shows_what_is_signed(qapp, monkeypatch):
    from desktop.ui import dialogs

    shown = {}

    def accept(self):
        table = self.findChild(QTableWidget, "signed_fields")
        shown["rows"] = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
        self.password.setText("pw")
        return SignDialog.Accepted

    monkeypatch.setattr(SignDialog, "exec", accept)
    rows = [("Lot", "夏季清仓"), ("Revision", "2")]
    assert dialogs.ask_password(None, "Sign the lot sheet", "Password of 0xabc:", rows) == "pw"
    assert shown["rows"] == rows


def test_raw_fields_wait_under_a_collapsed_details(qtbot):
    from PySide6.QtWidgets import QToolButton

    rows = [("What", "A settlement of order 1-2"), ("To the buyer", "50.00 dUSD")]
    raw = [("escrowId", "4294967298"), ("buyerAmount", "50000000")]
    dialog = SignDialog(None, "Settle", "Password:", rows, raw)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.findChild(QTableWidget, "signed_fields")
    assert [shown.item(r, 1).text() for r in range(shown.rowCount())] == [v for _, v in rows]
    details = dialog.findChild(QTableWidget, "signed_details")
    assert not details.isVisible()
    dialog.findChild(QToolButton, "details_toggle").click()
    assert details.isVisible() and details.item(0, 1).text() == "4294967298"
