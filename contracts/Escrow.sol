// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {EscrowStore} from "./EscrowStore.sol";

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
        revoked[msg.sender][hash] = true;
        uint32 index = offerIndex[hash];
        if (index != 0 && _terms(index).seller == msg.sender) _offers[index].revoked = true;
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
        T memory t = _terms(index);
        if (t.seller == address(0)) revert InvalidOffer(); // never stored
        if (block.timestamp >= t.expiry) revert OfferExpired();
        OfferState storage st = _offers[index];
        if (st.revoked) revert OfferWasRevoked();
        if (quantity == 0 || quantity > MAX_ESCROW_QUANTITY) revert BadQuantity();
        if (msg.sender == t.arbitrator) revert InvalidOffer();
        uint256 used = uint256(st.used) + quantity;
        if (used > t.maxQuantity) revert OfferSoldOut();
        st.used = uint32(used);

        uint256 price = t.price * quantity;
        uint256 deadline = block.timestamp + t.acceptWindow;
        id = ++escrowCount;
        _escrows[id] = Record({
            buyer: msg.sender,
            offer: index,
            quantity: uint24(quantity),
            deadline: deadline.toUint32(),
            state: State.Funded
        });
        _pull(t.token, msg.sender, price);
        emit Funded(id, t.seller, msg.sender, t.offerHash, quantity, price, uint64(deadline), note);
    }

    /// @notice Buyer takes the price back before the seller accepts.
    function cancel(uint256 id) external nonReentrant {
        Record storage e = _open(id, State.Funded);
        if (msg.sender != e.buyer) revert NotBuyer();
        _unaccepted(e);
        emit Cancelled(id);
    }

    /// @notice Not accepted in time: the price goes back to the buyer. Anyone may call.
    function refund(uint256 id) external nonReentrant {
        Record storage e = _open(id, State.Funded);
        _after(e);
        _unaccepted(e);
        emit Refunded(id);
    }

    /// Closes a never-accepted escrow and frees its units in the offer's cap,
    /// so funding and cancelling cannot use a listing up.
    function _unaccepted(Record storage e) private {
        e.state = State.Refunded;
        uint256 index = e.offer;
        uint256 q = e.quantity;
        _offers[index].used -= uint32(q);
        T memory t = _terms(index);
        _push(t.token, e.buyer, t.price * q);
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
        Record storage e = _open(id, State.Funded);
        T memory t = _terms(e.offer);
        if (msg.sender != t.seller) revert NotSeller();
        _before(e);
        uint256 deadline = block.timestamp + t.shipWindow;
        e.state = State.Accepted;
        e.deadline = deadline.toUint32();
        uint256 bond = t.bond * e.quantity;
        _pull(t.token, msg.sender, bond);
        emit Accepted(id, bond, uint64(deadline));
    }

    /// @notice Seller records the shipment (hash of carrier + tracking number) before the ship deadline.
    function markShipped(uint256 id, bytes32 trackingHash) external {
        Record storage e = _open(id, State.Accepted);
        T memory t = _terms(e.offer);
        if (msg.sender != t.seller) revert NotSeller();
        _before(e);
        uint256 deadline = block.timestamp + t.confirmWindow;
        e.state = State.Shipped;
        e.deadline = deadline.toUint32();
        emit Shipped(id, trackingHash, uint64(deadline));
    }

    // ------------------------------------------------------------------ closing

    /// @notice Buyer confirms: payees and seller paid, bond returned, in one transaction.
    /// Allowed once accepted, also in a dispute (the buyer concedes, no fee).
    function confirm(uint256 id) external nonReentrant {
        Record storage e = _escrows[id];
        State s = e.state;
        if (s != State.Accepted && s != State.Shipped && s != State.Disputed) revert WrongState(id, s);
        if (msg.sender != e.buyer) revert NotBuyer();
        _complete(e);
        emit Confirmed(id);
    }

    /// @notice Shipped, not disputed, confirm deadline passed: pay as on confirm. Anyone may call,
    /// so payees never depend on the seller to be paid.
    function claim(uint256 id) external nonReentrant {
        Record storage e = _open(id, State.Shipped);
        _after(e);
        _complete(e);
        emit Claimed(id);
    }

    /// @notice Not shipped by the ship deadline: the buyer gets price and bond. Anyone may call.
    function reclaim(uint256 id) external nonReentrant {
        Record storage e = _open(id, State.Accepted);
        _after(e);
        e.state = State.Refunded;
        T memory t = _terms(e.offer);
        _push(t.token, e.buyer, (t.price + t.bond) * e.quantity);
        emit Reclaimed(id);
    }

    function _complete(Record storage e) private {
        e.state = State.Completed;
        T memory t = _terms(e.offer);
        uint256 q = e.quantity;
        uint256 toSeller = (t.price + t.bond) * q;
        uint256 n = t.payeeCount;
        for (uint256 i; i < n; ++i) {
            (address account, uint256 amount) = _payee(t, i);
            amount *= q;
            toSeller -= amount;
            _push(t.token, account, amount);
        }
        _push(t.token, t.seller, toSeller);
    }

    // ------------------------------------------------------------------ disputes

    /// @notice Buyer or seller opens a dispute before the current (ship or confirm) deadline.
    function dispute(uint256 id) external {
        Record storage e = _escrows[id];
        State s = e.state;
        if (s != State.Accepted && s != State.Shipped) revert WrongState(id, s);
        T memory t = _terms(e.offer);
        if (msg.sender != e.buyer && msg.sender != t.seller) revert NotParty();
        _before(e);
        uint256 deadline = block.timestamp + t.arbitrationWindow;
        e.state = State.Disputed;
        e.deadline = deadline.toUint32();
        emit Disputed(id, msg.sender, uint64(deadline));
    }

    /// @notice The offer's arbitrator splits price + bond, less its stated fee,
    /// before the arbitration deadline.
    function rule(uint256 id, uint256 buyerAmount, uint256 sellerAmount) external nonReentrant {
        Record storage e = _open(id, State.Disputed);
        T memory t = _terms(e.offer);
        if (msg.sender != t.arbitrator) revert NotArbitrator();
        _before(e);
        uint256 fee = t.arbitratorFee;
        if (buyerAmount + sellerAmount + fee != (t.price + t.bond) * e.quantity) revert BadSplit();
        e.state = State.Resolved;
        _push(t.token, e.buyer, buyerAmount);
        _push(t.token, t.seller, sellerAmount);
        _push(t.token, msg.sender, fee);
        emit Ruled(id, buyerAmount, sellerAmount, fee);
    }

    /// @notice Silent arbitrator: after the arbitration deadline the price goes back to
    /// the buyer and the bond to the seller. Anyone may call.
    function timeoutDispute(uint256 id) external nonReentrant {
        Record storage e = _open(id, State.Disputed);
        _after(e);
        e.state = State.Resolved;
        T memory t = _terms(e.offer);
        _push(t.token, e.buyer, t.price * e.quantity);
        _push(t.token, t.seller, t.bond * e.quantity);
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
        (Record memory r, T memory t) = _settleable(id, buyerAmount + sellerAmount);
        bytes32 digest = settlementHash(id, buyerAmount, sellerAmount, _settlementNonces[id]);
        if (
            !SignatureChecker.isValidSignatureNow(r.buyer, digest, buyerSignature)
                || !SignatureChecker.isValidSignatureNow(t.seller, digest, sellerSignature)
        ) revert InvalidSignature();
        _escrows[id].state = State.Resolved;
        _push(t.token, r.buyer, buyerAmount);
        _push(t.token, t.seller, sellerAmount);
        emit Settled(id, buyerAmount, sellerAmount);
    }

    /// An open escrow and its terms, if `total` is exactly what it holds.
    function _settleable(uint256 id, uint256 total) private view returns (Record memory r, T memory t) {
        r = _escrows[id];
        if (r.state != State.None) t = _terms(r.offer);
        uint256 heldNow = _held(r, t);
        if (heldNow == 0) revert WrongState(id, r.state);
        if (total != heldNow) revert BadSplit();
    }

    /// @notice Buyer or seller withdraws every settlement signed so far for this escrow.
    function voidSettlements(uint256 id) external {
        Record memory r = _escrows[id];
        T memory t;
        if (r.state != State.None) t = _terms(r.offer);
        if (_held(r, t) == 0) revert WrongState(id, r.state);
        if (msg.sender != r.buyer && msg.sender != t.seller) revert NotParty();
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

    function _open(uint256 id, State expected) private view returns (Record storage e) {
        e = _escrows[id];
        if (e.state != expected) revert WrongState(id, e.state);
    }

    function _before(Record storage e) private view {
        if (block.timestamp >= e.deadline) revert TooLate(e.deadline);
    }

    function _after(Record storage e) private view {
        if (block.timestamp < e.deadline) revert TooEarly(e.deadline);
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
