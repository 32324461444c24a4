// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

interface IERC20Bare {
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function transfer(address to, uint256 amount) external returns (bool);
}

/// @notice The floor of the escrow gas benchmark: the same four token moves and
/// storage writes as the happy path, with no signatures, deadlines, payees,
/// events or checks beyond "the token said yes".
contract BareEscrow {
    IERC20Bare public immutable token;
    /// id => seller (160 bits) | price (88 bits) | state (8 bits), one slot.
    mapping(uint256 => uint256) public slots;

    constructor(IERC20Bare t) {
        token = t;
    }

    function fund(uint256 id, address seller, uint256 price) external {
        require(token.transferFrom(msg.sender, address(this), price));
        slots[id] = uint256(uint160(seller)) | (price << 160) | (1 << 248);
    }

    function accept(uint256 id) external {
        uint256 s = slots[id];
        uint256 price = (s >> 160) & ((1 << 88) - 1);
        require(token.transferFrom(msg.sender, address(this), price * 30 / 100));
        slots[id] = (s & ~(uint256(0xff) << 248)) | (2 << 248);
    }

    function markShipped(uint256 id) external {
        uint256 s = slots[id];
        slots[id] = (s & ~(uint256(0xff) << 248)) | (3 << 248);
    }

    function confirm(uint256 id) external {
        uint256 s = slots[id];
        uint256 price = (s >> 160) & ((1 << 88) - 1);
        delete slots[id];
        require(token.transfer(address(uint160(s)), price + price * 30 / 100));
    }
}
