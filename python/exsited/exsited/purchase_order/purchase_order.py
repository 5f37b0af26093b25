# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_order``: the purchase order operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_order.dto.purchase_order_dto import (
    AccountPurchaseOrdersResponseDTO,
    PurchaseOrderChangeDTO,
    PurchaseOrderCreateDTO,
    PurchaseOrderDTO,
    PurchaseOrderDetailsDTO as purchase_order_dto_PurchaseOrderDetailsDTO,
    PurchaseOrderInformationUpdateDTO,
    PurchaseOrderLineUuidDetailsDTO,
    PurchaseOrderListDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.purchase_order.purchase_order_raw import AsyncPurchaseOrderRaw, PurchaseOrderRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchaseOrder(Resource):
    """``sdk.purchase_order``: the purchase order operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "PurchaseOrderRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_order.purchase_order_raw import PurchaseOrderRaw

        return PurchaseOrderRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> PurchaseOrderListDTO:
        """Lists the purchase orders, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-orders``

        Returns:
            PurchaseOrderListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("PurchaseOrderListDTO", self._run(Call("purchase_order.list", query=query, answer=PurchaseOrderListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PurchaseOrderDTO]:
        """Every purchase order that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-orders``

        Yields:
            PurchaseOrderDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseOrderDTO]", self._iterate(Listing(Call("purchase_order.list", [], query), limit, offset, PurchaseOrderDTO)))

    def details(self, id: str) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Reads a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}``

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.details", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def delete(self, id: str) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Deletes a purchase order.

        HTTP: ``DELETE /api/v2/purchase-orders/{id}``

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.delete", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def reactivate(self, id: str) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Reactivates a purchase order.

        HTTP: ``POST /api/v3/purchase-orders/{id}/reactivate``

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.reactivate", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def cancel(self, id: str) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Cancels a purchase order.

        HTTP: ``POST /api/v3/purchase-orders/{id}/cancel``

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.cancel", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def information(self, id: str) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Reads the information of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/information``

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.information", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def line_uuid(self, id: str, uuid: str) -> PurchaseOrderLineUuidDetailsDTO:
        """Reads a line of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/lines/{uuid}``

        Returns:
            PurchaseOrderLineUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseOrderLineUuidDetailsDTO", self._run(Call("purchase_order.line_uuid", path, answer=PurchaseOrderLineUuidDetailsDTO)))

    def po_line(self, id: str) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Reads the lines of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/lines``

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.po_line", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def create(self, request_data: PurchaseOrderCreateDTO) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Creates a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-orders`` (json body)

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (PurchaseOrderCreateDTO,))
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.create", body=body, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def purchase_order_change(
        self,
        id: str,
        request_data: PurchaseOrderChangeDTO,
    ) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Changes a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-orders/{id}/change`` (json body)

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseOrderChangeDTO,))
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.purchase_order_change", path, body=body, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def update_information(
        self,
        id: str,
        request_data: PurchaseOrderInformationUpdateDTO,
    ) -> purchase_order_dto_PurchaseOrderDetailsDTO:
        """Updates the information of a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-orders/{id}/information`` (json body)

        Returns:
            purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseOrderInformationUpdateDTO,))
        return cast("purchase_order_dto_PurchaseOrderDetailsDTO", self._run(Call("purchase_order.update_information", path, body=body, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountPurchaseOrdersResponseDTO:
        """Lists the purchase orders of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{account_id}/purchase-orders``

        Returns:
            AccountPurchaseOrdersResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("AccountPurchaseOrdersResponseDTO", self._run(Call("purchase_order.list_by_account", path, query=query, answer=AccountPurchaseOrdersResponseDTO)))

    def list_by_account_iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PurchaseOrderDTO]:
        """Every purchase order of an account that ``list_by_account`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{account_id}/purchase-orders``

        Yields:
            PurchaseOrderDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseOrderDTO]", self._iterate(Listing(Call("purchase_order.list_by_account", path, query), limit, offset, PurchaseOrderDTO)))


class AsyncPurchaseOrder(Resource):
    """``sdk.purchase_order``: the purchase order operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncPurchaseOrderRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_order.purchase_order_raw import AsyncPurchaseOrderRaw

        return AsyncPurchaseOrderRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseOrderListDTO]:
        """Lists the purchase orders, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-orders``

        Returns:
            Awaitable of PurchaseOrderListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[PurchaseOrderListDTO]", self._run(Call("purchase_order.list", query=query, answer=PurchaseOrderListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PurchaseOrderDTO]:
        """Every purchase order that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-orders``

        Yields:
            PurchaseOrderDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseOrderDTO]", self._iterate(Listing(Call("purchase_order.list", [], query), limit, offset, PurchaseOrderDTO)))

    def details(self, id: str) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Reads a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}``

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.details", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def delete(self, id: str) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Deletes a purchase order.

        HTTP: ``DELETE /api/v2/purchase-orders/{id}``

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.delete", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def reactivate(self, id: str) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Reactivates a purchase order.

        HTTP: ``POST /api/v3/purchase-orders/{id}/reactivate``

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.reactivate", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def cancel(self, id: str) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Cancels a purchase order.

        HTTP: ``POST /api/v3/purchase-orders/{id}/cancel``

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.cancel", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def information(self, id: str) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Reads the information of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/information``

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.information", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def line_uuid(self, id: str, uuid: str) -> Awaitable[PurchaseOrderLineUuidDetailsDTO]:
        """Reads a line of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/lines/{uuid}``

        Returns:
            Awaitable of PurchaseOrderLineUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseOrderLineUuidDetailsDTO]", self._run(Call("purchase_order.line_uuid", path, answer=PurchaseOrderLineUuidDetailsDTO)))

    def po_line(self, id: str) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Reads the lines of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/lines``

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.po_line", path, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def create(self, request_data: PurchaseOrderCreateDTO) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Creates a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-orders`` (json body)

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (PurchaseOrderCreateDTO,))
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.create", body=body, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def purchase_order_change(
        self,
        id: str,
        request_data: PurchaseOrderChangeDTO,
    ) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Changes a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-orders/{id}/change`` (json body)

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseOrderChangeDTO,))
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.purchase_order_change", path, body=body, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def update_information(
        self,
        id: str,
        request_data: PurchaseOrderInformationUpdateDTO,
    ) -> Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]:
        """Updates the information of a purchase order.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-orders/{id}/information`` (json body)

        Returns:
            Awaitable of purchase_order_dto_PurchaseOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseOrderInformationUpdateDTO,))
        return cast("Awaitable[purchase_order_dto_PurchaseOrderDetailsDTO]", self._run(Call("purchase_order.update_information", path, body=body, answer=purchase_order_dto_PurchaseOrderDetailsDTO)))

    def list_by_account(
        self,
        account_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountPurchaseOrdersResponseDTO]:
        """Lists the purchase orders of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{account_id}/purchase-orders``

        Returns:
            Awaitable of AccountPurchaseOrdersResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[AccountPurchaseOrdersResponseDTO]", self._run(Call("purchase_order.list_by_account", path, query=query, answer=AccountPurchaseOrdersResponseDTO)))

    def list_by_account_iter_all(
        self,
        account_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PurchaseOrderDTO]:
        """Every purchase order of an account that ``list_by_account`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{account_id}/purchase-orders``

        Yields:
            PurchaseOrderDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseOrderDTO]", self._iterate(Listing(Call("purchase_order.list_by_account", path, query), limit, offset, PurchaseOrderDTO)))
