# generated from api/ — do not edit; run `make generate`
"""``sdk.communications``: the communications operations of the documented SDK."""

from typing import Any, Awaitable, Dict, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.communications.dto.communications_dto import (
    EmailBasicRequestDTO,
    EmailBasicResponseDTO,
)

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Communications(Resource):
    """``sdk.communications``: the communications operations of the documented SDK."""

    def send_email(self, request_data: EmailBasicRequestDTO) -> EmailBasicResponseDTO:
        """Sends the email in the communications.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/communications/send-email`` (json body)

        Returns:
            EmailBasicResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (EmailBasicRequestDTO,))
        return cast("EmailBasicResponseDTO", self._run(Call("communications.send_email", body=body, answer=EmailBasicResponseDTO)))


class AsyncCommunications(Resource):
    """``sdk.communications``: the communications operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def send_email(self, request_data: EmailBasicRequestDTO) -> Awaitable[EmailBasicResponseDTO]:
        """Sends the email in the communications.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/communications/send-email`` (json body)

        Returns:
            Awaitable of EmailBasicResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (EmailBasicRequestDTO,))
        return cast("Awaitable[EmailBasicResponseDTO]", self._run(Call("communications.send_email", body=body, answer=EmailBasicResponseDTO)))
