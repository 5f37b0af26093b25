# generated from api/ — do not edit; run `make generate`
"""``sdk.note_groups``: the note groups operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.note_groups.dto.note_groups_dto import (
    NoteGroupCreateRequestDTO,
    NoteGroupCreateResponseDTO,
    NoteGroupDTO,
    NoteGroupDetailsResponseDTO,
    NoteGroupUpdateRequestDTO,
    NoteGroupUpdateResponseDTO,
    NoteGroupsResponseDTO,
    NoteReadStatusRequestDTO,
    NoteReadStatusResponseDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.note_groups.note_groups_raw import AsyncNoteGroupsRaw, NoteGroupsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class NoteGroups(Resource):
    """``sdk.note_groups``: the note groups operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "NoteGroupsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.note_groups.note_groups_raw import NoteGroupsRaw

        return NoteGroupsRaw(self._raw_copy())

    def create(self, request_data: NoteGroupCreateRequestDTO) -> NoteGroupCreateResponseDTO:
        """Creates a note group.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/note-groups`` (json body)

        Returns:
            NoteGroupCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (NoteGroupCreateRequestDTO,))
        return cast("NoteGroupCreateResponseDTO", self._run(Call("note_groups.create", body=body, answer=NoteGroupCreateResponseDTO)))

    def update(self, uuid: str, request_data: NoteGroupUpdateRequestDTO) -> NoteGroupUpdateResponseDTO:
        """Updates a note group.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/note-groups/{uuid}`` (json body)

        Returns:
            NoteGroupUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (NoteGroupUpdateRequestDTO,))
        return cast("NoteGroupUpdateResponseDTO", self._run(Call("note_groups.update", path, body=body, answer=NoteGroupUpdateResponseDTO)))

    def delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes a note group.

        HTTP: ``DELETE /api/v3/note-groups/{uuid}``

        Returns:
            DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("note_groups.delete", path, answer=DeleteResponseDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> NoteGroupsResponseDTO:
        """Lists the note groups, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/note-groups``

        Returns:
            NoteGroupsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("NoteGroupsResponseDTO", self._run(Call("note_groups.list", query=query, answer=NoteGroupsResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteGroupDTO]:
        """Every note group that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/note-groups``

        Yields:
            NoteGroupDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteGroupDTO]", self._iterate(Listing(Call("note_groups.list", [], query), limit, offset, NoteGroupDTO)))

    def details(self, uuid: str) -> NoteGroupDetailsResponseDTO:
        """Reads a note group.

        HTTP: ``GET /api/v3/note-groups/{uuid}``

        Returns:
            NoteGroupDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("NoteGroupDetailsResponseDTO", self._run(Call("note_groups.details", path, answer=NoteGroupDetailsResponseDTO)))

    def user_details(self, uuid: str, user_uuid: str) -> NoteGroupDetailsResponseDTO:
        """Reads a user of a note group.

        HTTP: ``GET /api/v3/note-groups/{uuid}/user/{user_uuid}``

        Returns:
            NoteGroupDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid), args.ident("user_uuid", user_uuid)]
        return cast("NoteGroupDetailsResponseDTO", self._run(Call("note_groups.user_details", path, answer=NoteGroupDetailsResponseDTO)))

    def note_read_status(self, request_data: NoteReadStatusRequestDTO) -> NoteReadStatusResponseDTO:
        """Creates a note read status.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/note-read-status`` (json body)

        Returns:
            NoteReadStatusResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (NoteReadStatusRequestDTO,))
        return cast("NoteReadStatusResponseDTO", self._run(Call("note_groups.note_read_status", body=body, answer=NoteReadStatusResponseDTO)))


class AsyncNoteGroups(Resource):
    """``sdk.note_groups``: the note groups operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncNoteGroupsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.note_groups.note_groups_raw import AsyncNoteGroupsRaw

        return AsyncNoteGroupsRaw(self._raw_copy())

    def create(self, request_data: NoteGroupCreateRequestDTO) -> Awaitable[NoteGroupCreateResponseDTO]:
        """Creates a note group.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/note-groups`` (json body)

        Returns:
            Awaitable of NoteGroupCreateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (NoteGroupCreateRequestDTO,))
        return cast("Awaitable[NoteGroupCreateResponseDTO]", self._run(Call("note_groups.create", body=body, answer=NoteGroupCreateResponseDTO)))

    def update(self, uuid: str, request_data: NoteGroupUpdateRequestDTO) -> Awaitable[NoteGroupUpdateResponseDTO]:
        """Updates a note group.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/note-groups/{uuid}`` (json body)

        Returns:
            Awaitable of NoteGroupUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (NoteGroupUpdateRequestDTO,))
        return cast("Awaitable[NoteGroupUpdateResponseDTO]", self._run(Call("note_groups.update", path, body=body, answer=NoteGroupUpdateResponseDTO)))

    def delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes a note group.

        HTTP: ``DELETE /api/v3/note-groups/{uuid}``

        Returns:
            Awaitable of DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("note_groups.delete", path, answer=DeleteResponseDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[NoteGroupsResponseDTO]:
        """Lists the note groups, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/note-groups``

        Returns:
            Awaitable of NoteGroupsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[NoteGroupsResponseDTO]", self._run(Call("note_groups.list", query=query, answer=NoteGroupsResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[NoteGroupDTO]:
        """Every note group that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/note-groups``

        Yields:
            NoteGroupDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteGroupDTO]", self._iterate(Listing(Call("note_groups.list", [], query), limit, offset, NoteGroupDTO)))

    def details(self, uuid: str) -> Awaitable[NoteGroupDetailsResponseDTO]:
        """Reads a note group.

        HTTP: ``GET /api/v3/note-groups/{uuid}``

        Returns:
            Awaitable of NoteGroupDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[NoteGroupDetailsResponseDTO]", self._run(Call("note_groups.details", path, answer=NoteGroupDetailsResponseDTO)))

    def user_details(self, uuid: str, user_uuid: str) -> Awaitable[NoteGroupDetailsResponseDTO]:
        """Reads a user of a note group.

        HTTP: ``GET /api/v3/note-groups/{uuid}/user/{user_uuid}``

        Returns:
            Awaitable of NoteGroupDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid), args.ident("user_uuid", user_uuid)]
        return cast("Awaitable[NoteGroupDetailsResponseDTO]", self._run(Call("note_groups.user_details", path, answer=NoteGroupDetailsResponseDTO)))

    def note_read_status(self, request_data: NoteReadStatusRequestDTO) -> Awaitable[NoteReadStatusResponseDTO]:
        """Creates a note read status.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/note-read-status`` (json body)

        Returns:
            Awaitable of NoteReadStatusResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (NoteReadStatusRequestDTO,))
        return cast("Awaitable[NoteReadStatusResponseDTO]", self._run(Call("note_groups.note_read_status", body=body, answer=NoteReadStatusResponseDTO)))
