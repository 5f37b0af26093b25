# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_credit_notes.dto.purchase_credit_notes_dto import (
    InvoicePurchaseCreditNoteApplicationsListDTO,
    PurchaseCreditNoteApplicationDTO,
    PurchaseCreditNoteApplicationsDetailsDTO,
    PurchaseCreditNoteApplicationsListDTO,
    PurchaseCreditNoteDTO,
    PurchaseCreditNoteDetailsDTO,
    PurchaseCreditNoteListDTO,
    PurchaseCreditNoteRequestDTO,
    PurchaseCreditNoteResponseDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.purchase_credit_notes.purchase_credit_notes_raw import AsyncPurchaseCreditNotesRaw, PurchaseCreditNotesRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchaseCreditNotes(Resource):
    """``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "PurchaseCreditNotesRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_credit_notes.purchase_credit_notes_raw import PurchaseCreditNotesRaw

        return PurchaseCreditNotesRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseCreditNoteListDTO:
        """Lists the purchase credit notes, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-credit-notes``

        Returns:
            PurchaseCreditNoteListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("PurchaseCreditNoteListDTO", self._run(Call("purchase_credit_notes.list", query=query, answer=PurchaseCreditNoteListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PurchaseCreditNoteDTO]:
        """Every purchase credit note that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-credit-notes``

        Yields:
            PurchaseCreditNoteDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseCreditNoteDTO]", self._iterate(Listing(Call("purchase_credit_notes.list", [], query), limit, offset, PurchaseCreditNoteDTO)))

    def details(self, id: str) -> PurchaseCreditNoteDetailsDTO:
        """Reads a purchase credit note.

        HTTP: ``GET /api/v3/purchase-credit-notes/{id}``

        Returns:
            PurchaseCreditNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PurchaseCreditNoteDetailsDTO", self._run(Call("purchase_credit_notes.details", path, answer=PurchaseCreditNoteDetailsDTO)))

    def invoice_application_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> InvoicePurchaseCreditNoteApplicationsListDTO:
        """Lists the purchase credit note applications of a purchase invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications``

        Returns:
            InvoicePurchaseCreditNoteApplicationsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("InvoicePurchaseCreditNoteApplicationsListDTO", self._run(Call("purchase_credit_notes.invoice_application_list", path, query=query, answer=InvoicePurchaseCreditNoteApplicationsListDTO)))

    def invoice_application_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PurchaseCreditNoteApplicationDTO]:
        """Every purchase credit note application of a purchase invoice that ``invoice_application_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications``

        Yields:
            PurchaseCreditNoteApplicationDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseCreditNoteApplicationDTO]", self._iterate(Listing(Call("purchase_credit_notes.invoice_application_list", path, query), limit, offset, PurchaseCreditNoteApplicationDTO)))

    def application_uuid(self, uuid: str) -> PurchaseCreditNoteApplicationsDetailsDTO:
        """Reads a purchase credit note application.

        HTTP: ``GET /api/v3/purchase-credit-note-applications/{uuid}``

        Returns:
            PurchaseCreditNoteApplicationsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("PurchaseCreditNoteApplicationsDetailsDTO", self._run(Call("purchase_credit_notes.application_uuid", path, answer=PurchaseCreditNoteApplicationsDetailsDTO)))

    def application_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseCreditNoteApplicationsListDTO:
        """Lists the purchase credit note applications, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-credit-note-applications``

        Returns:
            PurchaseCreditNoteApplicationsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("PurchaseCreditNoteApplicationsListDTO", self._run(Call("purchase_credit_notes.application_list", query=query, answer=PurchaseCreditNoteApplicationsListDTO)))

    def application_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PurchaseCreditNoteApplicationDTO]:
        """Every purchase credit note application that ``application_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-credit-note-applications``

        Yields:
            PurchaseCreditNoteApplicationDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseCreditNoteApplicationDTO]", self._iterate(Listing(Call("purchase_credit_notes.application_list", [], query), limit, offset, PurchaseCreditNoteApplicationDTO)))

    def update(
        self,
        purchase_credit_note_id: str,
        request_data: PurchaseCreditNoteRequestDTO,
    ) -> PurchaseCreditNoteResponseDTO:
        """Updates a purchase credit note.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-credit-notes/{purchase_credit_note_id}`` (json body)

        Returns:
            PurchaseCreditNoteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_credit_note_id", purchase_credit_note_id)]
        body = args.body("request_data", request_data, (PurchaseCreditNoteRequestDTO,))
        return cast("PurchaseCreditNoteResponseDTO", self._run(Call("purchase_credit_notes.update", path, body=body, answer=PurchaseCreditNoteResponseDTO)))


class AsyncPurchaseCreditNotes(Resource):
    """``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncPurchaseCreditNotesRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_credit_notes.purchase_credit_notes_raw import AsyncPurchaseCreditNotesRaw

        return AsyncPurchaseCreditNotesRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseCreditNoteListDTO]:
        """Lists the purchase credit notes, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-credit-notes``

        Returns:
            Awaitable of PurchaseCreditNoteListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[PurchaseCreditNoteListDTO]", self._run(Call("purchase_credit_notes.list", query=query, answer=PurchaseCreditNoteListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PurchaseCreditNoteDTO]:
        """Every purchase credit note that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-credit-notes``

        Yields:
            PurchaseCreditNoteDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseCreditNoteDTO]", self._iterate(Listing(Call("purchase_credit_notes.list", [], query), limit, offset, PurchaseCreditNoteDTO)))

    def details(self, id: str) -> Awaitable[PurchaseCreditNoteDetailsDTO]:
        """Reads a purchase credit note.

        HTTP: ``GET /api/v3/purchase-credit-notes/{id}``

        Returns:
            Awaitable of PurchaseCreditNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseCreditNoteDetailsDTO]", self._run(Call("purchase_credit_notes.details", path, answer=PurchaseCreditNoteDetailsDTO)))

    def invoice_application_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[InvoicePurchaseCreditNoteApplicationsListDTO]:
        """Lists the purchase credit note applications of a purchase invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications``

        Returns:
            Awaitable of InvoicePurchaseCreditNoteApplicationsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[InvoicePurchaseCreditNoteApplicationsListDTO]", self._run(Call("purchase_credit_notes.invoice_application_list", path, query=query, answer=InvoicePurchaseCreditNoteApplicationsListDTO)))

    def invoice_application_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PurchaseCreditNoteApplicationDTO]:
        """Every purchase credit note application of a purchase invoice that ``invoice_application_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications``

        Yields:
            PurchaseCreditNoteApplicationDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseCreditNoteApplicationDTO]", self._iterate(Listing(Call("purchase_credit_notes.invoice_application_list", path, query), limit, offset, PurchaseCreditNoteApplicationDTO)))

    def application_uuid(self, uuid: str) -> Awaitable[PurchaseCreditNoteApplicationsDetailsDTO]:
        """Reads a purchase credit note application.

        HTTP: ``GET /api/v3/purchase-credit-note-applications/{uuid}``

        Returns:
            Awaitable of PurchaseCreditNoteApplicationsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseCreditNoteApplicationsDetailsDTO]", self._run(Call("purchase_credit_notes.application_uuid", path, answer=PurchaseCreditNoteApplicationsDetailsDTO)))

    def application_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseCreditNoteApplicationsListDTO]:
        """Lists the purchase credit note applications, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-credit-note-applications``

        Returns:
            Awaitable of PurchaseCreditNoteApplicationsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[PurchaseCreditNoteApplicationsListDTO]", self._run(Call("purchase_credit_notes.application_list", query=query, answer=PurchaseCreditNoteApplicationsListDTO)))

    def application_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PurchaseCreditNoteApplicationDTO]:
        """Every purchase credit note application that ``application_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-credit-note-applications``

        Yields:
            PurchaseCreditNoteApplicationDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseCreditNoteApplicationDTO]", self._iterate(Listing(Call("purchase_credit_notes.application_list", [], query), limit, offset, PurchaseCreditNoteApplicationDTO)))

    def update(
        self,
        purchase_credit_note_id: str,
        request_data: PurchaseCreditNoteRequestDTO,
    ) -> Awaitable[PurchaseCreditNoteResponseDTO]:
        """Updates a purchase credit note.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-credit-notes/{purchase_credit_note_id}`` (json body)

        Returns:
            Awaitable of PurchaseCreditNoteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_credit_note_id", purchase_credit_note_id)]
        body = args.body("request_data", request_data, (PurchaseCreditNoteRequestDTO,))
        return cast("Awaitable[PurchaseCreditNoteResponseDTO]", self._run(Call("purchase_credit_notes.update", path, body=body, answer=PurchaseCreditNoteResponseDTO)))
