# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.express``."""

from typing import Awaitable, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.express.dto.express_dto import ExpressDTO
from exsited.exsited.order.dto.order_dto import OrderDetailsDTO


class ExpressRaw(RawResource):
    """``Express.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def create(self, request_data: ExpressDTO) -> RawResponse[OrderDetailsDTO]:
        """``Express.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderDetailsDTO]", self._resource.create(request_data=request_data))


class AsyncExpressRaw(RawResource):
    """``AsyncExpress.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def create(self, request_data: ExpressDTO) -> Awaitable[RawResponse[OrderDetailsDTO]]:
        """``AsyncExpress.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderDetailsDTO]]", self._resource.create(request_data=request_data))
