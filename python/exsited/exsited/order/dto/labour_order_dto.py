# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.order.dto.labour_order_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.common.dto.common_dto import AddressDTO, CurrencyDTO, CustomAttributesDTO, CustomFormsDTO, PaginationDTO, ShippingProfileDTO, TaxDTO, TimeZoneDTO
from exsited.exsited.order.dto.order_nested_dto import OrderLineDTO, OrderPropertiesDTO

if TYPE_CHECKING:
    from exsited.exsited.order.dto.order_nested_dto import AccountingCodeDTO, KpisDTO, OrderItemAccountingCodeDTO, OrderItemPriceSnapshotDTO, OrderItemPropertiesDTO, OrderItemSaleTaxConfigurationDTO, OrderPurchaseDTO, PreOrderStockDetailsDTO, itemCustomAttributesDataDTO

__all__ = [
    "LabourBookingDTO",
    "LabourOrderDataDTO",
    "LabourOrderLineDTO",
    "LabourOrderListDTO",
    "LabourOrderPropertiesDTO",
    "ProformaPropertiesDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "AccountingCodeDTO": ("exsited.exsited.order.dto.order_nested_dto", "AccountingCodeDTO"),
    "KpisDTO": ("exsited.exsited.order.dto.order_nested_dto", "KpisDTO"),
    "OrderItemAccountingCodeDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderItemAccountingCodeDTO"),
    "OrderItemPriceSnapshotDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderItemPriceSnapshotDTO"),
    "OrderItemPropertiesDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderItemPropertiesDTO"),
    "OrderItemSaleTaxConfigurationDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderItemSaleTaxConfigurationDTO"),
    "OrderPurchaseDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderPurchaseDTO"),
    "PreOrderStockDetailsDTO": ("exsited.exsited.order.dto.order_nested_dto", "PreOrderStockDetailsDTO"),
    "itemCustomAttributesDataDTO": ("exsited.exsited.order.dto.order_nested_dto", "itemCustomAttributesDataDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class LabourBookingDTO(DTOBase):
    """``LabourBookingDTO`` of the documented SDK."""
    labourUuid: Optional[str] = None
    bookingStartTime: Optional[str] = None
    bookingEndTime: Optional[str] = None

    def __init__(self, labourUuid: Optional[str] = None, bookingStartTime: Optional[str] = None, bookingEndTime: Optional[str] = None) -> None:
        self.labourUuid = labourUuid
        self.bookingStartTime = bookingStartTime
        self.bookingEndTime = bookingEndTime


@dataclass(repr=False, eq=False, init=False)
class LabourOrderDataDTO(DTOBase):
    """``LabourOrderDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    preOrder: Optional[str] = None
    quoteOrder: Optional[str] = None
    quoteConverted: Optional[str] = None
    orderType: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    referralAccount: Optional[str] = None
    customerPurchaseOrderId: Optional[str] = None
    shippingProfile: Optional[ShippingProfileDTO] = None
    shippingCost: Optional[str] = None
    discountProfile: Optional[Dict[str, Any]] = None
    origin: Optional[str] = None
    customForms: Optional[CustomFormsDTO] = None
    currency: Optional[CurrencyDTO] = None
    timeZone: Optional[TimeZoneDTO] = None
    invoiceNote: Optional[str] = None
    defaultWarehouse: Optional[str] = None
    billingStartDate: Optional[str] = None
    orderStartDate: Optional[str] = None
    nextBillingFromDate: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    billingAddress: Optional[AddressDTO] = None
    shippingAddress: Optional[AddressDTO] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    accountId: Optional[str] = None
    accountName: Optional[str] = None
    allowContract: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    customObjects: Optional[List[Any]] = None
    currencyId: Optional[str] = None
    properties: Optional[LabourOrderPropertiesDTO] = None
    invoiceId: Optional[str] = None
    lines: Optional[List[LabourOrderLineDTO]] = None
    total: Optional[str] = None
    subtotal: Optional[str] = None
    tax: Optional[str] = None
    kpis: Optional[KpisDTO] = None
    lineItems: Optional[List[Any]] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, preOrder: Optional[str] = None, quoteOrder: Optional[str] = None, quoteConverted: Optional[str] = None, orderType: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, referralAccount: Optional[str] = None, customerPurchaseOrderId: Optional[str] = None, shippingProfile: Optional[ShippingProfileDTO] = None, shippingCost: Optional[str] = None, discountProfile: Optional[Dict[str, Any]] = None, origin: Optional[str] = None, customForms: Optional[CustomFormsDTO] = None, currency: Optional[CurrencyDTO] = None, timeZone: Optional[TimeZoneDTO] = None, invoiceNote: Optional[str] = None, defaultWarehouse: Optional[str] = None, billingStartDate: Optional[str] = None, orderStartDate: Optional[str] = None, nextBillingFromDate: Optional[str] = None, priceTaxInclusive: Optional[str] = None, billingAddress: Optional[AddressDTO] = None, shippingAddress: Optional[AddressDTO] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, accountId: Optional[str] = None, accountName: Optional[str] = None, allowContract: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, customObjects: Optional[List[Any]] = None, currencyId: Optional[str] = None, properties: Optional[LabourOrderPropertiesDTO] = None, invoiceId: Optional[str] = None, lines: Optional[List[LabourOrderLineDTO]] = None, total: Optional[str] = None, subtotal: Optional[str] = None, tax: Optional[str] = None, kpis: Optional[KpisDTO] = None, lineItems: Optional[List[Any]] = None) -> None:
        self.status = status
        self.id = id
        self.preOrder = preOrder
        self.quoteOrder = quoteOrder
        self.quoteConverted = quoteConverted
        self.orderType = orderType
        self.name = name
        self.displayName = displayName
        self.description = description
        self.referralAccount = referralAccount
        self.customerPurchaseOrderId = customerPurchaseOrderId
        self.shippingProfile = shippingProfile
        self.shippingCost = shippingCost
        self.discountProfile = discountProfile
        self.origin = origin
        self.customForms = customForms
        self.currency = currency
        self.timeZone = timeZone
        self.invoiceNote = invoiceNote
        self.defaultWarehouse = defaultWarehouse
        self.billingStartDate = billingStartDate
        self.orderStartDate = orderStartDate
        self.nextBillingFromDate = nextBillingFromDate
        self.priceTaxInclusive = priceTaxInclusive
        self.billingAddress = billingAddress
        self.shippingAddress = shippingAddress
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.accountId = accountId
        self.accountName = accountName
        self.allowContract = allowContract
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.currencyId = currencyId
        self.properties = properties
        self.invoiceId = invoiceId
        self.lines = lines
        self.total = total
        self.subtotal = subtotal
        self.tax = tax
        self.kpis = kpis
        self.lineItems = lineItems


@dataclass(repr=False, eq=False, init=False)
class LabourOrderLineDTO(OrderLineDTO):
    """``LabourOrderLineDTO`` of the documented SDK."""
    booking: Optional[LabourBookingDTO] = None

    def __init__(self, itemId: Optional[str] = None, itemOrderQuantity: Optional[str] = None, itemUuid: Optional[str] = None, itemName: Optional[str] = None, shippingCost: Optional[str] = None, itemInvoiceNote: Optional[str] = None, itemDescription: Optional[str] = None, itemType: Optional[str] = None, itemChargeType: Optional[str] = None, chargeItemUuid: Optional[str] = None, version: Optional[str] = None, itemPriceTax: Optional[TaxDTO] = None, isTaxExemptWhenSold: Optional[str] = None, taxExemptWhenSold: Optional[str] = None, itemPriceSnapshot: Optional[OrderItemPriceSnapshotDTO] = None, itemSaleTaxConfiguration: Optional[OrderItemSaleTaxConfigurationDTO] = None, purchaseOrder: Optional[OrderPurchaseDTO] = None, packageName: Optional[str] = None, itemSerialOrBatchNumber: Optional[str] = None, itemCustomAttributes: Optional[List[itemCustomAttributesDataDTO]] = None, op: Optional[str] = None, uuid: Optional[str] = None, itemProperties: Optional[OrderItemPropertiesDTO] = None, subtotal: Optional[str] = None, total: Optional[str] = None, tax: Optional[TaxDTO] = None, itemUom: Optional[str] = None, itemWarehouse: Optional[str] = None, pricingSnapshotUuid: Optional[str] = None, chargingStartDate: Optional[str] = None, alternateChargingStartDate: Optional[str] = None, chargingEndDate: Optional[str] = None, alternateChargingEndDate: Optional[str] = None, itemPrice: Optional[str] = None, itemDiscountAmount: Optional[str] = None, taxAmount: Optional[str] = None, operation: Optional[str] = None, discount: Optional[str] = None, uom: Optional[str] = None, warehouse: Optional[str] = None, quantity: Optional[str] = None, accountingCode: Optional[AccountingCodeDTO] = None, itemAccountingCode: Optional[OrderItemAccountingCodeDTO] = None, preOrderStockDetails: Optional[PreOrderStockDetailsDTO] = None, expectedDeliveryDate: Optional[str] = None, purchaseOrderId: Optional[str] = None, purchaseInvoiceId: Optional[str] = None, booking: Optional[LabourBookingDTO] = None) -> None:
        self.itemId = itemId
        self.itemOrderQuantity = itemOrderQuantity
        self.itemUuid = itemUuid
        self.itemName = itemName
        self.shippingCost = shippingCost
        self.itemInvoiceNote = itemInvoiceNote
        self.itemDescription = itemDescription
        self.itemType = itemType
        self.itemChargeType = itemChargeType
        self.chargeItemUuid = chargeItemUuid
        self.version = version
        self.itemPriceTax = itemPriceTax
        self.isTaxExemptWhenSold = isTaxExemptWhenSold
        self.taxExemptWhenSold = taxExemptWhenSold
        self.itemPriceSnapshot = itemPriceSnapshot
        self.itemSaleTaxConfiguration = itemSaleTaxConfiguration
        self.purchaseOrder = purchaseOrder
        self.packageName = packageName
        self.itemSerialOrBatchNumber = itemSerialOrBatchNumber
        self.itemCustomAttributes = itemCustomAttributes
        self.op = op
        self.uuid = uuid
        self.itemProperties = itemProperties
        self.subtotal = subtotal
        self.total = total
        self.tax = tax
        self.itemUom = itemUom
        self.itemWarehouse = itemWarehouse
        self.pricingSnapshotUuid = pricingSnapshotUuid
        self.chargingStartDate = chargingStartDate
        self.alternateChargingStartDate = alternateChargingStartDate
        self.chargingEndDate = chargingEndDate
        self.alternateChargingEndDate = alternateChargingEndDate
        self.itemPrice = itemPrice
        self.itemDiscountAmount = itemDiscountAmount
        self.taxAmount = taxAmount
        self.operation = operation
        self.discount = discount
        self.uom = uom
        self.warehouse = warehouse
        self.quantity = quantity
        self.accountingCode = accountingCode
        self.itemAccountingCode = itemAccountingCode
        self.preOrderStockDetails = preOrderStockDetails
        self.expectedDeliveryDate = expectedDeliveryDate
        self.purchaseOrderId = purchaseOrderId
        self.purchaseInvoiceId = purchaseInvoiceId
        self.booking = booking


@dataclass(repr=False, eq=False, init=False)
class LabourOrderListDTO(DTOBase):
    """``LabourOrderListDTO`` of the documented SDK."""
    orders: Optional[List[LabourOrderDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, orders: Optional[List[LabourOrderDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.orders = orders
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class LabourOrderPropertiesDTO(OrderPropertiesDTO):
    """``LabourOrderPropertiesDTO`` of the documented SDK."""
    proformaProperties: Optional[ProformaPropertiesDTO] = None

    def __init__(self, communicationProfile: Optional[str] = None, invoiceMode: Optional[str] = None, invoiceTerm: Optional[str] = None, billingPeriod: Optional[str] = None, paymentProcessor: Optional[str] = None, paymentMode: Optional[str] = None, paymentTerm: Optional[str] = None, paymentTermAlignment: Optional[str] = None, fulfillmentMode: Optional[str] = None, fulfillmentTerm: Optional[str] = None, consolidateInvoice: Optional[str] = None, consolidateKey: Optional[str] = None, proformaProperties: Optional[ProformaPropertiesDTO] = None) -> None:
        self.communicationProfile = communicationProfile
        self.invoiceMode = invoiceMode
        self.invoiceTerm = invoiceTerm
        self.billingPeriod = billingPeriod
        self.paymentProcessor = paymentProcessor
        self.paymentMode = paymentMode
        self.paymentTerm = paymentTerm
        self.paymentTermAlignment = paymentTermAlignment
        self.fulfillmentMode = fulfillmentMode
        self.fulfillmentTerm = fulfillmentTerm
        self.consolidateInvoice = consolidateInvoice
        self.consolidateKey = consolidateKey
        self.proformaProperties = proformaProperties


@dataclass(repr=False, eq=False, init=False)
class ProformaPropertiesDTO(DTOBase):
    """``ProformaPropertiesDTO`` of the documented SDK."""
    acceptanceRequired: Optional[str] = None
    paymentRequired: Optional[str] = None
    acceptanceTerm: Optional[str] = None
    acceptanceDate: Optional[str] = None
    termsAndConditions: Optional[str] = None

    def __init__(self, acceptanceRequired: Optional[str] = None, paymentRequired: Optional[str] = None, acceptanceTerm: Optional[str] = None, acceptanceDate: Optional[str] = None, termsAndConditions: Optional[str] = None) -> None:
        self.acceptanceRequired = acceptanceRequired
        self.paymentRequired = paymentRequired
        self.acceptanceTerm = acceptanceTerm
        self.acceptanceDate = acceptanceDate
        self.termsAndConditions = termsAndConditions
