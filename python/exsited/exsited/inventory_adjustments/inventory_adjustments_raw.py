# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.inventory_adjustments``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.inventory_adjustments.dto.inventory_adjustments_dto import (
    InventoryAdjustmentsListResponseDTO,
)


class InventoryAdjustmentsRaw(RawResource):
    """``InventoryAdjustments.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[InventoryAdjustmentsListResponseDTO]:
        """``InventoryAdjustments.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InventoryAdjustmentsListResponseDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))


class AsyncInventoryAdjustmentsRaw(RawResource):
    """``AsyncInventoryAdjustments.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[InventoryAdjustmentsListResponseDTO]]:
        """``AsyncInventoryAdjustments.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InventoryAdjustmentsListResponseDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))
