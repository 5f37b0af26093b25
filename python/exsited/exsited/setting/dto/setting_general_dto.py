# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.setting.dto.setting_general_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "AccountDisplaySettingsDTO",
    "AccountGroupDTO",
    "AccountGroupingDTO",
    "AccountManagementDTO",
    "AccountSettingsDTO",
    "AllowModificationOfCreditNoteFieldsDTO",
    "AllowModificationOfInvoiceFieldsDTO",
    "AllowModificationOfPaymentFieldsDTO",
    "AllowModificationOfPurchaseCreditNoteFieldsDTO",
    "AllowModificationOfPurchaseInvoiceFieldsDTO",
    "AllowModificationOfPurchasePaymentFieldsDTO",
    "AllowModificationOfPurchaseRefundFieldsDTO",
    "AllowModificationOfRefundFieldsDTO",
    "AvailableChargeTypesDTO",
    "AvailableMediumsForCommunicationPreferenceDTO",
    "AvailablePricingMethodsDTO",
    "BillingPeriodDTO",
    "ChargingPeriodDTO",
    "CommunicationPreferenceMediumDTO",
    "CommunicationProfileDTO",
    "ContactSettingsDTO",
    "CountryDTO",
    "CreationOfSubsidiaryAccountDTO",
    "DashboardDTO",
    "DashboardsDTO",
    "DateAndTimeSettingsDTO",
    "DefaultAccountingCodesDTO",
    "DisplaySettingsDTO",
    "DurationDTO",
    "EventProfileDTO",
    "FieldDTO",
    "FieldGroupDTO",
    "FieldSettingsDTO",
    "GeneralSettingDataDTO",
    "GeneralSettingDetailsDTO",
    "GeneralSettingRequestDTO",
    "GeneralSettingsDTO",
    "IndustryDTO",
    "IndustryGroupDTO",
    "InventoryAdjustmentRulesDTO",
    "InventorySettingsDTO",
    "InvoiceDisplaySettingsDTO",
    "InvoiceTermDTO",
    "ItemDisplaySettingsDTO",
    "ItemGroupingDTO",
    "ItemManagementDTO",
    "ItemSettingsDTO",
    "OperatorDTO",
    "OperatorGroupDTO",
    "OrderDisplaySettingsDTO",
    "OrderManagementDTO",
    "OrderSettingsDTO",
    "OrganisationDataDTO",
    "PortalSettingsDTO",
    "PricingPeriodCanVaryDTO",
    "PricingPeriodDTO",
    "PurchaseOrderDisplaySettingsDTO",
    "PurchasePriceInclusiveOfTaxDTO",
    "PurchaseSettingsDTO",
    "ReferralTrackingAtAccountLevelDTO",
    "ReferralTrackingAtOrderLevelDTO",
    "RoleDTO",
    "SalePriceInclusiveOfTaxDTO",
    "SalesRepTrackingAtAccountLevelDTO",
    "SalesRepTrackingAtOrderLevelDTO",
    "SecuritySettingsDTO",
    "SessionTimeoutDTO",
    "TeamDTO",
    "TimePeriodDTO",
    "TransactionSettingsDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountDisplaySettingsDTO(DTOBase):
    """``AccountDisplaySettingsDTO`` of the documented SDK."""
    defaultView: Optional[str] = None
    numberOfItemsPerPage: Optional[Union[int, str]] = None
    fields: Optional[List[FieldDTO]] = None

    def __init__(self, defaultView: Optional[str] = None, numberOfItemsPerPage: Optional[Union[int, str]] = None, fields: Optional[List[FieldDTO]] = None) -> None:
        self.defaultView = defaultView
        self.numberOfItemsPerPage = numberOfItemsPerPage
        self.fields = fields


@dataclass(repr=False, eq=False, init=False)
class AccountGroupDTO(DTOBase):
    """``AccountGroupDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    imageUri: Optional[str] = None
    manager: Optional[str] = None
    tax: Optional[str] = None
    accountingCode: Optional[str] = None
    communicationPreference: Optional[str] = None
    customAttribute: Optional[List[CustomAttributeDTO]] = None
    billingPreferences: Optional[BillingPreferencesDTO] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageUri: Optional[str] = None, manager: Optional[str] = None, tax: Optional[str] = None, accountingCode: Optional[str] = None, communicationPreference: Optional[str] = None, customAttribute: Optional[List[CustomAttributeDTO]] = None, billingPreferences: Optional[BillingPreferencesDTO] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageUri = imageUri
        self.manager = manager
        self.tax = tax
        self.accountingCode = accountingCode
        self.communicationPreference = communicationPreference
        self.customAttribute = customAttribute
        self.billingPreferences = billingPreferences


@dataclass(repr=False, eq=False, init=False)
class AccountGroupingDTO(DTOBase):
    """``AccountGroupingDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultGroup: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultGroup: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultGroup = defaultGroup


@dataclass(repr=False, eq=False, init=False)
class AccountManagementDTO(DTOBase):
    """``AccountManagementDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultManager: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultManager: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultManager = defaultManager


@dataclass(repr=False, eq=False, init=False)
class AccountSettingsDTO(DTOBase):
    """``AccountSettingsDTO`` of the documented SDK."""
    accountGrouping: Optional[AccountGroupingDTO] = None
    creationOfSubsidiaryAccount: Optional[CreationOfSubsidiaryAccountDTO] = None
    accountManagement: Optional[AccountManagementDTO] = None
    referralTrackingAtAccountLevel: Optional[ReferralTrackingAtAccountLevelDTO] = None
    salesRepTrackingAtAccountLevel: Optional[SalesRepTrackingAtAccountLevelDTO] = None
    enableWorkflowApprovalForAccount: Optional[str] = None
    requireNameToBeUnique: Optional[str] = None
    requireEmailAddressForAccount: Optional[str] = None
    requireEmailAddressForAccountToBeUnique: Optional[str] = None
    requireEmailAddressForContactToBeUnique: Optional[str] = None
    billingContact: Optional[ContactSettingsDTO] = None
    shippingContact: Optional[ContactSettingsDTO] = None
    additionalContact1: Optional[ContactSettingsDTO] = None
    additionalContact2: Optional[ContactSettingsDTO] = None
    additionalContact3: Optional[ContactSettingsDTO] = None

    def __init__(self, accountGrouping: Optional[AccountGroupingDTO] = None, creationOfSubsidiaryAccount: Optional[CreationOfSubsidiaryAccountDTO] = None, accountManagement: Optional[AccountManagementDTO] = None, referralTrackingAtAccountLevel: Optional[ReferralTrackingAtAccountLevelDTO] = None, salesRepTrackingAtAccountLevel: Optional[SalesRepTrackingAtAccountLevelDTO] = None, enableWorkflowApprovalForAccount: Optional[str] = None, requireNameToBeUnique: Optional[str] = None, requireEmailAddressForAccount: Optional[str] = None, requireEmailAddressForAccountToBeUnique: Optional[str] = None, requireEmailAddressForContactToBeUnique: Optional[str] = None, billingContact: Optional[ContactSettingsDTO] = None, shippingContact: Optional[ContactSettingsDTO] = None, additionalContact1: Optional[ContactSettingsDTO] = None, additionalContact2: Optional[ContactSettingsDTO] = None, additionalContact3: Optional[ContactSettingsDTO] = None) -> None:
        self.accountGrouping = accountGrouping
        self.creationOfSubsidiaryAccount = creationOfSubsidiaryAccount
        self.accountManagement = accountManagement
        self.referralTrackingAtAccountLevel = referralTrackingAtAccountLevel
        self.salesRepTrackingAtAccountLevel = salesRepTrackingAtAccountLevel
        self.enableWorkflowApprovalForAccount = enableWorkflowApprovalForAccount
        self.requireNameToBeUnique = requireNameToBeUnique
        self.requireEmailAddressForAccount = requireEmailAddressForAccount
        self.requireEmailAddressForAccountToBeUnique = requireEmailAddressForAccountToBeUnique
        self.requireEmailAddressForContactToBeUnique = requireEmailAddressForContactToBeUnique
        self.billingContact = billingContact
        self.shippingContact = shippingContact
        self.additionalContact1 = additionalContact1
        self.additionalContact2 = additionalContact2
        self.additionalContact3 = additionalContact3


@dataclass(repr=False, eq=False, init=False)
class AccountingCodeDTO(DTOBase):
    """``AccountingCodeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    type: Optional[str] = None
    code: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, type: Optional[str] = None, code: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.type = type
        self.code = code


@dataclass(repr=False, eq=False, init=False)
class AllowModificationOfCreditNoteFieldsDTO(DTOBase):
    """``AllowModificationOfCreditNoteFieldsDTO`` of the documented SDK."""
    refundable: Optional[str] = None
    creditNoteDate: Optional[str] = None

    def __init__(self, refundable: Optional[str] = None, creditNoteDate: Optional[str] = None) -> None:
        self.refundable = refundable
        self.creditNoteDate = creditNoteDate


@dataclass(repr=False, eq=False, init=False)
class AllowModificationOfInvoiceFieldsDTO(DTOBase):
    """``AllowModificationOfInvoiceFieldsDTO`` of the documented SDK."""
    billingPeriod: Optional[str] = None
    chargePeriod: Optional[str] = None
    issueDate: Optional[str] = None
    dueDate: Optional[str] = None

    def __init__(self, billingPeriod: Optional[str] = None, chargePeriod: Optional[str] = None, issueDate: Optional[str] = None, dueDate: Optional[str] = None) -> None:
        self.billingPeriod = billingPeriod
        self.chargePeriod = chargePeriod
        self.issueDate = issueDate
        self.dueDate = dueDate


@dataclass(repr=False, eq=False, init=False)
class AllowModificationOfPaymentFieldsDTO(DTOBase):
    """``AllowModificationOfPaymentFieldsDTO`` of the documented SDK."""
    paymentDate: Optional[str] = None
    paymentProcessor: Optional[str] = None
    paymentReference: Optional[str] = None

    def __init__(self, paymentDate: Optional[str] = None, paymentProcessor: Optional[str] = None, paymentReference: Optional[str] = None) -> None:
        self.paymentDate = paymentDate
        self.paymentProcessor = paymentProcessor
        self.paymentReference = paymentReference


@dataclass(repr=False, eq=False, init=False)
class AllowModificationOfPurchaseCreditNoteFieldsDTO(DTOBase):
    """``AllowModificationOfPurchaseCreditNoteFieldsDTO`` of the documented SDK."""
    refundable: Optional[str] = None

    def __init__(self, refundable: Optional[str] = None) -> None:
        self.refundable = refundable


@dataclass(repr=False, eq=False, init=False)
class AllowModificationOfPurchaseInvoiceFieldsDTO(DTOBase):
    """``AllowModificationOfPurchaseInvoiceFieldsDTO`` of the documented SDK."""
    issueDate: Optional[str] = None
    dueDate: Optional[str] = None

    def __init__(self, issueDate: Optional[str] = None, dueDate: Optional[str] = None) -> None:
        self.issueDate = issueDate
        self.dueDate = dueDate


@dataclass(repr=False, eq=False, init=False)
class AllowModificationOfPurchasePaymentFieldsDTO(DTOBase):
    """``AllowModificationOfPurchasePaymentFieldsDTO`` of the documented SDK."""
    paymentDate: Optional[str] = None
    paymentProcessor: Optional[str] = None
    paymentReference: Optional[str] = None

    def __init__(self, paymentDate: Optional[str] = None, paymentProcessor: Optional[str] = None, paymentReference: Optional[str] = None) -> None:
        self.paymentDate = paymentDate
        self.paymentProcessor = paymentProcessor
        self.paymentReference = paymentReference


@dataclass(repr=False, eq=False, init=False)
class AllowModificationOfPurchaseRefundFieldsDTO(DTOBase):
    """``AllowModificationOfPurchaseRefundFieldsDTO`` of the documented SDK."""
    refundDate: Optional[str] = None
    refundReference: Optional[str] = None

    def __init__(self, refundDate: Optional[str] = None, refundReference: Optional[str] = None) -> None:
        self.refundDate = refundDate
        self.refundReference = refundReference


@dataclass(repr=False, eq=False, init=False)
class AllowModificationOfRefundFieldsDTO(DTOBase):
    """``AllowModificationOfRefundFieldsDTO`` of the documented SDK."""
    refundDate: Optional[str] = None
    refundReference: Optional[str] = None

    def __init__(self, refundDate: Optional[str] = None, refundReference: Optional[str] = None) -> None:
        self.refundDate = refundDate
        self.refundReference = refundReference


@dataclass(repr=False, eq=False, init=False)
class AvailableChargeTypesDTO(DTOBase):
    """``AvailableChargeTypesDTO`` of the documented SDK."""
    oneOff: Optional[str] = None
    recurring: Optional[str] = None
    metered: Optional[str] = None

    def __init__(self, oneOff: Optional[str] = None, recurring: Optional[str] = None, metered: Optional[str] = None) -> None:
        self.oneOff = oneOff
        self.recurring = recurring
        self.metered = metered


@dataclass(repr=False, eq=False, init=False)
class AvailableMediumsForCommunicationPreferenceDTO(DTOBase):
    """``AvailableMediumsForCommunicationPreferenceDTO`` of the documented SDK."""
    email: Optional[CommunicationPreferenceMediumDTO] = None
    postalMail: Optional[CommunicationPreferenceMediumDTO] = None
    textMessage: Optional[CommunicationPreferenceMediumDTO] = None
    voiceMail: Optional[CommunicationPreferenceMediumDTO] = None

    def __init__(self, email: Optional[CommunicationPreferenceMediumDTO] = None, postalMail: Optional[CommunicationPreferenceMediumDTO] = None, textMessage: Optional[CommunicationPreferenceMediumDTO] = None, voiceMail: Optional[CommunicationPreferenceMediumDTO] = None) -> None:
        self.email = email
        self.postalMail = postalMail
        self.textMessage = textMessage
        self.voiceMail = voiceMail


@dataclass(repr=False, eq=False, init=False)
class AvailablePricingMethodsDTO(DTOBase):
    """``AvailablePricingMethodsDTO`` of the documented SDK."""
    standard: Optional[str] = None
    discountBased: Optional[str] = None
    markupBased: Optional[str] = None

    def __init__(self, standard: Optional[str] = None, discountBased: Optional[str] = None, markupBased: Optional[str] = None) -> None:
        self.standard = standard
        self.discountBased = discountBased
        self.markupBased = markupBased


@dataclass(repr=False, eq=False, init=False)
class BillingPeriodDTO(DTOBase):
    """``BillingPeriodDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    timePeriod: Optional[str] = None
    displayOrder: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, timePeriod: Optional[str] = None, displayOrder: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.timePeriod = timePeriod
        self.displayOrder = displayOrder


@dataclass(repr=False, eq=False, init=False)
class BillingPreferencesDTO(DTOBase):
    """``BillingPreferencesDTO`` of the documented SDK."""
    communicationProfile: Optional[str] = None
    invoiceMode: Optional[str] = None
    invoiceTerm: Optional[str] = None
    billingPeriod: Optional[str] = None
    billingStartDate: Optional[str] = None
    billingStartDayOfMonth: Optional[str] = None
    paymentProcessor: Optional[str] = None
    paymentMode: Optional[str] = None
    paymentTerm: Optional[str] = None
    paymentTermAlignment: Optional[str] = None

    def __init__(self, communicationProfile: Optional[str] = None, invoiceMode: Optional[str] = None, invoiceTerm: Optional[str] = None, billingPeriod: Optional[str] = None, billingStartDate: Optional[str] = None, billingStartDayOfMonth: Optional[str] = None, paymentProcessor: Optional[str] = None, paymentMode: Optional[str] = None, paymentTerm: Optional[str] = None, paymentTermAlignment: Optional[str] = None) -> None:
        self.communicationProfile = communicationProfile
        self.invoiceMode = invoiceMode
        self.invoiceTerm = invoiceTerm
        self.billingPeriod = billingPeriod
        self.billingStartDate = billingStartDate
        self.billingStartDayOfMonth = billingStartDayOfMonth
        self.paymentProcessor = paymentProcessor
        self.paymentMode = paymentMode
        self.paymentTerm = paymentTerm
        self.paymentTermAlignment = paymentTermAlignment


@dataclass(repr=False, eq=False, init=False)
class ChargingPeriodDTO(DTOBase):
    """``ChargingPeriodDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    timePeriod: Optional[str] = None
    displayOrder: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, timePeriod: Optional[str] = None, displayOrder: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.timePeriod = timePeriod
        self.displayOrder = displayOrder


@dataclass(repr=False, eq=False, init=False)
class CommunicationPreferenceMediumDTO(DTOBase):
    """``CommunicationPreferenceMediumDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    default: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, default: Optional[str] = None) -> None:
        self.enabled = enabled
        self.default = default


@dataclass(repr=False, eq=False, init=False)
class CommunicationProfileDTO(DTOBase):
    """``CommunicationProfileDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    default: Optional[Union[bool, str]] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    descriptions: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, default: Optional[Union[bool, str]] = None, name: Optional[str] = None, displayName: Optional[str] = None, descriptions: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.default = default
        self.name = name
        self.displayName = displayName
        self.descriptions = descriptions


@dataclass(repr=False, eq=False, init=False)
class ContactSettingsDTO(DTOBase):
    """``ContactSettingsDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    type: Optional[str] = None
    displayName: Optional[str] = None
    requireEmailAddress: Optional[str] = None
    requireEmailAddressForBillingContact: Optional[str] = None
    requireEmailAddressForShippingContact: Optional[str] = None
    requireEmailAddressForAdditionalContact1: Optional[str] = None
    requireEmailAddressForAdditionalContact2: Optional[str] = None
    requireEmailAddressForAdditionalContact3: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, type: Optional[str] = None, displayName: Optional[str] = None, requireEmailAddress: Optional[str] = None, requireEmailAddressForBillingContact: Optional[str] = None, requireEmailAddressForShippingContact: Optional[str] = None, requireEmailAddressForAdditionalContact1: Optional[str] = None, requireEmailAddressForAdditionalContact2: Optional[str] = None, requireEmailAddressForAdditionalContact3: Optional[str] = None) -> None:
        self.enabled = enabled
        self.type = type
        self.displayName = displayName
        self.requireEmailAddress = requireEmailAddress
        self.requireEmailAddressForBillingContact = requireEmailAddressForBillingContact
        self.requireEmailAddressForShippingContact = requireEmailAddressForShippingContact
        self.requireEmailAddressForAdditionalContact1 = requireEmailAddressForAdditionalContact1
        self.requireEmailAddressForAdditionalContact2 = requireEmailAddressForAdditionalContact2
        self.requireEmailAddressForAdditionalContact3 = requireEmailAddressForAdditionalContact3


@dataclass(repr=False, eq=False, init=False)
class CountryDTO(DTOBase):
    """``CountryDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    default: Optional[str] = None
    favourite: Optional[str] = None
    name: Optional[str] = None
    isoCode: Optional[str] = None
    countryCode: Optional[str] = None
    phoneCountryCode: Optional[str] = None
    defaults: Optional[Dict[str, Any]] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, default: Optional[str] = None, favourite: Optional[str] = None, name: Optional[str] = None, isoCode: Optional[str] = None, countryCode: Optional[str] = None, phoneCountryCode: Optional[str] = None, defaults: Optional[Dict[str, Any]] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.default = default
        self.favourite = favourite
        self.name = name
        self.isoCode = isoCode
        self.countryCode = countryCode
        self.phoneCountryCode = phoneCountryCode
        self.defaults = defaults


@dataclass(repr=False, eq=False, init=False)
class CreationOfSubsidiaryAccountDTO(DTOBase):
    """``CreationOfSubsidiaryAccountDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultSubsidiaryAccount: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultSubsidiaryAccount: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultSubsidiaryAccount = defaultSubsidiaryAccount


@dataclass(repr=False, eq=False, init=False)
class CurrencyDTO(DTOBase):
    """``CurrencyDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    country: Optional[str] = None
    symbol: Optional[str] = None
    currencyCode: Optional[str] = None
    precision: Optional[Union[int, str]] = None
    rounding: Optional[str] = None
    cashRoundingInterval: Optional[Union[float, str]] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, country: Optional[str] = None, symbol: Optional[str] = None, currencyCode: Optional[str] = None, precision: Optional[Union[int, str]] = None, rounding: Optional[str] = None, cashRoundingInterval: Optional[Union[float, str]] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.country = country
        self.symbol = symbol
        self.currencyCode = currencyCode
        self.precision = precision
        self.rounding = rounding
        self.cashRoundingInterval = cashRoundingInterval


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeDTO(DTOBase):
    """``CustomAttributeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    value: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    type: Optional[str] = None
    minValue: Optional[str] = None
    maxValue: Optional[str] = None
    maxLength: Optional[str] = None
    options: Optional[List[OptionDTO]] = None
    useIn: Optional[List[UseInDTO]] = None
    encryptData: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, value: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, type: Optional[str] = None, minValue: Optional[str] = None, maxValue: Optional[str] = None, maxLength: Optional[str] = None, options: Optional[List[OptionDTO]] = None, useIn: Optional[List[UseInDTO]] = None, encryptData: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.value = value
        self.displayName = displayName
        self.description = description
        self.type = type
        self.minValue = minValue
        self.maxValue = maxValue
        self.maxLength = maxLength
        self.options = options
        self.useIn = useIn
        self.encryptData = encryptData


@dataclass(repr=False, eq=False, init=False)
class CustomFormDTO(DTOBase):
    """``CustomFormDTO`` of the documented SDK."""
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    settingGroup: Optional[str] = None
    description: Optional[str] = None

    def __init__(self, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, settingGroup: Optional[str] = None, description: Optional[str] = None) -> None:
        self.status = status
        self.name = name
        self.displayName = displayName
        self.settingGroup = settingGroup
        self.description = description


@dataclass(repr=False, eq=False, init=False)
class DashboardDTO(DTOBase):
    """``DashboardDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    default: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, default: Optional[str] = None) -> None:
        self.enabled = enabled
        self.default = default


@dataclass(repr=False, eq=False, init=False)
class DashboardsDTO(DTOBase):
    """``DashboardsDTO`` of the documented SDK."""
    accounting: Optional[DashboardDTO] = None
    executive: Optional[DashboardDTO] = None
    finance: Optional[DashboardDTO] = None
    production: Optional[DashboardDTO] = None
    sales: Optional[DashboardDTO] = None

    def __init__(self, accounting: Optional[DashboardDTO] = None, executive: Optional[DashboardDTO] = None, finance: Optional[DashboardDTO] = None, production: Optional[DashboardDTO] = None, sales: Optional[DashboardDTO] = None) -> None:
        self.accounting = accounting
        self.executive = executive
        self.finance = finance
        self.production = production
        self.sales = sales


@dataclass(repr=False, eq=False, init=False)
class DateAndTimeSettingsDTO(DTOBase):
    """``DateAndTimeSettingsDTO`` of the documented SDK."""
    timeZone: Optional[str] = None
    dateFormat: Optional[str] = None
    timeFormat: Optional[str] = None
    firstDayOfWeek: Optional[str] = None

    def __init__(self, timeZone: Optional[str] = None, dateFormat: Optional[str] = None, timeFormat: Optional[str] = None, firstDayOfWeek: Optional[str] = None) -> None:
        self.timeZone = timeZone
        self.dateFormat = dateFormat
        self.timeFormat = timeFormat
        self.firstDayOfWeek = firstDayOfWeek


@dataclass(repr=False, eq=False, init=False)
class DefaultAccountingCodesDTO(DTOBase):
    """``DefaultAccountingCodesDTO`` of the documented SDK."""
    accountReceivable: Optional[str] = None
    cashAndCashEquivalent: Optional[str] = None
    inventory: Optional[str] = None
    salesRevenue: Optional[str] = None
    tax: Optional[str] = None
    creditNotePayable: Optional[str] = None
    rounding: Optional[str] = None
    accountPayable: Optional[str] = None
    costOfGoodsSold: Optional[str] = None
    deduction: Optional[str] = None
    eventCharge: Optional[str] = None
    paymentSurcharge: Optional[str] = None

    def __init__(self, accountReceivable: Optional[str] = None, cashAndCashEquivalent: Optional[str] = None, inventory: Optional[str] = None, salesRevenue: Optional[str] = None, tax: Optional[str] = None, creditNotePayable: Optional[str] = None, rounding: Optional[str] = None, accountPayable: Optional[str] = None, costOfGoodsSold: Optional[str] = None, deduction: Optional[str] = None, eventCharge: Optional[str] = None, paymentSurcharge: Optional[str] = None) -> None:
        self.accountReceivable = accountReceivable
        self.cashAndCashEquivalent = cashAndCashEquivalent
        self.inventory = inventory
        self.salesRevenue = salesRevenue
        self.tax = tax
        self.creditNotePayable = creditNotePayable
        self.rounding = rounding
        self.accountPayable = accountPayable
        self.costOfGoodsSold = costOfGoodsSold
        self.deduction = deduction
        self.eventCharge = eventCharge
        self.paymentSurcharge = paymentSurcharge


@dataclass(repr=False, eq=False, init=False)
class DesignationDTO(DTOBase):
    """``DesignationDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description


@dataclass(repr=False, eq=False, init=False)
class DisplaySettingsDTO(DTOBase):
    """``DisplaySettingsDTO`` of the documented SDK."""
    account: Optional[AccountDisplaySettingsDTO] = None
    item: Optional[ItemDisplaySettingsDTO] = None
    order: Optional[OrderDisplaySettingsDTO] = None
    purchaseOrder: Optional[PurchaseOrderDisplaySettingsDTO] = None
    invoice: Optional[InvoiceDisplaySettingsDTO] = None

    def __init__(self, account: Optional[AccountDisplaySettingsDTO] = None, item: Optional[ItemDisplaySettingsDTO] = None, order: Optional[OrderDisplaySettingsDTO] = None, purchaseOrder: Optional[PurchaseOrderDisplaySettingsDTO] = None, invoice: Optional[InvoiceDisplaySettingsDTO] = None) -> None:
        self.account = account
        self.item = item
        self.order = order
        self.purchaseOrder = purchaseOrder
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class DurationDTO(DTOBase):
    """``DurationDTO`` of the documented SDK."""
    period: Optional[str] = None
    count: Optional[str] = None

    def __init__(self, period: Optional[str] = None, count: Optional[str] = None) -> None:
        self.period = period
        self.count = count


@dataclass(repr=False, eq=False, init=False)
class EventProfileDTO(DTOBase):
    """``EventProfileDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    default: Optional[Union[bool, str]] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    descriptions: Optional[str] = None
    communicationProfile: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, default: Optional[Union[bool, str]] = None, name: Optional[str] = None, displayName: Optional[str] = None, descriptions: Optional[str] = None, communicationProfile: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.default = default
        self.name = name
        self.displayName = displayName
        self.descriptions = descriptions
        self.communicationProfile = communicationProfile


@dataclass(repr=False, eq=False, init=False)
class FieldDTO(DTOBase):
    """``FieldDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    enabled: Optional[str] = None
    changeEnabled: Optional[str] = None
    required: Optional[str] = None
    changeRequired: Optional[str] = None
    socialMediaType: Optional[str] = None
    default: Optional[str] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, enabled: Optional[str] = None, changeEnabled: Optional[str] = None, required: Optional[str] = None, changeRequired: Optional[str] = None, socialMediaType: Optional[str] = None, default: Optional[str] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.enabled = enabled
        self.changeEnabled = changeEnabled
        self.required = required
        self.changeRequired = changeRequired
        self.socialMediaType = socialMediaType
        self.default = default


@dataclass(repr=False, eq=False, init=False)
class FieldGroupDTO(DTOBase):
    """``FieldGroupDTO`` of the documented SDK."""
    fields: Optional[List[FieldDTO]] = None
    customObjects: Optional[List[Any]] = None
    customAttributes: Optional[List[CustomAttributeDTO]] = None
    customGroups: Optional[List[Any]] = None

    def __init__(self, fields: Optional[List[FieldDTO]] = None, customObjects: Optional[List[Any]] = None, customAttributes: Optional[List[CustomAttributeDTO]] = None, customGroups: Optional[List[Any]] = None) -> None:
        self.fields = fields
        self.customObjects = customObjects
        self.customAttributes = customAttributes
        self.customGroups = customGroups


@dataclass(repr=False, eq=False, init=False)
class FieldSettingsDTO(DTOBase):
    """``FieldSettingsDTO`` of the documented SDK."""
    account: Optional[FieldGroupDTO] = None
    accountGroup: Optional[FieldGroupDTO] = None
    contact1: Optional[FieldGroupDTO] = None
    contact2: Optional[FieldGroupDTO] = None
    contact3: Optional[FieldGroupDTO] = None
    contact4: Optional[FieldGroupDTO] = None
    contact5: Optional[FieldGroupDTO] = None
    item: Optional[FieldGroupDTO] = None
    purchaseOrder: Optional[FieldGroupDTO] = None

    def __init__(self, account: Optional[FieldGroupDTO] = None, accountGroup: Optional[FieldGroupDTO] = None, contact1: Optional[FieldGroupDTO] = None, contact2: Optional[FieldGroupDTO] = None, contact3: Optional[FieldGroupDTO] = None, contact4: Optional[FieldGroupDTO] = None, contact5: Optional[FieldGroupDTO] = None, item: Optional[FieldGroupDTO] = None, purchaseOrder: Optional[FieldGroupDTO] = None) -> None:
        self.account = account
        self.accountGroup = accountGroup
        self.contact1 = contact1
        self.contact2 = contact2
        self.contact3 = contact3
        self.contact4 = contact4
        self.contact5 = contact5
        self.item = item
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class GeneralSettingDataDTO(DTOBase):
    """``GeneralSettingDataDTO`` of the documented SDK."""
    organisation: Optional[OrganisationDataDTO] = None
    generalSettings: Optional[GeneralSettingsDTO] = None
    fieldSettings: Optional[FieldSettingsDTO] = None
    customAttributes: Optional[List[CustomAttributeDTO]] = None
    variations: Optional[List[VariationDTO]] = None
    pagination: Optional[PaginationDTO] = None
    accountGroup: Optional[List[AccountGroupDTO]] = None
    itemGroup: Optional[List[ItemGroupDTO]] = None
    customForms: Optional[List[CustomFormDTO]] = None
    salutations: Optional[List[SalutationDTO]] = None
    designations: Optional[List[DesignationDTO]] = None
    uom: Optional[List[UomDTO]] = None
    accountingCodes: Optional[List[AccountingCodeDTO]] = None
    countries: Optional[List[CountryDTO]] = None
    industries: Optional[List[IndustryDTO]] = None
    industryGroups: Optional[List[IndustryGroupDTO]] = None
    operators: Optional[List[OperatorDTO]] = None
    operatorGroups: Optional[List[OperatorGroupDTO]] = None
    roles: Optional[List[RoleDTO]] = None
    teams: Optional[List[TeamDTO]] = None
    timeZones: Optional[List[TimeZoneDTO]] = None
    currencies: Optional[List[CurrencyDTO]] = None
    taxes: Optional[List[TaxDTO]] = None
    paymentProcessors: Optional[List[PaymentProcessorDTO]] = None
    eventProfiles: Optional[List[EventProfileDTO]] = None
    communicationProfiles: Optional[List[CommunicationProfileDTO]] = None
    invoiceTerms: Optional[List[InvoiceTermDTO]] = None
    paymentTerms: Optional[List[PaymentTermDTO]] = None
    timePeriods: Optional[List[TimePeriodDTO]] = None
    billingPeriods: Optional[List[BillingPeriodDTO]] = None
    pricingPeriods: Optional[List[PricingPeriodDTO]] = None
    chargingPeriods: Optional[List[ChargingPeriodDTO]] = None
    warehouses: Optional[List[WarehouseDTO]] = None

    def __init__(self, organisation: Optional[OrganisationDataDTO] = None, generalSettings: Optional[GeneralSettingsDTO] = None, fieldSettings: Optional[FieldSettingsDTO] = None, customAttributes: Optional[List[CustomAttributeDTO]] = None, variations: Optional[List[VariationDTO]] = None, pagination: Optional[PaginationDTO] = None, accountGroup: Optional[List[AccountGroupDTO]] = None, itemGroup: Optional[List[ItemGroupDTO]] = None, customForms: Optional[List[CustomFormDTO]] = None, salutations: Optional[List[SalutationDTO]] = None, designations: Optional[List[DesignationDTO]] = None, uom: Optional[List[UomDTO]] = None, accountingCodes: Optional[List[AccountingCodeDTO]] = None, countries: Optional[List[CountryDTO]] = None, industries: Optional[List[IndustryDTO]] = None, industryGroups: Optional[List[IndustryGroupDTO]] = None, operators: Optional[List[OperatorDTO]] = None, operatorGroups: Optional[List[OperatorGroupDTO]] = None, roles: Optional[List[RoleDTO]] = None, teams: Optional[List[TeamDTO]] = None, timeZones: Optional[List[TimeZoneDTO]] = None, currencies: Optional[List[CurrencyDTO]] = None, taxes: Optional[List[TaxDTO]] = None, paymentProcessors: Optional[List[PaymentProcessorDTO]] = None, eventProfiles: Optional[List[EventProfileDTO]] = None, communicationProfiles: Optional[List[CommunicationProfileDTO]] = None, invoiceTerms: Optional[List[InvoiceTermDTO]] = None, paymentTerms: Optional[List[PaymentTermDTO]] = None, timePeriods: Optional[List[TimePeriodDTO]] = None, billingPeriods: Optional[List[BillingPeriodDTO]] = None, pricingPeriods: Optional[List[PricingPeriodDTO]] = None, chargingPeriods: Optional[List[ChargingPeriodDTO]] = None, warehouses: Optional[List[WarehouseDTO]] = None) -> None:
        self.organisation = organisation
        self.generalSettings = generalSettings
        self.fieldSettings = fieldSettings
        self.customAttributes = customAttributes
        self.variations = variations
        self.pagination = pagination
        self.accountGroup = accountGroup
        self.itemGroup = itemGroup
        self.customForms = customForms
        self.salutations = salutations
        self.designations = designations
        self.uom = uom
        self.accountingCodes = accountingCodes
        self.countries = countries
        self.industries = industries
        self.industryGroups = industryGroups
        self.operators = operators
        self.operatorGroups = operatorGroups
        self.roles = roles
        self.teams = teams
        self.timeZones = timeZones
        self.currencies = currencies
        self.taxes = taxes
        self.paymentProcessors = paymentProcessors
        self.eventProfiles = eventProfiles
        self.communicationProfiles = communicationProfiles
        self.invoiceTerms = invoiceTerms
        self.paymentTerms = paymentTerms
        self.timePeriods = timePeriods
        self.billingPeriods = billingPeriods
        self.pricingPeriods = pricingPeriods
        self.chargingPeriods = chargingPeriods
        self.warehouses = warehouses


@dataclass(repr=False, eq=False, init=False)
class GeneralSettingDetailsDTO(DTOBase):
    """``GeneralSettingDetailsDTO`` of the documented SDK."""
    settings: Optional[GeneralSettingDataDTO] = None

    def __init__(self, settings: Optional[GeneralSettingDataDTO] = None) -> None:
        self.settings = settings


@dataclass(repr=False, eq=False, init=False)
class GeneralSettingRequestDTO(DTOBase):
    """``GeneralSettingRequestDTO`` of the documented SDK."""
    generalSettings: Optional[GeneralSettingsDTO] = None

    def __init__(self, generalSettings: Optional[GeneralSettingsDTO] = None) -> None:
        self.generalSettings = generalSettings


@dataclass(repr=False, eq=False, init=False)
class GeneralSettingsDTO(DTOBase):
    """``GeneralSettingsDTO`` of the documented SDK."""
    dateAndTime: Optional[DateAndTimeSettingsDTO] = None
    account: Optional[AccountSettingsDTO] = None
    item: Optional[ItemSettingsDTO] = None
    order: Optional[OrderSettingsDTO] = None
    transaction: Optional[TransactionSettingsDTO] = None
    purchase: Optional[PurchaseSettingsDTO] = None
    displaySettings: Optional[Dict[str, Any]] = None
    securitySettings: Optional[SecuritySettingsDTO] = None
    dashboards: Optional[DashboardsDTO] = None
    inventory: Optional[InventorySettingsDTO] = None
    portal: Optional[PortalSettingsDTO] = None

    def __init__(self, dateAndTime: Optional[DateAndTimeSettingsDTO] = None, account: Optional[AccountSettingsDTO] = None, item: Optional[ItemSettingsDTO] = None, order: Optional[OrderSettingsDTO] = None, transaction: Optional[TransactionSettingsDTO] = None, purchase: Optional[PurchaseSettingsDTO] = None, displaySettings: Optional[Dict[str, Any]] = None, securitySettings: Optional[SecuritySettingsDTO] = None, dashboards: Optional[DashboardsDTO] = None, inventory: Optional[InventorySettingsDTO] = None, portal: Optional[PortalSettingsDTO] = None) -> None:
        self.dateAndTime = dateAndTime
        self.account = account
        self.item = item
        self.order = order
        self.transaction = transaction
        self.purchase = purchase
        self.displaySettings = displaySettings
        self.securitySettings = securitySettings
        self.dashboards = dashboards
        self.inventory = inventory
        self.portal = portal


@dataclass(repr=False, eq=False, init=False)
class IndustryDTO(DTOBase):
    """``IndustryDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    industryGroup: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, industryGroup: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.industryGroup = industryGroup


@dataclass(repr=False, eq=False, init=False)
class IndustryGroupDTO(DTOBase):
    """``IndustryGroupDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description


@dataclass(repr=False, eq=False, init=False)
class InventoryAdjustmentRulesDTO(DTOBase):
    """``InventoryAdjustmentRulesDTO`` of the documented SDK."""
    quantityAvailableForSaleDetermination: Optional[List[Any]] = None
    quantityAvailableForSale: Optional[str] = None

    def __init__(self, quantityAvailableForSaleDetermination: Optional[List[Any]] = None, quantityAvailableForSale: Optional[str] = None) -> None:
        self.quantityAvailableForSaleDetermination = quantityAvailableForSaleDetermination
        self.quantityAvailableForSale = quantityAvailableForSale


@dataclass(repr=False, eq=False, init=False)
class InventorySettingsDTO(DTOBase):
    """``InventorySettingsDTO`` of the documented SDK."""
    enableInventoryManagement: Optional[str] = None

    def __init__(self, enableInventoryManagement: Optional[str] = None) -> None:
        self.enableInventoryManagement = enableInventoryManagement


@dataclass(repr=False, eq=False, init=False)
class InvoiceDisplaySettingsDTO(DTOBase):
    """``InvoiceDisplaySettingsDTO`` of the documented SDK."""
    defaultView: Optional[str] = None
    numberOfItemsPerPage: Optional[Union[int, str]] = None
    fields: Optional[List[FieldDTO]] = None

    def __init__(self, defaultView: Optional[str] = None, numberOfItemsPerPage: Optional[Union[int, str]] = None, fields: Optional[List[FieldDTO]] = None) -> None:
        self.defaultView = defaultView
        self.numberOfItemsPerPage = numberOfItemsPerPage
        self.fields = fields


@dataclass(repr=False, eq=False, init=False)
class InvoiceTermDTO(DTOBase):
    """``InvoiceTermDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    duration: Optional[DurationDTO] = None
    displayOrder: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, duration: Optional[DurationDTO] = None, displayOrder: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.duration = duration
        self.displayOrder = displayOrder


@dataclass(repr=False, eq=False, init=False)
class ItemDisplaySettingsDTO(DTOBase):
    """``ItemDisplaySettingsDTO`` of the documented SDK."""
    defaultView: Optional[str] = None
    numberOfItemsPerPage: Optional[Union[int, str]] = None
    fields: Optional[List[FieldDTO]] = None

    def __init__(self, defaultView: Optional[str] = None, numberOfItemsPerPage: Optional[Union[int, str]] = None, fields: Optional[List[FieldDTO]] = None) -> None:
        self.defaultView = defaultView
        self.numberOfItemsPerPage = numberOfItemsPerPage
        self.fields = fields


@dataclass(repr=False, eq=False, init=False)
class ItemGroupDTO(DTOBase):
    """``ItemGroupDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    imageUri: Optional[str] = None
    manager: Optional[str] = None
    customAttribute: Optional[List[CustomAttributeDTO]] = None
    billingPreferences: Optional[BillingPreferencesDTO] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageUri: Optional[str] = None, manager: Optional[str] = None, customAttribute: Optional[List[CustomAttributeDTO]] = None, billingPreferences: Optional[BillingPreferencesDTO] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageUri = imageUri
        self.manager = manager
        self.customAttribute = customAttribute
        self.billingPreferences = billingPreferences


@dataclass(repr=False, eq=False, init=False)
class ItemGroupingDTO(DTOBase):
    """``ItemGroupingDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultGroup: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultGroup: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultGroup = defaultGroup


@dataclass(repr=False, eq=False, init=False)
class ItemManagementDTO(DTOBase):
    """``ItemManagementDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultManager: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultManager: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultManager = defaultManager


@dataclass(repr=False, eq=False, init=False)
class ItemSettingsDTO(DTOBase):
    """``ItemSettingsDTO`` of the documented SDK."""
    enableVariationBasedItem: Optional[str] = None
    enableGiftCertificateBasedItem: Optional[str] = None
    requireNameToBeUnique: Optional[str] = None
    enableVariation: Optional[str] = None
    itemGrouping: Optional[ItemGroupingDTO] = None
    itemManagement: Optional[ItemManagementDTO] = None
    enablePricingProfile: Optional[str] = None
    enableWorkflowApprovalForItem: Optional[str] = None
    enableSales: Optional[str] = None
    availableChargeTypes: Optional[AvailableChargeTypesDTO] = None
    usePricingLevel: Optional[str] = None
    useSchedulingOfFuturePricing: Optional[str] = None
    chargingPeriodCanVaryFromBillingPeriod: Optional[str] = None
    chargingStartDateCanVaryFromBillingStartDate: Optional[str] = None
    pricingPeriodCanVaryFromChargingPeriod: Optional[PricingPeriodCanVaryDTO] = None
    salePriceEnteredIsInclusiveOfTax: Optional[SalePriceInclusiveOfTaxDTO] = None
    availablePricingMethods: Optional[AvailablePricingMethodsDTO] = None
    enablePurchase: Optional[str] = None
    enableSupplierManagement: Optional[str] = None
    purchasePriceEnteredIsInclusiveOfTax: Optional[PurchasePriceInclusiveOfTaxDTO] = None
    enableInventoryManagement: Optional[str] = None
    enableWarehouseManagement: Optional[str] = None
    useGlobalWarehouse: Optional[str] = None
    inventoryAdjustmentRules: Optional[InventoryAdjustmentRulesDTO] = None

    def __init__(self, enableVariationBasedItem: Optional[str] = None, enableGiftCertificateBasedItem: Optional[str] = None, requireNameToBeUnique: Optional[str] = None, enableVariation: Optional[str] = None, itemGrouping: Optional[ItemGroupingDTO] = None, itemManagement: Optional[ItemManagementDTO] = None, enablePricingProfile: Optional[str] = None, enableWorkflowApprovalForItem: Optional[str] = None, enableSales: Optional[str] = None, availableChargeTypes: Optional[AvailableChargeTypesDTO] = None, usePricingLevel: Optional[str] = None, useSchedulingOfFuturePricing: Optional[str] = None, chargingPeriodCanVaryFromBillingPeriod: Optional[str] = None, chargingStartDateCanVaryFromBillingStartDate: Optional[str] = None, pricingPeriodCanVaryFromChargingPeriod: Optional[PricingPeriodCanVaryDTO] = None, salePriceEnteredIsInclusiveOfTax: Optional[SalePriceInclusiveOfTaxDTO] = None, availablePricingMethods: Optional[AvailablePricingMethodsDTO] = None, enablePurchase: Optional[str] = None, enableSupplierManagement: Optional[str] = None, purchasePriceEnteredIsInclusiveOfTax: Optional[PurchasePriceInclusiveOfTaxDTO] = None, enableInventoryManagement: Optional[str] = None, enableWarehouseManagement: Optional[str] = None, useGlobalWarehouse: Optional[str] = None, inventoryAdjustmentRules: Optional[InventoryAdjustmentRulesDTO] = None) -> None:
        self.enableVariationBasedItem = enableVariationBasedItem
        self.enableGiftCertificateBasedItem = enableGiftCertificateBasedItem
        self.requireNameToBeUnique = requireNameToBeUnique
        self.enableVariation = enableVariation
        self.itemGrouping = itemGrouping
        self.itemManagement = itemManagement
        self.enablePricingProfile = enablePricingProfile
        self.enableWorkflowApprovalForItem = enableWorkflowApprovalForItem
        self.enableSales = enableSales
        self.availableChargeTypes = availableChargeTypes
        self.usePricingLevel = usePricingLevel
        self.useSchedulingOfFuturePricing = useSchedulingOfFuturePricing
        self.chargingPeriodCanVaryFromBillingPeriod = chargingPeriodCanVaryFromBillingPeriod
        self.chargingStartDateCanVaryFromBillingStartDate = chargingStartDateCanVaryFromBillingStartDate
        self.pricingPeriodCanVaryFromChargingPeriod = pricingPeriodCanVaryFromChargingPeriod
        self.salePriceEnteredIsInclusiveOfTax = salePriceEnteredIsInclusiveOfTax
        self.availablePricingMethods = availablePricingMethods
        self.enablePurchase = enablePurchase
        self.enableSupplierManagement = enableSupplierManagement
        self.purchasePriceEnteredIsInclusiveOfTax = purchasePriceEnteredIsInclusiveOfTax
        self.enableInventoryManagement = enableInventoryManagement
        self.enableWarehouseManagement = enableWarehouseManagement
        self.useGlobalWarehouse = useGlobalWarehouse
        self.inventoryAdjustmentRules = inventoryAdjustmentRules


@dataclass(repr=False, eq=False, init=False)
class OperatorDTO(DTOBase):
    """``OperatorDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    group: Optional[str] = None
    role: Optional[str] = None
    team: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, group: Optional[str] = None, role: Optional[str] = None, team: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.group = group
        self.role = role
        self.team = team


@dataclass(repr=False, eq=False, init=False)
class OperatorGroupDTO(DTOBase):
    """``OperatorGroupDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    displaySettings: Optional[DisplaySettingsDTO] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, displaySettings: Optional[DisplaySettingsDTO] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.displaySettings = displaySettings


@dataclass(repr=False, eq=False, init=False)
class OptionDTO(DTOBase):
    """``OptionDTO`` of the documented SDK."""
    displayOrder: Optional[Union[int, str]] = None
    name: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, displayOrder: Optional[Union[int, str]] = None, name: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.displayOrder = displayOrder
        self.name = name
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class OrderDisplaySettingsDTO(DTOBase):
    """``OrderDisplaySettingsDTO`` of the documented SDK."""
    defaultView: Optional[str] = None
    numberOfItemsPerPage: Optional[Union[int, str]] = None
    fields: Optional[List[FieldDTO]] = None

    def __init__(self, defaultView: Optional[str] = None, numberOfItemsPerPage: Optional[Union[int, str]] = None, fields: Optional[List[FieldDTO]] = None) -> None:
        self.defaultView = defaultView
        self.numberOfItemsPerPage = numberOfItemsPerPage
        self.fields = fields


@dataclass(repr=False, eq=False, init=False)
class OrderManagementDTO(DTOBase):
    """``OrderManagementDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultManager: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultManager: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultManager = defaultManager


@dataclass(repr=False, eq=False, init=False)
class OrderSettingsDTO(DTOBase):
    """``OrderSettingsDTO`` of the documented SDK."""
    orderManagement: Optional[OrderManagementDTO] = None
    referralTrackingAtOrderLevel: Optional[ReferralTrackingAtOrderLevelDTO] = None
    salesRepTrackingAtOrderLevel: Optional[SalesRepTrackingAtOrderLevelDTO] = None
    inventoryIsAdjustedWhen: Optional[str] = None
    useGlobalWarehouse: Optional[str] = None
    enableQuote: Optional[str] = None
    enableOrderBackdating: Optional[str] = None
    enableLastSalePriceLookUpForAnAccount: Optional[str] = None
    allowNameToBeChangedInOrder: Optional[str] = None
    allowUnitPriceToBeChangedInOrder: Optional[str] = None
    displayedPriceIsInclusiveOfTax: Optional[str] = None

    def __init__(self, orderManagement: Optional[OrderManagementDTO] = None, referralTrackingAtOrderLevel: Optional[ReferralTrackingAtOrderLevelDTO] = None, salesRepTrackingAtOrderLevel: Optional[SalesRepTrackingAtOrderLevelDTO] = None, inventoryIsAdjustedWhen: Optional[str] = None, useGlobalWarehouse: Optional[str] = None, enableQuote: Optional[str] = None, enableOrderBackdating: Optional[str] = None, enableLastSalePriceLookUpForAnAccount: Optional[str] = None, allowNameToBeChangedInOrder: Optional[str] = None, allowUnitPriceToBeChangedInOrder: Optional[str] = None, displayedPriceIsInclusiveOfTax: Optional[str] = None) -> None:
        self.orderManagement = orderManagement
        self.referralTrackingAtOrderLevel = referralTrackingAtOrderLevel
        self.salesRepTrackingAtOrderLevel = salesRepTrackingAtOrderLevel
        self.inventoryIsAdjustedWhen = inventoryIsAdjustedWhen
        self.useGlobalWarehouse = useGlobalWarehouse
        self.enableQuote = enableQuote
        self.enableOrderBackdating = enableOrderBackdating
        self.enableLastSalePriceLookUpForAnAccount = enableLastSalePriceLookUpForAnAccount
        self.allowNameToBeChangedInOrder = allowNameToBeChangedInOrder
        self.allowUnitPriceToBeChangedInOrder = allowUnitPriceToBeChangedInOrder
        self.displayedPriceIsInclusiveOfTax = displayedPriceIsInclusiveOfTax


@dataclass(repr=False, eq=False, init=False)
class OrganisationDataDTO(DTOBase):
    """``OrganisationDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    description: Optional[str] = None
    imageUri: Optional[str] = None
    emailAddress: Optional[str] = None
    businessId4: Optional[str] = None
    businessId5: Optional[str] = None
    addressLine1: Optional[str] = None
    addressLine2: Optional[str] = None
    postCode: Optional[str] = None
    city: Optional[str] = None
    state: Optional[str] = None
    country: Optional[str] = None
    phoneFull: Optional[str] = None
    mobileFull: Optional[str] = None
    faxFull: Optional[str] = None
    website: Optional[str] = None
    industry: Optional[str] = None

    def __init__(self, name: Optional[str] = None, description: Optional[str] = None, imageUri: Optional[str] = None, emailAddress: Optional[str] = None, businessId4: Optional[str] = None, businessId5: Optional[str] = None, addressLine1: Optional[str] = None, addressLine2: Optional[str] = None, postCode: Optional[str] = None, city: Optional[str] = None, state: Optional[str] = None, country: Optional[str] = None, phoneFull: Optional[str] = None, mobileFull: Optional[str] = None, faxFull: Optional[str] = None, website: Optional[str] = None, industry: Optional[str] = None) -> None:
        self.name = name
        self.description = description
        self.imageUri = imageUri
        self.emailAddress = emailAddress
        self.businessId4 = businessId4
        self.businessId5 = businessId5
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.postCode = postCode
        self.city = city
        self.state = state
        self.country = country
        self.phoneFull = phoneFull
        self.mobileFull = mobileFull
        self.faxFull = faxFull
        self.website = website
        self.industry = industry


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
class PaymentProcessorDTO(DTOBase):
    """``PaymentProcessorDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    default: Optional[Union[bool, str]] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    provider: Optional[str] = None
    currency: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, default: Optional[Union[bool, str]] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, provider: Optional[str] = None, currency: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.default = default
        self.name = name
        self.displayName = displayName
        self.description = description
        self.provider = provider
        self.currency = currency


@dataclass(repr=False, eq=False, init=False)
class PaymentTermDTO(DTOBase):
    """``PaymentTermDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    duration: Optional[DurationDTO] = None
    displayOrder: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, duration: Optional[DurationDTO] = None, displayOrder: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.duration = duration
        self.displayOrder = displayOrder


@dataclass(repr=False, eq=False, init=False)
class PortalSettingsDTO(DTOBase):
    """``PortalSettingsDTO`` of the documented SDK."""
    enablePortalLogin: Optional[str] = None
    enablePortalLoginFor: Optional[str] = None
    customerPortalUrl: Optional[str] = None
    setPasswordInvitationCanBeSentByOperator: Optional[str] = None
    passwordCanBeSpecifiedByOperator: Optional[str] = None

    def __init__(self, enablePortalLogin: Optional[str] = None, enablePortalLoginFor: Optional[str] = None, customerPortalUrl: Optional[str] = None, setPasswordInvitationCanBeSentByOperator: Optional[str] = None, passwordCanBeSpecifiedByOperator: Optional[str] = None) -> None:
        self.enablePortalLogin = enablePortalLogin
        self.enablePortalLoginFor = enablePortalLoginFor
        self.customerPortalUrl = customerPortalUrl
        self.setPasswordInvitationCanBeSentByOperator = setPasswordInvitationCanBeSentByOperator
        self.passwordCanBeSpecifiedByOperator = passwordCanBeSpecifiedByOperator


@dataclass(repr=False, eq=False, init=False)
class PricingPeriodCanVaryDTO(DTOBase):
    """``PricingPeriodCanVaryDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultPricingPeriod: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultPricingPeriod: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultPricingPeriod = defaultPricingPeriod


@dataclass(repr=False, eq=False, init=False)
class PricingPeriodDTO(DTOBase):
    """``PricingPeriodDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    timePeriod: Optional[str] = None
    displayOrder: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, timePeriod: Optional[str] = None, displayOrder: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.timePeriod = timePeriod
        self.displayOrder = displayOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderDisplaySettingsDTO(DTOBase):
    """``PurchaseOrderDisplaySettingsDTO`` of the documented SDK."""
    defaultView: Optional[str] = None
    numberOfItemsPerPage: Optional[Union[int, str]] = None
    fields: Optional[List[FieldDTO]] = None

    def __init__(self, defaultView: Optional[str] = None, numberOfItemsPerPage: Optional[Union[int, str]] = None, fields: Optional[List[FieldDTO]] = None) -> None:
        self.defaultView = defaultView
        self.numberOfItemsPerPage = numberOfItemsPerPage
        self.fields = fields


@dataclass(repr=False, eq=False, init=False)
class PurchasePriceInclusiveOfTaxDTO(DTOBase):
    """``PurchasePriceInclusiveOfTaxDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    tax: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, tax: Optional[str] = None) -> None:
        self.enabled = enabled
        self.tax = tax


@dataclass(repr=False, eq=False, init=False)
class PurchaseSettingsDTO(DTOBase):
    """``PurchaseSettingsDTO`` of the documented SDK."""
    useGlobalWarehouse: Optional[str] = None
    enableWorkflowApprovalForPurchaseOrder: Optional[str] = None
    enableWorkflowApprovalForPurchaseInvoice: Optional[str] = None
    enableWorkflowApprovalForPurchasePayment: Optional[str] = None
    enableWorkflowApprovalForPurchaseCreditNote: Optional[str] = None
    enableWorkflowApprovalForPurchaseRefund: Optional[str] = None
    inventoryIsAdjustedWhen: Optional[str] = None
    allowModificationOfFollowingPurchaseInvoiceFields: Optional[AllowModificationOfPurchaseInvoiceFieldsDTO] = None
    allowModificationOfFollowingPurchasePaymentFields: Optional[AllowModificationOfPurchasePaymentFieldsDTO] = None
    allowModificationOfFollowingPurchaseCreditNoteFields: Optional[AllowModificationOfPurchaseCreditNoteFieldsDTO] = None
    allowModificationOfFollowingPurchaseRefundFields: Optional[AllowModificationOfPurchaseRefundFieldsDTO] = None

    def __init__(self, useGlobalWarehouse: Optional[str] = None, enableWorkflowApprovalForPurchaseOrder: Optional[str] = None, enableWorkflowApprovalForPurchaseInvoice: Optional[str] = None, enableWorkflowApprovalForPurchasePayment: Optional[str] = None, enableWorkflowApprovalForPurchaseCreditNote: Optional[str] = None, enableWorkflowApprovalForPurchaseRefund: Optional[str] = None, inventoryIsAdjustedWhen: Optional[str] = None, allowModificationOfFollowingPurchaseInvoiceFields: Optional[AllowModificationOfPurchaseInvoiceFieldsDTO] = None, allowModificationOfFollowingPurchasePaymentFields: Optional[AllowModificationOfPurchasePaymentFieldsDTO] = None, allowModificationOfFollowingPurchaseCreditNoteFields: Optional[AllowModificationOfPurchaseCreditNoteFieldsDTO] = None, allowModificationOfFollowingPurchaseRefundFields: Optional[AllowModificationOfPurchaseRefundFieldsDTO] = None) -> None:
        self.useGlobalWarehouse = useGlobalWarehouse
        self.enableWorkflowApprovalForPurchaseOrder = enableWorkflowApprovalForPurchaseOrder
        self.enableWorkflowApprovalForPurchaseInvoice = enableWorkflowApprovalForPurchaseInvoice
        self.enableWorkflowApprovalForPurchasePayment = enableWorkflowApprovalForPurchasePayment
        self.enableWorkflowApprovalForPurchaseCreditNote = enableWorkflowApprovalForPurchaseCreditNote
        self.enableWorkflowApprovalForPurchaseRefund = enableWorkflowApprovalForPurchaseRefund
        self.inventoryIsAdjustedWhen = inventoryIsAdjustedWhen
        self.allowModificationOfFollowingPurchaseInvoiceFields = allowModificationOfFollowingPurchaseInvoiceFields
        self.allowModificationOfFollowingPurchasePaymentFields = allowModificationOfFollowingPurchasePaymentFields
        self.allowModificationOfFollowingPurchaseCreditNoteFields = allowModificationOfFollowingPurchaseCreditNoteFields
        self.allowModificationOfFollowingPurchaseRefundFields = allowModificationOfFollowingPurchaseRefundFields


@dataclass(repr=False, eq=False, init=False)
class ReferralTrackingAtAccountLevelDTO(DTOBase):
    """``ReferralTrackingAtAccountLevelDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultReferralTracking: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultReferralTracking: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultReferralTracking = defaultReferralTracking


@dataclass(repr=False, eq=False, init=False)
class ReferralTrackingAtOrderLevelDTO(DTOBase):
    """``ReferralTrackingAtOrderLevelDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultReferralTracking: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultReferralTracking: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultReferralTracking = defaultReferralTracking


@dataclass(repr=False, eq=False, init=False)
class RoleDTO(DTOBase):
    """``RoleDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description


@dataclass(repr=False, eq=False, init=False)
class SalePriceInclusiveOfTaxDTO(DTOBase):
    """``SalePriceInclusiveOfTaxDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    taxIncludedInSalesPriceIsBasedOn: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, taxIncludedInSalesPriceIsBasedOn: Optional[str] = None) -> None:
        self.enabled = enabled
        self.taxIncludedInSalesPriceIsBasedOn = taxIncludedInSalesPriceIsBasedOn


@dataclass(repr=False, eq=False, init=False)
class SalesRepTrackingAtAccountLevelDTO(DTOBase):
    """``SalesRepTrackingAtAccountLevelDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultSalesRepTracking: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultSalesRepTracking: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultSalesRepTracking = defaultSalesRepTracking


@dataclass(repr=False, eq=False, init=False)
class SalesRepTrackingAtOrderLevelDTO(DTOBase):
    """``SalesRepTrackingAtOrderLevelDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultSalesRepTracking: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultSalesRepTracking: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultSalesRepTracking = defaultSalesRepTracking


@dataclass(repr=False, eq=False, init=False)
class SalutationDTO(DTOBase):
    """``SalutationDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description


@dataclass(repr=False, eq=False, init=False)
class SecuritySettingsDTO(DTOBase):
    """``SecuritySettingsDTO`` of the documented SDK."""
    sessionTimeout: Optional[SessionTimeoutDTO] = None
    enableTfa: Optional[str] = None
    allowSupportLogin: Optional[str] = None

    def __init__(self, sessionTimeout: Optional[SessionTimeoutDTO] = None, enableTfa: Optional[str] = None, allowSupportLogin: Optional[str] = None) -> None:
        self.sessionTimeout = sessionTimeout
        self.enableTfa = enableTfa
        self.allowSupportLogin = allowSupportLogin


@dataclass(repr=False, eq=False, init=False)
class SessionTimeoutDTO(DTOBase):
    """``SessionTimeoutDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    timeout: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, timeout: Optional[str] = None) -> None:
        self.enabled = enabled
        self.timeout = timeout


@dataclass(repr=False, eq=False, init=False)
class TaxDTO(DTOBase):
    """``TaxDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    country: Optional[str] = None
    configuration: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[Union[float, str]] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, country: Optional[str] = None, configuration: Optional[str] = None, code: Optional[str] = None, rate: Optional[Union[float, str]] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.country = country
        self.configuration = configuration
        self.code = code
        self.rate = rate


@dataclass(repr=False, eq=False, init=False)
class TeamDTO(DTOBase):
    """``TeamDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description


@dataclass(repr=False, eq=False, init=False)
class TimePeriodDTO(DTOBase):
    """``TimePeriodDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    duration: Optional[DurationDTO] = None
    displayOrder: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, duration: Optional[DurationDTO] = None, displayOrder: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.duration = duration
        self.displayOrder = displayOrder


@dataclass(repr=False, eq=False, init=False)
class TimeZoneDTO(DTOBase):
    """``TimeZoneDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    favourite: Optional[Union[bool, str]] = None
    name: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, favourite: Optional[Union[bool, str]] = None, name: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.favourite = favourite
        self.name = name


@dataclass(repr=False, eq=False, init=False)
class TransactionSettingsDTO(DTOBase):
    """``TransactionSettingsDTO`` of the documented SDK."""
    defaultAccountingCodes: Optional[DefaultAccountingCodesDTO] = None
    enableCreationOfAutomaticPaymentSurcharge: Optional[str] = None
    updateInvoiceToIncludeCurrentPaymentSurcharge: Optional[str] = None
    createNegativeChargeToAccommodateAdjustmentRequiredForOrderCancelOrChange: Optional[str] = None
    updateCurrentInvoiceToIncludeChargeAdjustments: Optional[str] = None
    enableDiscountProfile: Optional[str] = None
    displayedPriceIsInclusiveOfTax: Optional[str] = None
    availableMediumsForCommunicationPreference: Optional[AvailableMediumsForCommunicationPreferenceDTO] = None
    disableNotificationForInvoiceWithChargesOfZeroAmount: Optional[str] = None
    allowModificationOfFollowingInvoiceFields: Optional[AllowModificationOfInvoiceFieldsDTO] = None
    allowModificationOfFollowingPaymentFields: Optional[AllowModificationOfPaymentFieldsDTO] = None
    allowModificationOfFollowingCreditNoteFields: Optional[AllowModificationOfCreditNoteFieldsDTO] = None
    allowModificationOfFollowingRefundFields: Optional[AllowModificationOfRefundFieldsDTO] = None

    def __init__(self, defaultAccountingCodes: Optional[DefaultAccountingCodesDTO] = None, enableCreationOfAutomaticPaymentSurcharge: Optional[str] = None, updateInvoiceToIncludeCurrentPaymentSurcharge: Optional[str] = None, createNegativeChargeToAccommodateAdjustmentRequiredForOrderCancelOrChange: Optional[str] = None, updateCurrentInvoiceToIncludeChargeAdjustments: Optional[str] = None, enableDiscountProfile: Optional[str] = None, displayedPriceIsInclusiveOfTax: Optional[str] = None, availableMediumsForCommunicationPreference: Optional[AvailableMediumsForCommunicationPreferenceDTO] = None, disableNotificationForInvoiceWithChargesOfZeroAmount: Optional[str] = None, allowModificationOfFollowingInvoiceFields: Optional[AllowModificationOfInvoiceFieldsDTO] = None, allowModificationOfFollowingPaymentFields: Optional[AllowModificationOfPaymentFieldsDTO] = None, allowModificationOfFollowingCreditNoteFields: Optional[AllowModificationOfCreditNoteFieldsDTO] = None, allowModificationOfFollowingRefundFields: Optional[AllowModificationOfRefundFieldsDTO] = None) -> None:
        self.defaultAccountingCodes = defaultAccountingCodes
        self.enableCreationOfAutomaticPaymentSurcharge = enableCreationOfAutomaticPaymentSurcharge
        self.updateInvoiceToIncludeCurrentPaymentSurcharge = updateInvoiceToIncludeCurrentPaymentSurcharge
        self.createNegativeChargeToAccommodateAdjustmentRequiredForOrderCancelOrChange = createNegativeChargeToAccommodateAdjustmentRequiredForOrderCancelOrChange
        self.updateCurrentInvoiceToIncludeChargeAdjustments = updateCurrentInvoiceToIncludeChargeAdjustments
        self.enableDiscountProfile = enableDiscountProfile
        self.displayedPriceIsInclusiveOfTax = displayedPriceIsInclusiveOfTax
        self.availableMediumsForCommunicationPreference = availableMediumsForCommunicationPreference
        self.disableNotificationForInvoiceWithChargesOfZeroAmount = disableNotificationForInvoiceWithChargesOfZeroAmount
        self.allowModificationOfFollowingInvoiceFields = allowModificationOfFollowingInvoiceFields
        self.allowModificationOfFollowingPaymentFields = allowModificationOfFollowingPaymentFields
        self.allowModificationOfFollowingCreditNoteFields = allowModificationOfFollowingCreditNoteFields
        self.allowModificationOfFollowingRefundFields = allowModificationOfFollowingRefundFields


@dataclass(repr=False, eq=False, init=False)
class UomDTO(DTOBase):
    """``UomDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    type: Optional[str] = None
    precision: Optional[Union[int, str]] = None
    rounding: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, type: Optional[str] = None, precision: Optional[Union[int, str]] = None, rounding: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.type = type
        self.precision = precision
        self.rounding = rounding


@dataclass(repr=False, eq=False, init=False)
class UseInDTO(DTOBase):
    """``UseInDTO`` of the documented SDK."""
    associatedAccountGroups: Optional[List[Any]] = None
    associatedItemGroups: Optional[List[Any]] = None
    associatedUserGroups: Optional[List[Any]] = None
    required: Optional[str] = None
    resource: Optional[str] = None
    unique: Optional[str] = None
    enabled: Optional[str] = None

    def __init__(self, associatedAccountGroups: Optional[List[Any]] = None, associatedItemGroups: Optional[List[Any]] = None, associatedUserGroups: Optional[List[Any]] = None, required: Optional[str] = None, resource: Optional[str] = None, unique: Optional[str] = None, enabled: Optional[str] = None) -> None:
        self.associatedAccountGroups = associatedAccountGroups
        self.associatedItemGroups = associatedItemGroups
        self.associatedUserGroups = associatedUserGroups
        self.required = required
        self.resource = resource
        self.unique = unique
        self.enabled = enabled


@dataclass(repr=False, eq=False, init=False)
class VariationDTO(DTOBase):
    """``VariationDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    options: Optional[List[OptionDTO]] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, options: Optional[List[OptionDTO]] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.options = options


@dataclass(repr=False, eq=False, init=False)
class WarehouseDTO(DTOBase):
    """``WarehouseDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    default: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    country: Optional[str] = None
    state: Optional[str] = None
    city: Optional[str] = None
    postCode: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, default: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, country: Optional[str] = None, state: Optional[str] = None, city: Optional[str] = None, postCode: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.default = default
        self.name = name
        self.displayName = displayName
        self.description = description
        self.country = country
        self.state = state
        self.city = city
        self.postCode = postCode
