# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.task``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.task.dto.task_dto import (
    TaskChecklistCreateRequestDTO,
    TaskChecklistListResponseDTO,
    TaskChecklistUpdateRequestDTO,
    TaskCreateRequestDTO,
    TaskDetailsResponseDTO,
    TaskListResponseDTO,
    TaskUpdateRequestDTO,
)
from exsited.exsited.task.task import DeleteResult


class TaskRaw(RawResource):
    """``Task.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def task_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[TaskListResponseDTO]:
        """``Task.task_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaskListResponseDTO]", self._resource.task_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def task_details(self, id: str) -> RawResponse[TaskDetailsResponseDTO]:
        """``Task.task_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaskDetailsResponseDTO]", self._resource.task_details(id=id))

    def task_checklist_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[TaskChecklistListResponseDTO]:
        """``Task.task_checklist_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaskChecklistListResponseDTO]", self._resource.task_checklist_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def create_task(self, request_data: TaskCreateRequestDTO) -> RawResponse[TaskDetailsResponseDTO]:
        """``Task.create_task``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaskDetailsResponseDTO]", self._resource.create_task(request_data=request_data))

    def create_task_checklist(
        self,
        id: str,
        request_data: TaskChecklistCreateRequestDTO,
    ) -> RawResponse[TaskChecklistListResponseDTO]:
        """``Task.create_task_checklist``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaskChecklistListResponseDTO]", self._resource.create_task_checklist(
            id=id,
            request_data=request_data,
        ))

    def update_task(self, id: str, request_data: TaskUpdateRequestDTO) -> RawResponse[TaskDetailsResponseDTO]:
        """``Task.update_task``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaskDetailsResponseDTO]", self._resource.update_task(id=id, request_data=request_data))

    def update_task_checklist(
        self,
        id: str,
        checklist_id: str,
        request_data: TaskChecklistUpdateRequestDTO,
    ) -> RawResponse[TaskChecklistListResponseDTO]:
        """``Task.update_task_checklist``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[TaskChecklistListResponseDTO]", self._resource.update_task_checklist(
            id=id,
            checklist_id=checklist_id,
            request_data=request_data,
        ))

    def delete_task(self, id: str) -> RawResponse[DeleteResult]:
        """``Task.delete_task``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_task(id=id))

    def delete_task_checklist(self, id: str, checklist_id: str) -> RawResponse[DeleteResult]:
        """``Task.delete_task_checklist``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_task_checklist(id=id, checklist_id=checklist_id))


class AsyncTaskRaw(RawResource):
    """``AsyncTask.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def task_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[TaskListResponseDTO]]:
        """``AsyncTask.task_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaskListResponseDTO]]", self._resource.task_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def task_details(self, id: str) -> Awaitable[RawResponse[TaskDetailsResponseDTO]]:
        """``AsyncTask.task_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaskDetailsResponseDTO]]", self._resource.task_details(id=id))

    def task_checklist_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[TaskChecklistListResponseDTO]]:
        """``AsyncTask.task_checklist_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaskChecklistListResponseDTO]]", self._resource.task_checklist_list(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def create_task(self, request_data: TaskCreateRequestDTO) -> Awaitable[RawResponse[TaskDetailsResponseDTO]]:
        """``AsyncTask.create_task``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaskDetailsResponseDTO]]", self._resource.create_task(
            request_data=request_data,
        ))

    def create_task_checklist(
        self,
        id: str,
        request_data: TaskChecklistCreateRequestDTO,
    ) -> Awaitable[RawResponse[TaskChecklistListResponseDTO]]:
        """``AsyncTask.create_task_checklist``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaskChecklistListResponseDTO]]", self._resource.create_task_checklist(
            id=id,
            request_data=request_data,
        ))

    def update_task(
        self,
        id: str,
        request_data: TaskUpdateRequestDTO,
    ) -> Awaitable[RawResponse[TaskDetailsResponseDTO]]:
        """``AsyncTask.update_task``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaskDetailsResponseDTO]]", self._resource.update_task(
            id=id,
            request_data=request_data,
        ))

    def update_task_checklist(
        self,
        id: str,
        checklist_id: str,
        request_data: TaskChecklistUpdateRequestDTO,
    ) -> Awaitable[RawResponse[TaskChecklistListResponseDTO]]:
        """``AsyncTask.update_task_checklist``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[TaskChecklistListResponseDTO]]", self._resource.update_task_checklist(
            id=id,
            checklist_id=checklist_id,
            request_data=request_data,
        ))

    def delete_task(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncTask.delete_task``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_task(id=id))

    def delete_task_checklist(self, id: str, checklist_id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncTask.delete_task_checklist``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_task_checklist(
            id=id,
            checklist_id=checklist_id,
        ))
