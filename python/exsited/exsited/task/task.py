# generated from api/ — do not edit; run `make generate`
"""``sdk.task``: the task operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.task.dto.task_dto import (
    TaskChecklistCreateRequestDTO,
    TaskChecklistDTO,
    TaskChecklistListResponseDTO,
    TaskChecklistUpdateRequestDTO,
    TaskCreateRequestDTO,
    TaskDataDTO,
    TaskDetailsResponseDTO,
    TaskListResponseDTO,
    TaskUpdateRequestDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.task.task_raw import AsyncTaskRaw, TaskRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Task(Resource):
    """``sdk.task``: the task operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "TaskRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.task.task_raw import TaskRaw

        return TaskRaw(self._raw_copy())

    def task_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> TaskListResponseDTO:
        """Lists the tasks, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/tasks``

        Returns:
            TaskListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("TaskListResponseDTO", self._run(Call("task.task_list", query=query, answer=TaskListResponseDTO)))

    def task_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[TaskDataDTO]:
        """Every task that ``task_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/tasks``

        Yields:
            TaskDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[TaskDataDTO]", self._iterate(Listing(Call("task.task_list", [], query), limit, offset, TaskDataDTO)))

    def task_details(self, id: str) -> TaskDetailsResponseDTO:
        """Reads a task.

        HTTP: ``GET /api/v3/tasks/{id}``

        Returns:
            TaskDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("TaskDetailsResponseDTO", self._run(Call("task.task_details", path, answer=TaskDetailsResponseDTO)))

    def task_checklist_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> TaskChecklistListResponseDTO:
        """Lists the checklist of a task, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/tasks/{id}/checklist``

        Returns:
            TaskChecklistListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("TaskChecklistListResponseDTO", self._run(Call("task.task_checklist_list", path, query=query, answer=TaskChecklistListResponseDTO)))

    def task_checklist_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[TaskChecklistDTO]:
        """Every checklist of a task that ``task_checklist_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/tasks/{id}/checklist``

        Yields:
            TaskChecklistDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[TaskChecklistDTO]", self._iterate(Listing(Call("task.task_checklist_list", path, query), limit, offset, TaskChecklistDTO)))

    def create_task(self, request_data: TaskCreateRequestDTO) -> TaskDetailsResponseDTO:
        """Creates a task.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/tasks`` (json body)

        Returns:
            TaskDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (TaskCreateRequestDTO,))
        return cast("TaskDetailsResponseDTO", self._run(Call("task.create_task", body=body, answer=TaskDetailsResponseDTO)))

    def create_task_checklist(
        self,
        id: str,
        request_data: TaskChecklistCreateRequestDTO,
    ) -> TaskChecklistListResponseDTO:
        """Creates the checklist of a task.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/tasks/{id}/checklist`` (json body)

        Returns:
            TaskChecklistListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (TaskChecklistCreateRequestDTO,))
        return cast("TaskChecklistListResponseDTO", self._run(Call("task.create_task_checklist", path, body=body, answer=TaskChecklistListResponseDTO)))

    def update_task(self, id: str, request_data: TaskUpdateRequestDTO) -> TaskDetailsResponseDTO:
        """Updates a task.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/tasks/{id}`` (json body)

        Returns:
            TaskDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (TaskUpdateRequestDTO,))
        return cast("TaskDetailsResponseDTO", self._run(Call("task.update_task", path, body=body, answer=TaskDetailsResponseDTO)))

    def update_task_checklist(
        self,
        id: str,
        checklist_id: str,
        request_data: TaskChecklistUpdateRequestDTO,
    ) -> TaskChecklistListResponseDTO:
        """Updates a checklist of a task.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/tasks/{id}/checklist/{checklist_id}`` (json body)

        Returns:
            TaskChecklistListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        body = args.body("request_data", request_data, (TaskChecklistUpdateRequestDTO,))
        return cast("TaskChecklistListResponseDTO", self._run(Call("task.update_task_checklist", path, body=body, answer=TaskChecklistListResponseDTO)))

    def delete_task(self, id: str) -> DeleteResult:
        """Deletes a task.

        HTTP: ``DELETE /api/v3/tasks/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("task.delete_task", path)))

    def delete_task_checklist(self, id: str, checklist_id: str) -> DeleteResult:
        """Deletes a checklist of a task.

        HTTP: ``DELETE /api/v3/tasks/{id}/checklist/{checklist_id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        return cast("DeleteResult", self._run(Call("task.delete_task_checklist", path)))


class AsyncTask(Resource):
    """``sdk.task``: the task operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncTaskRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.task.task_raw import AsyncTaskRaw

        return AsyncTaskRaw(self._raw_copy())

    def task_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[TaskListResponseDTO]:
        """Lists the tasks, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/tasks``

        Returns:
            Awaitable of TaskListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[TaskListResponseDTO]", self._run(Call("task.task_list", query=query, answer=TaskListResponseDTO)))

    def task_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[TaskDataDTO]:
        """Every task that ``task_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/tasks``

        Yields:
            TaskDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[TaskDataDTO]", self._iterate(Listing(Call("task.task_list", [], query), limit, offset, TaskDataDTO)))

    def task_details(self, id: str) -> Awaitable[TaskDetailsResponseDTO]:
        """Reads a task.

        HTTP: ``GET /api/v3/tasks/{id}``

        Returns:
            Awaitable of TaskDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[TaskDetailsResponseDTO]", self._run(Call("task.task_details", path, answer=TaskDetailsResponseDTO)))

    def task_checklist_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[TaskChecklistListResponseDTO]:
        """Lists the checklist of a task, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/tasks/{id}/checklist``

        Returns:
            Awaitable of TaskChecklistListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[TaskChecklistListResponseDTO]", self._run(Call("task.task_checklist_list", path, query=query, answer=TaskChecklistListResponseDTO)))

    def task_checklist_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[TaskChecklistDTO]:
        """Every checklist of a task that ``task_checklist_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/tasks/{id}/checklist``

        Yields:
            TaskChecklistDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[TaskChecklistDTO]", self._iterate(Listing(Call("task.task_checklist_list", path, query), limit, offset, TaskChecklistDTO)))

    def create_task(self, request_data: TaskCreateRequestDTO) -> Awaitable[TaskDetailsResponseDTO]:
        """Creates a task.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/tasks`` (json body)

        Returns:
            Awaitable of TaskDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (TaskCreateRequestDTO,))
        return cast("Awaitable[TaskDetailsResponseDTO]", self._run(Call("task.create_task", body=body, answer=TaskDetailsResponseDTO)))

    def create_task_checklist(
        self,
        id: str,
        request_data: TaskChecklistCreateRequestDTO,
    ) -> Awaitable[TaskChecklistListResponseDTO]:
        """Creates the checklist of a task.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/tasks/{id}/checklist`` (json body)

        Returns:
            Awaitable of TaskChecklistListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (TaskChecklistCreateRequestDTO,))
        return cast("Awaitable[TaskChecklistListResponseDTO]", self._run(Call("task.create_task_checklist", path, body=body, answer=TaskChecklistListResponseDTO)))

    def update_task(self, id: str, request_data: TaskUpdateRequestDTO) -> Awaitable[TaskDetailsResponseDTO]:
        """Updates a task.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/tasks/{id}`` (json body)

        Returns:
            Awaitable of TaskDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (TaskUpdateRequestDTO,))
        return cast("Awaitable[TaskDetailsResponseDTO]", self._run(Call("task.update_task", path, body=body, answer=TaskDetailsResponseDTO)))

    def update_task_checklist(
        self,
        id: str,
        checklist_id: str,
        request_data: TaskChecklistUpdateRequestDTO,
    ) -> Awaitable[TaskChecklistListResponseDTO]:
        """Updates a checklist of a task.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/tasks/{id}/checklist/{checklist_id}`` (json body)

        Returns:
            Awaitable of TaskChecklistListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        body = args.body("request_data", request_data, (TaskChecklistUpdateRequestDTO,))
        return cast("Awaitable[TaskChecklistListResponseDTO]", self._run(Call("task.update_task_checklist", path, body=body, answer=TaskChecklistListResponseDTO)))

    def delete_task(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes a task.

        HTTP: ``DELETE /api/v3/tasks/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("task.delete_task", path)))

    def delete_task_checklist(self, id: str, checklist_id: str) -> Awaitable[DeleteResult]:
        """Deletes a checklist of a task.

        HTTP: ``DELETE /api/v3/tasks/{id}/checklist/{checklist_id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("task.delete_task_checklist", path)))
