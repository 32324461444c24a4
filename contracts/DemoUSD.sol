// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title Demo USD: the sandbox stablecoin, with EIP-2612 permit.
/// @notice Anyone may mint: it is worth nothing and exists only on the demo
/// chain and in tests. Never deploy it where real money is expected.
contract DemoUSD is ERC20Permit {
    constructor() ERC20("Demo USD", "dUSD") ERC20Permit("Demo USD") {}

    /// 6 decimals like the USD stablecoins the app meets on real chains.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mint freely, for the sandbox.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
