# generated from api/ — do not edit; run `make generate`
"""``sdk.discount_profile``: the discount profile operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.discount_profile.dto.discount_profile_dto import (
    DiscountProfileCreateDTO,
    DiscountProfileDetailsDTO,
    DiscountProfileListDTO,
    RedemptionCodeRequestDTO,
)
from exsited.exsited.setting.dto.setting_dto import DiscountProfileDTO as setting_dto_DiscountProfileDTO

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
    ) -> DiscountProfileListDTO:
        """One page of discount profiles of the settings.

        GET /api/v3/settings/discount_profiles

        Returns DiscountProfileListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("DiscountProfileListDTO", self._run(Call("setting.get_settings_discount_profiles", query=query, version="v3", answer=DiscountProfileListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[setting_dto_DiscountProfileDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/discount_profiles

        Returns Iterator[setting_dto_DiscountProfileDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_DiscountProfileDTO]", self._iterate(Listing("setting.get_settings_discount_profiles", [], query, limit, offset, setting_dto_DiscountProfileDTO)))

    def create(self, request_data: DiscountProfileCreateDTO) -> DiscountProfileDetailsDTO:
        """Creates a record in discount profiles of the settings.

        POST /api/v3/settings/discount_profiles

        Returns DiscountProfileDetailsDTO.
        """
        body = args.body("request_data", request_data, (DiscountProfileCreateDTO,))
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.create", body=body, answer=DiscountProfileDetailsDTO)))

    def details(self, uuid: str) -> DiscountProfileDetailsDTO:
        """Reads one record of discount profiles of the settings.

        GET /api/v3/settings/discount_profiles/{uuid}

        Returns DiscountProfileDetailsDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.details", path, answer=DiscountProfileDetailsDTO)))

    def redemption_code(self, uuid: str, request_data: RedemptionCodeRequestDTO) -> DiscountProfileDetailsDTO:
        """Runs redemption code of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/redemption_code

        Returns DiscountProfileDetailsDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (RedemptionCodeRequestDTO,))
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.redemption_code", path, body=body, answer=DiscountProfileDetailsDTO)))

    def disable(self, uuid: str) -> DiscountProfileDetailsDTO:
        """Runs disable of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/disable

        Returns DiscountProfileDetailsDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.disable", path, answer=DiscountProfileDetailsDTO)))

    def enable(self, uuid: str) -> DiscountProfileDetailsDTO:
        """Runs enable of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/enable

        Returns DiscountProfileDetailsDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.enable", path, answer=DiscountProfileDetailsDTO)))

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
    ) -> Awaitable[DiscountProfileListDTO]:
        """One page of discount profiles of the settings.

        GET /api/v3/settings/discount_profiles

        Returns Awaitable[DiscountProfileListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[DiscountProfileListDTO]", self._run(Call("setting.get_settings_discount_profiles", query=query, version="v3", answer=DiscountProfileListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[setting_dto_DiscountProfileDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/discount_profiles

        Returns AsyncIterator[setting_dto_DiscountProfileDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_DiscountProfileDTO]", self._iterate(Listing("setting.get_settings_discount_profiles", [], query, limit, offset, setting_dto_DiscountProfileDTO)))

    def create(self, request_data: DiscountProfileCreateDTO) -> Awaitable[DiscountProfileDetailsDTO]:
        """Creates a record in discount profiles of the settings.

        POST /api/v3/settings/discount_profiles

        Returns Awaitable[DiscountProfileDetailsDTO].
        """
        body = args.body("request_data", request_data, (DiscountProfileCreateDTO,))
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.create", body=body, answer=DiscountProfileDetailsDTO)))

    def details(self, uuid: str) -> Awaitable[DiscountProfileDetailsDTO]:
        """Reads one record of discount profiles of the settings.

        GET /api/v3/settings/discount_profiles/{uuid}

        Returns Awaitable[DiscountProfileDetailsDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.details", path, answer=DiscountProfileDetailsDTO)))

    def redemption_code(
        self,
        uuid: str,
        request_data: RedemptionCodeRequestDTO,
    ) -> Awaitable[DiscountProfileDetailsDTO]:
        """Runs redemption code of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/redemption_code

        Returns Awaitable[DiscountProfileDetailsDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (RedemptionCodeRequestDTO,))
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.redemption_code", path, body=body, answer=DiscountProfileDetailsDTO)))

    def disable(self, uuid: str) -> Awaitable[DiscountProfileDetailsDTO]:
        """Runs disable of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/disable

        Returns Awaitable[DiscountProfileDetailsDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.disable", path, answer=DiscountProfileDetailsDTO)))

    def enable(self, uuid: str) -> Awaitable[DiscountProfileDetailsDTO]:
        """Runs enable of the settings discount profiles.

        POST /api/v3/settings/discount_profiles/{uuid}/enable

        Returns Awaitable[DiscountProfileDetailsDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.enable", path, answer=DiscountProfileDetailsDTO)))

    def delete(self, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes one record of discount profiles of the settings.

        DELETE /api/v3/settings/discount_profiles/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("discount_profile.delete", path)))
