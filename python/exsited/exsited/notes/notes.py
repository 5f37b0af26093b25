# generated from api/ — do not edit; run `make generate`
"""``sdk.notes``: the account note operations of the documented SDK's notes resource."""

from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

from exsited import _args as args
from exsited._args import FileArg
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.account.dto.account_dto import (
    AccountNoteDetailsDTO,
    AccountNoteResponseDetailsDTO,
    AccountNoteUuidDetailsDTO,
    AccountNoteUuidFileDetailsDTO,
    AccountNoteUuidFileUuidDetailsDTO,
)
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.notes.dto.notes_dto import NoteDataDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Notes(Resource):
    def account_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AccountNoteDetailsDTO:
        """GET /api/v3/accounts/{id}/notes"""
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return self._run(Call("notes.list", path, query=query, answer=AccountNoteDetailsDTO))

    def iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every note of the account, fetched lazily page by page.

        GET /api/v3/accounts/{id}/notes
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return self._iterate(Listing("notes.list", path, query, limit, offset, NoteDataDTO))

    def note_uuid_details(self, id: str, uuid: str) -> AccountNoteUuidDetailsDTO:
        """GET /api/v3/accounts/{id}/notes/{uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes.details", path, answer=AccountNoteUuidDetailsDTO))

    def add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> AccountNoteResponseDetailsDTO:
        """POST /api/v3/accounts/{id}/notes"""
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO))

    def order_add_notes(
        self,
        file_urls: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> AccountNoteResponseDetailsDTO:
        """Adds a note to an account, as the documentation calls it (``order_add_notes(file_urls=..., datas=..., account_id=...)``).

        POST /api/v3/accounts/{id}/notes
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO))

    def delete_note_uuid_details(self, id: str, uuid: str) -> DeleteResult:
        """DELETE /api/v3/accounts/{id}/notes/{uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes.delete", path))

    def note_uuid_files_details(self, id: str, uuid: str) -> AccountNoteUuidFileDetailsDTO:
        """GET /api/v3/accounts/{id}/notes/{uuid}/files"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes.files", path, answer=AccountNoteUuidFileDetailsDTO))

    def note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> AccountNoteUuidFileUuidDetailsDTO:
        """GET /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes.file_details", path, answer=AccountNoteUuidFileUuidDetailsDTO))

    def add_notes_uuid(self, file_urls: FileArg, account_id: str, note_uuid: str) -> AccountNoteResponseDetailsDTO:
        """POST /api/v3/accounts/{id}/notes/{uuid}/files"""
        path = [args.ident("account_id", account_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_urls", file_urls)]
        return self._run(Call("notes.add_files", path, parts=parts, answer=AccountNoteResponseDetailsDTO))
