# generated from api/ — do not edit; run `make generate`
"""``sdk.portal``: the portal operations of the documented SDK."""

from typing import Any, Awaitable, Dict, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Portal(Resource):
    """``sdk.portal``: the portal operations of the documented SDK."""

    def portal_login(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in login of the portal.

        POST /api/v3/portal/login

        Returns the answer's JSON as plain data (documented as ReportLoginResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("portal.portal_login", body=body))

    def portal_change_password(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in change password of the portal.

        POST /api/v3/portal/change-password

        Returns the answer's JSON as plain data (documented as ReportChangePasswordResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("portal.portal_change_password", body=body))


class AsyncPortal(Resource):
    """``sdk.portal``: the portal operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def portal_login(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in login of the portal.

        POST /api/v3/portal/login

        Returns the answer's JSON as plain data (documented as ReportLoginResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("portal.portal_login", body=body)))

    def portal_change_password(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in change password of the portal.

        POST /api/v3/portal/change-password

        Returns the answer's JSON as plain data (documented as ReportChangePasswordResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("portal.portal_change_password", body=body)))
