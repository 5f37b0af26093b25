# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.workflow.dto.workflow_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "AccountContactAssigneeDTO",
    "AccountContactDTO",
    "AddMilestoneRequestDTO",
    "AlertActionDTO",
    "AlertDTO",
    "AlertResponsibilityCreateResponseDTO",
    "AlertResponsibilityDataDTO",
    "AlertResponsibilityListDTO",
    "AlertResponsibilityRequestDTO",
    "AlertResponsibilityResponseDTO",
    "AllMilestonesResponseDTO",
    "AssigneeDTO",
    "AssigneesGroupDTO",
    "ComponentWorkflowRequestDTO",
    "ComponentWorkflowResponseDTO",
    "DomainDTO",
    "LabourAssigneeDTO",
    "LabourRecipientDTO",
    "LinkDomainsDTO",
    "ManualContactAssigneeDTO",
    "ManualContactDTO",
    "MilestoneDTO",
    "MilestoneListResponseDTO",
    "MilestoneResponseDTO",
    "MilestoneSingleResponseDTO",
    "OperatorAssigneeDTO",
    "RecipientDTO",
    "ResponsibilityDTO",
    "StageDTO",
    "StateDTO",
    "TimeIntervalDTO",
    "WorkflowDataResponseDTO",
    "WorkflowDefinitionDTO",
    "WorkflowDefinitionResponseDTO",
    "WorkflowInstanceDTO",
    "WorkflowMilestonesDTO",
    "WorkflowStateDataDTO",
    "WorkflowVersionDataDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountContactAssigneeDTO(DTOBase):
    """``AccountContactAssigneeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    email: Optional[str] = None
    displayOrder: Optional[Union[int, str]] = None
    accountCode: Optional[str] = None
    contactUuid: Optional[str] = None
    responsibilityUuid: Optional[str] = None
    responsibilityName: Optional[str] = None
    responsibilityDisplayName: Optional[str] = None
    type: Optional[str] = None
    accountId: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, email: Optional[str] = None, displayOrder: Optional[Union[int, str]] = None, accountCode: Optional[str] = None, contactUuid: Optional[str] = None, responsibilityUuid: Optional[str] = None, responsibilityName: Optional[str] = None, responsibilityDisplayName: Optional[str] = None, type: Optional[str] = None, accountId: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.email = email
        self.displayOrder = displayOrder
        self.accountCode = accountCode
        self.contactUuid = contactUuid
        self.responsibilityUuid = responsibilityUuid
        self.responsibilityName = responsibilityName
        self.responsibilityDisplayName = responsibilityDisplayName
        self.type = type
        self.accountId = accountId


@dataclass(repr=False, eq=False, init=False)
class AccountContactDTO(DTOBase):
    """``AccountContactDTO`` of the documented SDK."""
    accountId: Optional[str] = None

    def __init__(self, accountId: Optional[str] = None) -> None:
        self.accountId = accountId


@dataclass(repr=False, eq=False, init=False)
class AddMilestoneRequestDTO(DTOBase):
    """``AddMilestoneRequestDTO`` of the documented SDK."""
    workflowData: Optional[List[WorkflowVersionDataDTO]] = None

    def __init__(self, workflowData: Optional[List[WorkflowVersionDataDTO]] = None) -> None:
        self.workflowData = workflowData


@dataclass(repr=False, eq=False, init=False)
class AlertActionDTO(DTOBase):
    """``AlertActionDTO`` of the documented SDK."""
    id: Optional[str] = None
    actionDate: Optional[str] = None

    def __init__(self, id: Optional[str] = None, actionDate: Optional[str] = None) -> None:
        self.id = id
        self.actionDate = actionDate


@dataclass(repr=False, eq=False, init=False)
class AlertDTO(DTOBase):
    """``AlertDTO`` of the documented SDK."""
    id: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    type: Optional[str] = None
    triggerValue: Optional[Union[int, str]] = None
    triggerUnit: Optional[str] = None
    trigger: Optional[str] = None
    triggerField: Optional[str] = None
    alertContent: Optional[str] = None
    status: Optional[str] = None
    timeInterval: Optional[TimeIntervalDTO] = None
    notificationOption: Optional[str] = None
    emailHtml: Optional[str] = None
    selectedOperators: Optional[List[Any]] = None
    selectedAccountAndContacts: Optional[List[AccountContactDTO]] = None
    selectedLabours: Optional[List[LabourRecipientDTO]] = None
    manuallyAddedAccountContacts: Optional[List[ManualContactDTO]] = None
    recipients: Optional[List[RecipientDTO]] = None
    responsibilities: Optional[List[ResponsibilityDTO]] = None
    responsibility: Optional[List[ResponsibilityDTO]] = None
    actions: Optional[List[AlertActionDTO]] = None

    def __init__(self, id: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, type: Optional[str] = None, triggerValue: Optional[Union[int, str]] = None, triggerUnit: Optional[str] = None, trigger: Optional[str] = None, triggerField: Optional[str] = None, alertContent: Optional[str] = None, status: Optional[str] = None, timeInterval: Optional[TimeIntervalDTO] = None, notificationOption: Optional[str] = None, emailHtml: Optional[str] = None, selectedOperators: Optional[List[Any]] = None, selectedAccountAndContacts: Optional[List[AccountContactDTO]] = None, selectedLabours: Optional[List[LabourRecipientDTO]] = None, manuallyAddedAccountContacts: Optional[List[ManualContactDTO]] = None, recipients: Optional[List[RecipientDTO]] = None, responsibilities: Optional[List[ResponsibilityDTO]] = None, responsibility: Optional[List[ResponsibilityDTO]] = None, actions: Optional[List[AlertActionDTO]] = None) -> None:
        self.id = id
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.description = description
        self.type = type
        self.triggerValue = triggerValue
        self.triggerUnit = triggerUnit
        self.trigger = trigger
        self.triggerField = triggerField
        self.alertContent = alertContent
        self.status = status
        self.timeInterval = timeInterval
        self.notificationOption = notificationOption
        self.emailHtml = emailHtml
        self.selectedOperators = selectedOperators
        self.selectedAccountAndContacts = selectedAccountAndContacts
        self.selectedLabours = selectedLabours
        self.manuallyAddedAccountContacts = manuallyAddedAccountContacts
        self.recipients = recipients
        self.responsibilities = responsibilities
        self.responsibility = responsibility
        self.actions = actions


@dataclass(repr=False, eq=False, init=False)
class AlertResponsibilityCreateResponseDTO(DTOBase):
    """``AlertResponsibilityCreateResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class AlertResponsibilityDataDTO(DTOBase):
    """``AlertResponsibilityDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    status: Optional[str] = None
    createdOn: Optional[str] = None
    updatedOn: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, status: Optional[str] = None, createdOn: Optional[str] = None, updatedOn: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.description = description
        self.status = status
        self.createdOn = createdOn
        self.updatedOn = updatedOn


@dataclass(repr=False, eq=False, init=False)
class AlertResponsibilityListDTO(DTOBase):
    """``AlertResponsibilityListDTO`` of the documented SDK."""
    alertResponsibilities: Optional[List[AlertResponsibilityDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, alertResponsibilities: Optional[List[AlertResponsibilityDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.alertResponsibilities = alertResponsibilities
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class AlertResponsibilityRequestDTO(DTOBase):
    """``AlertResponsibilityRequestDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    addDescription: Optional[str] = None
    description: Optional[str] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, addDescription: Optional[str] = None, description: Optional[str] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.addDescription = addDescription
        self.description = description


@dataclass(repr=False, eq=False, init=False)
class AlertResponsibilityResponseDTO(DTOBase):
    """``AlertResponsibilityResponseDTO`` of the documented SDK."""
    alertResponsibility: Optional[AlertResponsibilityDataDTO] = None

    def __init__(self, alertResponsibility: Optional[AlertResponsibilityDataDTO] = None) -> None:
        self.alertResponsibility = alertResponsibility


@dataclass(repr=False, eq=False, init=False)
class AllMilestonesResponseDTO(DTOBase):
    """``AllMilestonesResponseDTO`` of the documented SDK."""
    allMilestones: Optional[List[WorkflowMilestonesDTO]] = None

    def __init__(self, allMilestones: Optional[List[WorkflowMilestonesDTO]] = None) -> None:
        self.allMilestones = allMilestones


@dataclass(repr=False, eq=False, init=False)
class AssigneeDTO(DTOBase):
    """``AssigneeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    email: Optional[str] = None
    type: Optional[str] = None
    accountId: Optional[str] = None
    labourCode: Optional[str] = None
    phone: Optional[str] = None
    imageText: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, email: Optional[str] = None, type: Optional[str] = None, accountId: Optional[str] = None, labourCode: Optional[str] = None, phone: Optional[str] = None, imageText: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.email = email
        self.type = type
        self.accountId = accountId
        self.labourCode = labourCode
        self.phone = phone
        self.imageText = imageText


@dataclass(repr=False, eq=False, init=False)
class AssigneesGroupDTO(DTOBase):
    """``AssigneesGroupDTO`` of the documented SDK."""
    selectedOperators: Optional[List[OperatorAssigneeDTO]] = None
    selectedAccountContacts: Optional[List[AccountContactAssigneeDTO]] = None
    selectedLabours: Optional[List[LabourAssigneeDTO]] = None
    manuallyAddedAccountContacts: Optional[List[ManualContactAssigneeDTO]] = None
    operators: Optional[List[OperatorAssigneeDTO]] = None
    accounts: Optional[List[AccountContactAssigneeDTO]] = None
    manualContacts: Optional[List[ManualContactAssigneeDTO]] = None

    def __init__(self, selectedOperators: Optional[List[OperatorAssigneeDTO]] = None, selectedAccountContacts: Optional[List[AccountContactAssigneeDTO]] = None, selectedLabours: Optional[List[LabourAssigneeDTO]] = None, manuallyAddedAccountContacts: Optional[List[ManualContactAssigneeDTO]] = None, operators: Optional[List[OperatorAssigneeDTO]] = None, accounts: Optional[List[AccountContactAssigneeDTO]] = None, manualContacts: Optional[List[ManualContactAssigneeDTO]] = None) -> None:
        self.selectedOperators = selectedOperators
        self.selectedAccountContacts = selectedAccountContacts
        self.selectedLabours = selectedLabours
        self.manuallyAddedAccountContacts = manuallyAddedAccountContacts
        self.operators = operators
        self.accounts = accounts
        self.manualContacts = manualContacts


@dataclass(repr=False, eq=False, init=False)
class AttributeDTO(DTOBase):
    """``AttributeDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class ComponentWorkflowRequestDTO(DTOBase):
    """``ComponentWorkflowRequestDTO`` of the documented SDK."""
    parents: Optional[List[ParentDTO]] = None
    customForm: Optional[str] = None
    attributes: Optional[List[AttributeDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    linkDomains: Optional[LinkDomainsDTO] = None
    workflowData: Optional[List[WorkflowVersionDataDTO]] = None

    def __init__(self, parents: Optional[List[ParentDTO]] = None, customForm: Optional[str] = None, attributes: Optional[List[AttributeDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, linkDomains: Optional[LinkDomainsDTO] = None, workflowData: Optional[List[WorkflowVersionDataDTO]] = None) -> None:
        self.parents = parents
        self.customForm = customForm
        self.attributes = attributes
        self.customObjects = customObjects
        self.linkDomains = linkDomains
        self.workflowData = workflowData


@dataclass(repr=False, eq=False, init=False)
class ComponentWorkflowResponseDTO(DTOBase):
    """``ComponentWorkflowResponseDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    parents: Optional[List[ParentDTO]] = None
    customForm: Optional[CustomFormDTO] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    attributes: Optional[List[AttributeDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    workflowData: Optional[List[WorkflowInstanceDTO]] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, parents: Optional[List[ParentDTO]] = None, customForm: Optional[CustomFormDTO] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, attributes: Optional[List[AttributeDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None, workflowData: Optional[List[WorkflowInstanceDTO]] = None) -> None:
        self.status = status
        self.id = id
        self.parents = parents
        self.customForm = customForm
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.attributes = attributes
        self.customObjects = customObjects
        self.workflowData = workflowData


@dataclass(repr=False, eq=False, init=False)
class CustomFormDTO(DTOBase):
    """``CustomFormDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name


@dataclass(repr=False, eq=False, init=False)
class CustomObjectDTO(DTOBase):
    """``CustomObjectDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    attributes: Optional[List[AttributeDTO]] = None

    def __init__(self, uuid: Optional[str] = None, attributes: Optional[List[AttributeDTO]] = None) -> None:
        self.uuid = uuid
        self.attributes = attributes


@dataclass(repr=False, eq=False, init=False)
class DomainDTO(DTOBase):
    """``DomainDTO`` of the documented SDK."""
    domainId: Optional[str] = None

    def __init__(self, domainId: Optional[str] = None) -> None:
        self.domainId = domainId


@dataclass(repr=False, eq=False, init=False)
class LabourAssigneeDTO(DTOBase):
    """``LabourAssigneeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    email: Optional[str] = None
    displayOrder: Optional[Union[int, str]] = None
    labourCode: Optional[str] = None
    labourUuid: Optional[str] = None
    responsibilityUuid: Optional[str] = None
    responsibilityName: Optional[str] = None
    responsibilityDisplayName: Optional[str] = None
    type: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, email: Optional[str] = None, displayOrder: Optional[Union[int, str]] = None, labourCode: Optional[str] = None, labourUuid: Optional[str] = None, responsibilityUuid: Optional[str] = None, responsibilityName: Optional[str] = None, responsibilityDisplayName: Optional[str] = None, type: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.email = email
        self.displayOrder = displayOrder
        self.labourCode = labourCode
        self.labourUuid = labourUuid
        self.responsibilityUuid = responsibilityUuid
        self.responsibilityName = responsibilityName
        self.responsibilityDisplayName = responsibilityDisplayName
        self.type = type


@dataclass(repr=False, eq=False, init=False)
class LabourRecipientDTO(DTOBase):
    """``LabourRecipientDTO`` of the documented SDK."""
    labourCode: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, labourCode: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.labourCode = labourCode
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class LinkDomainsDTO(DTOBase):
    """``LinkDomainsDTO`` of the documented SDK."""
    domainType: Optional[str] = None
    domains: Optional[List[DomainDTO]] = None

    def __init__(self, domainType: Optional[str] = None, domains: Optional[List[DomainDTO]] = None) -> None:
        self.domainType = domainType
        self.domains = domains


@dataclass(repr=False, eq=False, init=False)
class ManualContactAssigneeDTO(DTOBase):
    """``ManualContactAssigneeDTO`` of the documented SDK."""
    id: Optional[str] = None
    name: Optional[str] = None
    email: Optional[str] = None
    type: Optional[str] = None
    phone: Optional[str] = None
    imageText: Optional[str] = None

    def __init__(self, id: Optional[str] = None, name: Optional[str] = None, email: Optional[str] = None, type: Optional[str] = None, phone: Optional[str] = None, imageText: Optional[str] = None) -> None:
        self.id = id
        self.name = name
        self.email = email
        self.type = type
        self.phone = phone
        self.imageText = imageText


@dataclass(repr=False, eq=False, init=False)
class ManualContactDTO(DTOBase):
    """``ManualContactDTO`` of the documented SDK."""
    id: Optional[str] = None
    name: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    imageText: Optional[str] = None

    def __init__(self, id: Optional[str] = None, name: Optional[str] = None, email: Optional[str] = None, phone: Optional[str] = None, imageText: Optional[str] = None) -> None:
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
        self.imageText = imageText


@dataclass(repr=False, eq=False, init=False)
class MessageResponseDTO(DTOBase):
    """``MessageResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class MilestoneDTO(DTOBase):
    """``MilestoneDTO`` of the documented SDK."""
    id: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    icon: Optional[str] = None
    status: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    stateName: Optional[str] = None
    workflowVersionUuid: Optional[str] = None
    assignees: Optional[List[AssigneeDTO]] = None
    alerts: Optional[List[AlertDTO]] = None

    def __init__(self, id: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, icon: Optional[str] = None, status: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, stateName: Optional[str] = None, workflowVersionUuid: Optional[str] = None, assignees: Optional[List[AssigneeDTO]] = None, alerts: Optional[List[AlertDTO]] = None) -> None:
        self.id = id
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.description = description
        self.icon = icon
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
        self.stateName = stateName
        self.workflowVersionUuid = workflowVersionUuid
        self.assignees = assignees
        self.alerts = alerts


@dataclass(repr=False, eq=False, init=False)
class MilestoneListResponseDTO(DTOBase):
    """``MilestoneListResponseDTO`` of the documented SDK."""
    milestones: Optional[List[MilestoneResponseDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, milestones: Optional[List[MilestoneResponseDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.milestones = milestones
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class MilestoneResponseDTO(DTOBase):
    """``MilestoneResponseDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    icon: Optional[str] = None
    status: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    stateName: Optional[str] = None
    workflowVersionUuid: Optional[str] = None
    assignees: Optional[AssigneesGroupDTO] = None
    alerts: Optional[List[AlertDTO]] = None
    activityDefinitionReferenceUuid: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, icon: Optional[str] = None, status: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, stateName: Optional[str] = None, workflowVersionUuid: Optional[str] = None, assignees: Optional[AssigneesGroupDTO] = None, alerts: Optional[List[AlertDTO]] = None, activityDefinitionReferenceUuid: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.description = description
        self.icon = icon
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
        self.stateName = stateName
        self.workflowVersionUuid = workflowVersionUuid
        self.assignees = assignees
        self.alerts = alerts
        self.activityDefinitionReferenceUuid = activityDefinitionReferenceUuid


@dataclass(repr=False, eq=False, init=False)
class MilestoneSingleResponseDTO(DTOBase):
    """``MilestoneSingleResponseDTO`` of the documented SDK."""
    milestone: Optional[MilestoneResponseDTO] = None

    def __init__(self, milestone: Optional[MilestoneResponseDTO] = None) -> None:
        self.milestone = milestone


@dataclass(repr=False, eq=False, init=False)
class OperatorAssigneeDTO(DTOBase):
    """``OperatorAssigneeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    email: Optional[str] = None
    displayOrder: Optional[Union[int, str]] = None
    userUuid: Optional[str] = None
    responsibilityUuid: Optional[str] = None
    responsibilityName: Optional[str] = None
    responsibilityDisplayName: Optional[str] = None
    type: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, email: Optional[str] = None, displayOrder: Optional[Union[int, str]] = None, userUuid: Optional[str] = None, responsibilityUuid: Optional[str] = None, responsibilityName: Optional[str] = None, responsibilityDisplayName: Optional[str] = None, type: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.email = email
        self.displayOrder = displayOrder
        self.userUuid = userUuid
        self.responsibilityUuid = responsibilityUuid
        self.responsibilityName = responsibilityName
        self.responsibilityDisplayName = responsibilityDisplayName
        self.type = type


@dataclass(repr=False, eq=False, init=False)
class ParentDTO(DTOBase):
    """``ParentDTO`` of the documented SDK."""
    type: Optional[str] = None
    id: Optional[str] = None
    email: Optional[str] = None
    name: Optional[str] = None

    def __init__(self, type: Optional[str] = None, id: Optional[str] = None, email: Optional[str] = None, name: Optional[str] = None) -> None:
        self.type = type
        self.id = id
        self.email = email
        self.name = name


@dataclass(repr=False, eq=False, init=False)
class RecipientDTO(DTOBase):
    """``RecipientDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    displayOrder: Optional[Union[int, str]] = None
    accountCode: Optional[str] = None
    userUuid: Optional[str] = None
    contactUuid: Optional[str] = None
    labourCode: Optional[str] = None
    labourUuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    email: Optional[str] = None
    id: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, displayOrder: Optional[Union[int, str]] = None, accountCode: Optional[str] = None, userUuid: Optional[str] = None, contactUuid: Optional[str] = None, labourCode: Optional[str] = None, labourUuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, email: Optional[str] = None, id: Optional[str] = None) -> None:
        self.uuid = uuid
        self.displayOrder = displayOrder
        self.accountCode = accountCode
        self.userUuid = userUuid
        self.contactUuid = contactUuid
        self.labourCode = labourCode
        self.labourUuid = labourUuid
        self.name = name
        self.displayName = displayName
        self.email = email
        self.id = id


@dataclass(repr=False, eq=False, init=False)
class ResponsibilityDTO(DTOBase):
    """``ResponsibilityDTO`` of the documented SDK."""
    name: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    imageText: Optional[str] = None

    def __init__(self, name: Optional[str] = None, email: Optional[str] = None, phone: Optional[str] = None, imageText: Optional[str] = None) -> None:
        self.name = name
        self.email = email
        self.phone = phone
        self.imageText = imageText


@dataclass(repr=False, eq=False, init=False)
class StageDTO(DTOBase):
    """``StageDTO`` of the documented SDK."""
    stage: Optional[str] = None
    serial: Optional[Union[int, str]] = None

    def __init__(self, stage: Optional[str] = None, serial: Optional[Union[int, str]] = None) -> None:
        self.stage = stage
        self.serial = serial


@dataclass(repr=False, eq=False, init=False)
class StateDTO(DTOBase):
    """``StateDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    type: Optional[str] = None
    displayName: Optional[str] = None
    stage: Optional[str] = None
    outputs: Optional[List[Any]] = None
    milestones: Optional[List[MilestoneResponseDTO]] = None

    def __init__(self, uuid: Optional[str] = None, type: Optional[str] = None, displayName: Optional[str] = None, stage: Optional[str] = None, outputs: Optional[List[Any]] = None, milestones: Optional[List[MilestoneResponseDTO]] = None) -> None:
        self.uuid = uuid
        self.type = type
        self.displayName = displayName
        self.stage = stage
        self.outputs = outputs
        self.milestones = milestones


@dataclass(repr=False, eq=False, init=False)
class TimeIntervalDTO(DTOBase):
    """``TimeIntervalDTO`` of the documented SDK."""
    trigger: Optional[str] = None
    triggerValue: Optional[Union[int, str]] = None
    triggerUnit: Optional[str] = None

    def __init__(self, trigger: Optional[str] = None, triggerValue: Optional[Union[int, str]] = None, triggerUnit: Optional[str] = None) -> None:
        self.trigger = trigger
        self.triggerValue = triggerValue
        self.triggerUnit = triggerUnit


@dataclass(repr=False, eq=False, init=False)
class WorkflowDataResponseDTO(DTOBase):
    """``WorkflowDataResponseDTO`` of the documented SDK."""
    workflowData: Optional[List[WorkflowInstanceDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, workflowData: Optional[List[WorkflowInstanceDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.workflowData = workflowData
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class WorkflowDefinitionDTO(DTOBase):
    """``WorkflowDefinitionDTO`` of the documented SDK."""
    workflowDefinitionUuid: Optional[str] = None
    workflowVersionUuid: Optional[str] = None
    workflowName: Optional[str] = None
    workflowStatus: Optional[str] = None
    currentStage: Optional[str] = None
    enableStage: Optional[Union[bool, str]] = None
    stages: Optional[List[StageDTO]] = None
    states: Optional[List[StateDTO]] = None

    def __init__(self, workflowDefinitionUuid: Optional[str] = None, workflowVersionUuid: Optional[str] = None, workflowName: Optional[str] = None, workflowStatus: Optional[str] = None, currentStage: Optional[str] = None, enableStage: Optional[Union[bool, str]] = None, stages: Optional[List[StageDTO]] = None, states: Optional[List[StateDTO]] = None) -> None:
        self.workflowDefinitionUuid = workflowDefinitionUuid
        self.workflowVersionUuid = workflowVersionUuid
        self.workflowName = workflowName
        self.workflowStatus = workflowStatus
        self.currentStage = currentStage
        self.enableStage = enableStage
        self.stages = stages
        self.states = states


@dataclass(repr=False, eq=False, init=False)
class WorkflowDefinitionResponseDTO(DTOBase):
    """``WorkflowDefinitionResponseDTO`` of the documented SDK."""
    workflowData: Optional[WorkflowDefinitionDTO] = None

    def __init__(self, workflowData: Optional[WorkflowDefinitionDTO] = None) -> None:
        self.workflowData = workflowData


@dataclass(repr=False, eq=False, init=False)
class WorkflowInstanceDTO(DTOBase):
    """``WorkflowInstanceDTO`` of the documented SDK."""
    workflowInstanceUuid: Optional[str] = None
    workflowDefinitionUuid: Optional[str] = None
    workflowVersionUuid: Optional[str] = None
    workflowName: Optional[str] = None
    workflowStatus: Optional[str] = None
    currentStage: Optional[str] = None
    enableStage: Optional[Union[bool, str]] = None
    stages: Optional[List[StageDTO]] = None
    states: Optional[List[StateDTO]] = None

    def __init__(self, workflowInstanceUuid: Optional[str] = None, workflowDefinitionUuid: Optional[str] = None, workflowVersionUuid: Optional[str] = None, workflowName: Optional[str] = None, workflowStatus: Optional[str] = None, currentStage: Optional[str] = None, enableStage: Optional[Union[bool, str]] = None, stages: Optional[List[StageDTO]] = None, states: Optional[List[StateDTO]] = None) -> None:
        self.workflowInstanceUuid = workflowInstanceUuid
        self.workflowDefinitionUuid = workflowDefinitionUuid
        self.workflowVersionUuid = workflowVersionUuid
        self.workflowName = workflowName
        self.workflowStatus = workflowStatus
        self.currentStage = currentStage
        self.enableStage = enableStage
        self.stages = stages
        self.states = states


@dataclass(repr=False, eq=False, init=False)
class WorkflowMilestonesDTO(DTOBase):
    """``WorkflowMilestonesDTO`` of the documented SDK."""
    workflowUuid: Optional[str] = None
    milestones: Optional[List[MilestoneResponseDTO]] = None

    def __init__(self, workflowUuid: Optional[str] = None, milestones: Optional[List[MilestoneResponseDTO]] = None) -> None:
        self.workflowUuid = workflowUuid
        self.milestones = milestones


@dataclass(repr=False, eq=False, init=False)
class WorkflowStateDataDTO(DTOBase):
    """``WorkflowStateDataDTO`` of the documented SDK."""
    stateName: Optional[str] = None
    milestones: Optional[List[MilestoneDTO]] = None

    def __init__(self, stateName: Optional[str] = None, milestones: Optional[List[MilestoneDTO]] = None) -> None:
        self.stateName = stateName
        self.milestones = milestones


@dataclass(repr=False, eq=False, init=False)
class WorkflowVersionDataDTO(DTOBase):
    """``WorkflowVersionDataDTO`` of the documented SDK."""
    workflowUuid: Optional[str] = None
    data: Optional[List[WorkflowStateDataDTO]] = None

    def __init__(self, workflowUuid: Optional[str] = None, data: Optional[List[WorkflowStateDataDTO]] = None) -> None:
        self.workflowUuid = workflowUuid
        self.data = data
