# generated from api/ — do not edit; run `make generate`
"""``sdk.refund``: the refund operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.refund.dto.refund_dto import (
    AccountRefundListDTO,
    RefundDetailsDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.refund.refund_raw import AsyncRefundRaw, RefundRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Refund(Resource):
    """``sdk.refund``: the refund operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "RefundRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.refund.refund_raw import RefundRaw

        return RefundRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RefundDetailsDTO:
        """Lists the refunds, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/refunds``

        Returns:
            RefundDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("RefundDetailsDTO", self._run(Call("refund.list", query=query, answer=RefundDetailsDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every refund that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/refunds``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("refund.list", [], query), limit, offset, None)))

    def details(self, id: str) -> RefundDetailsDTO:
        """Reads a refund.

        HTTP: ``GET /api/v3/refunds/{id}``

        Returns:
            RefundDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("RefundDetailsDTO", self._run(Call("refund.details", path, answer=RefundDetailsDTO)))

    def account_refund_list(self, id: str) -> AccountRefundListDTO:
        """Reads the refunds of an account.

        HTTP: ``GET /api/v3/accounts/{id}/refunds``

        Returns:
            AccountRefundListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("AccountRefundListDTO", self._run(Call("refund.account_refund_list", path, answer=AccountRefundListDTO)))

    def create(self, cn_id: str, request_data: RefundDetailsDTO) -> RefundDetailsDTO:
        """Adds a refund to a credit note.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/credit-notes/{cn_id}/refunds`` (json body)

        Returns:
            RefundDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("cn_id", cn_id)]
        body = args.body("request_data", request_data, (RefundDetailsDTO,))
        return cast("RefundDetailsDTO", self._run(Call("refund.create", path, body=body, answer=RefundDetailsDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes a refund.

        HTTP: ``DELETE /api/v3/refunds/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("refund.delete", path)))

    def refund_update(self, return_id: str, request_data: RefundDetailsDTO) -> RefundDetailsDTO:
        """Updates a refund.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/refunds/{return_id}`` (json body)

        Returns:
            RefundDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("return_id", return_id)]
        body = args.body("request_data", request_data, (RefundDetailsDTO,))
        return cast("RefundDetailsDTO", self._run(Call("refund.refund_update", path, body=body, answer=RefundDetailsDTO)))


class AsyncRefund(Resource):
    """``sdk.refund``: the refund operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncRefundRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.refund.refund_raw import AsyncRefundRaw

        return AsyncRefundRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RefundDetailsDTO]:
        """Lists the refunds, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/refunds``

        Returns:
            Awaitable of RefundDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[RefundDetailsDTO]", self._run(Call("refund.list", query=query, answer=RefundDetailsDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every refund that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/refunds``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("refund.list", [], query), limit, offset, None)))

    def details(self, id: str) -> Awaitable[RefundDetailsDTO]:
        """Reads a refund.

        HTTP: ``GET /api/v3/refunds/{id}``

        Returns:
            Awaitable of RefundDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[RefundDetailsDTO]", self._run(Call("refund.details", path, answer=RefundDetailsDTO)))

    def account_refund_list(self, id: str) -> Awaitable[AccountRefundListDTO]:
        """Reads the refunds of an account.

        HTTP: ``GET /api/v3/accounts/{id}/refunds``

        Returns:
            Awaitable of AccountRefundListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[AccountRefundListDTO]", self._run(Call("refund.account_refund_list", path, answer=AccountRefundListDTO)))

    def create(self, cn_id: str, request_data: RefundDetailsDTO) -> Awaitable[RefundDetailsDTO]:
        """Adds a refund to a credit note.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/credit-notes/{cn_id}/refunds`` (json body)

        Returns:
            Awaitable of RefundDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("cn_id", cn_id)]
        body = args.body("request_data", request_data, (RefundDetailsDTO,))
        return cast("Awaitable[RefundDetailsDTO]", self._run(Call("refund.create", path, body=body, answer=RefundDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes a refund.

        HTTP: ``DELETE /api/v3/refunds/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("refund.delete", path)))

    def refund_update(self, return_id: str, request_data: RefundDetailsDTO) -> Awaitable[RefundDetailsDTO]:
        """Updates a refund.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/refunds/{return_id}`` (json body)

        Returns:
            Awaitable of RefundDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("return_id", return_id)]
        body = args.body("request_data", request_data, (RefundDetailsDTO,))
        return cast("Awaitable[RefundDetailsDTO]", self._run(Call("refund.refund_update", path, body=body, answer=RefundDetailsDTO)))
