# generated from api/ — do not edit; run `make generate`
"""``sdk.task``: the task operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

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
    ) -> Any:
        """One page of tasks.

        GET /api/v3/tasks

        Returns the answer's JSON as plain data (documented as TaskListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("task.task_list", query=query))

    def task_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``task_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/tasks

        Returns the answer's JSON as plain data (documented as TaskDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("task.task_list", [], query, limit, offset, None)))

    def task_details(self, id: str) -> Any:
        """Reads one record of tasks.

        GET /api/v3/tasks/{id}

        Returns the answer's JSON as plain data (documented as TaskDetailsResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("task.task_details", path))

    def task_checklist_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of checklist of the tasks.

        GET /api/v3/tasks/{id}/checklist

        Returns the answer's JSON as plain data (documented as TaskChecklistListResponseDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("task.task_checklist_list", path, query=query))

    def task_checklist_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``task_checklist_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/tasks/{id}/checklist

        Returns the answer's JSON as plain data (documented as TaskChecklistDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("task.task_checklist_list", path, query, limit, offset, None)))

    def create_task(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in tasks.

        POST /api/v3/tasks

        Returns the answer's JSON as plain data (documented as TaskDetailsResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("task.create_task", body=body))

    def create_task_checklist(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in checklist of the tasks.

        POST /api/v3/tasks/{id}/checklist

        Returns the answer's JSON as plain data (documented as TaskChecklistListResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("task.create_task_checklist", path, body=body))

    def update_task(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of tasks.

        PATCH /api/v3/tasks/{id}

        Returns the answer's JSON as plain data (documented as TaskDetailsResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("task.update_task", path, body=body))

    def update_task_checklist(self, id: str, checklist_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of checklist of the tasks.

        PATCH /api/v3/tasks/{id}/checklist/{checklist_id}

        Returns the answer's JSON as plain data (documented as TaskChecklistListResponseDTO).
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("task.update_task_checklist", path, body=body))

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
    ) -> Awaitable[Any]:
        """One page of tasks.

        GET /api/v3/tasks

        Returns the answer's JSON as plain data (documented as TaskListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("task.task_list", query=query)))

    def task_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``task_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/tasks

        Returns the answer's JSON as plain data (documented as TaskDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("task.task_list", [], query, limit, offset, None)))

    def task_details(self, id: str) -> Awaitable[Any]:
        """Reads one record of tasks.

        GET /api/v3/tasks/{id}

        Returns the answer's JSON as plain data (documented as TaskDetailsResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("task.task_details", path)))

    def task_checklist_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of checklist of the tasks.

        GET /api/v3/tasks/{id}/checklist

        Returns the answer's JSON as plain data (documented as TaskChecklistListResponseDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("task.task_checklist_list", path, query=query)))

    def task_checklist_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``task_checklist_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/tasks/{id}/checklist

        Returns the answer's JSON as plain data (documented as TaskChecklistDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("task.task_checklist_list", path, query, limit, offset, None)))

    def create_task(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in tasks.

        POST /api/v3/tasks

        Returns the answer's JSON as plain data (documented as TaskDetailsResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("task.create_task", body=body)))

    def create_task_checklist(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in checklist of the tasks.

        POST /api/v3/tasks/{id}/checklist

        Returns the answer's JSON as plain data (documented as TaskChecklistListResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("task.create_task_checklist", path, body=body)))

    def update_task(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of tasks.

        PATCH /api/v3/tasks/{id}

        Returns the answer's JSON as plain data (documented as TaskDetailsResponseDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("task.update_task", path, body=body)))

    def update_task_checklist(
        self,
        id: str,
        checklist_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates one record of checklist of the tasks.

        PATCH /api/v3/tasks/{id}/checklist/{checklist_id}

        Returns the answer's JSON as plain data (documented as TaskChecklistListResponseDTO).
        """
        path = [args.ident("id", id), args.ident("checklist_id", checklist_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("task.update_task_checklist", path, body=body)))

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
