# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.accounting_codes``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.accounting_codes.dto.accounting_codes_dto import (
    AccountingCodeDetailsDTO,
    AccountingCodeListDTO,
)
from exsited.exsited.common.common_enum import SortDirection


class AccountingCodesRaw(RawResource):
    """``AccountingCodes.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountingCodeListDTO]:
        """``AccountingCodes.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountingCodeListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, uuid: str) -> RawResponse[AccountingCodeDetailsDTO]:
        """``AccountingCodes.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountingCodeDetailsDTO]", self._resource.details(uuid=uuid))


class AsyncAccountingCodesRaw(RawResource):
    """``AsyncAccountingCodes.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountingCodeListDTO]]:
        """``AsyncAccountingCodes.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountingCodeListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def details(self, uuid: str) -> Awaitable[RawResponse[AccountingCodeDetailsDTO]]:
        """``AsyncAccountingCodes.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountingCodeDetailsDTO]]", self._resource.details(uuid=uuid))
