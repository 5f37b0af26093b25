# generated from api/ — do not edit; run `make generate`
"""``sdk.credit_note``: the credit note operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.credit_note.dto.credit_note_dto import (
    CreditNoteApplicationDetailDTO,
    CreditNoteApplicationListDTO,
    CreditNoteCreateDTO,
    CreditNoteDTO,
    CreditNoteDetailsDTO,
    CreditNoteListDTO,
    InvoiceCreditNoteApplicationListDTO,
)

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CreditNote(Resource):
    """``sdk.credit_note``: the credit note operations of the documented SDK."""

    def create(self, request_data: CreditNoteCreateDTO) -> CreditNoteDetailsDTO:
        """Creates a record in credit notes.

        POST /api/v3/credit-notes

        Returns CreditNoteDetailsDTO.
        """
        body = args.body("request_data", request_data, (CreditNoteCreateDTO,))
        return cast("CreditNoteDetailsDTO", self._run(Call("credit_note.create", body=body, answer=CreditNoteDetailsDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> CreditNoteListDTO:
        """One page of credit notes.

        GET /api/v3/credit-notes

        Returns CreditNoteListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("CreditNoteListDTO", self._run(Call("credit_note.list", query=query, answer=CreditNoteListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[CreditNoteDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/credit-notes

        Returns Iterator[CreditNoteDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[CreditNoteDTO]", self._iterate(Listing("credit_note.list", [], query, limit, offset, CreditNoteDTO)))

    def details(self, id: str) -> CreditNoteDetailsDTO:
        """Reads one record of credit notes.

        GET /api/v3/credit-notes/{id}

        Returns CreditNoteDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("CreditNoteDetailsDTO", self._run(Call("credit_note.details", path, answer=CreditNoteDetailsDTO)))

    def credit_note_update(self, id: str, request_data: CreditNoteDetailsDTO) -> CreditNoteDetailsDTO:
        """Updates one record of credit notes.

        PATCH /api/v3/credit-notes/{id}

        Returns CreditNoteDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (CreditNoteDetailsDTO,))
        return cast("CreditNoteDetailsDTO", self._run(Call("credit_note.credit_note_update", path, body=body, answer=CreditNoteDetailsDTO)))

    def credit_note_application_list(self) -> CreditNoteApplicationListDTO:
        """Reads the credit note applications.

        GET /api/v3/credit-note-applications

        Returns CreditNoteApplicationListDTO.
        """
        return cast("CreditNoteApplicationListDTO", self._run(Call("credit_note.credit_note_application_list", answer=CreditNoteApplicationListDTO)))

    def credit_note_application_details(self, uuid: str) -> CreditNoteApplicationDetailDTO:
        """Reads one record of credit note applications.

        GET /api/v3/credit-note-applications/{uuid}

        Returns CreditNoteApplicationDetailDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("CreditNoteApplicationDetailDTO", self._run(Call("credit_note.credit_note_application_details", path, answer=CreditNoteApplicationDetailDTO)))

    def invoice_credit_note_application_list(self, id: str) -> InvoiceCreditNoteApplicationListDTO:
        """Reads the credit note applications of the invoices.

        GET /api/v3/invoices/{id}/credit-note-applications

        Returns InvoiceCreditNoteApplicationListDTO.
        """
        path = [args.ident("id", id)]
        return cast("InvoiceCreditNoteApplicationListDTO", self._run(Call("credit_note.invoice_credit_note_application_list", path, answer=InvoiceCreditNoteApplicationListDTO)))


class AsyncCreditNote(Resource):
    """``sdk.credit_note``: the credit note operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, request_data: CreditNoteCreateDTO) -> Awaitable[CreditNoteDetailsDTO]:
        """Creates a record in credit notes.

        POST /api/v3/credit-notes

        Returns Awaitable[CreditNoteDetailsDTO].
        """
        body = args.body("request_data", request_data, (CreditNoteCreateDTO,))
        return cast("Awaitable[CreditNoteDetailsDTO]", self._run(Call("credit_note.create", body=body, answer=CreditNoteDetailsDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CreditNoteListDTO]:
        """One page of credit notes.

        GET /api/v3/credit-notes

        Returns Awaitable[CreditNoteListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[CreditNoteListDTO]", self._run(Call("credit_note.list", query=query, answer=CreditNoteListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[CreditNoteDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/credit-notes

        Returns AsyncIterator[CreditNoteDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[CreditNoteDTO]", self._iterate(Listing("credit_note.list", [], query, limit, offset, CreditNoteDTO)))

    def details(self, id: str) -> Awaitable[CreditNoteDetailsDTO]:
        """Reads one record of credit notes.

        GET /api/v3/credit-notes/{id}

        Returns Awaitable[CreditNoteDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[CreditNoteDetailsDTO]", self._run(Call("credit_note.details", path, answer=CreditNoteDetailsDTO)))

    def credit_note_update(self, id: str, request_data: CreditNoteDetailsDTO) -> Awaitable[CreditNoteDetailsDTO]:
        """Updates one record of credit notes.

        PATCH /api/v3/credit-notes/{id}

        Returns Awaitable[CreditNoteDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (CreditNoteDetailsDTO,))
        return cast("Awaitable[CreditNoteDetailsDTO]", self._run(Call("credit_note.credit_note_update", path, body=body, answer=CreditNoteDetailsDTO)))

    def credit_note_application_list(self) -> Awaitable[CreditNoteApplicationListDTO]:
        """Reads the credit note applications.

        GET /api/v3/credit-note-applications

        Returns Awaitable[CreditNoteApplicationListDTO].
        """
        return cast("Awaitable[CreditNoteApplicationListDTO]", self._run(Call("credit_note.credit_note_application_list", answer=CreditNoteApplicationListDTO)))

    def credit_note_application_details(self, uuid: str) -> Awaitable[CreditNoteApplicationDetailDTO]:
        """Reads one record of credit note applications.

        GET /api/v3/credit-note-applications/{uuid}

        Returns Awaitable[CreditNoteApplicationDetailDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[CreditNoteApplicationDetailDTO]", self._run(Call("credit_note.credit_note_application_details", path, answer=CreditNoteApplicationDetailDTO)))

    def invoice_credit_note_application_list(self, id: str) -> Awaitable[InvoiceCreditNoteApplicationListDTO]:
        """Reads the credit note applications of the invoices.

        GET /api/v3/invoices/{id}/credit-note-applications

        Returns Awaitable[InvoiceCreditNoteApplicationListDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[InvoiceCreditNoteApplicationListDTO]", self._run(Call("credit_note.invoice_credit_note_application_list", path, answer=InvoiceCreditNoteApplicationListDTO)))
