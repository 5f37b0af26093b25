# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.order.dto.order_nested_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.common.dto.common_dto import CurrencyDTO, TaxDTO

if TYPE_CHECKING:
    from exsited.exsited.payment.dto.payment_dto import PaymentDataDTO

__all__ = [
    "ContractAdjustmentDataDTO",
    "ContractAdjustmentPreviewDTO",
    "InvoiceExpressDTO",
    "OrderAcceptResponseDTO",
    "OrderItemAccountingCodeDTO",
    "OrderItemPriceSnapshotDTO",
    "OrderItemPriceTaxDTO",
    "OrderItemPricingRuleDTO",
    "OrderItemPropertiesDTO",
    "OrderItemSaleTaxConfigurationDTO",
    "OrderPropertiesDTO",
    "OrderPurchaseDTO",
    "POInformationDTO",
    "PreOrderStockDetailsDTO",
    "PurchaseInvoiceDataDTO",
    "PurchaseInvoiceDataPurchasePaymentAppliedDTO",
    "PurchaseInvoiceDataPurchasePaymentDTO",
    "SalesRevenueDetailsDTO",
    "UpgradeDowngradePaymentInformationDTO",
    "UpgradeDowngradePreviewDTO",
    "itemCustomAttributesDataDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "PaymentDataDTO": ("exsited.exsited.payment.dto.payment_dto", "PaymentDataDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class AccountingCodeDTO(DTOBase):
    """``AccountingCodeDTO`` of the documented SDK."""
    salesRevenue: Optional[str] = None

    def __init__(self, salesRevenue: Optional[str] = None) -> None:
        self.salesRevenue = salesRevenue


@dataclass(repr=False, eq=False, init=False)
class ActivityLogDTO(DTOBase):
    """``ActivityLogDTO`` of the documented SDK."""
    activity: Optional[str] = None

    def __init__(self, activity: Optional[str] = None) -> None:
        self.activity = activity


@dataclass(repr=False, eq=False, init=False)
class ContractAdjustmentDataDTO(DTOBase):
    """``ContractAdjustmentDataDTO`` of the documented SDK."""
    subTotal: Optional[str] = None
    taxTotal: Optional[str] = None
    discountTotal: Optional[str] = None
    shippingTotal: Optional[str] = None
    total: Optional[str] = None
    currency: Optional[str] = None
    oldTotal: Optional[str] = None
    totalChanged: Optional[str] = None
    totalDue: Optional[str] = None

    def __init__(self, subTotal: Optional[str] = None, taxTotal: Optional[str] = None, discountTotal: Optional[str] = None, shippingTotal: Optional[str] = None, total: Optional[str] = None, currency: Optional[str] = None, oldTotal: Optional[str] = None, totalChanged: Optional[str] = None, totalDue: Optional[str] = None) -> None:
        self.subTotal = subTotal
        self.taxTotal = taxTotal
        self.discountTotal = discountTotal
        self.shippingTotal = shippingTotal
        self.total = total
        self.currency = currency
        self.oldTotal = oldTotal
        self.totalChanged = totalChanged
        self.totalDue = totalDue


@dataclass(repr=False, eq=False, init=False)
class ContractAdjustmentPreviewDTO(DTOBase):
    """``ContractAdjustmentPreviewDTO`` of the documented SDK."""
    subTotal: Optional[str] = None
    taxTotal: Optional[str] = None
    discountTotal: Optional[str] = None
    shippingTotal: Optional[str] = None
    total: Optional[str] = None
    currency: Optional[str] = None
    oldTotal: Optional[str] = None
    totalChanged: Optional[str] = None
    totalDue: Optional[str] = None

    def __init__(self, subTotal: Optional[str] = None, taxTotal: Optional[str] = None, discountTotal: Optional[str] = None, shippingTotal: Optional[str] = None, total: Optional[str] = None, currency: Optional[str] = None, oldTotal: Optional[str] = None, totalChanged: Optional[str] = None, totalDue: Optional[str] = None) -> None:
        self.subTotal = subTotal
        self.taxTotal = taxTotal
        self.discountTotal = discountTotal
        self.shippingTotal = shippingTotal
        self.total = total
        self.currency = currency
        self.oldTotal = oldTotal
        self.totalChanged = totalChanged
        self.totalDue = totalDue


@dataclass(repr=False, eq=False, init=False)
class ContractPropertiesDTO(DTOBase):
    """``ContractPropertiesDTO`` of the documented SDK."""
    requireCustomerAcceptance: Optional[str] = None
    requiresPaymentMethod: Optional[str] = None
    initialContractTerm: Optional[str] = None
    renewAutomatically: Optional[str] = None
    autoRenewalEndsOn: Optional[str] = None
    autoRenewalRequireCustomerAcceptance: Optional[str] = None
    autoRenewalTerm: Optional[str] = None
    allowEarlyTermination: Optional[str] = None
    earlyTerminationMinimumPeriod: Optional[str] = None
    applyEarlyTerminationCharge: Optional[str] = None
    earlyTerminationChargeType: Optional[str] = None
    terminationPercentageCharge: Optional[str] = None
    terminationAccountingCode: Optional[str] = None
    allowPostponement: Optional[str] = None
    maximumDurationPerPostponement: Optional[str] = None
    maximumPostponementCount: Optional[str] = None
    allowTrial: Optional[str] = None
    startContractAfterTrialEnds: Optional[str] = None
    trialPeriod: Optional[str] = None
    trialStartDate: Optional[str] = None
    trialEndDate: Optional[str] = None
    trialRequiresPaymentMethod: Optional[str] = None
    allowDowngrade: Optional[str] = None
    periodBeforeDowngrade: Optional[str] = None
    allowDowngradeCharge: Optional[str] = None
    downgradeChargeType: Optional[str] = None
    downgradeChargeFixed: Optional[str] = None
    downgradeChargePercentage: Optional[str] = None
    downgradeBillingPeriodCount: Optional[str] = None
    allowUpgrade: Optional[str] = None
    terminationFixedCharge: Optional[str] = None
    terminationNoticePeriod: Optional[str] = None

    def __init__(self, requireCustomerAcceptance: Optional[str] = None, requiresPaymentMethod: Optional[str] = None, initialContractTerm: Optional[str] = None, renewAutomatically: Optional[str] = None, autoRenewalEndsOn: Optional[str] = None, autoRenewalRequireCustomerAcceptance: Optional[str] = None, autoRenewalTerm: Optional[str] = None, allowEarlyTermination: Optional[str] = None, earlyTerminationMinimumPeriod: Optional[str] = None, applyEarlyTerminationCharge: Optional[str] = None, earlyTerminationChargeType: Optional[str] = None, terminationPercentageCharge: Optional[str] = None, terminationAccountingCode: Optional[str] = None, allowPostponement: Optional[str] = None, maximumDurationPerPostponement: Optional[str] = None, maximumPostponementCount: Optional[str] = None, allowTrial: Optional[str] = None, startContractAfterTrialEnds: Optional[str] = None, trialPeriod: Optional[str] = None, trialStartDate: Optional[str] = None, trialEndDate: Optional[str] = None, trialRequiresPaymentMethod: Optional[str] = None, allowDowngrade: Optional[str] = None, periodBeforeDowngrade: Optional[str] = None, allowDowngradeCharge: Optional[str] = None, downgradeChargeType: Optional[str] = None, downgradeChargeFixed: Optional[str] = None, downgradeChargePercentage: Optional[str] = None, downgradeBillingPeriodCount: Optional[str] = None, allowUpgrade: Optional[str] = None, terminationFixedCharge: Optional[str] = None, terminationNoticePeriod: Optional[str] = None) -> None:
        self.requireCustomerAcceptance = requireCustomerAcceptance
        self.requiresPaymentMethod = requiresPaymentMethod
        self.initialContractTerm = initialContractTerm
        self.renewAutomatically = renewAutomatically
        self.autoRenewalEndsOn = autoRenewalEndsOn
        self.autoRenewalRequireCustomerAcceptance = autoRenewalRequireCustomerAcceptance
        self.autoRenewalTerm = autoRenewalTerm
        self.allowEarlyTermination = allowEarlyTermination
        self.earlyTerminationMinimumPeriod = earlyTerminationMinimumPeriod
        self.applyEarlyTerminationCharge = applyEarlyTerminationCharge
        self.earlyTerminationChargeType = earlyTerminationChargeType
        self.terminationPercentageCharge = terminationPercentageCharge
        self.terminationAccountingCode = terminationAccountingCode
        self.allowPostponement = allowPostponement
        self.maximumDurationPerPostponement = maximumDurationPerPostponement
        self.maximumPostponementCount = maximumPostponementCount
        self.allowTrial = allowTrial
        self.startContractAfterTrialEnds = startContractAfterTrialEnds
        self.trialPeriod = trialPeriod
        self.trialStartDate = trialStartDate
        self.trialEndDate = trialEndDate
        self.trialRequiresPaymentMethod = trialRequiresPaymentMethod
        self.allowDowngrade = allowDowngrade
        self.periodBeforeDowngrade = periodBeforeDowngrade
        self.allowDowngradeCharge = allowDowngradeCharge
        self.downgradeChargeType = downgradeChargeType
        self.downgradeChargeFixed = downgradeChargeFixed
        self.downgradeChargePercentage = downgradeChargePercentage
        self.downgradeBillingPeriodCount = downgradeBillingPeriodCount
        self.allowUpgrade = allowUpgrade
        self.terminationFixedCharge = terminationFixedCharge
        self.terminationNoticePeriod = terminationNoticePeriod


@dataclass(repr=False, eq=False, init=False)
class DiscountProfileDTO(DTOBase):
    """``DiscountProfileDTO`` of the documented SDK."""
    name: Optional[str] = None
    uuid: Optional[str] = None
    type: Optional[str] = None
    amount: Optional[str] = None
    redemptionCode: Optional[str] = None

    def __init__(self, name: Optional[str] = None, uuid: Optional[str] = None, type: Optional[str] = None, amount: Optional[str] = None, redemptionCode: Optional[str] = None) -> None:
        self.name = name
        self.uuid = uuid
        self.type = type
        self.amount = amount
        self.redemptionCode = redemptionCode


@dataclass(repr=False, eq=False, init=False)
class InvoiceExpressDTO(DTOBase):
    """``InvoiceExpressDTO`` of the documented SDK."""
    payment: Optional[PaymentDataDTO] = None
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
    customForms: Optional[Dict[str, Any]] = None
    currency: Optional[CurrencyDTO] = None
    kpis: Optional[KpisDTO] = None
    customAttributes: Optional[List[Any]] = None
    customObjects: Optional[List[Any]] = None
    customForm: Optional[Dict[str, Any]] = None

    def __init__(self, payment: Optional[PaymentDataDTO] = None, status: Optional[str] = None, id: Optional[str] = None, type: Optional[str] = None, customerPurchaseOrderId: Optional[str] = None, billingStartDate: Optional[str] = None, alternateBillingStartDate: Optional[str] = None, billingEndDate: Optional[str] = None, alternateBillingEndDate: Optional[str] = None, issueDate: Optional[str] = None, alternateIssueDate: Optional[str] = None, dueDate: Optional[str] = None, alternateDueDate: Optional[str] = None, subtotal: Optional[str] = None, shippingCost: Optional[str] = None, accountName: Optional[str] = None, tax: Optional[str] = None, taxTotal: Optional[str] = None, total: Optional[str] = None, paid: Optional[str] = None, due: Optional[str] = None, paymentStatus: Optional[str] = None, discountAmount: Optional[str] = None, priceTaxInclusive: Optional[str] = None, invoiceNote: Optional[str] = None, accountId: Optional[str] = None, orderId: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customForms: Optional[Dict[str, Any]] = None, currency: Optional[CurrencyDTO] = None, kpis: Optional[KpisDTO] = None, customAttributes: Optional[List[Any]] = None, customObjects: Optional[List[Any]] = None, customForm: Optional[Dict[str, Any]] = None) -> None:
        self.payment = payment
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
        self.customForms = customForms
        self.currency = currency
        self.kpis = kpis
        self.customAttributes = customAttributes
        self.customObjects = customObjects
        self.customForm = customForm


@dataclass(repr=False, eq=False, init=False)
class KpisDTO(DTOBase):
    """``KpisDTO`` of the documented SDK."""
    startDate: Optional[str] = None
    estimatedTotal: Optional[Union[float, str]] = None
    totalRevenue: Optional[Union[float, str]] = None
    monthlyRecurringRevenue: Optional[Union[float, str]] = None
    totalCollected: Optional[Union[float, str]] = None
    totalOutstanding: Optional[Union[float, str]] = None
    totalDue: Optional[Union[float, str]] = None
    lastInvoiceIssueDate: Optional[str] = None
    lastInvoiceTotal: Optional[Union[float, str]] = None
    totalInvoice: Optional[Union[float, str]] = None
    nextInvoiceIssueDate: Optional[str] = None
    lastReactivatedOn: Optional[str] = None
    lastCancelledOn: Optional[str] = None
    lastChangedOn: Optional[str] = None
    lastDeletedOn: Optional[str] = None

    def __init__(self, startDate: Optional[str] = None, estimatedTotal: Optional[Union[float, str]] = None, totalRevenue: Optional[Union[float, str]] = None, monthlyRecurringRevenue: Optional[Union[float, str]] = None, totalCollected: Optional[Union[float, str]] = None, totalOutstanding: Optional[Union[float, str]] = None, totalDue: Optional[Union[float, str]] = None, lastInvoiceIssueDate: Optional[str] = None, lastInvoiceTotal: Optional[Union[float, str]] = None, totalInvoice: Optional[Union[float, str]] = None, nextInvoiceIssueDate: Optional[str] = None, lastReactivatedOn: Optional[str] = None, lastCancelledOn: Optional[str] = None, lastChangedOn: Optional[str] = None, lastDeletedOn: Optional[str] = None) -> None:
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
class OrderAcceptResponseDTO(DTOBase):
    """``OrderAcceptResponseDTO`` of the documented SDK."""
    message: Optional[str] = None
    invoiceId: Optional[str] = None
    paymentRequired: Optional[Union[bool, str]] = None
    activityLogs: Optional[List[ActivityLogDTO]] = None

    def __init__(self, message: Optional[str] = None, invoiceId: Optional[str] = None, paymentRequired: Optional[Union[bool, str]] = None, activityLogs: Optional[List[ActivityLogDTO]] = None) -> None:
        self.message = message
        self.invoiceId = invoiceId
        self.paymentRequired = paymentRequired
        self.activityLogs = activityLogs


@dataclass(repr=False, eq=False, init=False)
class OrderItemAccountingCodeDTO(DTOBase):
    """``OrderItemAccountingCodeDTO`` of the documented SDK."""
    salesRevenue: Optional[str] = None

    def __init__(self, salesRevenue: Optional[str] = None) -> None:
        self.salesRevenue = salesRevenue


@dataclass(repr=False, eq=False, init=False)
class OrderItemPriceSnapshotDTO(DTOBase):
    """``OrderItemPriceSnapshotDTO`` of the documented SDK."""
    pricingRule: Optional[OrderItemPricingRuleDTO] = None

    def __init__(self, pricingRule: Optional[OrderItemPricingRuleDTO] = None) -> None:
        self.pricingRule = pricingRule

    def add_rule(self, price: str, uom: Optional[str] = None, warehouse: Optional[str] = None) -> "OrderItemPriceSnapshotDTO":
        """Sets the pricing rule of the snapshot and returns it."""
        self.pricingRule = OrderItemPricingRuleDTO(price=price, uom=uom, warehouse=warehouse)
        return self


@dataclass(repr=False, eq=False, init=False)
class OrderItemPriceTaxDTO(DTOBase):
    """``OrderItemPriceTaxDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, rate: Optional[str] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.rate = rate


@dataclass(repr=False, eq=False, init=False)
class OrderItemPricingRuleDTO(DTOBase):
    """``OrderItemPricingRuleDTO`` of the documented SDK."""
    price: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    priceType: Optional[str] = None
    uom: Optional[str] = None
    pricePeriod: Optional[str] = None
    pricingSchedule: Optional[str] = None
    pricingLevel: Optional[str] = None
    pricingMethod: Optional[str] = None
    warehouse: Optional[str] = None

    def __init__(self, price: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, priceType: Optional[str] = None, uom: Optional[str] = None, pricePeriod: Optional[str] = None, pricingSchedule: Optional[str] = None, pricingLevel: Optional[str] = None, pricingMethod: Optional[str] = None, warehouse: Optional[str] = None) -> None:
        self.price = price
        self.uuid = uuid
        self.version = version
        self.priceType = priceType
        self.uom = uom
        self.pricePeriod = pricePeriod
        self.pricingSchedule = pricingSchedule
        self.pricingLevel = pricingLevel
        self.pricingMethod = pricingMethod
        self.warehouse = warehouse


@dataclass(repr=False, eq=False, init=False)
class OrderItemPropertiesDTO(DTOBase):
    """``OrderItemPropertiesDTO`` of the documented SDK."""
    billingMode: Optional[str] = None
    chargingPeriod: Optional[str] = None
    chargingStartDate: Optional[str] = None
    chargingAndBillingAlignment: Optional[Union[bool, str]] = None
    proRataPartialChargingPeriod: Optional[Union[bool, str]] = None
    proRataPartialPricingPeriod: Optional[Union[bool, str]] = None

    def __init__(self, billingMode: Optional[str] = None, chargingPeriod: Optional[str] = None, chargingStartDate: Optional[str] = None, chargingAndBillingAlignment: Optional[Union[bool, str]] = None, proRataPartialChargingPeriod: Optional[Union[bool, str]] = None, proRataPartialPricingPeriod: Optional[Union[bool, str]] = None) -> None:
        self.billingMode = billingMode
        self.chargingPeriod = chargingPeriod
        self.chargingStartDate = chargingStartDate
        self.chargingAndBillingAlignment = chargingAndBillingAlignment
        self.proRataPartialChargingPeriod = proRataPartialChargingPeriod
        self.proRataPartialPricingPeriod = proRataPartialPricingPeriod


@dataclass(repr=False, eq=False, init=False)
class OrderItemSaleTaxConfigurationDTO(DTOBase):
    """``OrderItemSaleTaxConfigurationDTO`` of the documented SDK."""
    salePriceIsBasedOn: Optional[str] = None
    taxCode: Optional[TaxDTO] = None

    def __init__(self, salePriceIsBasedOn: Optional[str] = None, taxCode: Optional[TaxDTO] = None) -> None:
        self.salePriceIsBasedOn = salePriceIsBasedOn
        self.taxCode = taxCode


@dataclass(repr=False, eq=False, init=False)
class OrderLineDTO(DTOBase):
    """``OrderLineDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    itemOrderQuantity: Optional[str] = None
    itemUuid: Optional[str] = None
    itemName: Optional[str] = None
    shippingCost: Optional[str] = None
    itemInvoiceNote: Optional[str] = None
    itemDescription: Optional[str] = None
    itemType: Optional[str] = None
    itemChargeType: Optional[str] = None
    chargeItemUuid: Optional[str] = None
    version: Optional[str] = None
    itemPriceTax: Optional[TaxDTO] = None
    isTaxExemptWhenSold: Optional[str] = None
    taxExemptWhenSold: Optional[str] = None
    itemPriceSnapshot: Optional[OrderItemPriceSnapshotDTO] = None
    itemSaleTaxConfiguration: Optional[OrderItemSaleTaxConfigurationDTO] = None
    purchaseOrder: Optional[OrderPurchaseDTO] = None
    packageName: Optional[str] = None
    itemSerialOrBatchNumber: Optional[str] = None
    itemCustomAttributes: Optional[List[itemCustomAttributesDataDTO]] = None
    op: Optional[str] = None
    uuid: Optional[str] = None
    itemProperties: Optional[OrderItemPropertiesDTO] = None
    subtotal: Optional[str] = None
    total: Optional[str] = None
    tax: Optional[TaxDTO] = None
    itemUom: Optional[str] = None
    itemWarehouse: Optional[str] = None
    pricingSnapshotUuid: Optional[str] = None
    chargingStartDate: Optional[str] = None
    alternateChargingStartDate: Optional[str] = None
    chargingEndDate: Optional[str] = None
    alternateChargingEndDate: Optional[str] = None
    itemPrice: Optional[str] = None
    itemDiscountAmount: Optional[str] = None
    taxAmount: Optional[str] = None
    operation: Optional[str] = None
    discount: Optional[str] = None
    uom: Optional[str] = None
    warehouse: Optional[str] = None
    quantity: Optional[str] = None
    accountingCode: Optional[AccountingCodeDTO] = None
    itemAccountingCode: Optional[OrderItemAccountingCodeDTO] = None
    preOrderStockDetails: Optional[PreOrderStockDetailsDTO] = None
    expectedDeliveryDate: Optional[str] = None
    purchaseOrderId: Optional[str] = None
    purchaseInvoiceId: Optional[str] = None

    def __init__(self, itemId: Optional[str] = None, itemOrderQuantity: Optional[str] = None, itemUuid: Optional[str] = None, itemName: Optional[str] = None, shippingCost: Optional[str] = None, itemInvoiceNote: Optional[str] = None, itemDescription: Optional[str] = None, itemType: Optional[str] = None, itemChargeType: Optional[str] = None, chargeItemUuid: Optional[str] = None, version: Optional[str] = None, itemPriceTax: Optional[TaxDTO] = None, isTaxExemptWhenSold: Optional[str] = None, taxExemptWhenSold: Optional[str] = None, itemPriceSnapshot: Optional[OrderItemPriceSnapshotDTO] = None, itemSaleTaxConfiguration: Optional[OrderItemSaleTaxConfigurationDTO] = None, purchaseOrder: Optional[OrderPurchaseDTO] = None, packageName: Optional[str] = None, itemSerialOrBatchNumber: Optional[str] = None, itemCustomAttributes: Optional[List[itemCustomAttributesDataDTO]] = None, op: Optional[str] = None, uuid: Optional[str] = None, itemProperties: Optional[OrderItemPropertiesDTO] = None, subtotal: Optional[str] = None, total: Optional[str] = None, tax: Optional[TaxDTO] = None, itemUom: Optional[str] = None, itemWarehouse: Optional[str] = None, pricingSnapshotUuid: Optional[str] = None, chargingStartDate: Optional[str] = None, alternateChargingStartDate: Optional[str] = None, chargingEndDate: Optional[str] = None, alternateChargingEndDate: Optional[str] = None, itemPrice: Optional[str] = None, itemDiscountAmount: Optional[str] = None, taxAmount: Optional[str] = None, operation: Optional[str] = None, discount: Optional[str] = None, uom: Optional[str] = None, warehouse: Optional[str] = None, quantity: Optional[str] = None, accountingCode: Optional[AccountingCodeDTO] = None, itemAccountingCode: Optional[OrderItemAccountingCodeDTO] = None, preOrderStockDetails: Optional[PreOrderStockDetailsDTO] = None, expectedDeliveryDate: Optional[str] = None, purchaseOrderId: Optional[str] = None, purchaseInvoiceId: Optional[str] = None) -> None:
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


@dataclass(repr=False, eq=False, init=False)
class OrderPropertiesDTO(DTOBase):
    """``OrderPropertiesDTO`` of the documented SDK."""
    communicationProfile: Optional[str] = None
    invoiceMode: Optional[str] = None
    invoiceTerm: Optional[str] = None
    billingPeriod: Optional[str] = None
    paymentProcessor: Optional[str] = None
    paymentMode: Optional[str] = None
    paymentTerm: Optional[str] = None
    paymentTermAlignment: Optional[str] = None
    fulfillmentMode: Optional[str] = None
    fulfillmentTerm: Optional[str] = None
    consolidateInvoice: Optional[str] = None
    consolidateKey: Optional[str] = None

    def __init__(self, communicationProfile: Optional[str] = None, invoiceMode: Optional[str] = None, invoiceTerm: Optional[str] = None, billingPeriod: Optional[str] = None, paymentProcessor: Optional[str] = None, paymentMode: Optional[str] = None, paymentTerm: Optional[str] = None, paymentTermAlignment: Optional[str] = None, fulfillmentMode: Optional[str] = None, fulfillmentTerm: Optional[str] = None, consolidateInvoice: Optional[str] = None, consolidateKey: Optional[str] = None) -> None:
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


@dataclass(repr=False, eq=False, init=False)
class OrderPurchaseDTO(DTOBase):
    """``OrderPurchaseDTO`` of the documented SDK."""
    createPo: Optional[str] = None
    poInformation: Optional[POInformationDTO] = None

    def __init__(self, createPo: Optional[str] = None, poInformation: Optional[POInformationDTO] = None) -> None:
        self.createPo = createPo
        self.poInformation = poInformation


@dataclass(repr=False, eq=False, init=False)
class POInformationDTO(DTOBase):
    """``POInformationDTO`` of the documented SDK."""
    id: Optional[str] = None
    name: Optional[str] = None
    accountId: Optional[str] = None
    currency: Optional[str] = None
    itemQuantity: Optional[str] = None
    taxExemptWhenSold: Optional[str] = None
    itemPriceSnapshot: Optional[OrderItemPriceSnapshotDTO] = None
    purchaseInvoice: Optional[PurchaseInvoiceDataDTO] = None
    taxExemptWhenPurchase: Optional[str] = None

    def __init__(self, id: Optional[str] = None, name: Optional[str] = None, accountId: Optional[str] = None, currency: Optional[str] = None, itemQuantity: Optional[str] = None, taxExemptWhenSold: Optional[str] = None, itemPriceSnapshot: Optional[OrderItemPriceSnapshotDTO] = None, purchaseInvoice: Optional[PurchaseInvoiceDataDTO] = None, taxExemptWhenPurchase: Optional[str] = None) -> None:
        self.id = id
        self.name = name
        self.accountId = accountId
        self.currency = currency
        self.itemQuantity = itemQuantity
        self.taxExemptWhenSold = taxExemptWhenSold
        self.itemPriceSnapshot = itemPriceSnapshot
        self.purchaseInvoice = purchaseInvoice
        self.taxExemptWhenPurchase = taxExemptWhenPurchase


@dataclass(repr=False, eq=False, init=False)
class PreOrderStockDetailsDTO(DTOBase):
    """``PreOrderStockDetailsDTO`` of the documented SDK."""
    pendingReserve: Optional[str] = None
    reserved: Optional[str] = None
    sold: Optional[str] = None

    def __init__(self, pendingReserve: Optional[str] = None, reserved: Optional[str] = None, sold: Optional[str] = None) -> None:
        self.pendingReserve = pendingReserve
        self.reserved = reserved
        self.sold = sold


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceDataDTO(DTOBase):
    """``PurchaseInvoiceDataDTO`` of the documented SDK."""
    issueDate: Optional[str] = None
    dueDate: Optional[str] = None
    purchasePayment: Optional[PurchaseInvoiceDataPurchasePaymentDTO] = None

    def __init__(self, issueDate: Optional[str] = None, dueDate: Optional[str] = None, purchasePayment: Optional[PurchaseInvoiceDataPurchasePaymentDTO] = None) -> None:
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.purchasePayment = purchasePayment


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceDataPurchasePaymentAppliedDTO(DTOBase):
    """``PurchaseInvoiceDataPurchasePaymentAppliedDTO`` of the documented SDK."""
    processor: Optional[str] = None
    reference: Optional[str] = None

    def __init__(self, processor: Optional[str] = None, reference: Optional[str] = None) -> None:
        self.processor = processor
        self.reference = reference


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceDataPurchasePaymentDTO(DTOBase):
    """``PurchaseInvoiceDataPurchasePaymentDTO`` of the documented SDK."""
    date: Optional[str] = None
    purchasePaymentApplied: Optional[List[PurchaseInvoiceDataPurchasePaymentAppliedDTO]] = None

    def __init__(self, date: Optional[str] = None, purchasePaymentApplied: Optional[List[PurchaseInvoiceDataPurchasePaymentAppliedDTO]] = None) -> None:
        self.date = date
        self.purchasePaymentApplied = purchasePaymentApplied


@dataclass(repr=False, eq=False, init=False)
class SalesRevenueDetailsDTO(DTOBase):
    """``SalesRevenueDetailsDTO`` of the documented SDK."""
    salesRevenue: Optional[str] = None

    def __init__(self, salesRevenue: Optional[str] = None) -> None:
        self.salesRevenue = salesRevenue


@dataclass(repr=False, eq=False, init=False)
class UpgradeDowngradePaymentInformationDTO(DTOBase):
    """``UpgradeDowngradePaymentInformationDTO`` of the documented SDK."""
    paymentMethod: Optional[str] = None
    amount: Optional[str] = None

    def __init__(self, paymentMethod: Optional[str] = None, amount: Optional[str] = None) -> None:
        self.paymentMethod = paymentMethod
        self.amount = amount


@dataclass(repr=False, eq=False, init=False)
class UpgradeDowngradePreviewDTO(DTOBase):
    """``UpgradeDowngradePreviewDTO`` of the documented SDK."""
    subTotal: Optional[str] = None
    taxTotal: Optional[str] = None
    discountTotal: Optional[str] = None
    shippingTotal: Optional[str] = None
    total: Optional[str] = None
    currency: Optional[str] = None

    def __init__(self, subTotal: Optional[str] = None, taxTotal: Optional[str] = None, discountTotal: Optional[str] = None, shippingTotal: Optional[str] = None, total: Optional[str] = None, currency: Optional[str] = None) -> None:
        self.subTotal = subTotal
        self.taxTotal = taxTotal
        self.discountTotal = discountTotal
        self.shippingTotal = shippingTotal
        self.total = total
        self.currency = currency


@dataclass(repr=False, eq=False, init=False)
class itemCustomAttributesDataDTO(DTOBase):
    """``itemCustomAttributesDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value
