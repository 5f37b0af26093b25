# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_component``: the custom component operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.custom_component.dto.custom_component_dto import (
    ComponentLinkDomainsResponseDTO,
    CustomComponentDataDTO,
    CustomComponentResponseDTO,
)
from exsited.exsited.setting.dto.setting_dto import ComponentDataDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomComponent(Resource):
    """``sdk.custom_component``: the custom component operations of the documented SDK."""

    def custom_component_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> CustomComponentResponseDTO:
        """One page of components of the settings.

        GET /api/v3/settings/components

        Returns CustomComponentResponseDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("CustomComponentResponseDTO", self._run(Call("setting.get_settings_components", query=query, version="v3", answer=CustomComponentResponseDTO)))

    def custom_component_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ComponentDataDTO]:
        """Every record of ``custom_component_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/components

        Returns Iterator[ComponentDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ComponentDataDTO]", self._iterate(Listing("setting.get_settings_components", [], query, limit, offset, ComponentDataDTO)))

    def component_note_create(self, uuid: str, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Runs notes of the component.

        POST /api/v3/component/{component_uuid}/{order_id}/notes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("notes_more.component_add_notes", path, body=body)))

    def custom_component_details(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> CustomComponentResponseDTO:
        """One page of component.

        GET /api/v2/component/{uuid}

        Returns CustomComponentResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("CustomComponentResponseDTO", self._run(Call("custom_component.custom_component_details", path, query=query, answer=CustomComponentResponseDTO)))

    def custom_component_details_iter_all(
        self,
        uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[CustomComponentDataDTO]:
        """Every record of ``custom_component_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/component/{uuid}

        Returns Iterator[CustomComponentDataDTO].
        """
        path = [args.ident("uuid", uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[CustomComponentDataDTO]", self._iterate(Listing("custom_component.custom_component_details", path, query, limit, offset, CustomComponentDataDTO)))

    def custom_component_create(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Runs component.

        POST /api/v2/component/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.custom_component_create", path, body=body)))

    def custom_component_uuid_details(
        self,
        id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> CustomComponentResponseDTO:
        """One page of component.

        GET /api/v2/component/{uuid}/{id}

        Returns CustomComponentResponseDTO.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("CustomComponentResponseDTO", self._run(Call("custom_component.custom_component_uuid_details", path, query=query, answer=CustomComponentResponseDTO)))

    def custom_component_uuid_details_iter_all(
        self,
        id: str,
        uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[CustomComponentDataDTO]:
        """Every record of ``custom_component_uuid_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/component/{uuid}/{id}

        Returns Iterator[CustomComponentDataDTO].
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[CustomComponentDataDTO]", self._iterate(Listing("custom_component.custom_component_uuid_details", path, query, limit, offset, CustomComponentDataDTO)))

    def custom_component_pdf(self, id: str, uuid: str) -> CustomComponentResponseDTO:
        """Reads the pdf of the component.

        GET /api/v2/component/{uuid}/{id}/pdf

        Returns CustomComponentResponseDTO.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("CustomComponentResponseDTO", self._run(Call("custom_component.custom_component_pdf", path, answer=CustomComponentResponseDTO)))

    def account_component_list(
        self,
        account_id: str,
        component_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of component of the accounts.

        GET /api/v2/accounts/{account_id}/component/{component_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.account_component_list", path, query=query))

    def account_component_list_iter_all(
        self,
        account_id: str,
        component_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``account_component_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/accounts/{account_id}/component/{component_uuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.account_component_list", path, query, limit, offset, None)))

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
    ) -> Any:
        """One page of component of the accounts.

        GET /api/v2/accounts/{account_id}/component/{component_uuid}/{component_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid), args.ident("component_id", component_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.account_component_details", path, query=query))

    def account_component_details_iter_all(
        self,
        account_id: str,
        component_uuid: str,
        component_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``account_component_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/accounts/{account_id}/component/{component_uuid}/{component_id}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid), args.ident("component_id", component_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.account_component_details", path, query, limit, offset, None)))

    def custom_component_update(self, uuid: str, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Updates one record of component.

        PATCH /api/v2/component/{uuid}/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.custom_component_update", path, body=body)))

    def workflow_status(
        self,
        account_uuid: str,
        component_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of status of the workflow account component.

        GET /api/v2/workflow/account/{account_uuid}/component/{component_uuid}/status

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("account_uuid", account_uuid), args.ident("component_uuid", component_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.workflow_status", path, query=query))

    def workflow_status_iter_all(
        self,
        account_uuid: str,
        component_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``workflow_status``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/account/{account_uuid}/component/{component_uuid}/status

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("account_uuid", account_uuid), args.ident("component_uuid", component_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.workflow_status", path, query, limit, offset, None)))

    def component_change_status(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Runs change status of the component.

        POST /api/v3/component/{component_uuid}/{order_id}/change_status

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.component_change_status", path, body=body)))

    def component_activity_list(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of activity of the component.

        GET /api/v3/component/{component_uuid}/{order_id}/activity

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.component_activity_list", path, query=query))

    def component_activity_list_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``component_activity_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{component_uuid}/{order_id}/activity

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_activity_list", path, query, limit, offset, None)))

    def component_activity_create(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Runs activity of the component.

        POST /api/v3/component/{component_uuid}/{order_id}/activity

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.component_activity_create", path, body=body)))

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
    ) -> Any:
        """One page of activity of the component.

        GET /api/v3/component/{component_uuid}/{order_id}/activity/{activity_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id), args.ident("activity_uuid", activity_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.component_activity_details", path, query=query))

    def component_activity_details_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        activity_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``component_activity_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{component_uuid}/{order_id}/activity/{activity_uuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id), args.ident("activity_uuid", activity_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_activity_details", path, query, limit, offset, None)))

    def custom_component_delete(self, uuid: str, id: str) -> DeleteResult:
        """Deletes one record of component.

        DELETE /api/v2/component/{uuid}/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("custom_component.custom_component_delete", path)))

    def component_express_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Updates the express of the component.

        PATCH /api/v3/component/{uuid}/{id}/express

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.component_express_update", path, body=body)))

    def component_custom_objects_delete(self, uuid: str, id: str) -> DeleteResult:
        """Deletes the custom objects of the component.

        DELETE /api/v3/component/{uuid}/{id}/custom_objects

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("custom_component.component_custom_objects_delete", path)))

    def component_link_domains(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Runs link domains of the component.

        POST /api/v3/component/{uuid}/link_domains

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.component_link_domains", path, body=body)))

    def component_link_domains_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> ComponentLinkDomainsResponseDTO:
        """Updates the link domains of the component.

        PATCH /api/v3/component/{uuid}/link_domains

        Returns ComponentLinkDomainsResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("ComponentLinkDomainsResponseDTO", self._run(Call("custom_component.component_link_domains_update", path, body=body, answer=ComponentLinkDomainsResponseDTO)))

    def component_unlink_domains(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Runs unlink domains of the component.

        POST /api/v3/component/{uuid}/unlink_domains

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.component_unlink_domains", path, body=body)))

    def component_notes_list(
        self,
        uuid: str,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of notes of the component.

        GET /api/v3/component/{uuid}/{id}/notes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.component_notes_list", path, query=query))

    def component_notes_list_iter_all(
        self,
        uuid: str,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``component_notes_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{uuid}/{id}/notes

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_notes_list", path, query, limit, offset, None)))

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
    ) -> Any:
        """One page of notes of the component.

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.component_note_details", path, query=query))

    def component_note_details_iter_all(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``component_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_note_details", path, query, limit, offset, None)))

    def component_note_delete(self, uuid: str, id: str, note_uuid: str) -> DeleteResult:
        """Deletes one record of notes of the component.

        DELETE /api/v3/component/{uuid}/{id}/notes/{note_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        return cast("DeleteResult", self._run(Call("custom_component.component_note_delete", path)))

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
    ) -> Any:
        """One page of files of the component notes.

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.component_note_files_list", path, query=query))

    def component_note_files_list_iter_all(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``component_note_files_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_note_files_list", path, query, limit, offset, None)))

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
    ) -> Any:
        """One page of files of the component notes.

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid), args.ident("file_uuid", file_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.component_note_file_details", path, query=query))

    def component_note_file_details_iter_all(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        file_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``component_note_file_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid), args.ident("file_uuid", file_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_note_file_details", path, query, limit, offset, None)))

    def account_component_notes_list(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of notes of the accounts component.

        GET /api/v2/accounts/{account_id}/component/{uuid}/notes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("account_id", account_id), args.ident("uuid", uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("custom_component.account_component_notes_list", path, query=query))

    def account_component_notes_list_iter_all(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``account_component_notes_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/accounts/{account_id}/component/{uuid}/notes

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("account_id", account_id), args.ident("uuid", uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("custom_component.account_component_notes_list", path, query, limit, offset, None)))


class AsyncCustomComponent(Resource):
    """``sdk.custom_component``: the custom component operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def custom_component_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomComponentResponseDTO]:
        """One page of components of the settings.

        GET /api/v3/settings/components

        Returns Awaitable[CustomComponentResponseDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[CustomComponentResponseDTO]", self._run(Call("setting.get_settings_components", query=query, version="v3", answer=CustomComponentResponseDTO)))

    def custom_component_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ComponentDataDTO]:
        """Every record of ``custom_component_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/settings/components

        Returns AsyncIterator[ComponentDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ComponentDataDTO]", self._iterate(Listing("setting.get_settings_components", [], query, limit, offset, ComponentDataDTO)))

    def component_note_create(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs notes of the component.

        POST /api/v3/component/{component_uuid}/{order_id}/notes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("notes_more.component_add_notes", path, body=body)))

    def custom_component_details(
        self,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomComponentResponseDTO]:
        """One page of component.

        GET /api/v2/component/{uuid}

        Returns Awaitable[CustomComponentResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[CustomComponentResponseDTO]", self._run(Call("custom_component.custom_component_details", path, query=query, answer=CustomComponentResponseDTO)))

    def custom_component_details_iter_all(
        self,
        uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[CustomComponentDataDTO]:
        """Every record of ``custom_component_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/component/{uuid}

        Returns AsyncIterator[CustomComponentDataDTO].
        """
        path = [args.ident("uuid", uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[CustomComponentDataDTO]", self._iterate(Listing("custom_component.custom_component_details", path, query, limit, offset, CustomComponentDataDTO)))

    def custom_component_create(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs component.

        POST /api/v2/component/{uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.custom_component_create", path, body=body)))

    def custom_component_uuid_details(
        self,
        id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomComponentResponseDTO]:
        """One page of component.

        GET /api/v2/component/{uuid}/{id}

        Returns Awaitable[CustomComponentResponseDTO].
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[CustomComponentResponseDTO]", self._run(Call("custom_component.custom_component_uuid_details", path, query=query, answer=CustomComponentResponseDTO)))

    def custom_component_uuid_details_iter_all(
        self,
        id: str,
        uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[CustomComponentDataDTO]:
        """Every record of ``custom_component_uuid_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/component/{uuid}/{id}

        Returns AsyncIterator[CustomComponentDataDTO].
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[CustomComponentDataDTO]", self._iterate(Listing("custom_component.custom_component_uuid_details", path, query, limit, offset, CustomComponentDataDTO)))

    def custom_component_pdf(self, id: str, uuid: str) -> Awaitable[CustomComponentResponseDTO]:
        """Reads the pdf of the component.

        GET /api/v2/component/{uuid}/{id}/pdf

        Returns Awaitable[CustomComponentResponseDTO].
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("Awaitable[CustomComponentResponseDTO]", self._run(Call("custom_component.custom_component_pdf", path, answer=CustomComponentResponseDTO)))

    def account_component_list(
        self,
        account_id: str,
        component_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of component of the accounts.

        GET /api/v2/accounts/{account_id}/component/{component_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.account_component_list", path, query=query)))

    def account_component_list_iter_all(
        self,
        account_id: str,
        component_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``account_component_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/accounts/{account_id}/component/{component_uuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.account_component_list", path, query, limit, offset, None)))

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
    ) -> Awaitable[Any]:
        """One page of component of the accounts.

        GET /api/v2/accounts/{account_id}/component/{component_uuid}/{component_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid), args.ident("component_id", component_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.account_component_details", path, query=query)))

    def account_component_details_iter_all(
        self,
        account_id: str,
        component_uuid: str,
        component_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``account_component_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/accounts/{account_id}/component/{component_uuid}/{component_id}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid), args.ident("component_id", component_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.account_component_details", path, query, limit, offset, None)))

    def custom_component_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates one record of component.

        PATCH /api/v2/component/{uuid}/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.custom_component_update", path, body=body)))

    def workflow_status(
        self,
        account_uuid: str,
        component_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of status of the workflow account component.

        GET /api/v2/workflow/account/{account_uuid}/component/{component_uuid}/status

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("account_uuid", account_uuid), args.ident("component_uuid", component_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.workflow_status", path, query=query)))

    def workflow_status_iter_all(
        self,
        account_uuid: str,
        component_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``workflow_status``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/workflow/account/{account_uuid}/component/{component_uuid}/status

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("account_uuid", account_uuid), args.ident("component_uuid", component_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.workflow_status", path, query, limit, offset, None)))

    def component_change_status(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs change status of the component.

        POST /api/v3/component/{component_uuid}/{order_id}/change_status

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_change_status", path, body=body)))

    def component_activity_list(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of activity of the component.

        GET /api/v3/component/{component_uuid}/{order_id}/activity

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.component_activity_list", path, query=query)))

    def component_activity_list_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``component_activity_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{component_uuid}/{order_id}/activity

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_activity_list", path, query, limit, offset, None)))

    def component_activity_create(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs activity of the component.

        POST /api/v3/component/{component_uuid}/{order_id}/activity

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_activity_create", path, body=body)))

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
    ) -> Awaitable[Any]:
        """One page of activity of the component.

        GET /api/v3/component/{component_uuid}/{order_id}/activity/{activity_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id), args.ident("activity_uuid", activity_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.component_activity_details", path, query=query)))

    def component_activity_details_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        activity_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``component_activity_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{component_uuid}/{order_id}/activity/{activity_uuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id), args.ident("activity_uuid", activity_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_activity_details", path, query, limit, offset, None)))

    def custom_component_delete(self, uuid: str, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of component.

        DELETE /api/v2/component/{uuid}/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.custom_component_delete", path)))

    def component_express_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates the express of the component.

        PATCH /api/v3/component/{uuid}/{id}/express

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_express_update", path, body=body)))

    def component_custom_objects_delete(self, uuid: str, id: str) -> Awaitable[DeleteResult]:
        """Deletes the custom objects of the component.

        DELETE /api/v3/component/{uuid}/{id}/custom_objects

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_custom_objects_delete", path)))

    def component_link_domains(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs link domains of the component.

        POST /api/v3/component/{uuid}/link_domains

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_link_domains", path, body=body)))

    def component_link_domains_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[ComponentLinkDomainsResponseDTO]:
        """Updates the link domains of the component.

        PATCH /api/v3/component/{uuid}/link_domains

        Returns Awaitable[ComponentLinkDomainsResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[ComponentLinkDomainsResponseDTO]", self._run(Call("custom_component.component_link_domains_update", path, body=body, answer=ComponentLinkDomainsResponseDTO)))

    def component_unlink_domains(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Runs unlink domains of the component.

        POST /api/v3/component/{uuid}/unlink_domains

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_unlink_domains", path, body=body)))

    def component_notes_list(
        self,
        uuid: str,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of notes of the component.

        GET /api/v3/component/{uuid}/{id}/notes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.component_notes_list", path, query=query)))

    def component_notes_list_iter_all(
        self,
        uuid: str,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``component_notes_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{uuid}/{id}/notes

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_notes_list", path, query, limit, offset, None)))

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
    ) -> Awaitable[Any]:
        """One page of notes of the component.

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.component_note_details", path, query=query)))

    def component_note_details_iter_all(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``component_note_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_note_details", path, query, limit, offset, None)))

    def component_note_delete(self, uuid: str, id: str, note_uuid: str) -> Awaitable[DeleteResult]:
        """Deletes one record of notes of the component.

        DELETE /api/v3/component/{uuid}/{id}/notes/{note_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_note_delete", path)))

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
    ) -> Awaitable[Any]:
        """One page of files of the component notes.

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.component_note_files_list", path, query=query)))

    def component_note_files_list_iter_all(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``component_note_files_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_note_files_list", path, query, limit, offset, None)))

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
    ) -> Awaitable[Any]:
        """One page of files of the component notes.

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid), args.ident("file_uuid", file_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.component_note_file_details", path, query=query)))

    def component_note_file_details_iter_all(
        self,
        uuid: str,
        id: str,
        note_uuid: str,
        file_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``component_note_file_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid), args.ident("file_uuid", file_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.component_note_file_details", path, query, limit, offset, None)))

    def account_component_notes_list(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of notes of the accounts component.

        GET /api/v2/accounts/{account_id}/component/{uuid}/notes

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("account_id", account_id), args.ident("uuid", uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("custom_component.account_component_notes_list", path, query=query)))

    def account_component_notes_list_iter_all(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``account_component_notes_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/accounts/{account_id}/component/{uuid}/notes

        Returns the answer's JSON as plain data (documented as dict).
        """
        path = [args.ident("account_id", account_id), args.ident("uuid", uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("custom_component.account_component_notes_list", path, query, limit, offset, None)))
