# generated from api/ — do not edit; run `make generate`
"""``sdk.express``: the express operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, Awaitable, Dict, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.express.dto.express_dto import ExpressDTO
from exsited.exsited.order.dto.order_dto import OrderDetailsDTO

if TYPE_CHECKING:
    from exsited.exsited.express.express_raw import AsyncExpressRaw, ExpressRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Express(Resource):
    """``sdk.express``: the express operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ExpressRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.express.express_raw import ExpressRaw

        return ExpressRaw(self._raw_copy())

    def create(self, request_data: ExpressDTO) -> OrderDetailsDTO:
        """Creates an express.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/express`` (json body)

        Returns:
            OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ExpressDTO,))
        return cast("OrderDetailsDTO", self._run(Call("express.create", body=body, answer=OrderDetailsDTO)))


class AsyncExpress(Resource):
    """``sdk.express``: the express operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncExpressRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.express.express_raw import AsyncExpressRaw

        return AsyncExpressRaw(self._raw_copy())

    def create(self, request_data: ExpressDTO) -> Awaitable[OrderDetailsDTO]:
        """Creates an express.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/express`` (json body)

        Returns:
            Awaitable of OrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ExpressDTO,))
        return cast("Awaitable[OrderDetailsDTO]", self._run(Call("express.create", body=body, answer=OrderDetailsDTO)))
