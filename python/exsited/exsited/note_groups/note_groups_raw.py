# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.note_groups``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.note_groups.dto.note_groups_dto import (
    NoteGroupCreateRequestDTO,
    NoteGroupCreateResponseDTO,
    NoteGroupDetailsResponseDTO,
    NoteGroupUpdateRequestDTO,
    NoteGroupUpdateResponseDTO,
    NoteGroupsResponseDTO,
    NoteReadStatusRequestDTO,
    NoteReadStatusResponseDTO,
)


class NoteGroupsRaw(RawResource):
    """``NoteGroups.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def create(self, request_data: NoteGroupCreateRequestDTO) -> RawResponse[NoteGroupCreateResponseDTO]:
        """``NoteGroups.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[NoteGroupCreateResponseDTO]", self._resource.create(request_data=request_data))

    def update(self, uuid: str, request_data: NoteGroupUpdateRequestDTO) -> RawResponse[NoteGroupUpdateResponseDTO]:
        """``NoteGroups.update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[NoteGroupUpdateResponseDTO]", self._resource.update(
            uuid=uuid,
            request_data=request_data,
        ))

    def delete(self, uuid: str) -> RawResponse[DeleteResponseDTO]:
        """``NoteGroups.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResponseDTO]", self._resource.delete(uuid=uuid))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[NoteGroupsResponseDTO]:
        """``NoteGroups.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[NoteGroupsResponseDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, uuid: str) -> RawResponse[NoteGroupDetailsResponseDTO]:
        """``NoteGroups.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[NoteGroupDetailsResponseDTO]", self._resource.details(uuid=uuid))

    def user_details(self, uuid: str, user_uuid: str) -> RawResponse[NoteGroupDetailsResponseDTO]:
        """``NoteGroups.user_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[NoteGroupDetailsResponseDTO]", self._resource.user_details(
            uuid=uuid,
            user_uuid=user_uuid,
        ))

    def note_read_status(self, request_data: NoteReadStatusRequestDTO) -> RawResponse[NoteReadStatusResponseDTO]:
        """``NoteGroups.note_read_status``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[NoteReadStatusResponseDTO]", self._resource.note_read_status(
            request_data=request_data,
        ))


class AsyncNoteGroupsRaw(RawResource):
    """``AsyncNoteGroups.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def create(self, request_data: NoteGroupCreateRequestDTO) -> Awaitable[RawResponse[NoteGroupCreateResponseDTO]]:
        """``AsyncNoteGroups.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[NoteGroupCreateResponseDTO]]", self._resource.create(
            request_data=request_data,
        ))

    def update(
        self,
        uuid: str,
        request_data: NoteGroupUpdateRequestDTO,
    ) -> Awaitable[RawResponse[NoteGroupUpdateResponseDTO]]:
        """``AsyncNoteGroups.update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[NoteGroupUpdateResponseDTO]]", self._resource.update(
            uuid=uuid,
            request_data=request_data,
        ))

    def delete(self, uuid: str) -> Awaitable[RawResponse[DeleteResponseDTO]]:
        """``AsyncNoteGroups.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResponseDTO]]", self._resource.delete(uuid=uuid))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[NoteGroupsResponseDTO]]:
        """``AsyncNoteGroups.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[NoteGroupsResponseDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, uuid: str) -> Awaitable[RawResponse[NoteGroupDetailsResponseDTO]]:
        """``AsyncNoteGroups.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[NoteGroupDetailsResponseDTO]]", self._resource.details(uuid=uuid))

    def user_details(self, uuid: str, user_uuid: str) -> Awaitable[RawResponse[NoteGroupDetailsResponseDTO]]:
        """``AsyncNoteGroups.user_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[NoteGroupDetailsResponseDTO]]", self._resource.user_details(
            uuid=uuid,
            user_uuid=user_uuid,
        ))

    def note_read_status(
        self,
        request_data: NoteReadStatusRequestDTO,
    ) -> Awaitable[RawResponse[NoteReadStatusResponseDTO]]:
        """``AsyncNoteGroups.note_read_status``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[NoteReadStatusResponseDTO]]", self._resource.note_read_status(
            request_data=request_data,
        ))
