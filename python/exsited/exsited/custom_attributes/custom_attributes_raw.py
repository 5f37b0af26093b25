# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.custom_attributes``."""

from typing import Any, Awaitable, Dict, Optional, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.custom_attributes.dto.custom_attributes_dto import (
    CustomAttributesListResponseDTO,
    CustomAttributesRequestDTO,
    CustomAttributesResponseDTO,
)


class CustomAttributesRaw(RawResource):
    """``CustomAttributes.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def custom_attributes(self) -> RawResponse[CustomAttributesResponseDTO]:
        """``CustomAttributes.custom_attributes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomAttributesResponseDTO]", self._resource.custom_attributes())

    def custom_attributes_update(
        self,
        uuid: str,
        request_data: Optional[CustomAttributesRequestDTO] = None,
    ) -> RawResponse[CustomAttributesResponseDTO]:
        """``CustomAttributes.custom_attributes_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomAttributesResponseDTO]", self._resource.custom_attributes_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def attribute_attachment(self, file_uuid: str) -> RawResponse[Dict[str, Any]]:
        """``CustomAttributes.attribute_attachment``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.attribute_attachment(file_uuid=file_uuid))

    def list_custom_attributes(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[CustomAttributesListResponseDTO]:
        """``CustomAttributes.list_custom_attributes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomAttributesListResponseDTO]", self._resource.list_custom_attributes(
            query_params=query_params,
        ))

    def get_custom_attribute(self, ca_uuid: str) -> RawResponse[CustomAttributesResponseDTO]:
        """``CustomAttributes.get_custom_attribute``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomAttributesResponseDTO]", self._resource.get_custom_attribute(ca_uuid=ca_uuid))

    def create_custom_attribute(
        self,
        request_data: CustomAttributesRequestDTO,
    ) -> RawResponse[CustomAttributesResponseDTO]:
        """``CustomAttributes.create_custom_attribute``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomAttributesResponseDTO]", self._resource.create_custom_attribute(
            request_data=request_data,
        ))

    def update_custom_attribute(
        self,
        ca_uuid: str,
        request_data: CustomAttributesRequestDTO,
    ) -> RawResponse[CustomAttributesResponseDTO]:
        """``CustomAttributes.update_custom_attribute``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomAttributesResponseDTO]", self._resource.update_custom_attribute(
            ca_uuid=ca_uuid,
            request_data=request_data,
        ))

    def delete_custom_attribute(self, ca_uuid: str) -> RawResponse[Dict[str, Any]]:
        """``CustomAttributes.delete_custom_attribute``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.delete_custom_attribute(ca_uuid=ca_uuid))


class AsyncCustomAttributesRaw(RawResource):
    """``AsyncCustomAttributes.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def custom_attributes(self) -> Awaitable[RawResponse[CustomAttributesResponseDTO]]:
        """``AsyncCustomAttributes.custom_attributes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomAttributesResponseDTO]]", self._resource.custom_attributes())

    def custom_attributes_update(
        self,
        uuid: str,
        request_data: Optional[CustomAttributesRequestDTO] = None,
    ) -> Awaitable[RawResponse[CustomAttributesResponseDTO]]:
        """``AsyncCustomAttributes.custom_attributes_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomAttributesResponseDTO]]", self._resource.custom_attributes_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def attribute_attachment(self, file_uuid: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomAttributes.attribute_attachment``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.attribute_attachment(file_uuid=file_uuid))

    def list_custom_attributes(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[CustomAttributesListResponseDTO]]:
        """``AsyncCustomAttributes.list_custom_attributes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomAttributesListResponseDTO]]", self._resource.list_custom_attributes(
            query_params=query_params,
        ))

    def get_custom_attribute(self, ca_uuid: str) -> Awaitable[RawResponse[CustomAttributesResponseDTO]]:
        """``AsyncCustomAttributes.get_custom_attribute``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomAttributesResponseDTO]]", self._resource.get_custom_attribute(
            ca_uuid=ca_uuid,
        ))

    def create_custom_attribute(
        self,
        request_data: CustomAttributesRequestDTO,
    ) -> Awaitable[RawResponse[CustomAttributesResponseDTO]]:
        """``AsyncCustomAttributes.create_custom_attribute``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomAttributesResponseDTO]]", self._resource.create_custom_attribute(
            request_data=request_data,
        ))

    def update_custom_attribute(
        self,
        ca_uuid: str,
        request_data: CustomAttributesRequestDTO,
    ) -> Awaitable[RawResponse[CustomAttributesResponseDTO]]:
        """``AsyncCustomAttributes.update_custom_attribute``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomAttributesResponseDTO]]", self._resource.update_custom_attribute(
            ca_uuid=ca_uuid,
            request_data=request_data,
        ))

    def delete_custom_attribute(self, ca_uuid: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomAttributes.delete_custom_attribute``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.delete_custom_attribute(ca_uuid=ca_uuid))
