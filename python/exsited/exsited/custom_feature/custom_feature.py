# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_feature``: the custom feature operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.custom_feature.dto.custom_feature_dto import (
    CustomFeatureCreateRequestDTO,
    CustomFeatureDetailsResponseDTO,
    CustomFeatureResponseDTO,
    CustomFeatureUpdateRequestDTO,
    CustomFormCreateRequestDTO,
    MessageResponseDTO as custom_feature_dto_MessageResponseDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.custom_feature.custom_feature_raw import AsyncCustomFeatureRaw, CustomFeatureRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomFeature(Resource):
    """``sdk.custom_feature``: the custom feature operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "CustomFeatureRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.custom_feature.custom_feature_raw import CustomFeatureRaw

        return CustomFeatureRaw(self._raw_copy())

    def custom_feature_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> CustomFeatureResponseDTO:
        """Lists the custom feature, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/custom-feature``

        Returns:
            CustomFeatureResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("CustomFeatureResponseDTO", self._run(Call("custom_feature.custom_feature_list", query=query, answer=CustomFeatureResponseDTO)))

    def custom_feature_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every custom feature that ``custom_feature_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/custom-feature``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_feature.custom_feature_list", [], query), limit, offset, None)))

    def custom_feature_details(self, uuid: str) -> CustomFeatureDetailsResponseDTO:
        """Reads a custom feature.

        HTTP: ``GET /api/v3/custom-feature/{uuid}``

        Returns:
            CustomFeatureDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("CustomFeatureDetailsResponseDTO", self._run(Call("custom_feature.custom_feature_details", path, answer=CustomFeatureDetailsResponseDTO)))

    def custom_feature_create(
        self,
        request_data: CustomFeatureCreateRequestDTO,
    ) -> custom_feature_dto_MessageResponseDTO:
        """Creates a custom feature.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/custom-feature`` (json body)

        Returns:
            custom_feature_dto_MessageResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (CustomFeatureCreateRequestDTO,))
        return cast("custom_feature_dto_MessageResponseDTO", self._run(Call("custom_feature.custom_feature_create", body=body, answer=custom_feature_dto_MessageResponseDTO)))

    def custom_feature_update(
        self,
        uuid: str,
        request_data: CustomFeatureUpdateRequestDTO,
    ) -> custom_feature_dto_MessageResponseDTO:
        """Updates a custom feature.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/custom-feature/{uuid}`` (json body)

        Returns:
            custom_feature_dto_MessageResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomFeatureUpdateRequestDTO,))
        return cast("custom_feature_dto_MessageResponseDTO", self._run(Call("custom_feature.custom_feature_update", path, body=body, answer=custom_feature_dto_MessageResponseDTO)))

    def custom_feature_delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes a custom feature.

        HTTP: ``DELETE /api/v3/custom-feature/{uuid}``

        Returns:
            DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("custom_feature.custom_feature_delete", path, answer=DeleteResponseDTO)))

    def custom_form_create(
        self,
        uuid: str,
        request_data: CustomFormCreateRequestDTO,
    ) -> custom_feature_dto_MessageResponseDTO:
        """Creates the custom form of a custom feature.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/custom-feature/{uuid}/custom-form`` (json body)

        Returns:
            custom_feature_dto_MessageResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomFormCreateRequestDTO,))
        return cast("custom_feature_dto_MessageResponseDTO", self._run(Call("custom_feature.custom_form_create", path, body=body, answer=custom_feature_dto_MessageResponseDTO)))


class AsyncCustomFeature(Resource):
    """``sdk.custom_feature``: the custom feature operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncCustomFeatureRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.custom_feature.custom_feature_raw import AsyncCustomFeatureRaw

        return AsyncCustomFeatureRaw(self._raw_copy())

    def custom_feature_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomFeatureResponseDTO]:
        """Lists the custom feature, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/custom-feature``

        Returns:
            Awaitable of CustomFeatureResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[CustomFeatureResponseDTO]", self._run(Call("custom_feature.custom_feature_list", query=query, answer=CustomFeatureResponseDTO)))

    def custom_feature_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every custom feature that ``custom_feature_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/custom-feature``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_feature.custom_feature_list", [], query), limit, offset, None)))

    def custom_feature_details(self, uuid: str) -> Awaitable[CustomFeatureDetailsResponseDTO]:
        """Reads a custom feature.

        HTTP: ``GET /api/v3/custom-feature/{uuid}``

        Returns:
            Awaitable of CustomFeatureDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[CustomFeatureDetailsResponseDTO]", self._run(Call("custom_feature.custom_feature_details", path, answer=CustomFeatureDetailsResponseDTO)))

    def custom_feature_create(
        self,
        request_data: CustomFeatureCreateRequestDTO,
    ) -> Awaitable[custom_feature_dto_MessageResponseDTO]:
        """Creates a custom feature.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/custom-feature`` (json body)

        Returns:
            Awaitable of custom_feature_dto_MessageResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (CustomFeatureCreateRequestDTO,))
        return cast("Awaitable[custom_feature_dto_MessageResponseDTO]", self._run(Call("custom_feature.custom_feature_create", body=body, answer=custom_feature_dto_MessageResponseDTO)))

    def custom_feature_update(
        self,
        uuid: str,
        request_data: CustomFeatureUpdateRequestDTO,
    ) -> Awaitable[custom_feature_dto_MessageResponseDTO]:
        """Updates a custom feature.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/custom-feature/{uuid}`` (json body)

        Returns:
            Awaitable of custom_feature_dto_MessageResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomFeatureUpdateRequestDTO,))
        return cast("Awaitable[custom_feature_dto_MessageResponseDTO]", self._run(Call("custom_feature.custom_feature_update", path, body=body, answer=custom_feature_dto_MessageResponseDTO)))

    def custom_feature_delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes a custom feature.

        HTTP: ``DELETE /api/v3/custom-feature/{uuid}``

        Returns:
            Awaitable of DeleteResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("custom_feature.custom_feature_delete", path, answer=DeleteResponseDTO)))

    def custom_form_create(
        self,
        uuid: str,
        request_data: CustomFormCreateRequestDTO,
    ) -> Awaitable[custom_feature_dto_MessageResponseDTO]:
        """Creates the custom form of a custom feature.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/custom-feature/{uuid}/custom-form`` (json body)

        Returns:
            Awaitable of custom_feature_dto_MessageResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomFormCreateRequestDTO,))
        return cast("Awaitable[custom_feature_dto_MessageResponseDTO]", self._run(Call("custom_feature.custom_form_create", path, body=body, answer=custom_feature_dto_MessageResponseDTO)))
