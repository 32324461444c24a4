// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {EscrowStore, OfferTerms, Record, RecordLib} from "./EscrowStore.sol";

/// @title Ziliudi escrow: many buyer/seller escrows in one contract.
/// @notice Protocol: fund (buyer, against a seller-signed offer) -> accept with bond
/// (seller) -> mark shipped (seller) -> confirm (buyer) or claim after the confirm
/// deadline. Every open state has a deadline after which anyone can close it, and
/// the money then goes only to the parties, so nothing is ever stuck here.
/// A payout the token refuses (a blacklisted recipient, say) does not stop the
/// others: it is credited to its recipient, who withdraws it when the token lets
/// them, and the escrow closes as usual. One blocked party cannot hold the
/// others' money hostage.
/// Windows are half-open: an action "before" a deadline needs now < deadline,
/// one "after" needs now >= deadline, so no instant allows both.
contract Escrow is EscrowStore, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    // ------------------------------------------------------------------ offers

    /// @notice The seller withdraws an offer; escrows already funded are unaffected.
    function revokeOffer(bytes32 hash) external {
        _revoke(hash);
    }

    /// @notice The seller withdraws several offers in one transaction (after a lot closes
    /// or its prices change, every offer that no longer holds at once).
    function revokeOffers(bytes32[] calldata hashes) external {
        for (uint256 i = 0; i < hashes.length; ++i) {
            _revoke(hashes[i]);
        }
    }

    function _revoke(bytes32 hash) private {
        revoked[msg.sender][hash] = true;
        uint32 index = offerIndex[hash];
        if (index != 0 && _terms(index).seller() == msg.sender) offers[index].revoked = true;
        emit OfferRevoked(msg.sender, hash);
    }

    // ------------------------------------------------------------------ funding

    /// @notice Buyer funds a new escrow of `quantity` units against a signed offer.
    /// @param note opaque (encrypted) delivery note for the seller; emitted, never stored.
    function fund(Offer calldata o, bytes calldata signature, uint32 quantity, bytes calldata note)
        external
        nonReentrant
        returns (uint256)
    {
        return _fund(_offer(o, signature), quantity, note);
    }

    /// @notice As fund, with an EIP-2612 permit for price * quantity instead of an approval.
    function fundWithPermit(
        Offer calldata o,
        bytes calldata signature,
        uint32 quantity,
        bytes calldata note,
        Permit calldata p
    ) external nonReentrant returns (uint256) {
        // A front-runner may have submitted the permit already; then the
        // allowance is there and the failure is harmless, so it is ignored.
        try IERC20Permit(o.token).permit(msg.sender, address(this), o.price * quantity, p.deadline, p.v, p.r, p.s) {}
            catch {}
        return _fund(_offer(o, signature), quantity, note);
    }

    /// @notice Buyer funds a new escrow against an offer already funded here once
    /// (its terms were verified then), named by its index (see offerIndex).
    function fundOffer(uint32 index, uint32 quantity, bytes calldata note) external nonReentrant returns (uint256) {
        return _fund(index, quantity, note);
    }

    /// The index of a signed offer, storing its terms on its first funding.
    function _offer(Offer calldata o, bytes calldata signature) private returns (uint32 index) {
        bytes32 hash = offerHash(o);
        index = offerIndex[hash];
        if (index != 0) return index;
        if (block.timestamp >= o.expiry) revert OfferExpired();
        if (revoked[o.seller][hash]) revert OfferWasRevoked();
        if (!SignatureChecker.isValidSignatureNow(o.seller, hash, signature)) revert InvalidSignature();
        _validate(o);
        return _storeTerms(o, hash);
    }

    function _validate(Offer calldata o) private pure {
        uint256 n = o.payees.length;
        if (
            o.seller == address(0) || o.token == address(0) || o.price == 0 || o.maxQuantity == 0
                || o.acceptWindow == 0 || o.shipWindow == 0 || o.confirmWindow == 0 || o.arbitrationWindow == 0
                || o.arbitrator == o.seller || n > MAX_PAYEES || n != o.payeeAmounts.length
        ) revert InvalidOffer();
        uint256 toPayees;
        for (uint256 i; i < n; ++i) {
            if (o.payees[i] == address(0)) revert InvalidOffer();
            toPayees += o.payeeAmounts[i].toUint96();
        }
        // The seller gets the rest of the price, so payees cannot exceed it.
        if (toPayees > o.price) revert InvalidOffer();
        // The fee must fit in what one unit's escrow holds (so in any quantity's).
        if (o.arbitratorFee > uint256(o.price.toUint96()) + o.bond.toUint96()) revert InvalidOffer();
        o.arbitratorFee.toUint96();
    }

    function _fund(uint32 index, uint32 quantity, bytes calldata note) private returns (uint256 id) {
        OfferTerms t = _terms(index);
        if (t.seller() == address(0)) revert InvalidOffer(); // never stored
        if (block.timestamp >= t.expiry()) revert OfferExpired();
        if (quantity == 0 || quantity > MAX_ESCROW_QUANTITY) revert BadQuantity();
        if (msg.sender == t.arbitrator()) revert InvalidOffer();
        uint256 deadline = block.timestamp + t.acceptWindow();
        id = _newEscrow(index, quantity, t.maxQuantity());
        _escrows[id] = RecordLib.make(msg.sender, quantity, deadline.toUint32(), State.Funded);
        uint256 amount = t.price() * quantity;
        _pull(t.token(), msg.sender, amount);
        emit Funded(id, t.seller(), msg.sender, t.offerHash(), quantity, amount, uint64(deadline), note);
    }

    /// Counts `quantity` more units and one more escrow against offer `index`,
    /// within its cap; returns the new escrow's id.
    function _newEscrow(uint256 index, uint256 quantity, uint256 cap) private returns (uint256) {
        OfferState storage slot = offers[index];
        uint256 word;
        assembly ("memory-safe") {
            word := sload(slot.slot)
        }
        // OfferState packed as Solidity packs it: used (bits 0-31), escrows (32-63), revoked (64-71).
        if (word >> 64 != 0) revert OfferWasRevoked();
        uint256 used = uint32(word) + quantity;
        uint256 n = uint32(word >> 32) + 1;
        if (used > cap || n > type(uint32).max) revert OfferSoldOut();
        assembly ("memory-safe") {
            sstore(slot.slot, or(used, shl(32, n)))
        }
        return escrowId(index, n);
    }

    /// @notice Buyer takes the price back before the seller accepts.
    function cancel(uint256 id) external nonReentrant {
        Record e = _open(id, State.Funded);
        if (msg.sender != e.buyer()) revert NotBuyer();
        _unaccepted(id, e);
        emit Cancelled(id);
    }

    /// @notice Not accepted in time: the price goes back to the buyer. Anyone may call.
    function refund(uint256 id) external nonReentrant {
        Record e = _open(id, State.Funded);
        _after(e);
        _unaccepted(id, e);
        emit Refunded(id);
    }

    /// Closes a never-accepted escrow and frees its units in the offer's cap,
    /// so funding and cancelling cannot use a listing up.
    function _unaccepted(uint256 id, Record e) private {
        _escrows[id] = Record.wrap(0);
        uint256 index = _offerOf(id);
        offers[index].used -= uint32(e.quantity());
        OfferTerms t = _terms(index);
        _push(t.token(), e.buyer(), t.price() * e.quantity());
    }

    // ------------------------------------------------------------------ seller

    /// @notice Seller co-signs: accepts and posts the bond, before the accept deadline.
    function accept(uint256 id) external nonReentrant {
        _accept(id);
    }

    /// @notice Accept several escrows in one transaction.
    function acceptMany(uint256[] calldata ids) external nonReentrant {
        for (uint256 i; i < ids.length; ++i) {
            _accept(ids[i]);
        }
    }

    function _accept(uint256 id) private {
        Record e = _open(id, State.Funded);
        OfferTerms t = _terms(_offerOf(id));
        if (msg.sender != t.seller()) revert NotSeller();
        _before(e);
        uint256 deadline = _move(id, e, State.Accepted, t.shipWindow());
        uint256 bond = t.bond() * e.quantity();
        _pull(t.token(), msg.sender, bond);
        emit Accepted(id, bond, uint64(deadline));
    }

    /// @notice Seller records the shipment (hash of carrier + tracking number) before the ship deadline.
    function markShipped(uint256 id, bytes32 trackingHash) external {
        _markShipped(id, trackingHash);
    }

    /// @notice Mark several escrows shipped in one transaction (a supplier's reply to a
    /// drop-ship list); the lists pair each id with its tracking hash.
    function markShippedMany(uint256[] calldata ids, bytes32[] calldata trackingHashes) external {
        if (ids.length != trackingHashes.length) revert LengthMismatch();
        for (uint256 i; i < ids.length; ++i) {
            _markShipped(ids[i], trackingHashes[i]);
        }
    }

    function _markShipped(uint256 id, bytes32 trackingHash) private {
        Record e = _open(id, State.Accepted);
        OfferTerms t = _terms(_offerOf(id));
        if (msg.sender != t.seller()) revert NotSeller();
        _before(e);
        uint256 deadline = _move(id, e, State.Shipped, t.confirmWindow());
        emit Shipped(id, trackingHash, uint64(deadline));
    }

    // ------------------------------------------------------------------ closing

    /// @notice Buyer confirms: payees and seller paid, bond returned, in one transaction.
    /// Allowed once accepted, also in a dispute (the buyer concedes, no fee).
    function confirm(uint256 id) external nonReentrant {
        Record e = _escrows[id];
        State s = e.state();
        if (s != State.Accepted && s != State.Shipped && s != State.Disputed) revert WrongState(id, _stateOf(id, s));
        if (msg.sender != e.buyer()) revert NotBuyer();
        _complete(id, e);
        emit Confirmed(id);
    }

    /// @notice Shipped, not disputed, confirm deadline passed: pay as on confirm. Anyone may call,
    /// so payees never depend on the seller to be paid.
    function claim(uint256 id) external nonReentrant {
        Record e = _open(id, State.Shipped);
        _after(e);
        _complete(id, e);
        emit Claimed(id);
    }

    /// @notice Not shipped by the ship deadline: the buyer gets price and bond. Anyone may call.
    function reclaim(uint256 id) external nonReentrant {
        Record e = _open(id, State.Accepted);
        _after(e);
        _escrows[id] = Record.wrap(0);
        OfferTerms t = _terms(_offerOf(id));
        _push(t.token(), e.buyer(), (t.price() + t.bond()) * e.quantity());
        emit Reclaimed(id);
    }

    function _complete(uint256 id, Record e) private {
        _escrows[id] = Record.wrap(0);
        OfferTerms t = _terms(_offerOf(id));
        address token = t.token();
        uint256 q = e.quantity();
        uint256 toSeller = (t.price() + t.bond()) * q;
        uint256 n = t.payeeCount();
        for (uint256 i; i < n; ++i) {
            (address account, uint256 amount) = t.payee(i);
            amount *= q;
            toSeller -= amount;
            _push(token, account, amount);
        }
        _push(token, t.seller(), toSeller);
    }

    // ------------------------------------------------------------------ disputes

    /// @notice Buyer or seller opens a dispute before the current (ship or confirm) deadline.
    function dispute(uint256 id) external {
        Record e = _escrows[id];
        State s = e.state();
        if (s != State.Accepted && s != State.Shipped) revert WrongState(id, _stateOf(id, s));
        OfferTerms t = _terms(_offerOf(id));
        if (msg.sender != e.buyer() && msg.sender != t.seller()) revert NotParty();
        _before(e);
        uint256 deadline = _move(id, e, State.Disputed, t.arbitrationWindow());
        emit Disputed(id, msg.sender, uint64(deadline));
    }

    /// @notice The offer's arbitrator splits price + bond, less its stated fee,
    /// before the arbitration deadline.
    function rule(uint256 id, uint256 buyerAmount, uint256 sellerAmount) external nonReentrant {
        Record e = _open(id, State.Disputed);
        OfferTerms t = _terms(_offerOf(id));
        if (msg.sender != t.arbitrator()) revert NotArbitrator();
        _before(e);
        uint256 fee = t.arbitratorFee();
        if (buyerAmount + sellerAmount + fee != (t.price() + t.bond()) * e.quantity()) revert BadSplit();
        _escrows[id] = Record.wrap(0);
        address token = t.token();
        _push(token, e.buyer(), buyerAmount);
        _push(token, t.seller(), sellerAmount);
        _push(token, msg.sender, fee);
        emit Ruled(id, buyerAmount, sellerAmount, fee);
    }

    /// @notice Silent arbitrator: after the arbitration deadline the price goes back to
    /// the buyer and the bond to the seller. Anyone may call.
    function timeoutDispute(uint256 id) external nonReentrant {
        Record e = _open(id, State.Disputed);
        _after(e);
        _escrows[id] = Record.wrap(0);
        OfferTerms t = _terms(_offerOf(id));
        _push(t.token(), e.buyer(), t.price() * e.quantity());
        _push(t.token(), t.seller(), t.bond() * e.quantity());
        emit DisputeTimedOut(id);
    }

    /// @notice Any split of what the escrow holds, signed by buyer and seller
    /// (EIP-712 Settlement with the escrow's current nonce); anyone submits it.
    function settle(
        uint256 id,
        uint256 buyerAmount,
        uint256 sellerAmount,
        bytes calldata buyerSignature,
        bytes calldata sellerSignature
    ) external nonReentrant {
        (Record e, OfferTerms t) = _settleable(id, buyerAmount + sellerAmount);
        bytes32 digest = settlementHash(id, buyerAmount, sellerAmount, _settlementNonces[id]);
        if (
            !SignatureChecker.isValidSignatureNow(e.buyer(), digest, buyerSignature)
                || !SignatureChecker.isValidSignatureNow(t.seller(), digest, sellerSignature)
        ) revert InvalidSignature();
        _escrows[id] = Record.wrap(0);
        _push(t.token(), e.buyer(), buyerAmount);
        _push(t.token(), t.seller(), sellerAmount);
        emit Settled(id, buyerAmount, sellerAmount);
    }

    /// An open escrow and its terms, if `total` is exactly what it holds.
    function _settleable(uint256 id, uint256 total) private view returns (Record e, OfferTerms t) {
        e = _escrows[id];
        if (e.state() == State.None) revert WrongState(id, _stateOf(id, State.None));
        t = _terms(_offerOf(id));
        if (total != _held(e, t)) revert BadSplit();
    }

    /// @notice Buyer or seller withdraws every settlement signed so far for this escrow.
    function voidSettlements(uint256 id) external {
        Record e = _escrows[id];
        if (e.state() == State.None) revert WrongState(id, _stateOf(id, State.None));
        if (msg.sender != e.buyer() && msg.sender != _terms(_offerOf(id)).seller()) revert NotParty();
        uint16 next = _settlementNonces[id] + 1;
        _settlementNonces[id] = next;
        emit SettlementsVoided(id, next);
    }

    // ------------------------------------------------------------------ credits

    /// @notice Sends the caller every payout of `token` credited to it (see Credited).
    /// Reverts, keeping the credit, while the token still refuses the transfer.
    function withdraw(address token) external nonReentrant {
        uint256 amount = credit[token][msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        credit[token][msg.sender] = 0;
        IERC20(token).safeTransfer(msg.sender, amount);
    }

    // ------------------------------------------------------------------ internals

    function _open(uint256 id, State expected) private view returns (Record e) {
        e = _escrows[id];
        if (e.state() != expected) revert WrongState(id, _stateOf(id, e.state()));
    }

    /// Moves an open escrow to `state` with a new deadline `window` from now;
    /// returns the deadline.
    function _move(uint256 id, Record e, State state, uint256 window) private returns (uint256 deadline) {
        deadline = block.timestamp + window;
        _escrows[id] = e.moved(state, deadline.toUint32());
    }

    function _before(Record e) private view {
        if (block.timestamp >= e.deadline()) revert TooLate(uint64(e.deadline()));
    }

    function _after(Record e) private view {
        if (block.timestamp < e.deadline()) revert TooEarly(uint64(e.deadline()));
    }

    /// Pulls exactly `amount`; a token that delivers less (fee on transfer) is refused.
    function _pull(address token, address from, uint256 amount) private {
        if (amount == 0) return;
        uint256 before = _balance(token);
        IERC20(token).safeTransferFrom(from, address(this), amount);
        if (_balance(token) != before + amount) revert FeeOnTransfer();
    }

    /// This contract's balance of `token`, by a plain staticcall (a token that
    /// answers anything but one word makes the pull fail).
    function _balance(address token) private view returns (uint256 amount) {
        bool ok;
        assembly ("memory-safe") {
            mstore(0x00, 0x70a08231) // balanceOf(address)
            mstore(0x20, address())
            ok := and(eq(returndatasize(), 0x20), staticcall(gas(), token, 0x1c, 0x24, 0x00, 0x20))
            amount := mload(0x00)
        }
        if (!ok) revert FeeOnTransfer();
    }

    /// Pays `amount` to `to`, or credits it when the token refuses the transfer, so
    /// that one recipient the token blocks cannot stop an escrow from closing.
    /// Zero transfers are skipped: some tokens revert on them, and they pay nobody.
    function _push(address token, address to, uint256 amount) private {
        if (amount != 0 && !IERC20(token).trySafeTransfer(to, amount)) {
            credit[token][to] += amount;
            emit Credited(token, to, amount);
        }
    }
}
