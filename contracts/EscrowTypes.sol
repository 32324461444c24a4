// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Shared types, events and errors of the Ziliudi escrow.
/// @notice Kept apart from the logic so that Escrow.sol stays readable.
interface IEscrowTypes {
    /// A seller-signed price tag for one listing variant. Any buyer may fund it
    /// until it expires, its quantity cap is used up, or the seller revokes it.
    /// Amounts are per unit, except the arbitrator fee, which is per escrow.
    struct Offer {
        address seller;
        address token;
        uint256 price;
        uint256 bond;
        uint32 maxQuantity;
        uint32 acceptWindow;
        uint32 shipWindow;
        uint32 confirmWindow;
        uint32 arbitrationWindow;
        address arbitrator;
        uint256 arbitratorFee;
        address[] payees;
        uint256[] payeeAmounts;
        uint64 expiry;
        uint256 salt;
    }

    /// An EIP-2612 permit signed by the buyer for exactly price * quantity.
    struct Permit {
        uint256 deadline;
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    /// Closed: the escrow has paid out (completed, refunded or split) and its
    /// record is gone; its events say how it ended.
    enum State {
        None,
        Funded,
        Accepted,
        Shipped,
        Disputed,
        Closed
    }

    /// An offer's terms as getTerms reports them (they are stored once per offer,
    /// on its first funding).
    struct Terms {
        address seller;
        uint96 price;
        address token;
        uint96 bond;
        address arbitrator;
        uint96 arbitratorFee;
        uint32 shipWindow;
        uint32 confirmWindow;
        uint32 arbitrationWindow;
        uint32 used;
        uint8 payeeCount;
    }

    /// A payee and its fixed amount per unit.
    struct Payee {
        address account;
        uint96 amount;
    }

    /// Everything a client needs to show an escrow, assembled by getEscrow.
    /// price and bond are totals (unit amount * quantity); held is what the
    /// contract holds for this escrow right now. A closed escrow shows only its
    /// offer's fields; buyer, quantity and amounts read zero.
    struct EscrowView {
        bytes32 offerHash;
        address buyer;
        address seller;
        address token;
        address arbitrator;
        State state;
        uint32 quantity;
        uint64 deadline;
        uint16 settlementNonce;
        uint256 price;
        uint256 bond;
        uint256 arbitratorFee;
        uint256 held;
    }

    event OfferRevoked(address indexed seller, bytes32 indexed offerHash);
    event Funded(
        uint256 indexed id,
        address indexed seller,
        address indexed buyer,
        bytes32 offerHash,
        uint32 quantity,
        uint256 price,
        uint64 acceptDeadline,
        bytes note
    );
    event Cancelled(uint256 indexed id);
    /// The seller turned the escrow down before accepting it; the buyer got the price back.
    event Declined(uint256 indexed id);
    event Refunded(uint256 indexed id);
    event Accepted(uint256 indexed id, uint256 bond, uint64 shipDeadline);
    /// trackingHash is keccak256 of the sealed shipment markShipped carried in its calldata
    /// (carrier and tracking number, encrypted by the client for buyer and seller); the
    /// clients read the sealed bytes back from that transaction and check them against it.
    event Shipped(uint256 indexed id, bytes32 trackingHash, uint64 confirmDeadline);
    event Confirmed(uint256 indexed id);
    event Claimed(uint256 indexed id);
    /// Not shipped in time: price and bond went to the buyer. Also how a dispute opened
    /// before shipment ends when the arbitrator stays silent.
    event Reclaimed(uint256 indexed id);
    event Disputed(uint256 indexed id, address indexed by, uint64 arbitrationDeadline);
    /// A party's statement for the arbitrator, sealed to the arbitrator's key by the client.
    event Statement(uint256 indexed id, address indexed by, bytes statement);
    event Ruled(uint256 indexed id, uint256 buyerAmount, uint256 sellerAmount, uint256 fee);
    event DisputeTimedOut(uint256 indexed id);
    event Settled(uint256 indexed id, uint256 buyerAmount, uint256 sellerAmount);
    event SettlementsVoided(uint256 indexed id, uint16 nextNonce);
    /// A payout the token refused (e.g. a blacklisted recipient) was kept here for
    /// `to` to withdraw; the escrow it came from closed as usual.
    event Credited(address indexed token, address indexed to, uint256 amount);

    error InvalidOffer();
    error InvalidSignature();
    error OfferExpired();
    error OfferWasRevoked();
    error OfferSoldOut();
    error BadQuantity();
    error WrongState(uint256 id, State state);
    error NotBuyer();
    error NotSeller();
    error NotParty();
    error NotArbitrator();
    error TooLate(uint64 deadline);
    error TooEarly(uint64 deadline);
    error BadSplit();
    error LengthMismatch();
    /// The buyer is the offer's arbitrator or one of its payees.
    error BuyerNotAllowed();
    error FeeOnTransfer();
    /// A statement longer than MAX_STATEMENT bytes, or an empty one added on its own.
    error BadStatement();
    /// A sealed shipment that is empty or longer than MAX_TRACKING bytes.
    error BadTracking();
    error NothingToWithdraw();
}
