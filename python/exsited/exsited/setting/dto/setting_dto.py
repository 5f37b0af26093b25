# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.setting.dto.setting_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "AccountFieldSettingsDTO",
    "AccountFieldSettingsRequestDTO",
    "AccountFieldSettingsRequestDataDTO",
    "ActionScriptDataDTO",
    "ActionScriptResponseDTO",
    "ActionScriptWorkflowCountAllDataDTO",
    "ActionScriptWorkflowCountAllResponseDTO",
    "ComponentDataDTO",
    "ComponentResponseDTO",
    "CurrenciesResponseDTO",
    "CustomLogicScriptDTO",
    "CustomLogicScriptDetailsResponseDTO",
    "CustomLogicScriptsResponseDTO",
    "DiscountProfilesResponseDTO",
    "FieldSettingsDataDTO",
    "FieldSettingsSuccessMessageDTO",
    "ItemGroupListDTO",
    "PaymentTermDurationDTO",
    "PaymentTermsResponseDTO",
    "PricingLevelsDataDTO",
    "RedemptionCodeDTO",
    "SettingPaymentProcessorListDTO",
    "SettingPricingLevelsListDTO",
    "ShippingProfilesResponseDTO",
    "TaxesResponseDTO",
    "VariationCreateDataDTO",
    "VariationCreateRequestDTO",
    "VariationDetailsResponseDTO",
    "VariationOptionDTO",
    "VariationUpdateResponseDTO",
    "VariationsResponseDTO",
    "WarehouseDetailsResponseDTO",
    "WarehousesResponseDTO",
    "WorkflowCountDataDTO",
    "WorkflowStatusCountDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountFieldSettingsDTO(DTOBase):
    """``AccountFieldSettingsDTO`` of the documented SDK."""
    fields: Optional[List[FieldSettingsDataDTO]] = None

    def __init__(self, fields: Optional[List[FieldSettingsDataDTO]] = None) -> None:
        self.fields = fields


@dataclass(repr=False, eq=False, init=False)
class AccountFieldSettingsRequestDTO(DTOBase):
    """``AccountFieldSettingsRequestDTO`` of the documented SDK."""
    fieldSettings: Optional[AccountFieldSettingsRequestDataDTO] = None

    def __init__(self, fieldSettings: Optional[AccountFieldSettingsRequestDataDTO] = None) -> None:
        self.fieldSettings = fieldSettings


@dataclass(repr=False, eq=False, init=False)
class AccountFieldSettingsRequestDataDTO(DTOBase):
    """``AccountFieldSettingsRequestDataDTO`` of the documented SDK."""
    account: Optional[AccountFieldSettingsDTO] = None

    def __init__(self, account: Optional[AccountFieldSettingsDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class ActionScriptDataDTO(DTOBase):
    """``ActionScriptDataDTO`` of the documented SDK."""
    workflowCountData: Optional[WorkflowCountDataDTO] = None

    def __init__(self, workflowCountData: Optional[WorkflowCountDataDTO] = None) -> None:
        self.workflowCountData = workflowCountData


@dataclass(repr=False, eq=False, init=False)
class ActionScriptResponseDTO(DTOBase):
    """``ActionScriptResponseDTO`` of the documented SDK."""
    actionScript: Optional[ActionScriptDataDTO] = None

    def __init__(self, actionScript: Optional[ActionScriptDataDTO] = None) -> None:
        self.actionScript = actionScript


@dataclass(repr=False, eq=False, init=False)
class ActionScriptWorkflowCountAllDataDTO(DTOBase):
    """``ActionScriptWorkflowCountAllDataDTO`` of the documented SDK."""
    workflowCountData: Optional[WorkflowCountDataDTO] = None
    dueInvoiceCount: Optional[Union[int, str]] = None

    def __init__(self, workflowCountData: Optional[WorkflowCountDataDTO] = None, dueInvoiceCount: Optional[Union[int, str]] = None) -> None:
        self.workflowCountData = workflowCountData
        self.dueInvoiceCount = dueInvoiceCount


@dataclass(repr=False, eq=False, init=False)
class ActionScriptWorkflowCountAllResponseDTO(DTOBase):
    """``ActionScriptWorkflowCountAllResponseDTO`` of the documented SDK."""
    actionScript: Optional[ActionScriptWorkflowCountAllDataDTO] = None

    def __init__(self, actionScript: Optional[ActionScriptWorkflowCountAllDataDTO] = None) -> None:
        self.actionScript = actionScript


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
class ComponentDataDTO(DTOBase):
    """``ComponentDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    useIn: Optional[List[UseInDTO]] = None
    relation: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, useIn: Optional[List[UseInDTO]] = None, relation: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.useIn = useIn
        self.relation = relation


@dataclass(repr=False, eq=False, init=False)
class ComponentResponseDTO(DTOBase):
    """``ComponentResponseDTO`` of the documented SDK."""
    components: Optional[List[ComponentDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, components: Optional[List[ComponentDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.components = components
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class CurrenciesResponseDTO(DTOBase):
    """``CurrenciesResponseDTO`` of the documented SDK."""
    currencies: Optional[List[CurrencyDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, currencies: Optional[List[CurrencyDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.currencies = currencies
        self.pagination = pagination


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
    precision: Optional[str] = None
    rounding: Optional[str] = None
    cashRoundingInterval: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, country: Optional[str] = None, symbol: Optional[str] = None, currencyCode: Optional[str] = None, precision: Optional[str] = None, rounding: Optional[str] = None, cashRoundingInterval: Optional[str] = None) -> None:
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
class CustomLogicScriptDTO(DTOBase):
    """``CustomLogicScriptDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    type: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None, description: Optional[str] = None, type: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.name = name
        self.description = description
        self.type = type
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn


@dataclass(repr=False, eq=False, init=False)
class CustomLogicScriptDetailsResponseDTO(DTOBase):
    """``CustomLogicScriptDetailsResponseDTO`` of the documented SDK."""
    script: Optional[CustomLogicScriptDTO] = None

    def __init__(self, script: Optional[CustomLogicScriptDTO] = None) -> None:
        self.script = script


@dataclass(repr=False, eq=False, init=False)
class CustomLogicScriptsResponseDTO(DTOBase):
    """``CustomLogicScriptsResponseDTO`` of the documented SDK."""
    scripts: Optional[List[CustomLogicScriptDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, scripts: Optional[List[CustomLogicScriptDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.scripts = scripts
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class DiscountProfileDTO(DTOBase):
    """``DiscountProfileDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    invoiceNote: Optional[str] = None
    accountingCode: Optional[str] = None
    discountStartTime: Optional[str] = None
    discountEndTime: Optional[str] = None
    discountType: Optional[str] = None
    fixed: Optional[str] = None
    percentage: Optional[str] = None
    maximumUse: Optional[str] = None
    totalUsageCount: Optional[str] = None
    maximumUsePerAccount: Optional[str] = None
    maximumUsePerOrder: Optional[str] = None
    requiresRedemptionCode: Optional[str] = None
    redemptionCode: Optional[List[RedemptionCodeDTO]] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, invoiceNote: Optional[str] = None, accountingCode: Optional[str] = None, discountStartTime: Optional[str] = None, discountEndTime: Optional[str] = None, discountType: Optional[str] = None, fixed: Optional[str] = None, percentage: Optional[str] = None, maximumUse: Optional[str] = None, totalUsageCount: Optional[str] = None, maximumUsePerAccount: Optional[str] = None, maximumUsePerOrder: Optional[str] = None, requiresRedemptionCode: Optional[str] = None, redemptionCode: Optional[List[RedemptionCodeDTO]] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.invoiceNote = invoiceNote
        self.accountingCode = accountingCode
        self.discountStartTime = discountStartTime
        self.discountEndTime = discountEndTime
        self.discountType = discountType
        self.fixed = fixed
        self.percentage = percentage
        self.maximumUse = maximumUse
        self.totalUsageCount = totalUsageCount
        self.maximumUsePerAccount = maximumUsePerAccount
        self.maximumUsePerOrder = maximumUsePerOrder
        self.requiresRedemptionCode = requiresRedemptionCode
        self.redemptionCode = redemptionCode


@dataclass(repr=False, eq=False, init=False)
class DiscountProfilesResponseDTO(DTOBase):
    """``DiscountProfilesResponseDTO`` of the documented SDK."""
    discountProfiles: Optional[List[DiscountProfileDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, discountProfiles: Optional[List[DiscountProfileDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.discountProfiles = discountProfiles
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class FieldSettingsDataDTO(DTOBase):
    """``FieldSettingsDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    enabled: Optional[str] = None
    required: Optional[str] = None
    module: Optional[str] = None
    default: Optional[str] = None

    def __init__(self, name: Optional[str] = None, enabled: Optional[str] = None, required: Optional[str] = None, module: Optional[str] = None, default: Optional[str] = None) -> None:
        self.name = name
        self.enabled = enabled
        self.required = required
        self.module = module
        self.default = default


@dataclass(repr=False, eq=False, init=False)
class FieldSettingsSuccessMessageDTO(DTOBase):
    """``FieldSettingsSuccessMessageDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


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
    billingPreferences: Optional[BillingPreferencesDTO] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageUri: Optional[str] = None, manager: Optional[str] = None, billingPreferences: Optional[BillingPreferencesDTO] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageUri = imageUri
        self.manager = manager
        self.billingPreferences = billingPreferences


@dataclass(repr=False, eq=False, init=False)
class ItemGroupListDTO(DTOBase):
    """``ItemGroupListDTO`` of the documented SDK."""
    itemGroup: Optional[List[ItemGroupDTO]] = None

    def __init__(self, itemGroup: Optional[List[ItemGroupDTO]] = None) -> None:
        self.itemGroup = itemGroup


@dataclass(repr=False, eq=False, init=False)
class OptionDTO(DTOBase):
    """``OptionDTO`` of the documented SDK."""
    name: Optional[str] = None
    order: Optional[Union[int, str]] = None

    def __init__(self, name: Optional[str] = None, order: Optional[Union[int, str]] = None) -> None:
        self.name = name
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class PaymentProcessorDTO(DTOBase):
    """``PaymentProcessorDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    default: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    provider: Optional[str] = None
    currency: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, default: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, provider: Optional[str] = None, currency: Optional[str] = None) -> None:
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
    duration: Optional[PaymentTermDurationDTO] = None
    displayOrder: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, duration: Optional[PaymentTermDurationDTO] = None, displayOrder: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.duration = duration
        self.displayOrder = displayOrder


@dataclass(repr=False, eq=False, init=False)
class PaymentTermDurationDTO(DTOBase):
    """``PaymentTermDurationDTO`` of the documented SDK."""
    period: Optional[str] = None
    count: Optional[Union[int, str]] = None

    def __init__(self, period: Optional[str] = None, count: Optional[Union[int, str]] = None) -> None:
        self.period = period
        self.count = count


@dataclass(repr=False, eq=False, init=False)
class PaymentTermsResponseDTO(DTOBase):
    """``PaymentTermsResponseDTO`` of the documented SDK."""
    paymentTerms: Optional[List[PaymentTermDTO]] = None

    def __init__(self, paymentTerms: Optional[List[PaymentTermDTO]] = None) -> None:
        self.paymentTerms = paymentTerms


@dataclass(repr=False, eq=False, init=False)
class PricingLevelsDataDTO(DTOBase):
    """``PricingLevelsDataDTO`` of the documented SDK."""
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
class RedemptionCodeDTO(DTOBase):
    """``RedemptionCodeDTO`` of the documented SDK."""
    codeId: Optional[str] = None
    note: Optional[str] = None
    maxLimit: Optional[str] = None
    usageCount: Optional[str] = None

    def __init__(self, codeId: Optional[str] = None, note: Optional[str] = None, maxLimit: Optional[str] = None, usageCount: Optional[str] = None) -> None:
        self.codeId = codeId
        self.note = note
        self.maxLimit = maxLimit
        self.usageCount = usageCount


@dataclass(repr=False, eq=False, init=False)
class SettingPaymentProcessorListDTO(DTOBase):
    """``SettingPaymentProcessorListDTO`` of the documented SDK."""
    paymentProcessors: Optional[List[PaymentProcessorDTO]] = None

    def __init__(self, paymentProcessors: Optional[List[PaymentProcessorDTO]] = None) -> None:
        self.paymentProcessors = paymentProcessors


@dataclass(repr=False, eq=False, init=False)
class SettingPricingLevelsListDTO(DTOBase):
    """``SettingPricingLevelsListDTO`` of the documented SDK."""
    pricingLevels: Optional[List[PricingLevelsDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, pricingLevels: Optional[List[PricingLevelsDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.pricingLevels = pricingLevels
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class ShippingProfileDTO(DTOBase):
    """``ShippingProfileDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    invoiceNote: Optional[str] = None
    type: Optional[str] = None
    fixedAmount: Optional[str] = None
    isTaxExempt: Optional[str] = None
    isTaxInclusive: Optional[str] = None
    taxConfiguration: Optional[TaxConfigurationDTO] = None
    accountingCode: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, invoiceNote: Optional[str] = None, type: Optional[str] = None, fixedAmount: Optional[str] = None, isTaxExempt: Optional[str] = None, isTaxInclusive: Optional[str] = None, taxConfiguration: Optional[TaxConfigurationDTO] = None, accountingCode: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.invoiceNote = invoiceNote
        self.type = type
        self.fixedAmount = fixedAmount
        self.isTaxExempt = isTaxExempt
        self.isTaxInclusive = isTaxInclusive
        self.taxConfiguration = taxConfiguration
        self.accountingCode = accountingCode


@dataclass(repr=False, eq=False, init=False)
class ShippingProfilesResponseDTO(DTOBase):
    """``ShippingProfilesResponseDTO`` of the documented SDK."""
    shippingProfiles: Optional[List[ShippingProfileDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, shippingProfiles: Optional[List[ShippingProfileDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.shippingProfiles = shippingProfiles
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class TaxConfigurationDTO(DTOBase):
    """``TaxConfigurationDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[Union[float, str]] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, rate: Optional[Union[float, str]] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.rate = rate
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class TaxDTO(DTOBase):
    """``TaxDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    country: Optional[str] = None
    configuration: Optional[str] = None
    code: Optional[str] = None
    rate: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, country: Optional[str] = None, configuration: Optional[str] = None, code: Optional[str] = None, rate: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.country = country
        self.configuration = configuration
        self.code = code
        self.rate = rate


@dataclass(repr=False, eq=False, init=False)
class TaxesResponseDTO(DTOBase):
    """``TaxesResponseDTO`` of the documented SDK."""
    taxes: Optional[List[TaxDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, taxes: Optional[List[TaxDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.taxes = taxes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class UseInDTO(DTOBase):
    """``UseInDTO`` of the documented SDK."""
    resource: Optional[str] = None

    def __init__(self, resource: Optional[str] = None) -> None:
        self.resource = resource


@dataclass(repr=False, eq=False, init=False)
class VariationCreateDataDTO(DTOBase):
    """``VariationCreateDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    options: Optional[List[Union[str, OptionDTO]]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, options: Optional[List[Union[str, OptionDTO]]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.options = options


@dataclass(repr=False, eq=False, init=False)
class VariationCreateRequestDTO(DTOBase):
    """``VariationCreateRequestDTO`` of the documented SDK."""
    variations: Optional[VariationCreateDataDTO] = None

    def __init__(self, variations: Optional[VariationCreateDataDTO] = None) -> None:
        self.variations = variations


@dataclass(repr=False, eq=False, init=False)
class VariationDTO(DTOBase):
    """``VariationDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    options: Optional[List[VariationOptionDTO]] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, options: Optional[List[VariationOptionDTO]] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.options = options


@dataclass(repr=False, eq=False, init=False)
class VariationDetailsResponseDTO(DTOBase):
    """``VariationDetailsResponseDTO`` of the documented SDK."""
    variation: Optional[VariationDTO] = None

    def __init__(self, variation: Optional[VariationDTO] = None) -> None:
        self.variation = variation


@dataclass(repr=False, eq=False, init=False)
class VariationOptionDTO(DTOBase):
    """``VariationOptionDTO`` of the documented SDK."""
    name: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, name: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.name = name
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class VariationUpdateResponseDTO(DTOBase):
    """``VariationUpdateResponseDTO`` of the documented SDK."""
    variation: Optional[VariationDTO] = None

    def __init__(self, variation: Optional[VariationDTO] = None) -> None:
        self.variation = variation


@dataclass(repr=False, eq=False, init=False)
class VariationsResponseDTO(DTOBase):
    """``VariationsResponseDTO`` of the documented SDK."""
    variations: Optional[List[VariationDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, variations: Optional[List[VariationDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.variations = variations
        self.pagination = pagination


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


@dataclass(repr=False, eq=False, init=False)
class WarehouseDetailsResponseDTO(DTOBase):
    """``WarehouseDetailsResponseDTO`` of the documented SDK."""
    warehouse: Optional[WarehouseDTO] = None

    def __init__(self, warehouse: Optional[WarehouseDTO] = None) -> None:
        self.warehouse = warehouse


@dataclass(repr=False, eq=False, init=False)
class WarehousesResponseDTO(DTOBase):
    """``WarehousesResponseDTO`` of the documented SDK."""
    warehouses: Optional[List[WarehouseDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, warehouses: Optional[List[WarehouseDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.warehouses = warehouses
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class WorkflowCountDataDTO(DTOBase):
    """``WorkflowCountDataDTO`` of the documented SDK."""
    component: Optional[List[WorkflowStatusCountDTO]] = None
    quote: Optional[List[WorkflowStatusCountDTO]] = None

    def __init__(self, component: Optional[List[WorkflowStatusCountDTO]] = None, quote: Optional[List[WorkflowStatusCountDTO]] = None) -> None:
        self.component = component
        self.quote = quote


@dataclass(repr=False, eq=False, init=False)
class WorkflowStatusCountDTO(DTOBase):
    """``WorkflowStatusCountDTO`` of the documented SDK."""
    workflowStatus: Optional[str] = None
    count: Optional[Union[int, str]] = None

    def __init__(self, workflowStatus: Optional[str] = None, count: Optional[Union[int, str]] = None) -> None:
        self.workflowStatus = workflowStatus
        self.count = count
