# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.purchase_credit_notes.dto.purchase_credit_notes_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, PaginationDTO

__all__ = [
    "InvoicePurchaseCreditNoteApplicationsListDTO",
    "PurchaseCreditNoteApplicationDTO",
    "PurchaseCreditNoteApplicationsDetailsDTO",
    "PurchaseCreditNoteApplicationsListDTO",
    "PurchaseCreditNoteDTO",
    "PurchaseCreditNoteDetailsDTO",
    "PurchaseCreditNoteListDTO",
    "PurchaseCreditNoteRequestDTO",
    "PurchaseCreditNoteResponseDTO",
]


@dataclass(repr=False, eq=False, init=False)
class InvoicePurchaseCreditNoteApplicationsListDTO(DTOBase):
    """``InvoicePurchaseCreditNoteApplicationsListDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseCreditNoteApplicationsListDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseCreditNoteApplicationsListDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditNoteApplicationDTO(DTOBase):
    """``PurchaseCreditNoteApplicationDTO`` of the documented SDK."""
    date: Optional[str] = None
    amount: Optional[str] = None
    creditNoteId: Optional[str] = None
    paymentId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None

    def __init__(self, date: Optional[str] = None, amount: Optional[str] = None, creditNoteId: Optional[str] = None, paymentId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None) -> None:
        self.date = date
        self.amount = amount
        self.creditNoteId = creditNoteId
        self.paymentId = paymentId
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.uuid = uuid
        self.version = version


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditNoteApplicationsDetailsDTO(DTOBase):
    """``PurchaseCreditNoteApplicationsDetailsDTO`` of the documented SDK."""
    purchaseCreditNoteApplication: Optional[PurchaseCreditNoteApplicationDTO] = None

    def __init__(self, purchaseCreditNoteApplication: Optional[PurchaseCreditNoteApplicationDTO] = None) -> None:
        self.purchaseCreditNoteApplication = purchaseCreditNoteApplication


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditNoteApplicationsListDTO(DTOBase):
    """``PurchaseCreditNoteApplicationsListDTO`` of the documented SDK."""
    purchaseCreditNoteApplications: Optional[List[PurchaseCreditNoteApplicationDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, purchaseCreditNoteApplications: Optional[List[PurchaseCreditNoteApplicationDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.purchaseCreditNoteApplications = purchaseCreditNoteApplications
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditNoteDTO(DTOBase):
    """``PurchaseCreditNoteDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    date: Optional[str] = None
    amount: Optional[str] = None
    remainingBalance: Optional[str] = None
    refundable: Optional[str] = None
    paymentId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, date: Optional[str] = None, amount: Optional[str] = None, remainingBalance: Optional[str] = None, refundable: Optional[str] = None, paymentId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.status = status
        self.id = id
        self.date = date
        self.amount = amount
        self.remainingBalance = remainingBalance
        self.refundable = refundable
        self.paymentId = paymentId
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditNoteDetailsDTO(DTOBase):
    """``PurchaseCreditNoteDetailsDTO`` of the documented SDK."""
    purchaseCreditNotes: Optional[PurchaseCreditNoteDTO] = None

    def __init__(self, purchaseCreditNotes: Optional[PurchaseCreditNoteDTO] = None) -> None:
        self.purchaseCreditNotes = purchaseCreditNotes


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditNoteListDTO(DTOBase):
    """``PurchaseCreditNoteListDTO`` of the documented SDK."""
    purchaseCreditNotes: Optional[List[PurchaseCreditNoteDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, purchaseCreditNotes: Optional[List[PurchaseCreditNoteDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.purchaseCreditNotes = purchaseCreditNotes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditNoteRequestDTO(DTOBase):
    """``PurchaseCreditNoteRequestDTO`` of the documented SDK."""
    purchaseCreditNote: Optional[PurchaseCreditNoteDTO] = None

    def __init__(self, purchaseCreditNote: Optional[PurchaseCreditNoteDTO] = None) -> None:
        self.purchaseCreditNote = purchaseCreditNote


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditNoteResponseDTO(DTOBase):
    """``PurchaseCreditNoteResponseDTO`` of the documented SDK."""
    purchaseCreditNote: Optional[PurchaseCreditNoteDTO] = None

    def __init__(self, purchaseCreditNote: Optional[PurchaseCreditNoteDTO] = None) -> None:
        self.purchaseCreditNote = purchaseCreditNote
