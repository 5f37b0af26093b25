# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_refunds``: the purchase refunds operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_refunds.dto.purchase_refunds_dto import (
    PurchaseRefundDTO,
    PurchaseRefundsAccountDetailsDTO,
    PurchaseRefundsDetailsDTO,
    PurchaseRefundsListDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.purchase_refunds.purchase_refunds_raw import AsyncPurchaseRefundsRaw, PurchaseRefundsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchaseRefunds(Resource):
    """``sdk.purchase_refunds``: the purchase refunds operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "PurchaseRefundsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_refunds.purchase_refunds_raw import PurchaseRefundsRaw

        return PurchaseRefundsRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseRefundsListDTO:
        """Lists the purchase refunds, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-refunds``

        Returns:
            PurchaseRefundsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("PurchaseRefundsListDTO", self._run(Call("purchase_refunds.list", query=query, answer=PurchaseRefundsListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PurchaseRefundDTO]:
        """Every purchase refund that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-refunds``

        Yields:
            PurchaseRefundDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchaseRefundDTO]", self._iterate(Listing(Call("purchase_refunds.list", [], query), limit, offset, PurchaseRefundDTO)))

    def details(self, id: str) -> PurchaseRefundsDetailsDTO:
        """Reads a purchase refund.

        HTTP: ``GET /api/v3/purchase-refunds/{id}``

        Returns:
            PurchaseRefundsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PurchaseRefundsDetailsDTO", self._run(Call("purchase_refunds.details", path, answer=PurchaseRefundsDetailsDTO)))

    def account_details(self, id: str) -> PurchaseRefundsAccountDetailsDTO:
        """Reads the purchase refunds of an account.

        HTTP: ``GET /api/v3/accounts/{id}/purchase-refunds``

        Returns:
            PurchaseRefundsAccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PurchaseRefundsAccountDetailsDTO", self._run(Call("purchase_refunds.account_details", path, answer=PurchaseRefundsAccountDetailsDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes a purchase refund.

        HTTP: ``DELETE /api/v3/purchase-refunds/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("purchase_refunds.delete", path)))


class AsyncPurchaseRefunds(Resource):
    """``sdk.purchase_refunds``: the purchase refunds operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncPurchaseRefundsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_refunds.purchase_refunds_raw import AsyncPurchaseRefundsRaw

        return AsyncPurchaseRefundsRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseRefundsListDTO]:
        """Lists the purchase refunds, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/purchase-refunds``

        Returns:
            Awaitable of PurchaseRefundsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[PurchaseRefundsListDTO]", self._run(Call("purchase_refunds.list", query=query, answer=PurchaseRefundsListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PurchaseRefundDTO]:
        """Every purchase refund that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-refunds``

        Yields:
            PurchaseRefundDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchaseRefundDTO]", self._iterate(Listing(Call("purchase_refunds.list", [], query), limit, offset, PurchaseRefundDTO)))

    def details(self, id: str) -> Awaitable[PurchaseRefundsDetailsDTO]:
        """Reads a purchase refund.

        HTTP: ``GET /api/v3/purchase-refunds/{id}``

        Returns:
            Awaitable of PurchaseRefundsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseRefundsDetailsDTO]", self._run(Call("purchase_refunds.details", path, answer=PurchaseRefundsDetailsDTO)))

    def account_details(self, id: str) -> Awaitable[PurchaseRefundsAccountDetailsDTO]:
        """Reads the purchase refunds of an account.

        HTTP: ``GET /api/v3/accounts/{id}/purchase-refunds``

        Returns:
            Awaitable of PurchaseRefundsAccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseRefundsAccountDetailsDTO]", self._run(Call("purchase_refunds.account_details", path, answer=PurchaseRefundsAccountDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes a purchase refund.

        HTTP: ``DELETE /api/v3/purchase-refunds/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_refunds.delete", path)))
