# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.rental_asset_profiles``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.rental_asset_profiles.dto.rental_asset_availability_dto import (
    RentalAssetAvailabilityListDTO,
    RentalAssetAvailabilityUpdateDTO,
)
from exsited.exsited.rental_asset_profiles.dto.rental_asset_profiles_dto import (
    RentalAssetProfileDetailsDTO,
    RentalAssetProfileListDTO,
    RentalAssetProfileRequestDTO,
)


class RentalAssetProfilesRaw(RawResource):
    """``RentalAssetProfiles.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def create_rental_asset_profile(
        self,
        request_data: RentalAssetProfileRequestDTO,
    ) -> RawResponse[RentalAssetProfileDetailsDTO]:
        """``RentalAssetProfiles.create_rental_asset_profile``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetProfileDetailsDTO]", self._resource.create_rental_asset_profile(
            request_data=request_data,
        ))

    def update_rental_asset_profile(
        self,
        profile_uuid: str,
        request_data: RentalAssetProfileRequestDTO,
    ) -> RawResponse[RentalAssetProfileDetailsDTO]:
        """``RentalAssetProfiles.update_rental_asset_profile``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetProfileDetailsDTO]", self._resource.update_rental_asset_profile(
            profile_uuid=profile_uuid,
            request_data=request_data,
        ))

    def list_rental_asset_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[RentalAssetProfileListDTO]:
        """``RentalAssetProfiles.list_rental_asset_profiles``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetProfileListDTO]", self._resource.list_rental_asset_profiles(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_rental_asset_profile(self, profile_uuid: str) -> RawResponse[RentalAssetProfileDetailsDTO]:
        """``RentalAssetProfiles.get_rental_asset_profile``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetProfileDetailsDTO]", self._resource.get_rental_asset_profile(
            profile_uuid=profile_uuid,
        ))

    def delete_rental_asset_profile(self, profile_uuid: str) -> RawResponse[DeleteResponseDTO]:
        """``RentalAssetProfiles.delete_rental_asset_profile``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResponseDTO]", self._resource.delete_rental_asset_profile(
            profile_uuid=profile_uuid,
        ))

    def get_rental_asset_availability(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[RentalAssetAvailabilityListDTO]:
        """``RentalAssetProfiles.get_rental_asset_availability``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetAvailabilityListDTO]", self._resource.get_rental_asset_availability(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update_rental_asset_availability(
        self,
        request_data: RentalAssetAvailabilityUpdateDTO,
    ) -> RawResponse[RentalAssetAvailabilityListDTO]:
        """``RentalAssetProfiles.update_rental_asset_availability``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[RentalAssetAvailabilityListDTO]", self._resource.update_rental_asset_availability(
            request_data=request_data,
        ))


class AsyncRentalAssetProfilesRaw(RawResource):
    """``AsyncRentalAssetProfiles.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def create_rental_asset_profile(
        self,
        request_data: RentalAssetProfileRequestDTO,
    ) -> Awaitable[RawResponse[RentalAssetProfileDetailsDTO]]:
        """``AsyncRentalAssetProfiles.create_rental_asset_profile``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetProfileDetailsDTO]]", self._resource.create_rental_asset_profile(
            request_data=request_data,
        ))

    def update_rental_asset_profile(
        self,
        profile_uuid: str,
        request_data: RentalAssetProfileRequestDTO,
    ) -> Awaitable[RawResponse[RentalAssetProfileDetailsDTO]]:
        """``AsyncRentalAssetProfiles.update_rental_asset_profile``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetProfileDetailsDTO]]", self._resource.update_rental_asset_profile(
            profile_uuid=profile_uuid,
            request_data=request_data,
        ))

    def list_rental_asset_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[RentalAssetProfileListDTO]]:
        """``AsyncRentalAssetProfiles.list_rental_asset_profiles``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetProfileListDTO]]", self._resource.list_rental_asset_profiles(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_rental_asset_profile(self, profile_uuid: str) -> Awaitable[RawResponse[RentalAssetProfileDetailsDTO]]:
        """``AsyncRentalAssetProfiles.get_rental_asset_profile``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetProfileDetailsDTO]]", self._resource.get_rental_asset_profile(
            profile_uuid=profile_uuid,
        ))

    def delete_rental_asset_profile(self, profile_uuid: str) -> Awaitable[RawResponse[DeleteResponseDTO]]:
        """``AsyncRentalAssetProfiles.delete_rental_asset_profile``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResponseDTO]]", self._resource.delete_rental_asset_profile(
            profile_uuid=profile_uuid,
        ))

    def get_rental_asset_availability(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[RentalAssetAvailabilityListDTO]]:
        """``AsyncRentalAssetProfiles.get_rental_asset_availability``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetAvailabilityListDTO]]", self._resource.get_rental_asset_availability(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def update_rental_asset_availability(
        self,
        request_data: RentalAssetAvailabilityUpdateDTO,
    ) -> Awaitable[RawResponse[RentalAssetAvailabilityListDTO]]:
        """``AsyncRentalAssetProfiles.update_rental_asset_availability``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[RentalAssetAvailabilityListDTO]]", self._resource.update_rental_asset_availability(
            request_data=request_data,
        ))
