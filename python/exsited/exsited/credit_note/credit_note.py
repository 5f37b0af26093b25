# generated from api/ — do not edit; run `make generate`
"""``sdk.credit_note``: the credit note operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CreditNote(Resource):
    """``sdk.credit_note``: the credit note operations of the documented SDK."""

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in credit notes.

        POST /api/v3/credit-notes

        Returns the answer's JSON as plain data (documented as CreditNoteDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("credit_note.create", body=body))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of credit notes.

        GET /api/v3/credit-notes

        Returns the answer's JSON as plain data (documented as CreditNoteListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("credit_note.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/credit-notes

        Returns the answer's JSON as plain data (documented as CreditNoteDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("credit_note.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of credit notes.

        GET /api/v3/credit-notes/{id}

        Returns the answer's JSON as plain data (documented as CreditNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("credit_note.details", path))

    def credit_note_update(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of credit notes.

        PATCH /api/v3/credit-notes/{id}

        Returns the answer's JSON as plain data (documented as CreditNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("credit_note.credit_note_update", path, body=body))

    def credit_note_application_list(self) -> Any:
        """Reads the credit note applications.

        GET /api/v3/credit-note-applications

        Returns the answer's JSON as plain data (documented as CreditNoteApplicationListDTO).
        """
        return self._run(Call("credit_note.credit_note_application_list"))

    def credit_note_application_details(self, uuid: str) -> Any:
        """Reads one record of credit note applications.

        GET /api/v3/credit-note-applications/{uuid}

        Returns the answer's JSON as plain data (documented as CreditNoteApplicationDetailDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("credit_note.credit_note_application_details", path))

    def invoice_credit_note_application_list(self, id: str) -> Any:
        """Reads the credit note applications of the invoices.

        GET /api/v3/invoices/{id}/credit-note-applications

        Returns the answer's JSON as plain data (documented as InvoiceCreditNoteApplicationListDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("credit_note.invoice_credit_note_application_list", path))


class AsyncCreditNote(Resource):
    """``sdk.credit_note``: the credit note operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in credit notes.

        POST /api/v3/credit-notes

        Returns the answer's JSON as plain data (documented as CreditNoteDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("credit_note.create", body=body)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of credit notes.

        GET /api/v3/credit-notes

        Returns the answer's JSON as plain data (documented as CreditNoteListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("credit_note.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/credit-notes

        Returns the answer's JSON as plain data (documented as CreditNoteDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("credit_note.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of credit notes.

        GET /api/v3/credit-notes/{id}

        Returns the answer's JSON as plain data (documented as CreditNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("credit_note.details", path)))

    def credit_note_update(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of credit notes.

        PATCH /api/v3/credit-notes/{id}

        Returns the answer's JSON as plain data (documented as CreditNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("credit_note.credit_note_update", path, body=body)))

    def credit_note_application_list(self) -> Awaitable[Any]:
        """Reads the credit note applications.

        GET /api/v3/credit-note-applications

        Returns the answer's JSON as plain data (documented as CreditNoteApplicationListDTO).
        """
        return cast("Awaitable[Any]", self._run(Call("credit_note.credit_note_application_list")))

    def credit_note_application_details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of credit note applications.

        GET /api/v3/credit-note-applications/{uuid}

        Returns the answer's JSON as plain data (documented as CreditNoteApplicationDetailDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("credit_note.credit_note_application_details", path)))

    def invoice_credit_note_application_list(self, id: str) -> Awaitable[Any]:
        """Reads the credit note applications of the invoices.

        GET /api/v3/invoices/{id}/credit-note-applications

        Returns the answer's JSON as plain data (documented as InvoiceCreditNoteApplicationListDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("credit_note.invoice_credit_note_application_list", path)))
