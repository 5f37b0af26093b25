# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.labour.dto.labour_booking_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.common.dto.common_dto import AddressDTO, CurrencyDTO, CustomFormsDTO, PaginationDTO, ShippingProfileDTO, TimeZoneDTO

if TYPE_CHECKING:
    from exsited.exsited.labour.dto.labour_nested_dto import LabourProfileDTO
    from exsited.exsited.order.dto.order_dto import CustomAttributesDataDTO
    from exsited.exsited.order.dto.order_nested_dto import DiscountProfileDTO, KpisDTO, OrderPropertiesDTO

__all__ = [
    "AvailableLabourDTO",
    "AvailableLabourListDTO",
    "LabourBookingChangeDataDTO",
    "LabourBookingChangeLineDTO",
    "LabourBookingChangeRequestDTO",
    "LabourBookingLineDTO",
    "LabourBookingOrderDataDTO",
    "LabourBookingQueryDTO",
    "LabourBookingRequestDTO",
    "LabourBookingResponseDTO",
    "LabourBookingResponseLineItemAccountingCodeDTO",
    "LabourBookingResponseLineItemDTO",
    "LabourBookingResponseLineItemPriceSnapshotDTO",
    "LabourBookingResponseLineItemPricingRuleDTO",
    "LabourBookingResponseLineItemSaleTaxConfigurationDTO",
    "LabourBookingResponseOrderDataDTO",
    "LabourOrderBookingInfoDTO",
    "LabourOrdersListDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "CustomAttributesDataDTO": ("exsited.exsited.order.dto.order_dto", "CustomAttributesDataDTO"),
    "DiscountProfileDTO": ("exsited.exsited.order.dto.order_nested_dto", "DiscountProfileDTO"),
    "KpisDTO": ("exsited.exsited.order.dto.order_nested_dto", "KpisDTO"),
    "LabourProfileDTO": ("exsited.exsited.labour.dto.labour_nested_dto", "LabourProfileDTO"),
    "OrderPropertiesDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderPropertiesDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class AvailableLabourDTO(DTOBase):
    """``AvailableLabourDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    imageName: Optional[str] = None
    emailAddress: Optional[str] = None
    useCustomAvailability: Optional[Union[bool, str]] = None
    labourProfile: Optional[LabourProfileDTO] = None
    customFormTemplate: Optional[str] = None
    availableSlots: Optional[List[Dict[str, Any]]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, code: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageName: Optional[str] = None, emailAddress: Optional[str] = None, useCustomAvailability: Optional[Union[bool, str]] = None, labourProfile: Optional[LabourProfileDTO] = None, customFormTemplate: Optional[str] = None, availableSlots: Optional[List[Dict[str, Any]]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.code = code
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageName = imageName
        self.emailAddress = emailAddress
        self.useCustomAvailability = useCustomAvailability
        self.labourProfile = labourProfile
        self.customFormTemplate = customFormTemplate
        self.availableSlots = availableSlots
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn


@dataclass(repr=False, eq=False, init=False)
class AvailableLabourListDTO(DTOBase):
    """``AvailableLabourListDTO`` of the documented SDK."""
    labours: Optional[List[AvailableLabourDTO]] = None
    availableCount: Optional[Union[int, str]] = None

    def __init__(self, labours: Optional[List[AvailableLabourDTO]] = None, availableCount: Optional[Union[int, str]] = None) -> None:
        self.labours = labours
        self.availableCount = availableCount


@dataclass(repr=False, eq=False, init=False)
class LabourBookingChangeDataDTO(DTOBase):
    """``LabourBookingChangeDataDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    lines: Optional[List[LabourBookingChangeLineDTO]] = None

    def __init__(self, effectiveDate: Optional[str] = None, lines: Optional[List[LabourBookingChangeLineDTO]] = None) -> None:
        self.effectiveDate = effectiveDate
        self.lines = lines


@dataclass(repr=False, eq=False, init=False)
class LabourBookingChangeLineDTO(DTOBase):
    """``LabourBookingChangeLineDTO`` of the documented SDK."""
    op: Optional[str] = None
    uuid: Optional[str] = None
    bookingStartTime: Optional[str] = None
    bookingEndTime: Optional[str] = None

    def __init__(self, op: Optional[str] = None, uuid: Optional[str] = None, bookingStartTime: Optional[str] = None, bookingEndTime: Optional[str] = None) -> None:
        self.op = op
        self.uuid = uuid
        self.bookingStartTime = bookingStartTime
        self.bookingEndTime = bookingEndTime


@dataclass(repr=False, eq=False, init=False)
class LabourBookingChangeRequestDTO(DTOBase):
    """``LabourBookingChangeRequestDTO`` of the documented SDK."""
    booking: Optional[LabourBookingChangeDataDTO] = None

    def __init__(self, booking: Optional[LabourBookingChangeDataDTO] = None) -> None:
        self.booking = booking


@dataclass(repr=False, eq=False, init=False)
class LabourBookingLineDTO(DTOBase):
    """``LabourBookingLineDTO`` of the documented SDK."""
    labourUuid: Optional[str] = None
    bookingStartTime: Optional[str] = None
    bookingEndTime: Optional[str] = None

    def __init__(self, labourUuid: Optional[str] = None, bookingStartTime: Optional[str] = None, bookingEndTime: Optional[str] = None) -> None:
        self.labourUuid = labourUuid
        self.bookingStartTime = bookingStartTime
        self.bookingEndTime = bookingEndTime


@dataclass(repr=False, eq=False, init=False)
class LabourBookingOrderDataDTO(DTOBase):
    """``LabourBookingOrderDataDTO`` of the documented SDK."""
    currency: Optional[str] = None
    accountId: Optional[str] = None
    lines: Optional[List[LabourBookingLineDTO]] = None
    customAttributes: Optional[List[CustomAttributesDataDTO]] = None

    def __init__(self, currency: Optional[str] = None, accountId: Optional[str] = None, lines: Optional[List[LabourBookingLineDTO]] = None, customAttributes: Optional[List[CustomAttributesDataDTO]] = None) -> None:
        self.currency = currency
        self.accountId = accountId
        self.lines = lines
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class LabourBookingQueryDTO(DTOBase):
    """``LabourBookingQueryDTO`` of the documented SDK."""
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    labourProfileUuid: Optional[str] = None
    location: Optional[str] = None
    skill: Optional[str] = None

    def __init__(self, startDate: Optional[str] = None, endDate: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, labourProfileUuid: Optional[str] = None, location: Optional[str] = None, skill: Optional[str] = None) -> None:
        self.startDate = startDate
        self.endDate = endDate
        self.startTime = startTime
        self.endTime = endTime
        self.labourProfileUuid = labourProfileUuid
        self.location = location
        self.skill = skill


@dataclass(repr=False, eq=False, init=False)
class LabourBookingRequestDTO(DTOBase):
    """``LabourBookingRequestDTO`` of the documented SDK."""
    order: Optional[LabourBookingOrderDataDTO] = None

    def __init__(self, order: Optional[LabourBookingOrderDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class LabourBookingResponseDTO(DTOBase):
    """``LabourBookingResponseDTO`` of the documented SDK."""
    order: Optional[LabourBookingResponseOrderDataDTO] = None

    def __init__(self, order: Optional[LabourBookingResponseOrderDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class LabourBookingResponseLineItemAccountingCodeDTO(DTOBase):
    """``LabourBookingResponseLineItemAccountingCodeDTO`` of the documented SDK."""
    salesRevenue: Optional[str] = None

    def __init__(self, salesRevenue: Optional[str] = None) -> None:
        self.salesRevenue = salesRevenue


@dataclass(repr=False, eq=False, init=False)
class LabourBookingResponseLineItemDTO(DTOBase):
    """``LabourBookingResponseLineItemDTO`` of the documented SDK."""
    chargeItemUuid: Optional[str] = None
    itemUuid: Optional[str] = None
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    itemOrderQuantity: Optional[str] = None
    shippingCost: Optional[str] = None
    itemInvoiceNote: Optional[str] = None
    itemDescription: Optional[str] = None
    itemType: Optional[str] = None
    itemChargeType: Optional[str] = None
    itemCustomAttributes: Optional[List[Any]] = None
    itemPriceSnapshot: Optional[LabourBookingResponseLineItemPriceSnapshotDTO] = None
    itemSaleTaxConfiguration: Optional[LabourBookingResponseLineItemSaleTaxConfigurationDTO] = None
    taxExemptWhenSold: Optional[str] = None
    itemPriceTax: Optional[Dict[str, Any]] = None
    itemAccountingCode: Optional[LabourBookingResponseLineItemAccountingCodeDTO] = None
    version: Optional[str] = None
    expectedDeliveryDate: Optional[str] = None
    purchaseOrderId: Optional[str] = None
    purchaseInvoiceId: Optional[str] = None

    def __init__(self, chargeItemUuid: Optional[str] = None, itemUuid: Optional[str] = None, itemId: Optional[str] = None, itemName: Optional[str] = None, itemOrderQuantity: Optional[str] = None, shippingCost: Optional[str] = None, itemInvoiceNote: Optional[str] = None, itemDescription: Optional[str] = None, itemType: Optional[str] = None, itemChargeType: Optional[str] = None, itemCustomAttributes: Optional[List[Any]] = None, itemPriceSnapshot: Optional[LabourBookingResponseLineItemPriceSnapshotDTO] = None, itemSaleTaxConfiguration: Optional[LabourBookingResponseLineItemSaleTaxConfigurationDTO] = None, taxExemptWhenSold: Optional[str] = None, itemPriceTax: Optional[Dict[str, Any]] = None, itemAccountingCode: Optional[LabourBookingResponseLineItemAccountingCodeDTO] = None, version: Optional[str] = None, expectedDeliveryDate: Optional[str] = None, purchaseOrderId: Optional[str] = None, purchaseInvoiceId: Optional[str] = None) -> None:
        self.chargeItemUuid = chargeItemUuid
        self.itemUuid = itemUuid
        self.itemId = itemId
        self.itemName = itemName
        self.itemOrderQuantity = itemOrderQuantity
        self.shippingCost = shippingCost
        self.itemInvoiceNote = itemInvoiceNote
        self.itemDescription = itemDescription
        self.itemType = itemType
        self.itemChargeType = itemChargeType
        self.itemCustomAttributes = itemCustomAttributes
        self.itemPriceSnapshot = itemPriceSnapshot
        self.itemSaleTaxConfiguration = itemSaleTaxConfiguration
        self.taxExemptWhenSold = taxExemptWhenSold
        self.itemPriceTax = itemPriceTax
        self.itemAccountingCode = itemAccountingCode
        self.version = version
        self.expectedDeliveryDate = expectedDeliveryDate
        self.purchaseOrderId = purchaseOrderId
        self.purchaseInvoiceId = purchaseInvoiceId


@dataclass(repr=False, eq=False, init=False)
class LabourBookingResponseLineItemPriceSnapshotDTO(DTOBase):
    """``LabourBookingResponseLineItemPriceSnapshotDTO`` of the documented SDK."""
    pricingRule: Optional[LabourBookingResponseLineItemPricingRuleDTO] = None

    def __init__(self, pricingRule: Optional[LabourBookingResponseLineItemPricingRuleDTO] = None) -> None:
        self.pricingRule = pricingRule


@dataclass(repr=False, eq=False, init=False)
class LabourBookingResponseLineItemPricingRuleDTO(DTOBase):
    """``LabourBookingResponseLineItemPricingRuleDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    version: Optional[str] = None
    priceType: Optional[str] = None
    price: Optional[str] = None
    uom: Optional[str] = None
    pricePeriod: Optional[str] = None
    pricingSchedule: Optional[str] = None
    pricingLevel: Optional[str] = None
    pricingMethod: Optional[str] = None
    warehouse: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, version: Optional[str] = None, priceType: Optional[str] = None, price: Optional[str] = None, uom: Optional[str] = None, pricePeriod: Optional[str] = None, pricingSchedule: Optional[str] = None, pricingLevel: Optional[str] = None, pricingMethod: Optional[str] = None, warehouse: Optional[str] = None) -> None:
        self.uuid = uuid
        self.version = version
        self.priceType = priceType
        self.price = price
        self.uom = uom
        self.pricePeriod = pricePeriod
        self.pricingSchedule = pricingSchedule
        self.pricingLevel = pricingLevel
        self.pricingMethod = pricingMethod
        self.warehouse = warehouse


@dataclass(repr=False, eq=False, init=False)
class LabourBookingResponseLineItemSaleTaxConfigurationDTO(DTOBase):
    """``LabourBookingResponseLineItemSaleTaxConfigurationDTO`` of the documented SDK."""
    salePriceIsBasedOn: Optional[str] = None
    taxCode: Optional[Dict[str, Any]] = None

    def __init__(self, salePriceIsBasedOn: Optional[str] = None, taxCode: Optional[Dict[str, Any]] = None) -> None:
        self.salePriceIsBasedOn = salePriceIsBasedOn
        self.taxCode = taxCode


@dataclass(repr=False, eq=False, init=False)
class LabourBookingResponseOrderDataDTO(DTOBase):
    """``LabourBookingResponseOrderDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    preOrder: Optional[str] = None
    quoteOrder: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    manager: Optional[str] = None
    referralAccount: Optional[str] = None
    customerPurchaseOrderId: Optional[str] = None
    shippingProfile: Optional[ShippingProfileDTO] = None
    shippingCost: Optional[str] = None
    discountProfile: Optional[DiscountProfileDTO] = None
    origin: Optional[str] = None
    customForms: Optional[CustomFormsDTO] = None
    currency: Optional[CurrencyDTO] = None
    timeZone: Optional[TimeZoneDTO] = None
    invoiceNote: Optional[str] = None
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
    accountEmailAddress: Optional[str] = None
    allowContract: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDataDTO]] = None
    customObjects: Optional[List[Any]] = None
    currencyId: Optional[str] = None
    properties: Optional[OrderPropertiesDTO] = None
    lines: Optional[List[LabourBookingResponseLineItemDTO]] = None
    kpis: Optional[KpisDTO] = None
    lineItems: Optional[List[Any]] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, preOrder: Optional[str] = None, quoteOrder: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, manager: Optional[str] = None, referralAccount: Optional[str] = None, customerPurchaseOrderId: Optional[str] = None, shippingProfile: Optional[ShippingProfileDTO] = None, shippingCost: Optional[str] = None, discountProfile: Optional[DiscountProfileDTO] = None, origin: Optional[str] = None, customForms: Optional[CustomFormsDTO] = None, currency: Optional[CurrencyDTO] = None, timeZone: Optional[TimeZoneDTO] = None, invoiceNote: Optional[str] = None, billingStartDate: Optional[str] = None, orderStartDate: Optional[str] = None, nextBillingFromDate: Optional[str] = None, priceTaxInclusive: Optional[str] = None, billingAddress: Optional[AddressDTO] = None, shippingAddress: Optional[AddressDTO] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, accountId: Optional[str] = None, accountName: Optional[str] = None, accountEmailAddress: Optional[str] = None, allowContract: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDataDTO]] = None, customObjects: Optional[List[Any]] = None, currencyId: Optional[str] = None, properties: Optional[OrderPropertiesDTO] = None, lines: Optional[List[LabourBookingResponseLineItemDTO]] = None, kpis: Optional[KpisDTO] = None, lineItems: Optional[List[Any]] = None) -> None:
        self.status = status
        self.id = id
        self.preOrder = preOrder
        self.quoteOrder = quoteOrder
        self.name = name
        self.displayName = displayName
        self.description = description
        self.manager = manager
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
        self.accountEmailAddress = accountEmailAddress
        self.allowContract = allowContract
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.currencyId = currencyId
        self.properties = properties
        self.lines = lines
        self.kpis = kpis
        self.lineItems = lineItems


@dataclass(repr=False, eq=False, init=False)
class LabourOrderBookingInfoDTO(DTOBase):
    """``LabourOrderBookingInfoDTO`` of the documented SDK."""
    labourUuid: Optional[str] = None
    bookingStartTime: Optional[str] = None
    bookingEndTime: Optional[str] = None

    def __init__(self, labourUuid: Optional[str] = None, bookingStartTime: Optional[str] = None, bookingEndTime: Optional[str] = None) -> None:
        self.labourUuid = labourUuid
        self.bookingStartTime = bookingStartTime
        self.bookingEndTime = bookingEndTime


@dataclass(repr=False, eq=False, init=False)
class LabourOrdersListDTO(DTOBase):
    """``LabourOrdersListDTO`` of the documented SDK."""
    orders: Optional[List[Any]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, orders: Optional[List[Any]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.orders = orders
        self.pagination = pagination
