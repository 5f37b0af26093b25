# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_objects``: the custom objects operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, Awaitable, Dict, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.custom_objects.dto.custom_objects_dto import (
    CustomObjectsDetailsDTO,
    CustomObjectsListDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.custom_objects.custom_objects_raw import AsyncCustomObjectsRaw, CustomObjectsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomObjects(Resource):
    """``sdk.custom_objects``: the custom objects operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "CustomObjectsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.custom_objects.custom_objects_raw import CustomObjectsRaw

        return CustomObjectsRaw(self._raw_copy())

    def account_list(self, id: str) -> CustomObjectsListDTO:
        """Reads the custom objects of an account.

        HTTP: ``GET /api/v3/accounts/{id}/custom_objects``

        Returns:
            CustomObjectsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("CustomObjectsListDTO", self._run(Call("custom_objects.list", path, answer=CustomObjectsListDTO)))

    def account_co_details_uuid(self, id: str, uuid: str) -> CustomObjectsDetailsDTO:
        """Reads a custom object of an account.

        HTTP: ``GET /api/v2/accounts/{id}/custom_objects/{uuid}``

        Returns:
            CustomObjectsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("CustomObjectsDetailsDTO", self._run(Call("custom_objects.details", path, version="v2", answer=CustomObjectsDetailsDTO)))

    def custom_objects_list(self, cc_id: str, cc_uuid: str) -> Dict[str, Any]:
        """Reads the custom objects of a component.

        HTTP: ``GET /api/v3/component/{cc_uuid}/{cc_id}/custom_objects``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id)]
        return cast("Dict[str, Any]", self._run(Call("custom_objects_more.custom_objects_list", path)))

    def custom_objects_details(self, cc_id: str, cc_uuid: str, co_uuid: str) -> Dict[str, Any]:
        """Reads a custom object of a component.

        HTTP: ``GET /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        return cast("Dict[str, Any]", self._run(Call("custom_objects_more.custom_objects_details", path)))

    def custom_objects_create(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Sends a custom object of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_objects_create", path, body=body)))

    def custom_objects_update(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Updates a custom object of a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_objects_update", path, body=body)))

    def custom_object_instance_delete(self, component_uuid: str, component_id: str, object_uuid: str) -> DeleteResult:
        """Deletes a custom objects instance of a component.

        HTTP: ``DELETE /api/v2/component/{component_uuid}/{component_id}/custom_objects_instances/{object_uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("component_id", component_id), args.ident("object_uuid", object_uuid)]
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_object_instance_delete", path)))

    def custom_objects_customize(self, object_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Customises a custom object in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/settings/custom_objects/{object_uuid}/customize`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("object_uuid", object_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_objects_customize", path, body=body)))

    def custom_objects_instances_update(
        self,
        component_uuid: str,
        component_id: str,
        object_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Updates a custom objects instance of a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v2/component/{component_uuid}/{component_id}/custom_objects_instances/{object_uuid}`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("component_id", component_id), args.ident("object_uuid", object_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_objects_instances_update", path, body=body)))

    def custom_object_delete(self, object_uuid: str) -> DeleteResult:
        """Deletes a custom object in the settings.

        HTTP: ``DELETE /api/v3/settings/custom_objects/{object_uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("object_uuid", object_uuid)]
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_object_delete", path)))


class AsyncCustomObjects(Resource):
    """``sdk.custom_objects``: the custom objects operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncCustomObjectsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.custom_objects.custom_objects_raw import AsyncCustomObjectsRaw

        return AsyncCustomObjectsRaw(self._raw_copy())

    def account_list(self, id: str) -> Awaitable[CustomObjectsListDTO]:
        """Reads the custom objects of an account.

        HTTP: ``GET /api/v3/accounts/{id}/custom_objects``

        Returns:
            Awaitable of CustomObjectsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[CustomObjectsListDTO]", self._run(Call("custom_objects.list", path, answer=CustomObjectsListDTO)))

    def account_co_details_uuid(self, id: str, uuid: str) -> Awaitable[CustomObjectsDetailsDTO]:
        """Reads a custom object of an account.

        HTTP: ``GET /api/v2/accounts/{id}/custom_objects/{uuid}``

        Returns:
            Awaitable of CustomObjectsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[CustomObjectsDetailsDTO]", self._run(Call("custom_objects.details", path, version="v2", answer=CustomObjectsDetailsDTO)))

    def custom_objects_list(self, cc_id: str, cc_uuid: str) -> Awaitable[Dict[str, Any]]:
        """Reads the custom objects of a component.

        HTTP: ``GET /api/v3/component/{cc_uuid}/{cc_id}/custom_objects``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_objects_more.custom_objects_list", path)))

    def custom_objects_details(self, cc_id: str, cc_uuid: str, co_uuid: str) -> Awaitable[Dict[str, Any]]:
        """Reads a custom object of a component.

        HTTP: ``GET /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_objects_more.custom_objects_details", path)))

    def custom_objects_create(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Sends a custom object of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_objects_create", path, body=body)))

    def custom_objects_update(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates a custom object of a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_objects_update", path, body=body)))

    def custom_object_instance_delete(
        self,
        component_uuid: str,
        component_id: str,
        object_uuid: str,
    ) -> Awaitable[DeleteResult]:
        """Deletes a custom objects instance of a component.

        HTTP: ``DELETE /api/v2/component/{component_uuid}/{component_id}/custom_objects_instances/{object_uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("component_id", component_id), args.ident("object_uuid", object_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_object_instance_delete", path)))

    def custom_objects_customize(
        self,
        object_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Customises a custom object in the settings.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/settings/custom_objects/{object_uuid}/customize`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("object_uuid", object_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_objects_customize", path, body=body)))

    def custom_objects_instances_update(
        self,
        component_uuid: str,
        component_id: str,
        object_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates a custom objects instance of a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v2/component/{component_uuid}/{component_id}/custom_objects_instances/{object_uuid}`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("component_id", component_id), args.ident("object_uuid", object_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_objects_instances_update", path, body=body)))

    def custom_object_delete(self, object_uuid: str) -> Awaitable[DeleteResult]:
        """Deletes a custom object in the settings.

        HTTP: ``DELETE /api/v3/settings/custom_objects/{object_uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("object_uuid", object_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_object_delete", path)))
