# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.payment.dto.payment_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, CustomObjectDTO

__all__ = [
    "CardDirectDebitPaymentAppliedDTO",
    "CardDirectDebitPaymentCreateDTO",
    "CardDirectDebitPaymentDataDTO",
    "CardPaymentAppliedDTO",
    "CardPaymentCreateDTO",
    "CardPaymentDataDTO",
    "CreditAppliedDTO",
    "InvoiceMultipleDTO",
    "PaymentAccountResponseDTO",
    "PaymentAppliedMultipleDTO",
    "PaymentCreateDTO",
    "PaymentDataDTO",
    "PaymentDetailsDTO",
    "PaymentInvoiceResponseDTO",
    "PaymentListDTO",
    "PaymentMultipleDataDTO",
    "PaymentMultipleRequestDTO",
    "PaymentOrderResponseDTO",
    "PaymentUpdateDTO",
    "giftCertificateAppliedDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AdditionalFieldsDTO(DTOBase):
    """``AdditionalFieldsDTO`` of the documented SDK."""
    hostIp: Optional[str]

    def __init__(self, hostIp: Optional[str]) -> None:
        self.hostIp = hostIp


@dataclass(repr=False, eq=False, init=False)
class PaymentAppliedDTO(DTOBase):
    """``PaymentAppliedDTO`` of the documented SDK."""
    processor: Optional[str] = None
    amount: Optional[Union[float, str]] = None
    reference: Optional[str] = None
    method: Optional[str] = None

    def __init__(self, processor: Optional[str] = None, amount: Optional[Union[float, str]] = None, reference: Optional[str] = None, method: Optional[str] = None) -> None:
        self.processor = processor
        self.amount = amount
        self.reference = reference
        self.method = method


@dataclass(repr=False, eq=False, init=False)
class CardDirectDebitPaymentAppliedDTO(PaymentAppliedDTO):
    """``CardDirectDebitPaymentAppliedDTO`` of the documented SDK."""

    def __init__(self, processor: Optional[str] = None, amount: Optional[Union[float, str]] = None, reference: Optional[str] = None, method: Optional[str] = None) -> None:
        self.processor = processor
        self.amount = amount
        self.reference = reference
        self.method = method


@dataclass(repr=False, eq=False, init=False)
class CardDirectDebitPaymentCreateDTO(DTOBase):
    """``CardDirectDebitPaymentCreateDTO`` of the documented SDK."""
    payment: Optional[CardDirectDebitPaymentDataDTO] = None

    def __init__(self, payment: Optional[CardDirectDebitPaymentDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class CardDirectDebitPaymentDataDTO(DTOBase):
    """``CardDirectDebitPaymentDataDTO`` of the documented SDK."""
    date: Optional[str] = None
    paymentApplied: Optional[List[CardDirectDebitPaymentAppliedDTO]] = None

    def __init__(self, date: Optional[str] = None, paymentApplied: Optional[List[CardDirectDebitPaymentAppliedDTO]] = None) -> None:
        self.date = date
        self.paymentApplied = paymentApplied


@dataclass(repr=False, eq=False, init=False)
class CardPaymentAppliedDTO(PaymentAppliedDTO):
    """``CardPaymentAppliedDTO`` of the documented SDK."""
    cardType: Optional[str] = None
    token: Optional[str] = None
    cardNumber: Optional[str] = None
    expiryMonth: Optional[str] = None
    expiryYear: Optional[str] = None
    additionalFields: Optional[Dict[str, Any]] = None

    def __init__(self, processor: Optional[str] = None, amount: Optional[Union[float, str]] = None, reference: Optional[str] = None, method: Optional[str] = None, cardType: Optional[str] = None, token: Optional[str] = None, cardNumber: Optional[str] = None, expiryMonth: Optional[str] = None, expiryYear: Optional[str] = None, additionalFields: Optional[Dict[str, Any]] = None) -> None:
        self.processor = processor
        self.amount = amount
        self.reference = reference
        self.method = method
        self.cardType = cardType
        self.token = token
        self.cardNumber = cardNumber
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.additionalFields = additionalFields


@dataclass(repr=False, eq=False, init=False)
class CardPaymentCreateDTO(DTOBase):
    """``CardPaymentCreateDTO`` of the documented SDK."""
    payment: Optional[CardPaymentDataDTO] = None

    def __init__(self, payment: Optional[CardPaymentDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PaymentDataDTO(DTOBase):
    """``PaymentDataDTO`` of the documented SDK."""
    id: Optional[str] = None
    date: Optional[str] = None
    status: Optional[str] = None
    reconcileStatus: Optional[str] = None
    totalApplied: Optional[Union[float, str]] = None
    paymentApplied: Optional[List[PaymentAppliedDTO]] = None
    note: Optional[str] = None
    creditApplied: Optional[List[_CreditAppliedDTO1]] = None
    invoices: Optional[List[InvoiceDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    saleOrderId: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    giftCertificateApplied: Optional[List[giftCertificateAppliedDTO]] = None

    def __init__(self, id: Optional[str] = None, date: Optional[str] = None, status: Optional[str] = None, reconcileStatus: Optional[str] = None, totalApplied: Optional[Union[float, str]] = None, paymentApplied: Optional[List[PaymentAppliedDTO]] = None, note: Optional[str] = None, creditApplied: Optional[List[_CreditAppliedDTO1]] = None, invoices: Optional[List[InvoiceDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, saleOrderId: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, giftCertificateApplied: Optional[List[giftCertificateAppliedDTO]] = None) -> None:
        self.id = id
        self.date = date
        self.status = status
        self.reconcileStatus = reconcileStatus
        self.totalApplied = totalApplied
        self.paymentApplied = paymentApplied
        self.note = note
        self.creditApplied = creditApplied
        self.invoices = invoices
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.saleOrderId = saleOrderId
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.giftCertificateApplied = giftCertificateApplied


@dataclass(repr=False, eq=False, init=False)
class CardPaymentDataDTO(PaymentDataDTO):
    """``CardPaymentDataDTO`` of the documented SDK."""
    paymentApplied: Optional[List[CardPaymentAppliedDTO]] = None  # type: ignore[assignment]

    def __init__(self, id: Optional[str] = None, date: Optional[str] = None, status: Optional[str] = None, reconcileStatus: Optional[str] = None, totalApplied: Optional[Union[float, str]] = None, paymentApplied: Optional[List[CardPaymentAppliedDTO]] = None, note: Optional[str] = None, creditApplied: Optional[List[_CreditAppliedDTO1]] = None, invoices: Optional[List[InvoiceDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, saleOrderId: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, giftCertificateApplied: Optional[List[giftCertificateAppliedDTO]] = None) -> None:
        self.id = id
        self.date = date
        self.status = status
        self.reconcileStatus = reconcileStatus
        self.totalApplied = totalApplied
        self.paymentApplied = paymentApplied
        self.note = note
        self.creditApplied = creditApplied
        self.invoices = invoices
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.saleOrderId = saleOrderId
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.giftCertificateApplied = giftCertificateApplied


@dataclass(repr=False, eq=False, init=False)
class CreditAppliedDTO(DTOBase):
    """``CreditAppliedDTO`` of the documented SDK."""
    id: Optional[str]
    amount: Optional[str]

    def __init__(self, id: Optional[str], amount: Optional[str]) -> None:
        self.id = id
        self.amount = amount


@dataclass(repr=False, eq=False, init=False)
class _CreditAppliedDTO1(DTOBase):
    """An earlier ``CreditAppliedDTO`` of this module, still the type of the fields declared before the later one."""
    id: Optional[str] = None
    amount: Optional[str] = None
    code: Optional[str] = None

    def __init__(self, id: Optional[str] = None, amount: Optional[str] = None, code: Optional[str] = None) -> None:
        self.id = id
        self.amount = amount
        self.code = code


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeDTO(DTOBase):
    """``CustomAttributeDTO`` of the documented SDK."""
    name: Optional[str]
    value: Optional[str]

    def __init__(self, name: Optional[str], value: Optional[str]) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class GiftCertificateDTO(DTOBase):
    """``GiftCertificateDTO`` of the documented SDK."""
    code: Optional[str]
    applied: Optional[str]

    def __init__(self, code: Optional[str], applied: Optional[str]) -> None:
        self.code = code
        self.applied = applied


@dataclass(repr=False, eq=False, init=False)
class InvoiceDTO(DTOBase):
    """``InvoiceDTO`` of the documented SDK."""
    applied: Optional[Union[float, str]] = None
    code: Optional[str] = None
    dueDate: Optional[str] = None
    issueDate: Optional[str] = None
    outstanding: Optional[Union[float, str]] = None
    total: Optional[Union[float, str]] = None

    def __init__(self, applied: Optional[Union[float, str]] = None, code: Optional[str] = None, dueDate: Optional[str] = None, issueDate: Optional[str] = None, outstanding: Optional[Union[float, str]] = None, total: Optional[Union[float, str]] = None) -> None:
        self.applied = applied
        self.code = code
        self.dueDate = dueDate
        self.issueDate = issueDate
        self.outstanding = outstanding
        self.total = total


@dataclass(repr=False, eq=False, init=False)
class InvoiceMultipleDTO(DTOBase):
    """``InvoiceMultipleDTO`` of the documented SDK."""
    id: Optional[str]
    amount: Optional[str]

    def __init__(self, id: Optional[str], amount: Optional[str]) -> None:
        self.id = id
        self.amount = amount


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
class PaymentAccountResponseDTO(DTOBase):
    """``PaymentAccountResponseDTO`` of the documented SDK."""
    account: Optional[PaymentListDTO] = None

    def __init__(self, account: Optional[PaymentListDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class PaymentAppliedMultipleDTO(DTOBase):
    """``PaymentAppliedMultipleDTO`` of the documented SDK."""
    processor: Optional[str]
    amount: Optional[str]
    cardType: Optional[str]
    token: Optional[str]
    cardNumber: Optional[str]
    expiryMonth: Optional[str]
    expiryYear: Optional[str]
    additionalFields: Optional[List[AdditionalFieldsDTO]] = None

    def __init__(self, processor: Optional[str], amount: Optional[str], cardType: Optional[str], token: Optional[str], cardNumber: Optional[str], expiryMonth: Optional[str], expiryYear: Optional[str], additionalFields: Optional[List[AdditionalFieldsDTO]] = None) -> None:
        self.processor = processor
        self.amount = amount
        self.cardType = cardType
        self.token = token
        self.cardNumber = cardNumber
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.additionalFields = additionalFields


@dataclass(repr=False, eq=False, init=False)
class PaymentCreateDTO(DTOBase):
    """``PaymentCreateDTO`` of the documented SDK."""
    payment: Optional[PaymentDataDTO] = None

    def __init__(self, payment: Optional[PaymentDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PaymentDetailsDTO(DTOBase):
    """``PaymentDetailsDTO`` of the documented SDK."""
    payment: Optional[PaymentDataDTO] = None

    def __init__(self, payment: Optional[PaymentDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PaymentInvoiceResponseDTO(DTOBase):
    """``PaymentInvoiceResponseDTO`` of the documented SDK."""
    invoice: Optional[PaymentListDTO] = None

    def __init__(self, invoice: Optional[PaymentListDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class PaymentListDTO(DTOBase):
    """``PaymentListDTO`` of the documented SDK."""
    payments: Optional[List[PaymentDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, payments: Optional[List[PaymentDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.payments = payments
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PaymentMultipleDataDTO(DTOBase):
    """``PaymentMultipleDataDTO`` of the documented SDK."""
    id: Optional[str]
    invoices: Optional[List[InvoiceMultipleDTO]]
    date: Optional[str]
    paymentApplied: Optional[PaymentAppliedMultipleDTO]
    creditApplied: Optional[List[CreditAppliedDTO]]
    giftCertificates: Optional[List[GiftCertificateDTO]]
    customAttributes: Optional[List[CustomAttributeDTO]]

    def __init__(self, id: Optional[str], invoices: Optional[List[InvoiceMultipleDTO]], date: Optional[str], paymentApplied: Optional[PaymentAppliedMultipleDTO], creditApplied: Optional[List[CreditAppliedDTO]], giftCertificates: Optional[List[GiftCertificateDTO]], customAttributes: Optional[List[CustomAttributeDTO]]) -> None:
        self.id = id
        self.invoices = invoices
        self.date = date
        self.paymentApplied = paymentApplied
        self.creditApplied = creditApplied
        self.giftCertificates = giftCertificates
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class PaymentMultipleRequestDTO(DTOBase):
    """``PaymentMultipleRequestDTO`` of the documented SDK."""
    payment: Optional[PaymentMultipleDataDTO] = None

    def __init__(self, payment: Optional[PaymentMultipleDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PaymentOrderResponseDTO(DTOBase):
    """``PaymentOrderResponseDTO`` of the documented SDK."""
    order: Optional[PaymentListDTO] = None

    def __init__(self, order: Optional[PaymentListDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class PaymentUpdateDTO(DTOBase):
    """``PaymentUpdateDTO`` of the documented SDK."""
    payment: Optional[PaymentDataDTO] = None

    def __init__(self, payment: Optional[PaymentDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class giftCertificateAppliedDTO(DTOBase):
    """``giftCertificateAppliedDTO`` of the documented SDK."""
    code: Optional[str] = None
    amount: Optional[str] = None

    def __init__(self, code: Optional[str] = None, amount: Optional[str] = None) -> None:
        self.code = code
        self.amount = amount
