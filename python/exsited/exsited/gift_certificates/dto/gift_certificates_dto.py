# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.gift_certificates.dto.gift_certificates_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute

if TYPE_CHECKING:
    from exsited.exsited.item.dto.item_dto import PaginationDTO
    from exsited.exsited.order.dto.order_dto import CustomAttributesDataDTO

__all__ = [
    "AllocationDTO",
    "AllocationListDataDTO",
    "CodeDTO",
    "CustomAttributeDataDTO",
    "CustomAttributeResponseDataDTO",
    "GiftCertificateAllocationListDTO",
    "GiftCertificateDetailsDTO",
    "GiftCertificateDetailsResponseDTO",
    "GiftCertificateResponseDTO",
    "GiftCertificateTransactionsListDTO",
    "GiftCertificatesListDTO",
    "GiftCertificatesListResponseDTO",
    "TransactionListDataDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "CustomAttributesDataDTO": ("exsited.exsited.order.dto.order_dto", "CustomAttributesDataDTO"),
    "PaginationDTO": ("exsited.exsited.item.dto.item_dto", "PaginationDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class AllocationDTO(DTOBase):
    """``AllocationDTO`` of the documented SDK."""
    account: Optional[str] = None
    type: Optional[str] = None
    date: Optional[str] = None

    def __init__(self, account: Optional[str] = None, type: Optional[str] = None, date: Optional[str] = None) -> None:
        self.account = account
        self.type = type
        self.date = date


@dataclass(repr=False, eq=False, init=False)
class AllocationListDataDTO(DTOBase):
    """``AllocationListDataDTO`` of the documented SDK."""
    allocations: Optional[List[AllocationDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, allocations: Optional[List[AllocationDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.allocations = allocations
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class CodeDTO(DTOBase):
    """``CodeDTO`` of the documented SDK."""
    length: Optional[str] = None
    prefix: Optional[str] = None

    def __init__(self, length: Optional[str] = None, prefix: Optional[str] = None) -> None:
        self.length = length
        self.prefix = prefix


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeDataDTO(DTOBase):
    """``CustomAttributeDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    id: Optional[str] = None

    def __init__(self, name: Optional[str] = None, id: Optional[str] = None) -> None:
        self.name = name
        self.id = id


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeResponseDataDTO(DTOBase):
    """``CustomAttributeResponseDataDTO`` of the documented SDK."""
    attribute: Optional[List[CustomAttributeDataDTO]] = None
    value: Optional[str] = None

    def __init__(self, attribute: Optional[List[CustomAttributeDataDTO]] = None, value: Optional[str] = None) -> None:
        self.attribute = attribute
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class GiftCertificateAllocationListDTO(DTOBase):
    """``GiftCertificateAllocationListDTO`` of the documented SDK."""
    giftCertificate: Optional[AllocationListDataDTO] = None

    def __init__(self, giftCertificate: Optional[AllocationListDataDTO] = None) -> None:
        self.giftCertificate = giftCertificate


@dataclass(repr=False, eq=False, init=False)
class GiftCertificateDTO(DTOBase):
    """``GiftCertificateDTO`` of the documented SDK."""
    status: Optional[str] = None
    account: Optional[str] = None
    accountingCode: Optional[str] = None
    amount: Optional[str] = None
    remainingBalance: Optional[str] = None
    usedAmount: Optional[str] = None
    currency: Optional[str] = None
    expiryDate: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    allocations: Optional[List[AllocationDTO]] = None
    transactions: Optional[List[TransactionDTO]] = None
    code: Optional[str] = None
    customAttributes: Optional[List[CustomAttributeResponseDataDTO]] = None

    def __init__(self, status: Optional[str] = None, account: Optional[str] = None, accountingCode: Optional[str] = None, amount: Optional[str] = None, remainingBalance: Optional[str] = None, usedAmount: Optional[str] = None, currency: Optional[str] = None, expiryDate: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, allocations: Optional[List[AllocationDTO]] = None, transactions: Optional[List[TransactionDTO]] = None, code: Optional[str] = None, customAttributes: Optional[List[CustomAttributeResponseDataDTO]] = None) -> None:
        self.status = status
        self.account = account
        self.accountingCode = accountingCode
        self.amount = amount
        self.remainingBalance = remainingBalance
        self.usedAmount = usedAmount
        self.currency = currency
        self.expiryDate = expiryDate
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.allocations = allocations
        self.transactions = transactions
        self.code = code
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class GiftCertificateDetailsDTO(DTOBase):
    """``GiftCertificateDetailsDTO`` of the documented SDK."""
    giftCertificate: Optional[GiftCertificateDTO] = None

    def __init__(self, giftCertificate: Optional[GiftCertificateDTO] = None) -> None:
        self.giftCertificate = giftCertificate


@dataclass(repr=False, eq=False, init=False)
class GiftCertificateDetailsResponseDTO(DTOBase):
    """``GiftCertificateDetailsResponseDTO`` of the documented SDK."""
    giftCertificate: Optional[GiftCertificateResponseDTO] = None

    def __init__(self, giftCertificate: Optional[GiftCertificateResponseDTO] = None) -> None:
        self.giftCertificate = giftCertificate


@dataclass(repr=False, eq=False, init=False)
class GiftCertificateResponseDTO(DTOBase):
    """``GiftCertificateResponseDTO`` of the documented SDK."""
    status: Optional[str] = None
    account: Optional[str] = None
    accountingCode: Optional[str] = None
    amount: Optional[str] = None
    remainingBalance: Optional[str] = None
    usedAmount: Optional[str] = None
    currency: Optional[str] = None
    expiryDate: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    allocations: Optional[List[AllocationDTO]] = None
    transactions: Optional[List[TransactionDTO]] = None
    code: Optional[CodeDTO] = None
    customAttributes: Optional[List[CustomAttributesDataDTO]] = None

    def __init__(self, status: Optional[str] = None, account: Optional[str] = None, accountingCode: Optional[str] = None, amount: Optional[str] = None, remainingBalance: Optional[str] = None, usedAmount: Optional[str] = None, currency: Optional[str] = None, expiryDate: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, allocations: Optional[List[AllocationDTO]] = None, transactions: Optional[List[TransactionDTO]] = None, code: Optional[CodeDTO] = None, customAttributes: Optional[List[CustomAttributesDataDTO]] = None) -> None:
        self.status = status
        self.account = account
        self.accountingCode = accountingCode
        self.amount = amount
        self.remainingBalance = remainingBalance
        self.usedAmount = usedAmount
        self.currency = currency
        self.expiryDate = expiryDate
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.allocations = allocations
        self.transactions = transactions
        self.code = code
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class GiftCertificateTransactionsListDTO(DTOBase):
    """``GiftCertificateTransactionsListDTO`` of the documented SDK."""
    giftCertificate: Optional[TransactionListDataDTO] = None

    def __init__(self, giftCertificate: Optional[TransactionListDataDTO] = None) -> None:
        self.giftCertificate = giftCertificate


@dataclass(repr=False, eq=False, init=False)
class GiftCertificatesListDTO(DTOBase):
    """``GiftCertificatesListDTO`` of the documented SDK."""
    giftCertificates: Optional[List[GiftCertificateDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, giftCertificates: Optional[List[GiftCertificateDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.giftCertificates = giftCertificates
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class GiftCertificatesListResponseDTO(DTOBase):
    """``GiftCertificatesListResponseDTO`` of the documented SDK."""
    giftCertificates: Optional[List[GiftCertificateResponseDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, giftCertificates: Optional[List[GiftCertificateResponseDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.giftCertificates = giftCertificates
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class TransactionDTO(DTOBase):
    """``TransactionDTO`` of the documented SDK."""
    accountingCode: Optional[str] = None
    type: Optional[str] = None
    date: Optional[str] = None
    amount: Optional[Union[float, str]] = None
    currency: Optional[str] = None
    reference: Optional[str] = None

    def __init__(self, accountingCode: Optional[str] = None, type: Optional[str] = None, date: Optional[str] = None, amount: Optional[Union[float, str]] = None, currency: Optional[str] = None, reference: Optional[str] = None) -> None:
        self.accountingCode = accountingCode
        self.type = type
        self.date = date
        self.amount = amount
        self.currency = currency
        self.reference = reference


@dataclass(repr=False, eq=False, init=False)
class TransactionListDataDTO(DTOBase):
    """``TransactionListDataDTO`` of the documented SDK."""
    transactions: Optional[List[TransactionDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, transactions: Optional[List[TransactionDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.transactions = transactions
        self.pagination = pagination
