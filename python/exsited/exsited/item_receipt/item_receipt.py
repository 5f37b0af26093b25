# generated from api/ — do not edit; run `make generate`
"""``sdk.item_receipt``: the item receipt operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.item_receipt.dto.item_receipt_dto import (
    ItemReceiptCreateRequestDTO,
    ItemReceiptDTO,
    ItemReceiptDetailsDTO,
    ItemReceiptListDTO,
    ItemReceiptUpdateRequestDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.item_receipt.item_receipt_raw import AsyncItemReceiptRaw, ItemReceiptRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ItemReceipt(Resource):
    """``sdk.item_receipt``: the item receipt operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ItemReceiptRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.item_receipt.item_receipt_raw import ItemReceiptRaw

        return ItemReceiptRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ItemReceiptListDTO:
        """Lists the item receipts, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/item-receipts``

        Returns:
            ItemReceiptListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("ItemReceiptListDTO", self._run(Call("item_receipt.list", query=query, answer=ItemReceiptListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ItemReceiptDTO]:
        """Every item receipt that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/item-receipts``

        Yields:
            ItemReceiptDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ItemReceiptDTO]", self._iterate(Listing(Call("item_receipt.list", [], query), limit, offset, ItemReceiptDTO)))

    def details(self, id: str) -> ItemReceiptDetailsDTO:
        """Reads an item receipt.

        HTTP: ``GET /api/v3/item-receipts/{id}``

        Returns:
            ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemReceiptDetailsDTO", self._run(Call("item_receipt.details", path, answer=ItemReceiptDetailsDTO)))

    def purchase_order_details(self, id: str) -> ItemReceiptDetailsDTO:
        """Reads an item receipt.

        HTTP: ``GET /api/v3/item-receipts/{id}``

        Returns:
            ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ItemReceiptDetailsDTO", self._run(Call("item_receipt.details", path, answer=ItemReceiptDetailsDTO)))

    def purchase_order_item_receipts_list(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ItemReceiptDetailsDTO:
        """Lists the item receipts of a purchase order, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/purchase-orders/{purchase_order_id}/item-receipts``

        Returns:
            ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("ItemReceiptDetailsDTO", self._run(Call("item_receipt.purchase_order_item_receipts_list", path, query=query, answer=ItemReceiptDetailsDTO)))

    def purchase_order_item_receipts_list_iter_all(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ItemReceiptDTO]:
        """Every item receipt of a purchase order that ``purchase_order_item_receipts_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/purchase-orders/{purchase_order_id}/item-receipts``

        Yields:
            ItemReceiptDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ItemReceiptDTO]", self._iterate(Listing(Call("item_receipt.purchase_order_item_receipts_list", path, query), limit, offset, ItemReceiptDTO)))

    def update_item_receipt(
        self,
        item_receipt_id: str,
        request_data: ItemReceiptUpdateRequestDTO,
    ) -> ItemReceiptDetailsDTO:
        """Updates an item receipt.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/item-receipts/{item_receipt_id}`` (json body)

        Returns:
            ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("item_receipt_id", item_receipt_id)]
        body = args.body("request_data", request_data, (ItemReceiptUpdateRequestDTO,))
        return cast("ItemReceiptDetailsDTO", self._run(Call("item_receipt.update_item_receipt", path, body=body, answer=ItemReceiptDetailsDTO)))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: ItemReceiptCreateRequestDTO,
    ) -> ItemReceiptDetailsDTO:
        """Adds an item receipt to a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/purchase-orders/{purchase_order_id}/item-receipts`` (json body)

        Returns:
            ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        body = args.body("request_data", request_data, (ItemReceiptCreateRequestDTO,))
        return cast("ItemReceiptDetailsDTO", self._run(Call("item_receipt.create_from_purchase_order", path, body=body, answer=ItemReceiptDetailsDTO)))

    def delete(self, id: str) -> DeleteResponseDTO:
        """Deletes an item receipt.

        HTTP: ``DELETE /api/v3/item-receipts/{id}``

        Returns:
            DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("DeleteResponseDTO", self._run(Call("item_receipt.delete", path, answer=DeleteResponseDTO)))


class AsyncItemReceipt(Resource):
    """``sdk.item_receipt``: the item receipt operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncItemReceiptRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.item_receipt.item_receipt_raw import AsyncItemReceiptRaw

        return AsyncItemReceiptRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemReceiptListDTO]:
        """Lists the item receipts, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/item-receipts``

        Returns:
            Awaitable of ItemReceiptListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[ItemReceiptListDTO]", self._run(Call("item_receipt.list", query=query, answer=ItemReceiptListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ItemReceiptDTO]:
        """Every item receipt that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/item-receipts``

        Yields:
            ItemReceiptDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ItemReceiptDTO]", self._iterate(Listing(Call("item_receipt.list", [], query), limit, offset, ItemReceiptDTO)))

    def details(self, id: str) -> Awaitable[ItemReceiptDetailsDTO]:
        """Reads an item receipt.

        HTTP: ``GET /api/v3/item-receipts/{id}``

        Returns:
            Awaitable of ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemReceiptDetailsDTO]", self._run(Call("item_receipt.details", path, answer=ItemReceiptDetailsDTO)))

    def purchase_order_details(self, id: str) -> Awaitable[ItemReceiptDetailsDTO]:
        """Reads an item receipt.

        HTTP: ``GET /api/v3/item-receipts/{id}``

        Returns:
            Awaitable of ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ItemReceiptDetailsDTO]", self._run(Call("item_receipt.details", path, answer=ItemReceiptDetailsDTO)))

    def purchase_order_item_receipts_list(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ItemReceiptDetailsDTO]:
        """Lists the item receipts of a purchase order, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/purchase-orders/{purchase_order_id}/item-receipts``

        Returns:
            Awaitable of ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[ItemReceiptDetailsDTO]", self._run(Call("item_receipt.purchase_order_item_receipts_list", path, query=query, answer=ItemReceiptDetailsDTO)))

    def purchase_order_item_receipts_list_iter_all(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ItemReceiptDTO]:
        """Every item receipt of a purchase order that ``purchase_order_item_receipts_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/purchase-orders/{purchase_order_id}/item-receipts``

        Yields:
            ItemReceiptDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ItemReceiptDTO]", self._iterate(Listing(Call("item_receipt.purchase_order_item_receipts_list", path, query), limit, offset, ItemReceiptDTO)))

    def update_item_receipt(
        self,
        item_receipt_id: str,
        request_data: ItemReceiptUpdateRequestDTO,
    ) -> Awaitable[ItemReceiptDetailsDTO]:
        """Updates an item receipt.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/item-receipts/{item_receipt_id}`` (json body)

        Returns:
            Awaitable of ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("item_receipt_id", item_receipt_id)]
        body = args.body("request_data", request_data, (ItemReceiptUpdateRequestDTO,))
        return cast("Awaitable[ItemReceiptDetailsDTO]", self._run(Call("item_receipt.update_item_receipt", path, body=body, answer=ItemReceiptDetailsDTO)))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: ItemReceiptCreateRequestDTO,
    ) -> Awaitable[ItemReceiptDetailsDTO]:
        """Adds an item receipt to a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/purchase-orders/{purchase_order_id}/item-receipts`` (json body)

        Returns:
            Awaitable of ItemReceiptDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        body = args.body("request_data", request_data, (ItemReceiptCreateRequestDTO,))
        return cast("Awaitable[ItemReceiptDetailsDTO]", self._run(Call("item_receipt.create_from_purchase_order", path, body=body, answer=ItemReceiptDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes an item receipt.

        HTTP: ``DELETE /api/v3/item-receipts/{id}``

        Returns:
            Awaitable of DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("item_receipt.delete", path, answer=DeleteResponseDTO)))
