# generated from api/ — do not edit; run `make generate`
"""``sdk.note_groups``: the note groups operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class NoteGroups(Resource):
    """``sdk.note_groups``: the note groups operations of the documented SDK."""

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in note groups.

        POST /api/v3/note-groups

        Returns the answer's JSON as plain data (documented as NoteGroupCreateResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("note_groups.create", body=body))

    def update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of note groups.

        PATCH /api/v3/note-groups/{uuid}

        Returns the answer's JSON as plain data (documented as NoteGroupUpdateResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("note_groups.update", path, body=body))

    def delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes one record of note groups.

        DELETE /api/v3/note-groups/{uuid}

        Returns DeleteResponseDTO.
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
    ) -> Any:
        """One page of note groups.

        GET /api/v3/note-groups

        Returns the answer's JSON as plain data (documented as NoteGroupsResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("note_groups.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/note-groups

        Returns the answer's JSON as plain data (documented as NoteGroupDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("note_groups.list", [], query, limit, offset, None)))

    def details(self, uuid: str) -> Any:
        """Reads one record of note groups.

        GET /api/v3/note-groups/{uuid}

        Returns the answer's JSON as plain data (documented as NoteGroupDetailsResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("note_groups.details", path))

    def user_details(self, uuid: str, user_uuid: str) -> Any:
        """Reads one record of user of the note groups.

        GET /api/v3/note-groups/{uuid}/user/{user_uuid}

        Returns the answer's JSON as plain data (documented as NoteGroupDetailsResponseDTO).
        """
        path = [args.ident("uuid", uuid), args.ident("user_uuid", user_uuid)]
        return self._run(Call("note_groups.user_details", path))

    def note_read_status(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in note read status.

        POST /api/v3/note-read-status

        Returns the answer's JSON as plain data (documented as NoteReadStatusResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("note_groups.note_read_status", body=body))


class AsyncNoteGroups(Resource):
    """``sdk.note_groups``: the note groups operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in note groups.

        POST /api/v3/note-groups

        Returns the answer's JSON as plain data (documented as NoteGroupCreateResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("note_groups.create", body=body)))

    def update(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of note groups.

        PATCH /api/v3/note-groups/{uuid}

        Returns the answer's JSON as plain data (documented as NoteGroupUpdateResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("note_groups.update", path, body=body)))

    def delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of note groups.

        DELETE /api/v3/note-groups/{uuid}

        Returns Awaitable[DeleteResponseDTO].
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
    ) -> Awaitable[Any]:
        """One page of note groups.

        GET /api/v3/note-groups

        Returns the answer's JSON as plain data (documented as NoteGroupsResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("note_groups.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/note-groups

        Returns the answer's JSON as plain data (documented as NoteGroupDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("note_groups.list", [], query, limit, offset, None)))

    def details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of note groups.

        GET /api/v3/note-groups/{uuid}

        Returns the answer's JSON as plain data (documented as NoteGroupDetailsResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("note_groups.details", path)))

    def user_details(self, uuid: str, user_uuid: str) -> Awaitable[Any]:
        """Reads one record of user of the note groups.

        GET /api/v3/note-groups/{uuid}/user/{user_uuid}

        Returns the answer's JSON as plain data (documented as NoteGroupDetailsResponseDTO).
        """
        path = [args.ident("uuid", uuid), args.ident("user_uuid", user_uuid)]
        return cast("Awaitable[Any]", self._run(Call("note_groups.user_details", path)))

    def note_read_status(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in note read status.

        POST /api/v3/note-read-status

        Returns the answer's JSON as plain data (documented as NoteReadStatusResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("note_groups.note_read_status", body=body)))
