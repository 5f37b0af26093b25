# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_objects``: the custom objects operations of the documented SDK."""

from typing import Any, Awaitable, Dict, Union, cast

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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomObjects(Resource):
    """``sdk.custom_objects``: the custom objects operations of the documented SDK."""

    def account_list(self, id: str) -> CustomObjectsListDTO:
        """GET /api/v3/accounts/{id}/custom_objects"""
        path = [args.ident("id", id)]
        return cast("CustomObjectsListDTO", self._run(Call("custom_objects.list", path, answer=CustomObjectsListDTO)))

    def account_co_details_uuid(self, id: str, uuid: str) -> CustomObjectsDetailsDTO:
        """GET /api/v2/accounts/{id}/custom_objects/{uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("CustomObjectsDetailsDTO", self._run(Call("custom_objects.details", path, version="v2", answer=CustomObjectsDetailsDTO)))

    def custom_objects_list(self, cc_id: str, cc_uuid: str) -> Any:
        """Reads the custom objects of the component.

        GET /api/v3/component/{cc_uuid}/{cc_id}/custom_objects

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id)]
        return self._run(Call("custom_objects_more.custom_objects_list", path))

    def custom_objects_details(self, cc_id: str, cc_uuid: str, co_uuid: str) -> Any:
        """Reads one record of custom objects of the component.

        GET /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        return self._run(Call("custom_objects_more.custom_objects_details", path))

    def custom_objects_create(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Runs custom objects of the component.

        POST /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}

        Returns the answer's JSON as plain data.
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
        """Updates one record of custom objects of the component.

        PATCH /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_objects_update", path, body=body)))

    def custom_object_instance_delete(self, component_uuid: str, component_id: str, object_uuid: str) -> DeleteResult:
        """Deletes one record of custom objects instances of the component.

        DELETE /api/v2/component/{component_uuid}/{component_id}/custom_objects_instances/{object_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("component_id", component_id), args.ident("object_uuid", object_uuid)]
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_object_instance_delete", path)))

    def custom_objects_customize(self, object_uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Runs customize of the settings custom objects.

        POST /api/v3/settings/custom_objects/{object_uuid}/customize

        Returns the answer's JSON as plain data.
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
        """Updates one record of custom objects instances of the component.

        PATCH /api/v2/component/{component_uuid}/{component_id}/custom_objects_instances/{object_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("component_id", component_id), args.ident("object_uuid", object_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_objects_instances_update", path, body=body)))

    def custom_object_delete(self, object_uuid: str) -> DeleteResult:
        """Deletes one record of custom objects of the settings.

        DELETE /api/v3/settings/custom_objects/{object_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("object_uuid", object_uuid)]
        return cast("DeleteResult", self._run(Call("custom_objects_more.custom_object_delete", path)))


class AsyncCustomObjects(Resource):
    """``sdk.custom_objects``: the custom objects operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def account_list(self, id: str) -> Awaitable[CustomObjectsListDTO]:
        """GET /api/v3/accounts/{id}/custom_objects"""
        path = [args.ident("id", id)]
        return cast("Awaitable[CustomObjectsListDTO]", self._run(Call("custom_objects.list", path, answer=CustomObjectsListDTO)))

    def account_co_details_uuid(self, id: str, uuid: str) -> Awaitable[CustomObjectsDetailsDTO]:
        """GET /api/v2/accounts/{id}/custom_objects/{uuid}"""
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[CustomObjectsDetailsDTO]", self._run(Call("custom_objects.details", path, version="v2", answer=CustomObjectsDetailsDTO)))

    def custom_objects_list(self, cc_id: str, cc_uuid: str) -> Awaitable[Any]:
        """Reads the custom objects of the component.

        GET /api/v3/component/{cc_uuid}/{cc_id}/custom_objects

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id)]
        return cast("Awaitable[Any]", self._run(Call("custom_objects_more.custom_objects_list", path)))

    def custom_objects_details(self, cc_id: str, cc_uuid: str, co_uuid: str) -> Awaitable[Any]:
        """Reads one record of custom objects of the component.

        GET /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("cc_uuid", cc_uuid), args.ident("cc_id", cc_id), args.ident("co_uuid", co_uuid)]
        return cast("Awaitable[Any]", self._run(Call("custom_objects_more.custom_objects_details", path)))

    def custom_objects_create(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs custom objects of the component.

        POST /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}

        Returns the answer's JSON as plain data.
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
        """Updates one record of custom objects of the component.

        PATCH /api/v3/component/{cc_uuid}/{cc_id}/custom_objects/{co_uuid}

        Returns the answer's JSON as plain data.
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
        """Deletes one record of custom objects instances of the component.

        DELETE /api/v2/component/{component_uuid}/{component_id}/custom_objects_instances/{object_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("component_id", component_id), args.ident("object_uuid", object_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_object_instance_delete", path)))

    def custom_objects_customize(
        self,
        object_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs customize of the settings custom objects.

        POST /api/v3/settings/custom_objects/{object_uuid}/customize

        Returns the answer's JSON as plain data.
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
        """Updates one record of custom objects instances of the component.

        PATCH /api/v2/component/{component_uuid}/{component_id}/custom_objects_instances/{object_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("component_id", component_id), args.ident("object_uuid", object_uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_objects_instances_update", path, body=body)))

    def custom_object_delete(self, object_uuid: str) -> Awaitable[DeleteResult]:
        """Deletes one record of custom objects of the settings.

        DELETE /api/v3/settings/custom_objects/{object_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("object_uuid", object_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_objects_more.custom_object_delete", path)))
