// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IEscrowTypes} from "./EscrowTypes.sol";

/// @title Storage, hashing and read-only views of the Ziliudi escrow.
/// @notice Escrow.sol holds the transitions; this holds what they share.
abstract contract EscrowStore is IEscrowTypes, EIP712 {
    bytes32 public constant OFFER_TYPEHASH = keccak256(
        "Offer(address seller,address token,uint256 price,uint256 bond,uint32 maxQuantity,"
        "uint32 acceptWindow,uint32 shipWindow,uint32 confirmWindow,uint32 arbitrationWindow,"
        "address arbitrator,uint256 arbitratorFee,address[] payees,uint256[] payeeAmounts,"
        "uint64 expiry,uint256 salt)"
    );
    bytes32 public constant SETTLEMENT_TYPEHASH =
        keccak256("Settlement(uint256 escrowId,uint256 buyerAmount,uint256 sellerAmount,uint256 nonce)");
    uint256 public constant MAX_PAYEES = 4;

    /// Stored per escrow: two slots. The terms live once per offer.
    struct Record {
        address buyer;
        uint40 deadline;
        uint32 quantity;
        State state;
        uint16 settlementNonce;
        bytes32 offerHash;
    }

    /// Number of escrows ever funded; ids run from 1 to escrowCount.
    uint256 public escrowCount;
    mapping(uint256 => Record) internal _escrows;
    mapping(bytes32 => Terms) internal _terms;
    mapping(bytes32 => Payee[MAX_PAYEES]) internal _payees;
    /// seller => offer hash => revoked
    mapping(address => mapping(bytes32 => bool)) public revoked;

    constructor() EIP712("Ziliudi Escrow", "1") {}

    /// @notice The EIP-712 digest of an offer; it is also the offer's id here.
    function offerHash(Offer calldata o) public view returns (bytes32) {
        // Two encodes concatenated equal one encode of all static words, and
        // keep the stack shallow.
        bytes32 structHash = keccak256(
            bytes.concat(
                abi.encode(
                    OFFER_TYPEHASH, o.seller, o.token, o.price, o.bond, o.maxQuantity, o.acceptWindow, o.shipWindow
                ),
                abi.encode(
                    o.confirmWindow,
                    o.arbitrationWindow,
                    o.arbitrator,
                    o.arbitratorFee,
                    keccak256(abi.encodePacked(o.payees)),
                    keccak256(abi.encodePacked(o.payeeAmounts)),
                    o.expiry,
                    o.salt
                )
            )
        );
        return _hashTypedDataV4(structHash);
    }

    /// @notice Terms and payees of an offer that has been funded at least once.
    function getTerms(bytes32 hash) external view returns (Terms memory terms, Payee[] memory payees) {
        terms = _terms[hash];
        payees = new Payee[](terms.payeeCount);
        for (uint256 i; i < payees.length; ++i) {
            payees[i] = _payees[hash][i];
        }
    }

    /// @notice The EIP-712 digest a settlement signature signs.
    function settlementHash(uint256 id, uint256 buyerAmount, uint256 sellerAmount, uint256 nonce)
        public
        view
        returns (bytes32)
    {
        return _hashTypedDataV4(keccak256(abi.encode(SETTLEMENT_TYPEHASH, id, buyerAmount, sellerAmount, nonce)));
    }

    // ------------------------------------------------------------------ views

    /// @notice An escrow with its offer's terms; state None for an unknown id.
    function getEscrow(uint256 id) external view returns (EscrowView memory v) {
        Record storage e = _escrows[id];
        Terms storage t = _terms[e.offerHash];
        v.offerHash = e.offerHash;
        v.buyer = e.buyer;
        v.seller = t.seller;
        v.token = t.token;
        v.arbitrator = t.arbitrator;
        v.state = e.state;
        v.quantity = e.quantity;
        v.deadline = e.deadline;
        v.settlementNonce = e.settlementNonce;
        v.price = uint256(t.price) * e.quantity;
        v.bond = uint256(t.bond) * e.quantity;
        v.arbitratorFee = t.arbitratorFee;
        v.held = _held(e);
    }

    /// @notice What the contract holds for escrow `id` now (0 once closed).
    function held(uint256 id) external view returns (uint256) {
        return _held(_escrows[id]);
    }

    /// @notice The EIP-712 domain separator of this chain and contract.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _held(Record storage e) internal view returns (uint256) {
        State s = e.state;
        if (s == State.Funded) return uint256(_terms[e.offerHash].price) * e.quantity;
        if (s == State.Accepted || s == State.Shipped || s == State.Disputed) {
            Terms storage t = _terms[e.offerHash];
            return (uint256(t.price) + t.bond) * e.quantity;
        }
        return 0;
    }
}
