"""exsited-rs: the Exsited account API SDK on a Rust core.

    from exsited import ExsitedSDK, RequestTokenDTO
    sdk = ExsitedSDK().init_sdk(request_token_dto=RequestTokenDTO(
        grantType="client_credentials", clientId=..., clientSecret=..., redirectUri=..., exsitedUrl=...))
    print(sdk.account.list(limit=10))

Import paths of the documented SDK (``exsited.exsited.exsited_sdk.ExsitedSDK``,
``exsited.exsited.account.dto.account_dto.*`` ...) work as well.
"""

from exsited import _coexist
from exsited._native import __version__ as _core_version
from exsited._raw import RawResponse as RawResponse
from exsited.common.ab_exception import *  # noqa: F401,F403
from exsited.common.ab_exception import __all__ as _errors
from exsited.common.sdk_conf import SDKConfig as SDKConfig
from exsited.exsited.account.dto.account_dto import *  # noqa: F401,F403
from exsited.exsited.account.dto.account_dto import __all__ as _account_dtos
from exsited.exsited.account.dto.account_nested_dto import *  # noqa: F401,F403
from exsited.exsited.account.dto.account_nested_dto import __all__ as _nested_dtos
from exsited.exsited.auth.dto.token_dto import *  # noqa: F401,F403
from exsited.exsited.auth.dto.token_dto import __all__ as _token_dtos
from exsited.exsited.common.common_enum import SortDirection as SortDirection
from exsited.exsited.common.dto.common_dto import *  # noqa: F401,F403
from exsited.exsited.common.dto.common_dto import __all__ as _common_dtos
# `X as X`: an explicit re-export, so `from exsited import ExsitedSDK` passes mypy --strict.
from exsited.exsited.exsited_sdk import AsyncExsitedSDK as AsyncExsitedSDK
from exsited.exsited.exsited_sdk import ExsitedSDK as ExsitedSDK
from exsited.exsited.notes.dto.notes_dto import *  # noqa: F401,F403
from exsited.exsited.notes.dto.notes_dto import __all__ as _note_dtos
from exsited.http.file_token_manager import FileTokenManager as FileTokenManager

__version__ = _core_version

_coexist.warn_if_documented_sdk_installed()

__all__ = sorted(
    {"AsyncExsitedSDK", "ExsitedSDK", "FileTokenManager", "RawResponse", "SDKConfig", "SortDirection"}
    | set(_errors)
    | set(_account_dtos)
    | set(_nested_dtos)
    | set(_token_dtos)
    | set(_common_dtos)
    | set(_note_dtos)
)
