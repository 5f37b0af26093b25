# generated from api/ — do not edit; run `make generate`
"""``sdk.credit_note``: the credit note operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

if TYPE_CHECKING:
    from exsited.exsited.credit_note.credit_note_raw import AsyncCreditNoteRaw, CreditNoteRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CreditNote(Resource):
    """``sdk.credit_note``: the credit note operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "CreditNoteRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.credit_note.credit_note_raw import CreditNoteRaw

        return CreditNoteRaw(self._raw_copy())

    def create(self, request_data: CreditNoteCreateDTO) -> CreditNoteDetailsDTO:
        """Creates a credit note.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/credit-notes`` (json body)

        Returns:
            CreditNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the credit notes, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/credit-notes``

        Returns:
            CreditNoteListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every credit note that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/credit-notes``

        Yields:
            CreditNoteDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[CreditNoteDTO]", self._iterate(Listing(Call("credit_note.list", [], query), limit, offset, CreditNoteDTO)))

    def details(self, id: str) -> CreditNoteDetailsDTO:
        """Reads a credit note.

        HTTP: ``GET /api/v3/credit-notes/{id}``

        Returns:
            CreditNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("CreditNoteDetailsDTO", self._run(Call("credit_note.details", path, answer=CreditNoteDetailsDTO)))

    def credit_note_update(self, id: str, request_data: CreditNoteDetailsDTO) -> CreditNoteDetailsDTO:
        """Updates a credit note.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/credit-notes/{id}`` (json body)

        Returns:
            CreditNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (CreditNoteDetailsDTO,))
        return cast("CreditNoteDetailsDTO", self._run(Call("credit_note.credit_note_update", path, body=body, answer=CreditNoteDetailsDTO)))

    def credit_note_application_list(self) -> CreditNoteApplicationListDTO:
        """Reads the credit note applications.

        HTTP: ``GET /api/v3/credit-note-applications``

        Returns:
            CreditNoteApplicationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        return cast("CreditNoteApplicationListDTO", self._run(Call("credit_note.credit_note_application_list", answer=CreditNoteApplicationListDTO)))

    def credit_note_application_details(self, uuid: str) -> CreditNoteApplicationDetailDTO:
        """Reads a credit note application.

        HTTP: ``GET /api/v3/credit-note-applications/{uuid}``

        Returns:
            CreditNoteApplicationDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("CreditNoteApplicationDetailDTO", self._run(Call("credit_note.credit_note_application_details", path, answer=CreditNoteApplicationDetailDTO)))

    def invoice_credit_note_application_list(self, id: str) -> InvoiceCreditNoteApplicationListDTO:
        """Reads the credit note applications of an invoice.

        HTTP: ``GET /api/v3/invoices/{id}/credit-note-applications``

        Returns:
            InvoiceCreditNoteApplicationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("InvoiceCreditNoteApplicationListDTO", self._run(Call("credit_note.invoice_credit_note_application_list", path, answer=InvoiceCreditNoteApplicationListDTO)))


class AsyncCreditNote(Resource):
    """``sdk.credit_note``: the credit note operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncCreditNoteRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.credit_note.credit_note_raw import AsyncCreditNoteRaw

        return AsyncCreditNoteRaw(self._raw_copy())

    def create(self, request_data: CreditNoteCreateDTO) -> Awaitable[CreditNoteDetailsDTO]:
        """Creates a credit note.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/credit-notes`` (json body)

        Returns:
            Awaitable of CreditNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the credit notes, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/credit-notes``

        Returns:
            Awaitable of CreditNoteListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every credit note that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/credit-notes``

        Yields:
            CreditNoteDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[CreditNoteDTO]", self._iterate(Listing(Call("credit_note.list", [], query), limit, offset, CreditNoteDTO)))

    def details(self, id: str) -> Awaitable[CreditNoteDetailsDTO]:
        """Reads a credit note.

        HTTP: ``GET /api/v3/credit-notes/{id}``

        Returns:
            Awaitable of CreditNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[CreditNoteDetailsDTO]", self._run(Call("credit_note.details", path, answer=CreditNoteDetailsDTO)))

    def credit_note_update(self, id: str, request_data: CreditNoteDetailsDTO) -> Awaitable[CreditNoteDetailsDTO]:
        """Updates a credit note.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/credit-notes/{id}`` (json body)

        Returns:
            Awaitable of CreditNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (CreditNoteDetailsDTO,))
        return cast("Awaitable[CreditNoteDetailsDTO]", self._run(Call("credit_note.credit_note_update", path, body=body, answer=CreditNoteDetailsDTO)))

    def credit_note_application_list(self) -> Awaitable[CreditNoteApplicationListDTO]:
        """Reads the credit note applications.

        HTTP: ``GET /api/v3/credit-note-applications``

        Returns:
            Awaitable of CreditNoteApplicationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        return cast("Awaitable[CreditNoteApplicationListDTO]", self._run(Call("credit_note.credit_note_application_list", answer=CreditNoteApplicationListDTO)))

    def credit_note_application_details(self, uuid: str) -> Awaitable[CreditNoteApplicationDetailDTO]:
        """Reads a credit note application.

        HTTP: ``GET /api/v3/credit-note-applications/{uuid}``

        Returns:
            Awaitable of CreditNoteApplicationDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[CreditNoteApplicationDetailDTO]", self._run(Call("credit_note.credit_note_application_details", path, answer=CreditNoteApplicationDetailDTO)))

    def invoice_credit_note_application_list(self, id: str) -> Awaitable[InvoiceCreditNoteApplicationListDTO]:
        """Reads the credit note applications of an invoice.

        HTTP: ``GET /api/v3/invoices/{id}/credit-note-applications``

        Returns:
            Awaitable of InvoiceCreditNoteApplicationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[InvoiceCreditNoteApplicationListDTO]", self._run(Call("credit_note.invoice_credit_note_application_list", path, answer=InvoiceCreditNoteApplicationListDTO)))
