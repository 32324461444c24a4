"""Fixtures: one deployed chain per session, rewound to a snapshot for every test."""

import pytest

from tests.contracts.chain import Chain


@pytest.fixture(scope="session")
def _deployed():
    chain = Chain()
    return chain, chain.tester.take_snapshot()


@pytest.fixture
def chain(_deployed):
    """The deployed chain, as fresh as after deployment."""
    c, snapshot = _deployed
    c.tester.revert_to_snapshot(snapshot)
    return c


@pytest.fixture
def funded(chain):
    """Chain with buyer and seller holding 10,000 dUSD, approved to the escrow."""
    chain.mint(chain.buyer, 10_000_000_000)
    chain.mint(chain.seller, 10_000_000_000)
    return chain
