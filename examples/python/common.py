"""Shared set-up of the examples: credentials from the environment, defaulting to the sandbox.

    EXSITED_URL (default: $SANDBOX_URL)   EXSITED_CLIENT_ID (default: sandbox-client)
    EXSITED_CLIENT_SECRET (default: sandbox-secret)   EXSITED_REDIRECT_URI
"""

import atexit
import os
import shutil
import sys
import tempfile
from typing import Callable

from exsited.common.ab_exception import ABException
from exsited.common.sdk_conf import SDKConfig
from exsited.exsited.account.dto.account_dto import AccountCreateDTO, AccountDataDTO
from exsited.exsited.auth.dto.token_dto import RequestTokenDTO
from exsited.exsited.exsited_sdk import ExsitedSDK


def get_request_token_dto() -> RequestTokenDTO:
    url = os.environ.get("EXSITED_URL") or os.environ.get("SANDBOX_URL")
    if not url:
        sys.exit("set EXSITED_URL (or SANDBOX_URL for the local sandbox)")
    return RequestTokenDTO(
        grantType="client_credentials",
        clientId=os.environ.get("EXSITED_CLIENT_ID", "sandbox-client"),
        clientSecret=os.environ.get("EXSITED_CLIENT_SECRET", "sandbox-secret"),
        redirectUri=os.environ.get("EXSITED_REDIRECT_URI", "https://localhost/callback"),
        exsitedUrl=url,
    )


def make_sdk() -> ExsitedSDK:
    SDKConfig.PRINT_REQUEST_DATA = os.environ.get("EXSITED_PRINT_REQUESTS") == "1"
    SDKConfig.PRINT_RAW_RESPONSE = os.environ.get("EXSITED_PRINT_RESPONSES") == "1"
    return ExsitedSDK().init_sdk(request_token_dto=get_request_token_dto())


def example_account(sdk: ExsitedSDK, name: str = "Example Pty Ltd") -> str:
    """The account the example works on: EXSITED_ACCOUNT_ID, or a new one."""
    given = os.environ.get("EXSITED_ACCOUNT_ID")
    if given:
        return given
    created = sdk.account.create_v3(
        request_data=AccountCreateDTO(account=AccountDataDTO(name=name, emailAddress="accounts@example.com"))
    )
    assert created.account is not None and created.account.id is not None
    return created.account.id


def sample_file(name: str, content: bytes = b"example attachment\n") -> str:
    """A file to upload, in a temporary folder removed when the example ends."""
    folder = tempfile.mkdtemp(prefix="exsited-example-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(content)
    return path


def run(example: Callable[[], None]) -> None:
    """Runs an example the way the documentation does: print the answer or the error."""
    try:
        example()
    except ABException as ab:
        print(ab)
        print(ab.get_errors())
        print(ab.raw_response)
        sys.exit(1)
