"""Revoking the signed offers that no longer hold, from any page: look for them and their
network fee off the GUI thread, show them with the fee in the password prompt, then send the
one transaction on the book's writer, saying what it revoked with the transaction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop import i18n
from desktop.services import offer_revocation
from desktop.services.amounts import coins
from desktop.ui import dialogs
from desktop.ui.tx_notice import say_sent


class OfferRevoker(QObject):
    """One revocation flow started from `parent` (a page)."""

    def __init__(self, parent, ctx):
        super().__init__(parent)
        self.page, self.ctx = parent, ctx

    def reason_names(self) -> dict:
        """Why an offer no longer holds, as the interface says it."""
        return {"listing_removed": self.tr("listing removed"), "repriced": self.tr("price changed"),
                "lot_closed": self.tr("lot closed"),
                "price_out_of_rules": self.tr("price outside the supplier's rules"),
                "stock_short": self.tr("promises more than the stock left"),
                "arbitrator_changed": self.tr("names another arbitrator")}

    def start(self, *, only_if_any: bool = False):
        """Look for stale offers; `only_if_any` says nothing when there are none (after a
        sheet import, say) and asks the network only when the book holds some."""
        def look(work, _c):
            if only_if_any and not offer_revocation.stale(work):
                return None
            return offer_revocation.plan(work)

        op = self.ctx.tasks.query(self.tr("Looking for offers that no longer hold"), look,
                                  owner=self.page)
        op.on_success(lambda planned: self._confirm(planned, only_if_any))
        return op

    def _confirm(self, planned, only_if_any: bool):
        if planned is None:
            if not only_if_any:
                dialogs.show_info(self.page, self.tr(
                    "Every signed offer still holds; nothing to revoke."))
            return None
        names = self.reason_names()
        rows = [(s.sku or QCoreApplication.translate("tx_notice", i18n.GOODS_GONE),
                 ", ".join(names.get(r, r) for r in s.reasons)) for s in planned.offers[:12]]
        if len(planned.offers) > 12:
            rows.append(("…", self.tr("{n} more").format(n=len(planned.offers) - 12)))
        rows.append((self.tr("Network fee"), self.tr("about {fee} (at most {most})").format(
            fee=coins(planned.fee.likely_fee).text(),
            most=coins(planned.fee.max_fee).text())))
        title = self.tr("Revoke {n} offers").format(n=len(planned.offers))
        password = dialogs.ask_password(self.page, title, self.tr(
            "These offers no longer hold; an old copy of the site could still sell with them. "
            "Password of {address} to revoke them in one transaction:").format(
                address=planned.seller), rows)
        if password is None:
            return None

        def task(work, _ctx):
            with work.wallet.unlocked(planned.seller, password) as signer:
                return offer_revocation.revoke(work, signer, planned)

        op = self.ctx.tasks.write(title, task, owner=self.page)
        op.on_success(lambda entry: say_sent(
            self.page, i18n.revoked_text(planned.offers, QCoreApplication.translate), entry))
        return op
