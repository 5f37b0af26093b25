# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.common.dto.common_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "AddressDTO",
    "CurrencyDTO",
    "CustomAttributeFileDTO",
    "CustomAttributesDTO",
    "CustomFormsDTO",
    "CustomObjectDTO",
    "DeleteResponseDTO",
    "PaginationDTO",
    "ShippingProfileDTO",
    "TaxDTO",
    "TimeZoneDTO",
]


@dataclass(repr=False)
class AddressDTO(DTOBase):
    addressLine1: Optional[str] = None
    addressLine2: Optional[str] = None
    addressLine3: Optional[str] = None
    addressLine4: Optional[str] = None
    addressLine5: Optional[str] = None
    postCode: Optional[str] = None
    city: Optional[str] = None
    state: Optional[str] = None
    country: Optional[str] = None
    isDefaultBilling: Optional[Union[bool, str]] = None
    isDefaultShipping: Optional[Union[bool, str]] = None
    uuid: Optional[str] = None
    name: Optional[str] = None


@dataclass(repr=False)
class CurrencyDTO(DTOBase):
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None


@dataclass(repr=False)
class CustomAttributeFileDTO(DTOBase):
    id: Optional[str] = None
    name: Optional[str] = None
    size: Optional[str] = None
    link: Optional[str] = None


@dataclass(repr=False)
class CustomAttributesDTO(DTOBase):
    name: Optional[str] = None
    value: Optional[Any] = None


@dataclass(repr=False)
class CustomFormsDTO(DTOBase):
    uuid: Optional[str] = None
    name: Optional[str] = None


@dataclass(repr=False)
class CustomObjectDTO(DTOBase):
    name: Optional[str] = None
    uuid: Optional[str] = None
    link: Optional[str] = None


@dataclass(repr=False)
class DeleteResponseDTO(DTOBase):
    success: Optional[str] = None
    statusCode: Optional[str] = None


@dataclass(repr=False)
class PaginationDTO(DTOBase):
    records: Optional[Union[int, str]] = None
    limit: Optional[Union[int, str]] = None
    offset: Optional[Union[int, str]] = None
    previousPage: Optional[str] = None
    nextPage: Optional[str] = None


@dataclass(repr=False)
class ShippingProfileDTO(DTOBase):
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    invoiceNote: Optional[str] = None
    type: Optional[str] = None
    fixedAmount: Optional[str] = None
    isTaxExempt: Optional[str] = None
    isTaxInclusive: Optional[str] = None
    taxConfiguration: Optional[TaxDTO] = None
    accountingCode: Optional[str] = None


@dataclass(repr=False)
class TaxDTO(DTOBase):
    uuid: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[str] = None
    link: Optional[str] = None
    amount: Optional[str] = None


@dataclass(repr=False)
class TimeZoneDTO(DTOBase):
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None
