# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.purchase_payments.dto.purchase_payments_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, CustomObjectDTO, PaginationDTO

__all__ = [
    "PurchaseAccountPaymentResponseDTO",
    "PurchaseCreditAppliedDTO",
    "PurchaseInvoicePaymentResponseDTO",
    "PurchaseOrderPaymentResponseDTO",
    "PurchasePaymentAppliedDTO",
    "PurchasePaymentDTO",
    "PurchasePaymentInformationDataDTO",
    "PurchasePaymentInformationRequestDTO",
    "PurchasePaymentInformationResponseDTO",
    "PurchasePaymentRequestDTO",
    "PurchasePaymentResponseDTO",
    "PurchasePaymentUpdateDataDTO",
    "PurchasePaymentUpdateRequestDTO",
    "PurchasePaymentsDetailsDTO",
    "PurchasePaymentsListDTO",
    "PurchasePaymentsUpdateResponseDTO",
]


@dataclass(repr=False, eq=False, init=False)
class PurchaseAccountPaymentResponseDTO(DTOBase):
    """``PurchaseAccountPaymentResponseDTO`` of the documented SDK."""
    account: Optional[PurchasePaymentsListDTO] = None

    def __init__(self, account: Optional[PurchasePaymentsListDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class PurchaseCreditAppliedDTO(DTOBase):
    """``PurchaseCreditAppliedDTO`` of the documented SDK."""
    id: Optional[str] = None
    amount: Optional[Union[float, str]] = None

    def __init__(self, id: Optional[str] = None, amount: Optional[Union[float, str]] = None) -> None:
        self.id = id
        self.amount = amount


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceDTO(DTOBase):
    """``PurchaseInvoiceDTO`` of the documented SDK."""
    applied: Optional[Union[float, str]] = None
    id: Optional[str] = None
    dueDate: Optional[str] = None
    issueDate: Optional[str] = None
    outstanding: Optional[Union[float, str]] = None
    total: Optional[Union[float, str]] = None
    amount: Optional[str] = None

    def __init__(self, applied: Optional[Union[float, str]] = None, id: Optional[str] = None, dueDate: Optional[str] = None, issueDate: Optional[str] = None, outstanding: Optional[Union[float, str]] = None, total: Optional[Union[float, str]] = None, amount: Optional[str] = None) -> None:
        self.applied = applied
        self.id = id
        self.dueDate = dueDate
        self.issueDate = issueDate
        self.outstanding = outstanding
        self.total = total
        self.amount = amount


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoicePaymentResponseDTO(DTOBase):
    """``PurchaseInvoicePaymentResponseDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchasePaymentsListDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchasePaymentsListDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderPaymentResponseDTO(DTOBase):
    """``PurchaseOrderPaymentResponseDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchasePaymentsListDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchasePaymentsListDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentAppliedDTO(DTOBase):
    """``PurchasePaymentAppliedDTO`` of the documented SDK."""
    id: Optional[str] = None
    amount: Optional[str] = None
    method: Optional[str] = None
    processor: Optional[str] = None
    reference: Optional[str] = None

    def __init__(self, id: Optional[str] = None, amount: Optional[str] = None, method: Optional[str] = None, processor: Optional[str] = None, reference: Optional[str] = None) -> None:
        self.id = id
        self.amount = amount
        self.method = method
        self.processor = processor
        self.reference = reference


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentDTO(DTOBase):
    """``PurchasePaymentDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    purchasePaymentDate: Optional[str] = None
    totalApplied: Optional[str] = None
    purchaseOrderId: Optional[str] = None
    purchasePaymentNote: Optional[str] = None
    purchasePaymentApplied: Optional[List[PurchasePaymentAppliedDTO]] = None
    purchaseCreditApplied: Optional[List[PurchaseCreditAppliedDTO]] = None
    purchaseInvoices: Optional[List[PurchaseInvoiceDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    date: Optional[str] = None
    note: Optional[str] = None
    effectiveDate: Optional[str] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, purchasePaymentDate: Optional[str] = None, totalApplied: Optional[str] = None, purchaseOrderId: Optional[str] = None, purchasePaymentNote: Optional[str] = None, purchasePaymentApplied: Optional[List[PurchasePaymentAppliedDTO]] = None, purchaseCreditApplied: Optional[List[PurchaseCreditAppliedDTO]] = None, purchaseInvoices: Optional[List[PurchaseInvoiceDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, date: Optional[str] = None, note: Optional[str] = None, effectiveDate: Optional[str] = None) -> None:
        self.status = status
        self.id = id
        self.purchasePaymentDate = purchasePaymentDate
        self.totalApplied = totalApplied
        self.purchaseOrderId = purchaseOrderId
        self.purchasePaymentNote = purchasePaymentNote
        self.purchasePaymentApplied = purchasePaymentApplied
        self.purchaseCreditApplied = purchaseCreditApplied
        self.purchaseInvoices = purchaseInvoices
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.date = date
        self.note = note
        self.effectiveDate = effectiveDate


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentInformationDataDTO(DTOBase):
    """``PurchasePaymentInformationDataDTO`` of the documented SDK."""
    issueDate: Optional[str] = None
    dueDate: Optional[str] = None
    purchaseOrderNote: Optional[str] = None

    def __init__(self, issueDate: Optional[str] = None, dueDate: Optional[str] = None, purchaseOrderNote: Optional[str] = None) -> None:
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.purchaseOrderNote = purchaseOrderNote


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentInformationRequestDTO(DTOBase):
    """``PurchasePaymentInformationRequestDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchasePaymentInformationDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchasePaymentInformationDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentInformationResponseDTO(DTOBase):
    """``PurchasePaymentInformationResponseDTO`` of the documented SDK."""
    purchasePayment: Optional[PurchasePaymentDTO] = None

    def __init__(self, purchasePayment: Optional[PurchasePaymentDTO] = None) -> None:
        self.purchasePayment = purchasePayment


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentRequestDTO(DTOBase):
    """``PurchasePaymentRequestDTO`` of the documented SDK."""
    purchasePayment: Optional[PurchasePaymentDTO] = None

    def __init__(self, purchasePayment: Optional[PurchasePaymentDTO] = None) -> None:
        self.purchasePayment = purchasePayment


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentResponseDTO(DTOBase):
    """``PurchasePaymentResponseDTO`` of the documented SDK."""
    purchasePayment: Optional[PurchasePaymentDTO] = None

    def __init__(self, purchasePayment: Optional[PurchasePaymentDTO] = None) -> None:
        self.purchasePayment = purchasePayment


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentUpdateDataDTO(DTOBase):
    """``PurchasePaymentUpdateDataDTO`` of the documented SDK."""
    date: Optional[str] = None
    note: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, date: Optional[str] = None, note: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.date = date
        self.note = note
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentUpdateRequestDTO(DTOBase):
    """``PurchasePaymentUpdateRequestDTO`` of the documented SDK."""
    purchasePayment: Optional[PurchasePaymentUpdateDataDTO] = None

    def __init__(self, purchasePayment: Optional[PurchasePaymentUpdateDataDTO] = None) -> None:
        self.purchasePayment = purchasePayment


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentsDetailsDTO(DTOBase):
    """``PurchasePaymentsDetailsDTO`` of the documented SDK."""
    purchasePayments: Optional[PurchasePaymentDTO] = None

    def __init__(self, purchasePayments: Optional[PurchasePaymentDTO] = None) -> None:
        self.purchasePayments = purchasePayments


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentsListDTO(DTOBase):
    """``PurchasePaymentsListDTO`` of the documented SDK."""
    purchasePayments: Optional[List[PurchasePaymentDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, purchasePayments: Optional[List[PurchasePaymentDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.purchasePayments = purchasePayments
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentsUpdateResponseDTO(DTOBase):
    """``PurchasePaymentsUpdateResponseDTO`` of the documented SDK."""
    purchasePayment: Optional[PurchasePaymentDTO] = None

    def __init__(self, purchasePayment: Optional[PurchasePaymentDTO] = None) -> None:
        self.purchasePayment = purchasePayment
