# generated from api/ — do not edit; run `make generate`
"""``sdk.workflow``: the workflow operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.workflow.dto.workflow_dto import (
    AddMilestoneRequestDTO,
    AlertResponsibilityCreateResponseDTO,
    AlertResponsibilityDataDTO,
    AlertResponsibilityListDTO,
    AlertResponsibilityRequestDTO,
    AlertResponsibilityResponseDTO,
    AllMilestonesResponseDTO,
    MilestoneListResponseDTO,
    MilestoneResponseDTO,
    MilestoneSingleResponseDTO,
    WorkflowDataResponseDTO,
    WorkflowDefinitionResponseDTO,
    WorkflowInstanceDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.custom_component.dto.custom_component_dto import CustomComponentDataDTO
    from exsited.exsited.workflow.workflow_raw import AsyncWorkflowRaw, WorkflowRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Workflow(Resource):
    """``sdk.workflow``: the workflow operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "WorkflowRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.workflow.workflow_raw import WorkflowRaw

        return WorkflowRaw(self._raw_copy())

    def createComponentWithWorkflow(
        self,
        componentUuid: str,
        componentType: str,
        requestData: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Sends a component.

        ``componentUuid`` fills ``{uuid}``; ``requestData`` is the JSON body.

        HTTP: ``POST /api/v2/component/{uuid}`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Dict[str, Any]:
        """Lists the records of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        ``componentUuid`` fills ``{uuid}``; ``componentId`` fills ``{id}``.

        HTTP: ``GET /api/v2/component/{uuid}/{id}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Dict[str, Any]", self._run(Call("custom_component.custom_component_uuid_details", path, query=query)))

    def getComponentWithWorkflow_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator["CustomComponentDataDTO"]:
        """Every record of a component that ``getComponentWithWorkflow`` lists, fetched lazily page by page (``limit`` records a page).

        ``componentUuid`` fills ``{uuid}``; ``componentId`` fills ``{id}``.

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/component/{uuid}/{id}``

        Yields:
            CustomComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[CustomComponentDataDTO]", self._iterate(Listing(Call("custom_component.custom_component_uuid_details", path, query), limit, offset, "exsited.exsited.custom_component.dto.custom_component_dto:CustomComponentDataDTO")))

    def getWorkflowDetails(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> WorkflowDataResponseDTO:
        """Lists the records of a component in the workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}``

        Returns:
            WorkflowDataResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("WorkflowDataResponseDTO", self._run(Call("workflow.getWorkflowDetails", path, query=query, answer=WorkflowDataResponseDTO)))

    def getWorkflowDetails_iter_all(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[WorkflowInstanceDTO]:
        """Every record of a component in the workflow that ``getWorkflowDetails`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}``

        Yields:
            WorkflowInstanceDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("componentUuid", componentUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[WorkflowInstanceDTO]", self._iterate(Listing(Call("workflow.getWorkflowDetails", path, query), limit, offset, WorkflowInstanceDTO)))

    def addMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: AddMilestoneRequestDTO,
    ) -> AllMilestonesResponseDTO:
        """Creates the milestone of a component in the workflow.

        ``requestData`` is the JSON body.

        HTTP: ``POST /api/v2/workflow/component/{componentUuid}/{componentId}/milestone`` (json body)

        Returns:
            AllMilestonesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        body = args.body("requestData", requestData, (AddMilestoneRequestDTO,))
        return cast("AllMilestonesResponseDTO", self._run(Call("workflow.addMilestone", path, body=body, answer=AllMilestonesResponseDTO)))

    def updateMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: AddMilestoneRequestDTO,
    ) -> AllMilestonesResponseDTO:
        """Updates the milestone of a component in the workflow.

        ``requestData`` is the JSON body.

        HTTP: ``PATCH /api/v2/workflow/component/{componentUuid}/{componentId}/milestone`` (json body)

        Returns:
            AllMilestonesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        body = args.body("requestData", requestData, (AddMilestoneRequestDTO,))
        return cast("AllMilestonesResponseDTO", self._run(Call("workflow.updateMilestone", path, body=body, answer=AllMilestonesResponseDTO)))

    def getMilestones(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> MilestoneListResponseDTO:
        """Lists the milestone of a component in the workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone``

        Returns:
            MilestoneListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("MilestoneListResponseDTO", self._run(Call("workflow.getMilestones", path, query=query, answer=MilestoneListResponseDTO)))

    def getMilestones_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[MilestoneResponseDTO]:
        """Every milestone of a component in the workflow that ``getMilestones`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone``

        Yields:
            MilestoneResponseDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[MilestoneResponseDTO]", self._iterate(Listing(Call("workflow.getMilestones", path, query), limit, offset, MilestoneResponseDTO)))

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
    ) -> MilestoneSingleResponseDTO:
        """Lists the records of a milestone of a component in the workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}``

        Returns:
            MilestoneSingleResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId), args.ident("milestoneUuid", milestoneUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("MilestoneSingleResponseDTO", self._run(Call("workflow.getMilestoneDetails", path, query=query, answer=MilestoneSingleResponseDTO)))

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
        """Every record of a milestone of a component in the workflow that ``getMilestoneDetails`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId), args.ident("milestoneUuid", milestoneUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("workflow.getMilestoneDetails", path, query), limit, offset, None)))

    def createAlertResponsibility(
        self,
        requestData: AlertResponsibilityRequestDTO,
    ) -> AlertResponsibilityCreateResponseDTO:
        """Creates an alert responsibility.

        ``requestData`` is the JSON body.

        HTTP: ``POST /api/v2/alert_responsibility`` (json body)

        Returns:
            AlertResponsibilityCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("requestData", requestData, (AlertResponsibilityRequestDTO,))
        return cast("AlertResponsibilityCreateResponseDTO", self._run(Call("workflow.createAlertResponsibility", body=body, answer=AlertResponsibilityCreateResponseDTO)))

    def getAlertResponsibilities(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> AlertResponsibilityListDTO:
        """Lists the alert responsibility, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/alert_responsibility``

        Returns:
            AlertResponsibilityListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("AlertResponsibilityListDTO", self._run(Call("workflow.getAlertResponsibilities", query=query, answer=AlertResponsibilityListDTO)))

    def getAlertResponsibilities_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AlertResponsibilityDataDTO]:
        """Every alert responsibility that ``getAlertResponsibilities`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/alert_responsibility``

        Yields:
            AlertResponsibilityDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AlertResponsibilityDataDTO]", self._iterate(Listing(Call("workflow.getAlertResponsibilities", [], query), limit, offset, AlertResponsibilityDataDTO)))

    def getAlertResponsibilityDetails(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> AlertResponsibilityResponseDTO:
        """Lists the records of an alert responsibility, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/alert_responsibility/{alertResponsibilityUuid}``

        Returns:
            AlertResponsibilityResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("alertResponsibilityUuid", alertResponsibilityUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("AlertResponsibilityResponseDTO", self._run(Call("workflow.getAlertResponsibilityDetails", path, query=query, answer=AlertResponsibilityResponseDTO)))

    def getAlertResponsibilityDetails_iter_all(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of an alert responsibility that ``getAlertResponsibilityDetails`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/alert_responsibility/{alertResponsibilityUuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("alertResponsibilityUuid", alertResponsibilityUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("workflow.getAlertResponsibilityDetails", path, query), limit, offset, None)))

    def getWorkflowDefinition(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> WorkflowDefinitionResponseDTO:
        """Lists the records of a workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/{workflowVersionUuid}``

        Returns:
            WorkflowDefinitionResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("workflowVersionUuid", workflowVersionUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("WorkflowDefinitionResponseDTO", self._run(Call("workflow.getWorkflowDefinition", path, query=query, answer=WorkflowDefinitionResponseDTO)))

    def getWorkflowDefinition_iter_all(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of a workflow that ``getWorkflowDefinition`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/{workflowVersionUuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("workflowVersionUuid", workflowVersionUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("workflow.getWorkflowDefinition", path, query), limit, offset, None)))


class AsyncWorkflow(Resource):
    """``sdk.workflow``: the workflow operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncWorkflowRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.workflow.workflow_raw import AsyncWorkflowRaw

        return AsyncWorkflowRaw(self._raw_copy())

    def createComponentWithWorkflow(
        self,
        componentUuid: str,
        componentType: str,
        requestData: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Sends a component.

        ``componentUuid`` fills ``{uuid}``; ``requestData`` is the JSON body.

        HTTP: ``POST /api/v2/component/{uuid}`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the records of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        ``componentUuid`` fills ``{uuid}``; ``componentId`` fills ``{id}``.

        HTTP: ``GET /api/v2/component/{uuid}/{id}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.custom_component_uuid_details", path, query=query)))

    def getComponentWithWorkflow_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator["CustomComponentDataDTO"]:
        """Every record of a component that ``getComponentWithWorkflow`` lists, fetched lazily page by page (``limit`` records a page).

        ``componentUuid`` fills ``{uuid}``; ``componentId`` fills ``{id}``.

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/component/{uuid}/{id}``

        Yields:
            CustomComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[CustomComponentDataDTO]", self._iterate(Listing(Call("custom_component.custom_component_uuid_details", path, query), limit, offset, "exsited.exsited.custom_component.dto.custom_component_dto:CustomComponentDataDTO")))

    def getWorkflowDetails(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[WorkflowDataResponseDTO]:
        """Lists the records of a component in the workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}``

        Returns:
            Awaitable of WorkflowDataResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[WorkflowDataResponseDTO]", self._run(Call("workflow.getWorkflowDetails", path, query=query, answer=WorkflowDataResponseDTO)))

    def getWorkflowDetails_iter_all(
        self,
        componentUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[WorkflowInstanceDTO]:
        """Every record of a component in the workflow that ``getWorkflowDetails`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}``

        Yields:
            WorkflowInstanceDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("componentUuid", componentUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[WorkflowInstanceDTO]", self._iterate(Listing(Call("workflow.getWorkflowDetails", path, query), limit, offset, WorkflowInstanceDTO)))

    def addMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: AddMilestoneRequestDTO,
    ) -> Awaitable[AllMilestonesResponseDTO]:
        """Creates the milestone of a component in the workflow.

        ``requestData`` is the JSON body.

        HTTP: ``POST /api/v2/workflow/component/{componentUuid}/{componentId}/milestone`` (json body)

        Returns:
            Awaitable of AllMilestonesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        body = args.body("requestData", requestData, (AddMilestoneRequestDTO,))
        return cast("Awaitable[AllMilestonesResponseDTO]", self._run(Call("workflow.addMilestone", path, body=body, answer=AllMilestonesResponseDTO)))

    def updateMilestone(
        self,
        componentUuid: str,
        componentId: str,
        requestData: AddMilestoneRequestDTO,
    ) -> Awaitable[AllMilestonesResponseDTO]:
        """Updates the milestone of a component in the workflow.

        ``requestData`` is the JSON body.

        HTTP: ``PATCH /api/v2/workflow/component/{componentUuid}/{componentId}/milestone`` (json body)

        Returns:
            Awaitable of AllMilestonesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        body = args.body("requestData", requestData, (AddMilestoneRequestDTO,))
        return cast("Awaitable[AllMilestonesResponseDTO]", self._run(Call("workflow.updateMilestone", path, body=body, answer=AllMilestonesResponseDTO)))

    def getMilestones(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[MilestoneListResponseDTO]:
        """Lists the milestone of a component in the workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone``

        Returns:
            Awaitable of MilestoneListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[MilestoneListResponseDTO]", self._run(Call("workflow.getMilestones", path, query=query, answer=MilestoneListResponseDTO)))

    def getMilestones_iter_all(
        self,
        componentUuid: str,
        componentId: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[MilestoneResponseDTO]:
        """Every milestone of a component in the workflow that ``getMilestones`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone``

        Yields:
            MilestoneResponseDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[MilestoneResponseDTO]", self._iterate(Listing(Call("workflow.getMilestones", path, query), limit, offset, MilestoneResponseDTO)))

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
    ) -> Awaitable[MilestoneSingleResponseDTO]:
        """Lists the records of a milestone of a component in the workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}``

        Returns:
            Awaitable of MilestoneSingleResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId), args.ident("milestoneUuid", milestoneUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[MilestoneSingleResponseDTO]", self._run(Call("workflow.getMilestoneDetails", path, query=query, answer=MilestoneSingleResponseDTO)))

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
        """Every record of a milestone of a component in the workflow that ``getMilestoneDetails`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/component/{componentUuid}/{componentId}/milestone/{milestoneUuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("componentUuid", componentUuid), args.ident("componentId", componentId), args.ident("milestoneUuid", milestoneUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("workflow.getMilestoneDetails", path, query), limit, offset, None)))

    def createAlertResponsibility(
        self,
        requestData: AlertResponsibilityRequestDTO,
    ) -> Awaitable[AlertResponsibilityCreateResponseDTO]:
        """Creates an alert responsibility.

        ``requestData`` is the JSON body.

        HTTP: ``POST /api/v2/alert_responsibility`` (json body)

        Returns:
            Awaitable of AlertResponsibilityCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("requestData", requestData, (AlertResponsibilityRequestDTO,))
        return cast("Awaitable[AlertResponsibilityCreateResponseDTO]", self._run(Call("workflow.createAlertResponsibility", body=body, answer=AlertResponsibilityCreateResponseDTO)))

    def getAlertResponsibilities(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AlertResponsibilityListDTO]:
        """Lists the alert responsibility, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/alert_responsibility``

        Returns:
            Awaitable of AlertResponsibilityListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[AlertResponsibilityListDTO]", self._run(Call("workflow.getAlertResponsibilities", query=query, answer=AlertResponsibilityListDTO)))

    def getAlertResponsibilities_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[AlertResponsibilityDataDTO]:
        """Every alert responsibility that ``getAlertResponsibilities`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/alert_responsibility``

        Yields:
            AlertResponsibilityDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AlertResponsibilityDataDTO]", self._iterate(Listing(Call("workflow.getAlertResponsibilities", [], query), limit, offset, AlertResponsibilityDataDTO)))

    def getAlertResponsibilityDetails(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AlertResponsibilityResponseDTO]:
        """Lists the records of an alert responsibility, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/alert_responsibility/{alertResponsibilityUuid}``

        Returns:
            Awaitable of AlertResponsibilityResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("alertResponsibilityUuid", alertResponsibilityUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[AlertResponsibilityResponseDTO]", self._run(Call("workflow.getAlertResponsibilityDetails", path, query=query, answer=AlertResponsibilityResponseDTO)))

    def getAlertResponsibilityDetails_iter_all(
        self,
        alertResponsibilityUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of an alert responsibility that ``getAlertResponsibilityDetails`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/alert_responsibility/{alertResponsibilityUuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("alertResponsibilityUuid", alertResponsibilityUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("workflow.getAlertResponsibilityDetails", path, query), limit, offset, None)))

    def getWorkflowDefinition(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        orderBy: Optional[str] = None,
        queryParams: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[WorkflowDefinitionResponseDTO]:
        """Lists the records of a workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``queryParams`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/{workflowVersionUuid}``

        Returns:
            Awaitable of WorkflowDefinitionResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("workflowVersionUuid", workflowVersionUuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", orderBy)], queryParams)
        return cast("Awaitable[WorkflowDefinitionResponseDTO]", self._run(Call("workflow.getWorkflowDefinition", path, query=query, answer=WorkflowDefinitionResponseDTO)))

    def getWorkflowDefinition_iter_all(
        self,
        workflowVersionUuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of a workflow that ``getWorkflowDefinition`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/{workflowVersionUuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("workflowVersionUuid", workflowVersionUuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("workflow.getWorkflowDefinition", path, query), limit, offset, None)))
