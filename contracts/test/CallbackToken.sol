// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title A hostile token for tests: on transfers it calls a chosen target with
/// chosen calldata, the way a token with transfer hooks could re-enter the escrow.
/// @notice Outcomes are recorded (innermost call first) and never bubbled up, so a
/// test can check both that the re-entry failed and that the outer call paid right.
contract CallbackToken is ERC20 {
    address public target;
    bytes public payload;
    uint256 public shots;
    bool[] public succeeded;
    bytes[] public returned;

    constructor() ERC20("Callback Token", "CBT") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// Call `target_` with `payload_` on each of the next `shots_` transfers. The
    /// token lets the target spend its own balance, so the payload may fund.
    function arm(address target_, bytes calldata payload_, uint256 shots_) external {
        _approve(address(this), target_, type(uint256).max);
        target = target_;
        payload = payload_;
        shots = shots_;
    }

    /// A transfer of nothing, to set off an armed call from outside the escrow.
    function poke() external {
        _update(address(this), address(this), 0);
    }

    function callCount() external view returns (uint256) {
        return succeeded.length;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (shots > 0 && from != address(0)) {
            // Spent before the call, so a nested transfer fires the next shot.
            shots -= 1;
            (bool ok, bytes memory ret) = target.call(payload);
            succeeded.push(ok);
            returned.push(ret);
        }
    }
}
