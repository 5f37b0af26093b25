# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.order.dto.order_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.account.dto.account_nested_dto import CommunicationPreferenceDTO, PaymentMethodsDataDTO
from exsited.exsited.common.dto.common_dto import AddressDTO, CurrencyDTO, CustomFormsDTO, PaginationDTO, ShippingProfileDTO, TimeZoneDTO

if TYPE_CHECKING:
    from exsited.exsited.order.dto.order_nested_dto import ContractAdjustmentDataDTO, ContractAdjustmentPreviewDTO, ContractPropertiesDTO, DiscountProfileDTO, InvoiceExpressDTO, KpisDTO, OrderItemPriceSnapshotDTO, OrderLineDTO, OrderPropertiesDTO, UpgradeDowngradePaymentInformationDTO, UpgradeDowngradePreviewDTO

__all__ = [
    "ApiActionScriptActivityLogDTO",
    "ApiActionScriptDataDTO",
    "ApiActionScriptItemInfoDTO",
    "ApiActionScriptLineDTO",
    "ApiActionScriptOrderInfoDTO",
    "ApiActionScriptRequestDTO",
    "ApiActionScriptResponseDTO",
    "ApiActionScriptResponseDataDTO",
    "BillingPreferenceDataDTO",
    "BillingPreferenceRequestDTO",
    "ContractAdjustmentPreviewRequestDTO",
    "ContractAdjustmentPreviewResponseDTO",
    "ContractAdjustmentRequestDTO",
    "ContractAdjustmentResponseDTO",
    "CustomAttributesDataDTO",
    "KPIStatsDTO",
    "OrderActivateDataDTO",
    "OrderActivateRequestDTO",
    "OrderCancelResponseDTO",
    "OrderChangePreviewLineDTO",
    "OrderChangePreviewPropertiesDTO",
    "OrderChangePreviewRequestDTO",
    "OrderChangePreviewRequestDataDTO",
    "OrderChangePreviewResponseDTO",
    "OrderChangeStatusResponseDTO",
    "OrderCreateDTO",
    "OrderDataDTO",
    "OrderDetailsDTO",
    "OrderDowngradeDTO",
    "OrderDowngradeDetailsDTO",
    "OrderDowngradePreviewDTO",
    "OrderExtendTrialDataDTO",
    "OrderExtendTrialRequestDTO",
    "OrderListDTO",
    "OrderPaymentMethodDataDTO",
    "OrderPaymentMethodsResponseDTO",
    "OrderUpgradeDTO",
    "OrderUpgradeDowngradeDTO",
    "OrderUpgradePreviewDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "ContractAdjustmentDataDTO": ("exsited.exsited.order.dto.order_nested_dto", "ContractAdjustmentDataDTO"),
    "ContractAdjustmentPreviewDTO": ("exsited.exsited.order.dto.order_nested_dto", "ContractAdjustmentPreviewDTO"),
    "ContractPropertiesDTO": ("exsited.exsited.order.dto.order_nested_dto", "ContractPropertiesDTO"),
    "DiscountProfileDTO": ("exsited.exsited.order.dto.order_nested_dto", "DiscountProfileDTO"),
    "InvoiceExpressDTO": ("exsited.exsited.order.dto.order_nested_dto", "InvoiceExpressDTO"),
    "KpisDTO": ("exsited.exsited.order.dto.order_nested_dto", "KpisDTO"),
    "OrderItemPriceSnapshotDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderItemPriceSnapshotDTO"),
    "OrderLineDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderLineDTO"),
    "OrderPropertiesDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderPropertiesDTO"),
    "UpgradeDowngradePaymentInformationDTO": ("exsited.exsited.order.dto.order_nested_dto", "UpgradeDowngradePaymentInformationDTO"),
    "UpgradeDowngradePreviewDTO": ("exsited.exsited.order.dto.order_nested_dto", "UpgradeDowngradePreviewDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class AccountOrdersResponseDTO(DTOBase):
    """``AccountOrdersResponseDTO`` of the documented SDK."""
    account: Optional[OrderListDTO] = None

    def __init__(self, account: Optional[OrderListDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class ApiActionScriptActivityLogDTO(DTOBase):
    """``ApiActionScriptActivityLogDTO`` of the documented SDK."""
    activity: Optional[str] = None

    def __init__(self, activity: Optional[str] = None) -> None:
        self.activity = activity


@dataclass(repr=False, eq=False, init=False)
class ApiActionScriptDataDTO(DTOBase):
    """``ApiActionScriptDataDTO`` of the documented SDK."""
    orderId: Optional[str] = None
    itemInfo: Optional[ApiActionScriptItemInfoDTO] = None
    orderInfo: Optional[ApiActionScriptOrderInfoDTO] = None

    def __init__(self, orderId: Optional[str] = None, itemInfo: Optional[ApiActionScriptItemInfoDTO] = None, orderInfo: Optional[ApiActionScriptOrderInfoDTO] = None) -> None:
        self.orderId = orderId
        self.itemInfo = itemInfo
        self.orderInfo = orderInfo


@dataclass(repr=False, eq=False, init=False)
class ApiActionScriptItemInfoDTO(DTOBase):
    """``ApiActionScriptItemInfoDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    lines: Optional[List[ApiActionScriptLineDTO]] = None

    def __init__(self, effectiveDate: Optional[str] = None, lines: Optional[List[ApiActionScriptLineDTO]] = None) -> None:
        self.effectiveDate = effectiveDate
        self.lines = lines


@dataclass(repr=False, eq=False, init=False)
class ApiActionScriptLineDTO(DTOBase):
    """``ApiActionScriptLineDTO`` of the documented SDK."""
    op: Optional[str] = None
    uuid: Optional[str] = None
    itemAccountingCode: Optional[str] = None
    itemName: Optional[str] = None
    itemInvoiceNote: Optional[str] = None
    itemQuantity: Optional[str] = None
    itemPrice: Optional[str] = None
    itemOrderQuantity: Optional[str] = None
    itemPriceSnapshot: Optional[Dict[str, Any]] = None

    def __init__(self, op: Optional[str] = None, uuid: Optional[str] = None, itemAccountingCode: Optional[str] = None, itemName: Optional[str] = None, itemInvoiceNote: Optional[str] = None, itemQuantity: Optional[str] = None, itemPrice: Optional[str] = None, itemOrderQuantity: Optional[str] = None, itemPriceSnapshot: Optional[Dict[str, Any]] = None) -> None:
        self.op = op
        self.uuid = uuid
        self.itemAccountingCode = itemAccountingCode
        self.itemName = itemName
        self.itemInvoiceNote = itemInvoiceNote
        self.itemQuantity = itemQuantity
        self.itemPrice = itemPrice
        self.itemOrderQuantity = itemOrderQuantity
        self.itemPriceSnapshot = itemPriceSnapshot


@dataclass(repr=False, eq=False, init=False)
class ApiActionScriptOrderInfoDTO(DTOBase):
    """``ApiActionScriptOrderInfoDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDataDTO]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDataDTO]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class ApiActionScriptRequestDTO(DTOBase):
    """``ApiActionScriptRequestDTO`` of the documented SDK."""
    data: Optional[ApiActionScriptDataDTO] = None

    def __init__(self, data: Optional[ApiActionScriptDataDTO] = None) -> None:
        self.data = data


@dataclass(repr=False, eq=False, init=False)
class ApiActionScriptResponseDTO(DTOBase):
    """``ApiActionScriptResponseDTO`` of the documented SDK."""
    actionScript: Optional[ApiActionScriptResponseDataDTO] = None

    def __init__(self, actionScript: Optional[ApiActionScriptResponseDataDTO] = None) -> None:
        self.actionScript = actionScript


@dataclass(repr=False, eq=False, init=False)
class ApiActionScriptResponseDataDTO(DTOBase):
    """``ApiActionScriptResponseDataDTO`` of the documented SDK."""
    eventUuid: Optional[str] = None
    order: Optional[OrderDataDTO] = None
    activityLogs: Optional[List[ApiActionScriptActivityLogDTO]] = None

    def __init__(self, eventUuid: Optional[str] = None, order: Optional[OrderDataDTO] = None, activityLogs: Optional[List[ApiActionScriptActivityLogDTO]] = None) -> None:
        self.eventUuid = eventUuid
        self.order = order
        self.activityLogs = activityLogs


@dataclass(repr=False, eq=False, init=False)
class BillingPreferenceDataDTO(DTOBase):
    """``BillingPreferenceDataDTO`` of the documented SDK."""
    line: Optional[OrderLineDTO] = None

    def __init__(self, line: Optional[OrderLineDTO] = None) -> None:
        self.line = line


@dataclass(repr=False, eq=False, init=False)
class BillingPreferenceRequestDTO(DTOBase):
    """``BillingPreferenceRequestDTO`` of the documented SDK."""
    order: Optional[BillingPreferenceDataDTO] = None

    def __init__(self, order: Optional[BillingPreferenceDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class ContractAdjustmentPreviewRequestDTO(DTOBase):
    """``ContractAdjustmentPreviewRequestDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    effectiveImmediately: Optional[str] = None
    redemptionCode: Optional[str] = None
    discountPercentage: Optional[str] = None
    discountAmount: Optional[str] = None
    billingPeriod: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None
    paymentInformation: Optional[List[UpgradeDowngradePaymentInformationDTO]] = None
    properties: Optional[OrderPropertiesDTO] = None

    def __init__(self, effectiveDate: Optional[str] = None, effectiveImmediately: Optional[str] = None, redemptionCode: Optional[str] = None, discountPercentage: Optional[str] = None, discountAmount: Optional[str] = None, billingPeriod: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None, paymentInformation: Optional[List[UpgradeDowngradePaymentInformationDTO]] = None, properties: Optional[OrderPropertiesDTO] = None) -> None:
        self.effectiveDate = effectiveDate
        self.effectiveImmediately = effectiveImmediately
        self.redemptionCode = redemptionCode
        self.discountPercentage = discountPercentage
        self.discountAmount = discountAmount
        self.billingPeriod = billingPeriod
        self.lines = lines
        self.paymentInformation = paymentInformation
        self.properties = properties


@dataclass(repr=False, eq=False, init=False)
class ContractAdjustmentPreviewResponseDTO(DTOBase):
    """``ContractAdjustmentPreviewResponseDTO`` of the documented SDK."""
    preview: Optional[ContractAdjustmentPreviewDTO] = None
    operation: Optional[str] = None

    def __init__(self, preview: Optional[ContractAdjustmentPreviewDTO] = None, operation: Optional[str] = None) -> None:
        self.preview = preview
        self.operation = operation


@dataclass(repr=False, eq=False, init=False)
class ContractAdjustmentRequestDTO(DTOBase):
    """``ContractAdjustmentRequestDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    effectiveImmediately: Optional[str] = None
    redemptionCode: Optional[str] = None
    discountPercentage: Optional[str] = None
    discountAmount: Optional[str] = None
    billingPeriod: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None
    paymentInformation: Optional[List[UpgradeDowngradePaymentInformationDTO]] = None
    properties: Optional[OrderPropertiesDTO] = None

    def __init__(self, effectiveDate: Optional[str] = None, effectiveImmediately: Optional[str] = None, redemptionCode: Optional[str] = None, discountPercentage: Optional[str] = None, discountAmount: Optional[str] = None, billingPeriod: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None, paymentInformation: Optional[List[UpgradeDowngradePaymentInformationDTO]] = None, properties: Optional[OrderPropertiesDTO] = None) -> None:
        self.effectiveDate = effectiveDate
        self.effectiveImmediately = effectiveImmediately
        self.redemptionCode = redemptionCode
        self.discountPercentage = discountPercentage
        self.discountAmount = discountAmount
        self.billingPeriod = billingPeriod
        self.lines = lines
        self.paymentInformation = paymentInformation
        self.properties = properties


@dataclass(repr=False, eq=False, init=False)
class ContractAdjustmentResponseDTO(DTOBase):
    """``ContractAdjustmentResponseDTO`` of the documented SDK."""
    preview: Optional[ContractAdjustmentDataDTO] = None
    operation: Optional[str] = None

    def __init__(self, preview: Optional[ContractAdjustmentDataDTO] = None, operation: Optional[str] = None) -> None:
        self.preview = preview
        self.operation = operation


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesDataDTO(DTOBase):
    """``CustomAttributesDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class KPIStatsDTO(DTOBase):
    """``KPIStatsDTO`` of the documented SDK."""
    startDate: Optional[str] = None
    estimatedTotal: Optional[Union[float, str]] = None
    totalRevenue: Optional[Union[float, str]] = None
    monthlyRecurringRevenue: Optional[Union[float, str]] = None
    totalCollected: Optional[Union[float, str]] = None
    totalOutstanding: Optional[Union[float, str]] = None
    totalDue: Optional[Union[float, str]] = None
    lastInvoiceIssueDate: Optional[str] = None
    lastInvoiceTotal: Optional[Union[float, str]] = None
    totalInvoice: Optional[Union[int, str]] = None
    nextInvoiceIssueDate: Optional[str] = None
    lastReactivatedOn: Optional[str] = None
    lastCancelledOn: Optional[str] = None
    lastChangedOn: Optional[str] = None
    lastDeletedOn: Optional[str] = None

    def __init__(self, startDate: Optional[str] = None, estimatedTotal: Optional[Union[float, str]] = None, totalRevenue: Optional[Union[float, str]] = None, monthlyRecurringRevenue: Optional[Union[float, str]] = None, totalCollected: Optional[Union[float, str]] = None, totalOutstanding: Optional[Union[float, str]] = None, totalDue: Optional[Union[float, str]] = None, lastInvoiceIssueDate: Optional[str] = None, lastInvoiceTotal: Optional[Union[float, str]] = None, totalInvoice: Optional[Union[int, str]] = None, nextInvoiceIssueDate: Optional[str] = None, lastReactivatedOn: Optional[str] = None, lastCancelledOn: Optional[str] = None, lastChangedOn: Optional[str] = None, lastDeletedOn: Optional[str] = None) -> None:
        self.startDate = startDate
        self.estimatedTotal = estimatedTotal
        self.totalRevenue = totalRevenue
        self.monthlyRecurringRevenue = monthlyRecurringRevenue
        self.totalCollected = totalCollected
        self.totalOutstanding = totalOutstanding
        self.totalDue = totalDue
        self.lastInvoiceIssueDate = lastInvoiceIssueDate
        self.lastInvoiceTotal = lastInvoiceTotal
        self.totalInvoice = totalInvoice
        self.nextInvoiceIssueDate = nextInvoiceIssueDate
        self.lastReactivatedOn = lastReactivatedOn
        self.lastCancelledOn = lastCancelledOn
        self.lastChangedOn = lastChangedOn
        self.lastDeletedOn = lastDeletedOn


@dataclass(repr=False, eq=False, init=False)
class OrderActivateDataDTO(DTOBase):
    """``OrderActivateDataDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None

    def __init__(self, effectiveDate: Optional[str] = None) -> None:
        self.effectiveDate = effectiveDate


@dataclass(repr=False, eq=False, init=False)
class OrderActivateRequestDTO(DTOBase):
    """``OrderActivateRequestDTO`` of the documented SDK."""
    order: Optional[OrderActivateDataDTO] = None

    def __init__(self, order: Optional[OrderActivateDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderCancelResponseDTO(DTOBase):
    """``OrderCancelResponseDTO`` of the documented SDK."""
    eventUuid: Optional[str] = None
    order: Optional[OrderDataDTO] = None

    def __init__(self, eventUuid: Optional[str] = None, order: Optional[OrderDataDTO] = None) -> None:
        self.eventUuid = eventUuid
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderChangePreviewLineDTO(DTOBase):
    """``OrderChangePreviewLineDTO`` of the documented SDK."""
    op: Optional[str] = None
    uuid: Optional[str] = None
    itemOrderQuantity: Optional[str] = None
    itemPriceSnapshot: Optional[OrderItemPriceSnapshotDTO] = None

    def __init__(self, op: Optional[str] = None, uuid: Optional[str] = None, itemOrderQuantity: Optional[str] = None, itemPriceSnapshot: Optional[OrderItemPriceSnapshotDTO] = None) -> None:
        self.op = op
        self.uuid = uuid
        self.itemOrderQuantity = itemOrderQuantity
        self.itemPriceSnapshot = itemPriceSnapshot


@dataclass(repr=False, eq=False, init=False)
class OrderChangePreviewPropertiesDTO(DTOBase):
    """``OrderChangePreviewPropertiesDTO`` of the documented SDK."""
    billingPeriod: Optional[str] = None

    def __init__(self, billingPeriod: Optional[str] = None) -> None:
        self.billingPeriod = billingPeriod


@dataclass(repr=False, eq=False, init=False)
class OrderChangePreviewRequestDTO(DTOBase):
    """``OrderChangePreviewRequestDTO`` of the documented SDK."""
    order: Optional[OrderChangePreviewRequestDataDTO] = None

    def __init__(self, order: Optional[OrderChangePreviewRequestDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderChangePreviewRequestDataDTO(DTOBase):
    """``OrderChangePreviewRequestDataDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    lines: Optional[List[OrderChangePreviewLineDTO]] = None
    properties: Optional[OrderChangePreviewPropertiesDTO] = None

    def __init__(self, effectiveDate: Optional[str] = None, lines: Optional[List[OrderChangePreviewLineDTO]] = None, properties: Optional[OrderChangePreviewPropertiesDTO] = None) -> None:
        self.effectiveDate = effectiveDate
        self.lines = lines
        self.properties = properties


@dataclass(repr=False, eq=False, init=False)
class OrderChangePreviewResponseDTO(DTOBase):
    """``OrderChangePreviewResponseDTO`` of the documented SDK."""
    preview: Optional[OrderDataDTO] = None
    operation: Optional[str] = None

    def __init__(self, preview: Optional[OrderDataDTO] = None, operation: Optional[str] = None) -> None:
        self.preview = preview
        self.operation = operation


@dataclass(repr=False, eq=False, init=False)
class OrderChangeStatusResponseDTO(DTOBase):
    """``OrderChangeStatusResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class OrderCreateDTO(DTOBase):
    """``OrderCreateDTO`` of the documented SDK."""
    order: Optional[OrderDataDTO]

    def __init__(self, order: Optional[OrderDataDTO]) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderDataDTO(DTOBase):
    """``OrderDataDTO`` of the documented SDK."""
    accountId: Optional[str] = None
    bulkid: Optional[str] = None
    requestid: Optional[str] = None
    status: Optional[str] = None
    id: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    preOrder: Optional[str] = None
    quoteOrder: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    manager: Optional[str] = None
    referralAccount: Optional[str] = None
    shippingCost: Optional[str] = None
    origin: Optional[str] = None
    invoiceNote: Optional[str] = None
    billingStartDate: Optional[str] = None
    orderStartDate: Optional[str] = None
    nextBillingFromDate: Optional[str] = None
    nextBillingFromDateUtc: Optional[str] = None
    trialRequiresPaymentMethod: Optional[str] = None
    priceTaxInclusive: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    allowContract: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None
    customForms: Optional[CustomFormsDTO] = None
    currency: Optional[CurrencyDTO] = None
    timeZone: Optional[TimeZoneDTO] = None
    properties: Optional[OrderPropertiesDTO] = None
    contractProperties: Optional[ContractPropertiesDTO] = None
    billingAddress: Optional[AddressDTO] = None
    shippingAddress: Optional[AddressDTO] = None
    shippingProfile: Optional[ShippingProfileDTO] = None
    defaultWarehouse: Optional[str] = None
    customObjects: Optional[List[Any]] = None
    isTaxExemptWhenSold: Optional[str] = None
    kpis: Optional[KpisDTO] = None
    lineItems: Optional[List[Any]] = None
    effectiveDate: Optional[str] = None
    charge: Optional[OrderLineDTO] = None
    communicationPreference: Optional[List[CommunicationPreferenceDTO]] = None
    line: Optional[OrderLineDTO] = None
    customAttributes: Optional[List[CustomAttributesDataDTO]] = None
    customerPurchaseOrderId: Optional[str] = None
    discountProfile: Optional[DiscountProfileDTO] = None
    accountName: Optional[str] = None
    currencyId: Optional[str] = None
    total: Optional[str] = None
    subtotal: Optional[str] = None
    tax: Optional[str] = None
    callbackUrl: Optional[str] = None
    invoiceId: Optional[str] = None
    paymentId: Optional[str] = None
    invoice: Optional[InvoiceExpressDTO] = None

    def __init__(self, accountId: Optional[str] = None, bulkid: Optional[str] = None, requestid: Optional[str] = None, status: Optional[str] = None, id: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, preOrder: Optional[str] = None, quoteOrder: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, manager: Optional[str] = None, referralAccount: Optional[str] = None, shippingCost: Optional[str] = None, origin: Optional[str] = None, invoiceNote: Optional[str] = None, billingStartDate: Optional[str] = None, orderStartDate: Optional[str] = None, nextBillingFromDate: Optional[str] = None, nextBillingFromDateUtc: Optional[str] = None, trialRequiresPaymentMethod: Optional[str] = None, priceTaxInclusive: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, allowContract: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None, customForms: Optional[CustomFormsDTO] = None, currency: Optional[CurrencyDTO] = None, timeZone: Optional[TimeZoneDTO] = None, properties: Optional[OrderPropertiesDTO] = None, contractProperties: Optional[ContractPropertiesDTO] = None, billingAddress: Optional[AddressDTO] = None, shippingAddress: Optional[AddressDTO] = None, shippingProfile: Optional[ShippingProfileDTO] = None, defaultWarehouse: Optional[str] = None, customObjects: Optional[List[Any]] = None, isTaxExemptWhenSold: Optional[str] = None, kpis: Optional[KpisDTO] = None, lineItems: Optional[List[Any]] = None, effectiveDate: Optional[str] = None, charge: Optional[OrderLineDTO] = None, communicationPreference: Optional[List[CommunicationPreferenceDTO]] = None, line: Optional[OrderLineDTO] = None, customAttributes: Optional[List[CustomAttributesDataDTO]] = None, customerPurchaseOrderId: Optional[str] = None, discountProfile: Optional[DiscountProfileDTO] = None, accountName: Optional[str] = None, currencyId: Optional[str] = None, total: Optional[str] = None, subtotal: Optional[str] = None, tax: Optional[str] = None, callbackUrl: Optional[str] = None, invoiceId: Optional[str] = None, paymentId: Optional[str] = None, invoice: Optional[InvoiceExpressDTO] = None) -> None:
        self.accountId = accountId
        self.bulkid = bulkid
        self.requestid = requestid
        self.status = status
        self.id = id
        self.uuid = uuid
        self.version = version
        self.preOrder = preOrder
        self.quoteOrder = quoteOrder
        self.name = name
        self.displayName = displayName
        self.description = description
        self.manager = manager
        self.referralAccount = referralAccount
        self.shippingCost = shippingCost
        self.origin = origin
        self.invoiceNote = invoiceNote
        self.billingStartDate = billingStartDate
        self.orderStartDate = orderStartDate
        self.nextBillingFromDate = nextBillingFromDate
        self.nextBillingFromDateUtc = nextBillingFromDateUtc
        self.trialRequiresPaymentMethod = trialRequiresPaymentMethod
        self.priceTaxInclusive = priceTaxInclusive
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.allowContract = allowContract
        self.lines = lines
        self.customForms = customForms
        self.currency = currency
        self.timeZone = timeZone
        self.properties = properties
        self.contractProperties = contractProperties
        self.billingAddress = billingAddress
        self.shippingAddress = shippingAddress
        self.shippingProfile = shippingProfile
        self.defaultWarehouse = defaultWarehouse
        self.customObjects = customObjects
        self.isTaxExemptWhenSold = isTaxExemptWhenSold
        self.kpis = kpis
        self.lineItems = lineItems
        self.effectiveDate = effectiveDate
        self.charge = charge
        self.communicationPreference = communicationPreference
        self.line = line
        self.customAttributes = customAttributes
        self.customerPurchaseOrderId = customerPurchaseOrderId
        self.discountProfile = discountProfile
        self.accountName = accountName
        self.currencyId = currencyId
        self.total = total
        self.subtotal = subtotal
        self.tax = tax
        self.callbackUrl = callbackUrl
        self.invoiceId = invoiceId
        self.paymentId = paymentId
        self.invoice = invoice

    def add_line(self, item_id: str, quantity: str, price: Optional[str] = None) -> "OrderDataDTO":
        """Appends an order line for ``item_id`` (with its price, when given) and returns the order."""
        from exsited.exsited.order.dto.order_nested_dto import OrderItemPriceSnapshotDTO, OrderLineDTO

        line = OrderLineDTO(itemId=item_id, itemOrderQuantity=quantity)
        if price is not None:
            line.itemPriceSnapshot = OrderItemPriceSnapshotDTO().add_rule(price=price)
        self.lines = [*(self.lines or []), line]
        return self


@dataclass(repr=False, eq=False, init=False)
class OrderDetailsDTO(DTOBase):
    """``OrderDetailsDTO`` of the documented SDK."""
    order: Optional[OrderDataDTO] = None
    eventUuid: Optional[str] = None

    def __init__(self, order: Optional[OrderDataDTO] = None, eventUuid: Optional[str] = None) -> None:
        self.order = order
        self.eventUuid = eventUuid


@dataclass(repr=False, eq=False, init=False)
class OrderDowngradeDTO(DTOBase):
    """``OrderDowngradeDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    effectiveImmediately: Optional[str] = None
    redemptionCode: Optional[str] = None
    discountPercentage: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None
    properties: Optional[OrderPropertiesDTO] = None

    def __init__(self, effectiveDate: Optional[str] = None, effectiveImmediately: Optional[str] = None, redemptionCode: Optional[str] = None, discountPercentage: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None, properties: Optional[OrderPropertiesDTO] = None) -> None:
        self.effectiveDate = effectiveDate
        self.effectiveImmediately = effectiveImmediately
        self.redemptionCode = redemptionCode
        self.discountPercentage = discountPercentage
        self.lines = lines
        self.properties = properties


@dataclass(repr=False, eq=False, init=False)
class OrderDowngradeDetailsDTO(DTOBase):
    """``OrderDowngradeDetailsDTO`` of the documented SDK."""
    order: Optional[OrderDataDTO] = None
    eventUuid: Optional[str] = None

    def __init__(self, order: Optional[OrderDataDTO] = None, eventUuid: Optional[str] = None) -> None:
        self.order = order
        self.eventUuid = eventUuid


@dataclass(repr=False, eq=False, init=False)
class OrderDowngradePreviewDTO(DTOBase):
    """``OrderDowngradePreviewDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    effectiveImmediately: Optional[str] = None
    redemptionCode: Optional[str] = None
    discountPercentage: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None
    properties: Optional[OrderPropertiesDTO] = None

    def __init__(self, effectiveDate: Optional[str] = None, effectiveImmediately: Optional[str] = None, redemptionCode: Optional[str] = None, discountPercentage: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None, properties: Optional[OrderPropertiesDTO] = None) -> None:
        self.effectiveDate = effectiveDate
        self.effectiveImmediately = effectiveImmediately
        self.redemptionCode = redemptionCode
        self.discountPercentage = discountPercentage
        self.lines = lines
        self.properties = properties


@dataclass(repr=False, eq=False, init=False)
class OrderExtendTrialDataDTO(DTOBase):
    """``OrderExtendTrialDataDTO`` of the documented SDK."""
    trialStartDate: Optional[str] = None
    trialEndDate: Optional[str] = None

    def __init__(self, trialStartDate: Optional[str] = None, trialEndDate: Optional[str] = None) -> None:
        self.trialStartDate = trialStartDate
        self.trialEndDate = trialEndDate


@dataclass(repr=False, eq=False, init=False)
class OrderExtendTrialRequestDTO(DTOBase):
    """``OrderExtendTrialRequestDTO`` of the documented SDK."""
    order: Optional[OrderExtendTrialDataDTO] = None

    def __init__(self, order: Optional[OrderExtendTrialDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderListDTO(DTOBase):
    """``OrderListDTO`` of the documented SDK."""
    orders: Optional[List[OrderDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, orders: Optional[List[OrderDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.orders = orders
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class OrderPaymentMethodDataDTO(DTOBase):
    """``OrderPaymentMethodDataDTO`` of the documented SDK."""
    paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None

    def __init__(self, paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None) -> None:
        self.paymentMethods = paymentMethods


@dataclass(repr=False, eq=False, init=False)
class OrderPaymentMethodsResponseDTO(DTOBase):
    """``OrderPaymentMethodsResponseDTO`` of the documented SDK."""
    order: Optional[OrderPaymentMethodDataDTO] = None

    def __init__(self, order: Optional[OrderPaymentMethodDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderUpgradeDTO(DTOBase):
    """``OrderUpgradeDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    effectiveImmediately: Optional[str] = None
    redemptionCode: Optional[str] = None
    discountPercentage: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None

    def __init__(self, effectiveDate: Optional[str] = None, effectiveImmediately: Optional[str] = None, redemptionCode: Optional[str] = None, discountPercentage: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None) -> None:
        self.effectiveDate = effectiveDate
        self.effectiveImmediately = effectiveImmediately
        self.redemptionCode = redemptionCode
        self.discountPercentage = discountPercentage
        self.lines = lines


@dataclass(repr=False, eq=False, init=False)
class OrderUpgradeDowngradeDTO(DTOBase):
    """``OrderUpgradeDowngradeDTO`` of the documented SDK."""
    preview: Optional[UpgradeDowngradePreviewDTO] = None

    def __init__(self, preview: Optional[UpgradeDowngradePreviewDTO] = None) -> None:
        self.preview = preview


@dataclass(repr=False, eq=False, init=False)
class OrderUpgradePreviewDTO(DTOBase):
    """``OrderUpgradePreviewDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None
    effectiveImmediately: Optional[str] = None
    redemptionCode: Optional[str] = None
    discountPercentage: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None
    properties: Optional[OrderPropertiesDTO] = None

    def __init__(self, effectiveDate: Optional[str] = None, effectiveImmediately: Optional[str] = None, redemptionCode: Optional[str] = None, discountPercentage: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None, properties: Optional[OrderPropertiesDTO] = None) -> None:
        self.effectiveDate = effectiveDate
        self.effectiveImmediately = effectiveImmediately
        self.redemptionCode = redemptionCode
        self.discountPercentage = discountPercentage
        self.lines = lines
        self.properties = properties
