# generated from api/ — do not edit; run `make generate`
"""``sdk.item_fulfillment``: the item fulfillment operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ItemFulfillment(Resource):
    """``sdk.item_fulfillment``: the item fulfillment operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of item fulfillments.

        GET /api/v3/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("item_fulfillment.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("item_fulfillment.list", [], query, limit, offset, None)))

    def create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in item fulfillments of the invoices.

        POST /api/v3/invoices/{id}/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentInvoiceDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item_fulfillment.create", path, body=body))

    def details(self, id: str) -> Any:
        """Reads one record of item fulfillments.

        GET /api/v3/item-fulfillments/{id}

        Returns the answer's JSON as plain data (documented as ItemFulfillmentDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("item_fulfillment.details", path))

    def invoice_fulfillments(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of item fulfillments of the invoices.

        GET /api/v3/invoices/{id}/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentInvoiceListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("item_fulfillment.invoice_fulfillments", path, query=query))

    def invoice_fulfillments_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``invoice_fulfillments``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/invoices/{id}/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentDataDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("item_fulfillment.invoice_fulfillments", path, query, limit, offset, None)))

    def invoice_fulfillment_by_uuid(self, id: str, uuid: str) -> Any:
        """Reads one record of item fulfillments of the invoices.

        GET /api/v3/invoices/{id}/item-fulfillments/{uuid}

        Returns the answer's JSON as plain data (documented as ItemFulfillmentInvoiceDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("item_fulfillment.invoice_fulfillment_by_uuid", path))

    def update_item_fulfillment(self, item_fulfillment_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of item fulfillments.

        PATCH /api/v3/item-fulfillments/{item_fulfillment_id}

        Returns the answer's JSON as plain data (documented as ItemFulfillmentDetailsDTO).
        """
        path = [args.ident("item_fulfillment_id", item_fulfillment_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("item_fulfillment.update_item_fulfillment", path, body=body))


class AsyncItemFulfillment(Resource):
    """``sdk.item_fulfillment``: the item fulfillment operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of item fulfillments.

        GET /api/v3/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("item_fulfillment.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("item_fulfillment.list", [], query, limit, offset, None)))

    def create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in item fulfillments of the invoices.

        POST /api/v3/invoices/{id}/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentInvoiceDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item_fulfillment.create", path, body=body)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of item fulfillments.

        GET /api/v3/item-fulfillments/{id}

        Returns the answer's JSON as plain data (documented as ItemFulfillmentDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("item_fulfillment.details", path)))

    def invoice_fulfillments(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of item fulfillments of the invoices.

        GET /api/v3/invoices/{id}/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentInvoiceListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("item_fulfillment.invoice_fulfillments", path, query=query)))

    def invoice_fulfillments_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``invoice_fulfillments``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/invoices/{id}/item-fulfillments

        Returns the answer's JSON as plain data (documented as ItemFulfillmentDataDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("item_fulfillment.invoice_fulfillments", path, query, limit, offset, None)))

    def invoice_fulfillment_by_uuid(self, id: str, uuid: str) -> Awaitable[Any]:
        """Reads one record of item fulfillments of the invoices.

        GET /api/v3/invoices/{id}/item-fulfillments/{uuid}

        Returns the answer's JSON as plain data (documented as ItemFulfillmentInvoiceDTO).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("item_fulfillment.invoice_fulfillment_by_uuid", path)))

    def update_item_fulfillment(
        self,
        item_fulfillment_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates one record of item fulfillments.

        PATCH /api/v3/item-fulfillments/{item_fulfillment_id}

        Returns the answer's JSON as plain data (documented as ItemFulfillmentDetailsDTO).
        """
        path = [args.ident("item_fulfillment_id", item_fulfillment_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("item_fulfillment.update_item_fulfillment", path, body=body)))
