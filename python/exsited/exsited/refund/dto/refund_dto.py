# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.refund.dto.refund_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, PaginationDTO

__all__ = [
    "AccountRefundListDTO",
    "RefundDataDTO",
    "RefundDetailsDTO",
    "RefundListDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountRefundListDTO(DTOBase):
    """``AccountRefundListDTO`` of the documented SDK."""
    account: Optional[RefundListDTO] = None

    def __init__(self, account: Optional[RefundListDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class RefundDataDTO(DTOBase):
    """``RefundDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    amount: Optional[str] = None
    reference: Optional[str] = None
    note: Optional[str] = None
    paymentMethod: Optional[str] = None
    paymentProcessor: Optional[str] = None
    gatewayResponse: Optional[str] = None
    creditNoteId: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    version: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    date: Optional[str] = None
    effectiveDate: Optional[str] = None
    refundDate: Optional[str] = None
    effectiveImmediately: Optional[Union[bool, str]] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, amount: Optional[str] = None, reference: Optional[str] = None, note: Optional[str] = None, paymentMethod: Optional[str] = None, paymentProcessor: Optional[str] = None, gatewayResponse: Optional[str] = None, creditNoteId: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, version: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, date: Optional[str] = None, effectiveDate: Optional[str] = None, refundDate: Optional[str] = None, effectiveImmediately: Optional[Union[bool, str]] = None) -> None:
        self.status = status
        self.id = id
        self.amount = amount
        self.reference = reference
        self.note = note
        self.paymentMethod = paymentMethod
        self.paymentProcessor = paymentProcessor
        self.gatewayResponse = gatewayResponse
        self.creditNoteId = creditNoteId
        self.customAttributes = customAttributes
        self.version = version
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.date = date
        self.effectiveDate = effectiveDate
        self.refundDate = refundDate
        self.effectiveImmediately = effectiveImmediately


@dataclass(repr=False, eq=False, init=False)
class RefundDetailsDTO(DTOBase):
    """``RefundDetailsDTO`` of the documented SDK."""
    refund: Optional[RefundDataDTO] = None

    def __init__(self, refund: Optional[RefundDataDTO] = None) -> None:
        self.refund = refund


@dataclass(repr=False, eq=False, init=False)
class RefundListDTO(DTOBase):
    """``RefundListDTO`` of the documented SDK."""
    refunds: Optional[List[RefundDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, refunds: Optional[List[RefundDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.refunds = refunds
        self.pagination = pagination
