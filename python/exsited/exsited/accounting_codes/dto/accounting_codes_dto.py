# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.accounting_codes.dto.accounting_codes_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "AccountingCodeDataDTO",
    "AccountingCodeDetailsDTO",
    "AccountingCodeListDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountingCodeDataDTO(DTOBase):
    """``AccountingCodeDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    glAccountNumber: Optional[str] = None
    glAccountName: Optional[str] = None
    accountCodeType: Optional[str] = None
    defaultMatchKey: Optional[str] = None
    status: Optional[str] = None
    createdAt: Optional[str] = None
    updatedAt: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, glAccountNumber: Optional[str] = None, glAccountName: Optional[str] = None, accountCodeType: Optional[str] = None, defaultMatchKey: Optional[str] = None, status: Optional[str] = None, createdAt: Optional[str] = None, updatedAt: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.description = description
        self.glAccountNumber = glAccountNumber
        self.glAccountName = glAccountName
        self.accountCodeType = accountCodeType
        self.defaultMatchKey = defaultMatchKey
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt


@dataclass(repr=False, eq=False, init=False)
class AccountingCodeDetailsDTO(DTOBase):
    """``AccountingCodeDetailsDTO`` of the documented SDK."""
    data: Optional[AccountingCodeDataDTO] = None

    def __init__(self, data: Optional[AccountingCodeDataDTO] = None) -> None:
        self.data = data


@dataclass(repr=False, eq=False, init=False)
class AccountingCodeListDTO(DTOBase):
    """``AccountingCodeListDTO`` of the documented SDK."""
    data: Optional[List[AccountingCodeDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, data: Optional[List[AccountingCodeDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.data = data
        self.pagination = pagination
