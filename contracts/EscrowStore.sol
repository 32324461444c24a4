// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {IEscrowTypes} from "./EscrowTypes.sol";

/// An open escrow's record, one storage word: buyer (bits 0-159), quantity
/// (160-183), deadline in UTC seconds (184-215), state (216-223) and, on a
/// dispute, whether it was opened before shipment (bit 224). A closed escrow's
/// record is cleared to zero.
type Record is uint256;

/// An offer's fixed terms copied into memory from its data contract (see
/// EscrowStore): the copy's memory address. Fields are read where they sit.
type OfferTerms is uint256;

using RecordLib for Record global;
using OfferTermsLib for OfferTerms global;

library RecordLib {
    function make(address buyer_, uint256 quantity_, uint256 deadline_, IEscrowTypes.State state_)
        internal
        pure
        returns (Record)
    {
        return Record.wrap(
            uint256(uint160(buyer_)) | quantity_ << 160 | uint256(uint32(deadline_)) << 184 | uint256(state_) << 216
        );
    }

    function buyer(Record r) internal pure returns (address) {
        return address(uint160(Record.unwrap(r)));
    }

    function quantity(Record r) internal pure returns (uint256) {
        return uint24(Record.unwrap(r) >> 160);
    }

    function deadline(Record r) internal pure returns (uint256) {
        return uint32(Record.unwrap(r) >> 184);
    }

    function state(Record r) internal pure returns (IEscrowTypes.State) {
        return IEscrowTypes.State(uint8(Record.unwrap(r) >> 216));
    }

    /// The same escrow in state `s` with deadline `d` (which the caller checked fits 32 bits).
    function moved(Record r, IEscrowTypes.State s, uint256 d) internal pure returns (Record) {
        return Record.wrap(uint256(uint184(Record.unwrap(r))) | d << 184 | uint256(s) << 216);
    }

    /// The same escrow disputed until `d`, marked when the seller had not shipped yet.
    function disputed(Record r, uint256 d, bool beforeShipment) internal pure returns (Record) {
        uint256 mark = beforeShipment ? 1 << 224 : 0;
        return Record.wrap(Record.unwrap(moved(r, IEscrowTypes.State.Disputed, d)) | mark);
    }

    function disputedBeforeShipment(Record r) internal pure returns (bool) {
        return Record.unwrap(r) >> 224 & 1 == 1;
    }
}

/// Offsets as EscrowStore._storeTerms packs them, less the leading STOP.
library OfferTermsLib {
    function seller(OfferTerms t) internal pure returns (address a) {
        assembly ("memory-safe") {
            a := shr(96, mload(t))
        }
    }

    function token(OfferTerms t) internal pure returns (address a) {
        assembly ("memory-safe") {
            a := shr(96, mload(add(t, 20)))
        }
    }

    function arbitrator(OfferTerms t) internal pure returns (address a) {
        assembly ("memory-safe") {
            a := shr(96, mload(add(t, 40)))
        }
    }

    function price(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(160, mload(add(t, 60)))
        }
    }

    function bond(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(160, mload(add(t, 72)))
        }
    }

    function arbitratorFee(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(160, mload(add(t, 84)))
        }
    }

    function maxQuantity(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(224, mload(add(t, 96)))
        }
    }

    function acceptWindow(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(224, mload(add(t, 100)))
        }
    }

    function shipWindow(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(224, mload(add(t, 104)))
        }
    }

    function confirmWindow(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(224, mload(add(t, 108)))
        }
    }

    function arbitrationWindow(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(224, mload(add(t, 112)))
        }
    }

    function expiry(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(192, mload(add(t, 116)))
        }
    }

    function payeeCount(OfferTerms t) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(248, mload(add(t, 124)))
        }
    }

    function offerHash(OfferTerms t) internal pure returns (bytes32 v) {
        assembly ("memory-safe") {
            v := mload(add(t, 125))
        }
    }

    /// Whether `a` (never zero) is the arbitrator or one of the payees. Every payee
    /// slot is read: those past payeeCount are zero.
    function names(OfferTerms t, address a) internal pure returns (bool found) {
        assembly ("memory-safe") {
            found :=
                or(
                    or(eq(shr(96, mload(add(t, 40))), a), eq(shr(96, mload(add(t, 157))), a)),
                    or(
                        eq(shr(96, mload(add(t, 189))), a),
                        or(eq(shr(96, mload(add(t, 221))), a), eq(shr(96, mload(add(t, 253))), a))
                    )
                )
        }
    }

    /// Payee `i` (i < payeeCount): its account and fixed amount per unit.
    function payee(OfferTerms t, uint256 i) internal pure returns (address account, uint256 amount) {
        assembly ("memory-safe") {
            let word := mload(add(t, add(157, mul(32, i))))
            account := shr(96, word)
            amount := and(word, 0xffffffffffffffffffffffff)
        }
    }
}

/// @title Storage, hashing and read-only views of the Ziliudi escrow.
/// @notice Escrow.sol holds the transitions; this holds what they share.
///
/// Gas layout. An offer, on its first funding, gets a small index (1, 2, ...),
/// one slot of what changes (units used, escrows funded, revoked) and its fixed
/// terms written once as the code of a data contract that this contract creates
/// with CREATE: the n-th one lives at the address CREATE gives for this
/// contract's nonce n, so an escrow finds all its terms and payees with one code
/// read from an address it computes, without a storage read.
/// An escrow's id is its offer's index and its number among that offer's
/// escrows (index << 32 | n), so funding counts in the offer's slot, which it
/// writes anyway, instead of a global counter. An open escrow is one storage
/// slot (Record), cleared when it closes.
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
    /// A dispute statement is a short sealed text: at most this many bytes.
    uint256 public constant MAX_STATEMENT = 1024;
    /// The longest sealed shipment (carrier and tracking number, encrypted) markShipped takes.
    uint256 public constant MAX_TRACKING = 160;
    /// Every window of an offer (accept, ship, confirm, arbitration) lies between these.
    uint256 internal constant _MIN_WINDOW = 1 days;
    uint256 internal constant _MAX_WINDOW = 365 days;
    /// The arbitrator's fee (per escrow) is at most this share of the unit price.
    uint256 internal constant _MAX_FEE_PERCENT = 20;
    /// The most units one escrow may hold (an offer's cap may be larger).
    uint256 public constant MAX_ESCROW_QUANTITY = type(uint24).max;

    /// Stored per offer: what changes after its first funding.
    struct OfferState {
        uint32 used;
        uint32 escrows;
        bool revoked;
    }

    // A data contract's code: STOP, then seller, token, arbitrator (20 bytes each),
    // price, bond, arbitratorFee (12 each), maxQuantity and the four windows (4 each),
    // expiry (8), payee count (1), offer hash (32), payees (20 + 12 each). Read whole.
    uint256 internal constant _DATA_SIZE = 288; // 157 + 32 * MAX_PAYEES, in whole words

    /// The most offers this contract stores, so that every escrow id stays below 2**63.
    uint256 public constant MAX_OFFERS = 2 ** 31 - 1;

    /// Number of offers ever funded; indexes run from 1 to offerCount.
    uint32 public offerCount;
    mapping(uint256 => Record) internal _escrows;
    mapping(uint256 => uint16) internal _settlementNonces;
    /// offer hash => its index here (0 until its first funding)
    mapping(bytes32 => uint32) public offerIndex;
    /// offer index => units in open or completed escrows, escrows funded, revoked
    mapping(uint256 => OfferState) public offers;
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
        if (offerCount >= MAX_OFFERS) revert InvalidOffer();
        index = offerCount + 1;
        offerCount = index;
        address created;
        assembly ("memory-safe") {
            created := create(0, add(init, 0x20), mload(init))
        }
        if (created == address(0) || created != offerTermsAddress(index)) revert InvalidOffer();
        offerIndex[hash] = index;
    }

    /// The fixed terms of offer `index`, copied to fresh memory; seller is zero for
    /// an index never stored.
    function _terms(uint256 index) internal view returns (OfferTerms t) {
        address at = offerTermsAddress(index);
        assembly ("memory-safe") {
            t := mload(0x40)
            mstore(0x40, add(t, _DATA_SIZE))
            extcodecopy(at, t, 1, _DATA_SIZE)
        }
    }

    /// @notice Terms and payees of an offer that has been funded at least once.
    function getTerms(bytes32 hash) external view returns (Terms memory terms, Payee[] memory payees) {
        uint32 index = offerIndex[hash];
        if (index == 0) return (terms, payees);
        OfferTerms t = _terms(index);
        terms = Terms({
            seller: t.seller(),
            price: uint96(t.price()),
            token: t.token(),
            bond: uint96(t.bond()),
            arbitrator: t.arbitrator(),
            arbitratorFee: uint96(t.arbitratorFee()),
            shipWindow: uint32(t.shipWindow()),
            confirmWindow: uint32(t.confirmWindow()),
            arbitrationWindow: uint32(t.arbitrationWindow()),
            used: offers[index].used,
            payeeCount: uint8(t.payeeCount())
        });
        payees = new Payee[](t.payeeCount());
        for (uint256 i; i < payees.length; ++i) {
            (address account, uint256 amount) = t.payee(i);
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

    // ------------------------------------------------------------------ escrows

    /// @notice The id of the n-th escrow funded against offer `index`.
    function escrowId(uint256 index, uint256 n) public pure returns (uint256) {
        return index << 32 | n;
    }

    /// The offer index of escrow `id`.
    function _offerOf(uint256 id) internal pure returns (uint256) {
        return id >> 32;
    }

    /// The state of escrow `id` whose record reads `s`: a cleared record of an
    /// escrow that was funded is Closed, of one never funded None.
    function _stateOf(uint256 id, State s) internal view returns (State) {
        if (s != State.None) return s;
        uint256 index = _offerOf(id);
        uint256 n = uint32(id);
        bool funded = index != 0 && index <= offerCount && n != 0 && n <= offers[index].escrows;
        return funded ? State.Closed : State.None;
    }

    // ------------------------------------------------------------------ views

    /// @notice An escrow with its offer's terms; state None for an unknown id.
    function getEscrow(uint256 id) external view returns (EscrowView memory v) {
        Record e = _escrows[id];
        v.state = _stateOf(id, e.state());
        if (v.state == State.None) return v;
        OfferTerms t = _terms(_offerOf(id));
        v.offerHash = t.offerHash();
        v.seller = t.seller();
        v.token = t.token();
        v.arbitrator = t.arbitrator();
        v.arbitratorFee = t.arbitratorFee();
        if (v.state == State.Closed) return v;
        v.buyer = e.buyer();
        v.quantity = uint32(e.quantity());
        v.deadline = uint64(e.deadline());
        v.settlementNonce = _settlementNonces[id];
        v.price = t.price() * e.quantity();
        v.bond = t.bond() * e.quantity();
        v.held = _held(e, t);
    }

    /// @notice What the contract holds for escrow `id` now (0 once closed).
    function held(uint256 id) external view returns (uint256) {
        Record e = _escrows[id];
        if (e.state() == State.None) return 0;
        return _held(e, _terms(_offerOf(id)));
    }

    /// @notice The EIP-712 domain separator of this chain and contract.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _held(Record e, OfferTerms t) internal pure returns (uint256) {
        State s = e.state();
        if (s == State.Funded) return t.price() * e.quantity();
        if (s == State.Accepted || s == State.Shipped || s == State.Disputed) {
            return (t.price() + t.bond()) * e.quantity();
        }
        return 0;
    }
}
