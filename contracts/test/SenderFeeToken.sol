// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title A token that charges its fee to the sender of a `transfer`, for tests: the
/// recipient gets the whole amount and the sender pays the fee on top. `transferFrom`
/// charges nothing, so a pull delivers exactly what was asked and only payouts cost
/// more than they pay.
contract SenderFeeToken is ERC20 {
    /// The fee in hundredths of a percent of each transfer; anyone may change it, so
    /// a test can switch it on after escrows were funded.
    uint256 public feeBps = 100;

    constructor() ERC20("Sender Fee Token", "SFT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function setFee(uint256 bps) external {
        feeBps = bps;
    }

    function transfer(address to, uint256 value) public override returns (bool) {
        _transfer(msg.sender, to, value);
        uint256 fee = value * feeBps / 10_000;
        if (fee != 0) _burn(msg.sender, fee);
        return true;
    }
}
