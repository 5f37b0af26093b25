# generated from api/ — do not edit; run `make generate`
"""``sdk.portal``: the portal operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, Awaitable, Dict, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.portal.dto.portal_dto import (
    ReportChangePasswordRequestDTO,
    ReportChangePasswordResponseDTO,
    ReportLoginRequestDTO,
    ReportLoginResponseDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.portal.portal_raw import AsyncPortalRaw, PortalRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Portal(Resource):
    """``sdk.portal``: the portal operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "PortalRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.portal.portal_raw import PortalRaw

        return PortalRaw(self._raw_copy())

    def portal_login(self, request_data: ReportLoginRequestDTO) -> ReportLoginResponseDTO:
        """Logs in to the portal.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/portal/login`` (json body)

        Returns:
            ReportLoginResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ReportLoginRequestDTO,))
        return cast("ReportLoginResponseDTO", self._run(Call("portal.portal_login", body=body, answer=ReportLoginResponseDTO)))

    def portal_change_password(self, request_data: ReportChangePasswordRequestDTO) -> ReportChangePasswordResponseDTO:
        """Changes the password in the portal.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/portal/change-password`` (json body)

        Returns:
            ReportChangePasswordResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ReportChangePasswordRequestDTO,))
        return cast("ReportChangePasswordResponseDTO", self._run(Call("portal.portal_change_password", body=body, answer=ReportChangePasswordResponseDTO)))


class AsyncPortal(Resource):
    """``sdk.portal``: the portal operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncPortalRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.portal.portal_raw import AsyncPortalRaw

        return AsyncPortalRaw(self._raw_copy())

    def portal_login(self, request_data: ReportLoginRequestDTO) -> Awaitable[ReportLoginResponseDTO]:
        """Logs in to the portal.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/portal/login`` (json body)

        Returns:
            Awaitable of ReportLoginResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ReportLoginRequestDTO,))
        return cast("Awaitable[ReportLoginResponseDTO]", self._run(Call("portal.portal_login", body=body, answer=ReportLoginResponseDTO)))

    def portal_change_password(
        self,
        request_data: ReportChangePasswordRequestDTO,
    ) -> Awaitable[ReportChangePasswordResponseDTO]:
        """Changes the password in the portal.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/portal/change-password`` (json body)

        Returns:
            Awaitable of ReportChangePasswordResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ReportChangePasswordRequestDTO,))
        return cast("Awaitable[ReportChangePasswordResponseDTO]", self._run(Call("portal.portal_change_password", body=body, answer=ReportChangePasswordResponseDTO)))
