# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.proforma_invoice.dto.proforma_invoice_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "ProformaInvoiceDTO",
    "ProformaInvoiceDetailsDTO",
    "ProformaInvoiceListDTO",
]


@dataclass(repr=False, eq=False, init=False)
class ProformaInvoiceDTO(DTOBase):
    """``ProformaInvoiceDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    invoiceId: Optional[str] = None
    operationAcceptanceRequired: Optional[str] = None
    operationAcceptancePaymentRequired: Optional[str] = None
    operationAcceptanceDateSelector: Optional[str] = None
    operationAcceptanceTermsAndConditions: Optional[str] = None
    totalAmount: Optional[str] = None
    dueAmount: Optional[str] = None
    paidAmount: Optional[str] = None
    invoiceStatus: Optional[str] = None
    paymentStatus: Optional[str] = None
    issueDate: Optional[str] = None
    dueDate: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, invoiceId: Optional[str] = None, operationAcceptanceRequired: Optional[str] = None, operationAcceptancePaymentRequired: Optional[str] = None, operationAcceptanceDateSelector: Optional[str] = None, operationAcceptanceTermsAndConditions: Optional[str] = None, totalAmount: Optional[str] = None, dueAmount: Optional[str] = None, paidAmount: Optional[str] = None, invoiceStatus: Optional[str] = None, paymentStatus: Optional[str] = None, issueDate: Optional[str] = None, dueDate: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.invoiceId = invoiceId
        self.operationAcceptanceRequired = operationAcceptanceRequired
        self.operationAcceptancePaymentRequired = operationAcceptancePaymentRequired
        self.operationAcceptanceDateSelector = operationAcceptanceDateSelector
        self.operationAcceptanceTermsAndConditions = operationAcceptanceTermsAndConditions
        self.totalAmount = totalAmount
        self.dueAmount = dueAmount
        self.paidAmount = paidAmount
        self.invoiceStatus = invoiceStatus
        self.paymentStatus = paymentStatus
        self.issueDate = issueDate
        self.dueDate = dueDate


@dataclass(repr=False, eq=False, init=False)
class ProformaInvoiceDetailsDTO(DTOBase):
    """``ProformaInvoiceDetailsDTO`` of the documented SDK."""
    proformaInvoice: Optional[ProformaInvoiceDTO] = None

    def __init__(self, proformaInvoice: Optional[ProformaInvoiceDTO] = None) -> None:
        self.proformaInvoice = proformaInvoice


@dataclass(repr=False, eq=False, init=False)
class ProformaInvoiceListDTO(DTOBase):
    """``ProformaInvoiceListDTO`` of the documented SDK."""
    proformaInvoices: Optional[List[ProformaInvoiceDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, proformaInvoices: Optional[List[ProformaInvoiceDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.proformaInvoices = proformaInvoices
        self.pagination = pagination
