# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_attributes``: the custom attributes operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, Awaitable, Dict, Optional, cast

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

if TYPE_CHECKING:
    from exsited.exsited.custom_attributes.custom_attributes_raw import AsyncCustomAttributesRaw, CustomAttributesRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomAttributes(Resource):
    """``sdk.custom_attributes``: the custom attributes operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "CustomAttributesRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.custom_attributes.custom_attributes_raw import CustomAttributesRaw

        return CustomAttributesRaw(self._raw_copy())

    def custom_attributes(self) -> CustomAttributesResponseDTO:
        """Reads the custom attributes in the settings.

        HTTP: ``GET /api/v2/settings/custom_attributes``

        Returns:
            CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.custom_attributes", answer=CustomAttributesResponseDTO)))

    def custom_attributes_update(
        self,
        uuid: str,
        request_data: Optional[CustomAttributesRequestDTO] = None,
    ) -> CustomAttributesResponseDTO:
        """Updates a custom attribute.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/custom_attributes/{uuid}`` (json body)

        Returns:
            CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.custom_attributes_update", path, body=body, answer=CustomAttributesResponseDTO)))

    def attribute_attachment(self, file_uuid: str) -> Dict[str, Any]:
        """Reads an attribute attachment.

        HTTP: ``GET /api/v2/attribute_attachment/{file_uuid}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("file_uuid", file_uuid)]
        return cast("Dict[str, Any]", self._run(Call("custom_attributes.attribute_attachment", path)))

    def list_custom_attributes(self, query_params: Optional[Dict[str, Any]] = None) -> CustomAttributesListResponseDTO:
        """Reads the custom attributes.

        HTTP: ``GET /api/v2/custom-attributes``

        Returns:
            CustomAttributesListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], query_params)
        return cast("CustomAttributesListResponseDTO", self._run(Call("custom_attributes.list_custom_attributes", query=query, answer=CustomAttributesListResponseDTO)))

    def get_custom_attribute(self, ca_uuid: str) -> CustomAttributesResponseDTO:
        """Reads a custom attribute.

        HTTP: ``GET /api/v2/custom-attributes/{ca_uuid}``

        Returns:
            CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.get_custom_attribute", path, answer=CustomAttributesResponseDTO)))

    def create_custom_attribute(self, request_data: CustomAttributesRequestDTO) -> CustomAttributesResponseDTO:
        """Creates a custom attribute.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/custom-attributes`` (json body)

        Returns:
            CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.create_custom_attribute", body=body, answer=CustomAttributesResponseDTO)))

    def update_custom_attribute(
        self,
        ca_uuid: str,
        request_data: CustomAttributesRequestDTO,
    ) -> CustomAttributesResponseDTO:
        """Updates a custom attribute.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v2/custom-attributes/{ca_uuid}`` (json body)

        Returns:
            CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("CustomAttributesResponseDTO", self._run(Call("custom_attributes.update_custom_attribute", path, body=body, answer=CustomAttributesResponseDTO)))

    def delete_custom_attribute(self, ca_uuid: str) -> Dict[str, Any]:
        """Deletes a custom attribute.

        HTTP: ``DELETE /api/v2/custom-attributes/{ca_uuid}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("Dict[str, Any]", self._run(Call("custom_attributes.delete_custom_attribute", path)))


class AsyncCustomAttributes(Resource):
    """``sdk.custom_attributes``: the custom attributes operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncCustomAttributesRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.custom_attributes.custom_attributes_raw import AsyncCustomAttributesRaw

        return AsyncCustomAttributesRaw(self._raw_copy())

    def custom_attributes(self) -> Awaitable[CustomAttributesResponseDTO]:
        """Reads the custom attributes in the settings.

        HTTP: ``GET /api/v2/settings/custom_attributes``

        Returns:
            Awaitable of CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.custom_attributes", answer=CustomAttributesResponseDTO)))

    def custom_attributes_update(
        self,
        uuid: str,
        request_data: Optional[CustomAttributesRequestDTO] = None,
    ) -> Awaitable[CustomAttributesResponseDTO]:
        """Updates a custom attribute.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/custom_attributes/{uuid}`` (json body)

        Returns:
            Awaitable of CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.custom_attributes_update", path, body=body, answer=CustomAttributesResponseDTO)))

    def attribute_attachment(self, file_uuid: str) -> Awaitable[Dict[str, Any]]:
        """Reads an attribute attachment.

        HTTP: ``GET /api/v2/attribute_attachment/{file_uuid}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_attributes.attribute_attachment", path)))

    def list_custom_attributes(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomAttributesListResponseDTO]:
        """Reads the custom attributes.

        HTTP: ``GET /api/v2/custom-attributes``

        Returns:
            Awaitable of CustomAttributesListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], query_params)
        return cast("Awaitable[CustomAttributesListResponseDTO]", self._run(Call("custom_attributes.list_custom_attributes", query=query, answer=CustomAttributesListResponseDTO)))

    def get_custom_attribute(self, ca_uuid: str) -> Awaitable[CustomAttributesResponseDTO]:
        """Reads a custom attribute.

        HTTP: ``GET /api/v2/custom-attributes/{ca_uuid}``

        Returns:
            Awaitable of CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.get_custom_attribute", path, answer=CustomAttributesResponseDTO)))

    def create_custom_attribute(
        self,
        request_data: CustomAttributesRequestDTO,
    ) -> Awaitable[CustomAttributesResponseDTO]:
        """Creates a custom attribute.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/custom-attributes`` (json body)

        Returns:
            Awaitable of CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.create_custom_attribute", body=body, answer=CustomAttributesResponseDTO)))

    def update_custom_attribute(
        self,
        ca_uuid: str,
        request_data: CustomAttributesRequestDTO,
    ) -> Awaitable[CustomAttributesResponseDTO]:
        """Updates a custom attribute.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v2/custom-attributes/{ca_uuid}`` (json body)

        Returns:
            Awaitable of CustomAttributesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        body = args.body("request_data", request_data, (CustomAttributesRequestDTO,))
        return cast("Awaitable[CustomAttributesResponseDTO]", self._run(Call("custom_attributes.update_custom_attribute", path, body=body, answer=CustomAttributesResponseDTO)))

    def delete_custom_attribute(self, ca_uuid: str) -> Awaitable[Dict[str, Any]]:
        """Deletes a custom attribute.

        HTTP: ``DELETE /api/v2/custom-attributes/{ca_uuid}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_attributes.delete_custom_attribute", path)))
