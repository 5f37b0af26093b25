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


@dataclass(repr=False, eq=False, init=False)
class RefreshTokenDTO(DTOBase):
    """``RefreshTokenDTO`` of the documented SDK."""
    grantType: Optional[str] = 'refresh_token'
    refreshToken: Optional[str] = None
    clientId: Optional[str] = None
    clientSecret: Optional[str] = None
    redirectUri: Optional[str] = None

    def __init__(self, grantType: Optional[str] = 'refresh_token', refreshToken: Optional[str] = None, clientId: Optional[str] = None, clientSecret: Optional[str] = None, redirectUri: Optional[str] = None) -> None:
        self.grantType = grantType
        self.refreshToken = refreshToken
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.redirectUri = redirectUri


@dataclass(repr=False, eq=False, init=False)
class RequestTokenDTO(DTOBase):
    """``RequestTokenDTO`` of the documented SDK."""
    grantType: Optional[str] = None
    clientId: Optional[str] = None
    clientSecret: Optional[str] = None
    redirectUri: Optional[str] = None
    exsitedUrl: Optional[str] = None

    def __init__(self, grantType: Optional[str] = None, clientId: Optional[str] = None, clientSecret: Optional[str] = None, redirectUri: Optional[str] = None, exsitedUrl: Optional[str] = None) -> None:
        self.grantType = grantType
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.redirectUri = redirectUri
        self.exsitedUrl = exsitedUrl


@dataclass(repr=False, eq=False, init=False)
class TokenResponseDTO(DTOBase):
    """``TokenResponseDTO`` of the documented SDK."""
    accessToken: Optional[str] = None
    refreshToken: Optional[str] = None

    def __init__(self, accessToken: Optional[str] = None, refreshToken: Optional[str] = None) -> None:
        self.accessToken = accessToken
        self.refreshToken = refreshToken
