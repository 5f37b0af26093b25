# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.workflow``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._dto import DTOBase
from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.workflow.dto.workflow_dto import (
    AddMilestoneRequestDTO,
    AlertResponsibilityCreateResponseDTO,
    AlertResponsibilityListDTO,
    AlertResponsibilityRequestDTO,
    AlertResponsibilityResponseDTO,
    AllMilestonesResponseDTO,
    MilestoneListResponseDTO,
    MilestoneSingleResponseDTO,
    WorkflowDataResponseDTO,
    WorkflowDefinitionResponseDTO,
)
from exsited.exsited.workflow.workflow import DeleteResult


class WorkflowRaw(RawResource):
    """``Workflow.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def createComponentWithWorkflow(
        self,
        componentUuid: str,
        componentType: str,
        requestData: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``Workflow.createComponentWithWorkflow``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.createComponentWithWorkflow(
            componentUuid=componentUuid,
            componentType=componentType,
            requestData=requestData,
        ))

    def getComponentWithWorkflow(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``Workflow.getComponentWithWorkflow``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.getComponentWithWorkflow(
            componentUuid=componentUuid,
            componentId=componentId,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def getWorkflowDetails(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[WorkflowDataResponseDTO]:
        """``Workflow.getWorkflowDetails``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[WorkflowDataResponseDTO]", self._resource.getWorkflowDetails(
            componentUuid=componentUuid,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def addMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: AddMilestoneRequestDTO,
    ) -> RawResponse[AllMilestonesResponseDTO]:
        """``Workflow.addMilestone``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AllMilestonesResponseDTO]", self._resource.addMilestone(
            componentUuid=componentUuid,
            componentId=componentId,
            requestData=requestData,
        ))

    def updateMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: AddMilestoneRequestDTO,
    ) -> RawResponse[AllMilestonesResponseDTO]:
        """``Workflow.updateMilestone``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AllMilestonesResponseDTO]", self._resource.updateMilestone(
            componentUuid=componentUuid,
            componentId=componentId,
            requestData=requestData,
        ))

    def getMilestones(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[MilestoneListResponseDTO]:
        """``Workflow.getMilestones``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[MilestoneListResponseDTO]", self._resource.getMilestones(
            componentUuid=componentUuid,
            componentId=componentId,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def getMilestoneDetails(
        self,
        componentUuid: str,
        componentId: str,
        milestoneUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[MilestoneSingleResponseDTO]:
        """``Workflow.getMilestoneDetails``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[MilestoneSingleResponseDTO]", self._resource.getMilestoneDetails(
            componentUuid=componentUuid,
            componentId=componentId,
            milestoneUuid=milestoneUuid,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def createAlertResponsibility(
        self,
        requestData: AlertResponsibilityRequestDTO,
    ) -> RawResponse[AlertResponsibilityCreateResponseDTO]:
        """``Workflow.createAlertResponsibility``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AlertResponsibilityCreateResponseDTO]", self._resource.createAlertResponsibility(
            requestData=requestData,
        ))

    def getAlertResponsibilities(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AlertResponsibilityListDTO]:
        """``Workflow.getAlertResponsibilities``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AlertResponsibilityListDTO]", self._resource.getAlertResponsibilities(
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def getAlertResponsibilityDetails(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AlertResponsibilityResponseDTO]:
        """``Workflow.getAlertResponsibilityDetails``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AlertResponsibilityResponseDTO]", self._resource.getAlertResponsibilityDetails(
            alertResponsibilityUuid=alertResponsibilityUuid,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def getWorkflowDefinition(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[WorkflowDefinitionResponseDTO]:
        """``Workflow.getWorkflowDefinition``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[WorkflowDefinitionResponseDTO]", self._resource.getWorkflowDefinition(
            workflowVersionUuid=workflowVersionUuid,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))


class AsyncWorkflowRaw(RawResource):
    """``AsyncWorkflow.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def createComponentWithWorkflow(
        self,
        componentUuid: str,
        componentType: str,
        requestData: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncWorkflow.createComponentWithWorkflow``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.createComponentWithWorkflow(
            componentUuid=componentUuid,
            componentType=componentType,
            requestData=requestData,
        ))

    def getComponentWithWorkflow(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncWorkflow.getComponentWithWorkflow``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.getComponentWithWorkflow(
            componentUuid=componentUuid,
            componentId=componentId,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def getWorkflowDetails(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[WorkflowDataResponseDTO]]:
        """``AsyncWorkflow.getWorkflowDetails``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[WorkflowDataResponseDTO]]", self._resource.getWorkflowDetails(
            componentUuid=componentUuid,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def addMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: AddMilestoneRequestDTO,
    ) -> Awaitable[RawResponse[AllMilestonesResponseDTO]]:
        """``AsyncWorkflow.addMilestone``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AllMilestonesResponseDTO]]", self._resource.addMilestone(
            componentUuid=componentUuid,
            componentId=componentId,
            requestData=requestData,
        ))

    def updateMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: AddMilestoneRequestDTO,
    ) -> Awaitable[RawResponse[AllMilestonesResponseDTO]]:
        """``AsyncWorkflow.updateMilestone``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AllMilestonesResponseDTO]]", self._resource.updateMilestone(
            componentUuid=componentUuid,
            componentId=componentId,
            requestData=requestData,
        ))

    def getMilestones(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[MilestoneListResponseDTO]]:
        """``AsyncWorkflow.getMilestones``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[MilestoneListResponseDTO]]", self._resource.getMilestones(
            componentUuid=componentUuid,
            componentId=componentId,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def getMilestoneDetails(
        self,
        componentUuid: str,
        componentId: str,
        milestoneUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[MilestoneSingleResponseDTO]]:
        """``AsyncWorkflow.getMilestoneDetails``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[MilestoneSingleResponseDTO]]", self._resource.getMilestoneDetails(
            componentUuid=componentUuid,
            componentId=componentId,
            milestoneUuid=milestoneUuid,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def createAlertResponsibility(
        self,
        requestData: AlertResponsibilityRequestDTO,
    ) -> Awaitable[RawResponse[AlertResponsibilityCreateResponseDTO]]:
        """``AsyncWorkflow.createAlertResponsibility``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AlertResponsibilityCreateResponseDTO]]", self._resource.createAlertResponsibility(
            requestData=requestData,
        ))

    def getAlertResponsibilities(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AlertResponsibilityListDTO]]:
        """``AsyncWorkflow.getAlertResponsibilities``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AlertResponsibilityListDTO]]", self._resource.getAlertResponsibilities(
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def getAlertResponsibilityDetails(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AlertResponsibilityResponseDTO]]:
        """``AsyncWorkflow.getAlertResponsibilityDetails``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AlertResponsibilityResponseDTO]]", self._resource.getAlertResponsibilityDetails(
            alertResponsibilityUuid=alertResponsibilityUuid,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))

    def getWorkflowDefinition(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[WorkflowDefinitionResponseDTO]]:
        """``AsyncWorkflow.getWorkflowDefinition``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[WorkflowDefinitionResponseDTO]]", self._resource.getWorkflowDefinition(
            workflowVersionUuid=workflowVersionUuid,
            limit=limit,
            offset=offset,
            direction=direction,
            orderBy=orderBy,
            queryParams=queryParams,
        ))
