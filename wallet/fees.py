"""EIP-1559 fee estimates and the bumps a speed-up needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from web3 import Web3

GWEI = 10**9
FALLBACK_TIP = 1 * GWEI
#: A replacement must raise both fee caps by at least 10% (nodes refuse less).
MIN_BUMP_NUM, MIN_BUMP_DEN = 11, 10


@dataclass(frozen=True)
class FeeEstimate:
    """Gas and EIP-1559 fee caps for one transaction, all in wei."""

    gas: int
    base_fee_per_gas: int
    max_priority_fee_per_gas: int
    max_fee_per_gas: int

    @property
    def likely_fee(self) -> int:
        """What the transaction probably costs at today's base fee."""
        return self.gas * min(self.max_fee_per_gas,
                              self.base_fee_per_gas + self.max_priority_fee_per_gas)

    @property
    def max_fee(self) -> int:
        """The most the transaction can cost."""
        return self.gas * self.max_fee_per_gas


def current_fees(w3: Web3) -> tuple[int, int]:
    """(base fee of the latest block, a suggested priority fee), in wei."""
    block = w3.eth.get_block("latest")
    base = int(block.get("baseFeePerGas") or 0)
    try:
        tip = int(w3.eth.max_priority_fee)
    except Exception:
        tip = FALLBACK_TIP
    return base, max(tip, 1)


def estimate_fees(w3: Web3, gas: int) -> FeeEstimate:
    """Fee caps for gas units: max fee = 2 x base fee + tip, room for six full blocks."""
    base, tip = current_fees(w3)
    return FeeEstimate(gas, base, tip, 2 * base + tip)


def _at_least_bumped(old: int) -> int:
    return -(-old * MIN_BUMP_NUM // MIN_BUMP_DEN) + 1


def bumped_fees(old_max_fee: int, old_tip: int, w3: Web3) -> tuple[int, int]:
    """(max fee, tip) for a replacement: each >10% above the old, and at market."""
    base, tip_now = current_fees(w3)
    tip = max(_at_least_bumped(old_tip), tip_now)
    max_fee = max(_at_least_bumped(old_max_fee), 2 * base + tip)
    return max_fee, tip


def gas_with_margin(estimate: int) -> int:
    """A plain transfer needs exactly 21000; contract calls get 20% headroom."""
    return estimate if estimate <= 21000 else estimate * 12 // 10
