# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.credit_note.dto.credit_note_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "CreditNoteApplicationDTO",
    "CreditNoteApplicationDetailDTO",
    "CreditNoteApplicationListDTO",
    "CreditNoteCreateDTO",
    "CreditNoteCreateDataDTO",
    "CreditNoteDTO",
    "CreditNoteDetailsDTO",
    "CreditNoteListDTO",
    "CustomAttributesDetailsDTO",
    "InvoiceCreditNoteApplicationListDTO",
]


@dataclass(repr=False, eq=False, init=False)
class CreditNoteApplicationDTO(DTOBase):
    """``CreditNoteApplicationDTO`` of the documented SDK."""
    date: Optional[str] = None
    amount: Optional[str] = None
    creditNoteId: Optional[str] = None
    paymentId: Optional[str] = None
    refundId: Optional[str] = None
    remainingBalance: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None

    def __init__(self, date: Optional[str] = None, amount: Optional[str] = None, creditNoteId: Optional[str] = None, paymentId: Optional[str] = None, refundId: Optional[str] = None, remainingBalance: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None) -> None:
        self.date = date
        self.amount = amount
        self.creditNoteId = creditNoteId
        self.paymentId = paymentId
        self.refundId = refundId
        self.remainingBalance = remainingBalance
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.uuid = uuid
        self.version = version


@dataclass(repr=False, eq=False, init=False)
class CreditNoteApplicationDetailDTO(DTOBase):
    """``CreditNoteApplicationDetailDTO`` of the documented SDK."""
    creditNoteApplication: Optional[CreditNoteApplicationDTO] = None

    def __init__(self, creditNoteApplication: Optional[CreditNoteApplicationDTO] = None) -> None:
        self.creditNoteApplication = creditNoteApplication


@dataclass(repr=False, eq=False, init=False)
class CreditNoteApplicationListDTO(DTOBase):
    """``CreditNoteApplicationListDTO`` of the documented SDK."""
    creditNoteApplications: Optional[List[CreditNoteApplicationDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, creditNoteApplications: Optional[List[CreditNoteApplicationDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.creditNoteApplications = creditNoteApplications
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class CreditNoteCreateDTO(DTOBase):
    """``CreditNoteCreateDTO`` of the documented SDK."""
    creditNote: Optional[CreditNoteCreateDataDTO] = None

    def __init__(self, creditNote: Optional[CreditNoteCreateDataDTO] = None) -> None:
        self.creditNote = creditNote


@dataclass(repr=False, eq=False, init=False)
class CreditNoteCreateDataDTO(DTOBase):
    """``CreditNoteCreateDataDTO`` of the documented SDK."""
    account: Optional[str] = None
    issueDate: Optional[str] = None
    creditAmount: Optional[str] = None
    refundable: Optional[Union[bool, str]] = None
    note: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDetailsDTO]] = None

    def __init__(self, account: Optional[str] = None, issueDate: Optional[str] = None, creditAmount: Optional[str] = None, refundable: Optional[Union[bool, str]] = None, note: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDetailsDTO]] = None) -> None:
        self.account = account
        self.issueDate = issueDate
        self.creditAmount = creditAmount
        self.refundable = refundable
        self.note = note
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class CreditNoteDTO(DTOBase):
    """``CreditNoteDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    date: Optional[str] = None
    amount: Optional[str] = None
    invoiceId: Optional[str] = None
    remainingBalance: Optional[str] = None
    refundable: Optional[str] = None
    paymentId: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDetailsDTO]] = None
    customObjects: Optional[List[Any]] = None
    version: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    updatedBy: Optional[str] = None
    updatedOn: Optional[str] = None
    uuid: Optional[str] = None
    accountId: Optional[str] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, date: Optional[str] = None, amount: Optional[str] = None, invoiceId: Optional[str] = None, remainingBalance: Optional[str] = None, refundable: Optional[str] = None, paymentId: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDetailsDTO]] = None, customObjects: Optional[List[Any]] = None, version: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, updatedBy: Optional[str] = None, updatedOn: Optional[str] = None, uuid: Optional[str] = None, accountId: Optional[str] = None) -> None:
        self.status = status
        self.id = id
        self.date = date
        self.amount = amount
        self.invoiceId = invoiceId
        self.remainingBalance = remainingBalance
        self.refundable = refundable
        self.paymentId = paymentId
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.version = version
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.updatedBy = updatedBy
        self.updatedOn = updatedOn
        self.uuid = uuid
        self.accountId = accountId


@dataclass(repr=False, eq=False, init=False)
class CreditNoteDetailsDTO(DTOBase):
    """``CreditNoteDetailsDTO`` of the documented SDK."""
    creditNote: Optional[CreditNoteDTO] = None

    def __init__(self, creditNote: Optional[CreditNoteDTO] = None) -> None:
        self.creditNote = creditNote


@dataclass(repr=False, eq=False, init=False)
class CreditNoteListDTO(DTOBase):
    """``CreditNoteListDTO`` of the documented SDK."""
    creditNotes: Optional[List[CreditNoteDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, creditNotes: Optional[List[CreditNoteDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.creditNotes = creditNotes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesDetailsDTO(DTOBase):
    """``CustomAttributesDetailsDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class InvoiceCreditNoteApplicationListDTO(DTOBase):
    """``InvoiceCreditNoteApplicationListDTO`` of the documented SDK."""
    invoice: Optional[CreditNoteApplicationListDTO] = None

    def __init__(self, invoice: Optional[CreditNoteApplicationListDTO] = None) -> None:
        self.invoice = invoice
