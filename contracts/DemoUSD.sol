// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title A sandbox stablecoin with EIP-2612 permit, named at deployment.
/// @notice Anyone may mint: it is worth nothing and exists only on the demo
/// chain and in tests. Never deploy it where real money is expected.
/// The sandbox deploys it once per currency it pegs (dUSD, dCNY).
contract DemoToken is ERC20Permit {
    uint8 private immutable _decimals;

    constructor(string memory name_, string memory symbol_, uint8 decimals_)
        ERC20(name_, symbol_) ERC20Permit(name_)
    {
        _decimals = decimals_;
    }

    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Mint freely, for the sandbox.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

/// @title Demo USD: the sandbox's dollar, with 6 decimals like the USD
/// stablecoins the app meets on real chains. Deployed without arguments.
contract DemoUSD is DemoToken {
    constructor() DemoToken("Demo USD", "dUSD", 6) {}
}
