"""The new-account steps as a Qt-free state machine that a wizard only draws.

choose -> show_phrase -> confirm -> done. The phrase is held only while the
flow needs it and dropped once the backup is confirmed (or the flow is closed).
The flow keeps only where the user is: the steps that use the book and the keyring
are handed the accounts to use, those of the thread they run on (a GUI runs them on
its book writer, off the thread that draws the wizard).
"""

from __future__ import annotations

from wallet.accounts import AccountInfo, Accounts, RevealedPhrase, pick_confirmation_positions
from wallet.errors import WalletError

STEPS = ("choose", "show_phrase", "confirm", "done")


class NewAccountFlow:
    """Create an account, show its phrase once, then check a few of its words."""

    def __init__(self, confirm_count: int = 3):
        self.confirm_count = confirm_count
        self.step = "choose"
        self.account: AccountInfo | None = None
        self.positions: list[int] = []
        self.failed_attempts = 0
        self._reveal: RevealedPhrase | None = None

    def _expect(self, *steps: str) -> None:
        if self.step not in steps:
            raise WalletError("This step is not available now ({step}).", step=self.step)

    def choose(self, accounts: Accounts, label: str, password: str, words: int = 12,
               language: str = "english") -> list[str]:
        """Create the account; returns the phrase's words to show (once)."""
        self._expect("choose")
        new = accounts.create(label, password, words=words, language=language)
        self.account, self._reveal = new.account, new.reveal
        self.step = "show_phrase"
        return list(new.reveal.words)

    @property
    def words(self) -> list[str]:
        """The phrase's words while on the show_phrase step."""
        self._expect("show_phrase")
        return list(self._reveal.words)

    def written_down(self) -> list[int]:
        """The user says the phrase is written down: 1-based positions to ask for."""
        self._expect("show_phrase")
        self.positions = pick_confirmation_positions(len(self._reveal.words),
                                                     self.confirm_count)
        self.step = "confirm"
        return list(self.positions)

    def back(self) -> list[str]:
        """From confirm back to the phrase (to look again)."""
        self._expect("confirm")
        self.step = "show_phrase"
        return list(self._reveal.words)

    def confirm(self, accounts: Accounts, answers: dict[int, str]) -> bool:
        """Check the typed words; on success the account counts as backed up."""
        self._expect("confirm")
        asked = {p: answers.get(p, "") for p in self.positions}
        if accounts.confirm_backup(self._reveal, asked):
            self.step = "done"
            self._reveal = None
            self.account = accounts.get(self.account.address)
            return True
        self.failed_attempts += 1
        return False

    def close(self) -> None:
        """Leave the flow; an unconfirmed account stays, marked needs_backup."""
        self._reveal = None
