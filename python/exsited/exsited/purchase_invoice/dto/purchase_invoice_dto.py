# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.purchase_invoice.dto.purchase_invoice_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, CustomFormsDTO, CustomObjectDTO, PaginationDTO, TaxDTO

if TYPE_CHECKING:
    from exsited.exsited.purchase_order.dto.purchase_order_dto import PurchaseOrderItemPriceSnapshotDTO

__all__ = [
    "CurrencyLinkDTO",
    "ExternalBankDetailsDTO",
    "PurchaseInvoiceAccountDetailDTO",
    "PurchaseInvoiceCancelDTO",
    "PurchaseInvoiceCancelDataDTO",
    "PurchaseInvoiceCancelResponseDTO",
    "PurchaseInvoiceCreateDataDTO",
    "PurchaseInvoiceCurrencyDTO",
    "PurchaseInvoiceDetailDTO",
    "PurchaseInvoiceInformationDataDTO",
    "PurchaseInvoiceInformationRequestDTO",
    "PurchaseInvoiceInformationResponseDTO",
    "PurchaseInvoiceKPIDTO",
    "PurchaseInvoiceLineDTO",
    "PurchaseInvoiceLineDataDTO",
    "PurchaseInvoiceLineDetailDTO",
    "PurchaseInvoiceListDTO",
    "PurchaseInvoiceReactiveDTO",
    "PurchaseInvoiceReactiveDataDTO",
    "PurchaseInvoiceReactiveResponseDTO",
    "PurchaseInvoiceRequestDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "PurchaseOrderItemPriceSnapshotDTO": ("exsited.exsited.purchase_order.dto.purchase_order_dto", "PurchaseOrderItemPriceSnapshotDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class CurrencyLinkDTO(DTOBase):
    """``CurrencyLinkDTO`` of the documented SDK."""
    rel: Optional[str] = None
    href: Optional[str] = None

    def __init__(self, rel: Optional[str] = None, href: Optional[str] = None) -> None:
        self.rel = rel
        self.href = href


@dataclass(repr=False, eq=False, init=False)
class ExternalBankDetailsDTO(DTOBase):
    """``ExternalBankDetailsDTO`` of the documented SDK."""
    bankName: Optional[str] = None
    bankCode: Optional[str] = None
    accountName: Optional[str] = None
    accountNumber: Optional[str] = None
    swiftBicCode: Optional[str] = None
    abaRouting: Optional[str] = None
    bankAccountNumber: Optional[str] = None

    def __init__(self, bankName: Optional[str] = None, bankCode: Optional[str] = None, accountName: Optional[str] = None, accountNumber: Optional[str] = None, swiftBicCode: Optional[str] = None, abaRouting: Optional[str] = None, bankAccountNumber: Optional[str] = None) -> None:
        self.bankName = bankName
        self.bankCode = bankCode
        self.accountName = accountName
        self.accountNumber = accountNumber
        self.swiftBicCode = swiftBicCode
        self.abaRouting = abaRouting
        self.bankAccountNumber = bankAccountNumber


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceAccountDetailDTO(DTOBase):
    """``PurchaseInvoiceAccountDetailDTO`` of the documented SDK."""
    account: Optional[PurchaseInvoiceListDTO] = None

    def __init__(self, account: Optional[PurchaseInvoiceListDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceCancelDTO(DTOBase):
    """``PurchaseInvoiceCancelDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceCancelDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceCancelDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceCancelDataDTO(DTOBase):
    """``PurchaseInvoiceCancelDataDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None

    def __init__(self, effectiveDate: Optional[str] = None) -> None:
        self.effectiveDate = effectiveDate


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceCancelResponseDTO(DTOBase):
    """``PurchaseInvoiceCancelResponseDTO`` of the documented SDK."""
    eventUuid: Optional[str] = None

    def __init__(self, eventUuid: Optional[str] = None) -> None:
        self.eventUuid = eventUuid


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceCreateDataDTO(DTOBase):
    """``PurchaseInvoiceCreateDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    customForm: Optional[CustomFormsDTO] = None
    currency: Optional[str] = None
    issueDate: Optional[str] = None
    alternateIssueDate: Optional[str] = None
    dueDate: Optional[str] = None
    alternateDueDate: Optional[str] = None
    subtotal: Optional[str] = None
    tax: Optional[str] = None
    total: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    accountId: Optional[str] = None
    purchaseOrderId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    lines: Optional[List[PurchaseInvoiceLineDataDTO]] = None
    kpis: Optional[PurchaseInvoiceKPIDTO] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, customForm: Optional[CustomFormsDTO] = None, currency: Optional[str] = None, issueDate: Optional[str] = None, alternateIssueDate: Optional[str] = None, dueDate: Optional[str] = None, alternateDueDate: Optional[str] = None, subtotal: Optional[str] = None, tax: Optional[str] = None, total: Optional[str] = None, priceTaxInclusive: Optional[str] = None, accountId: Optional[str] = None, purchaseOrderId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, lines: Optional[List[PurchaseInvoiceLineDataDTO]] = None, kpis: Optional[PurchaseInvoiceKPIDTO] = None) -> None:
        self.status = status
        self.id = id
        self.customForm = customForm
        self.currency = currency
        self.issueDate = issueDate
        self.alternateIssueDate = alternateIssueDate
        self.dueDate = dueDate
        self.alternateDueDate = alternateDueDate
        self.subtotal = subtotal
        self.tax = tax
        self.total = total
        self.priceTaxInclusive = priceTaxInclusive
        self.accountId = accountId
        self.purchaseOrderId = purchaseOrderId
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.lines = lines
        self.kpis = kpis


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceCurrencyDTO(DTOBase):
    """``PurchaseInvoiceCurrencyDTO`` of the documented SDK."""
    id: Optional[str] = None
    name: Optional[str] = None
    link: Optional[CurrencyLinkDTO] = None

    def __init__(self, id: Optional[str] = None, name: Optional[str] = None, link: Optional[CurrencyLinkDTO] = None) -> None:
        self.id = id
        self.name = name
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceDTO(DTOBase):
    """``PurchaseInvoiceDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    customForm: Optional[CustomFormsDTO] = None
    currency: Optional[PurchaseInvoiceCurrencyDTO] = None
    issueDate: Optional[str] = None
    alternateIssueDate: Optional[str] = None
    dueDate: Optional[str] = None
    alternateDueDate: Optional[str] = None
    subtotal: Optional[str] = None
    tax: Optional[str] = None
    total: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    accountId: Optional[str] = None
    purchaseOrderId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    lines: Optional[List[PurchaseInvoiceLineDataDTO]] = None
    kpis: Optional[PurchaseInvoiceKPIDTO] = None
    externalBankDetails: Optional[ExternalBankDetailsDTO] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, customForm: Optional[CustomFormsDTO] = None, currency: Optional[PurchaseInvoiceCurrencyDTO] = None, issueDate: Optional[str] = None, alternateIssueDate: Optional[str] = None, dueDate: Optional[str] = None, alternateDueDate: Optional[str] = None, subtotal: Optional[str] = None, tax: Optional[str] = None, total: Optional[str] = None, priceTaxInclusive: Optional[str] = None, accountId: Optional[str] = None, purchaseOrderId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, lines: Optional[List[PurchaseInvoiceLineDataDTO]] = None, kpis: Optional[PurchaseInvoiceKPIDTO] = None, externalBankDetails: Optional[ExternalBankDetailsDTO] = None) -> None:
        self.status = status
        self.id = id
        self.customForm = customForm
        self.currency = currency
        self.issueDate = issueDate
        self.alternateIssueDate = alternateIssueDate
        self.dueDate = dueDate
        self.alternateDueDate = alternateDueDate
        self.subtotal = subtotal
        self.tax = tax
        self.total = total
        self.priceTaxInclusive = priceTaxInclusive
        self.accountId = accountId
        self.purchaseOrderId = purchaseOrderId
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.lines = lines
        self.kpis = kpis
        self.externalBankDetails = externalBankDetails


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceDetailDTO(DTOBase):
    """``PurchaseInvoiceDetailDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceDTO] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceDTO] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceInformationDataDTO(DTOBase):
    """``PurchaseInvoiceInformationDataDTO`` of the documented SDK."""
    customerPurchaseOrderId: Optional[str] = None
    alternateBillingStartDate: Optional[str] = None
    alternateBillingEndDate: Optional[str] = None
    alternateIssueDate: Optional[str] = None
    alternateDueDate: Optional[str] = None
    invoiceNote: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, customerPurchaseOrderId: Optional[str] = None, alternateBillingStartDate: Optional[str] = None, alternateBillingEndDate: Optional[str] = None, alternateIssueDate: Optional[str] = None, alternateDueDate: Optional[str] = None, invoiceNote: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.customerPurchaseOrderId = customerPurchaseOrderId
        self.alternateBillingStartDate = alternateBillingStartDate
        self.alternateBillingEndDate = alternateBillingEndDate
        self.alternateIssueDate = alternateIssueDate
        self.alternateDueDate = alternateDueDate
        self.invoiceNote = invoiceNote
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceInformationRequestDTO(DTOBase):
    """``PurchaseInvoiceInformationRequestDTO`` of the documented SDK."""
    invoice: Optional[PurchaseInvoiceInformationDataDTO] = None

    def __init__(self, invoice: Optional[PurchaseInvoiceInformationDataDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceInformationResponseDTO(DTOBase):
    """``PurchaseInvoiceInformationResponseDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceKPIDTO(DTOBase):
    """``PurchaseInvoiceKPIDTO`` of the documented SDK."""
    outstanding: Optional[Union[float, str]] = None
    overdue: Optional[Union[float, str]] = None
    lastPaymentDate: Optional[str] = None
    paymentApplied: Optional[Union[float, str]] = None
    creditApplied: Optional[Union[float, str]] = None
    creditIssued: Optional[str] = None
    lastReactivatedOn: Optional[str] = None
    lastCancelledOn: Optional[str] = None
    lastAmendedOn: Optional[str] = None
    voidedOn: Optional[str] = None
    deletedOn: Optional[str] = None

    def __init__(self, outstanding: Optional[Union[float, str]] = None, overdue: Optional[Union[float, str]] = None, lastPaymentDate: Optional[str] = None, paymentApplied: Optional[Union[float, str]] = None, creditApplied: Optional[Union[float, str]] = None, creditIssued: Optional[str] = None, lastReactivatedOn: Optional[str] = None, lastCancelledOn: Optional[str] = None, lastAmendedOn: Optional[str] = None, voidedOn: Optional[str] = None, deletedOn: Optional[str] = None) -> None:
        self.outstanding = outstanding
        self.overdue = overdue
        self.lastPaymentDate = lastPaymentDate
        self.paymentApplied = paymentApplied
        self.creditApplied = creditApplied
        self.creditIssued = creditIssued
        self.lastReactivatedOn = lastReactivatedOn
        self.lastCancelledOn = lastCancelledOn
        self.lastAmendedOn = lastAmendedOn
        self.voidedOn = voidedOn
        self.deletedOn = deletedOn


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceLineDTO(DTOBase):
    """``PurchaseInvoiceLineDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    customForm: Optional[CustomFormsDTO] = None
    currency: Optional[PurchaseInvoiceCurrencyDTO] = None
    issueDate: Optional[str] = None
    alternateIssueDate: Optional[str] = None
    dueDate: Optional[str] = None
    alternateDueDate: Optional[str] = None
    subtotal: Optional[str] = None
    tax: Optional[str] = None
    total: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    accountId: Optional[str] = None
    purchaseOrderId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    line: Optional[List[PurchaseInvoiceLineDataDTO]] = None
    kpis: Optional[PurchaseInvoiceKPIDTO] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, customForm: Optional[CustomFormsDTO] = None, currency: Optional[PurchaseInvoiceCurrencyDTO] = None, issueDate: Optional[str] = None, alternateIssueDate: Optional[str] = None, dueDate: Optional[str] = None, alternateDueDate: Optional[str] = None, subtotal: Optional[str] = None, tax: Optional[str] = None, total: Optional[str] = None, priceTaxInclusive: Optional[str] = None, accountId: Optional[str] = None, purchaseOrderId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, line: Optional[List[PurchaseInvoiceLineDataDTO]] = None, kpis: Optional[PurchaseInvoiceKPIDTO] = None) -> None:
        self.status = status
        self.id = id
        self.customForm = customForm
        self.currency = currency
        self.issueDate = issueDate
        self.alternateIssueDate = alternateIssueDate
        self.dueDate = dueDate
        self.alternateDueDate = alternateDueDate
        self.subtotal = subtotal
        self.tax = tax
        self.total = total
        self.priceTaxInclusive = priceTaxInclusive
        self.accountId = accountId
        self.purchaseOrderId = purchaseOrderId
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.line = line
        self.kpis = kpis


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceLineDataDTO(DTOBase):
    """``PurchaseInvoiceLineDataDTO`` of the documented SDK."""
    subtotal: Optional[str] = None
    total: Optional[str] = None
    tax: Optional[str] = None
    accountingCode: Optional[str] = None
    itemUuid: Optional[str] = None
    itemPurchaseOrderQuantity: Optional[str] = None
    itemUom: Optional[str] = None
    itemWarehouse: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    itemQuantity: Optional[str] = None
    itemPriceSnapshot: Optional[PurchaseOrderItemPriceSnapshotDTO] = None
    itemPriceTax: Optional[TaxDTO] = None
    priceTaxExampt: Optional[str] = None

    def __init__(self, subtotal: Optional[str] = None, total: Optional[str] = None, tax: Optional[str] = None, accountingCode: Optional[str] = None, itemUuid: Optional[str] = None, itemPurchaseOrderQuantity: Optional[str] = None, itemUom: Optional[str] = None, itemWarehouse: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, itemId: Optional[str] = None, itemName: Optional[str] = None, itemQuantity: Optional[str] = None, itemPriceSnapshot: Optional[PurchaseOrderItemPriceSnapshotDTO] = None, itemPriceTax: Optional[TaxDTO] = None, priceTaxExampt: Optional[str] = None) -> None:
        self.subtotal = subtotal
        self.total = total
        self.tax = tax
        self.accountingCode = accountingCode
        self.itemUuid = itemUuid
        self.itemPurchaseOrderQuantity = itemPurchaseOrderQuantity
        self.itemUom = itemUom
        self.itemWarehouse = itemWarehouse
        self.uuid = uuid
        self.version = version
        self.itemId = itemId
        self.itemName = itemName
        self.itemQuantity = itemQuantity
        self.itemPriceSnapshot = itemPriceSnapshot
        self.itemPriceTax = itemPriceTax
        self.priceTaxExampt = priceTaxExampt


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceLineDetailDTO(DTOBase):
    """``PurchaseInvoiceLineDetailDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceLineDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceLineDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceListDTO(DTOBase):
    """``PurchaseInvoiceListDTO`` of the documented SDK."""
    purchaseInvoices: Optional[List[PurchaseInvoiceDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, purchaseInvoices: Optional[List[PurchaseInvoiceDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.purchaseInvoices = purchaseInvoices
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceReactiveDTO(DTOBase):
    """``PurchaseInvoiceReactiveDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceCancelDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceCancelDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceReactiveDataDTO(DTOBase):
    """``PurchaseInvoiceReactiveDataDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None

    def __init__(self, effectiveDate: Optional[str] = None) -> None:
        self.effectiveDate = effectiveDate


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceReactiveResponseDTO(DTOBase):
    """``PurchaseInvoiceReactiveResponseDTO`` of the documented SDK."""
    eventUuid: Optional[str] = None

    def __init__(self, eventUuid: Optional[str] = None) -> None:
        self.eventUuid = eventUuid


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceRequestDTO(DTOBase):
    """``PurchaseInvoiceRequestDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceCreateDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceCreateDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice
