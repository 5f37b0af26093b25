# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.portal.dto.portal_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "ReportChangePasswordRequestDTO",
    "ReportChangePasswordResponseDTO",
    "ReportLoginPortalDTO",
    "ReportLoginRequestDTO",
    "ReportLoginResponseDTO",
    "ReportLoginUserDTO",
]


@dataclass(repr=False, eq=False, init=False)
class ReportChangePasswordRequestDTO(DTOBase):
    """``ReportChangePasswordRequestDTO`` of the documented SDK."""
    email: Optional[str] = None
    currentPassword: Optional[str] = None
    newPassword: Optional[str] = None

    def __init__(self, email: Optional[str] = None, currentPassword: Optional[str] = None, newPassword: Optional[str] = None) -> None:
        self.email = email
        self.currentPassword = currentPassword
        self.newPassword = newPassword


@dataclass(repr=False, eq=False, init=False)
class ReportChangePasswordResponseDTO(DTOBase):
    """``ReportChangePasswordResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class ReportLoginPortalDTO(DTOBase):
    """``ReportLoginPortalDTO`` of the documented SDK."""
    account: Optional[str] = None
    displayName: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, account: Optional[str] = None, displayName: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.account = account
        self.displayName = displayName
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class ReportLoginRequestDTO(DTOBase):
    """``ReportLoginRequestDTO`` of the documented SDK."""
    email: Optional[str] = None
    password: Optional[str] = None

    def __init__(self, email: Optional[str] = None, password: Optional[str] = None) -> None:
        self.email = email
        self.password = password


@dataclass(repr=False, eq=False, init=False)
class ReportLoginResponseDTO(DTOBase):
    """``ReportLoginResponseDTO`` of the documented SDK."""
    user: Optional[ReportLoginUserDTO] = None

    def __init__(self, user: Optional[ReportLoginUserDTO] = None) -> None:
        self.user = user


@dataclass(repr=False, eq=False, init=False)
class ReportLoginUserDTO(DTOBase):
    """``ReportLoginUserDTO`` of the documented SDK."""
    type: Optional[str] = None
    name: Optional[str] = None
    emailAddress: Optional[str] = None
    imageUri: Optional[str] = None
    grantAccessPortal: Optional[str] = None
    portals: Optional[List[ReportLoginPortalDTO]] = None

    def __init__(self, type: Optional[str] = None, name: Optional[str] = None, emailAddress: Optional[str] = None, imageUri: Optional[str] = None, grantAccessPortal: Optional[str] = None, portals: Optional[List[ReportLoginPortalDTO]] = None) -> None:
        self.type = type
        self.name = name
        self.emailAddress = emailAddress
        self.imageUri = imageUri
        self.grantAccessPortal = grantAccessPortal
        self.portals = portals
