# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_order``: the purchase order operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchaseOrder(Resource):
    """``sdk.purchase_order``: the purchase order operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of purchase orders.

        GET /api/v3/purchase-orders

        Returns the answer's JSON as plain data (documented as PurchaseOrderListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return self._run(Call("purchase_order.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-orders

        Returns the answer's JSON as plain data (documented as PurchaseOrderDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("purchase_order.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of purchase orders.

        GET /api/v3/purchase-orders/{id}

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_order.details", path))

    def delete(self, id: str) -> Any:
        """Deletes one record of purchase orders.

        DELETE /api/v2/purchase-orders/{id}

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_order.delete", path))

    def reactivate(self, id: str) -> Any:
        """Runs reactivate of the purchase orders.

        POST /api/v3/purchase-orders/{id}/reactivate

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_order.reactivate", path))

    def cancel(self, id: str) -> Any:
        """Runs cancel of the purchase orders.

        POST /api/v3/purchase-orders/{id}/cancel

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_order.cancel", path))

    def information(self, id: str) -> Any:
        """Reads the information of the purchase orders.

        GET /api/v3/purchase-orders/{id}/information

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_order.information", path))

    def line_uuid(self, id: str, uuid: str) -> Any:
        """Reads one record of lines of the purchase orders.

        GET /api/v3/purchase-orders/{id}/lines/{uuid}

        Returns the answer's JSON as plain data (documented as PurchaseOrderLineUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("purchase_order.line_uuid", path))

    def po_line(self, id: str) -> Any:
        """Reads the lines of the purchase orders.

        GET /api/v3/purchase-orders/{id}/lines

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_order.po_line", path))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in purchase orders.

        POST /api/v3/purchase-orders

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("purchase_order.create", body=body))

    def purchase_order_change(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs change of the purchase orders.

        POST /api/v3/purchase-orders/{id}/change

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("purchase_order.purchase_order_change", path, body=body))

    def update_information(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the information of the purchase orders.

        PATCH /api/v3/purchase-orders/{id}/information

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("purchase_order.update_information", path, body=body))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of purchase orders of the accounts.

        GET /api/v3/accounts/{account_id}/purchase-orders

        Returns the answer's JSON as plain data (documented as AccountPurchaseOrdersResponseDTO).
        """
        path = [args.ident("account_id", account_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("purchase_order.list_by_account", path, query=query))

    def list_by_account_iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list_by_account``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/{account_id}/purchase-orders

        Returns the answer's JSON as plain data (documented as PurchaseOrderDTO).
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("purchase_order.list_by_account", path, query, limit, offset, None)))


class AsyncPurchaseOrder(Resource):
    """``sdk.purchase_order``: the purchase order operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of purchase orders.

        GET /api/v3/purchase-orders

        Returns the answer's JSON as plain data (documented as PurchaseOrderListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[Any]", self._run(Call("purchase_order.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-orders

        Returns the answer's JSON as plain data (documented as PurchaseOrderDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("purchase_order.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of purchase orders.

        GET /api/v3/purchase-orders/{id}

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_order.details", path)))

    def delete(self, id: str) -> Awaitable[Any]:
        """Deletes one record of purchase orders.

        DELETE /api/v2/purchase-orders/{id}

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_order.delete", path)))

    def reactivate(self, id: str) -> Awaitable[Any]:
        """Runs reactivate of the purchase orders.

        POST /api/v3/purchase-orders/{id}/reactivate

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_order.reactivate", path)))

    def cancel(self, id: str) -> Awaitable[Any]:
        """Runs cancel of the purchase orders.

        POST /api/v3/purchase-orders/{id}/cancel

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_order.cancel", path)))

    def information(self, id: str) -> Awaitable[Any]:
        """Reads the information of the purchase orders.

        GET /api/v3/purchase-orders/{id}/information

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_order.information", path)))

    def line_uuid(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads one record of lines of the purchase orders.

        GET /api/v3/purchase-orders/{id}/lines/{uuid}

        Returns the answer's JSON as plain data (documented as PurchaseOrderLineUuidDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("purchase_order.line_uuid", path)))

    def po_line(self, id: str) -> Awaitable[Any]:
        """Reads the lines of the purchase orders.

        GET /api/v3/purchase-orders/{id}/lines

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_order.po_line", path)))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in purchase orders.

        POST /api/v3/purchase-orders

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("purchase_order.create", body=body)))

    def purchase_order_change(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs change of the purchase orders.

        POST /api/v3/purchase-orders/{id}/change

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("purchase_order.purchase_order_change", path, body=body)))

    def update_information(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the information of the purchase orders.

        PATCH /api/v3/purchase-orders/{id}/information

        Returns the answer's JSON as plain data (documented as PurchaseOrderDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("purchase_order.update_information", path, body=body)))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of purchase orders of the accounts.

        GET /api/v3/accounts/{account_id}/purchase-orders

        Returns the answer's JSON as plain data (documented as AccountPurchaseOrdersResponseDTO).
        """
        path = [args.ident("account_id", account_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("purchase_order.list_by_account", path, query=query)))

    def list_by_account_iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list_by_account``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/{account_id}/purchase-orders

        Returns the answer's JSON as plain data (documented as PurchaseOrderDTO).
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("purchase_order.list_by_account", path, query, limit, offset, None)))
