"""Errors the wallet raises for people to read."""

#: How messages name the in-process chain where others name a node (the GUI translates it).
SANDBOX_WHERE = "the sandbox"


class WalletError(Exception):
    """A refusal meant for the user: wrong password, no keyring, a node that is down.

    The message is a template whose {fields} come from the keyword arguments, so that a
    translated template can be filled with the same values (see desktop/ui/dialogs.py).
    """

    def __init__(self, message: str = "", **fields):
        self.template = message
        self.fields = fields
        super().__init__(message.format(**fields) if fields else message)
