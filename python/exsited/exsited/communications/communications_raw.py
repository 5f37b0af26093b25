# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.communications``."""

from typing import Awaitable, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.communications.dto.communications_dto import (
    EmailBasicRequestDTO,
    EmailBasicResponseDTO,
)


class CommunicationsRaw(RawResource):
    """``Communications.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def send_email(self, request_data: EmailBasicRequestDTO) -> RawResponse[EmailBasicResponseDTO]:
        """``Communications.send_email``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EmailBasicResponseDTO]", self._resource.send_email(request_data=request_data))


class AsyncCommunicationsRaw(RawResource):
    """``AsyncCommunications.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def send_email(self, request_data: EmailBasicRequestDTO) -> Awaitable[RawResponse[EmailBasicResponseDTO]]:
        """``AsyncCommunications.send_email``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EmailBasicResponseDTO]]", self._resource.send_email(
            request_data=request_data,
        ))
