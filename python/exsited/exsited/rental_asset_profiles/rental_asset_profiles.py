# generated from api/ — do not edit; run `make generate`
"""``sdk.rental_asset_profiles``: the rental asset profiles operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.rental_asset_profiles.dto.rental_asset_availability_dto import (
    RentalAssetAvailabilityDataDTO,
    RentalAssetAvailabilityListDTO,
    RentalAssetAvailabilityUpdateDTO,
)
from exsited.exsited.rental_asset_profiles.dto.rental_asset_profiles_dto import (
    RentalAssetProfileDataDTO,
    RentalAssetProfileDetailsDTO,
    RentalAssetProfileListDTO,
    RentalAssetProfileRequestDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.rental_asset_profiles.rental_asset_profiles_raw import AsyncRentalAssetProfilesRaw, RentalAssetProfilesRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class RentalAssetProfiles(Resource):
    """``sdk.rental_asset_profiles``: the rental asset profiles operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "RentalAssetProfilesRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.rental_asset_profiles.rental_asset_profiles_raw import RentalAssetProfilesRaw

        return RentalAssetProfilesRaw(self._raw_copy())

    def create_rental_asset_profile(self, request_data: RentalAssetProfileRequestDTO) -> RentalAssetProfileDetailsDTO:
        """Creates a rental asset profile.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/rental-asset-profiles`` (json body)

        Returns:
            RentalAssetProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (RentalAssetProfileRequestDTO,))
        return cast("RentalAssetProfileDetailsDTO", self._run(Call("rental_asset_profiles.create_rental_asset_profile", body=body, answer=RentalAssetProfileDetailsDTO)))

    def update_rental_asset_profile(
        self,
        profile_uuid: str,
        request_data: RentalAssetProfileRequestDTO,
    ) -> RentalAssetProfileDetailsDTO:
        """Updates a rental asset profile.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/rental-asset-profiles/{profile_uuid}`` (json body)

        Returns:
            RentalAssetProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        body = args.body("request_data", request_data, (RentalAssetProfileRequestDTO,))
        return cast("RentalAssetProfileDetailsDTO", self._run(Call("rental_asset_profiles.update_rental_asset_profile", path, body=body, answer=RentalAssetProfileDetailsDTO)))

    def list_rental_asset_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RentalAssetProfileListDTO:
        """Lists the rental asset profiles, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/rental-asset-profiles``

        Returns:
            RentalAssetProfileListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("RentalAssetProfileListDTO", self._run(Call("rental_asset_profiles.list_rental_asset_profiles", query=query, answer=RentalAssetProfileListDTO)))

    def list_rental_asset_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[RentalAssetProfileDataDTO]:
        """Every rental asset profile that ``list_rental_asset_profiles`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/rental-asset-profiles``

        Yields:
            RentalAssetProfileDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[RentalAssetProfileDataDTO]", self._iterate(Listing(Call("rental_asset_profiles.list_rental_asset_profiles", [], query), limit, offset, RentalAssetProfileDataDTO)))

    def get_rental_asset_profile(self, profile_uuid: str) -> RentalAssetProfileDetailsDTO:
        """Reads a rental asset profile.

        HTTP: ``GET /api/v3/rental-asset-profiles/{profile_uuid}``

        Returns:
            RentalAssetProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        return cast("RentalAssetProfileDetailsDTO", self._run(Call("rental_asset_profiles.get_rental_asset_profile", path, answer=RentalAssetProfileDetailsDTO)))

    def delete_rental_asset_profile(self, profile_uuid: str) -> DeleteResponseDTO:
        """Deletes a rental asset profile.

        HTTP: ``DELETE /api/v3/rental-asset-profiles/{profile_uuid}``

        Returns:
            DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
    ) -> RentalAssetAvailabilityListDTO:
        """Lists the rental asset availability, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/rental-asset-availability``

        Returns:
            RentalAssetAvailabilityListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("RentalAssetAvailabilityListDTO", self._run(Call("rental_asset_profiles.get_rental_asset_availability", query=query, answer=RentalAssetAvailabilityListDTO)))

    def get_rental_asset_availability_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[RentalAssetAvailabilityDataDTO]:
        """Every rental asset availability that ``get_rental_asset_availability`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/rental-asset-availability``

        Yields:
            RentalAssetAvailabilityDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[RentalAssetAvailabilityDataDTO]", self._iterate(Listing(Call("rental_asset_profiles.get_rental_asset_availability", [], query), limit, offset, RentalAssetAvailabilityDataDTO)))

    def update_rental_asset_availability(
        self,
        request_data: RentalAssetAvailabilityUpdateDTO,
    ) -> RentalAssetAvailabilityListDTO:
        """Updates the rental asset availability.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/rental-asset-availability`` (json body)

        Returns:
            RentalAssetAvailabilityListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (RentalAssetAvailabilityUpdateDTO,))
        return cast("RentalAssetAvailabilityListDTO", self._run(Call("rental_asset_profiles.update_rental_asset_availability", body=body, answer=RentalAssetAvailabilityListDTO)))


class AsyncRentalAssetProfiles(Resource):
    """``sdk.rental_asset_profiles``: the rental asset profiles operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncRentalAssetProfilesRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.rental_asset_profiles.rental_asset_profiles_raw import AsyncRentalAssetProfilesRaw

        return AsyncRentalAssetProfilesRaw(self._raw_copy())

    def create_rental_asset_profile(
        self,
        request_data: RentalAssetProfileRequestDTO,
    ) -> Awaitable[RentalAssetProfileDetailsDTO]:
        """Creates a rental asset profile.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/rental-asset-profiles`` (json body)

        Returns:
            Awaitable of RentalAssetProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (RentalAssetProfileRequestDTO,))
        return cast("Awaitable[RentalAssetProfileDetailsDTO]", self._run(Call("rental_asset_profiles.create_rental_asset_profile", body=body, answer=RentalAssetProfileDetailsDTO)))

    def update_rental_asset_profile(
        self,
        profile_uuid: str,
        request_data: RentalAssetProfileRequestDTO,
    ) -> Awaitable[RentalAssetProfileDetailsDTO]:
        """Updates a rental asset profile.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/rental-asset-profiles/{profile_uuid}`` (json body)

        Returns:
            Awaitable of RentalAssetProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        body = args.body("request_data", request_data, (RentalAssetProfileRequestDTO,))
        return cast("Awaitable[RentalAssetProfileDetailsDTO]", self._run(Call("rental_asset_profiles.update_rental_asset_profile", path, body=body, answer=RentalAssetProfileDetailsDTO)))

    def list_rental_asset_profiles(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RentalAssetProfileListDTO]:
        """Lists the rental asset profiles, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/rental-asset-profiles``

        Returns:
            Awaitable of RentalAssetProfileListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[RentalAssetProfileListDTO]", self._run(Call("rental_asset_profiles.list_rental_asset_profiles", query=query, answer=RentalAssetProfileListDTO)))

    def list_rental_asset_profiles_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[RentalAssetProfileDataDTO]:
        """Every rental asset profile that ``list_rental_asset_profiles`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/rental-asset-profiles``

        Yields:
            RentalAssetProfileDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[RentalAssetProfileDataDTO]", self._iterate(Listing(Call("rental_asset_profiles.list_rental_asset_profiles", [], query), limit, offset, RentalAssetProfileDataDTO)))

    def get_rental_asset_profile(self, profile_uuid: str) -> Awaitable[RentalAssetProfileDetailsDTO]:
        """Reads a rental asset profile.

        HTTP: ``GET /api/v3/rental-asset-profiles/{profile_uuid}``

        Returns:
            Awaitable of RentalAssetProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("profile_uuid", profile_uuid)]
        return cast("Awaitable[RentalAssetProfileDetailsDTO]", self._run(Call("rental_asset_profiles.get_rental_asset_profile", path, answer=RentalAssetProfileDetailsDTO)))

    def delete_rental_asset_profile(self, profile_uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes a rental asset profile.

        HTTP: ``DELETE /api/v3/rental-asset-profiles/{profile_uuid}``

        Returns:
            Awaitable of DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
    ) -> Awaitable[RentalAssetAvailabilityListDTO]:
        """Lists the rental asset availability, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/rental-asset-availability``

        Returns:
            Awaitable of RentalAssetAvailabilityListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[RentalAssetAvailabilityListDTO]", self._run(Call("rental_asset_profiles.get_rental_asset_availability", query=query, answer=RentalAssetAvailabilityListDTO)))

    def get_rental_asset_availability_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[RentalAssetAvailabilityDataDTO]:
        """Every rental asset availability that ``get_rental_asset_availability`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/rental-asset-availability``

        Yields:
            RentalAssetAvailabilityDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[RentalAssetAvailabilityDataDTO]", self._iterate(Listing(Call("rental_asset_profiles.get_rental_asset_availability", [], query), limit, offset, RentalAssetAvailabilityDataDTO)))

    def update_rental_asset_availability(
        self,
        request_data: RentalAssetAvailabilityUpdateDTO,
    ) -> Awaitable[RentalAssetAvailabilityListDTO]:
        """Updates the rental asset availability.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/rental-asset-availability`` (json body)

        Returns:
            Awaitable of RentalAssetAvailabilityListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (RentalAssetAvailabilityUpdateDTO,))
        return cast("Awaitable[RentalAssetAvailabilityListDTO]", self._run(Call("rental_asset_profiles.update_rental_asset_availability", body=body, answer=RentalAssetAvailabilityListDTO)))
