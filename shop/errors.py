"""Errors the shop raises for people to read."""


class ShopError(Exception):
    """A refusal meant for the user: bad input, a file that cannot be read, a rule broken."""
