# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.auth.dto.token_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "RefreshTokenDTO",
    "RequestTokenDTO",
    "TokenResponseDTO",
]


@dataclass(repr=False)
class RefreshTokenDTO(DTOBase):
    grantType: Optional[str] = 'refresh_token'
    refreshToken: Optional[str] = None
    clientId: Optional[str] = None
    clientSecret: Optional[str] = None
    redirectUri: Optional[str] = None


@dataclass(repr=False)
class RequestTokenDTO(DTOBase):
    grantType: Optional[str] = None
    clientId: Optional[str] = None
    clientSecret: Optional[str] = None
    redirectUri: Optional[str] = None
    exsitedUrl: Optional[str] = None


@dataclass(repr=False)
class TokenResponseDTO(DTOBase):
    accessToken: Optional[str] = None
    refreshToken: Optional[str] = None
