# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_invoice``: the purchase invoice operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_invoice.dto.purchase_invoice_dto import (
    PurchaseInvoiceAccountDetailDTO,
    PurchaseInvoiceCancelDataDTO,
    PurchaseInvoiceCancelResponseDTO,
    PurchaseInvoiceDTO as purchase_invoice_dto_PurchaseInvoiceDTO,
    PurchaseInvoiceDetailDTO,
    PurchaseInvoiceInformationRequestDTO,
    PurchaseInvoiceInformationResponseDTO,
    PurchaseInvoiceLineDetailDTO,
    PurchaseInvoiceListDTO,
    PurchaseInvoiceReactiveDataDTO,
    PurchaseInvoiceReactiveResponseDTO,
    PurchaseInvoiceRequestDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.purchase_invoice.purchase_invoice_raw import AsyncPurchaseInvoiceRaw, PurchaseInvoiceRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchaseInvoice(Resource):
    """``sdk.purchase_invoice``: the purchase invoice operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "PurchaseInvoiceRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_invoice.purchase_invoice_raw import PurchaseInvoiceRaw

        return PurchaseInvoiceRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> PurchaseInvoiceListDTO:
        """Lists the purchase invoices, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/purchase-invoices``

        Returns:
            PurchaseInvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("PurchaseInvoiceListDTO", self._run(Call("purchase_invoice.list", query=query, answer=PurchaseInvoiceListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every purchase invoice that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-invoices``

        Yields:
            purchase_invoice_dto_PurchaseInvoiceDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing(Call("purchase_invoice.list", [], query), limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def details(self, id: str) -> PurchaseInvoiceDetailDTO:
        """Reads a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}``

        Returns:
            PurchaseInvoiceDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PurchaseInvoiceDetailDTO", self._run(Call("purchase_invoice.details", path, answer=PurchaseInvoiceDetailDTO)))

    def line_details(self, id: str, uuid: str) -> PurchaseInvoiceLineDetailDTO:
        """Reads a line of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/lines/{uuid}``

        Returns:
            PurchaseInvoiceLineDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseInvoiceLineDetailDTO", self._run(Call("purchase_invoice.line_details", path, answer=PurchaseInvoiceLineDetailDTO)))

    def account_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> PurchaseInvoiceAccountDetailDTO:
        """Lists the purchase invoices of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/accounts/{id}/purchase-invoices``

        Returns:
            PurchaseInvoiceAccountDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("PurchaseInvoiceAccountDetailDTO", self._run(Call("purchase_invoice.account_details", path, query=query, answer=PurchaseInvoiceAccountDetailDTO)))

    def account_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every purchase invoice of an account that ``account_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/purchase-invoices``

        Yields:
            purchase_invoice_dto_PurchaseInvoiceDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing(Call("purchase_invoice.account_details", path, query), limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def cancel(self, id: str, request_data: PurchaseInvoiceCancelDataDTO) -> PurchaseInvoiceCancelResponseDTO:
        """Cancels a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-invoices/{id}/cancel`` (json body)

        Returns:
            PurchaseInvoiceCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceCancelDataDTO,))
        return cast("PurchaseInvoiceCancelResponseDTO", self._run(Call("purchase_invoice.cancel", path, body=body, answer=PurchaseInvoiceCancelResponseDTO)))

    def reactive(self, id: str, request_data: PurchaseInvoiceReactiveDataDTO) -> PurchaseInvoiceReactiveResponseDTO:
        """Reactivates a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-invoices/{id}/reactive`` (json body)

        Returns:
            PurchaseInvoiceReactiveResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceReactiveDataDTO,))
        return cast("PurchaseInvoiceReactiveResponseDTO", self._run(Call("purchase_invoice.reactive", path, body=body, answer=PurchaseInvoiceReactiveResponseDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes a purchase invoice.

        HTTP: ``DELETE /api/v3/purchase-invoices/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("purchase_invoice.delete", path)))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: PurchaseInvoiceDetailDTO,
    ) -> PurchaseInvoiceDetailDTO:
        """Adds a purchase invoice to a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-orders/{purchase_order_id}/purchase-invoices`` (json body)

        Returns:
            PurchaseInvoiceDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceDetailDTO,))
        return cast("PurchaseInvoiceDetailDTO", self._run(Call("purchase_invoice.create_from_purchase_order", path, body=body, answer=PurchaseInvoiceDetailDTO)))

    def create(self, request_data: PurchaseInvoiceRequestDTO) -> PurchaseInvoiceDetailDTO:
        """Creates a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-invoices`` (json body)

        Returns:
            PurchaseInvoiceDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (PurchaseInvoiceRequestDTO,))
        return cast("PurchaseInvoiceDetailDTO", self._run(Call("purchase_invoice.create", body=body, answer=PurchaseInvoiceDetailDTO)))

    def list_by_purchase_order(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseInvoiceListDTO:
        """Lists the purchase invoices of a purchase order, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/purchase-orders/{purchase_order_id}/purchase-invoices``

        Returns:
            PurchaseInvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("PurchaseInvoiceListDTO", self._run(Call("purchase_invoice.list_by_purchase_order", path, query=query, answer=PurchaseInvoiceListDTO)))

    def list_by_purchase_order_iter_all(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every purchase invoice of a purchase order that ``list_by_purchase_order`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/purchase-orders/{purchase_order_id}/purchase-invoices``

        Yields:
            purchase_invoice_dto_PurchaseInvoiceDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing(Call("purchase_invoice.list_by_purchase_order", path, query), limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def update_information(
        self,
        purchase_invoice_id: str,
        request_data: PurchaseInvoiceInformationRequestDTO,
    ) -> PurchaseInvoiceInformationResponseDTO:
        """Updates the information of a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-invoices/{purchase_invoice_id}/information`` (json body)

        Returns:
            PurchaseInvoiceInformationResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceInformationRequestDTO,))
        return cast("PurchaseInvoiceInformationResponseDTO", self._run(Call("purchase_invoice.update_information", path, body=body, answer=PurchaseInvoiceInformationResponseDTO)))


class AsyncPurchaseInvoice(Resource):
    """``sdk.purchase_invoice``: the purchase invoice operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncPurchaseInvoiceRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_invoice.purchase_invoice_raw import AsyncPurchaseInvoiceRaw

        return AsyncPurchaseInvoiceRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[PurchaseInvoiceListDTO]:
        """Lists the purchase invoices, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/purchase-invoices``

        Returns:
            Awaitable of PurchaseInvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[PurchaseInvoiceListDTO]", self._run(Call("purchase_invoice.list", query=query, answer=PurchaseInvoiceListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every purchase invoice that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-invoices``

        Yields:
            purchase_invoice_dto_PurchaseInvoiceDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing(Call("purchase_invoice.list", [], query), limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def details(self, id: str) -> Awaitable[PurchaseInvoiceDetailDTO]:
        """Reads a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}``

        Returns:
            Awaitable of PurchaseInvoiceDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseInvoiceDetailDTO]", self._run(Call("purchase_invoice.details", path, answer=PurchaseInvoiceDetailDTO)))

    def line_details(self, id: str, uuid: str) -> Awaitable[PurchaseInvoiceLineDetailDTO]:
        """Reads a line of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/lines/{uuid}``

        Returns:
            Awaitable of PurchaseInvoiceLineDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseInvoiceLineDetailDTO]", self._run(Call("purchase_invoice.line_details", path, answer=PurchaseInvoiceLineDetailDTO)))

    def account_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[PurchaseInvoiceAccountDetailDTO]:
        """Lists the purchase invoices of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/accounts/{id}/purchase-invoices``

        Returns:
            Awaitable of PurchaseInvoiceAccountDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[PurchaseInvoiceAccountDetailDTO]", self._run(Call("purchase_invoice.account_details", path, query=query, answer=PurchaseInvoiceAccountDetailDTO)))

    def account_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every purchase invoice of an account that ``account_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/purchase-invoices``

        Yields:
            purchase_invoice_dto_PurchaseInvoiceDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing(Call("purchase_invoice.account_details", path, query), limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def cancel(
        self,
        id: str,
        request_data: PurchaseInvoiceCancelDataDTO,
    ) -> Awaitable[PurchaseInvoiceCancelResponseDTO]:
        """Cancels a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-invoices/{id}/cancel`` (json body)

        Returns:
            Awaitable of PurchaseInvoiceCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceCancelDataDTO,))
        return cast("Awaitable[PurchaseInvoiceCancelResponseDTO]", self._run(Call("purchase_invoice.cancel", path, body=body, answer=PurchaseInvoiceCancelResponseDTO)))

    def reactive(
        self,
        id: str,
        request_data: PurchaseInvoiceReactiveDataDTO,
    ) -> Awaitable[PurchaseInvoiceReactiveResponseDTO]:
        """Reactivates a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-invoices/{id}/reactive`` (json body)

        Returns:
            Awaitable of PurchaseInvoiceReactiveResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceReactiveDataDTO,))
        return cast("Awaitable[PurchaseInvoiceReactiveResponseDTO]", self._run(Call("purchase_invoice.reactive", path, body=body, answer=PurchaseInvoiceReactiveResponseDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes a purchase invoice.

        HTTP: ``DELETE /api/v3/purchase-invoices/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_invoice.delete", path)))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: PurchaseInvoiceDetailDTO,
    ) -> Awaitable[PurchaseInvoiceDetailDTO]:
        """Adds a purchase invoice to a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-orders/{purchase_order_id}/purchase-invoices`` (json body)

        Returns:
            Awaitable of PurchaseInvoiceDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceDetailDTO,))
        return cast("Awaitable[PurchaseInvoiceDetailDTO]", self._run(Call("purchase_invoice.create_from_purchase_order", path, body=body, answer=PurchaseInvoiceDetailDTO)))

    def create(self, request_data: PurchaseInvoiceRequestDTO) -> Awaitable[PurchaseInvoiceDetailDTO]:
        """Creates a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-invoices`` (json body)

        Returns:
            Awaitable of PurchaseInvoiceDetailDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (PurchaseInvoiceRequestDTO,))
        return cast("Awaitable[PurchaseInvoiceDetailDTO]", self._run(Call("purchase_invoice.create", body=body, answer=PurchaseInvoiceDetailDTO)))

    def list_by_purchase_order(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseInvoiceListDTO]:
        """Lists the purchase invoices of a purchase order, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/purchase-orders/{purchase_order_id}/purchase-invoices``

        Returns:
            Awaitable of PurchaseInvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[PurchaseInvoiceListDTO]", self._run(Call("purchase_invoice.list_by_purchase_order", path, query=query, answer=PurchaseInvoiceListDTO)))

    def list_by_purchase_order_iter_all(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every purchase invoice of a purchase order that ``list_by_purchase_order`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/purchase-orders/{purchase_order_id}/purchase-invoices``

        Yields:
            purchase_invoice_dto_PurchaseInvoiceDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing(Call("purchase_invoice.list_by_purchase_order", path, query), limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def update_information(
        self,
        purchase_invoice_id: str,
        request_data: PurchaseInvoiceInformationRequestDTO,
    ) -> Awaitable[PurchaseInvoiceInformationResponseDTO]:
        """Updates the information of a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-invoices/{purchase_invoice_id}/information`` (json body)

        Returns:
            Awaitable of PurchaseInvoiceInformationResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceInformationRequestDTO,))
        return cast("Awaitable[PurchaseInvoiceInformationResponseDTO]", self._run(Call("purchase_invoice.update_information", path, body=body, answer=PurchaseInvoiceInformationResponseDTO)))
