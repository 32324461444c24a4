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
/// Payees share the seller's outcome on every close: each gets the fraction of its
/// amount that the seller gets of the price (rounded down), the seller the rest.
/// A payout the token refuses (a blacklisted recipient, say) does not stop the
/// others: it is credited to its recipient, who withdraws it when the token lets
/// them, and the escrow closes as usual. One blocked party cannot hold the
/// others' money hostage.
/// A token must move exactly what it is asked to, both ways: a pull that delivers
/// less, or a payout that takes more from this contract than it pays, reverts
/// (FeeOnTransfer), so such a token can never short the other escrows in it.
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

    function _validate(Offer calldata o) private view {
        uint256 n = o.payees.length;
        uint256 price = o.price.toUint96();
        if (
            o.seller == address(0) || o.token == address(0) || price == 0 || o.maxQuantity == 0
                || !_bounded(o.acceptWindow) || !_bounded(o.shipWindow) || !_bounded(o.confirmWindow)
                || !_bounded(o.arbitrationWindow) || o.arbitrator == o.seller || n > MAX_PAYEES
                || n != o.payeeAmounts.length
        ) revert InvalidOffer();
        // The fee is per escrow, so bounding it by the unit price bounds it for any quantity.
        if (o.bond.toUint96() > price || o.arbitratorFee.toUint96() * 100 > price * _MAX_FEE_PERCENT) {
            revert InvalidOffer();
        }
        uint256 toPayees;
        for (uint256 i; i < n; ++i) {
            // Money paid to this contract itself could never leave it.
            if (o.payees[i] == address(0) || o.payees[i] == address(this)) revert InvalidOffer();
            toPayees += o.payeeAmounts[i].toUint96();
        }
        // The seller gets the rest of the price, so payees cannot exceed it.
        if (toPayees > price) revert InvalidOffer();
    }

    /// A window long enough to act in, short enough that its deadline fits and comes.
    function _bounded(uint256 window) private pure returns (bool) {
        return window >= _MIN_WINDOW && window <= _MAX_WINDOW;
    }

    function _fund(uint32 index, uint32 quantity, bytes calldata note) private returns (uint256 id) {
        OfferTerms t = _terms(index);
        if (t.seller() == address(0)) revert InvalidOffer(); // never stored
        if (block.timestamp >= t.expiry()) revert OfferExpired();
        if (quantity == 0 || quantity > MAX_ESCROW_QUANTITY) revert BadQuantity();
        // None may judge or share in its own purchase.
        if (t.names(msg.sender)) revert BuyerNotAllowed();
        uint256 deadline = block.timestamp + t.acceptWindow();
        id = _newEscrow(index, quantity, t.maxQuantity());
        _escrows[id] = RecordLib.make(msg.sender, quantity, deadline.toUint32(), State.Funded);
        uint256 amount = t.price() * quantity;
        address token = t.token();
        _pull(token, msg.sender, amount);
        // The first escrow of an offer tries the token's payouts once, with the price
        // just pulled, so that a token charging its sender is refused before it holds
        // anyone's money for long.
        if (uint32(id) == 1) _probe(token, amount);
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
        _unaccepted(id, e, _terms(_offerOf(id)));
        emit Cancelled(id);
    }

    /// @notice Not accepted in time: the price goes back to the buyer. Anyone may call.
    function refund(uint256 id) external nonReentrant {
        Record e = _open(id, State.Funded);
        _after(e);
        _unaccepted(id, e, _terms(_offerOf(id)));
        emit Refunded(id);
    }

    /// @notice The seller turns a funded escrow down instead of accepting it (out of
    /// stock, say): the buyer gets the price back at once.
    function decline(uint256 id) external nonReentrant {
        Record e = _open(id, State.Funded);
        OfferTerms t = _terms(_offerOf(id));
        if (msg.sender != t.seller()) revert NotSeller();
        _unaccepted(id, e, t);
        emit Declined(id);
    }

    /// Closes a never-accepted escrow and frees its units in the offer's cap,
    /// so funding and cancelling cannot use a listing up.
    function _unaccepted(uint256 id, Record e, OfferTerms t) private {
        _escrows[id] = Record.wrap(0);
        offers[_offerOf(id)].used -= uint32(e.quantity());
        _payOut(e, t, t.price() * e.quantity(), 0, 0);
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

    /// @notice Seller records the shipment before the ship deadline. `tracking` is the carrier
    /// and tracking number sealed by the client for buyer and seller; it stays in calldata,
    /// and only its hash is emitted (cheaper than logging the bytes).
    function markShipped(uint256 id, bytes calldata tracking) external {
        _markShipped(id, tracking);
    }

    /// @notice Mark several escrows shipped in one transaction (a supplier's reply to a
    /// drop-ship list); the lists pair each id with its sealed shipment.
    function markShippedMany(uint256[] calldata ids, bytes[] calldata trackings) external {
        if (ids.length != trackings.length) revert LengthMismatch();
        for (uint256 i; i < ids.length; ++i) {
            _markShipped(ids[i], trackings[i]);
        }
    }

    function _markShipped(uint256 id, bytes calldata tracking) private {
        if (tracking.length == 0 || tracking.length > MAX_TRACKING) revert BadTracking();
        Record e = _open(id, State.Accepted);
        OfferTerms t = _terms(_offerOf(id));
        if (msg.sender != t.seller()) revert NotSeller();
        _before(e);
        uint256 deadline = _move(id, e, State.Shipped, t.confirmWindow());
        emit Shipped(id, keccak256(tracking), uint64(deadline));
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
        _payOut(e, t, (t.price() + t.bond()) * e.quantity(), 0, 0);
        emit Reclaimed(id);
    }

    /// Pays as on confirm: the whole price is the seller's, so payees get their full amounts.
    function _complete(uint256 id, Record e) private {
        _escrows[id] = Record.wrap(0);
        OfferTerms t = _terms(_offerOf(id));
        address token = t.token();
        uint256 q = e.quantity();
        uint256 before = _balance(token);
        uint256 price = t.price() * q;
        _checkPaid(token, before, _paySeller(token, t, q, price + t.bond() * q, price));
    }

    // ------------------------------------------------------------------ disputes

    /// @notice Buyer or seller opens a dispute before the current (ship or confirm) deadline,
    /// with a statement for the arbitrator (encrypted to it by the client; may be empty).
    function dispute(uint256 id, bytes calldata statement) external {
        Record e = _escrows[id];
        State s = e.state();
        if (s != State.Accepted && s != State.Shipped) revert WrongState(id, _stateOf(id, s));
        OfferTerms t = _terms(_offerOf(id));
        if (msg.sender != e.buyer() && msg.sender != t.seller()) revert NotParty();
        _before(e);
        uint256 deadline = block.timestamp + t.arbitrationWindow();
        _escrows[id] = e.disputed(deadline.toUint32(), s == State.Accepted);
        emit Disputed(id, msg.sender, uint64(deadline));
        _emitStatement(id, statement);
    }

    /// @notice Buyer or seller adds a statement to an open dispute, before its arbitration
    /// deadline. Statements live only in events: the contract never reads them.
    function addStatement(uint256 id, bytes calldata statement) external {
        Record e = _open(id, State.Disputed);
        if (msg.sender != e.buyer() && msg.sender != _terms(_offerOf(id)).seller()) revert NotParty();
        _before(e);
        if (statement.length == 0) revert BadStatement();
        _emitStatement(id, statement);
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
        _payOut(e, t, buyerAmount, sellerAmount, fee);
        emit Ruled(id, buyerAmount, sellerAmount, fee);
    }

    /// @notice Silent arbitrator, after the arbitration deadline; anyone may call. A
    /// dispute opened before shipment ends as a reclaim (price and bond to the buyer,
    /// event Reclaimed), so a seller who never shipped gains nothing by disputing; one
    /// opened after shipment sends the price to the buyer and the bond to the seller.
    function timeoutDispute(uint256 id) external nonReentrant {
        Record e = _open(id, State.Disputed);
        _after(e);
        _escrows[id] = Record.wrap(0);
        OfferTerms t = _terms(_offerOf(id));
        uint256 price = t.price() * e.quantity();
        uint256 bond = t.bond() * e.quantity();
        if (e.disputedBeforeShipment()) {
            _payOut(e, t, price + bond, 0, 0);
            emit Reclaimed(id);
        } else {
            _payOut(e, t, price, bond, 0);
            emit DisputeTimedOut(id);
        }
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
        _payOut(e, t, buyerAmount, sellerAmount, 0);
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
        uint256 before = _balance(token);
        IERC20(token).safeTransfer(msg.sender, amount);
        if (_balance(token) + amount < before) revert FeeOnTransfer();
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

    /// Emits a non-empty statement; one longer than MAX_STATEMENT is refused so that
    /// a party cannot bury the other's words under its own.
    function _emitStatement(uint256 id, bytes calldata statement) private {
        if (statement.length > MAX_STATEMENT) revert BadStatement();
        if (statement.length != 0) emit Statement(id, msg.sender, statement);
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
        _transferIn(token, from, amount);
        if (_balance(token) != before + amount) revert FeeOnTransfer();
    }

    /// Sends `amount` of `token` to this contract itself: a token that takes anything
    /// from its sender on transfer shows it as a fall in the balance. A token that
    /// refuses the transfer is let be; _payOut still checks every payout.
    function _probe(address token, uint256 amount) private {
        uint256 before = _balance(token);
        if (_tryTransfer(token, address(this), amount) && _balance(token) != before) {
            revert FeeOnTransfer();
        }
    }

    /// Pays out a closing escrow `e` (its record as it was): `toBuyer` to the buyer,
    /// `fee` to the arbitrator and `toSeller` to the seller and its payees (see
    /// _paySeller). Reverts if the token took more from this contract than it paid out.
    function _payOut(Record e, OfferTerms t, uint256 toBuyer, uint256 toSeller, uint256 fee) private {
        address token = t.token();
        uint256 before = _balance(token);
        uint256 paid = _push(token, e.buyer(), toBuyer) + _push(token, t.arbitrator(), fee);
        if (toSeller != 0) {
            uint256 q = e.quantity();
            // No bond is held before the seller accepts.
            uint256 bond = e.state() == State.Funded ? 0 : t.bond() * q;
            paid += _paySeller(token, t, q, toSeller, toSeller > bond ? toSeller - bond : 0);
        }
        _checkPaid(token, before, paid);
    }

    /// Reverts if this contract's balance of `token`, `before` once, fell by more than `paid`.
    function _checkPaid(address token, uint256 before, uint256 paid) private view {
        if (_balance(token) + paid < before) revert FeeOnTransfer();
    }

    /// Pays `toSeller`, of which `sale` is the seller's part of the price (the rest
    /// is its bond coming back): each payee gets that fraction of its amount, rounded
    /// down, and the seller the rest. Returns what left this contract.
    function _paySeller(address token, OfferTerms t, uint256 q, uint256 toSeller, uint256 sale)
        private
        returns (uint256 paid)
    {
        uint256 price = t.price() * q;
        uint256 n = sale == 0 ? 0 : t.payeeCount();
        // Amounts are 96-bit and quantities 24-bit, so products fit; the payees' amounts
        // sum to at most the price (see _validate), so their shares to at most `sale`,
        // which is part of `toSeller`.
        unchecked {
            for (uint256 i; i < n; ++i) {
                (address account, uint256 amount) = t.payee(i);
                amount *= q;
                if (sale != price) amount = amount * sale / price;
                toSeller -= amount;
                paid += _push(token, account, amount);
            }
        }
        paid += _push(token, t.seller(), toSeller);
    }

    /// This contract's balance of `token`, by a plain staticcall (a token that
    /// answers anything but one word makes the pull or the payout fail).
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
    /// that one recipient the token blocks cannot stop an escrow from closing; returns
    /// what left this contract. Zero transfers are skipped: some tokens revert on
    /// them, and they pay nobody.
    function _push(address token, address to, uint256 amount) private returns (uint256) {
        if (amount == 0) return 0;
        if (_tryTransfer(token, to, amount)) return amount;
        credit[token][to] += amount;
        emit Credited(token, to, amount);
        return 0;
    }

    /// token.transferFrom(from, this contract, amount) with SafeERC20's rules (a revert
    /// is passed on; no return data is success only from a contract, else it must be
    /// true), its call written past the free memory pointer instead of a new allocation.
    function _transferIn(address token, address from, uint256 amount) private {
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, shl(224, 0x23b872dd)) // transferFrom(address,address,uint256)
            mstore(add(p, 0x04), and(from, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 0x24), address())
            mstore(add(p, 0x44), amount)
            if iszero(call(gas(), token, 0, p, 0x64, 0x00, 0x20)) {
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
            switch returndatasize()
            case 0 { ok := gt(extcodesize(token), 0) }
            default { ok := eq(mload(0x00), 1) }
        }
        if (!ok) revert SafeERC20.SafeERC20FailedOperation(token);
    }

    /// token.transfer(to, amount) as SafeERC20.trySafeTransfer judges it (false on a
    /// revert, on a false answer, or on no answer from an address without code), its
    /// call written past the free memory pointer instead of a new allocation.
    function _tryTransfer(address token, address to, uint256 amount) private returns (bool ok) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, shl(224, 0xa9059cbb)) // transfer(address,uint256)
            mstore(add(p, 0x04), and(to, 0xffffffffffffffffffffffffffffffffffffffff))
            mstore(add(p, 0x24), amount)
            ok := call(gas(), token, 0, p, 0x44, 0x00, 0x20)
            switch returndatasize()
            case 0 { ok := and(ok, gt(extcodesize(token), 0)) }
            default { ok := and(ok, eq(mload(0x00), 1)) }
        }
    }
}
