// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IEscrowTypes} from "./EscrowTypes.sol";

/// @title Storage, hashing and read-only views of the Ziliudi escrow.
/// @notice Escrow.sol holds the transitions; this holds what they share.
///
/// Gas layout. An escrow is one storage slot (Record). An offer, on its first
/// funding, gets a small index (1, 2, ...), one slot of what changes (units used,
/// revoked) and its fixed terms written once as the code of a data contract that
/// this contract creates with CREATE: the n-th one lives at the address CREATE
/// gives for this contract's nonce n, so an escrow finds all its terms and payees
/// with one code read from an address it computes, without a storage read.
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
    /// The most units one escrow may hold (an offer's cap may be larger).
    uint256 public constant MAX_ESCROW_QUANTITY = type(uint24).max;

    /// Stored per escrow: one slot.
    struct Record {
        address buyer;
        uint32 offer;
        uint24 quantity;
        uint32 deadline;
        State state;
    }

    /// Stored per offer: what changes after its first funding.
    struct OfferState {
        uint32 used;
        bool revoked;
    }

    /// An offer's fixed terms, as read from its data contract.
    struct T {
        address seller;
        address token;
        address arbitrator;
        uint256 price;
        uint256 bond;
        uint256 arbitratorFee;
        uint256 maxQuantity;
        uint256 acceptWindow;
        uint256 shipWindow;
        uint256 confirmWindow;
        uint256 arbitrationWindow;
        uint256 expiry;
        uint256 payeeCount;
        bytes32 offerHash;
        bytes data;
    }

    // A data contract's code: STOP, then seller, token, arbitrator (20 bytes each),
    // price, bond, arbitratorFee (12 each), maxQuantity and the four windows (4 each),
    // expiry (8), payee count (1), offer hash (32), payees (20 + 12 each). Read whole.
    uint256 private constant _DATA_SIZE = 288; // 157 + 32 * MAX_PAYEES, in whole words

    /// Number of escrows ever funded; ids run from 1 to escrowCount.
    uint256 public escrowCount;
    /// Number of offers ever funded; indexes run from 1 to offerCount.
    uint32 public offerCount;
    mapping(uint256 => Record) internal _escrows;
    mapping(uint256 => uint16) internal _settlementNonces;
    /// offer hash => its index here (0 until its first funding)
    mapping(bytes32 => uint32) public offerIndex;
    mapping(uint256 => OfferState) internal _offers;
    /// seller => offer hash => revoked
    mapping(address => mapping(bytes32 => bool)) public revoked;
    /// token => account => payouts the token refused to deliver, kept for withdraw.
    /// The contract's balance of a token is what its open escrows owe plus these.
    mapping(address => mapping(address => uint256)) public credit;

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

    // ------------------------------------------------------------------ offer terms

    /// @notice Where the fixed terms of offer `index` are kept: the address CREATE
    /// gives this contract at nonce `index` (1 <= index < 2**32).
    function offerTermsAddress(uint256 index) public view returns (address at) {
        // keccak256(rlp([address(this), index]))[12:], built in scratch space:
        // 0xc0+len, 0x94, the 20-byte address, then the index as RLP (one byte
        // below 0x80, else 0x80+n and its n big-endian bytes).
        assembly ("memory-safe") {
            let self := address()
            switch lt(index, 0x80)
            case 1 {
                mstore(0x00, or(or(shl(248, 0xd6), shl(240, 0x94)), or(shl(80, self), shl(72, index))))
                at := keccak256(0x00, 23)
            }
            default {
                let n := add(add(gt(index, 0xff), gt(index, 0xffff)), add(gt(index, 0xffffff), 1))
                mstore(
                    0x00,
                    or(
                        or(shl(248, add(0xd6, n)), shl(240, 0x94)),
                        or(shl(80, self), or(shl(72, add(0x80, n)), shl(sub(72, mul(8, n)), index)))
                    )
                )
                at := keccak256(0x00, add(23, n))
            }
            at := and(at, 0xffffffffffffffffffffffffffffffffffffffff)
        }
    }

    /// Writes the fixed terms of a verified offer as a new data contract; returns its index.
    function _storeTerms(Offer calldata o, bytes32 hash) internal returns (uint32 index) {
        uint256 n = o.payees.length;
        bytes memory payees;
        for (uint256 i; i < n; ++i) {
            payees = bytes.concat(payees, abi.encodePacked(o.payees[i], uint96(o.payeeAmounts[i])));
        }
        bytes memory head = abi.encodePacked(
            bytes1(0x00), o.seller, o.token, o.arbitrator, uint96(o.price), uint96(o.bond), uint96(o.arbitratorFee)
        );
        bytes memory code = bytes.concat(
            head,
            abi.encodePacked(o.maxQuantity, o.acceptWindow, o.shipWindow, o.confirmWindow, o.arbitrationWindow),
            abi.encodePacked(o.expiry, uint8(n), hash),
            payees
        );
        // Creation code that returns `code` as the runtime code; code starts with
        // STOP, so calling the data contract does nothing.
        bytes memory init = abi.encodePacked(hex"61", uint16(code.length), hex"80600a3d393df3", code);
        index = offerCount + 1;
        offerCount = index;
        address created;
        assembly ("memory-safe") {
            created := create(0, add(init, 0x20), mload(init))
        }
        if (created == address(0) || created != offerTermsAddress(index)) revert InvalidOffer();
        offerIndex[hash] = index;
    }

    /// The fixed terms of offer `index`; seller is zero for an index never stored.
    function _terms(uint256 index) internal view returns (T memory t) {
        bytes memory d = new bytes(_DATA_SIZE);
        address at = offerTermsAddress(index);
        // One code read, then each field sliced from it (offsets as _storeTerms packs them).
        assembly ("memory-safe") {
            let p := add(d, 0x20)
            extcodecopy(at, p, 1, 288)
            mstore(t, shr(96, mload(p))) // seller
            mstore(add(t, 0x20), shr(96, mload(add(p, 20)))) // token
            mstore(add(t, 0x40), shr(96, mload(add(p, 40)))) // arbitrator
            mstore(add(t, 0x60), shr(160, mload(add(p, 60)))) // price
            mstore(add(t, 0x80), shr(160, mload(add(p, 72)))) // bond
            mstore(add(t, 0xa0), shr(160, mload(add(p, 84)))) // arbitratorFee
            mstore(add(t, 0xc0), shr(224, mload(add(p, 96)))) // maxQuantity
            mstore(add(t, 0xe0), shr(224, mload(add(p, 100)))) // acceptWindow
            mstore(add(t, 0x100), shr(224, mload(add(p, 104)))) // shipWindow
            mstore(add(t, 0x120), shr(224, mload(add(p, 108)))) // confirmWindow
            mstore(add(t, 0x140), shr(224, mload(add(p, 112)))) // arbitrationWindow
            mstore(add(t, 0x160), shr(192, mload(add(p, 116)))) // expiry
            mstore(add(t, 0x180), shr(248, mload(add(p, 124)))) // payeeCount
            mstore(add(t, 0x1a0), mload(add(p, 125))) // offerHash
            mstore(add(t, 0x1c0), d) // data
        }
    }

    /// Payee `i` of terms `t` (i < t.payeeCount): a 20-byte account and a 12-byte amount.
    function _payee(T memory t, uint256 i) internal pure returns (address account, uint256 amount) {
        bytes memory d = t.data;
        assembly ("memory-safe") {
            let word := mload(add(add(d, 0x20), add(157, mul(32, i))))
            account := shr(96, word)
            amount := and(word, 0xffffffffffffffffffffffff)
        }
    }

    /// @notice Terms and payees of an offer that has been funded at least once.
    function getTerms(bytes32 hash) external view returns (Terms memory terms, Payee[] memory payees) {
        uint32 index = offerIndex[hash];
        if (index == 0) return (terms, payees);
        T memory t = _terms(index);
        terms = Terms({
            seller: t.seller,
            price: uint96(t.price),
            token: t.token,
            bond: uint96(t.bond),
            arbitrator: t.arbitrator,
            arbitratorFee: uint96(t.arbitratorFee),
            shipWindow: uint32(t.shipWindow),
            confirmWindow: uint32(t.confirmWindow),
            arbitrationWindow: uint32(t.arbitrationWindow),
            used: _offers[index].used,
            payeeCount: uint8(t.payeeCount)
        });
        payees = new Payee[](t.payeeCount);
        for (uint256 i; i < payees.length; ++i) {
            (address account, uint256 amount) = _payee(t, i);
            payees[i] = Payee(account, uint96(amount));
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
        Record memory e = _escrows[id];
        if (e.state == State.None) return v;
        T memory t = _terms(e.offer);
        v.offerHash = t.offerHash;
        v.buyer = e.buyer;
        v.seller = t.seller;
        v.token = t.token;
        v.arbitrator = t.arbitrator;
        v.state = e.state;
        v.quantity = e.quantity;
        v.deadline = e.deadline;
        v.settlementNonce = _settlementNonces[id];
        v.price = t.price * e.quantity;
        v.bond = t.bond * e.quantity;
        v.arbitratorFee = t.arbitratorFee;
        v.held = _held(e, t);
    }

    /// @notice What the contract holds for escrow `id` now (0 once closed).
    function held(uint256 id) external view returns (uint256) {
        Record memory e = _escrows[id];
        if (e.state == State.None) return 0;
        return _held(e, _terms(e.offer));
    }

    /// @notice The EIP-712 domain separator of this chain and contract.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _held(Record memory e, T memory t) internal pure returns (uint256) {
        State s = e.state;
        if (s == State.Funded) return t.price * e.quantity;
        if (s == State.Accepted || s == State.Shipped || s == State.Disputed) return (t.price + t.bond) * e.quantity;
        return 0;
    }
}
