# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.discount_profile``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.discount_profile.discount_profile import DeleteResult
from exsited.exsited.discount_profile.dto.discount_profile_dto import (
    DiscountProfileCreateDTO,
    DiscountProfileDetailsDTO,
    DiscountProfileListDTO,
    RedemptionCodeRequestDTO,
)


class DiscountProfileRaw(RawResource):
    """``DiscountProfile.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[DiscountProfileListDTO]:
        """``DiscountProfile.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DiscountProfileListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def create(self, request_data: DiscountProfileCreateDTO) -> RawResponse[DiscountProfileDetailsDTO]:
        """``DiscountProfile.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DiscountProfileDetailsDTO]", self._resource.create(request_data=request_data))

    def details(self, uuid: str) -> RawResponse[DiscountProfileDetailsDTO]:
        """``DiscountProfile.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DiscountProfileDetailsDTO]", self._resource.details(uuid=uuid))

    def redemption_code(
        self,
        uuid: str,
        request_data: RedemptionCodeRequestDTO,
    ) -> RawResponse[DiscountProfileDetailsDTO]:
        """``DiscountProfile.redemption_code``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DiscountProfileDetailsDTO]", self._resource.redemption_code(
            uuid=uuid,
            request_data=request_data,
        ))

    def disable(self, uuid: str) -> RawResponse[DiscountProfileDetailsDTO]:
        """``DiscountProfile.disable``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DiscountProfileDetailsDTO]", self._resource.disable(uuid=uuid))

    def enable(self, uuid: str) -> RawResponse[DiscountProfileDetailsDTO]:
        """``DiscountProfile.enable``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DiscountProfileDetailsDTO]", self._resource.enable(uuid=uuid))

    def delete(self, uuid: str) -> RawResponse[DeleteResult]:
        """``DiscountProfile.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(uuid=uuid))


class AsyncDiscountProfileRaw(RawResource):
    """``AsyncDiscountProfile.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[DiscountProfileListDTO]]:
        """``AsyncDiscountProfile.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DiscountProfileListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def create(self, request_data: DiscountProfileCreateDTO) -> Awaitable[RawResponse[DiscountProfileDetailsDTO]]:
        """``AsyncDiscountProfile.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DiscountProfileDetailsDTO]]", self._resource.create(
            request_data=request_data,
        ))

    def details(self, uuid: str) -> Awaitable[RawResponse[DiscountProfileDetailsDTO]]:
        """``AsyncDiscountProfile.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DiscountProfileDetailsDTO]]", self._resource.details(uuid=uuid))

    def redemption_code(
        self,
        uuid: str,
        request_data: RedemptionCodeRequestDTO,
    ) -> Awaitable[RawResponse[DiscountProfileDetailsDTO]]:
        """``AsyncDiscountProfile.redemption_code``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DiscountProfileDetailsDTO]]", self._resource.redemption_code(
            uuid=uuid,
            request_data=request_data,
        ))

    def disable(self, uuid: str) -> Awaitable[RawResponse[DiscountProfileDetailsDTO]]:
        """``AsyncDiscountProfile.disable``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DiscountProfileDetailsDTO]]", self._resource.disable(uuid=uuid))

    def enable(self, uuid: str) -> Awaitable[RawResponse[DiscountProfileDetailsDTO]]:
        """``AsyncDiscountProfile.enable``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DiscountProfileDetailsDTO]]", self._resource.enable(uuid=uuid))

    def delete(self, uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncDiscountProfile.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(uuid=uuid))
