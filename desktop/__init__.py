"""Ziliudi (自留地): the desktop application."""

__version__ = "0.1.0"
