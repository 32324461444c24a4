// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// A minimal ERC-20 for wallet tests: it reverts in each of the three ways a
/// wallet must explain (Error(string), a custom error, a panic).
contract TestToken {
    string public name = "Test Dollar";
    string public symbol = "TUSD";
    uint8 public decimals = 6;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    error InsufficientBalance(uint256 available, uint256 required);

    function mint(address to, uint256 amount) external {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        require(to != address(0), "transfer to the zero address");
        uint256 have = balanceOf[msg.sender];
        if (have < amount) revert InsufficientBalance(have, amount);
        balanceOf[msg.sender] = have - amount;
        balanceOf[to] += amount;
        emit Transfer(msg.sender, to, amount);
        return true;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function split(uint256 amount, uint256 parts) external pure returns (uint256) {
        return amount / parts;
    }
}
