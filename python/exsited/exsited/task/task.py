# generated from api/ — do not edit; run `make generate`
"""``sdk.task``: the task operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Task(Resource):
    """``sdk.task``: the task operations of the documented SDK."""

    def task_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> TaskListResponseDTO:
        """One page of tasks.

        GET /api/v3/tasks

        Returns TaskListResponseDTO.
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
        """Every record of ``task_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/tasks

        Returns Iterator[TaskDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[TaskDataDTO]", self._iterate(Listing("task.task_list", [], query, limit, offset, TaskDataDTO)))

    def task_details(self, id: str) -> TaskDetailsResponseDTO:
        """Reads one record of tasks.

        GET /api/v3/tasks/{id}

        Returns TaskDetailsResponseDTO.
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
        """One page of checklist of the tasks.

        GET /api/v3/tasks/{id}/checklist

        Returns TaskChecklistListResponseDTO.
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
        """Every record of ``task_checklist_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/tasks/{id}/checklist

        Returns Iterator[TaskChecklistDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[TaskChecklistDTO]", self._iterate(Listing("task.task_checklist_list", path, query, limit, offset, TaskChecklistDTO)))

    def create_task(self, request_data: TaskCreateRequestDTO) -> TaskDetailsResponseDTO:
        """Creates a record in tasks.

        POST /api/v3/tasks

        Returns TaskDetailsResponseDTO.
        """
        body = args.body("request_data", request_data, (TaskCreateRequestDTO,))
        return cast("TaskDetailsResponseDTO", self._run(Call("task.create_task", body=body, answer=TaskDetailsResponseDTO)))

    def create_task_checklist(
        self,
        id: str,
        request_data: TaskChecklistCreateRequestDTO,
    ) -> TaskChecklistListResponseDTO:
        """Creates a record in checklist of the tasks.

        POST /api/v3/tasks/{id}/checklist

        Returns TaskChecklistListResponseDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (TaskChecklistCreateRequestDTO,))
        return cast("TaskChecklistListResponseDTO", self._run(Call("task.create_task_checklist", path, body=body, answer=TaskChecklistListResponseDTO)))

    def update_task(self, id: str, request_data: TaskUpdateRequestDTO) -> TaskDetailsResponseDTO:
        """Updates one record of tasks.

        PATCH /api/v3/tasks/{id}

        Returns TaskDetailsResponseDTO.
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
        """Updates one record of checklist of the tasks.

        PATCH /api/v3/tasks/{id}/checklist/{checklist_id}

        Returns TaskChecklistListResponseDTO.
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        body = args.body("request_data", request_data, (TaskChecklistUpdateRequestDTO,))
        return cast("TaskChecklistListResponseDTO", self._run(Call("task.update_task_checklist", path, body=body, answer=TaskChecklistListResponseDTO)))

    def delete_task(self, id: str) -> DeleteResult:
        """Deletes one record of tasks.

        DELETE /api/v3/tasks/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("task.delete_task", path)))

    def delete_task_checklist(self, id: str, checklist_id: str) -> DeleteResult:
        """Deletes one record of checklist of the tasks.

        DELETE /api/v3/tasks/{id}/checklist/{checklist_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        return cast("DeleteResult", self._run(Call("task.delete_task_checklist", path)))


class AsyncTask(Resource):
    """``sdk.task``: the task operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def task_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[TaskListResponseDTO]:
        """One page of tasks.

        GET /api/v3/tasks

        Returns Awaitable[TaskListResponseDTO].
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
        """Every record of ``task_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/tasks

        Returns AsyncIterator[TaskDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[TaskDataDTO]", self._iterate(Listing("task.task_list", [], query, limit, offset, TaskDataDTO)))

    def task_details(self, id: str) -> Awaitable[TaskDetailsResponseDTO]:
        """Reads one record of tasks.

        GET /api/v3/tasks/{id}

        Returns Awaitable[TaskDetailsResponseDTO].
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
        """One page of checklist of the tasks.

        GET /api/v3/tasks/{id}/checklist

        Returns Awaitable[TaskChecklistListResponseDTO].
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
        """Every record of ``task_checklist_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/tasks/{id}/checklist

        Returns AsyncIterator[TaskChecklistDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[TaskChecklistDTO]", self._iterate(Listing("task.task_checklist_list", path, query, limit, offset, TaskChecklistDTO)))

    def create_task(self, request_data: TaskCreateRequestDTO) -> Awaitable[TaskDetailsResponseDTO]:
        """Creates a record in tasks.

        POST /api/v3/tasks

        Returns Awaitable[TaskDetailsResponseDTO].
        """
        body = args.body("request_data", request_data, (TaskCreateRequestDTO,))
        return cast("Awaitable[TaskDetailsResponseDTO]", self._run(Call("task.create_task", body=body, answer=TaskDetailsResponseDTO)))

    def create_task_checklist(
        self,
        id: str,
        request_data: TaskChecklistCreateRequestDTO,
    ) -> Awaitable[TaskChecklistListResponseDTO]:
        """Creates a record in checklist of the tasks.

        POST /api/v3/tasks/{id}/checklist

        Returns Awaitable[TaskChecklistListResponseDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (TaskChecklistCreateRequestDTO,))
        return cast("Awaitable[TaskChecklistListResponseDTO]", self._run(Call("task.create_task_checklist", path, body=body, answer=TaskChecklistListResponseDTO)))

    def update_task(self, id: str, request_data: TaskUpdateRequestDTO) -> Awaitable[TaskDetailsResponseDTO]:
        """Updates one record of tasks.

        PATCH /api/v3/tasks/{id}

        Returns Awaitable[TaskDetailsResponseDTO].
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
        """Updates one record of checklist of the tasks.

        PATCH /api/v3/tasks/{id}/checklist/{checklist_id}

        Returns Awaitable[TaskChecklistListResponseDTO].
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        body = args.body("request_data", request_data, (TaskChecklistUpdateRequestDTO,))
        return cast("Awaitable[TaskChecklistListResponseDTO]", self._run(Call("task.update_task_checklist", path, body=body, answer=TaskChecklistListResponseDTO)))

    def delete_task(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of tasks.

        DELETE /api/v3/tasks/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("task.delete_task", path)))

    def delete_task_checklist(self, id: str, checklist_id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of checklist of the tasks.

        DELETE /api/v3/tasks/{id}/checklist/{checklist_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("task.delete_task_checklist", path)))
