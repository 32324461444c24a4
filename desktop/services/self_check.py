"""Checks of the parts the app needs, without Qt: used by --self-test.

Each check loads what a bundle could leave behind: the resources, the keyring's backends
(found by entry point), the contract artifacts, and web3 and eth-account with their data.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.errors import UserFacingError
from desktop.services.paths import resources_dir
from shop.storefront.site import STATIC
from wallet.contract_artifacts import artifacts_dir, load_artifact
from wallet.networks import Sandbox
from wallet.vault import secure_backend

STOREFRONT_TEMPLATES = tuple(f"storefront/{name}" for name in ("page.html", *STATIC))
REQUIRED_RESOURCES = ("translations/ziliudi_zh_CN.qm", "qss/app.qss", "icons/ziliudi.svg",
                      *STOREFRONT_TEMPLATES)
CONTRACTS = ("Escrow", "DemoUSD", "DemoToken")


class CheckFailed(UserFacingError):
    """A part the app needs is missing or does not work; the sentence says which and how."""


def keyring_backend() -> str:
    """Describe the OS keyring backend that will hold keys; raise if there is no secure one."""
    backend = secure_backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def resources() -> Path:
    """Check the packaged resources (REQUIRED_RESOURCES) are present; the folder they are in."""
    root = resources_dir()
    missing = [r for r in REQUIRED_RESOURCES if not (root / r).is_file()]
    if missing:
        raise CheckFailed("These files are missing in {folder}: {files}.", folder=str(root),
                          files=", ".join(missing))
    return root


def contracts() -> str:
    """Check the app's compiled contracts load with their ABI and code, from the resources."""
    if artifacts_dir() != resources_dir() / "contracts":
        raise CheckFailed("The contracts are looked for in {found}, not in {folder}.",
                          found=str(artifacts_dir()), folder=str(resources_dir() / "contracts"))
    for name in CONTRACTS:
        artifact = load_artifact(name)
        if not artifact.get("abi") or len(artifact.get("bytecode", "")) <= 2:
            raise CheckFailed("The contract {name} has no interface (ABI) or no code.", name=name)
    return ", ".join(CONTRACTS)


def signing() -> str:
    """Sign a message and a transaction with a throwaway key and recover the signer."""
    from importlib.metadata import version

    from eth_account import Account
    from eth_account.messages import encode_defunct
    from web3 import Web3

    account = Account.create()
    message = encode_defunct(text="ziliudi self-test")
    signed = account.sign_message(message)
    if Account.recover_message(message, signature=signed.signature) != account.address:
        raise CheckFailed("A signed message does not give back the account that signed it.")
    tx = {"to": Web3.to_checksum_address("0x" + "11" * 20), "value": 1, "gas": 21_000,
          "maxFeePerGas": 2, "maxPriorityFeePerGas": 1, "nonce": 0, "chainId": 31337}
    raw = account.sign_transaction(tx).raw_transaction
    if Account.recover_transaction(raw) != account.address:
        raise CheckFailed("A signed transaction does not give back the account that signed it.")
    return f"web3 {version('web3')}, eth-account {version('eth-account')}"


def sandbox_chain() -> tuple[int, str]:
    """Start an in-process chain (the demo's Sandbox) and deploy the demo token on it: the
    chain's id and the token's address."""
    chain = Sandbox()
    address = chain.deploy_artifact(load_artifact("DemoUSD"))
    if not chain.w3.eth.get_code(address):
        raise CheckFailed("The demo token has no code on the Sandbox chain.")
    return chain.chain_id, address
