# generated from api/ — do not edit; run `make generate`
"""``sdk.gift_certificates``: the gift certificates operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.gift_certificates.dto.gift_certificates_dto import (
    AllocationDTO,
    GiftCertificateAllocationListDTO,
    GiftCertificateDetailsDTO,
    GiftCertificateDetailsResponseDTO,
    GiftCertificateResponseDTO,
    GiftCertificateTransactionsListDTO,
    GiftCertificatesListResponseDTO,
    TransactionDTO as gift_certificates_dto_TransactionDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.gift_certificates.gift_certificates_raw import AsyncGiftCertificatesRaw, GiftCertificatesRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class GiftCertificates(Resource):
    """``sdk.gift_certificates``: the gift certificates operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "GiftCertificatesRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.gift_certificates.gift_certificates_raw import GiftCertificatesRaw

        return GiftCertificatesRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> GiftCertificatesListResponseDTO:
        """Lists the gift certificates, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/gift_certificates``

        Returns:
            GiftCertificatesListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("GiftCertificatesListResponseDTO", self._run(Call("gift_certificates.list", query=query, answer=GiftCertificatesListResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[GiftCertificateResponseDTO]:
        """Every gift certificate that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/gift_certificates``

        Yields:
            GiftCertificateResponseDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[GiftCertificateResponseDTO]", self._iterate(Listing(Call("gift_certificates.list", [], query), limit, offset, GiftCertificateResponseDTO)))

    def details(self, id: str) -> GiftCertificateDetailsResponseDTO:
        """Reads a gift certificate.

        HTTP: ``GET /api/v3/gift_certificates/{id}``

        Returns:
            GiftCertificateDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("GiftCertificateDetailsResponseDTO", self._run(Call("gift_certificates.details", path, answer=GiftCertificateDetailsResponseDTO)))

    def allocation_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> GiftCertificateAllocationListDTO:
        """Lists the allocations of a gift certificate, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/gift_certificates/{id}/allocations``

        Returns:
            GiftCertificateAllocationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("GiftCertificateAllocationListDTO", self._run(Call("gift_certificates.allocation_list", path, query=query, answer=GiftCertificateAllocationListDTO)))

    def allocation_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AllocationDTO]:
        """Every allocation of a gift certificate that ``allocation_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/gift_certificates/{id}/allocations``

        Yields:
            AllocationDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AllocationDTO]", self._iterate(Listing(Call("gift_certificates.allocation_list", path, query), limit, offset, AllocationDTO)))

    def transaction_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> GiftCertificateTransactionsListDTO:
        """Lists the transactions of a gift certificate, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/gift_certificates/{id}/transactions``

        Returns:
            GiftCertificateTransactionsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("GiftCertificateTransactionsListDTO", self._run(Call("gift_certificates.transaction_list", path, query=query, answer=GiftCertificateTransactionsListDTO)))

    def transaction_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[gift_certificates_dto_TransactionDTO]:
        """Every transaction of a gift certificate that ``transaction_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/gift_certificates/{id}/transactions``

        Yields:
            gift_certificates_dto_TransactionDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[gift_certificates_dto_TransactionDTO]", self._iterate(Listing(Call("gift_certificates.transaction_list", path, query), limit, offset, gift_certificates_dto_TransactionDTO)))

    def disable(self, id: str) -> GiftCertificateDetailsDTO:
        """Disables a gift certificate.

        HTTP: ``POST /api/v3/gift_certificates/{id}/disable``

        Returns:
            GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.disable", path, answer=GiftCertificateDetailsDTO)))

    def enable(self, id: str) -> GiftCertificateDetailsDTO:
        """Enables a gift certificate.

        HTTP: ``POST /api/v3/gift_certificates/{id}/enable``

        Returns:
            GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.enable", path, answer=GiftCertificateDetailsDTO)))

    def allocate(self, id: str, request_data: GiftCertificateDetailsDTO) -> GiftCertificateAllocationListDTO:
        """Allocates a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/gift_certificates/{id}/allocate`` (json body)

        Returns:
            GiftCertificateAllocationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateAllocationListDTO", self._run(Call("gift_certificates.allocate", path, body=body, answer=GiftCertificateAllocationListDTO)))

    def deallocate(self, id: str, request_data: GiftCertificateDetailsDTO) -> GiftCertificateAllocationListDTO:
        """Deallocates a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/gift_certificates/{id}/deallocate`` (json body)

        Returns:
            GiftCertificateAllocationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateAllocationListDTO", self._run(Call("gift_certificates.deallocate", path, body=body, answer=GiftCertificateAllocationListDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes a gift certificate.

        HTTP: ``DELETE /api/v3/gift_certificates/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("gift_certificates.delete", path)))

    def amend(self, id: str, request_data: GiftCertificateDetailsDTO) -> GiftCertificateDetailsDTO:
        """Amends a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/gift_certificates/{id}/amend`` (json body)

        Returns:
            GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.amend", path, body=body, answer=GiftCertificateDetailsDTO)))

    def create(self, request_data: GiftCertificateDetailsDTO) -> GiftCertificateDetailsDTO:
        """Creates a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/gift_certificates`` (json body)

        Returns:
            GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.create", body=body, answer=GiftCertificateDetailsDTO)))

    def update(self, id: str, request_data: GiftCertificateDetailsDTO) -> GiftCertificateDetailsDTO:
        """Updates a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/gift_certificates/{id}`` (json body)

        Returns:
            GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.update", path, body=body, answer=GiftCertificateDetailsDTO)))


class AsyncGiftCertificates(Resource):
    """``sdk.gift_certificates``: the gift certificates operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncGiftCertificatesRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.gift_certificates.gift_certificates_raw import AsyncGiftCertificatesRaw

        return AsyncGiftCertificatesRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[GiftCertificatesListResponseDTO]:
        """Lists the gift certificates, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/gift_certificates``

        Returns:
            Awaitable of GiftCertificatesListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[GiftCertificatesListResponseDTO]", self._run(Call("gift_certificates.list", query=query, answer=GiftCertificatesListResponseDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[GiftCertificateResponseDTO]:
        """Every gift certificate that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/gift_certificates``

        Yields:
            GiftCertificateResponseDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[GiftCertificateResponseDTO]", self._iterate(Listing(Call("gift_certificates.list", [], query), limit, offset, GiftCertificateResponseDTO)))

    def details(self, id: str) -> Awaitable[GiftCertificateDetailsResponseDTO]:
        """Reads a gift certificate.

        HTTP: ``GET /api/v3/gift_certificates/{id}``

        Returns:
            Awaitable of GiftCertificateDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[GiftCertificateDetailsResponseDTO]", self._run(Call("gift_certificates.details", path, answer=GiftCertificateDetailsResponseDTO)))

    def allocation_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[GiftCertificateAllocationListDTO]:
        """Lists the allocations of a gift certificate, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/gift_certificates/{id}/allocations``

        Returns:
            Awaitable of GiftCertificateAllocationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[GiftCertificateAllocationListDTO]", self._run(Call("gift_certificates.allocation_list", path, query=query, answer=GiftCertificateAllocationListDTO)))

    def allocation_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[AllocationDTO]:
        """Every allocation of a gift certificate that ``allocation_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/gift_certificates/{id}/allocations``

        Yields:
            AllocationDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AllocationDTO]", self._iterate(Listing(Call("gift_certificates.allocation_list", path, query), limit, offset, AllocationDTO)))

    def transaction_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[GiftCertificateTransactionsListDTO]:
        """Lists the transactions of a gift certificate, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/gift_certificates/{id}/transactions``

        Returns:
            Awaitable of GiftCertificateTransactionsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[GiftCertificateTransactionsListDTO]", self._run(Call("gift_certificates.transaction_list", path, query=query, answer=GiftCertificateTransactionsListDTO)))

    def transaction_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[gift_certificates_dto_TransactionDTO]:
        """Every transaction of a gift certificate that ``transaction_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/gift_certificates/{id}/transactions``

        Yields:
            gift_certificates_dto_TransactionDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[gift_certificates_dto_TransactionDTO]", self._iterate(Listing(Call("gift_certificates.transaction_list", path, query), limit, offset, gift_certificates_dto_TransactionDTO)))

    def disable(self, id: str) -> Awaitable[GiftCertificateDetailsDTO]:
        """Disables a gift certificate.

        HTTP: ``POST /api/v3/gift_certificates/{id}/disable``

        Returns:
            Awaitable of GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.disable", path, answer=GiftCertificateDetailsDTO)))

    def enable(self, id: str) -> Awaitable[GiftCertificateDetailsDTO]:
        """Enables a gift certificate.

        HTTP: ``POST /api/v3/gift_certificates/{id}/enable``

        Returns:
            Awaitable of GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.enable", path, answer=GiftCertificateDetailsDTO)))

    def allocate(self, id: str, request_data: GiftCertificateDetailsDTO) -> Awaitable[GiftCertificateAllocationListDTO]:
        """Allocates a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/gift_certificates/{id}/allocate`` (json body)

        Returns:
            Awaitable of GiftCertificateAllocationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateAllocationListDTO]", self._run(Call("gift_certificates.allocate", path, body=body, answer=GiftCertificateAllocationListDTO)))

    def deallocate(
        self,
        id: str,
        request_data: GiftCertificateDetailsDTO,
    ) -> Awaitable[GiftCertificateAllocationListDTO]:
        """Deallocates a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/gift_certificates/{id}/deallocate`` (json body)

        Returns:
            Awaitable of GiftCertificateAllocationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateAllocationListDTO]", self._run(Call("gift_certificates.deallocate", path, body=body, answer=GiftCertificateAllocationListDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes a gift certificate.

        HTTP: ``DELETE /api/v3/gift_certificates/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("gift_certificates.delete", path)))

    def amend(self, id: str, request_data: GiftCertificateDetailsDTO) -> Awaitable[GiftCertificateDetailsDTO]:
        """Amends a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/gift_certificates/{id}/amend`` (json body)

        Returns:
            Awaitable of GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.amend", path, body=body, answer=GiftCertificateDetailsDTO)))

    def create(self, request_data: GiftCertificateDetailsDTO) -> Awaitable[GiftCertificateDetailsDTO]:
        """Creates a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/gift_certificates`` (json body)

        Returns:
            Awaitable of GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.create", body=body, answer=GiftCertificateDetailsDTO)))

    def update(self, id: str, request_data: GiftCertificateDetailsDTO) -> Awaitable[GiftCertificateDetailsDTO]:
        """Updates a gift certificate.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/gift_certificates/{id}`` (json body)

        Returns:
            Awaitable of GiftCertificateDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.update", path, body=body, answer=GiftCertificateDetailsDTO)))
