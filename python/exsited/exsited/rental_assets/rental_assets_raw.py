# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.rental_assets``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.rental_assets.dto.rental_assets_dto import (
    RentalAssetDetailsDTO,
    RentalAssetListDTO,
    RentalAssetRequestDTO,
)


class RentalAssetsRaw(RawResource):
    """``RentalAssets.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list_rental_assets(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[RentalAssetListDTO]:
        """``RentalAssets.list_rental_assets``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetListDTO]", self._resource.list_rental_assets(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_rental_asset(self, rental_asset_uuid: str) -> RawResponse[RentalAssetDetailsDTO]:
        """``RentalAssets.get_rental_asset``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetDetailsDTO]", self._resource.get_rental_asset(
            rental_asset_uuid=rental_asset_uuid,
        ))

    def create_rental_asset(self, request_data: RentalAssetRequestDTO) -> RawResponse[RentalAssetDetailsDTO]:
        """``RentalAssets.create_rental_asset``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetDetailsDTO]", self._resource.create_rental_asset(request_data=request_data))

    def update_rental_asset(
        self,
        rental_asset_uuid: str,
        request_data: RentalAssetRequestDTO,
    ) -> RawResponse[RentalAssetDetailsDTO]:
        """``RentalAssets.update_rental_asset``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetDetailsDTO]", self._resource.update_rental_asset(
            rental_asset_uuid=rental_asset_uuid,
            request_data=request_data,
        ))

    def delete_rental_asset(self, rental_asset_uuid: str) -> RawResponse[DeleteResponseDTO]:
        """``RentalAssets.delete_rental_asset``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResponseDTO]", self._resource.delete_rental_asset(
            rental_asset_uuid=rental_asset_uuid,
        ))


class AsyncRentalAssetsRaw(RawResource):
    """``AsyncRentalAssets.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list_rental_assets(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[RentalAssetListDTO]]:
        """``AsyncRentalAssets.list_rental_assets``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetListDTO]]", self._resource.list_rental_assets(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_rental_asset(self, rental_asset_uuid: str) -> Awaitable[RawResponse[RentalAssetDetailsDTO]]:
        """``AsyncRentalAssets.get_rental_asset``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetDetailsDTO]]", self._resource.get_rental_asset(
            rental_asset_uuid=rental_asset_uuid,
        ))

    def create_rental_asset(self, request_data: RentalAssetRequestDTO) -> Awaitable[RawResponse[RentalAssetDetailsDTO]]:
        """``AsyncRentalAssets.create_rental_asset``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetDetailsDTO]]", self._resource.create_rental_asset(
            request_data=request_data,
        ))

    def update_rental_asset(
        self,
        rental_asset_uuid: str,
        request_data: RentalAssetRequestDTO,
    ) -> Awaitable[RawResponse[RentalAssetDetailsDTO]]:
        """``AsyncRentalAssets.update_rental_asset``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetDetailsDTO]]", self._resource.update_rental_asset(
            rental_asset_uuid=rental_asset_uuid,
            request_data=request_data,
        ))

    def delete_rental_asset(self, rental_asset_uuid: str) -> Awaitable[RawResponse[DeleteResponseDTO]]:
        """``AsyncRentalAssets.delete_rental_asset``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResponseDTO]]", self._resource.delete_rental_asset(
            rental_asset_uuid=rental_asset_uuid,
        ))
