# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.express.dto.express_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.account.dto.account_nested_dto import AcccountAddressDTO, AccountingCodeDTO, BillingPreferencesDTO, CommunicationPreferenceDTO, ContactDTO, PaymentMethodsDataDTO, PricingLevelDTO
from exsited.exsited.common.dto.common_dto import AddressDTO, CurrencyDTO, CustomAttributesDTO, CustomFormsDTO, CustomObjectDTO, TaxDTO, TimeZoneDTO

if TYPE_CHECKING:
    from exsited.exsited.order.dto.order_nested_dto import OrderPropertiesDTO

__all__ = [
    "ExpressDTO",
    "ItemPriceTaxDTO",
    "OrderDTO",
    "PaymentDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "OrderPropertiesDTO": ("exsited.exsited.order.dto.order_nested_dto", "OrderPropertiesDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class AccountDTO(DTOBase):
    """``AccountDTO`` of the documented SDK."""
    name: Optional[str] = None
    emailAddress: Optional[str] = None
    status: Optional[str] = None
    id: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    invoiceParentAccount: Optional[str] = None
    type: Optional[str] = None
    imageUri: Optional[str] = None
    grantPortalAccess: Optional[str] = None
    website: Optional[str] = None
    linkedin: Optional[str] = None
    twitter: Optional[str] = None
    facebook: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    parentAccount: Optional[str] = None
    group: Optional[str] = None
    manager: Optional[str] = None
    referralTracking: Optional[str] = None
    salesRep: Optional[str] = None
    pricingLevel: Optional[PricingLevelDTO] = None
    currency: Optional[CurrencyDTO] = None
    timeZone: Optional[TimeZoneDTO] = None
    tax: Optional[TaxDTO] = None
    accountingCode: Optional[AccountingCodeDTO] = None
    communicationPreference: Optional[List[CommunicationPreferenceDTO]] = None
    paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None
    billingPreferences: Optional[BillingPreferencesDTO] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    addresses: Optional[List[AcccountAddressDTO]] = None
    contacts: Optional[List[ContactDTO]] = None
    customForms: Optional[CustomFormsDTO] = None
    eventUuid: Optional[str] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    kpis: Optional[Dict[str, Any]] = None
    order: Optional[OrderDTO] = None

    def __init__(self, name: Optional[str] = None, emailAddress: Optional[str] = None, status: Optional[str] = None, id: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, invoiceParentAccount: Optional[str] = None, type: Optional[str] = None, imageUri: Optional[str] = None, grantPortalAccess: Optional[str] = None, website: Optional[str] = None, linkedin: Optional[str] = None, twitter: Optional[str] = None, facebook: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, parentAccount: Optional[str] = None, group: Optional[str] = None, manager: Optional[str] = None, referralTracking: Optional[str] = None, salesRep: Optional[str] = None, pricingLevel: Optional[PricingLevelDTO] = None, currency: Optional[CurrencyDTO] = None, timeZone: Optional[TimeZoneDTO] = None, tax: Optional[TaxDTO] = None, accountingCode: Optional[AccountingCodeDTO] = None, communicationPreference: Optional[List[CommunicationPreferenceDTO]] = None, paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None, billingPreferences: Optional[BillingPreferencesDTO] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, addresses: Optional[List[AcccountAddressDTO]] = None, contacts: Optional[List[ContactDTO]] = None, customForms: Optional[CustomFormsDTO] = None, eventUuid: Optional[str] = None, customObjects: Optional[List[CustomObjectDTO]] = None, kpis: Optional[Dict[str, Any]] = None, order: Optional[OrderDTO] = None) -> None:
        self.name = name
        self.emailAddress = emailAddress
        self.status = status
        self.id = id
        self.displayName = displayName
        self.description = description
        self.invoiceParentAccount = invoiceParentAccount
        self.type = type
        self.imageUri = imageUri
        self.grantPortalAccess = grantPortalAccess
        self.website = website
        self.linkedin = linkedin
        self.twitter = twitter
        self.facebook = facebook
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.parentAccount = parentAccount
        self.group = group
        self.manager = manager
        self.referralTracking = referralTracking
        self.salesRep = salesRep
        self.pricingLevel = pricingLevel
        self.currency = currency
        self.timeZone = timeZone
        self.tax = tax
        self.accountingCode = accountingCode
        self.communicationPreference = communicationPreference
        self.paymentMethods = paymentMethods
        self.billingPreferences = billingPreferences
        self.customAttributes = customAttributes
        self.addresses = addresses
        self.contacts = contacts
        self.customForms = customForms
        self.eventUuid = eventUuid
        self.customObjects = customObjects
        self.kpis = kpis
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class ContractPropertiesDTO(DTOBase):
    """``ContractPropertiesDTO`` of the documented SDK."""
    requireCustomerAcceptance: Optional[str] = None
    requiresPaymentMethod: Optional[str] = None
    initialContractTerm: Optional[str] = None
    renewAutomatically: Optional[str] = None
    autoRenewalTerm: Optional[str] = None
    allowEarlyTermination: Optional[str] = None
    applyEarlyTerminationCharge: Optional[str] = None
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
    allowUpgrade: Optional[str] = None

    def __init__(self, requireCustomerAcceptance: Optional[str] = None, requiresPaymentMethod: Optional[str] = None, initialContractTerm: Optional[str] = None, renewAutomatically: Optional[str] = None, autoRenewalTerm: Optional[str] = None, allowEarlyTermination: Optional[str] = None, applyEarlyTerminationCharge: Optional[str] = None, allowPostponement: Optional[str] = None, maximumDurationPerPostponement: Optional[str] = None, maximumPostponementCount: Optional[str] = None, allowTrial: Optional[str] = None, startContractAfterTrialEnds: Optional[str] = None, trialPeriod: Optional[str] = None, trialStartDate: Optional[str] = None, trialEndDate: Optional[str] = None, trialRequiresPaymentMethod: Optional[str] = None, allowDowngrade: Optional[str] = None, periodBeforeDowngrade: Optional[str] = None, allowDowngradeCharge: Optional[str] = None, downgradeChargeType: Optional[str] = None, downgradeChargeFixed: Optional[str] = None, allowUpgrade: Optional[str] = None) -> None:
        self.requireCustomerAcceptance = requireCustomerAcceptance
        self.requiresPaymentMethod = requiresPaymentMethod
        self.initialContractTerm = initialContractTerm
        self.renewAutomatically = renewAutomatically
        self.autoRenewalTerm = autoRenewalTerm
        self.allowEarlyTermination = allowEarlyTermination
        self.applyEarlyTerminationCharge = applyEarlyTerminationCharge
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
        self.allowUpgrade = allowUpgrade


@dataclass(repr=False, eq=False, init=False)
class ExpressDTO(DTOBase):
    """``ExpressDTO`` of the documented SDK."""
    account: Optional[AccountDTO] = None

    _wire_names = {'isTaxExemptWhenSold': 'isTaxExemptWhenSold'}

    def __init__(self, account: Optional[AccountDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class InvoiceDTO(DTOBase):
    """``InvoiceDTO`` of the documented SDK."""
    payment: Optional[PaymentDTO] = None

    def __init__(self, payment: Optional[PaymentDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class ItemPriceSnapshotDTO(DTOBase):
    """``ItemPriceSnapshotDTO`` of the documented SDK."""
    pricingRule: Optional[PricingRuleDTO] = None

    def __init__(self, pricingRule: Optional[PricingRuleDTO] = None) -> None:
        self.pricingRule = pricingRule


@dataclass(repr=False, eq=False, init=False)
class ItemPriceTaxDTO(DTOBase):
    """``ItemPriceTaxDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[Union[float, str]] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, rate: Optional[Union[float, str]] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.rate = rate


@dataclass(repr=False, eq=False, init=False)
class OrderDTO(DTOBase):
    """``OrderDTO`` of the documented SDK."""
    name: Optional[str] = None
    lines: Optional[List[OrderLineDTO]] = None
    invoice: Optional[InvoiceDTO] = None
    allowContract: Optional[str] = None
    contractProperties: Optional[ContractPropertiesDTO] = None
    properties: Optional[OrderPropertiesDTO] = None
    priceTaxInclusive: Optional[str] = None
    billingStartDate: Optional[str] = None
    billingAddress: Optional[AddressDTO] = None
    shippingAddress: Optional[AddressDTO] = None
    redemptionCode: Optional[str] = None
    discountAmount: Optional[str] = None
    discountPercentage: Optional[str] = None

    def __init__(self, name: Optional[str] = None, lines: Optional[List[OrderLineDTO]] = None, invoice: Optional[InvoiceDTO] = None, allowContract: Optional[str] = None, contractProperties: Optional[ContractPropertiesDTO] = None, properties: Optional[OrderPropertiesDTO] = None, priceTaxInclusive: Optional[str] = None, billingStartDate: Optional[str] = None, billingAddress: Optional[AddressDTO] = None, shippingAddress: Optional[AddressDTO] = None, redemptionCode: Optional[str] = None, discountAmount: Optional[str] = None, discountPercentage: Optional[str] = None) -> None:
        self.name = name
        self.lines = lines
        self.invoice = invoice
        self.allowContract = allowContract
        self.contractProperties = contractProperties
        self.properties = properties
        self.priceTaxInclusive = priceTaxInclusive
        self.billingStartDate = billingStartDate
        self.billingAddress = billingAddress
        self.shippingAddress = shippingAddress
        self.redemptionCode = redemptionCode
        self.discountAmount = discountAmount
        self.discountPercentage = discountPercentage


@dataclass(repr=False, eq=False, init=False)
class OrderLineDTO(DTOBase):
    """``OrderLineDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    itemOrderQuantity: Optional[Union[int, str]] = None
    itemPriceSnapshot: Optional[ItemPriceSnapshotDTO] = None
    itemPriceTax: Optional[ItemPriceTaxDTO] = None
    packageName: Optional[str] = None

    def __init__(self, itemId: Optional[str] = None, itemOrderQuantity: Optional[Union[int, str]] = None, itemPriceSnapshot: Optional[ItemPriceSnapshotDTO] = None, itemPriceTax: Optional[ItemPriceTaxDTO] = None, packageName: Optional[str] = None) -> None:
        self.itemId = itemId
        self.itemOrderQuantity = itemOrderQuantity
        self.itemPriceSnapshot = itemPriceSnapshot
        self.itemPriceTax = itemPriceTax
        self.packageName = packageName


@dataclass(repr=False, eq=False, init=False)
class PaymentAppliedDTO(DTOBase):
    """``PaymentAppliedDTO`` of the documented SDK."""
    processor: Optional[str] = None
    amount: Optional[str] = None

    def __init__(self, processor: Optional[str] = None, amount: Optional[str] = None) -> None:
        self.processor = processor
        self.amount = amount


@dataclass(repr=False, eq=False, init=False)
class PaymentDTO(DTOBase):
    """``PaymentDTO`` of the documented SDK."""
    paymentApplied: Optional[List[PaymentAppliedDTO]] = None

    def __init__(self, paymentApplied: Optional[List[PaymentAppliedDTO]] = None) -> None:
        self.paymentApplied = paymentApplied


@dataclass(repr=False, eq=False, init=False)
class PricingRuleDTO(DTOBase):
    """``PricingRuleDTO`` of the documented SDK."""
    price: Optional[str] = None

    def __init__(self, price: Optional[str] = None) -> None:
        self.price = price
