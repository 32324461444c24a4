"""Errors the shop raises for people to read."""


class ShopError(Exception):
    """A refusal meant for the user: bad input, a file that cannot be read, a rule broken.

    The message is a template whose {fields} come from the keyword arguments, so that a
    translated template can be filled with the same values (see desktop/ui/dialogs.py).
    """

    def __init__(self, message: str = "", **fields):
        self.template = message
        self.fields = fields
        super().__init__(message.format(**fields) if fields else message)
