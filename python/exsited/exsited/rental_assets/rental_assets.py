# generated from api/ — do not edit; run `make generate`
"""``sdk.rental_assets``: the rental assets operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.rental_assets.dto.rental_assets_dto import (
    RentalAssetDataDTO,
    RentalAssetDetailsDTO,
    RentalAssetListDTO,
    RentalAssetRequestDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.rental_assets.rental_assets_raw import AsyncRentalAssetsRaw, RentalAssetsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class RentalAssets(Resource):
    """``sdk.rental_assets``: the rental assets operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "RentalAssetsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.rental_assets.rental_assets_raw import RentalAssetsRaw

        return RentalAssetsRaw(self._raw_copy())

    def list_rental_assets(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RentalAssetListDTO:
        """Lists the rental assets, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/rental-assets``

        Returns:
            RentalAssetListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("RentalAssetListDTO", self._run(Call("rental_assets.list_rental_assets", query=query, answer=RentalAssetListDTO)))

    def list_rental_assets_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[RentalAssetDataDTO]:
        """Every rental asset that ``list_rental_assets`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/rental-assets``

        Yields:
            RentalAssetDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[RentalAssetDataDTO]", self._iterate(Listing(Call("rental_assets.list_rental_assets", [], query), limit, offset, RentalAssetDataDTO)))

    def get_rental_asset(self, rental_asset_uuid: str) -> RentalAssetDetailsDTO:
        """Reads a rental asset.

        HTTP: ``GET /api/v3/rental-assets/{rental_asset_uuid}``

        Returns:
            RentalAssetDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        return cast("RentalAssetDetailsDTO", self._run(Call("rental_assets.get_rental_asset", path, answer=RentalAssetDetailsDTO)))

    def create_rental_asset(self, request_data: RentalAssetRequestDTO) -> RentalAssetDetailsDTO:
        """Creates a rental asset.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/rental-assets`` (json body)

        Returns:
            RentalAssetDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (RentalAssetRequestDTO,))
        return cast("RentalAssetDetailsDTO", self._run(Call("rental_assets.create_rental_asset", body=body, answer=RentalAssetDetailsDTO)))

    def update_rental_asset(self, rental_asset_uuid: str, request_data: RentalAssetRequestDTO) -> RentalAssetDetailsDTO:
        """Updates a rental asset.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/rental-assets/{rental_asset_uuid}`` (json body)

        Returns:
            RentalAssetDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        body = args.body("request_data", request_data, (RentalAssetRequestDTO,))
        return cast("RentalAssetDetailsDTO", self._run(Call("rental_assets.update_rental_asset", path, body=body, answer=RentalAssetDetailsDTO)))

    def delete_rental_asset(self, rental_asset_uuid: str) -> DeleteResponseDTO:
        """Deletes a rental asset.

        HTTP: ``DELETE /api/v3/rental-assets/{rental_asset_uuid}``

        Returns:
            DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        return cast("DeleteResponseDTO", self._run(Call("rental_assets.delete_rental_asset", path, answer=DeleteResponseDTO)))


class AsyncRentalAssets(Resource):
    """``sdk.rental_assets``: the rental assets operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncRentalAssetsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.rental_assets.rental_assets_raw import AsyncRentalAssetsRaw

        return AsyncRentalAssetsRaw(self._raw_copy())

    def list_rental_assets(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RentalAssetListDTO]:
        """Lists the rental assets, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/rental-assets``

        Returns:
            Awaitable of RentalAssetListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[RentalAssetListDTO]", self._run(Call("rental_assets.list_rental_assets", query=query, answer=RentalAssetListDTO)))

    def list_rental_assets_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[RentalAssetDataDTO]:
        """Every rental asset that ``list_rental_assets`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/rental-assets``

        Yields:
            RentalAssetDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[RentalAssetDataDTO]", self._iterate(Listing(Call("rental_assets.list_rental_assets", [], query), limit, offset, RentalAssetDataDTO)))

    def get_rental_asset(self, rental_asset_uuid: str) -> Awaitable[RentalAssetDetailsDTO]:
        """Reads a rental asset.

        HTTP: ``GET /api/v3/rental-assets/{rental_asset_uuid}``

        Returns:
            Awaitable of RentalAssetDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        return cast("Awaitable[RentalAssetDetailsDTO]", self._run(Call("rental_assets.get_rental_asset", path, answer=RentalAssetDetailsDTO)))

    def create_rental_asset(self, request_data: RentalAssetRequestDTO) -> Awaitable[RentalAssetDetailsDTO]:
        """Creates a rental asset.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/rental-assets`` (json body)

        Returns:
            Awaitable of RentalAssetDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (RentalAssetRequestDTO,))
        return cast("Awaitable[RentalAssetDetailsDTO]", self._run(Call("rental_assets.create_rental_asset", body=body, answer=RentalAssetDetailsDTO)))

    def update_rental_asset(
        self,
        rental_asset_uuid: str,
        request_data: RentalAssetRequestDTO,
    ) -> Awaitable[RentalAssetDetailsDTO]:
        """Updates a rental asset.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/rental-assets/{rental_asset_uuid}`` (json body)

        Returns:
            Awaitable of RentalAssetDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        body = args.body("request_data", request_data, (RentalAssetRequestDTO,))
        return cast("Awaitable[RentalAssetDetailsDTO]", self._run(Call("rental_assets.update_rental_asset", path, body=body, answer=RentalAssetDetailsDTO)))

    def delete_rental_asset(self, rental_asset_uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes a rental asset.

        HTTP: ``DELETE /api/v3/rental-assets/{rental_asset_uuid}``

        Returns:
            Awaitable of DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("rental_assets.delete_rental_asset", path, answer=DeleteResponseDTO)))
