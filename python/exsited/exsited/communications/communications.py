# generated from api/ — do not edit; run `make generate`
"""``sdk.communications``: the communications operations of the documented SDK."""

from typing import Any, Awaitable, Dict, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Communications(Resource):
    """``sdk.communications``: the communications operations of the documented SDK."""

    def send_email(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in send email of the communications.

        POST /api/v3/communications/send-email

        Returns the answer's JSON as plain data (documented as EmailBasicResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("communications.send_email", body=body))


class AsyncCommunications(Resource):
    """``sdk.communications``: the communications operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def send_email(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in send email of the communications.

        POST /api/v3/communications/send-email

        Returns the answer's JSON as plain data (documented as EmailBasicResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("communications.send_email", body=body)))
