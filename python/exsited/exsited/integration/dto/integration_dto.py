# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.integration.dto.integration_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "AccountImportExportDTO",
    "AccountMappingDTO",
    "AdditionalCriteriaDTO",
    "AutomationCreateResponseDTO",
    "AutomationDetailsDTO",
    "AutomationRequestDTO",
    "AutomationUpdateResponseDTO",
    "CriteriaRuleDTO",
    "FieldMappedPropertiesDTO",
    "IntegrationAutomationDTO",
    "IntegrationAutomationDetailsResponseDTO",
    "IntegrationAutomationListResponseDTO",
    "IntegrationConnectionConfigRequestDTO",
    "IntegrationConnectionConfigResponseDTO",
    "IntegrationConnectionCreateRequestDTO",
    "IntegrationConnectionCreateResponseDTO",
    "IntegrationConnectionDTO",
    "IntegrationConnectionDisableResponseDTO",
    "IntegrationConnectionEnableResponseDTO",
    "IntegrationConnectionGetResponseDTO",
    "IntegrationConnectionListResponseDTO",
    "IntegrationConnectionResponseDataDTO",
    "IntegrationDTO",
    "IntegrationPaginationDTO",
    "InvoiceExportDTO",
    "LinkedAccountDTO",
    "LinkedAccountResponseDTO",
    "LinkedAccountsResponseDTO",
    "LinkedCustomerDTO",
    "LinkedCustomersDetailsResponseDTO",
    "LinkedCustomersListResponseDTO",
    "LinkedCustomersQuotesDataDTO",
    "LinkedCustomersQuotesResponseDTO",
    "LinkedQuotesDetailsDTO",
    "LinkedQuotesListDTO",
    "MappingDTO",
    "PartnerFunctionCreateResponseDTO",
    "PartnerFunctionDTO",
    "PartnerFunctionDetailsResponseDTO",
    "PartnerFunctionDisableResponseDTO",
    "PartnerFunctionEnableResponseDTO",
    "PartnerFunctionListResponseDTO",
    "PartnerFunctionRequestDTO",
    "PartnerFunctionUpdateResponseDTO",
    "SalesRevenueMappingDTO",
    "XeroAccountDTO",
    "XeroExportSettingsDTO",
    "XeroImportSettingsDTO",
    "XeroIntegrationConfigurationResponseDTO",
    "XeroIntegrationDataDTO",
    "XeroItemDTO",
    "XeroPurchaseDTO",
    "XeroTransactionDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountDTO(DTOBase):
    """``AccountDTO`` of the documented SDK."""
    export: Optional[AccountImportExportDTO] = None
    import_: Optional[AccountImportExportDTO] = None

    _wire_names = {'import_': 'import'}

    def __init__(self, export: Optional[AccountImportExportDTO] = None, import_: Optional[AccountImportExportDTO] = None) -> None:
        self.export = export
        self.import_ = import_


@dataclass(repr=False, eq=False, init=False)
class AccountImportExportDTO(DTOBase):
    """``AccountImportExportDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultAccountReceivable: Optional[str] = None
    accountReceivableMapping: Optional[AccountMappingDTO] = None
    defaultAccountPayable: Optional[str] = None
    accountPayableMapping: Optional[AccountMappingDTO] = None
    defaultTax: Optional[str] = None
    taxMapping: Optional[AccountMappingDTO] = None
    xeroAccountNumberField: Optional[str] = None
    xeroAccountIdField: Optional[str] = None
    syncToXero: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultAccountReceivable: Optional[str] = None, accountReceivableMapping: Optional[AccountMappingDTO] = None, defaultAccountPayable: Optional[str] = None, accountPayableMapping: Optional[AccountMappingDTO] = None, defaultTax: Optional[str] = None, taxMapping: Optional[AccountMappingDTO] = None, xeroAccountNumberField: Optional[str] = None, xeroAccountIdField: Optional[str] = None, syncToXero: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultAccountReceivable = defaultAccountReceivable
        self.accountReceivableMapping = accountReceivableMapping
        self.defaultAccountPayable = defaultAccountPayable
        self.accountPayableMapping = accountPayableMapping
        self.defaultTax = defaultTax
        self.taxMapping = taxMapping
        self.xeroAccountNumberField = xeroAccountNumberField
        self.xeroAccountIdField = xeroAccountIdField
        self.syncToXero = syncToXero


@dataclass(repr=False, eq=False, init=False)
class AccountMappingDTO(DTOBase):
    """``AccountMappingDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    mappings: Optional[List[MappingDTO]] = None

    def __init__(self, enabled: Optional[str] = None, mappings: Optional[List[MappingDTO]] = None) -> None:
        self.enabled = enabled
        self.mappings = mappings


@dataclass(repr=False, eq=False, init=False)
class AdditionalCriteriaDTO(DTOBase):
    """``AdditionalCriteriaDTO`` of the documented SDK."""
    groupCondition: Optional[str] = None
    rules: Optional[List[CriteriaRuleDTO]] = None

    def __init__(self, groupCondition: Optional[str] = None, rules: Optional[List[CriteriaRuleDTO]] = None) -> None:
        self.groupCondition = groupCondition
        self.rules = rules


@dataclass(repr=False, eq=False, init=False)
class AutomationCreateResponseDTO(DTOBase):
    """``AutomationCreateResponseDTO`` of the documented SDK."""
    integrationAutomation: Optional[IntegrationAutomationDTO] = None

    def __init__(self, integrationAutomation: Optional[IntegrationAutomationDTO] = None) -> None:
        self.integrationAutomation = integrationAutomation


@dataclass(repr=False, eq=False, init=False)
class AutomationDetailsDTO(DTOBase):
    """``AutomationDetailsDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    code: Optional[str] = None
    descriptionEnabled: Optional[str] = None
    description: Optional[str] = None
    anotherAutomation: Optional[str] = None
    appliesTo: Optional[str] = None
    appliesToFunction: Optional[str] = None
    automationType: Optional[str] = None
    direction: Optional[str] = None
    checkOn: Optional[str] = None
    customDay: Optional[str] = None
    customTime: Optional[str] = None
    doNotOverWriteLatestData: Optional[str] = None
    ignoreThreshold: Optional[str] = None
    performAction: Optional[str] = None
    sinceLastLookUp: Optional[str] = None
    additionalCriteria: Optional[str] = None
    propertyName: Optional[str] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, code: Optional[str] = None, descriptionEnabled: Optional[str] = None, description: Optional[str] = None, anotherAutomation: Optional[str] = None, appliesTo: Optional[str] = None, appliesToFunction: Optional[str] = None, automationType: Optional[str] = None, direction: Optional[str] = None, checkOn: Optional[str] = None, customDay: Optional[str] = None, customTime: Optional[str] = None, doNotOverWriteLatestData: Optional[str] = None, ignoreThreshold: Optional[str] = None, performAction: Optional[str] = None, sinceLastLookUp: Optional[str] = None, additionalCriteria: Optional[str] = None, propertyName: Optional[str] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.code = code
        self.descriptionEnabled = descriptionEnabled
        self.description = description
        self.anotherAutomation = anotherAutomation
        self.appliesTo = appliesTo
        self.appliesToFunction = appliesToFunction
        self.automationType = automationType
        self.direction = direction
        self.checkOn = checkOn
        self.customDay = customDay
        self.customTime = customTime
        self.doNotOverWriteLatestData = doNotOverWriteLatestData
        self.ignoreThreshold = ignoreThreshold
        self.performAction = performAction
        self.sinceLastLookUp = sinceLastLookUp
        self.additionalCriteria = additionalCriteria
        self.propertyName = propertyName


@dataclass(repr=False, eq=False, init=False)
class AutomationRequestDTO(DTOBase):
    """``AutomationRequestDTO`` of the documented SDK."""
    integration: Optional[IntegrationDTO] = None

    def __init__(self, integration: Optional[IntegrationDTO] = None) -> None:
        self.integration = integration


@dataclass(repr=False, eq=False, init=False)
class AutomationUpdateResponseDTO(DTOBase):
    """``AutomationUpdateResponseDTO`` of the documented SDK."""
    integrationAutomation: Optional[_IntegrationAutomationDTO2] = None

    def __init__(self, integrationAutomation: Optional[_IntegrationAutomationDTO2] = None) -> None:
        self.integrationAutomation = integrationAutomation


@dataclass(repr=False, eq=False, init=False)
class CriteriaRuleDTO(DTOBase):
    """``CriteriaRuleDTO`` of the documented SDK."""
    fieldName: Optional[str] = None
    operator: Optional[str] = None
    value: Optional[str] = None
    condition: Optional[str] = None

    def __init__(self, fieldName: Optional[str] = None, operator: Optional[str] = None, value: Optional[str] = None, condition: Optional[str] = None) -> None:
        self.fieldName = fieldName
        self.operator = operator
        self.value = value
        self.condition = condition


@dataclass(repr=False, eq=False, init=False)
class FieldMappedPropertiesDTO(DTOBase):
    """``FieldMappedPropertiesDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class IntegrationAutomationDTO(DTOBase):
    """``IntegrationAutomationDTO`` of the documented SDK."""
    checkOn: Optional[str] = None
    checkOnMinutes: Optional[str] = None
    additionalCriteria: Optional[str] = None
    appliesTo: Optional[str] = None
    appliesToFunction: Optional[str] = None
    automationType: Optional[str] = None
    code: Optional[str] = None
    customDay: Optional[str] = None
    customDayTime: Optional[str] = None
    customTime: Optional[str] = None
    description: Optional[str] = None
    direction: Optional[str] = None
    displayName: Optional[str] = None
    name: Optional[str] = None
    performFunction: Optional[str] = None
    provider: Optional[str] = None
    status: Optional[str] = None
    uuid: Optional[str] = None
    triggerConditionText: Optional[str] = None
    performActionText: Optional[str] = None
    checkOnText: Optional[str] = None

    def __init__(self, checkOn: Optional[str] = None, checkOnMinutes: Optional[str] = None, additionalCriteria: Optional[str] = None, appliesTo: Optional[str] = None, appliesToFunction: Optional[str] = None, automationType: Optional[str] = None, code: Optional[str] = None, customDay: Optional[str] = None, customDayTime: Optional[str] = None, customTime: Optional[str] = None, description: Optional[str] = None, direction: Optional[str] = None, displayName: Optional[str] = None, name: Optional[str] = None, performFunction: Optional[str] = None, provider: Optional[str] = None, status: Optional[str] = None, uuid: Optional[str] = None, triggerConditionText: Optional[str] = None, performActionText: Optional[str] = None, checkOnText: Optional[str] = None) -> None:
        self.checkOn = checkOn
        self.checkOnMinutes = checkOnMinutes
        self.additionalCriteria = additionalCriteria
        self.appliesTo = appliesTo
        self.appliesToFunction = appliesToFunction
        self.automationType = automationType
        self.code = code
        self.customDay = customDay
        self.customDayTime = customDayTime
        self.customTime = customTime
        self.description = description
        self.direction = direction
        self.displayName = displayName
        self.name = name
        self.performFunction = performFunction
        self.provider = provider
        self.status = status
        self.uuid = uuid
        self.triggerConditionText = triggerConditionText
        self.performActionText = performActionText
        self.checkOnText = checkOnText


@dataclass(repr=False, eq=False, init=False)
class _IntegrationAutomationDTO1(DTOBase):
    """An earlier ``IntegrationAutomationDTO`` of this module, still the type of the fields declared before the later one."""
    checkOn: Optional[str] = None
    checkOnMinutes: Optional[str] = None
    additionalCriteria: Optional[str] = None
    appliesTo: Optional[str] = None
    appliesToFunction: Optional[str] = None
    automationType: Optional[str] = None
    code: Optional[str] = None
    customDay: Optional[str] = None
    customDayTime: Optional[str] = None
    customTime: Optional[str] = None
    description: Optional[str] = None
    direction: Optional[str] = None
    displayName: Optional[str] = None
    name: Optional[str] = None
    performFunction: Optional[str] = None
    provider: Optional[str] = None
    status: Optional[str] = None
    uuid: Optional[str] = None
    triggerConditionText: Optional[str] = None
    performActionText: Optional[str] = None
    checkOnText: Optional[str] = None

    def __init__(self, checkOn: Optional[str] = None, checkOnMinutes: Optional[str] = None, additionalCriteria: Optional[str] = None, appliesTo: Optional[str] = None, appliesToFunction: Optional[str] = None, automationType: Optional[str] = None, code: Optional[str] = None, customDay: Optional[str] = None, customDayTime: Optional[str] = None, customTime: Optional[str] = None, description: Optional[str] = None, direction: Optional[str] = None, displayName: Optional[str] = None, name: Optional[str] = None, performFunction: Optional[str] = None, provider: Optional[str] = None, status: Optional[str] = None, uuid: Optional[str] = None, triggerConditionText: Optional[str] = None, performActionText: Optional[str] = None, checkOnText: Optional[str] = None) -> None:
        self.checkOn = checkOn
        self.checkOnMinutes = checkOnMinutes
        self.additionalCriteria = additionalCriteria
        self.appliesTo = appliesTo
        self.appliesToFunction = appliesToFunction
        self.automationType = automationType
        self.code = code
        self.customDay = customDay
        self.customDayTime = customDayTime
        self.customTime = customTime
        self.description = description
        self.direction = direction
        self.displayName = displayName
        self.name = name
        self.performFunction = performFunction
        self.provider = provider
        self.status = status
        self.uuid = uuid
        self.triggerConditionText = triggerConditionText
        self.performActionText = performActionText
        self.checkOnText = checkOnText


@dataclass(repr=False, eq=False, init=False)
class _IntegrationAutomationDTO2(DTOBase):
    """An earlier ``IntegrationAutomationDTO`` of this module, still the type of the fields declared before the later one."""
    checkOn: Optional[str] = None
    checkOnMinutes: Optional[str] = None
    additionalCriteria: Optional[str] = None
    appliesTo: Optional[str] = None
    appliesToFunction: Optional[str] = None
    automationType: Optional[str] = None
    code: Optional[str] = None
    customDay: Optional[str] = None
    customDayTime: Optional[str] = None
    customTime: Optional[str] = None
    description: Optional[str] = None
    direction: Optional[str] = None
    displayName: Optional[str] = None
    name: Optional[str] = None
    performFunction: Optional[str] = None
    provider: Optional[str] = None
    status: Optional[str] = None
    uuid: Optional[str] = None
    triggerConditionText: Optional[str] = None
    performActionText: Optional[str] = None
    checkOnText: Optional[str] = None

    def __init__(self, checkOn: Optional[str] = None, checkOnMinutes: Optional[str] = None, additionalCriteria: Optional[str] = None, appliesTo: Optional[str] = None, appliesToFunction: Optional[str] = None, automationType: Optional[str] = None, code: Optional[str] = None, customDay: Optional[str] = None, customDayTime: Optional[str] = None, customTime: Optional[str] = None, description: Optional[str] = None, direction: Optional[str] = None, displayName: Optional[str] = None, name: Optional[str] = None, performFunction: Optional[str] = None, provider: Optional[str] = None, status: Optional[str] = None, uuid: Optional[str] = None, triggerConditionText: Optional[str] = None, performActionText: Optional[str] = None, checkOnText: Optional[str] = None) -> None:
        self.checkOn = checkOn
        self.checkOnMinutes = checkOnMinutes
        self.additionalCriteria = additionalCriteria
        self.appliesTo = appliesTo
        self.appliesToFunction = appliesToFunction
        self.automationType = automationType
        self.code = code
        self.customDay = customDay
        self.customDayTime = customDayTime
        self.customTime = customTime
        self.description = description
        self.direction = direction
        self.displayName = displayName
        self.name = name
        self.performFunction = performFunction
        self.provider = provider
        self.status = status
        self.uuid = uuid
        self.triggerConditionText = triggerConditionText
        self.performActionText = performActionText
        self.checkOnText = checkOnText


@dataclass(repr=False, eq=False, init=False)
class IntegrationAutomationDetailsResponseDTO(DTOBase):
    """``IntegrationAutomationDetailsResponseDTO`` of the documented SDK."""
    integrationAutomation: Optional[_IntegrationAutomationDTO1] = None

    def __init__(self, integrationAutomation: Optional[_IntegrationAutomationDTO1] = None) -> None:
        self.integrationAutomation = integrationAutomation


@dataclass(repr=False, eq=False, init=False)
class IntegrationAutomationListResponseDTO(DTOBase):
    """``IntegrationAutomationListResponseDTO`` of the documented SDK."""
    integrationAutomations: Optional[List[_IntegrationAutomationDTO1]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, integrationAutomations: Optional[List[_IntegrationAutomationDTO1]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.integrationAutomations = integrationAutomations
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionConfigRequestDTO(DTOBase):
    """``IntegrationConnectionConfigRequestDTO`` of the documented SDK."""
    account: Optional[AccountDTO] = None
    transaction: Optional[TransactionDTO] = None

    _wire_names = {'import_': 'import'}

    def __init__(self, account: Optional[AccountDTO] = None, transaction: Optional[TransactionDTO] = None) -> None:
        self.account = account
        self.transaction = transaction


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionConfigResponseDTO(DTOBase):
    """``IntegrationConnectionConfigResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionCreateRequestDTO(DTOBase):
    """``IntegrationConnectionCreateRequestDTO`` of the documented SDK."""
    provider: Optional[str] = None
    remoteInstanceId: Optional[str] = None
    remoteInstanceCode: Optional[str] = None
    remoteInstanceName: Optional[str] = None
    remoteInstanceDisplay: Optional[str] = None
    integrationClientId: Optional[str] = None
    integrationClientSecret: Optional[str] = None
    integrationAccessToken: Optional[str] = None
    integrationRefreshToken: Optional[str] = None
    tokenType: Optional[str] = None
    expiresIn: Optional[str] = None
    accountServer: Optional[str] = None
    apiDomain: Optional[str] = None
    supportingFields: Optional[str] = None
    userName: Optional[str] = None
    userPassword: Optional[str] = None
    requireAuthentication: Optional[Union[bool, str]] = None
    state: Optional[str] = None
    companyFile: Optional[str] = None
    companyName: Optional[str] = None

    def __init__(self, provider: Optional[str] = None, remoteInstanceId: Optional[str] = None, remoteInstanceCode: Optional[str] = None, remoteInstanceName: Optional[str] = None, remoteInstanceDisplay: Optional[str] = None, integrationClientId: Optional[str] = None, integrationClientSecret: Optional[str] = None, integrationAccessToken: Optional[str] = None, integrationRefreshToken: Optional[str] = None, tokenType: Optional[str] = None, expiresIn: Optional[str] = None, accountServer: Optional[str] = None, apiDomain: Optional[str] = None, supportingFields: Optional[str] = None, userName: Optional[str] = None, userPassword: Optional[str] = None, requireAuthentication: Optional[Union[bool, str]] = None, state: Optional[str] = None, companyFile: Optional[str] = None, companyName: Optional[str] = None) -> None:
        self.provider = provider
        self.remoteInstanceId = remoteInstanceId
        self.remoteInstanceCode = remoteInstanceCode
        self.remoteInstanceName = remoteInstanceName
        self.remoteInstanceDisplay = remoteInstanceDisplay
        self.integrationClientId = integrationClientId
        self.integrationClientSecret = integrationClientSecret
        self.integrationAccessToken = integrationAccessToken
        self.integrationRefreshToken = integrationRefreshToken
        self.tokenType = tokenType
        self.expiresIn = expiresIn
        self.accountServer = accountServer
        self.apiDomain = apiDomain
        self.supportingFields = supportingFields
        self.userName = userName
        self.userPassword = userPassword
        self.requireAuthentication = requireAuthentication
        self.state = state
        self.companyFile = companyFile
        self.companyName = companyName


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionCreateResponseDTO(DTOBase):
    """``IntegrationConnectionCreateResponseDTO`` of the documented SDK."""
    integration: Optional[IntegrationConnectionResponseDataDTO] = None

    def __init__(self, integration: Optional[IntegrationConnectionResponseDataDTO] = None) -> None:
        self.integration = integration


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionDTO(DTOBase):
    """``IntegrationConnectionDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    integrationPartner: Optional[str] = None
    remoteInstanceId: Optional[str] = None
    remoteInstanceName: Optional[str] = None
    clientId: Optional[str] = None
    clientSecret: Optional[str] = None
    accessToken: Optional[str] = None
    refreshToken: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, integrationPartner: Optional[str] = None, remoteInstanceId: Optional[str] = None, remoteInstanceName: Optional[str] = None, clientId: Optional[str] = None, clientSecret: Optional[str] = None, accessToken: Optional[str] = None, refreshToken: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.integrationPartner = integrationPartner
        self.remoteInstanceId = remoteInstanceId
        self.remoteInstanceName = remoteInstanceName
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.accessToken = accessToken
        self.refreshToken = refreshToken


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionDisableResponseDTO(DTOBase):
    """``IntegrationConnectionDisableResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionEnableResponseDTO(DTOBase):
    """``IntegrationConnectionEnableResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionGetResponseDTO(DTOBase):
    """``IntegrationConnectionGetResponseDTO`` of the documented SDK."""
    integrationConnection: Optional[IntegrationConnectionDTO] = None

    def __init__(self, integrationConnection: Optional[IntegrationConnectionDTO] = None) -> None:
        self.integrationConnection = integrationConnection


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionListResponseDTO(DTOBase):
    """``IntegrationConnectionListResponseDTO`` of the documented SDK."""
    integrationConnection: Optional[List[IntegrationConnectionDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, integrationConnection: Optional[List[IntegrationConnectionDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.integrationConnection = integrationConnection
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class IntegrationConnectionResponseDataDTO(DTOBase):
    """``IntegrationConnectionResponseDataDTO`` of the documented SDK."""
    integrationConnection: Optional[IntegrationConnectionDTO] = None

    def __init__(self, integrationConnection: Optional[IntegrationConnectionDTO] = None) -> None:
        self.integrationConnection = integrationConnection


@dataclass(repr=False, eq=False, init=False)
class IntegrationDTO(DTOBase):
    """``IntegrationDTO`` of the documented SDK."""
    automationDetails: Optional[AutomationDetailsDTO] = None
    additionalCriteriaDetails: Optional[List[AdditionalCriteriaDTO]] = None

    def __init__(self, automationDetails: Optional[AutomationDetailsDTO] = None, additionalCriteriaDetails: Optional[List[AdditionalCriteriaDTO]] = None) -> None:
        self.automationDetails = automationDetails
        self.additionalCriteriaDetails = additionalCriteriaDetails


@dataclass(repr=False, eq=False, init=False)
class IntegrationPaginationDTO(DTOBase):
    """``IntegrationPaginationDTO`` of the documented SDK."""
    resultCount: Optional[Union[int, str]] = None
    limit: Optional[Union[int, str]] = None
    offset: Optional[Union[int, str]] = None
    hasMore: Optional[str] = None
    nextOffset: Optional[str] = None

    def __init__(self, resultCount: Optional[Union[int, str]] = None, limit: Optional[Union[int, str]] = None, offset: Optional[Union[int, str]] = None, hasMore: Optional[str] = None, nextOffset: Optional[str] = None) -> None:
        self.resultCount = resultCount
        self.limit = limit
        self.offset = offset
        self.hasMore = hasMore
        self.nextOffset = nextOffset


@dataclass(repr=False, eq=False, init=False)
class InvoiceDTO(DTOBase):
    """``InvoiceDTO`` of the documented SDK."""
    export: Optional[InvoiceExportDTO] = None

    def __init__(self, export: Optional[InvoiceExportDTO] = None) -> None:
        self.export = export


@dataclass(repr=False, eq=False, init=False)
class InvoiceExportDTO(DTOBase):
    """``InvoiceExportDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    defaultSalesRevenue: Optional[str] = None
    salesRevenueMapping: Optional[SalesRevenueMappingDTO] = None
    xeroInvoiceNumberField: Optional[str] = None
    syncToXero: Optional[str] = None

    def __init__(self, enabled: Optional[str] = None, defaultSalesRevenue: Optional[str] = None, salesRevenueMapping: Optional[SalesRevenueMappingDTO] = None, xeroInvoiceNumberField: Optional[str] = None, syncToXero: Optional[str] = None) -> None:
        self.enabled = enabled
        self.defaultSalesRevenue = defaultSalesRevenue
        self.salesRevenueMapping = salesRevenueMapping
        self.xeroInvoiceNumberField = xeroInvoiceNumberField
        self.syncToXero = syncToXero


@dataclass(repr=False, eq=False, init=False)
class LinkedAccountDTO(DTOBase):
    """``LinkedAccountDTO`` of the documented SDK."""
    name: Optional[str] = None
    status: Optional[str] = None
    id: Optional[str] = None
    uuid: Optional[str] = None
    type: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    fieldMappedProperties: Optional[List[Any]] = None
    projectId: Optional[str] = None
    projectName: Optional[str] = None
    projectNumber: Optional[str] = None
    projectRefNo: Optional[str] = None
    projectDescription: Optional[str] = None
    projectType: Optional[str] = None
    projectStartDate: Optional[str] = None
    projectEndDate: Optional[str] = None
    projectStatus: Optional[str] = None
    projectSubStatus: Optional[str] = None
    projectLocation: Optional[str] = None
    projectContact: Optional[str] = None
    projectManager: Optional[str] = None
    projectOwner: Optional[str] = None
    associatedClientName: Optional[str] = None

    def __init__(self, name: Optional[str] = None, status: Optional[str] = None, id: Optional[str] = None, uuid: Optional[str] = None, type: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, fieldMappedProperties: Optional[List[Any]] = None, projectId: Optional[str] = None, projectName: Optional[str] = None, projectNumber: Optional[str] = None, projectRefNo: Optional[str] = None, projectDescription: Optional[str] = None, projectType: Optional[str] = None, projectStartDate: Optional[str] = None, projectEndDate: Optional[str] = None, projectStatus: Optional[str] = None, projectSubStatus: Optional[str] = None, projectLocation: Optional[str] = None, projectContact: Optional[str] = None, projectManager: Optional[str] = None, projectOwner: Optional[str] = None, associatedClientName: Optional[str] = None) -> None:
        self.name = name
        self.status = status
        self.id = id
        self.uuid = uuid
        self.type = type
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.fieldMappedProperties = fieldMappedProperties
        self.projectId = projectId
        self.projectName = projectName
        self.projectNumber = projectNumber
        self.projectRefNo = projectRefNo
        self.projectDescription = projectDescription
        self.projectType = projectType
        self.projectStartDate = projectStartDate
        self.projectEndDate = projectEndDate
        self.projectStatus = projectStatus
        self.projectSubStatus = projectSubStatus
        self.projectLocation = projectLocation
        self.projectContact = projectContact
        self.projectManager = projectManager
        self.projectOwner = projectOwner
        self.associatedClientName = associatedClientName


@dataclass(repr=False, eq=False, init=False)
class LinkedAccountResponseDTO(DTOBase):
    """``LinkedAccountResponseDTO`` of the documented SDK."""
    linkedAccount: Optional[LinkedAccountDTO] = None

    def __init__(self, linkedAccount: Optional[LinkedAccountDTO] = None) -> None:
        self.linkedAccount = linkedAccount


@dataclass(repr=False, eq=False, init=False)
class LinkedAccountsResponseDTO(DTOBase):
    """``LinkedAccountsResponseDTO`` of the documented SDK."""
    linkedAccounts: Optional[List[LinkedAccountDTO]] = None
    pagination: Optional[IntegrationPaginationDTO] = None

    def __init__(self, linkedAccounts: Optional[List[LinkedAccountDTO]] = None, pagination: Optional[IntegrationPaginationDTO] = None) -> None:
        self.linkedAccounts = linkedAccounts
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class LinkedCustomerDTO(DTOBase):
    """``LinkedCustomerDTO`` of the documented SDK."""
    name: Optional[str] = None
    status: Optional[str] = None
    id: Optional[str] = None
    uuid: Optional[str] = None
    type: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    fieldMappedProperties: Optional[List[Any]] = None
    clientId: Optional[str] = None
    clientName: Optional[str] = None
    clientNumber: Optional[str] = None
    clientRefNo: Optional[str] = None
    clientDescription: Optional[str] = None
    clientType: Optional[str] = None
    clientStartDate: Optional[str] = None
    clientEndDate: Optional[str] = None
    clientStatus: Optional[str] = None
    clientSubStatus: Optional[str] = None
    clientLocation: Optional[str] = None
    clientContact: Optional[str] = None
    clientManager: Optional[str] = None
    clientOwner: Optional[str] = None
    associatedClientName: Optional[str] = None

    def __init__(self, name: Optional[str] = None, status: Optional[str] = None, id: Optional[str] = None, uuid: Optional[str] = None, type: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, fieldMappedProperties: Optional[List[Any]] = None, clientId: Optional[str] = None, clientName: Optional[str] = None, clientNumber: Optional[str] = None, clientRefNo: Optional[str] = None, clientDescription: Optional[str] = None, clientType: Optional[str] = None, clientStartDate: Optional[str] = None, clientEndDate: Optional[str] = None, clientStatus: Optional[str] = None, clientSubStatus: Optional[str] = None, clientLocation: Optional[str] = None, clientContact: Optional[str] = None, clientManager: Optional[str] = None, clientOwner: Optional[str] = None, associatedClientName: Optional[str] = None) -> None:
        self.name = name
        self.status = status
        self.id = id
        self.uuid = uuid
        self.type = type
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.fieldMappedProperties = fieldMappedProperties
        self.clientId = clientId
        self.clientName = clientName
        self.clientNumber = clientNumber
        self.clientRefNo = clientRefNo
        self.clientDescription = clientDescription
        self.clientType = clientType
        self.clientStartDate = clientStartDate
        self.clientEndDate = clientEndDate
        self.clientStatus = clientStatus
        self.clientSubStatus = clientSubStatus
        self.clientLocation = clientLocation
        self.clientContact = clientContact
        self.clientManager = clientManager
        self.clientOwner = clientOwner
        self.associatedClientName = associatedClientName


@dataclass(repr=False, eq=False, init=False)
class LinkedCustomersDetailsResponseDTO(DTOBase):
    """``LinkedCustomersDetailsResponseDTO`` of the documented SDK."""
    linkedCustomer: Optional[LinkedCustomerDTO] = None

    def __init__(self, linkedCustomer: Optional[LinkedCustomerDTO] = None) -> None:
        self.linkedCustomer = linkedCustomer


@dataclass(repr=False, eq=False, init=False)
class LinkedCustomersListResponseDTO(DTOBase):
    """``LinkedCustomersListResponseDTO`` of the documented SDK."""
    linkedCustomers: Optional[List[LinkedCustomerDTO]] = None
    pagination: Optional[IntegrationPaginationDTO] = None

    def __init__(self, linkedCustomers: Optional[List[LinkedCustomerDTO]] = None, pagination: Optional[IntegrationPaginationDTO] = None) -> None:
        self.linkedCustomers = linkedCustomers
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class LinkedCustomersQuotesDataDTO(DTOBase):
    """``LinkedCustomersQuotesDataDTO`` of the documented SDK."""
    associatedClientName: Optional[str] = None
    uuid: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    link: Optional[str] = None
    version: Optional[str] = None
    attributes: Optional[List[Any]] = None

    def __init__(self, associatedClientName: Optional[str] = None, uuid: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, link: Optional[str] = None, version: Optional[str] = None, attributes: Optional[List[Any]] = None) -> None:
        self.associatedClientName = associatedClientName
        self.uuid = uuid
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.link = link
        self.version = version
        self.attributes = attributes


@dataclass(repr=False, eq=False, init=False)
class LinkedCustomersQuotesResponseDTO(DTOBase):
    """``LinkedCustomersQuotesResponseDTO`` of the documented SDK."""
    linkedCustomerQuotes: Optional[List[LinkedCustomersQuotesDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, linkedCustomerQuotes: Optional[List[LinkedCustomersQuotesDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.linkedCustomerQuotes = linkedCustomerQuotes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class LinkedQuotesDetailsDTO(DTOBase):
    """``LinkedQuotesDetailsDTO`` of the documented SDK."""
    linkedQuote: Optional[LinkedCustomersQuotesDataDTO] = None

    def __init__(self, linkedQuote: Optional[LinkedCustomersQuotesDataDTO] = None) -> None:
        self.linkedQuote = linkedQuote


@dataclass(repr=False, eq=False, init=False)
class LinkedQuotesListDTO(DTOBase):
    """``LinkedQuotesListDTO`` of the documented SDK."""
    linkedQuotes: Optional[List[LinkedCustomersQuotesDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, linkedQuotes: Optional[List[LinkedCustomersQuotesDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.linkedQuotes = linkedQuotes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class MappingDTO(DTOBase):
    """``MappingDTO`` of the documented SDK."""
    source: Optional[str] = None
    target: Optional[str] = None

    def __init__(self, source: Optional[str] = None, target: Optional[str] = None) -> None:
        self.source = source
        self.target = target


@dataclass(repr=False, eq=False, init=False)
class PartnerFunctionCreateResponseDTO(DTOBase):
    """``PartnerFunctionCreateResponseDTO`` of the documented SDK."""
    partnerFunction: Optional[PartnerFunctionDTO] = None

    def __init__(self, partnerFunction: Optional[PartnerFunctionDTO] = None) -> None:
        self.partnerFunction = partnerFunction


@dataclass(repr=False, eq=False, init=False)
class PartnerFunctionDTO(DTOBase):
    """``PartnerFunctionDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    direction: Optional[str] = None
    eventName: Optional[str] = None
    providerName: Optional[str] = None
    objectName: Optional[str] = None
    objectMapping: Optional[str] = None
    mappingId: Optional[str] = None
    enabled: Optional[str] = None
    preRunScriptId: Optional[str] = None
    postRunScriptId: Optional[str] = None
    tag: Optional[str] = None
    created: Optional[str] = None
    updated: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, description: Optional[str] = None, direction: Optional[str] = None, eventName: Optional[str] = None, providerName: Optional[str] = None, objectName: Optional[str] = None, objectMapping: Optional[str] = None, mappingId: Optional[str] = None, enabled: Optional[str] = None, preRunScriptId: Optional[str] = None, postRunScriptId: Optional[str] = None, tag: Optional[str] = None, created: Optional[str] = None, updated: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.description = description
        self.direction = direction
        self.eventName = eventName
        self.providerName = providerName
        self.objectName = objectName
        self.objectMapping = objectMapping
        self.mappingId = mappingId
        self.enabled = enabled
        self.preRunScriptId = preRunScriptId
        self.postRunScriptId = postRunScriptId
        self.tag = tag
        self.created = created
        self.updated = updated


@dataclass(repr=False, eq=False, init=False)
class _PartnerFunctionDTO1(DTOBase):
    """An earlier ``PartnerFunctionDTO`` of this module, still the type of the fields declared before the later one."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    direction: Optional[str] = None
    eventName: Optional[str] = None
    providerName: Optional[str] = None
    objectName: Optional[str] = None
    mappingId: Optional[str] = None
    enabled: Optional[str] = None
    preRunScriptId: Optional[str] = None
    postRunScriptId: Optional[str] = None
    tag: Optional[str] = None
    created: Optional[str] = None
    updated: Optional[str] = None
    objectMapping: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, description: Optional[str] = None, direction: Optional[str] = None, eventName: Optional[str] = None, providerName: Optional[str] = None, objectName: Optional[str] = None, mappingId: Optional[str] = None, enabled: Optional[str] = None, preRunScriptId: Optional[str] = None, postRunScriptId: Optional[str] = None, tag: Optional[str] = None, created: Optional[str] = None, updated: Optional[str] = None, objectMapping: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.description = description
        self.direction = direction
        self.eventName = eventName
        self.providerName = providerName
        self.objectName = objectName
        self.mappingId = mappingId
        self.enabled = enabled
        self.preRunScriptId = preRunScriptId
        self.postRunScriptId = postRunScriptId
        self.tag = tag
        self.created = created
        self.updated = updated
        self.objectMapping = objectMapping


@dataclass(repr=False, eq=False, init=False)
class PartnerFunctionDetailsResponseDTO(DTOBase):
    """``PartnerFunctionDetailsResponseDTO`` of the documented SDK."""
    partnerFunction: Optional[_PartnerFunctionDTO1] = None

    def __init__(self, partnerFunction: Optional[_PartnerFunctionDTO1] = None) -> None:
        self.partnerFunction = partnerFunction


@dataclass(repr=False, eq=False, init=False)
class PartnerFunctionDisableResponseDTO(DTOBase):
    """``PartnerFunctionDisableResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class PartnerFunctionEnableResponseDTO(DTOBase):
    """``PartnerFunctionEnableResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class PartnerFunctionListResponseDTO(DTOBase):
    """``PartnerFunctionListResponseDTO`` of the documented SDK."""
    partnerFunctions: Optional[List[_PartnerFunctionDTO1]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, partnerFunctions: Optional[List[_PartnerFunctionDTO1]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.partnerFunctions = partnerFunctions
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PartnerFunctionRequestDTO(DTOBase):
    """``PartnerFunctionRequestDTO`` of the documented SDK."""
    partnerFunction: Optional[PartnerFunctionDTO] = None

    def __init__(self, partnerFunction: Optional[PartnerFunctionDTO] = None) -> None:
        self.partnerFunction = partnerFunction


@dataclass(repr=False, eq=False, init=False)
class PartnerFunctionUpdateResponseDTO(DTOBase):
    """``PartnerFunctionUpdateResponseDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    description: Optional[str] = None
    direction: Optional[str] = None
    eventName: Optional[str] = None
    providerName: Optional[str] = None
    objectName: Optional[str] = None
    objectMapping: Optional[str] = None
    mappingId: Optional[str] = None
    enabled: Optional[str] = None
    preRunScriptId: Optional[str] = None
    postRunScriptId: Optional[str] = None
    tag: Optional[str] = None
    created: Optional[str] = None
    updated: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, description: Optional[str] = None, direction: Optional[str] = None, eventName: Optional[str] = None, providerName: Optional[str] = None, objectName: Optional[str] = None, objectMapping: Optional[str] = None, mappingId: Optional[str] = None, enabled: Optional[str] = None, preRunScriptId: Optional[str] = None, postRunScriptId: Optional[str] = None, tag: Optional[str] = None, created: Optional[str] = None, updated: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.description = description
        self.direction = direction
        self.eventName = eventName
        self.providerName = providerName
        self.objectName = objectName
        self.objectMapping = objectMapping
        self.mappingId = mappingId
        self.enabled = enabled
        self.preRunScriptId = preRunScriptId
        self.postRunScriptId = postRunScriptId
        self.tag = tag
        self.created = created
        self.updated = updated


@dataclass(repr=False, eq=False, init=False)
class SalesRevenueMappingDTO(DTOBase):
    """``SalesRevenueMappingDTO`` of the documented SDK."""
    enabled: Optional[str] = None
    mappings: Optional[List[MappingDTO]] = None

    def __init__(self, enabled: Optional[str] = None, mappings: Optional[List[MappingDTO]] = None) -> None:
        self.enabled = enabled
        self.mappings = mappings


@dataclass(repr=False, eq=False, init=False)
class TransactionDTO(DTOBase):
    """``TransactionDTO`` of the documented SDK."""
    invoice: Optional[InvoiceDTO] = None

    def __init__(self, invoice: Optional[InvoiceDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class XeroAccountDTO(DTOBase):
    """``XeroAccountDTO`` of the documented SDK."""
    provider: Optional[str] = None
    accountSyncToXero: Optional[str] = None
    export: Optional[XeroExportSettingsDTO] = None
    import_: Optional[XeroImportSettingsDTO] = None

    _wire_names = {'import_': 'import'}

    def __init__(self, provider: Optional[str] = None, accountSyncToXero: Optional[str] = None, export: Optional[XeroExportSettingsDTO] = None, import_: Optional[XeroImportSettingsDTO] = None) -> None:
        self.provider = provider
        self.accountSyncToXero = accountSyncToXero
        self.export = export
        self.import_ = import_


@dataclass(repr=False, eq=False, init=False)
class XeroExportSettingsDTO(DTOBase):
    """``XeroExportSettingsDTO`` of the documented SDK."""
    accountToXeroEnabled: Optional[str] = None
    accountToXeroTaxEnable: Optional[str] = None
    itemToXeroEnabled: Optional[str] = None
    productToXeroSalesRevenueEnable: Optional[str] = None
    productToXeroTaxEnable: Optional[str] = None
    invoiceToXeroEnabled: Optional[str] = None
    invoiceToXeroSalesRevenueEnable: Optional[str] = None
    invoiceToXeroTaxEnable: Optional[str] = None
    paymentToXeroEnabled: Optional[str] = None
    creditNoteToXeroEnabled: Optional[str] = None
    refundToXeroEnabled: Optional[str] = None
    purchaseOrderToXeroEnabled: Optional[str] = None
    purchaseOrderToXeroTaxEnable: Optional[str] = None
    purchaseInvoiceToXeroEnabled: Optional[str] = None
    purchaseInvoiceToXeroTaxEnable: Optional[str] = None
    purchasePaymentToXeroEnabled: Optional[str] = None
    purchasePaymentToXeroTaxEnable: Optional[str] = None
    purchaseCreditNoteToXeroEnabled: Optional[str] = None
    purchaseRefundToXeroEnabled: Optional[str] = None

    def __init__(self, accountToXeroEnabled: Optional[str] = None, accountToXeroTaxEnable: Optional[str] = None, itemToXeroEnabled: Optional[str] = None, productToXeroSalesRevenueEnable: Optional[str] = None, productToXeroTaxEnable: Optional[str] = None, invoiceToXeroEnabled: Optional[str] = None, invoiceToXeroSalesRevenueEnable: Optional[str] = None, invoiceToXeroTaxEnable: Optional[str] = None, paymentToXeroEnabled: Optional[str] = None, creditNoteToXeroEnabled: Optional[str] = None, refundToXeroEnabled: Optional[str] = None, purchaseOrderToXeroEnabled: Optional[str] = None, purchaseOrderToXeroTaxEnable: Optional[str] = None, purchaseInvoiceToXeroEnabled: Optional[str] = None, purchaseInvoiceToXeroTaxEnable: Optional[str] = None, purchasePaymentToXeroEnabled: Optional[str] = None, purchasePaymentToXeroTaxEnable: Optional[str] = None, purchaseCreditNoteToXeroEnabled: Optional[str] = None, purchaseRefundToXeroEnabled: Optional[str] = None) -> None:
        self.accountToXeroEnabled = accountToXeroEnabled
        self.accountToXeroTaxEnable = accountToXeroTaxEnable
        self.itemToXeroEnabled = itemToXeroEnabled
        self.productToXeroSalesRevenueEnable = productToXeroSalesRevenueEnable
        self.productToXeroTaxEnable = productToXeroTaxEnable
        self.invoiceToXeroEnabled = invoiceToXeroEnabled
        self.invoiceToXeroSalesRevenueEnable = invoiceToXeroSalesRevenueEnable
        self.invoiceToXeroTaxEnable = invoiceToXeroTaxEnable
        self.paymentToXeroEnabled = paymentToXeroEnabled
        self.creditNoteToXeroEnabled = creditNoteToXeroEnabled
        self.refundToXeroEnabled = refundToXeroEnabled
        self.purchaseOrderToXeroEnabled = purchaseOrderToXeroEnabled
        self.purchaseOrderToXeroTaxEnable = purchaseOrderToXeroTaxEnable
        self.purchaseInvoiceToXeroEnabled = purchaseInvoiceToXeroEnabled
        self.purchaseInvoiceToXeroTaxEnable = purchaseInvoiceToXeroTaxEnable
        self.purchasePaymentToXeroEnabled = purchasePaymentToXeroEnabled
        self.purchasePaymentToXeroTaxEnable = purchasePaymentToXeroTaxEnable
        self.purchaseCreditNoteToXeroEnabled = purchaseCreditNoteToXeroEnabled
        self.purchaseRefundToXeroEnabled = purchaseRefundToXeroEnabled


@dataclass(repr=False, eq=False, init=False)
class XeroImportSettingsDTO(DTOBase):
    """``XeroImportSettingsDTO`` of the documented SDK."""
    accountFromXeroEnabled: Optional[str] = None
    accountToXeroTaxEnable: Optional[str] = None
    itemFromXeroEnabled: Optional[str] = None
    productFromXeroTaxEnable: Optional[str] = None
    invoiceFromXeroEnabled: Optional[str] = None
    invoiceFromXeroTaxEnable: Optional[str] = None
    paymentFromXeroEnabled: Optional[str] = None
    creditNoteFromXeroEnabled: Optional[str] = None
    refundFromXeroEnabled: Optional[str] = None
    purchaseOrderFromXeroEnabled: Optional[str] = None
    purchaseOrderFromXeroTaxEnable: Optional[str] = None
    purchaseBillFromXeroEnabled: Optional[str] = None
    purchaseBillFromXeroTaxEnable: Optional[str] = None
    purchasePaymentFromXeroEnabled: Optional[str] = None
    purchaseCreditNoteFromXeroEnabled: Optional[str] = None
    purchaseRefundFromXeroEnabled: Optional[str] = None

    def __init__(self, accountFromXeroEnabled: Optional[str] = None, accountToXeroTaxEnable: Optional[str] = None, itemFromXeroEnabled: Optional[str] = None, productFromXeroTaxEnable: Optional[str] = None, invoiceFromXeroEnabled: Optional[str] = None, invoiceFromXeroTaxEnable: Optional[str] = None, paymentFromXeroEnabled: Optional[str] = None, creditNoteFromXeroEnabled: Optional[str] = None, refundFromXeroEnabled: Optional[str] = None, purchaseOrderFromXeroEnabled: Optional[str] = None, purchaseOrderFromXeroTaxEnable: Optional[str] = None, purchaseBillFromXeroEnabled: Optional[str] = None, purchaseBillFromXeroTaxEnable: Optional[str] = None, purchasePaymentFromXeroEnabled: Optional[str] = None, purchaseCreditNoteFromXeroEnabled: Optional[str] = None, purchaseRefundFromXeroEnabled: Optional[str] = None) -> None:
        self.accountFromXeroEnabled = accountFromXeroEnabled
        self.accountToXeroTaxEnable = accountToXeroTaxEnable
        self.itemFromXeroEnabled = itemFromXeroEnabled
        self.productFromXeroTaxEnable = productFromXeroTaxEnable
        self.invoiceFromXeroEnabled = invoiceFromXeroEnabled
        self.invoiceFromXeroTaxEnable = invoiceFromXeroTaxEnable
        self.paymentFromXeroEnabled = paymentFromXeroEnabled
        self.creditNoteFromXeroEnabled = creditNoteFromXeroEnabled
        self.refundFromXeroEnabled = refundFromXeroEnabled
        self.purchaseOrderFromXeroEnabled = purchaseOrderFromXeroEnabled
        self.purchaseOrderFromXeroTaxEnable = purchaseOrderFromXeroTaxEnable
        self.purchaseBillFromXeroEnabled = purchaseBillFromXeroEnabled
        self.purchaseBillFromXeroTaxEnable = purchaseBillFromXeroTaxEnable
        self.purchasePaymentFromXeroEnabled = purchasePaymentFromXeroEnabled
        self.purchaseCreditNoteFromXeroEnabled = purchaseCreditNoteFromXeroEnabled
        self.purchaseRefundFromXeroEnabled = purchaseRefundFromXeroEnabled


@dataclass(repr=False, eq=False, init=False)
class XeroIntegrationConfigurationResponseDTO(DTOBase):
    """``XeroIntegrationConfigurationResponseDTO`` of the documented SDK."""
    integration: Optional[XeroIntegrationDataDTO] = None

    def __init__(self, integration: Optional[XeroIntegrationDataDTO] = None) -> None:
        self.integration = integration


@dataclass(repr=False, eq=False, init=False)
class XeroIntegrationDataDTO(DTOBase):
    """``XeroIntegrationDataDTO`` of the documented SDK."""
    account: Optional[XeroAccountDTO] = None
    item: Optional[XeroItemDTO] = None
    transaction: Optional[XeroTransactionDTO] = None
    purchase: Optional[XeroPurchaseDTO] = None

    def __init__(self, account: Optional[XeroAccountDTO] = None, item: Optional[XeroItemDTO] = None, transaction: Optional[XeroTransactionDTO] = None, purchase: Optional[XeroPurchaseDTO] = None) -> None:
        self.account = account
        self.item = item
        self.transaction = transaction
        self.purchase = purchase


@dataclass(repr=False, eq=False, init=False)
class XeroItemDTO(DTOBase):
    """``XeroItemDTO`` of the documented SDK."""
    provider: Optional[str] = None
    itemSyncToXero: Optional[str] = None
    export: Optional[XeroExportSettingsDTO] = None
    import_: Optional[XeroImportSettingsDTO] = None

    _wire_names = {'import_': 'import'}

    def __init__(self, provider: Optional[str] = None, itemSyncToXero: Optional[str] = None, export: Optional[XeroExportSettingsDTO] = None, import_: Optional[XeroImportSettingsDTO] = None) -> None:
        self.provider = provider
        self.itemSyncToXero = itemSyncToXero
        self.export = export
        self.import_ = import_


@dataclass(repr=False, eq=False, init=False)
class XeroPurchaseDTO(DTOBase):
    """``XeroPurchaseDTO`` of the documented SDK."""
    provider: Optional[str] = None
    purchaseOrderSyncToXero: Optional[str] = None
    purchaseInvoiceSyncToXero: Optional[str] = None
    purchasePaymentSyncToXero: Optional[str] = None
    export: Optional[XeroExportSettingsDTO] = None
    import_: Optional[XeroImportSettingsDTO] = None

    _wire_names = {'import_': 'import'}

    def __init__(self, provider: Optional[str] = None, purchaseOrderSyncToXero: Optional[str] = None, purchaseInvoiceSyncToXero: Optional[str] = None, purchasePaymentSyncToXero: Optional[str] = None, export: Optional[XeroExportSettingsDTO] = None, import_: Optional[XeroImportSettingsDTO] = None) -> None:
        self.provider = provider
        self.purchaseOrderSyncToXero = purchaseOrderSyncToXero
        self.purchaseInvoiceSyncToXero = purchaseInvoiceSyncToXero
        self.purchasePaymentSyncToXero = purchasePaymentSyncToXero
        self.export = export
        self.import_ = import_


@dataclass(repr=False, eq=False, init=False)
class XeroTransactionDTO(DTOBase):
    """``XeroTransactionDTO`` of the documented SDK."""
    provider: Optional[str] = None
    invoiceSyncToXero: Optional[str] = None
    paymentSyncToXero: Optional[str] = None
    creditNoteSyncToXero: Optional[str] = None
    refundSyncToXero: Optional[str] = None
    export: Optional[XeroExportSettingsDTO] = None
    import_: Optional[XeroImportSettingsDTO] = None

    _wire_names = {'import_': 'import'}

    def __init__(self, provider: Optional[str] = None, invoiceSyncToXero: Optional[str] = None, paymentSyncToXero: Optional[str] = None, creditNoteSyncToXero: Optional[str] = None, refundSyncToXero: Optional[str] = None, export: Optional[XeroExportSettingsDTO] = None, import_: Optional[XeroImportSettingsDTO] = None) -> None:
        self.provider = provider
        self.invoiceSyncToXero = invoiceSyncToXero
        self.paymentSyncToXero = paymentSyncToXero
        self.creditNoteSyncToXero = creditNoteSyncToXero
        self.refundSyncToXero = refundSyncToXero
        self.export = export
        self.import_ = import_
