# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.purchase_order.dto.purchase_order_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, CustomObjectDTO, PaginationDTO, TaxDTO

__all__ = [
    "AccountPurchaseOrdersDataDTO",
    "AccountPurchaseOrdersResponseDTO",
    "KPIDTO",
    "PurchaseOrderChangeDTO",
    "PurchaseOrderCreateDTO",
    "PurchaseOrderCurrencyDTO",
    "PurchaseOrderDTO",
    "PurchaseOrderDataDTO",
    "PurchaseOrderInformationUpdateDTO",
    "PurchaseOrderItemAccountingCodeDTO",
    "PurchaseOrderItemPriceSnapshotDTO",
    "PurchaseOrderItemPurchaseTaxConfigurationDTO",
    "PurchaseOrderLineDTO",
    "PurchaseOrderLineUuidDTO",
    "PurchaseOrderLineUuidDetailsDTO",
    "PurchaseOrderListDTO",
    "PurchaseOrderPricingRuleDTO",
    "PurchaseOrderTaxCodeDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountPurchaseOrdersDataDTO(DTOBase):
    """``AccountPurchaseOrdersDataDTO`` of the documented SDK."""
    purchaseOrders: Optional[List[PurchaseOrderDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, purchaseOrders: Optional[List[PurchaseOrderDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.purchaseOrders = purchaseOrders
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class AccountPurchaseOrdersResponseDTO(DTOBase):
    """``AccountPurchaseOrdersResponseDTO`` of the documented SDK."""
    account: Optional[AccountPurchaseOrdersDataDTO] = None

    def __init__(self, account: Optional[AccountPurchaseOrdersDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class KPIDTO(DTOBase):
    """``KPIDTO`` of the documented SDK."""
    totalExpense: Optional[Union[float, str]] = None
    estimatedTotal: Optional[Union[float, str]] = None
    totalOutstanding: Optional[Union[float, str]] = None
    totalOverdue: Optional[Union[float, str]] = None
    lastInvoiceIssueDate: Optional[str] = None
    lastInvoiceTotal: Optional[Union[float, str]] = None
    totalPurchaseInvoice: Optional[Union[float, str]] = None
    lastReactivatedOn: Optional[str] = None
    lastCalcelledOn: Optional[str] = None
    lastChangedOn: Optional[str] = None
    lastDeletedOn: Optional[str] = None
    issueDate: Optional[str] = None

    def __init__(self, totalExpense: Optional[Union[float, str]] = None, estimatedTotal: Optional[Union[float, str]] = None, totalOutstanding: Optional[Union[float, str]] = None, totalOverdue: Optional[Union[float, str]] = None, lastInvoiceIssueDate: Optional[str] = None, lastInvoiceTotal: Optional[Union[float, str]] = None, totalPurchaseInvoice: Optional[Union[float, str]] = None, lastReactivatedOn: Optional[str] = None, lastCalcelledOn: Optional[str] = None, lastChangedOn: Optional[str] = None, lastDeletedOn: Optional[str] = None, issueDate: Optional[str] = None) -> None:
        self.totalExpense = totalExpense
        self.estimatedTotal = estimatedTotal
        self.totalOutstanding = totalOutstanding
        self.totalOverdue = totalOverdue
        self.lastInvoiceIssueDate = lastInvoiceIssueDate
        self.lastInvoiceTotal = lastInvoiceTotal
        self.totalPurchaseInvoice = totalPurchaseInvoice
        self.lastReactivatedOn = lastReactivatedOn
        self.lastCalcelledOn = lastCalcelledOn
        self.lastChangedOn = lastChangedOn
        self.lastDeletedOn = lastDeletedOn
        self.issueDate = issueDate


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderChangeDTO(DTOBase):
    """``PurchaseOrderChangeDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderCreateDTO(DTOBase):
    """``PurchaseOrderCreateDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderDataDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderDataDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderCurrencyDTO(DTOBase):
    """``PurchaseOrderCurrencyDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderDTO(DTOBase):
    """``PurchaseOrderDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    currency: Optional[PurchaseOrderCurrencyDTO] = None
    supplierInvoiceId: Optional[str] = None
    saleOrderId: Optional[str] = None
    issueDate: Optional[str] = None
    dueDate: Optional[str] = None
    expectedCompletionDate: Optional[str] = None
    subtotal: Optional[str] = None
    tax: Optional[str] = None
    total: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    purchaseOrderNote: Optional[str] = None
    accountId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    lines: Optional[List[PurchaseOrderLineDTO]] = None
    kpis: Optional[KPIDTO] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, currency: Optional[PurchaseOrderCurrencyDTO] = None, supplierInvoiceId: Optional[str] = None, saleOrderId: Optional[str] = None, issueDate: Optional[str] = None, dueDate: Optional[str] = None, expectedCompletionDate: Optional[str] = None, subtotal: Optional[str] = None, tax: Optional[str] = None, total: Optional[str] = None, priceTaxInclusive: Optional[str] = None, purchaseOrderNote: Optional[str] = None, accountId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, lines: Optional[List[PurchaseOrderLineDTO]] = None, kpis: Optional[KPIDTO] = None) -> None:
        self.status = status
        self.id = id
        self.currency = currency
        self.supplierInvoiceId = supplierInvoiceId
        self.saleOrderId = saleOrderId
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.expectedCompletionDate = expectedCompletionDate
        self.subtotal = subtotal
        self.tax = tax
        self.total = total
        self.priceTaxInclusive = priceTaxInclusive
        self.purchaseOrderNote = purchaseOrderNote
        self.accountId = accountId
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
class PurchaseOrderDataDTO(DTOBase):
    """``PurchaseOrderDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    currency: Optional[str] = None
    saleOrderId: Optional[str] = None
    supplierInvoiceId: Optional[str] = None
    issueDate: Optional[str] = None
    dueDate: Optional[str] = None
    expectedCompletionDate: Optional[str] = None
    subtotal: Optional[str] = None
    tax: Optional[str] = None
    total: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    purchaseOrderNote: Optional[str] = None
    accountId: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[Any]] = None
    customObjects: Optional[List[Any]] = None
    lines: Optional[List[PurchaseOrderLineDTO]] = None
    effectiveDate: Optional[str] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, currency: Optional[str] = None, saleOrderId: Optional[str] = None, supplierInvoiceId: Optional[str] = None, issueDate: Optional[str] = None, dueDate: Optional[str] = None, expectedCompletionDate: Optional[str] = None, subtotal: Optional[str] = None, tax: Optional[str] = None, total: Optional[str] = None, priceTaxInclusive: Optional[str] = None, purchaseOrderNote: Optional[str] = None, accountId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[Any]] = None, customObjects: Optional[List[Any]] = None, lines: Optional[List[PurchaseOrderLineDTO]] = None, effectiveDate: Optional[str] = None) -> None:
        self.status = status
        self.id = id
        self.currency = currency
        self.saleOrderId = saleOrderId
        self.supplierInvoiceId = supplierInvoiceId
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.expectedCompletionDate = expectedCompletionDate
        self.subtotal = subtotal
        self.tax = tax
        self.total = total
        self.priceTaxInclusive = priceTaxInclusive
        self.purchaseOrderNote = purchaseOrderNote
        self.accountId = accountId
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.lines = lines
        self.effectiveDate = effectiveDate


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderDetailsDTO(DTOBase):
    """``PurchaseOrderDetailsDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderInformationUpdateDTO(DTOBase):
    """``PurchaseOrderInformationUpdateDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderDataDTO] = None

    _wire_names = {'purchaseOrder': 'purchase-order'}

    def __init__(self, purchaseOrder: Optional[PurchaseOrderDataDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderItemAccountingCodeDTO(DTOBase):
    """``PurchaseOrderItemAccountingCodeDTO`` of the documented SDK."""
    costOfGoodsSold: Optional[str] = None

    def __init__(self, costOfGoodsSold: Optional[str] = None) -> None:
        self.costOfGoodsSold = costOfGoodsSold


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderItemPriceSnapshotDTO(DTOBase):
    """``PurchaseOrderItemPriceSnapshotDTO`` of the documented SDK."""
    pricingRule: Optional[PurchaseOrderPricingRuleDTO] = None

    def __init__(self, pricingRule: Optional[PurchaseOrderPricingRuleDTO] = None) -> None:
        self.pricingRule = pricingRule


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderItemPurchaseTaxConfigurationDTO(DTOBase):
    """``PurchaseOrderItemPurchaseTaxConfigurationDTO`` of the documented SDK."""
    purchasePriceIsTaxInclusive: Optional[str] = None
    taxCode: Optional[PurchaseOrderTaxCodeDTO] = None

    def __init__(self, purchasePriceIsTaxInclusive: Optional[str] = None, taxCode: Optional[PurchaseOrderTaxCodeDTO] = None) -> None:
        self.purchasePriceIsTaxInclusive = purchasePriceIsTaxInclusive
        self.taxCode = taxCode


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderLineDTO(DTOBase):
    """``PurchaseOrderLineDTO`` of the documented SDK."""
    subtotal: Optional[str] = None
    total: Optional[str] = None
    tax: Optional[str] = None
    itemUuid: Optional[str] = None
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    itemQuantity: Optional[str] = None
    itemOrderQuantity: Optional[str] = None
    itemPriceSnapshot: Optional[PurchaseOrderItemPriceSnapshotDTO] = None
    itemPurchaseTaxConfiguration: Optional[PurchaseOrderItemPurchaseTaxConfigurationDTO] = None
    itemPriceTaxExempt: Optional[str] = None
    itemPriceTax: Optional[TaxDTO] = None
    purchaseOrderNote: Optional[str] = None
    itemAccountingCode: Optional[PurchaseOrderItemAccountingCodeDTO] = None
    op: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    itemSerialOrBatchNumber: Optional[str] = None
    taxExemptWhenSold: Optional[str] = None

    def __init__(self, subtotal: Optional[str] = None, total: Optional[str] = None, tax: Optional[str] = None, itemUuid: Optional[str] = None, itemId: Optional[str] = None, itemName: Optional[str] = None, itemQuantity: Optional[str] = None, itemOrderQuantity: Optional[str] = None, itemPriceSnapshot: Optional[PurchaseOrderItemPriceSnapshotDTO] = None, itemPurchaseTaxConfiguration: Optional[PurchaseOrderItemPurchaseTaxConfigurationDTO] = None, itemPriceTaxExempt: Optional[str] = None, itemPriceTax: Optional[TaxDTO] = None, purchaseOrderNote: Optional[str] = None, itemAccountingCode: Optional[PurchaseOrderItemAccountingCodeDTO] = None, op: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, itemSerialOrBatchNumber: Optional[str] = None, taxExemptWhenSold: Optional[str] = None) -> None:
        self.subtotal = subtotal
        self.total = total
        self.tax = tax
        self.itemUuid = itemUuid
        self.itemId = itemId
        self.itemName = itemName
        self.itemQuantity = itemQuantity
        self.itemOrderQuantity = itemOrderQuantity
        self.itemPriceSnapshot = itemPriceSnapshot
        self.itemPurchaseTaxConfiguration = itemPurchaseTaxConfiguration
        self.itemPriceTaxExempt = itemPriceTaxExempt
        self.itemPriceTax = itemPriceTax
        self.purchaseOrderNote = purchaseOrderNote
        self.itemAccountingCode = itemAccountingCode
        self.op = op
        self.uuid = uuid
        self.version = version
        self.itemSerialOrBatchNumber = itemSerialOrBatchNumber
        self.taxExemptWhenSold = taxExemptWhenSold


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderLineUuidDTO(DTOBase):
    """``PurchaseOrderLineUuidDTO`` of the documented SDK."""
    line: Optional[PurchaseOrderLineDTO] = None

    def __init__(self, line: Optional[PurchaseOrderLineDTO] = None) -> None:
        self.line = line


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderLineUuidDetailsDTO(DTOBase):
    """``PurchaseOrderLineUuidDetailsDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderLineUuidDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderLineUuidDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderListDTO(DTOBase):
    """``PurchaseOrderListDTO`` of the documented SDK."""
    purchaseOrders: Optional[List[PurchaseOrderDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, purchaseOrders: Optional[List[PurchaseOrderDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.purchaseOrders = purchaseOrders
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderPricingRuleDTO(DTOBase):
    """``PurchaseOrderPricingRuleDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    version: Optional[str] = None
    priceType: Optional[str] = None
    price: Optional[str] = None
    uom: Optional[str] = None
    warehouse: Optional[str] = None
    pricingVersion: Optional[str] = None
    latestUsedPricingVersion: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, version: Optional[str] = None, priceType: Optional[str] = None, price: Optional[str] = None, uom: Optional[str] = None, warehouse: Optional[str] = None, pricingVersion: Optional[str] = None, latestUsedPricingVersion: Optional[str] = None) -> None:
        self.uuid = uuid
        self.version = version
        self.priceType = priceType
        self.price = price
        self.uom = uom
        self.warehouse = warehouse
        self.pricingVersion = pricingVersion
        self.latestUsedPricingVersion = latestUsedPricingVersion


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderTaxCodeDTO(DTOBase):
    """``PurchaseOrderTaxCodeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, rate: Optional[str] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.rate = rate
        self.link = link
