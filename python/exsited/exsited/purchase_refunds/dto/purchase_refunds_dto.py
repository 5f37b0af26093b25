# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.purchase_refunds.dto.purchase_refunds_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO

__all__ = [
    "PurchaseRefundDTO",
    "PurchaseRefundsAccountDetailsDTO",
    "PurchaseRefundsDetailsDTO",
    "PurchaseRefundsListDTO",
]


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
class PurchaseRefundDTO(DTOBase):
    """``PurchaseRefundDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    date: Optional[str] = None
    alternateDate: Optional[str] = None
    amount: Optional[str] = None
    reference: Optional[str] = None
    note: Optional[str] = None
    paymentMethod: Optional[str] = None
    paymentProcessor: Optional[str] = None
    creditNoteId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, date: Optional[str] = None, alternateDate: Optional[str] = None, amount: Optional[str] = None, reference: Optional[str] = None, note: Optional[str] = None, paymentMethod: Optional[str] = None, paymentProcessor: Optional[str] = None, creditNoteId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.status = status
        self.id = id
        self.date = date
        self.alternateDate = alternateDate
        self.amount = amount
        self.reference = reference
        self.note = note
        self.paymentMethod = paymentMethod
        self.paymentProcessor = paymentProcessor
        self.creditNoteId = creditNoteId
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class PurchaseRefundsAccountDetailsDTO(DTOBase):
    """``PurchaseRefundsAccountDetailsDTO`` of the documented SDK."""
    account: Optional[PurchaseRefundsListDTO] = None

    def __init__(self, account: Optional[PurchaseRefundsListDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class PurchaseRefundsDetailsDTO(DTOBase):
    """``PurchaseRefundsDetailsDTO`` of the documented SDK."""
    purchaseRefund: Optional[PurchaseRefundDTO] = None

    def __init__(self, purchaseRefund: Optional[PurchaseRefundDTO] = None) -> None:
        self.purchaseRefund = purchaseRefund


@dataclass(repr=False, eq=False, init=False)
class PurchaseRefundsListDTO(DTOBase):
    """``PurchaseRefundsListDTO`` of the documented SDK."""
    purchaseRefunds: Optional[List[PurchaseRefundDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, purchaseRefunds: Optional[List[PurchaseRefundDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.purchaseRefunds = purchaseRefunds
        self.pagination = pagination
