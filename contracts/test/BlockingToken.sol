// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title A token with a blacklist, like USDT's, for tests: any transfer to a
/// blocked address reverts. Sending from a blocked address still works, so the
/// tests isolate what happens when the escrow cannot pay one party.
contract BlockingToken is ERC20 {
    mapping(address => bool) public blocked;

    error Blocked(address account);

    constructor() ERC20("Blocking Token", "BLK") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    function block(address account) external {
        blocked[account] = true;
    }

    function unblock(address account) external {
        blocked[account] = false;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[to]) revert Blocked(to);
        super._update(from, to, value);
    }
}
