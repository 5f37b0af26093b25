# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_feature``: the custom feature operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomFeature(Resource):
    """``sdk.custom_feature``: the custom feature operations of the documented SDK."""

    def custom_feature_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> CustomFeatureResponseDTO:
        """One page of custom feature.

        GET /api/v3/custom-feature

        Returns CustomFeatureResponseDTO.
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
        """Every record of ``custom_feature_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/custom-feature

        Returns the answer's JSON as plain data (documented as ForwardRef('CustomFeatureComponentDTO')).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_feature.custom_feature_list", [], query, limit, offset, None)))

    def custom_feature_details(self, uuid: str) -> CustomFeatureDetailsResponseDTO:
        """Reads one record of custom feature.

        GET /api/v3/custom-feature/{uuid}

        Returns CustomFeatureDetailsResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("CustomFeatureDetailsResponseDTO", self._run(Call("custom_feature.custom_feature_details", path, answer=CustomFeatureDetailsResponseDTO)))

    def custom_feature_create(
        self,
        request_data: CustomFeatureCreateRequestDTO,
    ) -> custom_feature_dto_MessageResponseDTO:
        """Creates a record in custom feature.

        POST /api/v3/custom-feature

        Returns custom_feature_dto_MessageResponseDTO.
        """
        body = args.body("request_data", request_data, (CustomFeatureCreateRequestDTO,))
        return cast("custom_feature_dto_MessageResponseDTO", self._run(Call("custom_feature.custom_feature_create", body=body, answer=custom_feature_dto_MessageResponseDTO)))

    def custom_feature_update(
        self,
        uuid: str,
        request_data: CustomFeatureUpdateRequestDTO,
    ) -> custom_feature_dto_MessageResponseDTO:
        """Updates one record of custom feature.

        PATCH /api/v3/custom-feature/{uuid}

        Returns custom_feature_dto_MessageResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomFeatureUpdateRequestDTO,))
        return cast("custom_feature_dto_MessageResponseDTO", self._run(Call("custom_feature.custom_feature_update", path, body=body, answer=custom_feature_dto_MessageResponseDTO)))

    def custom_feature_delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes one record of custom feature.

        DELETE /api/v3/custom-feature/{uuid}

        Returns DeleteResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("custom_feature.custom_feature_delete", path, answer=DeleteResponseDTO)))

    def custom_form_create(
        self,
        uuid: str,
        request_data: CustomFormCreateRequestDTO,
    ) -> custom_feature_dto_MessageResponseDTO:
        """Runs custom form of the custom feature.

        POST /api/v3/custom-feature/{uuid}/custom-form

        Returns custom_feature_dto_MessageResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomFormCreateRequestDTO,))
        return cast("custom_feature_dto_MessageResponseDTO", self._run(Call("custom_feature.custom_form_create", path, body=body, answer=custom_feature_dto_MessageResponseDTO)))


class AsyncCustomFeature(Resource):
    """``sdk.custom_feature``: the custom feature operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def custom_feature_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomFeatureResponseDTO]:
        """One page of custom feature.

        GET /api/v3/custom-feature

        Returns Awaitable[CustomFeatureResponseDTO].
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
        """Every record of ``custom_feature_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/custom-feature

        Returns the answer's JSON as plain data (documented as ForwardRef('CustomFeatureComponentDTO')).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_feature.custom_feature_list", [], query, limit, offset, None)))

    def custom_feature_details(self, uuid: str) -> Awaitable[CustomFeatureDetailsResponseDTO]:
        """Reads one record of custom feature.

        GET /api/v3/custom-feature/{uuid}

        Returns Awaitable[CustomFeatureDetailsResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[CustomFeatureDetailsResponseDTO]", self._run(Call("custom_feature.custom_feature_details", path, answer=CustomFeatureDetailsResponseDTO)))

    def custom_feature_create(
        self,
        request_data: CustomFeatureCreateRequestDTO,
    ) -> Awaitable[custom_feature_dto_MessageResponseDTO]:
        """Creates a record in custom feature.

        POST /api/v3/custom-feature

        Returns Awaitable[custom_feature_dto_MessageResponseDTO].
        """
        body = args.body("request_data", request_data, (CustomFeatureCreateRequestDTO,))
        return cast("Awaitable[custom_feature_dto_MessageResponseDTO]", self._run(Call("custom_feature.custom_feature_create", body=body, answer=custom_feature_dto_MessageResponseDTO)))

    def custom_feature_update(
        self,
        uuid: str,
        request_data: CustomFeatureUpdateRequestDTO,
    ) -> Awaitable[custom_feature_dto_MessageResponseDTO]:
        """Updates one record of custom feature.

        PATCH /api/v3/custom-feature/{uuid}

        Returns Awaitable[custom_feature_dto_MessageResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomFeatureUpdateRequestDTO,))
        return cast("Awaitable[custom_feature_dto_MessageResponseDTO]", self._run(Call("custom_feature.custom_feature_update", path, body=body, answer=custom_feature_dto_MessageResponseDTO)))

    def custom_feature_delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of custom feature.

        DELETE /api/v3/custom-feature/{uuid}

        Returns Awaitable[DeleteResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("custom_feature.custom_feature_delete", path, answer=DeleteResponseDTO)))

    def custom_form_create(
        self,
        uuid: str,
        request_data: CustomFormCreateRequestDTO,
    ) -> Awaitable[custom_feature_dto_MessageResponseDTO]:
        """Runs custom form of the custom feature.

        POST /api/v3/custom-feature/{uuid}/custom-form

        Returns Awaitable[custom_feature_dto_MessageResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomFormCreateRequestDTO,))
        return cast("Awaitable[custom_feature_dto_MessageResponseDTO]", self._run(Call("custom_feature.custom_form_create", path, body=body, answer=custom_feature_dto_MessageResponseDTO)))
