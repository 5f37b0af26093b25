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


@dataclass(repr=False, eq=False, init=False)
class AddressDTO(DTOBase):
    """``AddressDTO`` of the documented SDK."""
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

    def __init__(self, addressLine1: Optional[str] = None, addressLine2: Optional[str] = None, addressLine3: Optional[str] = None, addressLine4: Optional[str] = None, addressLine5: Optional[str] = None, postCode: Optional[str] = None, city: Optional[str] = None, state: Optional[str] = None, country: Optional[str] = None, isDefaultBilling: Optional[Union[bool, str]] = None, isDefaultShipping: Optional[Union[bool, str]] = None, uuid: Optional[str] = None, name: Optional[str] = None) -> None:
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.addressLine4 = addressLine4
        self.addressLine5 = addressLine5
        self.postCode = postCode
        self.city = city
        self.state = state
        self.country = country
        self.isDefaultBilling = isDefaultBilling
        self.isDefaultShipping = isDefaultShipping
        self.uuid = uuid
        self.name = name


@dataclass(repr=False, eq=False, init=False)
class CurrencyDTO(DTOBase):
    """``CurrencyDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeFileDTO(DTOBase):
    """``CustomAttributeFileDTO`` of the documented SDK."""
    id: Optional[str] = None
    name: Optional[str] = None
    size: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, id: Optional[str] = None, name: Optional[str] = None, size: Optional[str] = None, link: Optional[str] = None) -> None:
        self.id = id
        self.name = name
        self.size = size
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesDTO(DTOBase):
    """``CustomAttributesDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[Any] = None

    def __init__(self, name: Optional[str] = None, value: Optional[Any] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class CustomFormsDTO(DTOBase):
    """``CustomFormsDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name


@dataclass(repr=False, eq=False, init=False)
class CustomObjectDTO(DTOBase):
    """``CustomObjectDTO`` of the documented SDK."""
    name: Optional[str] = None
    uuid: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, name: Optional[str] = None, uuid: Optional[str] = None, link: Optional[str] = None) -> None:
        self.name = name
        self.uuid = uuid
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class DeleteResponseDTO(DTOBase):
    """``DeleteResponseDTO`` of the documented SDK."""
    success: Optional[str] = None
    statusCode: Optional[str] = None

    def __init__(self, success: Optional[str] = None, statusCode: Optional[str] = None) -> None:
        self.success = success
        self.statusCode = statusCode


@dataclass(repr=False, eq=False, init=False)
class PaginationDTO(DTOBase):
    """``PaginationDTO`` of the documented SDK."""
    records: Optional[Union[int, str]] = None
    limit: Optional[Union[int, str]] = None
    offset: Optional[Union[int, str]] = None
    previousPage: Optional[str] = None
    nextPage: Optional[str] = None

    def __init__(self, records: Optional[Union[int, str]] = None, limit: Optional[Union[int, str]] = None, offset: Optional[Union[int, str]] = None, previousPage: Optional[str] = None, nextPage: Optional[str] = None) -> None:
        self.records = records
        self.limit = limit
        self.offset = offset
        self.previousPage = previousPage
        self.nextPage = nextPage


@dataclass(repr=False, eq=False, init=False)
class ShippingProfileDTO(DTOBase):
    """``ShippingProfileDTO`` of the documented SDK."""
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

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, invoiceNote: Optional[str] = None, type: Optional[str] = None, fixedAmount: Optional[str] = None, isTaxExempt: Optional[str] = None, isTaxInclusive: Optional[str] = None, taxConfiguration: Optional[TaxDTO] = None, accountingCode: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.invoiceNote = invoiceNote
        self.type = type
        self.fixedAmount = fixedAmount
        self.isTaxExempt = isTaxExempt
        self.isTaxInclusive = isTaxInclusive
        self.taxConfiguration = taxConfiguration
        self.accountingCode = accountingCode


@dataclass(repr=False, eq=False, init=False)
class TaxDTO(DTOBase):
    """``TaxDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[str] = None
    link: Optional[str] = None
    amount: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, rate: Optional[str] = None, link: Optional[str] = None, amount: Optional[str] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.rate = rate
        self.link = link
        self.amount = amount


@dataclass(repr=False, eq=False, init=False)
class TimeZoneDTO(DTOBase):
    """``TimeZoneDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.link = link
