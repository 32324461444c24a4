"""ERC-20 tokens and balances: a minimal ABI, token info read from chain, amounts as ints
(shop.money reads and writes them with the token's decimals), and the currency each known
stablecoin is pegged to."""

from __future__ import annotations

from dataclasses import dataclass

from wallet.errors import WalletError

ERC20_ABI = [
    {"type": "function", "name": "symbol", "stateMutability": "view", "inputs": [],
     "outputs": [{"name": "", "type": "string"}]},
    {"type": "function", "name": "decimals", "stateMutability": "view", "inputs": [],
     "outputs": [{"name": "", "type": "uint8"}]},
    {"type": "function", "name": "balanceOf", "stateMutability": "view",
     "inputs": [{"name": "owner", "type": "address"}],
     "outputs": [{"name": "", "type": "uint256"}]},
    {"type": "function", "name": "transfer", "stateMutability": "nonpayable",
     "inputs": [{"name": "to", "type": "address"}, {"name": "amount", "type": "uint256"}],
     "outputs": [{"name": "", "type": "bool"}]},
    {"type": "event", "name": "Transfer", "anonymous": False,
     "inputs": [{"name": "from", "type": "address", "indexed": True},
                {"name": "to", "type": "address", "indexed": True},
                {"name": "value", "type": "uint256", "indexed": False}]},
]

#: The chain's own coin, counted in wei: what fees are paid in.
NATIVE_SYMBOL, NATIVE_DECIMALS = "ETH", 18


#: The currency (ISO 4217 code) each known stablecoin is pegged to, by its symbol in upper
#: case. A token not named here is pegged to nothing: selling in it always needs a stated
#: rate. Tether's offshore-yuan token is left out on purpose: CNH is not CNY.
PEGS = {"USDT": "USD", "USDC": "USD", "DAI": "USD", "DUSD": "USD", "DCNY": "CNY"}


def peg_of(symbol: str | None) -> str | None:
    """The currency code a token of this symbol is pegged to, or None."""
    return PEGS.get((symbol or "").strip().upper())


class NotAToken(WalletError):
    """The address does not answer like an ERC-20 token."""


@dataclass(frozen=True)
class TokenInfo:
    """A token as read from chain."""

    address: str
    symbol: str
    decimals: int

    @property
    def peg(self) -> str | None:
        """The currency code the token is pegged to ("USD", "CNY"), or None."""
        return peg_of(self.symbol)


def erc20(w3: Web3, address: str):
    """A web3 contract object for an ERC-20 at address."""
    from web3 import Web3

    return w3.eth.contract(address=Web3.to_checksum_address(address), abi=ERC20_ABI)


def token_info(w3: Web3, address: str) -> TokenInfo:
    """Read symbol and decimals of the token at address from chain."""
    from web3 import Web3

    checksum = Web3.to_checksum_address(address)
    if not w3.eth.get_code(checksum):
        raise NotAToken("There is no contract at {address} on this network.", address=checksum)
    try:
        contract = erc20(w3, checksum)
        symbol = contract.functions.symbol().call()
        decimals = int(contract.functions.decimals().call())
    except Exception as exc:
        raise NotAToken("The contract at {address} is not an ERC-20 token.",
                        address=checksum) from exc
    return TokenInfo(checksum, symbol, decimals)


def native_balance(w3: Web3, owner: str) -> int:
    """The owner's native coin balance in wei."""
    from web3 import Web3

    return int(w3.eth.get_balance(Web3.to_checksum_address(owner)))


def token_balance(w3: Web3, token: str, owner: str) -> int:
    """The owner's balance of token, in the token's base units."""
    from web3 import Web3

    return int(erc20(w3, token).functions.balanceOf(Web3.to_checksum_address(owner)).call())

