# generated from api/ — do not edit; run `make generate`
"""``sdk.rental_asset_profiles``: the rental asset profiles operations of the documented SDK."""

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


class RentalAssetProfiles(Resource):
    """``sdk.rental_asset_profiles``: the rental asset profiles operations of the documented SDK."""

    def create_rental_asset_profile(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in rental asset profiles.

        POST /api/v3/rental-asset-profiles

        Returns the answer's JSON as plain data (documented as RentalAssetProfileDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("rental_asset_profiles.create_rental_asset_profile", body=body))

    def update_rental_asset_profile(self, profile_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of rental asset profiles.

        PATCH /api/v3/rental-asset-profiles/{profile_uuid}

        Returns the answer's JSON as plain data (documented as RentalAssetProfileDetailsDTO).
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("rental_asset_profiles.update_rental_asset_profile", path, body=body))

    def list_rental_asset_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of rental asset profiles.

        GET /api/v3/rental-asset-profiles

        Returns the answer's JSON as plain data (documented as RentalAssetProfileListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("rental_asset_profiles.list_rental_asset_profiles", query=query))

    def list_rental_asset_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list_rental_asset_profiles``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/rental-asset-profiles

        Returns the answer's JSON as plain data (documented as RentalAssetProfileDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("rental_asset_profiles.list_rental_asset_profiles", [], query, limit, offset, None)))

    def get_rental_asset_profile(self, profile_uuid: str) -> Any:
        """Reads one record of rental asset profiles.

        GET /api/v3/rental-asset-profiles/{profile_uuid}

        Returns the answer's JSON as plain data (documented as RentalAssetProfileDetailsDTO).
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        return self._run(Call("rental_asset_profiles.get_rental_asset_profile", path))

    def delete_rental_asset_profile(self, profile_uuid: str) -> DeleteResponseDTO:
        """Deletes one record of rental asset profiles.

        DELETE /api/v3/rental-asset-profiles/{profile_uuid}

        Returns DeleteResponseDTO.
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        return cast("DeleteResponseDTO", self._run(Call("rental_asset_profiles.delete_rental_asset_profile", path, answer=DeleteResponseDTO)))

    def get_rental_asset_availability(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of rental asset availability.

        GET /api/v3/rental-asset-availability

        Returns the answer's JSON as plain data (documented as RentalAssetAvailabilityListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("rental_asset_profiles.get_rental_asset_availability", query=query))

    def get_rental_asset_availability_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_rental_asset_availability``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/rental-asset-availability

        Returns the answer's JSON as plain data (documented as RentalAssetAvailabilityDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("rental_asset_profiles.get_rental_asset_availability", [], query, limit, offset, None)))

    def update_rental_asset_availability(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the rental asset availability.

        PATCH /api/v3/rental-asset-availability

        Returns the answer's JSON as plain data (documented as RentalAssetAvailabilityListDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("rental_asset_profiles.update_rental_asset_availability", body=body))


class AsyncRentalAssetProfiles(Resource):
    """``sdk.rental_asset_profiles``: the rental asset profiles operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create_rental_asset_profile(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in rental asset profiles.

        POST /api/v3/rental-asset-profiles

        Returns the answer's JSON as plain data (documented as RentalAssetProfileDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("rental_asset_profiles.create_rental_asset_profile", body=body)))

    def update_rental_asset_profile(
        self,
        profile_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates one record of rental asset profiles.

        PATCH /api/v3/rental-asset-profiles/{profile_uuid}

        Returns the answer's JSON as plain data (documented as RentalAssetProfileDetailsDTO).
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("rental_asset_profiles.update_rental_asset_profile", path, body=body)))

    def list_rental_asset_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of rental asset profiles.

        GET /api/v3/rental-asset-profiles

        Returns the answer's JSON as plain data (documented as RentalAssetProfileListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("rental_asset_profiles.list_rental_asset_profiles", query=query)))

    def list_rental_asset_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list_rental_asset_profiles``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/rental-asset-profiles

        Returns the answer's JSON as plain data (documented as RentalAssetProfileDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("rental_asset_profiles.list_rental_asset_profiles", [], query, limit, offset, None)))

    def get_rental_asset_profile(self, profile_uuid: str) -> Awaitable[Any]:
        """Reads one record of rental asset profiles.

        GET /api/v3/rental-asset-profiles/{profile_uuid}

        Returns the answer's JSON as plain data (documented as RentalAssetProfileDetailsDTO).
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        return cast("Awaitable[Any]", self._run(Call("rental_asset_profiles.get_rental_asset_profile", path)))

    def delete_rental_asset_profile(self, profile_uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of rental asset profiles.

        DELETE /api/v3/rental-asset-profiles/{profile_uuid}

        Returns Awaitable[DeleteResponseDTO].
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("rental_asset_profiles.delete_rental_asset_profile", path, answer=DeleteResponseDTO)))

    def get_rental_asset_availability(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of rental asset availability.

        GET /api/v3/rental-asset-availability

        Returns the answer's JSON as plain data (documented as RentalAssetAvailabilityListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("rental_asset_profiles.get_rental_asset_availability", query=query)))

    def get_rental_asset_availability_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_rental_asset_availability``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/rental-asset-availability

        Returns the answer's JSON as plain data (documented as RentalAssetAvailabilityDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("rental_asset_profiles.get_rental_asset_availability", [], query, limit, offset, None)))

    def update_rental_asset_availability(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the rental asset availability.

        PATCH /api/v3/rental-asset-availability

        Returns the answer's JSON as plain data (documented as RentalAssetAvailabilityListDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("rental_asset_profiles.update_rental_asset_availability", body=body)))
