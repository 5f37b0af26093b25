# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.invoice.dto.invoice_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.common.dto.common_dto import CurrencyDTO, CustomAttributesDTO, CustomFormsDTO, CustomObjectDTO, PaginationDTO

if TYPE_CHECKING:
    from exsited.exsited.order.dto.order_nested_dto import OrderLineDTO

__all__ = [
    "InvoiceAccountDTO",
    "InvoiceCreateDTO",
    "InvoiceDataDTO",
    "InvoiceDetailsDTO",
    "InvoiceListDTO",
    "InvoiceOrderDetailsDTO",
    "InvoiceOrderListDTO",
    "ItemInvoiceCreateDTO",
    "ItemInvoiceDataDTO",
    "ItemLineDTO",
    "LastPaymentDTO",
    "LineItemDTO",
    "LineItemOperationDTO",
    "LineItemValueDTO",
    "LineOperationDTO",
    "UpdateInvoiceInfoCustomAttributeDTO",
    "UpdateInvoiceInfoDataDTO",
    "UpdateInvoiceInfoRequestDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "OrderLineDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderLineDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class InvoiceAccountDTO(DTOBase):
    """``InvoiceAccountDTO`` of the documented SDK."""
    account: Optional[InvoiceListDTO] = None

    def __init__(self, account: Optional[InvoiceListDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class InvoiceCreateDTO(DTOBase):
    """``InvoiceCreateDTO`` of the documented SDK."""
    invoice: Optional[InvoiceDataDTO]

    def __init__(self, invoice: Optional[InvoiceDataDTO]) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class InvoiceDataDTO(DTOBase):
    """``InvoiceDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    type: Optional[str] = None
    customerPurchaseOrderId: Optional[str] = None
    billingStartDate: Optional[str] = None
    alternateBillingStartDate: Optional[str] = None
    billingEndDate: Optional[str] = None
    alternateBillingEndDate: Optional[str] = None
    issueDate: Optional[str] = None
    alternateIssueDate: Optional[str] = None
    dueDate: Optional[str] = None
    alternateDueDate: Optional[str] = None
    subtotal: Optional[str] = None
    shippingCost: Optional[str] = None
    accountName: Optional[str] = None
    tax: Optional[str] = None
    taxTotal: Optional[str] = None
    total: Optional[str] = None
    paid: Optional[str] = None
    due: Optional[str] = None
    paymentStatus: Optional[str] = None
    discountAmount: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    invoiceNote: Optional[str] = None
    accountId: Optional[str] = None
    orderId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None
    customForms: Optional[CustomFormsDTO] = None
    currency: Optional[CurrencyDTO] = None
    lastPayment: Optional[LastPaymentDTO] = None
    kpis: Optional[KpisDTO] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    customForm: Optional[CustomFormsDTO] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, type: Optional[str] = None, customerPurchaseOrderId: Optional[str] = None, billingStartDate: Optional[str] = None, alternateBillingStartDate: Optional[str] = None, billingEndDate: Optional[str] = None, alternateBillingEndDate: Optional[str] = None, issueDate: Optional[str] = None, alternateIssueDate: Optional[str] = None, dueDate: Optional[str] = None, alternateDueDate: Optional[str] = None, subtotal: Optional[str] = None, shippingCost: Optional[str] = None, accountName: Optional[str] = None, tax: Optional[str] = None, taxTotal: Optional[str] = None, total: Optional[str] = None, paid: Optional[str] = None, due: Optional[str] = None, paymentStatus: Optional[str] = None, discountAmount: Optional[str] = None, priceTaxInclusive: Optional[str] = None, invoiceNote: Optional[str] = None, accountId: Optional[str] = None, orderId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None, customForms: Optional[CustomFormsDTO] = None, currency: Optional[CurrencyDTO] = None, lastPayment: Optional[LastPaymentDTO] = None, kpis: Optional[KpisDTO] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, customForm: Optional[CustomFormsDTO] = None) -> None:
        self.status = status
        self.id = id
        self.type = type
        self.customerPurchaseOrderId = customerPurchaseOrderId
        self.billingStartDate = billingStartDate
        self.alternateBillingStartDate = alternateBillingStartDate
        self.billingEndDate = billingEndDate
        self.alternateBillingEndDate = alternateBillingEndDate
        self.issueDate = issueDate
        self.alternateIssueDate = alternateIssueDate
        self.dueDate = dueDate
        self.alternateDueDate = alternateDueDate
        self.subtotal = subtotal
        self.shippingCost = shippingCost
        self.accountName = accountName
        self.tax = tax
        self.taxTotal = taxTotal
        self.total = total
        self.paid = paid
        self.due = due
        self.paymentStatus = paymentStatus
        self.discountAmount = discountAmount
        self.priceTaxInclusive = priceTaxInclusive
        self.invoiceNote = invoiceNote
        self.accountId = accountId
        self.orderId = orderId
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.lines = lines
        self.customForms = customForms
        self.currency = currency
        self.lastPayment = lastPayment
        self.kpis = kpis
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.customForm = customForm


@dataclass(repr=False, eq=False, init=False)
class InvoiceDetailsDTO(DTOBase):
    """``InvoiceDetailsDTO`` of the documented SDK."""
    invoice: Optional[InvoiceDataDTO] = None

    def __init__(self, invoice: Optional[InvoiceDataDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class InvoiceListDTO(DTOBase):
    """``InvoiceListDTO`` of the documented SDK."""
    invoices: Optional[List[InvoiceDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, invoices: Optional[List[InvoiceDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.invoices = invoices
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class InvoiceOrderDetailsDTO(DTOBase):
    """``InvoiceOrderDetailsDTO`` of the documented SDK."""
    order: Optional[InvoiceListDTO] = None

    def __init__(self, order: Optional[InvoiceListDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class InvoiceOrderListDTO(DTOBase):
    """``InvoiceOrderListDTO`` of the documented SDK."""
    order: Optional[InvoiceListDTO] = None

    def __init__(self, order: Optional[InvoiceListDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class ItemInvoiceCreateDTO(DTOBase):
    """``ItemInvoiceCreateDTO`` of the documented SDK."""
    invoice: Optional[ItemInvoiceDataDTO]

    def __init__(self, invoice: Optional[ItemInvoiceDataDTO]) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class ItemInvoiceDataDTO(DTOBase):
    """``ItemInvoiceDataDTO`` of the documented SDK."""
    id: Optional[str] = None
    type: Optional[str] = None
    customForm: Optional[str] = None
    currency: Optional[str] = None
    customerPurchaseOrderId: Optional[str] = None
    issueDate: Optional[str] = None
    alternateIssueDate: Optional[str] = None
    dueDate: Optional[str] = None
    alternateDueDate: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    invoiceNote: Optional[str] = None
    accountId: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    lines: Optional[List[ItemLineDTO]] = None
    lineItems: Optional[List[LineItemDTO]] = None

    def __init__(self, id: Optional[str] = None, type: Optional[str] = None, customForm: Optional[str] = None, currency: Optional[str] = None, customerPurchaseOrderId: Optional[str] = None, issueDate: Optional[str] = None, alternateIssueDate: Optional[str] = None, dueDate: Optional[str] = None, alternateDueDate: Optional[str] = None, priceTaxInclusive: Optional[str] = None, invoiceNote: Optional[str] = None, accountId: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, lines: Optional[List[ItemLineDTO]] = None, lineItems: Optional[List[LineItemDTO]] = None) -> None:
        self.id = id
        self.type = type
        self.customForm = customForm
        self.currency = currency
        self.customerPurchaseOrderId = customerPurchaseOrderId
        self.issueDate = issueDate
        self.alternateIssueDate = alternateIssueDate
        self.dueDate = dueDate
        self.alternateDueDate = alternateDueDate
        self.priceTaxInclusive = priceTaxInclusive
        self.invoiceNote = invoiceNote
        self.accountId = accountId
        self.customAttributes = customAttributes
        self.lines = lines
        self.lineItems = lineItems


@dataclass(repr=False, eq=False, init=False)
class ItemLineDTO(DTOBase):
    """``ItemLineDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    itemQuantity: Optional[str] = None
    packageName: Optional[str] = None
    itemWarehouse: Optional[str] = None
    itemUom: Optional[str] = None
    itemAccountingCode: Optional[str] = None
    itemTaxExamptWhenSold: Optional[str] = None
    itemPriceSnapshot: Optional[ItemPriceSnapshotDTO] = None
    discount: Optional[str] = None
    discountType: Optional[str] = None
    shippingCost: Optional[str] = None
    itemPriceTax: Optional[TaxDTO] = None
    itemCustomAttributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, itemId: Optional[str] = None, itemName: Optional[str] = None, itemQuantity: Optional[str] = None, packageName: Optional[str] = None, itemWarehouse: Optional[str] = None, itemUom: Optional[str] = None, itemAccountingCode: Optional[str] = None, itemTaxExamptWhenSold: Optional[str] = None, itemPriceSnapshot: Optional[ItemPriceSnapshotDTO] = None, discount: Optional[str] = None, discountType: Optional[str] = None, shippingCost: Optional[str] = None, itemPriceTax: Optional[TaxDTO] = None, itemCustomAttributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.itemId = itemId
        self.itemName = itemName
        self.itemQuantity = itemQuantity
        self.packageName = packageName
        self.itemWarehouse = itemWarehouse
        self.itemUom = itemUom
        self.itemAccountingCode = itemAccountingCode
        self.itemTaxExamptWhenSold = itemTaxExamptWhenSold
        self.itemPriceSnapshot = itemPriceSnapshot
        self.discount = discount
        self.discountType = discountType
        self.shippingCost = shippingCost
        self.itemPriceTax = itemPriceTax
        self.itemCustomAttributes = itemCustomAttributes


@dataclass(repr=False, eq=False, init=False)
class ItemPriceSnapshotDTO(DTOBase):
    """``ItemPriceSnapshotDTO`` of the documented SDK."""
    pricingRule: Optional[PricingRuleDTO] = None

    def __init__(self, pricingRule: Optional[PricingRuleDTO] = None) -> None:
        self.pricingRule = pricingRule


@dataclass(repr=False, eq=False, init=False)
class KpisDTO(DTOBase):
    """``KpisDTO`` of the documented SDK."""
    outstanding: Optional[str] = None
    overdue: Optional[str] = None
    lastPaymentDate: Optional[str] = None
    paymentApplied: Optional[str] = None
    creditApplied: Optional[str] = None
    creditIssued: Optional[str] = None
    lastReactivatedOn: Optional[str] = None
    lastCancelledOn: Optional[str] = None
    lastAmendedOn: Optional[str] = None
    voidedOn: Optional[str] = None
    deletedOn: Optional[str] = None

    def __init__(self, outstanding: Optional[str] = None, overdue: Optional[str] = None, lastPaymentDate: Optional[str] = None, paymentApplied: Optional[str] = None, creditApplied: Optional[str] = None, creditIssued: Optional[str] = None, lastReactivatedOn: Optional[str] = None, lastCancelledOn: Optional[str] = None, lastAmendedOn: Optional[str] = None, voidedOn: Optional[str] = None, deletedOn: Optional[str] = None) -> None:
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
class LastPaymentDTO(DTOBase):
    """``LastPaymentDTO`` of the documented SDK."""
    id: Optional[str] = None
    amount: Optional[str] = None
    createdAt: Optional[str] = None

    def __init__(self, id: Optional[str] = None, amount: Optional[str] = None, createdAt: Optional[str] = None) -> None:
        self.id = id
        self.amount = amount
        self.createdAt = createdAt


@dataclass(repr=False, eq=False, init=False)
class LineItemDTO(DTOBase):
    """``LineItemDTO`` of the documented SDK."""
    itemName: Optional[str] = None
    itemQuantity: Optional[str] = None
    itemPriceSnapshot: Optional[ItemPriceSnapshotDTO] = None
    discount: Optional[str] = None
    shippingCost: Optional[str] = None
    itemAccountingCode: Optional[str] = None
    itemTaxExamptWhenSold: Optional[str] = None
    itemPriceTax: Optional[TaxDTO] = None
    itemCustomAttributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, itemName: Optional[str] = None, itemQuantity: Optional[str] = None, itemPriceSnapshot: Optional[ItemPriceSnapshotDTO] = None, discount: Optional[str] = None, shippingCost: Optional[str] = None, itemAccountingCode: Optional[str] = None, itemTaxExamptWhenSold: Optional[str] = None, itemPriceTax: Optional[TaxDTO] = None, itemCustomAttributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.itemName = itemName
        self.itemQuantity = itemQuantity
        self.itemPriceSnapshot = itemPriceSnapshot
        self.discount = discount
        self.shippingCost = shippingCost
        self.itemAccountingCode = itemAccountingCode
        self.itemTaxExamptWhenSold = itemTaxExamptWhenSold
        self.itemPriceTax = itemPriceTax
        self.itemCustomAttributes = itemCustomAttributes


@dataclass(repr=False, eq=False, init=False)
class LineItemOperationDTO(DTOBase):
    """``LineItemOperationDTO`` of the documented SDK."""
    operation: Optional[str] = None
    uuid: Optional[str] = None
    value: Optional[LineItemValueDTO] = None

    def __init__(self, operation: Optional[str] = None, uuid: Optional[str] = None, value: Optional[LineItemValueDTO] = None) -> None:
        self.operation = operation
        self.uuid = uuid
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class LineItemValueDTO(DTOBase):
    """``LineItemValueDTO`` of the documented SDK."""
    tax: Optional[TaxDTO] = None
    accountingCode: Optional[str] = None
    lineItemName: Optional[str] = None
    lineItemInvoiceNote: Optional[str] = None
    lineItemQuantity: Optional[str] = None
    lineItemPrice: Optional[str] = None
    lineItemDiscountAmount: Optional[str] = None

    def __init__(self, tax: Optional[TaxDTO] = None, accountingCode: Optional[str] = None, lineItemName: Optional[str] = None, lineItemInvoiceNote: Optional[str] = None, lineItemQuantity: Optional[str] = None, lineItemPrice: Optional[str] = None, lineItemDiscountAmount: Optional[str] = None) -> None:
        self.tax = tax
        self.accountingCode = accountingCode
        self.lineItemName = lineItemName
        self.lineItemInvoiceNote = lineItemInvoiceNote
        self.lineItemQuantity = lineItemQuantity
        self.lineItemPrice = lineItemPrice
        self.lineItemDiscountAmount = lineItemDiscountAmount


@dataclass(repr=False, eq=False, init=False)
class LineOperationDTO(DTOBase):
    """``LineOperationDTO`` of the documented SDK."""
    operation: Optional[str] = None
    uuid: Optional[str] = None
    value: Optional[OrderLineDTO] = None
    itemOrderQuantity: Optional[str] = None
    itemPrice: Optional[str] = None
    itemDiscountAmount: Optional[str] = None

    def __init__(self, operation: Optional[str] = None, uuid: Optional[str] = None, value: Optional[OrderLineDTO] = None, itemOrderQuantity: Optional[str] = None, itemPrice: Optional[str] = None, itemDiscountAmount: Optional[str] = None) -> None:
        self.operation = operation
        self.uuid = uuid
        self.value = value
        self.itemOrderQuantity = itemOrderQuantity
        self.itemPrice = itemPrice
        self.itemDiscountAmount = itemDiscountAmount


@dataclass(repr=False, eq=False, init=False)
class PricingRuleDTO(DTOBase):
    """``PricingRuleDTO`` of the documented SDK."""
    price: Optional[str] = None

    def __init__(self, price: Optional[str] = None) -> None:
        self.price = price


@dataclass(repr=False, eq=False, init=False)
class TaxDTO(DTOBase):
    """``TaxDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[Union[float, str]] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, rate: Optional[Union[float, str]] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.rate = rate


@dataclass(repr=False, eq=False, init=False)
class UpdateInvoiceInfoCustomAttributeDTO(DTOBase):
    """``UpdateInvoiceInfoCustomAttributeDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class UpdateInvoiceInfoDataDTO(DTOBase):
    """``UpdateInvoiceInfoDataDTO`` of the documented SDK."""
    customerPurchaseOrderId: Optional[str] = None
    alternateBillingStartDate: Optional[str] = None
    alternateBillingEndDate: Optional[str] = None
    alternateIssueDate: Optional[str] = None
    alternateDueDate: Optional[str] = None
    itemChargingStartDate: Optional[str] = None
    itemChargingEndDate: Optional[str] = None
    invoiceNote: Optional[str] = None
    customAttributes: Optional[List[UpdateInvoiceInfoCustomAttributeDTO]] = None

    def __init__(self, customerPurchaseOrderId: Optional[str] = None, alternateBillingStartDate: Optional[str] = None, alternateBillingEndDate: Optional[str] = None, alternateIssueDate: Optional[str] = None, alternateDueDate: Optional[str] = None, itemChargingStartDate: Optional[str] = None, itemChargingEndDate: Optional[str] = None, invoiceNote: Optional[str] = None, customAttributes: Optional[List[UpdateInvoiceInfoCustomAttributeDTO]] = None) -> None:
        self.customerPurchaseOrderId = customerPurchaseOrderId
        self.alternateBillingStartDate = alternateBillingStartDate
        self.alternateBillingEndDate = alternateBillingEndDate
        self.alternateIssueDate = alternateIssueDate
        self.alternateDueDate = alternateDueDate
        self.itemChargingStartDate = itemChargingStartDate
        self.itemChargingEndDate = itemChargingEndDate
        self.invoiceNote = invoiceNote
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class UpdateInvoiceInfoRequestDTO(DTOBase):
    """``UpdateInvoiceInfoRequestDTO`` of the documented SDK."""
    invoice: Optional[UpdateInvoiceInfoDataDTO] = None

    def __init__(self, invoice: Optional[UpdateInvoiceInfoDataDTO] = None) -> None:
        self.invoice = invoice
