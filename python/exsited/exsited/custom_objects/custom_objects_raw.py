# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.custom_objects``."""

from typing import Any, Awaitable, Dict, Union, cast

from exsited._dto import DTOBase
from exsited._raw import RawResource, RawResponse
from exsited.exsited.custom_objects.custom_objects import DeleteResult
from exsited.exsited.custom_objects.dto.custom_objects_dto import (
    CustomObjectsDetailsDTO,
    CustomObjectsListDTO,
)


class CustomObjectsRaw(RawResource):
    """``CustomObjects.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def account_list(self, id: str) -> RawResponse[CustomObjectsListDTO]:
        """``CustomObjects.account_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomObjectsListDTO]", self._resource.account_list(id=id))

    def account_co_details_uuid(self, id: str, uuid: str) -> RawResponse[CustomObjectsDetailsDTO]:
        """``CustomObjects.account_co_details_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomObjectsDetailsDTO]", self._resource.account_co_details_uuid(id=id, uuid=uuid))

    def custom_objects_list(self, cc_id: str, cc_uuid: str) -> RawResponse[Dict[str, Any]]:
        """``CustomObjects.custom_objects_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.custom_objects_list(cc_id=cc_id, cc_uuid=cc_uuid))

    def custom_objects_details(self, cc_id: str, cc_uuid: str, co_uuid: str) -> RawResponse[Dict[str, Any]]:
        """``CustomObjects.custom_objects_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.custom_objects_details(
            cc_id=cc_id,
            cc_uuid=cc_uuid,
            co_uuid=co_uuid,
        ))

    def custom_objects_create(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomObjects.custom_objects_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_objects_create(
            cc_id=cc_id,
            cc_uuid=cc_uuid,
            co_uuid=co_uuid,
            request_data=request_data,
        ))

    def custom_objects_update(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomObjects.custom_objects_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_objects_update(
            cc_id=cc_id,
            cc_uuid=cc_uuid,
            co_uuid=co_uuid,
            request_data=request_data,
        ))

    def custom_object_instance_delete(
        self,
        component_uuid: str,
        component_id: str,
        object_uuid: str,
    ) -> RawResponse[DeleteResult]:
        """``CustomObjects.custom_object_instance_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_object_instance_delete(
            component_uuid=component_uuid,
            component_id=component_id,
            object_uuid=object_uuid,
        ))

    def custom_objects_customize(
        self,
        object_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomObjects.custom_objects_customize``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_objects_customize(
            object_uuid=object_uuid,
            request_data=request_data,
        ))

    def custom_objects_instances_update(
        self,
        component_uuid: str,
        component_id: str,
        object_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomObjects.custom_objects_instances_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_objects_instances_update(
            component_uuid=component_uuid,
            component_id=component_id,
            object_uuid=object_uuid,
            request_data=request_data,
        ))

    def custom_object_delete(self, object_uuid: str) -> RawResponse[DeleteResult]:
        """``CustomObjects.custom_object_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_object_delete(object_uuid=object_uuid))


class AsyncCustomObjectsRaw(RawResource):
    """``AsyncCustomObjects.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def account_list(self, id: str) -> Awaitable[RawResponse[CustomObjectsListDTO]]:
        """``AsyncCustomObjects.account_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomObjectsListDTO]]", self._resource.account_list(id=id))

    def account_co_details_uuid(self, id: str, uuid: str) -> Awaitable[RawResponse[CustomObjectsDetailsDTO]]:
        """``AsyncCustomObjects.account_co_details_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomObjectsDetailsDTO]]", self._resource.account_co_details_uuid(
            id=id,
            uuid=uuid,
        ))

    def custom_objects_list(self, cc_id: str, cc_uuid: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomObjects.custom_objects_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.custom_objects_list(
            cc_id=cc_id,
            cc_uuid=cc_uuid,
        ))

    def custom_objects_details(self, cc_id: str, cc_uuid: str, co_uuid: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomObjects.custom_objects_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.custom_objects_details(
            cc_id=cc_id,
            cc_uuid=cc_uuid,
            co_uuid=co_uuid,
        ))

    def custom_objects_create(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomObjects.custom_objects_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_objects_create(
            cc_id=cc_id,
            cc_uuid=cc_uuid,
            co_uuid=co_uuid,
            request_data=request_data,
        ))

    def custom_objects_update(
        self,
        cc_id: str,
        cc_uuid: str,
        co_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomObjects.custom_objects_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_objects_update(
            cc_id=cc_id,
            cc_uuid=cc_uuid,
            co_uuid=co_uuid,
            request_data=request_data,
        ))

    def custom_object_instance_delete(
        self,
        component_uuid: str,
        component_id: str,
        object_uuid: str,
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomObjects.custom_object_instance_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_object_instance_delete(
            component_uuid=component_uuid,
            component_id=component_id,
            object_uuid=object_uuid,
        ))

    def custom_objects_customize(
        self,
        object_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomObjects.custom_objects_customize``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_objects_customize(
            object_uuid=object_uuid,
            request_data=request_data,
        ))

    def custom_objects_instances_update(
        self,
        component_uuid: str,
        component_id: str,
        object_uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomObjects.custom_objects_instances_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_objects_instances_update(
            component_uuid=component_uuid,
            component_id=component_id,
            object_uuid=object_uuid,
            request_data=request_data,
        ))

    def custom_object_delete(self, object_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomObjects.custom_object_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_object_delete(
            object_uuid=object_uuid,
        ))
