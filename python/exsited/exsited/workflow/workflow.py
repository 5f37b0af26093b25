# generated from api/ — do not edit; run `make generate`
"""``sdk.workflow``: the workflow operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Workflow(Resource):
    """``sdk.workflow``: the workflow operations of the documented SDK."""

    def createComponentWithWorkflow(
        self,
        componentUuid: str,
        componentType: str,
        requestData: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Runs component.

        POST /api/v2/component/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("componentUuid", componentUuid)]
        body = {args.text("componentType", componentType): args.body("requestData", requestData, (DTOBase,))}
        return cast("DeleteResult", self._run(Call("custom_component.custom_component_create", path, body=body)))

    def getComponentWithWorkflow(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of component.

        GET /api/v2/component/{uuid}/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return self._run(Call("custom_component.custom_component_uuid_details", path, query=query))

    def getComponentWithWorkflow_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``getComponentWithWorkflow``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/component/{uuid}/{id}

        Returns the answer's JSON as plain data (documented as CustomComponentDataDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.custom_component_uuid_details", path, query, limit, offset, None)))

    def getWorkflowDetails(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of component of the workflow.

        GET /api/v2/workflow/component/{componentUuid}

        Returns the answer's JSON as plain data (documented as WorkflowDataResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return self._run(Call("workflow.getWorkflowDetails", path, query=query))

    def getWorkflowDetails_iter_all(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``getWorkflowDetails``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/component/{componentUuid}

        Returns the answer's JSON as plain data (documented as WorkflowInstanceDTO).
        """
        path = [args.ident("componentUuid", componentUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("workflow.getWorkflowDetails", path, query, limit, offset, None)))

    def addMilestone(self, componentUuid: str, componentId: str, requestData: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in milestone of the workflow component.

        POST /api/v2/workflow/component/{componentUuid}/{componentId}/milestone

        Returns the answer's JSON as plain data (documented as AllMilestonesResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        body = args.body("requestData", requestData, (DTOBase,))
        return self._run(Call("workflow.addMilestone", path, body=body))

    def updateMilestone(self, componentUuid: str, componentId: str, requestData: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the milestone of the workflow component.

        PATCH /api/v2/workflow/component/{componentUuid}/{componentId}/milestone

        Returns the answer's JSON as plain data (documented as AllMilestonesResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        body = args.body("requestData", requestData, (DTOBase,))
        return self._run(Call("workflow.updateMilestone", path, body=body))

    def getMilestones(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of milestone of the workflow component.

        GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone

        Returns the answer's JSON as plain data (documented as MilestoneListResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return self._run(Call("workflow.getMilestones", path, query=query))

    def getMilestones_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``getMilestones``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone

        Returns the answer's JSON as plain data (documented as MilestoneResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("workflow.getMilestones", path, query, limit, offset, None)))

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
    ) -> Any:
        """One page of milestone of the workflow component.

        GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}

        Returns the answer's JSON as plain data (documented as MilestoneSingleResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId), args.ident("milestoneUuid", milestoneUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return self._run(Call("workflow.getMilestoneDetails", path, query=query))

    def getMilestoneDetails_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        milestoneUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``getMilestoneDetails``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId), args.ident("milestoneUuid", milestoneUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("workflow.getMilestoneDetails", path, query, limit, offset, None)))

    def createAlertResponsibility(self, requestData: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in alert responsibility.

        POST /api/v2/alert_responsibility

        Returns the answer's JSON as plain data (documented as AlertResponsibilityCreateResponseDTO).
        """
        body = args.body("requestData", requestData, (DTOBase,))
        return self._run(Call("workflow.createAlertResponsibility", body=body))

    def getAlertResponsibilities(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of alert responsibility.

        GET /api/v2/alert_responsibility

        Returns the answer's JSON as plain data (documented as AlertResponsibilityListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return self._run(Call("workflow.getAlertResponsibilities", query=query))

    def getAlertResponsibilities_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``getAlertResponsibilities``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert_responsibility

        Returns the answer's JSON as plain data (documented as AlertResponsibilityDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("workflow.getAlertResponsibilities", [], query, limit, offset, None)))

    def getAlertResponsibilityDetails(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of alert responsibility.

        GET /api/v2/alert_responsibility/{alertResponsibilityUuid}

        Returns the answer's JSON as plain data (documented as AlertResponsibilityResponseDTO).
        """
        path = [args.ident("alertResponsibilityUuid", alertResponsibilityUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return self._run(Call("workflow.getAlertResponsibilityDetails", path, query=query))

    def getAlertResponsibilityDetails_iter_all(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``getAlertResponsibilityDetails``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert_responsibility/{alertResponsibilityUuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("alertResponsibilityUuid", alertResponsibilityUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("workflow.getAlertResponsibilityDetails", path, query, limit, offset, None)))

    def getWorkflowDefinition(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of workflow.

        GET /api/v2/workflow/{workflowVersionUuid}

        Returns the answer's JSON as plain data (documented as WorkflowDefinitionResponseDTO).
        """
        path = [args.ident("workflowVersionUuid", workflowVersionUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return self._run(Call("workflow.getWorkflowDefinition", path, query=query))

    def getWorkflowDefinition_iter_all(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``getWorkflowDefinition``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/{workflowVersionUuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("workflowVersionUuid", workflowVersionUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("workflow.getWorkflowDefinition", path, query, limit, offset, None)))


class AsyncWorkflow(Resource):
    """``sdk.workflow``: the workflow operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def createComponentWithWorkflow(
        self,
        componentUuid: str,
        componentType: str,
        requestData: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs component.

        POST /api/v2/component/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("componentUuid", componentUuid)]
        body = {args.text("componentType", componentType): args.body("requestData", requestData, (DTOBase,))}
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.custom_component_create", path, body=body)))

    def getComponentWithWorkflow(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of component.

        GET /api/v2/component/{uuid}/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[Any]", self._run(Call("custom_component.custom_component_uuid_details", path, query=query)))

    def getComponentWithWorkflow_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``getComponentWithWorkflow``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/component/{uuid}/{id}

        Returns the answer's JSON as plain data (documented as CustomComponentDataDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.custom_component_uuid_details", path, query, limit, offset, None)))

    def getWorkflowDetails(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of component of the workflow.

        GET /api/v2/workflow/component/{componentUuid}

        Returns the answer's JSON as plain data (documented as WorkflowDataResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[Any]", self._run(Call("workflow.getWorkflowDetails", path, query=query)))

    def getWorkflowDetails_iter_all(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``getWorkflowDetails``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/component/{componentUuid}

        Returns the answer's JSON as plain data (documented as WorkflowInstanceDTO).
        """
        path = [args.ident("componentUuid", componentUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("workflow.getWorkflowDetails", path, query, limit, offset, None)))

    def addMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Creates a record in milestone of the workflow component.

        POST /api/v2/workflow/component/{componentUuid}/{componentId}/milestone

        Returns the answer's JSON as plain data (documented as AllMilestonesResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        body = args.body("requestData", requestData, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("workflow.addMilestone", path, body=body)))

    def updateMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates the milestone of the workflow component.

        PATCH /api/v2/workflow/component/{componentUuid}/{componentId}/milestone

        Returns the answer's JSON as plain data (documented as AllMilestonesResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        body = args.body("requestData", requestData, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("workflow.updateMilestone", path, body=body)))

    def getMilestones(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of milestone of the workflow component.

        GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone

        Returns the answer's JSON as plain data (documented as MilestoneListResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[Any]", self._run(Call("workflow.getMilestones", path, query=query)))

    def getMilestones_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``getMilestones``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone

        Returns the answer's JSON as plain data (documented as MilestoneResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("workflow.getMilestones", path, query, limit, offset, None)))

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
    ) -> Awaitable[Any]:
        """One page of milestone of the workflow component.

        GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}

        Returns the answer's JSON as plain data (documented as MilestoneSingleResponseDTO).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId), args.ident("milestoneUuid", milestoneUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[Any]", self._run(Call("workflow.getMilestoneDetails", path, query=query)))

    def getMilestoneDetails_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        milestoneUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``getMilestoneDetails``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId), args.ident("milestoneUuid", milestoneUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("workflow.getMilestoneDetails", path, query, limit, offset, None)))

    def createAlertResponsibility(self, requestData: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in alert responsibility.

        POST /api/v2/alert_responsibility

        Returns the answer's JSON as plain data (documented as AlertResponsibilityCreateResponseDTO).
        """
        body = args.body("requestData", requestData, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("workflow.createAlertResponsibility", body=body)))

    def getAlertResponsibilities(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of alert responsibility.

        GET /api/v2/alert_responsibility

        Returns the answer's JSON as plain data (documented as AlertResponsibilityListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[Any]", self._run(Call("workflow.getAlertResponsibilities", query=query)))

    def getAlertResponsibilities_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``getAlertResponsibilities``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert_responsibility

        Returns the answer's JSON as plain data (documented as AlertResponsibilityDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("workflow.getAlertResponsibilities", [], query, limit, offset, None)))

    def getAlertResponsibilityDetails(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of alert responsibility.

        GET /api/v2/alert_responsibility/{alertResponsibilityUuid}

        Returns the answer's JSON as plain data (documented as AlertResponsibilityResponseDTO).
        """
        path = [args.ident("alertResponsibilityUuid", alertResponsibilityUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[Any]", self._run(Call("workflow.getAlertResponsibilityDetails", path, query=query)))

    def getAlertResponsibilityDetails_iter_all(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``getAlertResponsibilityDetails``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/alert_responsibility/{alertResponsibilityUuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("alertResponsibilityUuid", alertResponsibilityUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("workflow.getAlertResponsibilityDetails", path, query, limit, offset, None)))

    def getWorkflowDefinition(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of workflow.

        GET /api/v2/workflow/{workflowVersionUuid}

        Returns the answer's JSON as plain data (documented as WorkflowDefinitionResponseDTO).
        """
        path = [args.ident("workflowVersionUuid", workflowVersionUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[Any]", self._run(Call("workflow.getWorkflowDefinition", path, query=query)))

    def getWorkflowDefinition_iter_all(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``getWorkflowDefinition``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/{workflowVersionUuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("workflowVersionUuid", workflowVersionUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("workflow.getWorkflowDefinition", path, query, limit, offset, None)))
