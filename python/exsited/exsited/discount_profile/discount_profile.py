# generated from api/ — do not edit; run `make generate`
"""``sdk.discount_profile``: the discount profile operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

if TYPE_CHECKING:
    from exsited.exsited.discount_profile.discount_profile_raw import AsyncDiscountProfileRaw, DiscountProfileRaw
    from exsited.exsited.setting.dto.setting_dto import DiscountProfileDTO as setting_dto_DiscountProfileDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class DiscountProfile(Resource):
    """``sdk.discount_profile``: the discount profile operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "DiscountProfileRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.discount_profile.discount_profile_raw import DiscountProfileRaw

        return DiscountProfileRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> DiscountProfileListDTO:
        """Lists the discount profiles in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/settings/discount_profiles``

        Returns:
            DiscountProfileListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("DiscountProfileListDTO", self._run(Call("setting.get_settings_discount_profiles", query=query, version="v3", answer=DiscountProfileListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator["setting_dto_DiscountProfileDTO"]:
        """Every discount profile in the settings that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/discount_profiles``

        Yields:
            setting_dto_DiscountProfileDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[setting_dto_DiscountProfileDTO]", self._iterate(Listing(Call("setting.get_settings_discount_profiles", [], query, version="v3"), limit, offset, "exsited.exsited.setting.dto.setting_dto:DiscountProfileDTO")))

    def create(self, request_data: DiscountProfileCreateDTO) -> DiscountProfileDetailsDTO:
        """Adds a discount profile to the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/settings/discount_profiles`` (json body)

        Returns:
            DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (DiscountProfileCreateDTO,))
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.create", body=body, answer=DiscountProfileDetailsDTO)))

    def details(self, uuid: str) -> DiscountProfileDetailsDTO:
        """Reads a discount profile in the settings.

        HTTP: ``GET /api/v3/settings/discount_profiles/{uuid}``

        Returns:
            DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.details", path, answer=DiscountProfileDetailsDTO)))

    def redemption_code(self, uuid: str, request_data: RedemptionCodeRequestDTO) -> DiscountProfileDetailsDTO:
        """Creates the redemption code of a discount profile in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/settings/discount_profiles/{uuid}/redemption_code`` (json body)

        Returns:
            DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (RedemptionCodeRequestDTO,))
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.redemption_code", path, body=body, answer=DiscountProfileDetailsDTO)))

    def disable(self, uuid: str) -> DiscountProfileDetailsDTO:
        """Disables a discount profile in the settings.

        HTTP: ``POST /api/v3/settings/discount_profiles/{uuid}/disable``

        Returns:
            DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.disable", path, answer=DiscountProfileDetailsDTO)))

    def enable(self, uuid: str) -> DiscountProfileDetailsDTO:
        """Enables a discount profile in the settings.

        HTTP: ``POST /api/v3/settings/discount_profiles/{uuid}/enable``

        Returns:
            DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("DiscountProfileDetailsDTO", self._run(Call("discount_profile.enable", path, answer=DiscountProfileDetailsDTO)))

    def delete(self, uuid: str) -> DeleteResult:
        """Deletes a discount profile in the settings.

        HTTP: ``DELETE /api/v3/settings/discount_profiles/{uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("discount_profile.delete", path)))


class AsyncDiscountProfile(Resource):
    """``sdk.discount_profile``: the discount profile operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncDiscountProfileRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.discount_profile.discount_profile_raw import AsyncDiscountProfileRaw

        return AsyncDiscountProfileRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[DiscountProfileListDTO]:
        """Lists the discount profiles in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/settings/discount_profiles``

        Returns:
            Awaitable of DiscountProfileListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[DiscountProfileListDTO]", self._run(Call("setting.get_settings_discount_profiles", query=query, version="v3", answer=DiscountProfileListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator["setting_dto_DiscountProfileDTO"]:
        """Every discount profile in the settings that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/discount_profiles``

        Yields:
            setting_dto_DiscountProfileDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[setting_dto_DiscountProfileDTO]", self._iterate(Listing(Call("setting.get_settings_discount_profiles", [], query, version="v3"), limit, offset, "exsited.exsited.setting.dto.setting_dto:DiscountProfileDTO")))

    def create(self, request_data: DiscountProfileCreateDTO) -> Awaitable[DiscountProfileDetailsDTO]:
        """Adds a discount profile to the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/settings/discount_profiles`` (json body)

        Returns:
            Awaitable of DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (DiscountProfileCreateDTO,))
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.create", body=body, answer=DiscountProfileDetailsDTO)))

    def details(self, uuid: str) -> Awaitable[DiscountProfileDetailsDTO]:
        """Reads a discount profile in the settings.

        HTTP: ``GET /api/v3/settings/discount_profiles/{uuid}``

        Returns:
            Awaitable of DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.details", path, answer=DiscountProfileDetailsDTO)))

    def redemption_code(
        self,
        uuid: str,
        request_data: RedemptionCodeRequestDTO,
    ) -> Awaitable[DiscountProfileDetailsDTO]:
        """Creates the redemption code of a discount profile in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/settings/discount_profiles/{uuid}/redemption_code`` (json body)

        Returns:
            Awaitable of DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (RedemptionCodeRequestDTO,))
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.redemption_code", path, body=body, answer=DiscountProfileDetailsDTO)))

    def disable(self, uuid: str) -> Awaitable[DiscountProfileDetailsDTO]:
        """Disables a discount profile in the settings.

        HTTP: ``POST /api/v3/settings/discount_profiles/{uuid}/disable``

        Returns:
            Awaitable of DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.disable", path, answer=DiscountProfileDetailsDTO)))

    def enable(self, uuid: str) -> Awaitable[DiscountProfileDetailsDTO]:
        """Enables a discount profile in the settings.

        HTTP: ``POST /api/v3/settings/discount_profiles/{uuid}/enable``

        Returns:
            Awaitable of DiscountProfileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DiscountProfileDetailsDTO]", self._run(Call("discount_profile.enable", path, answer=DiscountProfileDetailsDTO)))

    def delete(self, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes a discount profile in the settings.

        HTTP: ``DELETE /api/v3/settings/discount_profiles/{uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("discount_profile.delete", path)))
