"""``sdk.notes``: the account note operations of the documented SDK's notes resource."""

from typing import Any, Dict, Iterator, Optional, Union

from exsited import _args as args
from exsited._args import FileArg
from exsited._transport import Call, Listing
from exsited.exsited.account.account import DeleteResult, NoteReads, note_call, note_files_call
from exsited.exsited.account.dto.account_dto import (
    AccountNoteDetailsDTO,
    AccountNoteResponseDetailsDTO,
)
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.notes.dto.notes_dto import NoteDataDTO


class Notes(NoteReads):
    def account_note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AccountNoteDetailsDTO:
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return self._run(Call("notes.list", [args.ident("id", id)], query=query, answer=AccountNoteDetailsDTO))

    def iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[NoteDataDTO]:
        """Every note of the account, fetched lazily page by page."""
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return self._iterate(Listing("notes.list", path, query, limit, offset, NoteDataDTO))

    def add_notes(self, file_urls: FileArg = None, account_id: str = "", datas: str = "") -> AccountNoteResponseDetailsDTO:
        return self._run(note_call(file_urls, account_id, datas, "file_urls"))

    def order_add_notes(self, file_urls: FileArg = None, account_id: str = "", datas: str = "") -> AccountNoteResponseDetailsDTO:
        """Adds a note to an account, as the documentation calls it
        (``order_add_notes(file_urls=..., datas=..., account_id=...)``)."""
        return self._run(note_call(file_urls, account_id, datas, "file_urls"))

    def add_notes_uuid(self, file_urls: FileArg, account_id: str, note_uuid: str) -> AccountNoteResponseDetailsDTO:
        return self._run(note_files_call(file_urls, account_id, note_uuid, "file_urls"))

    def delete_note_uuid_details(self, id: str, uuid: str) -> DeleteResult:
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes.delete", path))
