# generated from api/ — do not edit; run `make generate`
"""``sdk.inventory_adjustments``: the inventory adjustments operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.inventory_adjustments.dto.inventory_adjustments_dto import (
    InventoryAdjustmentDTO,
    InventoryAdjustmentsListResponseDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.inventory_adjustments.inventory_adjustments_raw import AsyncInventoryAdjustmentsRaw, InventoryAdjustmentsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class InventoryAdjustments(Resource):
    """``sdk.inventory_adjustments``: the inventory adjustments operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "InventoryAdjustmentsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.inventory_adjustments.inventory_adjustments_raw import InventoryAdjustmentsRaw

        return InventoryAdjustmentsRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> InventoryAdjustmentsListResponseDTO:
        """Lists the inventory adjustments, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/inventory-adjustments``

        Returns:
            InventoryAdjustmentsListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("InventoryAdjustmentsListResponseDTO", self._run(Call("inventory_adjustments.list", query=query, answer=InventoryAdjustmentsListResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[InventoryAdjustmentDTO]:
        """Every inventory adjustment that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/inventory-adjustments``

        Yields:
            InventoryAdjustmentDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[InventoryAdjustmentDTO]", self._iterate(Listing(Call("inventory_adjustments.list", [], query), limit, offset, InventoryAdjustmentDTO)))


class AsyncInventoryAdjustments(Resource):
    """``sdk.inventory_adjustments``: the inventory adjustments operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncInventoryAdjustmentsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.inventory_adjustments.inventory_adjustments_raw import AsyncInventoryAdjustmentsRaw

        return AsyncInventoryAdjustmentsRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[InventoryAdjustmentsListResponseDTO]:
        """Lists the inventory adjustments, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/inventory-adjustments``

        Returns:
            Awaitable of InventoryAdjustmentsListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[InventoryAdjustmentsListResponseDTO]", self._run(Call("inventory_adjustments.list", query=query, answer=InventoryAdjustmentsListResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[InventoryAdjustmentDTO]:
        """Every inventory adjustment that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/inventory-adjustments``

        Yields:
            InventoryAdjustmentDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[InventoryAdjustmentDTO]", self._iterate(Listing(Call("inventory_adjustments.list", [], query), limit, offset, InventoryAdjustmentDTO)))
