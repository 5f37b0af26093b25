# generated from api/ — do not edit; run `make generate`
"""``sdk.accounting_codes``: the accounting codes operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.accounting_codes.dto.accounting_codes_dto import (
    AccountingCodeDataDTO,
    AccountingCodeDetailsDTO,
    AccountingCodeListDTO,
)
from exsited.exsited.common.common_enum import SortDirection

if TYPE_CHECKING:
    from exsited.exsited.accounting_codes.accounting_codes_raw import AccountingCodesRaw, AsyncAccountingCodesRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class AccountingCodes(Resource):
    """``sdk.accounting_codes``: the accounting codes operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "AccountingCodesRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.accounting_codes.accounting_codes_raw import AccountingCodesRaw

        return AccountingCodesRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountingCodeListDTO:
        """Lists the accounting codes, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/accounting-codes``

        Returns:
            AccountingCodeListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("AccountingCodeListDTO", self._run(Call("accounting_codes.list", query=query, answer=AccountingCodeListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AccountingCodeDataDTO]:
        """Every accounting code that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounting-codes``

        Yields:
            AccountingCodeDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AccountingCodeDataDTO]", self._iterate(Listing(Call("accounting_codes.list", [], query), limit, offset, AccountingCodeDataDTO)))

    def details(self, uuid: str) -> AccountingCodeDetailsDTO:
        """Reads an accounting code.

        HTTP: ``GET /api/v2/accounting-codes/{uuid}``

        Returns:
            AccountingCodeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("AccountingCodeDetailsDTO", self._run(Call("accounting_codes.details", path, answer=AccountingCodeDetailsDTO)))


class AsyncAccountingCodes(Resource):
    """``sdk.accounting_codes``: the accounting codes operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncAccountingCodesRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.accounting_codes.accounting_codes_raw import AsyncAccountingCodesRaw

        return AsyncAccountingCodesRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountingCodeListDTO]:
        """Lists the accounting codes, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v2/accounting-codes``

        Returns:
            Awaitable of AccountingCodeListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[AccountingCodeListDTO]", self._run(Call("accounting_codes.list", query=query, answer=AccountingCodeListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[AccountingCodeDataDTO]:
        """Every accounting code that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounting-codes``

        Yields:
            AccountingCodeDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AccountingCodeDataDTO]", self._iterate(Listing(Call("accounting_codes.list", [], query), limit, offset, AccountingCodeDataDTO)))

    def details(self, uuid: str) -> Awaitable[AccountingCodeDetailsDTO]:
        """Reads an accounting code.

        HTTP: ``GET /api/v2/accounting-codes/{uuid}``

        Returns:
            Awaitable of AccountingCodeDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[AccountingCodeDetailsDTO]", self._run(Call("accounting_codes.details", path, answer=AccountingCodeDetailsDTO)))
