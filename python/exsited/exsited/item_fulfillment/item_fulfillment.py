# generated from api/ — do not edit; run `make generate`
"""``sdk.item_fulfillment``: the item fulfillment operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.item_fulfillment.dto.item_fulfillment_dto import (
    ItemFulfillmentCreateDTO,
    ItemFulfillmentDataDTO,
    ItemFulfillmentDetailsDTO,
    ItemFulfillmentInvoiceDTO,
    ItemFulfillmentInvoiceListDTO,
    ItemFulfillmentListResponseDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.item_fulfillment.item_fulfillment_raw import AsyncItemFulfillmentRaw, ItemFulfillmentRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ItemFulfillment(Resource):
    """``sdk.item_fulfillment``: the item fulfillment operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ItemFulfillmentRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.item_fulfillment.item_fulfillment_raw import ItemFulfillmentRaw

        return ItemFulfillmentRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ItemFulfillmentListResponseDTO:
        """Lists the item fulfillments, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/item-fulfillments``

        Returns:
            ItemFulfillmentListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("ItemFulfillmentListResponseDTO", self._run(Call("item_fulfillment.list", query=query, answer=ItemFulfillmentListResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ItemFulfillmentDataDTO]:
        """Every item fulfillment that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/item-fulfillments``

        Yields:
            ItemFulfillmentDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ItemFulfillmentDataDTO]", self._iterate(Listing(Call("item_fulfillment.list", [], query), limit, offset, ItemFulfillmentDataDTO)))

    def create(self, id: str, request_data: ItemFulfillmentCreateDTO) -> ItemFulfillmentInvoiceDTO:
        """Adds an item fulfillment to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{id}/item-fulfillments`` (json body)

        Returns:
            ItemFulfillmentInvoiceDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemFulfillmentCreateDTO,))
        return cast("ItemFulfillmentInvoiceDTO", self._run(Call("item_fulfillment.create", path, body=body, answer=ItemFulfillmentInvoiceDTO)))

    def details(self, id: str) -> ItemFulfillmentDetailsDTO:
        """Reads an item fulfillment.

        HTTP: ``GET /api/v3/item-fulfillments/{id}``

        Returns:
            ItemFulfillmentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemFulfillmentDetailsDTO", self._run(Call("item_fulfillment.details", path, answer=ItemFulfillmentDetailsDTO)))

    def invoice_fulfillments(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ItemFulfillmentInvoiceListDTO:
        """Lists the item fulfillments of an invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/invoices/{id}/item-fulfillments``

        Returns:
            ItemFulfillmentInvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("ItemFulfillmentInvoiceListDTO", self._run(Call("item_fulfillment.invoice_fulfillments", path, query=query, answer=ItemFulfillmentInvoiceListDTO)))

    def invoice_fulfillments_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ItemFulfillmentDataDTO]:
        """Every item fulfillment of an invoice that ``invoice_fulfillments`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/invoices/{id}/item-fulfillments``

        Yields:
            ItemFulfillmentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ItemFulfillmentDataDTO]", self._iterate(Listing(Call("item_fulfillment.invoice_fulfillments", path, query), limit, offset, ItemFulfillmentDataDTO)))

    def invoice_fulfillment_by_uuid(self, id: str, uuid: str) -> ItemFulfillmentInvoiceDTO:
        """Reads an item fulfillment of an invoice.

        HTTP: ``GET /api/v3/invoices/{id}/item-fulfillments/{uuid}``

        Returns:
            ItemFulfillmentInvoiceDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("ItemFulfillmentInvoiceDTO", self._run(Call("item_fulfillment.invoice_fulfillment_by_uuid", path, answer=ItemFulfillmentInvoiceDTO)))

    def update_item_fulfillment(
        self,
        item_fulfillment_id: str,
        request_data: ItemFulfillmentDetailsDTO,
    ) -> ItemFulfillmentDetailsDTO:
        """Updates an item fulfillment.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/item-fulfillments/{item_fulfillment_id}`` (json body)

        Returns:
            ItemFulfillmentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("item_fulfillment_id", item_fulfillment_id)]
        body = args.body("request_data", request_data, (ItemFulfillmentDetailsDTO,))
        return cast("ItemFulfillmentDetailsDTO", self._run(Call("item_fulfillment.update_item_fulfillment", path, body=body, answer=ItemFulfillmentDetailsDTO)))


class AsyncItemFulfillment(Resource):
    """``sdk.item_fulfillment``: the item fulfillment operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncItemFulfillmentRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.item_fulfillment.item_fulfillment_raw import AsyncItemFulfillmentRaw

        return AsyncItemFulfillmentRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemFulfillmentListResponseDTO]:
        """Lists the item fulfillments, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/item-fulfillments``

        Returns:
            Awaitable of ItemFulfillmentListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[ItemFulfillmentListResponseDTO]", self._run(Call("item_fulfillment.list", query=query, answer=ItemFulfillmentListResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ItemFulfillmentDataDTO]:
        """Every item fulfillment that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/item-fulfillments``

        Yields:
            ItemFulfillmentDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ItemFulfillmentDataDTO]", self._iterate(Listing(Call("item_fulfillment.list", [], query), limit, offset, ItemFulfillmentDataDTO)))

    def create(self, id: str, request_data: ItemFulfillmentCreateDTO) -> Awaitable[ItemFulfillmentInvoiceDTO]:
        """Adds an item fulfillment to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{id}/item-fulfillments`` (json body)

        Returns:
            Awaitable of ItemFulfillmentInvoiceDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (ItemFulfillmentCreateDTO,))
        return cast("Awaitable[ItemFulfillmentInvoiceDTO]", self._run(Call("item_fulfillment.create", path, body=body, answer=ItemFulfillmentInvoiceDTO)))

    def details(self, id: str) -> Awaitable[ItemFulfillmentDetailsDTO]:
        """Reads an item fulfillment.

        HTTP: ``GET /api/v3/item-fulfillments/{id}``

        Returns:
            Awaitable of ItemFulfillmentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemFulfillmentDetailsDTO]", self._run(Call("item_fulfillment.details", path, answer=ItemFulfillmentDetailsDTO)))

    def invoice_fulfillments(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemFulfillmentInvoiceListDTO]:
        """Lists the item fulfillments of an invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/invoices/{id}/item-fulfillments``

        Returns:
            Awaitable of ItemFulfillmentInvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[ItemFulfillmentInvoiceListDTO]", self._run(Call("item_fulfillment.invoice_fulfillments", path, query=query, answer=ItemFulfillmentInvoiceListDTO)))

    def invoice_fulfillments_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ItemFulfillmentDataDTO]:
        """Every item fulfillment of an invoice that ``invoice_fulfillments`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/invoices/{id}/item-fulfillments``

        Yields:
            ItemFulfillmentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ItemFulfillmentDataDTO]", self._iterate(Listing(Call("item_fulfillment.invoice_fulfillments", path, query), limit, offset, ItemFulfillmentDataDTO)))

    def invoice_fulfillment_by_uuid(self, id: str, uuid: str) -> Awaitable[ItemFulfillmentInvoiceDTO]:
        """Reads an item fulfillment of an invoice.

        HTTP: ``GET /api/v3/invoices/{id}/item-fulfillments/{uuid}``

        Returns:
            Awaitable of ItemFulfillmentInvoiceDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[ItemFulfillmentInvoiceDTO]", self._run(Call("item_fulfillment.invoice_fulfillment_by_uuid", path, answer=ItemFulfillmentInvoiceDTO)))

    def update_item_fulfillment(
        self,
        item_fulfillment_id: str,
        request_data: ItemFulfillmentDetailsDTO,
    ) -> Awaitable[ItemFulfillmentDetailsDTO]:
        """Updates an item fulfillment.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/item-fulfillments/{item_fulfillment_id}`` (json body)

        Returns:
            Awaitable of ItemFulfillmentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("item_fulfillment_id", item_fulfillment_id)]
        body = args.body("request_data", request_data, (ItemFulfillmentDetailsDTO,))
        return cast("Awaitable[ItemFulfillmentDetailsDTO]", self._run(Call("item_fulfillment.update_item_fulfillment", path, body=body, answer=ItemFulfillmentDetailsDTO)))
