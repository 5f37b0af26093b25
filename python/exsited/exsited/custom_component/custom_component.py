# generated from api/ — do not edit; run `make generate`
"""``sdk.custom_component``: the custom component operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

if TYPE_CHECKING:
    from exsited.exsited.custom_component.custom_component_raw import AsyncCustomComponentRaw, CustomComponentRaw
    from exsited.exsited.setting.dto.setting_dto import ComponentDataDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class CustomComponent(Resource):
    """``sdk.custom_component``: the custom component operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "CustomComponentRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.custom_component.custom_component_raw import CustomComponentRaw

        return CustomComponentRaw(self._raw_copy())

    def custom_component_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> CustomComponentResponseDTO:
        """Lists the components in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/settings/components``

        Returns:
            CustomComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("CustomComponentResponseDTO", self._run(Call("setting.get_settings_components", query=query, version="v3", answer=CustomComponentResponseDTO)))

    def custom_component_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator["ComponentDataDTO"]:
        """Every component in the settings that ``custom_component_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/components``

        Yields:
            ComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ComponentDataDTO]", self._iterate(Listing(Call("setting.get_settings_components", [], query, version="v3"), limit, offset, "exsited.exsited.setting.dto.setting_dto:ComponentDataDTO")))

    def component_note_create(self, uuid: str, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Adds a note to a component.

        ``uuid`` fills ``{component_uuid}``; ``id`` fills ``{order_id}``; ``request_data`` is the
        JSON body.

        HTTP: ``POST /api/v3/component/{component_uuid}/{order_id}/notes`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
        """Lists the records of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/component/{uuid}``

        Returns:
            CustomComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every record of a component that ``custom_component_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/component/{uuid}``

        Yields:
            CustomComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[CustomComponentDataDTO]", self._iterate(Listing(Call("custom_component.custom_component_details", path, query), limit, offset, CustomComponentDataDTO)))

    def custom_component_create(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Sends a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/component/{uuid}`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
        """Lists the records of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/component/{uuid}/{id}``

        Returns:
            CustomComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every record of a component that ``custom_component_uuid_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/component/{uuid}/{id}``

        Yields:
            CustomComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[CustomComponentDataDTO]", self._iterate(Listing(Call("custom_component.custom_component_uuid_details", path, query), limit, offset, CustomComponentDataDTO)))

    def custom_component_pdf(self, id: str, uuid: str) -> CustomComponentResponseDTO:
        """Downloads the PDF of a component.

        HTTP: ``GET /api/v2/component/{uuid}/{id}/pdf``

        Returns:
            CustomComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
    ) -> Dict[str, Any]:
        """Lists the records of a component of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{component_uuid}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.account_component_list", path, query=query)))

    def account_component_list_iter_all(
        self,
        account_id: str,
        component_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of a component of an account that ``account_component_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{component_uuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.account_component_list", path, query), limit, offset, None)))

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
    ) -> Dict[str, Any]:
        """Lists the records of a component of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{component_uuid}/{component_id}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid), args.ident("component_id", component_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.account_component_details", path, query=query)))

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
        """Every record of a component of an account that ``account_component_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{component_uuid}/{component_id}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid), args.ident("component_id", component_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.account_component_details", path, query), limit, offset, None)))

    def custom_component_update(self, uuid: str, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Updates a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v2/component/{uuid}/{id}`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Dict[str, Any]:
        """Lists the status of a component of an account in the workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/account/{account_uuid}/component/{component_uuid}/status``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("account_uuid", account_uuid), args.ident("component_uuid", component_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.workflow_status", path, query=query)))

    def workflow_status_iter_all(
        self,
        account_uuid: str,
        component_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every status of a component of an account in the workflow that ``workflow_status`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/account/{account_uuid}/component/{component_uuid}/status``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_uuid", account_uuid), args.ident("component_uuid", component_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.workflow_status", path, query), limit, offset, None)))

    def component_change_status(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Changes the status of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{component_uuid}/{order_id}/change_status`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Dict[str, Any]:
        """Lists the activity of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/activity``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.component_activity_list", path, query=query)))

    def component_activity_list_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every activity of a component that ``component_activity_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/activity``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_activity_list", path, query), limit, offset, None)))

    def component_activity_create(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Creates the activity of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{component_uuid}/{order_id}/activity`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Dict[str, Any]:
        """Lists the records of an activity of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/activity/{activity_uuid}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id), args.ident("activity_uuid", activity_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.component_activity_details", path, query=query)))

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
        """Every record of an activity of a component that ``component_activity_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/activity/{activity_uuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id), args.ident("activity_uuid", activity_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_activity_details", path, query), limit, offset, None)))

    def custom_component_delete(self, uuid: str, id: str) -> DeleteResult:
        """Deletes a component.

        HTTP: ``DELETE /api/v2/component/{uuid}/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("custom_component.custom_component_delete", path)))

    def component_express_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> DeleteResult:
        """Updates the express of a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/component/{uuid}/{id}/express`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.component_express_update", path, body=body)))

    def component_custom_objects_delete(self, uuid: str, id: str) -> DeleteResult:
        """Deletes the custom objects of a component.

        HTTP: ``DELETE /api/v3/component/{uuid}/{id}/custom_objects``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("custom_component.component_custom_objects_delete", path)))

    def component_link_domains(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Links the domains of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{uuid}/link_domains`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("DeleteResult", self._run(Call("custom_component.component_link_domains", path, body=body)))

    def component_link_domains_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> ComponentLinkDomainsResponseDTO:
        """Updates the link domains of a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/component/{uuid}/link_domains`` (json body)

        Returns:
            ComponentLinkDomainsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("ComponentLinkDomainsResponseDTO", self._run(Call("custom_component.component_link_domains_update", path, body=body, answer=ComponentLinkDomainsResponseDTO)))

    def component_unlink_domains(self, uuid: str, request_data: Union[DTOBase, Dict[str, Any]]) -> DeleteResult:
        """Unlinks the domains of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{uuid}/unlink_domains`` (json body)

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Dict[str, Any]:
        """Lists the notes of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.component_notes_list", path, query=query)))

    def component_notes_list_iter_all(
        self,
        uuid: str,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every note of a component that ``component_notes_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_notes_list", path, query), limit, offset, None)))

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
    ) -> Dict[str, Any]:
        """Lists the records of a note of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.component_note_details", path, query=query)))

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
        """Every record of a note of a component that ``component_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_note_details", path, query), limit, offset, None)))

    def component_note_delete(self, uuid: str, id: str, note_uuid: str) -> DeleteResult:
        """Deletes a note of a component.

        HTTP: ``DELETE /api/v3/component/{uuid}/{id}/notes/{note_uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Dict[str, Any]:
        """Lists the files of a note of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.component_note_files_list", path, query=query)))

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
        """Every file of a note of a component that ``component_note_files_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_note_files_list", path, query), limit, offset, None)))

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
    ) -> Dict[str, Any]:
        """Lists the records of a file of a note of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid), args.ident("file_uuid", file_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.component_note_file_details", path, query=query)))

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
        """Every record of a file of a note of a component that ``component_note_file_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid), args.ident("file_uuid", file_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_note_file_details", path, query), limit, offset, None)))

    def account_component_notes_list(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Dict[str, Any]:
        """Lists the notes of a component of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{uuid}/notes``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("account_id", account_id), args.ident("uuid", uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Dict[str, Any]", self._run(Call("custom_component.account_component_notes_list", path, query=query)))

    def account_component_notes_list_iter_all(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every note of a component of an account that ``account_component_notes_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{uuid}/notes``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id), args.ident("uuid", uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.account_component_notes_list", path, query), limit, offset, None)))


class AsyncCustomComponent(Resource):
    """``sdk.custom_component``: the custom component operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncCustomComponentRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.custom_component.custom_component_raw import AsyncCustomComponentRaw

        return AsyncCustomComponentRaw(self._raw_copy())

    def custom_component_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[CustomComponentResponseDTO]:
        """Lists the components in the settings, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/settings/components``

        Returns:
            Awaitable of CustomComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[CustomComponentResponseDTO]", self._run(Call("setting.get_settings_components", query=query, version="v3", answer=CustomComponentResponseDTO)))

    def custom_component_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator["ComponentDataDTO"]:
        """Every component in the settings that ``custom_component_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/settings/components``

        Yields:
            ComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ComponentDataDTO]", self._iterate(Listing(Call("setting.get_settings_components", [], query, version="v3"), limit, offset, "exsited.exsited.setting.dto.setting_dto:ComponentDataDTO")))

    def component_note_create(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Adds a note to a component.

        ``uuid`` fills ``{component_uuid}``; ``id`` fills ``{order_id}``; ``request_data`` is the
        JSON body.

        HTTP: ``POST /api/v3/component/{component_uuid}/{order_id}/notes`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
        """Lists the records of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/component/{uuid}``

        Returns:
            Awaitable of CustomComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every record of a component that ``custom_component_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/component/{uuid}``

        Yields:
            CustomComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[CustomComponentDataDTO]", self._iterate(Listing(Call("custom_component.custom_component_details", path, query), limit, offset, CustomComponentDataDTO)))

    def custom_component_create(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Sends a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/component/{uuid}`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
        """Lists the records of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/component/{uuid}/{id}``

        Returns:
            Awaitable of CustomComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every record of a component that ``custom_component_uuid_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/component/{uuid}/{id}``

        Yields:
            CustomComponentDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[CustomComponentDataDTO]", self._iterate(Listing(Call("custom_component.custom_component_uuid_details", path, query), limit, offset, CustomComponentDataDTO)))

    def custom_component_pdf(self, id: str, uuid: str) -> Awaitable[CustomComponentResponseDTO]:
        """Downloads the PDF of a component.

        HTTP: ``GET /api/v2/component/{uuid}/{id}/pdf``

        Returns:
            Awaitable of CustomComponentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the records of a component of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{component_uuid}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.account_component_list", path, query=query)))

    def account_component_list_iter_all(
        self,
        account_id: str,
        component_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of a component of an account that ``account_component_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{component_uuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.account_component_list", path, query), limit, offset, None)))

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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the records of a component of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{component_uuid}/{component_id}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid), args.ident("component_id", component_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.account_component_details", path, query=query)))

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
        """Every record of a component of an account that ``account_component_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{component_uuid}/{component_id}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id), args.ident("component_uuid", component_uuid), args.ident("component_id", component_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.account_component_details", path, query), limit, offset, None)))

    def custom_component_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v2/component/{uuid}/{id}`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the status of a component of an account in the workflow, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/workflow/account/{account_uuid}/component/{component_uuid}/status``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("account_uuid", account_uuid), args.ident("component_uuid", component_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.workflow_status", path, query=query)))

    def workflow_status_iter_all(
        self,
        account_uuid: str,
        component_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every status of a component of an account in the workflow that ``workflow_status`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/workflow/account/{account_uuid}/component/{component_uuid}/status``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_uuid", account_uuid), args.ident("component_uuid", component_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.workflow_status", path, query), limit, offset, None)))

    def component_change_status(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Changes the status of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{component_uuid}/{order_id}/change_status`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the activity of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/activity``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.component_activity_list", path, query=query)))

    def component_activity_list_iter_all(
        self,
        component_uuid: str,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every activity of a component that ``component_activity_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/activity``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_activity_list", path, query), limit, offset, None)))

    def component_activity_create(
        self,
        component_uuid: str,
        order_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Creates the activity of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{component_uuid}/{order_id}/activity`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the records of an activity of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/activity/{activity_uuid}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id), args.ident("activity_uuid", activity_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.component_activity_details", path, query=query)))

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
        """Every record of an activity of a component that ``component_activity_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{component_uuid}/{order_id}/activity/{activity_uuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("component_uuid", component_uuid), args.ident("order_id", order_id), args.ident("activity_uuid", activity_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_activity_details", path, query), limit, offset, None)))

    def custom_component_delete(self, uuid: str, id: str) -> Awaitable[DeleteResult]:
        """Deletes a component.

        HTTP: ``DELETE /api/v2/component/{uuid}/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.custom_component_delete", path)))

    def component_express_update(
        self,
        uuid: str,
        id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Updates the express of a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/component/{uuid}/{id}/express`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_express_update", path, body=body)))

    def component_custom_objects_delete(self, uuid: str, id: str) -> Awaitable[DeleteResult]:
        """Deletes the custom objects of a component.

        HTTP: ``DELETE /api/v3/component/{uuid}/{id}/custom_objects``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_custom_objects_delete", path)))

    def component_link_domains(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Links the domains of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{uuid}/link_domains`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[DeleteResult]", self._run(Call("custom_component.component_link_domains", path, body=body)))

    def component_link_domains_update(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[ComponentLinkDomainsResponseDTO]:
        """Updates the link domains of a component.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/component/{uuid}/link_domains`` (json body)

        Returns:
            Awaitable of ComponentLinkDomainsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[ComponentLinkDomainsResponseDTO]", self._run(Call("custom_component.component_link_domains_update", path, body=body, answer=ComponentLinkDomainsResponseDTO)))

    def component_unlink_domains(
        self,
        uuid: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[DeleteResult]:
        """Unlinks the domains of a component.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/component/{uuid}/unlink_domains`` (json body)

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the notes of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.component_notes_list", path, query=query)))

    def component_notes_list_iter_all(
        self,
        uuid: str,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every note of a component that ``component_notes_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_notes_list", path, query), limit, offset, None)))

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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the records of a note of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.component_note_details", path, query=query)))

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
        """Every record of a note of a component that ``component_note_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_note_details", path, query), limit, offset, None)))

    def component_note_delete(self, uuid: str, id: str, note_uuid: str) -> Awaitable[DeleteResult]:
        """Deletes a note of a component.

        HTTP: ``DELETE /api/v3/component/{uuid}/{id}/notes/{note_uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the files of a note of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.component_note_files_list", path, query=query)))

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
        """Every file of a note of a component that ``component_note_files_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_note_files_list", path, query), limit, offset, None)))

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
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the records of a file of a note of a component, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid), args.ident("file_uuid", file_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.component_note_file_details", path, query=query)))

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
        """Every record of a file of a note of a component that ``component_note_file_details`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/component/{uuid}/{id}/notes/{note_uuid}/files/{file_uuid}``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("uuid", uuid), args.ident("id", id), args.ident("note_uuid", note_uuid), args.ident("file_uuid", file_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.component_note_file_details", path, query), limit, offset, None)))

    def account_component_notes_list(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Dict[str, Any]]:
        """Lists the notes of a component of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{uuid}/notes``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("account_id", account_id), args.ident("uuid", uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("custom_component.account_component_notes_list", path, query=query)))

    def account_component_notes_list_iter_all(
        self,
        account_id: str,
        uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every note of a component of an account that ``account_component_notes_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounts/{account_id}/component/{uuid}/notes``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("account_id", account_id), args.ident("uuid", uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("custom_component.account_component_notes_list", path, query), limit, offset, None)))
