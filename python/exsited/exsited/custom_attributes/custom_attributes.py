# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_attributes``: the custom attributes operations of the documented SDK."""

from typing import Any, Awaitable, Dict, Optional, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.custom_attributes.dto.custom_attributes_dto import (
    CustomAttributesListResponseDTO,
    CustomAttributesRequestDTO,
    CustomAttributesResponseDTO,
)

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomAttributes(Resource):
    """``sdk.custom_attributes``: the custom attributes operations of the documented SDK."""

    def custom_attributes(self) -> CustomAttributesResponseDTO:
        """Reads the custom attributes of the settings.

        GET /api/v2/settings/custom_attributes

        Returns CustomAttributesResponseDTO.
        """
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.custom_attributes", answer=CustomAttributesResponseDTO)))

    def custom_attributes_update(
        self,
        uuid: str,
        request_data: Optional[CustomAttributesRequestDTO] = None,
    ) -> CustomAttributesResponseDTO:
        """Updates one record of custom attributes.

        PATCH /api/v3/custom_attributes/{uuid}

        Returns CustomAttributesResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.custom_attributes_update", path, body=body, answer=CustomAttributesResponseDTO)))

    def attribute_attachment(self, file_uuid: str) -> Any:
        """Reads one record of attribute attachment.

        GET /api/v2/attribute_attachment/{file_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("file_uuid", file_uuid)]
        return self._run(Call("custom_attributes.attribute_attachment", path))

    def list_custom_attributes(self, query_params: Optional[Dict[str, Any]] = None) -> CustomAttributesListResponseDTO:
        """Reads the custom attributes.

        GET /api/v2/custom-attributes

        Returns CustomAttributesListResponseDTO.
        """
        query = args.query([], query_params)
        return cast("CustomAttributesListResponseDTO", self._run(Call("custom_attributes.list_custom_attributes", query=query, answer=CustomAttributesListResponseDTO)))

    def get_custom_attribute(self, ca_uuid: str) -> CustomAttributesResponseDTO:
        """Reads one record of custom attributes.

        GET /api/v2/custom-attributes/{ca_uuid}

        Returns CustomAttributesResponseDTO.
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.get_custom_attribute", path, answer=CustomAttributesResponseDTO)))

    def create_custom_attribute(self, request_data: CustomAttributesRequestDTO) -> CustomAttributesResponseDTO:
        """Creates a record in custom attributes.

        POST /api/v2/custom-attributes

        Returns CustomAttributesResponseDTO.
        """
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.create_custom_attribute", body=body, answer=CustomAttributesResponseDTO)))

    def update_custom_attribute(
        self,
        ca_uuid: str,
        request_data: CustomAttributesRequestDTO,
    ) -> CustomAttributesResponseDTO:
        """Updates one record of custom attributes.

        PATCH /api/v2/custom-attributes/{ca_uuid}

        Returns CustomAttributesResponseDTO.
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.update_custom_attribute", path, body=body, answer=CustomAttributesResponseDTO)))

    def delete_custom_attribute(self, ca_uuid: str) -> Any:
        """Deletes one record of custom attributes.

        DELETE /api/v2/custom-attributes/{ca_uuid}

        Returns the answer's JSON as plain data (documented as bool).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return self._run(Call("custom_attributes.delete_custom_attribute", path))


class AsyncCustomAttributes(Resource):
    """``sdk.custom_attributes``: the custom attributes operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def custom_attributes(self) -> Awaitable[CustomAttributesResponseDTO]:
        """Reads the custom attributes of the settings.

        GET /api/v2/settings/custom_attributes

        Returns Awaitable[CustomAttributesResponseDTO].
        """
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.custom_attributes", answer=CustomAttributesResponseDTO)))

    def custom_attributes_update(
        self,
        uuid: str,
        request_data: Optional[CustomAttributesRequestDTO] = None,
    ) -> Awaitable[CustomAttributesResponseDTO]:
        """Updates one record of custom attributes.

        PATCH /api/v3/custom_attributes/{uuid}

        Returns Awaitable[CustomAttributesResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.custom_attributes_update", path, body=body, answer=CustomAttributesResponseDTO)))

    def attribute_attachment(self, file_uuid: str) -> Awaitable[Any]:
        """Reads one record of attribute attachment.

        GET /api/v2/attribute_attachment/{file_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.attribute_attachment", path)))

    def list_custom_attributes(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomAttributesListResponseDTO]:
        """Reads the custom attributes.

        GET /api/v2/custom-attributes

        Returns Awaitable[CustomAttributesListResponseDTO].
        """
        query = args.query([], query_params)
        return cast("Awaitable[CustomAttributesListResponseDTO]", self._run(Call("custom_attributes.list_custom_attributes", query=query, answer=CustomAttributesListResponseDTO)))

    def get_custom_attribute(self, ca_uuid: str) -> Awaitable[CustomAttributesResponseDTO]:
        """Reads one record of custom attributes.

        GET /api/v2/custom-attributes/{ca_uuid}

        Returns Awaitable[CustomAttributesResponseDTO].
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.get_custom_attribute", path, answer=CustomAttributesResponseDTO)))

    def create_custom_attribute(
        self,
        request_data: CustomAttributesRequestDTO,
    ) -> Awaitable[CustomAttributesResponseDTO]:
        """Creates a record in custom attributes.

        POST /api/v2/custom-attributes

        Returns Awaitable[CustomAttributesResponseDTO].
        """
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.create_custom_attribute", body=body, answer=CustomAttributesResponseDTO)))

    def update_custom_attribute(
        self,
        ca_uuid: str,
        request_data: CustomAttributesRequestDTO,
    ) -> Awaitable[CustomAttributesResponseDTO]:
        """Updates one record of custom attributes.

        PATCH /api/v2/custom-attributes/{ca_uuid}

        Returns Awaitable[CustomAttributesResponseDTO].
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.update_custom_attribute", path, body=body, answer=CustomAttributesResponseDTO)))

    def delete_custom_attribute(self, ca_uuid: str) -> Awaitable[Any]:
        """Deletes one record of custom attributes.

        DELETE /api/v2/custom-attributes/{ca_uuid}

        Returns the answer's JSON as plain data (documented as bool).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.delete_custom_attribute", path)))
