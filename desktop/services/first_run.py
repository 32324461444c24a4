"""The first run: the profile the welcome wizard sets up in one step, once everything is chosen
(its name and role, its first account or none, its network). Until then nothing is written,
so leaving the wizard leaves nothing behind; a failure half way takes back what was made.

Each step is one the command line has too: `profile create NAME --role R [--no-chain]`,
`wallet new` / `wallet import --phrase`, `wallet use-network`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.services import profile_backup
from desktop.services.errors import UserFacingError
from desktop.services.paths import DEMO_PROFILE
from desktop.services.profiles import Profile, ProfileStore
from desktop.services.roles import check_role
from desktop.services.session import Session
from wallet.accounts import RevealedPhrase, answers_match, check_phrase
from wallet.schema import LOCAL_NODE, SANDBOX

#: The networks a new book knows, the Sandbox first (more are added on the Wallet page).
NETWORKS = (SANDBOX, LOCAL_NODE)


@dataclass(frozen=True)
class WrittenDownPhrase:
    """A phrase made by wallet.accounts.new_phrase and shown, with the words the user typed
    back at their positions: the account is made from it, already backed up."""

    label: str
    phrase: str = field(repr=False)
    answers: dict[int, str] = field(repr=False)
    password: str = field(repr=False)


@dataclass(frozen=True)
class ImportedPhrase:
    """An existing recovery phrase to import account number `index` of."""

    label: str
    phrase: str = field(repr=False)
    password: str = field(repr=False)
    index: int = 0


@dataclass(frozen=True)
class FirstProfile:
    """Everything the wizard chose. account None: the profile sells without a chain."""

    name: str
    role: str
    account: WrittenDownPhrase | ImportedPhrase | None = None
    network: str = SANDBOX


def is_first_run(store: ProfileStore) -> bool:
    """True while the data folder holds no profile of the user's own (the demo's does not count)."""
    return not any(p.name != DEMO_PROFILE for p in store.list())


def set_up(data_dir: Path, plan: FirstProfile, wallet_options: dict | None = None) -> Profile:
    """Make the profile the plan describes, with its account and network; all of it, or (when a
    step is refused) nothing: the profile's folder and keyring entries are taken back."""
    store = ProfileStore(data_dir)
    _check(store, plan)
    profile = store.create(plan.name, no_chain=plan.account is None, role=plan.role)
    session = Session(data_dir)
    session.wallet_options = dict(wallet_options or {})
    try:
        session.open_profile(profile.name)
        work = session.work()
        try:
            if plan.account is not None:
                _add_account(work.wallet.accounts, plan.account)
                work.wallet.choose_network(plan.network)
        finally:
            work.finish()
    except BaseException:
        session.close()
        profile_backup.delete(store, profile.name)
        raise
    session.close()
    return profile


def _check(store: ProfileStore, plan: FirstProfile) -> None:
    """Refuse a plan before anything is made."""
    store.check_new_name(plan.name)
    check_role(plan.role)
    if plan.account is None:
        return
    if plan.network not in NETWORKS:
        raise UserFacingError("There is no network named “{name}”.", name=plan.network)
    check_phrase(plan.account.phrase)
    if isinstance(plan.account, WrittenDownPhrase) and not answers_match(
            plan.account.phrase.split(" "), plan.account.answers):
        raise UserFacingError("Those words do not match the phrase. Check what you wrote.")


def _add_account(accounts, account: WrittenDownPhrase | ImportedPhrase) -> None:
    if isinstance(account, ImportedPhrase):
        accounts.import_phrase(account.label, account.phrase, account.password, index=account.index)
        return
    made = accounts.create(account.label, account.password, phrase=account.phrase)
    accounts.confirm_backup(RevealedPhrase(made.account.address, account.phrase), account.answers)
