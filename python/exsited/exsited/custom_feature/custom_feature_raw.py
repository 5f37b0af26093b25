# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.custom_feature``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
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


class CustomFeatureRaw(RawResource):
    """``CustomFeature.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def custom_feature_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[CustomFeatureResponseDTO]:
        """``CustomFeature.custom_feature_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomFeatureResponseDTO]", self._resource.custom_feature_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def custom_feature_details(self, uuid: str) -> RawResponse[CustomFeatureDetailsResponseDTO]:
        """``CustomFeature.custom_feature_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomFeatureDetailsResponseDTO]", self._resource.custom_feature_details(uuid=uuid))

    def custom_feature_create(
        self,
        request_data: CustomFeatureCreateRequestDTO,
    ) -> RawResponse[custom_feature_dto_MessageResponseDTO]:
        """``CustomFeature.custom_feature_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[custom_feature_dto_MessageResponseDTO]", self._resource.custom_feature_create(
            request_data=request_data,
        ))

    def custom_feature_update(
        self,
        uuid: str,
        request_data: CustomFeatureUpdateRequestDTO,
    ) -> RawResponse[custom_feature_dto_MessageResponseDTO]:
        """``CustomFeature.custom_feature_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[custom_feature_dto_MessageResponseDTO]", self._resource.custom_feature_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def custom_feature_delete(self, uuid: str) -> RawResponse[DeleteResponseDTO]:
        """``CustomFeature.custom_feature_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResponseDTO]", self._resource.custom_feature_delete(uuid=uuid))

    def custom_form_create(
        self,
        uuid: str,
        request_data: CustomFormCreateRequestDTO,
    ) -> RawResponse[custom_feature_dto_MessageResponseDTO]:
        """``CustomFeature.custom_form_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[custom_feature_dto_MessageResponseDTO]", self._resource.custom_form_create(
            uuid=uuid,
            request_data=request_data,
        ))


class AsyncCustomFeatureRaw(RawResource):
    """``AsyncCustomFeature.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def custom_feature_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[CustomFeatureResponseDTO]]:
        """``AsyncCustomFeature.custom_feature_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomFeatureResponseDTO]]", self._resource.custom_feature_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def custom_feature_details(self, uuid: str) -> Awaitable[RawResponse[CustomFeatureDetailsResponseDTO]]:
        """``AsyncCustomFeature.custom_feature_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomFeatureDetailsResponseDTO]]", self._resource.custom_feature_details(
            uuid=uuid,
        ))

    def custom_feature_create(
        self,
        request_data: CustomFeatureCreateRequestDTO,
    ) -> Awaitable[RawResponse[custom_feature_dto_MessageResponseDTO]]:
        """``AsyncCustomFeature.custom_feature_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[custom_feature_dto_MessageResponseDTO]]", self._resource.custom_feature_create(
            request_data=request_data,
        ))

    def custom_feature_update(
        self,
        uuid: str,
        request_data: CustomFeatureUpdateRequestDTO,
    ) -> Awaitable[RawResponse[custom_feature_dto_MessageResponseDTO]]:
        """``AsyncCustomFeature.custom_feature_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[custom_feature_dto_MessageResponseDTO]]", self._resource.custom_feature_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def custom_feature_delete(self, uuid: str) -> Awaitable[RawResponse[DeleteResponseDTO]]:
        """``AsyncCustomFeature.custom_feature_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResponseDTO]]", self._resource.custom_feature_delete(uuid=uuid))

    def custom_form_create(
        self,
        uuid: str,
        request_data: CustomFormCreateRequestDTO,
    ) -> Awaitable[RawResponse[custom_feature_dto_MessageResponseDTO]]:
        """``AsyncCustomFeature.custom_form_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[custom_feature_dto_MessageResponseDTO]]", self._resource.custom_form_create(
            uuid=uuid,
            request_data=request_data,
        ))
