// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title A hostile token for tests: on a transfer it calls a chosen target with
/// chosen calldata (once per arming), the way a hook token could re-enter the escrow.
/// @notice The outcome of the call is recorded and never bubbled up, so a test
/// can check both that the re-entry failed and that the outer call still paid right.
contract CallbackToken is ERC20 {
    address public target;
    bytes public payload;
    bool public armed;
    bool public lastCallSucceeded;
    bytes public lastReturn;
    uint256 public callbacks;

    constructor() ERC20("Callback Token", "CBT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// Arm one callback to `target_` with `payload_` on the next transfer. The
    /// token lets the target spend its own balance, so the payload may fund.
    function arm(address target_, bytes calldata payload_) external {
        _approve(address(this), target_, type(uint256).max);
        target = target_;
        payload = payload_;
        armed = true;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (armed && from != address(0)) {
            armed = false;
            (bool ok, bytes memory ret) = target.call(payload);
            lastCallSucceeded = ok;
            lastReturn = ret;
            callbacks += 1;
        }
    }
}
