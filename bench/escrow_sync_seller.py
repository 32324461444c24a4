"""The escrow sync with the seller's account in the book: every order is this profile's
sale, posted to the books in the sync's batches (see bench/escrow_sync.py)."""

from bench.escrow_sync import main as _main


def main() -> int:
    return _main(with_seller=True)
