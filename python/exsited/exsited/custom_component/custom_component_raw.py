# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.custom_component``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._dto import DTOBase
from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.custom_component.custom_component import DeleteResult
from exsited.exsited.custom_component.dto.custom_component_dto import (
    ComponentLinkDomainsResponseDTO,
    CustomComponentResponseDTO,
)


class CustomComponentRaw(RawResource):
    """``CustomComponent.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def custom_component_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[CustomComponentResponseDTO]:
        """``CustomComponent.custom_component_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomComponentResponseDTO]", self._resource.custom_component_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def component_note_create(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomComponent.component_note_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_note_create(
            uuid=uuid,
            id=id,
            request_data=request_data,
        ))

    def custom_component_details(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[CustomComponentResponseDTO]:
        """``CustomComponent.custom_component_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomComponentResponseDTO]", self._resource.custom_component_details(
            uuid=uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def custom_component_create(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomComponent.custom_component_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_component_create(
            uuid=uuid,
            request_data=request_data,
        ))

    def custom_component_uuid_details(
        self,
        id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[CustomComponentResponseDTO]:
        """``CustomComponent.custom_component_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomComponentResponseDTO]", self._resource.custom_component_uuid_details(
            id=id,
            uuid=uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def custom_component_pdf(self, id: str, uuid: str) -> RawResponse[CustomComponentResponseDTO]:
        """``CustomComponent.custom_component_pdf``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[CustomComponentResponseDTO]", self._resource.custom_component_pdf(id=id, uuid=uuid))

    def account_component_list(
        self,
        account_id: str,
        component_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.account_component_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.account_component_list(
            account_id=account_id,
            component_uuid=component_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def account_component_details(
        self,
        account_id: str,
        component_uuid: str,
        component_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.account_component_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.account_component_details(
            account_id=account_id,
            component_uuid=component_uuid,
            component_id=component_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def custom_component_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomComponent.custom_component_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_component_update(
            uuid=uuid,
            id=id,
            request_data=request_data,
        ))

    def workflow_status(
        self,
        account_uuid: str,
        component_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.workflow_status``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.workflow_status(
            account_uuid=account_uuid,
            component_uuid=component_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_change_status(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomComponent.component_change_status``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_change_status(
            component_uuid=component_uuid,
            order_id=order_id,
            request_data=request_data,
        ))

    def component_activity_list(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.component_activity_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.component_activity_list(
            component_uuid=component_uuid,
            order_id=order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_activity_create(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomComponent.component_activity_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_activity_create(
            component_uuid=component_uuid,
            order_id=order_id,
            request_data=request_data,
        ))

    def component_activity_details(
        self,
        component_uuid: str,
        order_id: str,
        activity_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.component_activity_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.component_activity_details(
            component_uuid=component_uuid,
            order_id=order_id,
            activity_uuid=activity_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def custom_component_delete(self, uuid: str, id: str) -> RawResponse[DeleteResult]:
        """``CustomComponent.custom_component_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.custom_component_delete(uuid=uuid, id=id))

    def component_express_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomComponent.component_express_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_express_update(
            uuid=uuid,
            id=id,
            request_data=request_data,
        ))

    def component_custom_objects_delete(self, uuid: str, id: str) -> RawResponse[DeleteResult]:
        """``CustomComponent.component_custom_objects_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_custom_objects_delete(uuid=uuid, id=id))

    def component_link_domains(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomComponent.component_link_domains``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_link_domains(
            uuid=uuid,
            request_data=request_data,
        ))

    def component_link_domains_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[ComponentLinkDomainsResponseDTO]:
        """``CustomComponent.component_link_domains_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ComponentLinkDomainsResponseDTO]", self._resource.component_link_domains_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def component_unlink_domains(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> RawResponse[DeleteResult]:
        """``CustomComponent.component_unlink_domains``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_unlink_domains(
            uuid=uuid,
            request_data=request_data,
        ))

    def component_notes_list(
        self,
        uuid: str,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.component_notes_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.component_notes_list(
            uuid=uuid,
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_note_details(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.component_note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.component_note_details(
            uuid=uuid,
            id=id,
            note_uuid=note_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_note_delete(self, uuid: str, id: str, note_uuid: str) -> RawResponse[DeleteResult]:
        """``CustomComponent.component_note_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.component_note_delete(
            uuid=uuid,
            id=id,
            note_uuid=note_uuid,
        ))

    def component_note_files_list(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.component_note_files_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.component_note_files_list(
            uuid=uuid,
            id=id,
            note_uuid=note_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_note_file_details(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        file_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.component_note_file_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.component_note_file_details(
            uuid=uuid,
            id=id,
            note_uuid=note_uuid,
            file_uuid=file_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def account_component_notes_list(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[Dict[str, Any]]:
        """``CustomComponent.account_component_notes_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.account_component_notes_list(
            account_id=account_id,
            uuid=uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))


class AsyncCustomComponentRaw(RawResource):
    """``AsyncCustomComponent.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def custom_component_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[CustomComponentResponseDTO]]:
        """``AsyncCustomComponent.custom_component_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomComponentResponseDTO]]", self._resource.custom_component_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def component_note_create(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.component_note_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_note_create(
            uuid=uuid,
            id=id,
            request_data=request_data,
        ))

    def custom_component_details(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[CustomComponentResponseDTO]]:
        """``AsyncCustomComponent.custom_component_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomComponentResponseDTO]]", self._resource.custom_component_details(
            uuid=uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def custom_component_create(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.custom_component_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_component_create(
            uuid=uuid,
            request_data=request_data,
        ))

    def custom_component_uuid_details(
        self,
        id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[CustomComponentResponseDTO]]:
        """``AsyncCustomComponent.custom_component_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomComponentResponseDTO]]", self._resource.custom_component_uuid_details(
            id=id,
            uuid=uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def custom_component_pdf(self, id: str, uuid: str) -> Awaitable[RawResponse[CustomComponentResponseDTO]]:
        """``AsyncCustomComponent.custom_component_pdf``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[CustomComponentResponseDTO]]", self._resource.custom_component_pdf(
            id=id,
            uuid=uuid,
        ))

    def account_component_list(
        self,
        account_id: str,
        component_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.account_component_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.account_component_list(
            account_id=account_id,
            component_uuid=component_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def account_component_details(
        self,
        account_id: str,
        component_uuid: str,
        component_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.account_component_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.account_component_details(
            account_id=account_id,
            component_uuid=component_uuid,
            component_id=component_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def custom_component_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.custom_component_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_component_update(
            uuid=uuid,
            id=id,
            request_data=request_data,
        ))

    def workflow_status(
        self,
        account_uuid: str,
        component_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.workflow_status``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.workflow_status(
            account_uuid=account_uuid,
            component_uuid=component_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_change_status(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.component_change_status``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_change_status(
            component_uuid=component_uuid,
            order_id=order_id,
            request_data=request_data,
        ))

    def component_activity_list(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.component_activity_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.component_activity_list(
            component_uuid=component_uuid,
            order_id=order_id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_activity_create(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.component_activity_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_activity_create(
            component_uuid=component_uuid,
            order_id=order_id,
            request_data=request_data,
        ))

    def component_activity_details(
        self,
        component_uuid: str,
        order_id: str,
        activity_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.component_activity_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.component_activity_details(
            component_uuid=component_uuid,
            order_id=order_id,
            activity_uuid=activity_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def custom_component_delete(self, uuid: str, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.custom_component_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.custom_component_delete(uuid=uuid, id=id))

    def component_express_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.component_express_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_express_update(
            uuid=uuid,
            id=id,
            request_data=request_data,
        ))

    def component_custom_objects_delete(self, uuid: str, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.component_custom_objects_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_custom_objects_delete(
            uuid=uuid,
            id=id,
        ))

    def component_link_domains(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.component_link_domains``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_link_domains(
            uuid=uuid,
            request_data=request_data,
        ))

    def component_link_domains_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[ComponentLinkDomainsResponseDTO]]:
        """``AsyncCustomComponent.component_link_domains_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ComponentLinkDomainsResponseDTO]]", self._resource.component_link_domains_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def component_unlink_domains(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.component_unlink_domains``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_unlink_domains(
            uuid=uuid,
            request_data=request_data,
        ))

    def component_notes_list(
        self,
        uuid: str,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.component_notes_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.component_notes_list(
            uuid=uuid,
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_note_details(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.component_note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.component_note_details(
            uuid=uuid,
            id=id,
            note_uuid=note_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_note_delete(self, uuid: str, id: str, note_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncCustomComponent.component_note_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.component_note_delete(
            uuid=uuid,
            id=id,
            note_uuid=note_uuid,
        ))

    def component_note_files_list(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.component_note_files_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.component_note_files_list(
            uuid=uuid,
            id=id,
            note_uuid=note_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def component_note_file_details(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        file_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.component_note_file_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.component_note_file_details(
            uuid=uuid,
            id=id,
            note_uuid=note_uuid,
            file_uuid=file_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def account_component_notes_list(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncCustomComponent.account_component_notes_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.account_component_notes_list(
            account_id=account_id,
            uuid=uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))
