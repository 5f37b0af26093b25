# generated from api/ — do not edit; run `make generate`
"""``sdk.rental_assets``: the rental assets operations of the documented SDK."""

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


class RentalAssets(Resource):
    """``sdk.rental_assets``: the rental assets operations of the documented SDK."""

    def list_rental_assets(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of rental assets.

        GET /api/v3/rental-assets

        Returns the answer's JSON as plain data (documented as RentalAssetListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("rental_assets.list_rental_assets", query=query))

    def list_rental_assets_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list_rental_assets``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/rental-assets

        Returns the answer's JSON as plain data (documented as RentalAssetDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("rental_assets.list_rental_assets", [], query, limit, offset, None)))

    def get_rental_asset(self, rental_asset_uuid: str) -> Any:
        """Reads one record of rental assets.

        GET /api/v3/rental-assets/{rental_asset_uuid}

        Returns the answer's JSON as plain data (documented as RentalAssetDetailsDTO).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        return self._run(Call("rental_assets.get_rental_asset", path))

    def create_rental_asset(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in rental assets.

        POST /api/v3/rental-assets

        Returns the answer's JSON as plain data (documented as RentalAssetDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("rental_assets.create_rental_asset", body=body))

    def update_rental_asset(self, rental_asset_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of rental assets.

        PATCH /api/v3/rental-assets/{rental_asset_uuid}

        Returns the answer's JSON as plain data (documented as RentalAssetDetailsDTO).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("rental_assets.update_rental_asset", path, body=body))

    def delete_rental_asset(self, rental_asset_uuid: str) -> DeleteResponseDTO:
        """Deletes one record of rental assets.

        DELETE /api/v3/rental-assets/{rental_asset_uuid}

        Returns DeleteResponseDTO.
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        return cast("DeleteResponseDTO", self._run(Call("rental_assets.delete_rental_asset", path, answer=DeleteResponseDTO)))


class AsyncRentalAssets(Resource):
    """``sdk.rental_assets``: the rental assets operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list_rental_assets(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of rental assets.

        GET /api/v3/rental-assets

        Returns the answer's JSON as plain data (documented as RentalAssetListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("rental_assets.list_rental_assets", query=query)))

    def list_rental_assets_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list_rental_assets``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/rental-assets

        Returns the answer's JSON as plain data (documented as RentalAssetDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("rental_assets.list_rental_assets", [], query, limit, offset, None)))

    def get_rental_asset(self, rental_asset_uuid: str) -> Awaitable[Any]:
        """Reads one record of rental assets.

        GET /api/v3/rental-assets/{rental_asset_uuid}

        Returns the answer's JSON as plain data (documented as RentalAssetDetailsDTO).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        return cast("Awaitable[Any]", self._run(Call("rental_assets.get_rental_asset", path)))

    def create_rental_asset(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in rental assets.

        POST /api/v3/rental-assets

        Returns the answer's JSON as plain data (documented as RentalAssetDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("rental_assets.create_rental_asset", body=body)))

    def update_rental_asset(
        self,
        rental_asset_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates one record of rental assets.

        PATCH /api/v3/rental-assets/{rental_asset_uuid}

        Returns the answer's JSON as plain data (documented as RentalAssetDetailsDTO).
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("rental_assets.update_rental_asset", path, body=body)))

    def delete_rental_asset(self, rental_asset_uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of rental assets.

        DELETE /api/v3/rental-assets/{rental_asset_uuid}

        Returns Awaitable[DeleteResponseDTO].
        """
        path = [args.ident("rental_asset_uuid", rental_asset_uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("rental_assets.delete_rental_asset", path, answer=DeleteResponseDTO)))
