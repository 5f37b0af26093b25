# generated from api/ — do not edit; run `make generate`
"""``sdk.item_receipt``: the item receipt operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ItemReceipt(Resource):
    """``sdk.item_receipt``: the item receipt operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of item receipts.

        GET /api/v3/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("item_receipt.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("item_receipt.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of item receipts.

        GET /api/v3/item-receipts/{id}

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item_receipt.details", path))

    def purchase_order_details(self, id: str) -> Any:
        """Reads one record of item receipts.

        GET /api/v3/item-receipts/{id}

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item_receipt.details", path))

    def purchase_order_item_receipts_list(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of item receipts of the purchase orders.

        GET /api/v2/purchase-orders/{purchase_order_id}/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("item_receipt.purchase_order_item_receipts_list", path, query=query))

    def purchase_order_item_receipts_list_iter_all(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``purchase_order_item_receipts_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/purchase-orders/{purchase_order_id}/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("item_receipt.purchase_order_item_receipts_list", path, query, limit, offset, None)))

    def update_item_receipt(self, item_receipt_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of item receipts.

        PATCH /api/v3/item-receipts/{item_receipt_id}

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("item_receipt_id", item_receipt_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item_receipt.update_item_receipt", path, body=body))

    def create_from_purchase_order(self, purchase_order_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in item receipts of the purchase orders.

        POST /api/v2/purchase-orders/{purchase_order_id}/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item_receipt.create_from_purchase_order", path, body=body))

    def delete(self, id: str) -> DeleteResponseDTO:
        """Deletes one record of item receipts.

        DELETE /api/v3/item-receipts/{id}

        Returns DeleteResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResponseDTO", self._run(Call("item_receipt.delete", path, answer=DeleteResponseDTO)))


class AsyncItemReceipt(Resource):
    """``sdk.item_receipt``: the item receipt operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of item receipts.

        GET /api/v3/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("item_receipt.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("item_receipt.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of item receipts.

        GET /api/v3/item-receipts/{id}

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item_receipt.details", path)))

    def purchase_order_details(self, id: str) -> Awaitable[Any]:
        """Reads one record of item receipts.

        GET /api/v3/item-receipts/{id}

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item_receipt.details", path)))

    def purchase_order_item_receipts_list(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of item receipts of the purchase orders.

        GET /api/v2/purchase-orders/{purchase_order_id}/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("item_receipt.purchase_order_item_receipts_list", path, query=query)))

    def purchase_order_item_receipts_list_iter_all(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``purchase_order_item_receipts_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/purchase-orders/{purchase_order_id}/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("item_receipt.purchase_order_item_receipts_list", path, query, limit, offset, None)))

    def update_item_receipt(self, item_receipt_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of item receipts.

        PATCH /api/v3/item-receipts/{item_receipt_id}

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("item_receipt_id", item_receipt_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item_receipt.update_item_receipt", path, body=body)))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Creates a record in item receipts of the purchase orders.

        POST /api/v2/purchase-orders/{purchase_order_id}/item-receipts

        Returns the answer's JSON as plain data (documented as ItemReceiptDetailsDTO).
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item_receipt.create_from_purchase_order", path, body=body)))

    def delete(self, id: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of item receipts.

        DELETE /api/v3/item-receipts/{id}

        Returns Awaitable[DeleteResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("item_receipt.delete", path, answer=DeleteResponseDTO)))
