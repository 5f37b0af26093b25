# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.task.dto.task_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "TaskActivityLogDTO",
    "TaskAlertDTO",
    "TaskAlertRecipientDTO",
    "TaskAlertRequestDTO",
    "TaskAlertSelectedLabourDTO",
    "TaskAlertTimeIntervalDTO",
    "TaskAssigneeLabourDTO",
    "TaskAssigneeRequestDTO",
    "TaskAssigneesDTO",
    "TaskChecklistCreateRequestDTO",
    "TaskChecklistDTO",
    "TaskChecklistListResponseDTO",
    "TaskChecklistRequestItemDTO",
    "TaskChecklistUpdateRequestDTO",
    "TaskCreateDataDTO",
    "TaskCreateRequestDTO",
    "TaskCustomAttributeDTO",
    "TaskDataDTO",
    "TaskDetailsResponseDTO",
    "TaskLinkDTO",
    "TaskListResponseDTO",
    "TaskMilestoneDTO",
    "TaskResourceDTO",
    "TaskUpdateDataDTO",
    "TaskUpdateRequestDTO",
    "TaskWorkflowDTO",
]


@dataclass(repr=False, eq=False, init=False)
class TaskActivityLogDTO(DTOBase):
    """``TaskActivityLogDTO`` of the documented SDK."""
    activity: Optional[str] = None

    def __init__(self, activity: Optional[str] = None) -> None:
        self.activity = activity


@dataclass(repr=False, eq=False, init=False)
class TaskAlertDTO(DTOBase):
    """``TaskAlertDTO`` of the documented SDK."""
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
    recipients: Optional[List[TaskAlertRecipientDTO]] = None
    responsibilities: Optional[List[Any]] = None
    actions: Optional[List[Any]] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, type: Optional[str] = None, triggerValue: Optional[Union[int, str]] = None, triggerUnit: Optional[str] = None, trigger: Optional[str] = None, triggerField: Optional[str] = None, alertContent: Optional[str] = None, status: Optional[str] = None, recipients: Optional[List[TaskAlertRecipientDTO]] = None, responsibilities: Optional[List[Any]] = None, actions: Optional[List[Any]] = None) -> None:
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
        self.recipients = recipients
        self.responsibilities = responsibilities
        self.actions = actions


@dataclass(repr=False, eq=False, init=False)
class TaskAlertRecipientDTO(DTOBase):
    """``TaskAlertRecipientDTO`` of the documented SDK."""
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
    type: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, displayOrder: Optional[Union[int, str]] = None, accountCode: Optional[str] = None, userUuid: Optional[str] = None, contactUuid: Optional[str] = None, labourCode: Optional[str] = None, labourUuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, email: Optional[str] = None, type: Optional[str] = None) -> None:
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
        self.type = type


@dataclass(repr=False, eq=False, init=False)
class TaskAlertRequestDTO(DTOBase):
    """``TaskAlertRequestDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    timeInterval: Optional[TaskAlertTimeIntervalDTO] = None
    notificationOption: Optional[str] = None
    emailHtml: Optional[str] = None
    selectedLabours: Optional[List[TaskAlertSelectedLabourDTO]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, timeInterval: Optional[TaskAlertTimeIntervalDTO] = None, notificationOption: Optional[str] = None, emailHtml: Optional[str] = None, selectedLabours: Optional[List[TaskAlertSelectedLabourDTO]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.timeInterval = timeInterval
        self.notificationOption = notificationOption
        self.emailHtml = emailHtml
        self.selectedLabours = selectedLabours


@dataclass(repr=False, eq=False, init=False)
class TaskAlertSelectedLabourDTO(DTOBase):
    """``TaskAlertSelectedLabourDTO`` of the documented SDK."""
    labourCode: Optional[str] = None

    def __init__(self, labourCode: Optional[str] = None) -> None:
        self.labourCode = labourCode


@dataclass(repr=False, eq=False, init=False)
class TaskAlertTimeIntervalDTO(DTOBase):
    """``TaskAlertTimeIntervalDTO`` of the documented SDK."""
    trigger: Optional[str] = None
    triggerValue: Optional[Union[int, str]] = None
    triggerUnit: Optional[str] = None

    def __init__(self, trigger: Optional[str] = None, triggerValue: Optional[Union[int, str]] = None, triggerUnit: Optional[str] = None) -> None:
        self.trigger = trigger
        self.triggerValue = triggerValue
        self.triggerUnit = triggerUnit


@dataclass(repr=False, eq=False, init=False)
class TaskAssigneeLabourDTO(DTOBase):
    """``TaskAssigneeLabourDTO`` of the documented SDK."""
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

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, email: Optional[str] = None, displayOrder: Optional[Union[int, str]] = None, labourCode: Optional[str] = None, labourUuid: Optional[str] = None, responsibilityUuid: Optional[str] = None, responsibilityName: Optional[str] = None, responsibilityDisplayName: Optional[str] = None) -> None:
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


@dataclass(repr=False, eq=False, init=False)
class TaskAssigneeRequestDTO(DTOBase):
    """``TaskAssigneeRequestDTO`` of the documented SDK."""
    type: Optional[str] = None
    labourCode: Optional[str] = None

    def __init__(self, type: Optional[str] = None, labourCode: Optional[str] = None) -> None:
        self.type = type
        self.labourCode = labourCode


@dataclass(repr=False, eq=False, init=False)
class TaskAssigneesDTO(DTOBase):
    """``TaskAssigneesDTO`` of the documented SDK."""
    selectedOperators: Optional[List[Any]] = None
    selectedAccountContacts: Optional[List[Any]] = None
    selectedLabours: Optional[List[TaskAssigneeLabourDTO]] = None
    selectedEmployees: Optional[List[Any]] = None
    manuallyAddedAccountContacts: Optional[List[Any]] = None

    def __init__(self, selectedOperators: Optional[List[Any]] = None, selectedAccountContacts: Optional[List[Any]] = None, selectedLabours: Optional[List[TaskAssigneeLabourDTO]] = None, selectedEmployees: Optional[List[Any]] = None, manuallyAddedAccountContacts: Optional[List[Any]] = None) -> None:
        self.selectedOperators = selectedOperators
        self.selectedAccountContacts = selectedAccountContacts
        self.selectedLabours = selectedLabours
        self.selectedEmployees = selectedEmployees
        self.manuallyAddedAccountContacts = manuallyAddedAccountContacts


@dataclass(repr=False, eq=False, init=False)
class TaskChecklistCreateRequestDTO(DTOBase):
    """``TaskChecklistCreateRequestDTO`` of the documented SDK."""
    checklist: Optional[List[TaskChecklistRequestItemDTO]] = None

    def __init__(self, checklist: Optional[List[TaskChecklistRequestItemDTO]] = None) -> None:
        self.checklist = checklist


@dataclass(repr=False, eq=False, init=False)
class TaskChecklistDTO(DTOBase):
    """``TaskChecklistDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    status: Optional[str] = None
    sortOrder: Optional[str] = None
    completedAt: Optional[str] = None
    completedBy: Optional[str] = None
    customAttributes: Optional[List[TaskCustomAttributeDTO]] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, status: Optional[str] = None, sortOrder: Optional[str] = None, completedAt: Optional[str] = None, completedBy: Optional[str] = None, customAttributes: Optional[List[TaskCustomAttributeDTO]] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.description = description
        self.status = status
        self.sortOrder = sortOrder
        self.completedAt = completedAt
        self.completedBy = completedBy
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class TaskChecklistListResponseDTO(DTOBase):
    """``TaskChecklistListResponseDTO`` of the documented SDK."""
    checklist: Optional[List[TaskChecklistDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, checklist: Optional[List[TaskChecklistDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.checklist = checklist
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class TaskChecklistRequestItemDTO(DTOBase):
    """``TaskChecklistRequestItemDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    status: Optional[str] = None
    sortOrder: Optional[Union[int, str]] = None
    customAttributes: Optional[List[TaskCustomAttributeDTO]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, status: Optional[str] = None, sortOrder: Optional[Union[int, str]] = None, customAttributes: Optional[List[TaskCustomAttributeDTO]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.status = status
        self.sortOrder = sortOrder
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class TaskChecklistUpdateRequestDTO(DTOBase):
    """``TaskChecklistUpdateRequestDTO`` of the documented SDK."""
    checklist: Optional[TaskChecklistRequestItemDTO] = None

    def __init__(self, checklist: Optional[TaskChecklistRequestItemDTO] = None) -> None:
        self.checklist = checklist


@dataclass(repr=False, eq=False, init=False)
class TaskCreateDataDTO(DTOBase):
    """``TaskCreateDataDTO`` of the documented SDK."""
    code: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    sortOrder: Optional[Union[int, str]] = None
    estimatedHours: Optional[str] = None
    actualHours: Optional[str] = None
    startAfter: Optional[str] = None
    priority: Optional[str] = None
    taskStatus: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    note: Optional[str] = None
    workflowMilestone: Optional[str] = None
    entity: Optional[str] = None
    resourceId: Optional[str] = None
    parentTask: Optional[str] = None
    checklist: Optional[List[TaskChecklistRequestItemDTO]] = None
    assignees: Optional[List[TaskAssigneeRequestDTO]] = None
    alerts: Optional[List[TaskAlertRequestDTO]] = None
    customAttributes: Optional[List[TaskCustomAttributeDTO]] = None

    def __init__(self, code: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, sortOrder: Optional[Union[int, str]] = None, estimatedHours: Optional[str] = None, actualHours: Optional[str] = None, startAfter: Optional[str] = None, priority: Optional[str] = None, taskStatus: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, note: Optional[str] = None, workflowMilestone: Optional[str] = None, entity: Optional[str] = None, resourceId: Optional[str] = None, parentTask: Optional[str] = None, checklist: Optional[List[TaskChecklistRequestItemDTO]] = None, assignees: Optional[List[TaskAssigneeRequestDTO]] = None, alerts: Optional[List[TaskAlertRequestDTO]] = None, customAttributes: Optional[List[TaskCustomAttributeDTO]] = None) -> None:
        self.code = code
        self.name = name
        self.displayName = displayName
        self.description = description
        self.sortOrder = sortOrder
        self.estimatedHours = estimatedHours
        self.actualHours = actualHours
        self.startAfter = startAfter
        self.priority = priority
        self.taskStatus = taskStatus
        self.startDate = startDate
        self.endDate = endDate
        self.note = note
        self.workflowMilestone = workflowMilestone
        self.entity = entity
        self.resourceId = resourceId
        self.parentTask = parentTask
        self.checklist = checklist
        self.assignees = assignees
        self.alerts = alerts
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class TaskCreateRequestDTO(DTOBase):
    """``TaskCreateRequestDTO`` of the documented SDK."""
    task: Optional[TaskCreateDataDTO] = None

    def __init__(self, task: Optional[TaskCreateDataDTO] = None) -> None:
        self.task = task


@dataclass(repr=False, eq=False, init=False)
class TaskCustomAttributeDTO(DTOBase):
    """``TaskCustomAttributeDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class TaskDataDTO(DTOBase):
    """``TaskDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    status: Optional[str] = None
    taskStatus: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    resource: Optional[TaskResourceDTO] = None
    priority: Optional[str] = None
    parentTask: Optional[TaskLinkDTO] = None
    sortOrder: Optional[str] = None
    estimatedHours: Optional[str] = None
    actualHours: Optional[str] = None
    startAfter: Optional[TaskLinkDTO] = None
    startDate: Optional[str] = None
    dueDate: Optional[str] = None
    completedAt: Optional[str] = None
    completedBy: Optional[str] = None
    createdOn: Optional[str] = None
    workflow: Optional[TaskWorkflowDTO] = None
    milestone: Optional[TaskMilestoneDTO] = None
    checklist: Optional[List[TaskChecklistDTO]] = None
    assignees: Optional[TaskAssigneesDTO] = None
    alerts: Optional[List[TaskAlertDTO]] = None
    parentOrganization: Optional[str] = None
    createdBy: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[TaskCustomAttributeDTO]] = None
    activityLogs: Optional[List[TaskActivityLogDTO]] = None
    note: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, status: Optional[str] = None, taskStatus: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, resource: Optional[TaskResourceDTO] = None, priority: Optional[str] = None, parentTask: Optional[TaskLinkDTO] = None, sortOrder: Optional[str] = None, estimatedHours: Optional[str] = None, actualHours: Optional[str] = None, startAfter: Optional[TaskLinkDTO] = None, startDate: Optional[str] = None, dueDate: Optional[str] = None, completedAt: Optional[str] = None, completedBy: Optional[str] = None, createdOn: Optional[str] = None, workflow: Optional[TaskWorkflowDTO] = None, milestone: Optional[TaskMilestoneDTO] = None, checklist: Optional[List[TaskChecklistDTO]] = None, assignees: Optional[TaskAssigneesDTO] = None, alerts: Optional[List[TaskAlertDTO]] = None, parentOrganization: Optional[str] = None, createdBy: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[TaskCustomAttributeDTO]] = None, activityLogs: Optional[List[TaskActivityLogDTO]] = None, note: Optional[str] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.status = status
        self.taskStatus = taskStatus
        self.name = name
        self.displayName = displayName
        self.description = description
        self.resource = resource
        self.priority = priority
        self.parentTask = parentTask
        self.sortOrder = sortOrder
        self.estimatedHours = estimatedHours
        self.actualHours = actualHours
        self.startAfter = startAfter
        self.startDate = startDate
        self.dueDate = dueDate
        self.completedAt = completedAt
        self.completedBy = completedBy
        self.createdOn = createdOn
        self.workflow = workflow
        self.milestone = milestone
        self.checklist = checklist
        self.assignees = assignees
        self.alerts = alerts
        self.parentOrganization = parentOrganization
        self.createdBy = createdBy
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.version = version
        self.customAttributes = customAttributes
        self.activityLogs = activityLogs
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class TaskDetailsResponseDTO(DTOBase):
    """``TaskDetailsResponseDTO`` of the documented SDK."""
    task: Optional[TaskDataDTO] = None

    def __init__(self, task: Optional[TaskDataDTO] = None) -> None:
        self.task = task


@dataclass(repr=False, eq=False, init=False)
class TaskLinkDTO(DTOBase):
    """``TaskLinkDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, name: Optional[str] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.name = name
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class TaskListResponseDTO(DTOBase):
    """``TaskListResponseDTO`` of the documented SDK."""
    tasks: Optional[List[TaskDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, tasks: Optional[List[TaskDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.tasks = tasks
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class TaskMilestoneDTO(DTOBase):
    """``TaskMilestoneDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName


@dataclass(repr=False, eq=False, init=False)
class TaskResourceDTO(DTOBase):
    """``TaskResourceDTO`` of the documented SDK."""
    entity: Optional[str] = None
    resourceId: Optional[str] = None
    resourceUuid: Optional[str] = None

    def __init__(self, entity: Optional[str] = None, resourceId: Optional[str] = None, resourceUuid: Optional[str] = None) -> None:
        self.entity = entity
        self.resourceId = resourceId
        self.resourceUuid = resourceUuid


@dataclass(repr=False, eq=False, init=False)
class TaskUpdateDataDTO(DTOBase):
    """``TaskUpdateDataDTO`` of the documented SDK."""
    code: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    sortOrder: Optional[Union[int, str]] = None
    estimatedHours: Optional[str] = None
    actualHours: Optional[str] = None
    startAfter: Optional[str] = None
    priority: Optional[str] = None
    taskStatus: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    note: Optional[str] = None
    workflowMilestone: Optional[str] = None
    entity: Optional[str] = None
    resourceId: Optional[str] = None
    parentTask: Optional[str] = None
    checklist: Optional[List[TaskChecklistRequestItemDTO]] = None
    assignees: Optional[List[TaskAssigneeRequestDTO]] = None
    alerts: Optional[List[TaskAlertRequestDTO]] = None
    customAttributes: Optional[List[TaskCustomAttributeDTO]] = None

    def __init__(self, code: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, sortOrder: Optional[Union[int, str]] = None, estimatedHours: Optional[str] = None, actualHours: Optional[str] = None, startAfter: Optional[str] = None, priority: Optional[str] = None, taskStatus: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, note: Optional[str] = None, workflowMilestone: Optional[str] = None, entity: Optional[str] = None, resourceId: Optional[str] = None, parentTask: Optional[str] = None, checklist: Optional[List[TaskChecklistRequestItemDTO]] = None, assignees: Optional[List[TaskAssigneeRequestDTO]] = None, alerts: Optional[List[TaskAlertRequestDTO]] = None, customAttributes: Optional[List[TaskCustomAttributeDTO]] = None) -> None:
        self.code = code
        self.name = name
        self.displayName = displayName
        self.description = description
        self.sortOrder = sortOrder
        self.estimatedHours = estimatedHours
        self.actualHours = actualHours
        self.startAfter = startAfter
        self.priority = priority
        self.taskStatus = taskStatus
        self.startDate = startDate
        self.endDate = endDate
        self.note = note
        self.workflowMilestone = workflowMilestone
        self.entity = entity
        self.resourceId = resourceId
        self.parentTask = parentTask
        self.checklist = checklist
        self.assignees = assignees
        self.alerts = alerts
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class TaskUpdateRequestDTO(DTOBase):
    """``TaskUpdateRequestDTO`` of the documented SDK."""
    task: Optional[TaskUpdateDataDTO] = None

    def __init__(self, task: Optional[TaskUpdateDataDTO] = None) -> None:
        self.task = task


@dataclass(repr=False, eq=False, init=False)
class TaskWorkflowDTO(DTOBase):
    """``TaskWorkflowDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
