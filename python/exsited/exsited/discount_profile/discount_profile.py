# generated from api/ — do not edit; run `make generate`
"""``sdk.discount_profile``: the discount profile operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class DiscountProfile(Resource):
    """``sdk.discount_profile``: the discount profile operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of discount profiles of the settings.

        GET /api/v3/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfileListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("setting.get_settings_discount_profiles", query=query, version="v3"))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfileDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_discount_profiles", [], query, limit, offset, None)))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in discount profiles of the settings.

        POST /api/v3/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("discount_profile.create", body=body))

    def details(self, uuid: str) -> Any:
        """Reads one record of discount profiles of the settings.

        GET /api/v3/settings/discount_profiles/{uuid}

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("discount_profile.details", path))

    def redemption_code(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs redemption code of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/redemption_code

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("discount_profile.redemption_code", path, body=body))

    def disable(self, uuid: str) -> Any:
        """Runs disable of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/disable

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("discount_profile.disable", path))

    def enable(self, uuid: str) -> Any:
        """Runs enable of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/enable

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return self._run(Call("discount_profile.enable", path))

    def delete(self, uuid: str) -> DeleteResult:
        """Deletes one record of discount profiles of the settings.

        DELETE /api/v3/settings/discount_profiles/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("discount_profile.delete", path)))


class AsyncDiscountProfile(Resource):
    """``sdk.discount_profile``: the discount profile operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of discount profiles of the settings.

        GET /api/v3/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfileListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("setting.get_settings_discount_profiles", query=query, version="v3")))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfileDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("setting.get_settings_discount_profiles", [], query, limit, offset, None)))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in discount profiles of the settings.

        POST /api/v3/settings/discount_profiles

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("discount_profile.create", body=body)))

    def details(self, uuid: str) -> Awaitable[Any]:
        """Reads one record of discount profiles of the settings.

        GET /api/v3/settings/discount_profiles/{uuid}

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("discount_profile.details", path)))

    def redemption_code(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs redemption code of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/redemption_code

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("discount_profile.redemption_code", path, body=body)))

    def disable(self, uuid: str) -> Awaitable[Any]:
        """Runs disable of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/disable

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("discount_profile.disable", path)))

    def enable(self, uuid: str) -> Awaitable[Any]:
        """Runs enable of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/enable

        Returns the answer's JSON as plain data (documented as DiscountProfileDetailsDTO).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[Any]", self._run(Call("discount_profile.enable", path)))

    def delete(self, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes one record of discount profiles of the settings.

        DELETE /api/v3/settings/discount_profiles/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("discount_profile.delete", path)))
