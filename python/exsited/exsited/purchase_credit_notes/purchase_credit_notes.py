# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

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
    ) -> Any:
        """One page of purchase credit notes.

        GET /api/v3/purchase-credit-notes

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("purchase_credit_notes.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-credit-notes

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("purchase_credit_notes.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of purchase credit notes.

        GET /api/v3/purchase-credit-notes/{id}

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_credit_notes.details", path))

    def invoice_application_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of purchase credit note applications of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications

        Returns the answer's JSON as plain data (documented as InvoicePurchaseCreditNoteApplicationsListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("purchase_credit_notes.invoice_application_list", path, query=query))

    def invoice_application_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``invoice_application_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteApplicationDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("purchase_credit_notes.invoice_application_list", path, query, limit, offset, None)))

    def application_uuid(self, uuid: str) -> Any:
        """Reads one record of purchase credit note applications.

        GET /api/v3/purchase-credit-note-applications/{uuid}

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteApplicationsDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("purchase_credit_notes.application_uuid", path))

    def application_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of purchase credit note applications.

        GET /api/v3/purchase-credit-note-applications

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteApplicationsListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("purchase_credit_notes.application_list", query=query))

    def application_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``application_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-credit-note-applications

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteApplicationDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("purchase_credit_notes.application_list", [], query, limit, offset, None)))

    def update(self, purchase_credit_note_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of purchase credit notes.

        PATCH /api/v3/purchase-credit-notes/{purchase_credit_note_id}

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteResponseDTO).
        """
        path = [args.ident("purchase_credit_note_id", purchase_credit_note_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("purchase_credit_notes.update", path, body=body))


class AsyncPurchaseCreditNotes(Resource):
    """``sdk.purchase_credit_notes``: the purchase credit notes operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of purchase credit notes.

        GET /api/v3/purchase-credit-notes

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("purchase_credit_notes.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-credit-notes

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("purchase_credit_notes.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of purchase credit notes.

        GET /api/v3/purchase-credit-notes/{id}

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_credit_notes.details", path)))

    def invoice_application_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of purchase credit note applications of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications

        Returns the answer's JSON as plain data (documented as InvoicePurchaseCreditNoteApplicationsListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("purchase_credit_notes.invoice_application_list", path, query=query)))

    def invoice_application_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``invoice_application_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-invoices/{id}/purchase-credit-note-applications

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteApplicationDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("purchase_credit_notes.invoice_application_list", path, query, limit, offset, None)))

    def application_uuid(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of purchase credit note applications.

        GET /api/v3/purchase-credit-note-applications/{uuid}

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteApplicationsDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("purchase_credit_notes.application_uuid", path)))

    def application_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of purchase credit note applications.

        GET /api/v3/purchase-credit-note-applications

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteApplicationsListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("purchase_credit_notes.application_list", query=query)))

    def application_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``application_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-credit-note-applications

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteApplicationDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("purchase_credit_notes.application_list", [], query, limit, offset, None)))

    def update(self, purchase_credit_note_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of purchase credit notes.

        PATCH /api/v3/purchase-credit-notes/{purchase_credit_note_id}

        Returns the answer's JSON as plain data (documented as PurchaseCreditNoteResponseDTO).
        """
        path = [args.ident("purchase_credit_note_id", purchase_credit_note_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("purchase_credit_notes.update", path, body=body)))
