# generated from api/ — do not edit; run `make generate`
"""``sdk.communications``: the communications operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, Awaitable, Dict, cast

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

if TYPE_CHECKING:
    from exsited.exsited.communications.communications_raw import AsyncCommunicationsRaw, CommunicationsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Communications(Resource):
    """``sdk.communications``: the communications operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "CommunicationsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.communications.communications_raw import CommunicationsRaw

        return CommunicationsRaw(self._raw_copy())

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

    @property
    def with_raw_response(self) -> "AsyncCommunicationsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.communications.communications_raw import AsyncCommunicationsRaw

        return AsyncCommunicationsRaw(self._raw_copy())

    def send_email(self, request_data: EmailBasicRequestDTO) -> Awaitable[EmailBasicResponseDTO]:
        """Sends the email in the communications.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/communications/send-email`` (json body)

        Returns:
            Awaitable of EmailBasicResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (EmailBasicRequestDTO,))
        return cast("Awaitable[EmailBasicResponseDTO]", self._run(Call("communications.send_email", body=body, answer=EmailBasicResponseDTO)))
