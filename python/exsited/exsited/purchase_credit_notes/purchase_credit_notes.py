# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchaseCreditNotes(Resource):
    """``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseCreditNoteListDTO:
        """One page of purchase credit notes.

        GET /api/v3/purchase-credit-notes

        Returns PurchaseCreditNoteListDTO.
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
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-credit-notes

        Returns Iterator[PurchaseCreditNoteDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseCreditNoteDTO]", self._iterate(Listing("purchase_credit_notes.list", [], query, limit, offset, PurchaseCreditNoteDTO)))

    def details(self, id: str) -> PurchaseCreditNoteDetailsDTO:
        """Reads one record of purchase credit notes.

        GET /api/v3/purchase-credit-notes/{id}

        Returns PurchaseCreditNoteDetailsDTO.
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
        """One page of purchase credit note applications of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications

        Returns InvoicePurchaseCreditNoteApplicationsListDTO.
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
        """Every record of ``invoice_application_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications

        Returns Iterator[PurchaseCreditNoteApplicationDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseCreditNoteApplicationDTO]", self._iterate(Listing("purchase_credit_notes.invoice_application_list", path, query, limit, offset, PurchaseCreditNoteApplicationDTO)))

    def application_uuid(self, uuid: str) -> PurchaseCreditNoteApplicationsDetailsDTO:
        """Reads one record of purchase credit note applications.

        GET /api/v3/purchase-credit-note-applications/{uuid}

        Returns PurchaseCreditNoteApplicationsDetailsDTO.
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
        """One page of purchase credit note applications.

        GET /api/v3/purchase-credit-note-applications

        Returns PurchaseCreditNoteApplicationsListDTO.
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
        """Every record of ``application_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-credit-note-applications

        Returns Iterator[PurchaseCreditNoteApplicationDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseCreditNoteApplicationDTO]", self._iterate(Listing("purchase_credit_notes.application_list", [], query, limit, offset, PurchaseCreditNoteApplicationDTO)))

    def update(
        self,
        purchase_credit_note_id: str,
        request_data: PurchaseCreditNoteRequestDTO,
    ) -> PurchaseCreditNoteResponseDTO:
        """Updates one record of purchase credit notes.

        PATCH /api/v3/purchase-credit-notes/{purchase_credit_note_id}

        Returns PurchaseCreditNoteResponseDTO.
        """
        path = [args.ident("purchase_credit_note_id", purchase_credit_note_id)]
        body = args.body("request_data", request_data, (PurchaseCreditNoteRequestDTO,))
        return cast("PurchaseCreditNoteResponseDTO", self._run(Call("purchase_credit_notes.update", path, body=body, answer=PurchaseCreditNoteResponseDTO)))


class AsyncPurchaseCreditNotes(Resource):
    """``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseCreditNoteListDTO]:
        """One page of purchase credit notes.

        GET /api/v3/purchase-credit-notes

        Returns Awaitable[PurchaseCreditNoteListDTO].
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
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-credit-notes

        Returns AsyncIterator[PurchaseCreditNoteDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseCreditNoteDTO]", self._iterate(Listing("purchase_credit_notes.list", [], query, limit, offset, PurchaseCreditNoteDTO)))

    def details(self, id: str) -> Awaitable[PurchaseCreditNoteDetailsDTO]:
        """Reads one record of purchase credit notes.

        GET /api/v3/purchase-credit-notes/{id}

        Returns Awaitable[PurchaseCreditNoteDetailsDTO].
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
        """One page of purchase credit note applications of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications

        Returns Awaitable[InvoicePurchaseCreditNoteApplicationsListDTO].
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
        """Every record of ``invoice_application_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications

        Returns AsyncIterator[PurchaseCreditNoteApplicationDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseCreditNoteApplicationDTO]", self._iterate(Listing("purchase_credit_notes.invoice_application_list", path, query, limit, offset, PurchaseCreditNoteApplicationDTO)))

    def application_uuid(self, uuid: str) -> Awaitable[PurchaseCreditNoteApplicationsDetailsDTO]:
        """Reads one record of purchase credit note applications.

        GET /api/v3/purchase-credit-note-applications/{uuid}

        Returns Awaitable[PurchaseCreditNoteApplicationsDetailsDTO].
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
        """One page of purchase credit note applications.

        GET /api/v3/purchase-credit-note-applications

        Returns Awaitable[PurchaseCreditNoteApplicationsListDTO].
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
        """Every record of ``application_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-credit-note-applications

        Returns AsyncIterator[PurchaseCreditNoteApplicationDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseCreditNoteApplicationDTO]", self._iterate(Listing("purchase_credit_notes.application_list", [], query, limit, offset, PurchaseCreditNoteApplicationDTO)))

    def update(
        self,
        purchase_credit_note_id: str,
        request_data: PurchaseCreditNoteRequestDTO,
    ) -> Awaitable[PurchaseCreditNoteResponseDTO]:
        """Updates one record of purchase credit notes.

        PATCH /api/v3/purchase-credit-notes/{purchase_credit_note_id}

        Returns Awaitable[PurchaseCreditNoteResponseDTO].
        """
        path = [args.ident("purchase_credit_note_id", purchase_credit_note_id)]
        body = args.body("request_data", request_data, (PurchaseCreditNoteRequestDTO,))
        return cast("Awaitable[PurchaseCreditNoteResponseDTO]", self._run(Call("purchase_credit_notes.update", path, body=body, answer=PurchaseCreditNoteResponseDTO)))
