# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_attributes``: the custom attributes operations of the documented SDK."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomAttributes(Resource):
    """``sdk.custom_attributes``: the custom attributes operations of the documented SDK."""

    def custom_attributes(self) -> Any:
        """Reads the custom attributes of the settings.

        GET /api/v2/settings/custom_attributes

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        return self._run(Call("custom_attributes.custom_attributes"))

    def custom_attributes_update(self, uuid: str, request_data: Optional[Union[DTOBase, Dict[str, Any]]] = None) -> Any:
        """Updates one record of custom attributes.

        PATCH /api/v3/custom_attributes/{uuid}

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("custom_attributes.custom_attributes_update", path, body=body))

    def attribute_attachment(self, file_uuid: str) -> Any:
        """Reads one record of attribute attachment.

        GET /api/v2/attribute_attachment/{file_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("file_uuid", file_uuid)]
        return self._run(Call("custom_attributes.attribute_attachment", path))

    def list_custom_attributes(self, query_params: Optional[Dict[str, Any]] = None) -> Any:
        """Reads the custom attributes.

        GET /api/v2/custom-attributes

        Returns the answer's JSON as plain data (documented as CustomAttributesListResponseDTO).
        """
        query = args.query([], query_params)
        return self._run(Call("custom_attributes.list_custom_attributes", query=query))

    def get_custom_attribute(self, ca_uuid: str) -> Any:
        """Reads one record of custom attributes.

        GET /api/v2/custom-attributes/{ca_uuid}

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return self._run(Call("custom_attributes.get_custom_attribute", path))

    def create_custom_attribute(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in custom attributes.

        POST /api/v2/custom-attributes

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("custom_attributes.create_custom_attribute", body=body))

    def update_custom_attribute(self, ca_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of custom attributes.

        PATCH /api/v2/custom-attributes/{ca_uuid}

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("custom_attributes.update_custom_attribute", path, body=body))

    def delete_custom_attribute(self, ca_uuid: str) -> Any:
        """Deletes one record of custom attributes.

        DELETE /api/v2/custom-attributes/{ca_uuid}

        Returns the answer's JSON as plain data (documented as bool).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return self._run(Call("custom_attributes.delete_custom_attribute", path))


class AsyncCustomAttributes(Resource):
    """``sdk.custom_attributes``: the custom attributes operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def custom_attributes(self) -> Awaitable[Any]:
        """Reads the custom attributes of the settings.

        GET /api/v2/settings/custom_attributes

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.custom_attributes")))

    def custom_attributes_update(
        self,
        uuid: str,
        request_data: Optional[Union[DTOBase, Dict[str, Any]]] = None,
    ) -> Awaitable[Any]:
        """Updates one record of custom attributes.

        PATCH /api/v3/custom_attributes/{uuid}

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.custom_attributes_update", path, body=body)))

    def attribute_attachment(self, file_uuid: str) -> Awaitable[Any]:
        """Reads one record of attribute attachment.

        GET /api/v2/attribute_attachment/{file_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.attribute_attachment", path)))

    def list_custom_attributes(self, query_params: Optional[Dict[str, Any]] = None) -> Awaitable[Any]:
        """Reads the custom attributes.

        GET /api/v2/custom-attributes

        Returns the answer's JSON as plain data (documented as CustomAttributesListResponseDTO).
        """
        query = args.query([], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.list_custom_attributes", query=query)))

    def get_custom_attribute(self, ca_uuid: str) -> Awaitable[Any]:
        """Reads one record of custom attributes.

        GET /api/v2/custom-attributes/{ca_uuid}

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.get_custom_attribute", path)))

    def create_custom_attribute(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in custom attributes.

        POST /api/v2/custom-attributes

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.create_custom_attribute", body=body)))

    def update_custom_attribute(self, ca_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of custom attributes.

        PATCH /api/v2/custom-attributes/{ca_uuid}

        Returns the answer's JSON as plain data (documented as CustomAttributesResponseDTO).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.update_custom_attribute", path, body=body)))

    def delete_custom_attribute(self, ca_uuid: str) -> Awaitable[Any]:
        """Deletes one record of custom attributes.

        DELETE /api/v2/custom-attributes/{ca_uuid}

        Returns the answer's JSON as plain data (documented as bool).
        """
        path = [args.ident("ca_uuid", ca_uuid)]
        return cast("Awaitable[Any]", self._run(Call("custom_attributes.delete_custom_attribute", path)))
