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
/// Windows are half-open: an action "before" a deadline needs now < deadline,
/// one "after" needs now >= deadline, so no instant allows both.
contract Escrow is EscrowStore, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;
    using SafeCast for uint256;

    // ------------------------------------------------------------------ offers

    /// @notice The seller withdraws an offer; escrows already funded are unaffected.
    function revokeOffer(bytes32 hash) external {
        revoked[msg.sender][hash] = true;
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
        return _fund(o, signature, quantity, note);
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
        return _fund(o, signature, quantity, note);
    }

    function _fund(Offer calldata o, bytes calldata signature, uint32 quantity, bytes calldata note)
        private
        returns (uint256 id)
    {
        bytes32 hash = offerHash(o);
        if (block.timestamp >= o.expiry) revert OfferExpired();
        if (revoked[o.seller][hash]) revert OfferWasRevoked();
        if (quantity == 0) revert BadQuantity();
        if (msg.sender == o.arbitrator) revert InvalidOffer();
        Terms storage t = _terms[hash];
        uint256 used = t.used;
        // Windows are never zero once stored, so this tells a first funding;
        // later fundings reuse the verified, stored terms.
        if (t.shipWindow == 0) {
            if (!SignatureChecker.isValidSignatureNow(o.seller, hash, signature)) revert InvalidSignature();
            _storeTerms(t, hash, o);
        }
        used += quantity;
        if (used > o.maxQuantity) revert OfferSoldOut();
        t.used = uint32(used);

        uint256 price = o.price * quantity;
        if (o.arbitratorFee > price + o.bond * quantity) revert InvalidOffer();
        uint64 deadline = uint64(block.timestamp + o.acceptWindow);
        id = ++escrowCount;
        _escrows[id] = Record({
            buyer: msg.sender,
            deadline: uint40(deadline),
            quantity: quantity,
            state: State.Funded,
            settlementNonce: 0,
            offerHash: hash
        });
        _pull(IERC20(o.token), msg.sender, price);
        emit Funded(id, o.seller, msg.sender, hash, quantity, price, deadline, note);
    }

    function _storeTerms(Terms storage t, bytes32 hash, Offer calldata o) private {
        uint256 n = o.payees.length;
        if (
            o.seller == address(0) || o.token == address(0) || o.price == 0 || o.maxQuantity == 0
                || o.acceptWindow == 0 || o.shipWindow == 0 || o.confirmWindow == 0 || o.arbitrationWindow == 0
                || o.arbitrator == o.seller || n > MAX_PAYEES || n != o.payeeAmounts.length
        ) revert InvalidOffer();
        uint256 toPayees;
        for (uint256 i; i < n; ++i) {
            if (o.payees[i] == address(0)) revert InvalidOffer();
            toPayees += o.payeeAmounts[i];
            _payees[hash][i] = Payee(o.payees[i], o.payeeAmounts[i].toUint96());
        }
        // The seller gets the rest of the price, so payees cannot exceed it.
        if (toPayees > o.price) revert InvalidOffer();
        t.seller = o.seller;
        t.price = o.price.toUint96();
        t.token = o.token;
        t.bond = o.bond.toUint96();
        t.arbitrator = o.arbitrator;
        t.arbitratorFee = o.arbitratorFee.toUint96();
        t.shipWindow = o.shipWindow;
        t.confirmWindow = o.confirmWindow;
        t.arbitrationWindow = o.arbitrationWindow;
        t.payeeCount = uint8(n);
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
        Terms storage t = _terms[e.offerHash];
        t.used -= e.quantity;
        _push(IERC20(t.token), e.buyer, uint256(t.price) * e.quantity);
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
        Terms storage t = _terms[e.offerHash];
        if (msg.sender != t.seller) revert NotSeller();
        _before(e);
        uint64 deadline = uint64(block.timestamp + t.shipWindow);
        e.state = State.Accepted;
        e.deadline = uint40(deadline);
        uint256 bond = uint256(t.bond) * e.quantity;
        _pull(IERC20(t.token), msg.sender, bond);
        emit Accepted(id, bond, deadline);
    }

    /// @notice Seller records the shipment (hash of carrier + tracking number) before the ship deadline.
    function markShipped(uint256 id, bytes32 trackingHash) external nonReentrant {
        Record storage e = _open(id, State.Accepted);
        Terms storage t = _terms[e.offerHash];
        if (msg.sender != t.seller) revert NotSeller();
        _before(e);
        uint64 deadline = uint64(block.timestamp + t.confirmWindow);
        e.state = State.Shipped;
        e.deadline = uint40(deadline);
        emit Shipped(id, trackingHash, deadline);
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
        Terms storage t = _terms[e.offerHash];
        _push(IERC20(t.token), e.buyer, (uint256(t.price) + t.bond) * e.quantity);
        emit Reclaimed(id);
    }

    function _complete(Record storage e) private {
        e.state = State.Completed;
        bytes32 hash = e.offerHash;
        Terms storage t = _terms[hash];
        IERC20 token = IERC20(t.token);
        uint256 q = e.quantity;
        uint256 toSeller = (uint256(t.price) + t.bond) * q;
        uint256 n = t.payeeCount;
        for (uint256 i; i < n; ++i) {
            Payee memory p = _payees[hash][i];
            uint256 amount = uint256(p.amount) * q;
            toSeller -= amount;
            _push(token, p.account, amount);
        }
        _push(token, t.seller, toSeller);
    }

    // ------------------------------------------------------------------ disputes

    /// @notice Buyer or seller opens a dispute before the current (ship or confirm) deadline.
    function dispute(uint256 id) external nonReentrant {
        Record storage e = _escrows[id];
        State s = e.state;
        if (s != State.Accepted && s != State.Shipped) revert WrongState(id, s);
        Terms storage t = _terms[e.offerHash];
        if (msg.sender != e.buyer && msg.sender != t.seller) revert NotParty();
        _before(e);
        uint64 deadline = uint64(block.timestamp + t.arbitrationWindow);
        e.state = State.Disputed;
        e.deadline = uint40(deadline);
        emit Disputed(id, msg.sender, deadline);
    }

    /// @notice The offer's arbitrator splits price + bond, less its stated fee,
    /// before the arbitration deadline.
    function rule(uint256 id, uint256 buyerAmount, uint256 sellerAmount) external nonReentrant {
        Record storage e = _open(id, State.Disputed);
        Terms storage t = _terms[e.offerHash];
        if (msg.sender != t.arbitrator) revert NotArbitrator();
        _before(e);
        uint256 fee = t.arbitratorFee;
        if (buyerAmount + sellerAmount + fee != (uint256(t.price) + t.bond) * e.quantity) revert BadSplit();
        e.state = State.Resolved;
        IERC20 token = IERC20(t.token);
        _push(token, e.buyer, buyerAmount);
        _push(token, t.seller, sellerAmount);
        _push(token, msg.sender, fee);
        emit Ruled(id, buyerAmount, sellerAmount, fee);
    }

    /// @notice Silent arbitrator: after the arbitration deadline the price goes back to
    /// the buyer and the bond to the seller. Anyone may call.
    function timeoutDispute(uint256 id) external nonReentrant {
        Record storage e = _open(id, State.Disputed);
        _after(e);
        e.state = State.Resolved;
        Terms storage t = _terms[e.offerHash];
        IERC20 token = IERC20(t.token);
        _push(token, e.buyer, uint256(t.price) * e.quantity);
        _push(token, t.seller, uint256(t.bond) * e.quantity);
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
        Record storage e = _escrows[id];
        uint256 total = _held(e);
        if (total == 0) revert WrongState(id, e.state);
        if (buyerAmount + sellerAmount != total) revert BadSplit();
        Terms storage t = _terms[e.offerHash];
        bytes32 digest = settlementHash(id, buyerAmount, sellerAmount, e.settlementNonce);
        if (
            !SignatureChecker.isValidSignatureNow(e.buyer, digest, buyerSignature)
                || !SignatureChecker.isValidSignatureNow(t.seller, digest, sellerSignature)
        ) revert InvalidSignature();
        e.state = State.Resolved;
        IERC20 token = IERC20(t.token);
        _push(token, e.buyer, buyerAmount);
        _push(token, t.seller, sellerAmount);
        emit Settled(id, buyerAmount, sellerAmount);
    }

    /// @notice Buyer or seller withdraws every settlement signed so far for this escrow.
    function voidSettlements(uint256 id) external {
        Record storage e = _escrows[id];
        if (_held(e) == 0) revert WrongState(id, e.state);
        if (msg.sender != e.buyer && msg.sender != _terms[e.offerHash].seller) revert NotParty();
        uint16 next = e.settlementNonce + 1;
        e.settlementNonce = next;
        emit SettlementsVoided(id, next);
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
    function _pull(IERC20 token, address from, uint256 amount) private {
        if (amount == 0) return;
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(from, address(this), amount);
        if (token.balanceOf(address(this)) != before + amount) revert FeeOnTransfer();
    }

    /// Zero transfers are skipped: some tokens revert on them, and they pay nobody.
    function _push(IERC20 token, address to, uint256 amount) private {
        if (amount != 0) token.safeTransfer(to, amount);
    }
}
