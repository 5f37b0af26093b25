# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.portal``."""

from typing import Awaitable, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.portal.dto.portal_dto import (
    ReportChangePasswordRequestDTO,
    ReportChangePasswordResponseDTO,
    ReportLoginRequestDTO,
    ReportLoginResponseDTO,
)


class PortalRaw(RawResource):
    """``Portal.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def portal_login(self, request_data: ReportLoginRequestDTO) -> RawResponse[ReportLoginResponseDTO]:
        """``Portal.portal_login``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ReportLoginResponseDTO]", self._resource.portal_login(request_data=request_data))

    def portal_change_password(
        self,
        request_data: ReportChangePasswordRequestDTO,
    ) -> RawResponse[ReportChangePasswordResponseDTO]:
        """``Portal.portal_change_password``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[ReportChangePasswordResponseDTO]", self._resource.portal_change_password(
            request_data=request_data,
        ))


class AsyncPortalRaw(RawResource):
    """``AsyncPortal.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def portal_login(self, request_data: ReportLoginRequestDTO) -> Awaitable[RawResponse[ReportLoginResponseDTO]]:
        """``AsyncPortal.portal_login``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ReportLoginResponseDTO]]", self._resource.portal_login(
            request_data=request_data,
        ))

    def portal_change_password(
        self,
        request_data: ReportChangePasswordRequestDTO,
    ) -> Awaitable[RawResponse[ReportChangePasswordResponseDTO]]:
        """``AsyncPortal.portal_change_password``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[ReportChangePasswordResponseDTO]]", self._resource.portal_change_password(
            request_data=request_data,
        ))
