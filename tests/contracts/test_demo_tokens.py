"""The sandbox's stablecoins: one DemoToken contract deployed per currency, named at deployment."""

from tests.contracts.chain import Chain


def test_demo_token_takes_its_name_symbol_and_decimals_at_deployment(chain: Chain):
    cny = chain.deploy("DemoToken", "Demo CNY", "dCNY", 6)
    assert cny.functions.name().call() == "Demo CNY"
    assert cny.functions.symbol().call() == "dCNY"
    assert cny.functions.decimals().call() == 6
    # The permit's EIP-712 domain carries the given name, so buyers sign for this token only.
    assert cny.functions.eip712Domain().call()[1] == "Demo CNY"
    two = chain.deploy("DemoToken", "Two", "TWO", 2)
    assert two.functions.decimals().call() == 2


def test_demo_usd_keeps_its_name_and_six_decimals(chain: Chain):
    usd = chain.usd
    assert (usd.functions.name().call(), usd.functions.symbol().call(),
            usd.functions.decimals().call()) == ("Demo USD", "dUSD", 6)
