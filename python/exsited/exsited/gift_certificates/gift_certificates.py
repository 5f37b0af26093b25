# generated from api/ — do not edit; run `make generate`
"""``sdk.gift_certificates``: the gift certificates operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class GiftCertificates(Resource):
    """``sdk.gift_certificates``: the gift certificates operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> GiftCertificatesListResponseDTO:
        """One page of gift certificates.

        GET /api/v3/gift_certificates

        Returns GiftCertificatesListResponseDTO.
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
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates

        Returns Iterator[GiftCertificateResponseDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[GiftCertificateResponseDTO]", self._iterate(Listing("gift_certificates.list", [], query, limit, offset, GiftCertificateResponseDTO)))

    def details(self, id: str) -> GiftCertificateDetailsResponseDTO:
        """Reads one record of gift certificates.

        GET /api/v3/gift_certificates/{id}

        Returns GiftCertificateDetailsResponseDTO.
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
        """One page of allocations of the gift certificates.

        GET /api/v3/gift_certificates/{id}/allocations

        Returns GiftCertificateAllocationListDTO.
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
        """Every record of ``allocation_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates/{id}/allocations

        Returns Iterator[AllocationDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AllocationDTO]", self._iterate(Listing("gift_certificates.allocation_list", path, query, limit, offset, AllocationDTO)))

    def transaction_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> GiftCertificateTransactionsListDTO:
        """One page of transactions of the gift certificates.

        GET /api/v3/gift_certificates/{id}/transactions

        Returns GiftCertificateTransactionsListDTO.
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
        """Every record of ``transaction_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates/{id}/transactions

        Returns Iterator[gift_certificates_dto_TransactionDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[gift_certificates_dto_TransactionDTO]", self._iterate(Listing("gift_certificates.transaction_list", path, query, limit, offset, gift_certificates_dto_TransactionDTO)))

    def disable(self, id: str) -> GiftCertificateDetailsDTO:
        """Runs disable of the gift certificates.

        POST /api/v3/gift_certificates/{id}/disable

        Returns GiftCertificateDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.disable", path, answer=GiftCertificateDetailsDTO)))

    def enable(self, id: str) -> GiftCertificateDetailsDTO:
        """Runs enable of the gift certificates.

        POST /api/v3/gift_certificates/{id}/enable

        Returns GiftCertificateDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.enable", path, answer=GiftCertificateDetailsDTO)))

    def allocate(self, id: str, request_data: GiftCertificateDetailsDTO) -> GiftCertificateAllocationListDTO:
        """Runs allocate of the gift certificates.

        POST /api/v3/gift_certificates/{id}/allocate

        Returns GiftCertificateAllocationListDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateAllocationListDTO", self._run(Call("gift_certificates.allocate", path, body=body, answer=GiftCertificateAllocationListDTO)))

    def deallocate(self, id: str, request_data: GiftCertificateDetailsDTO) -> GiftCertificateAllocationListDTO:
        """Runs deallocate of the gift certificates.

        POST /api/v3/gift_certificates/{id}/deallocate

        Returns GiftCertificateAllocationListDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateAllocationListDTO", self._run(Call("gift_certificates.deallocate", path, body=body, answer=GiftCertificateAllocationListDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of gift certificates.

        DELETE /api/v3/gift_certificates/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("gift_certificates.delete", path)))

    def amend(self, id: str, request_data: GiftCertificateDetailsDTO) -> GiftCertificateDetailsDTO:
        """Runs amend of the gift certificates.

        POST /api/v3/gift_certificates/{id}/amend

        Returns GiftCertificateDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.amend", path, body=body, answer=GiftCertificateDetailsDTO)))

    def create(self, request_data: GiftCertificateDetailsDTO) -> GiftCertificateDetailsDTO:
        """Creates a record in gift certificates.

        POST /api/v3/gift_certificates

        Returns GiftCertificateDetailsDTO.
        """
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.create", body=body, answer=GiftCertificateDetailsDTO)))

    def update(self, id: str, request_data: GiftCertificateDetailsDTO) -> GiftCertificateDetailsDTO:
        """Updates one record of gift certificates.

        PATCH /api/v3/gift_certificates/{id}

        Returns GiftCertificateDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("GiftCertificateDetailsDTO", self._run(Call("gift_certificates.update", path, body=body, answer=GiftCertificateDetailsDTO)))


class AsyncGiftCertificates(Resource):
    """``sdk.gift_certificates``: the gift certificates operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[GiftCertificatesListResponseDTO]:
        """One page of gift certificates.

        GET /api/v3/gift_certificates

        Returns Awaitable[GiftCertificatesListResponseDTO].
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
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates

        Returns AsyncIterator[GiftCertificateResponseDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[GiftCertificateResponseDTO]", self._iterate(Listing("gift_certificates.list", [], query, limit, offset, GiftCertificateResponseDTO)))

    def details(self, id: str) -> Awaitable[GiftCertificateDetailsResponseDTO]:
        """Reads one record of gift certificates.

        GET /api/v3/gift_certificates/{id}

        Returns Awaitable[GiftCertificateDetailsResponseDTO].
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
        """One page of allocations of the gift certificates.

        GET /api/v3/gift_certificates/{id}/allocations

        Returns Awaitable[GiftCertificateAllocationListDTO].
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
        """Every record of ``allocation_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates/{id}/allocations

        Returns AsyncIterator[AllocationDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AllocationDTO]", self._iterate(Listing("gift_certificates.allocation_list", path, query, limit, offset, AllocationDTO)))

    def transaction_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[GiftCertificateTransactionsListDTO]:
        """One page of transactions of the gift certificates.

        GET /api/v3/gift_certificates/{id}/transactions

        Returns Awaitable[GiftCertificateTransactionsListDTO].
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
        """Every record of ``transaction_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates/{id}/transactions

        Returns AsyncIterator[gift_certificates_dto_TransactionDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[gift_certificates_dto_TransactionDTO]", self._iterate(Listing("gift_certificates.transaction_list", path, query, limit, offset, gift_certificates_dto_TransactionDTO)))

    def disable(self, id: str) -> Awaitable[GiftCertificateDetailsDTO]:
        """Runs disable of the gift certificates.

        POST /api/v3/gift_certificates/{id}/disable

        Returns Awaitable[GiftCertificateDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.disable", path, answer=GiftCertificateDetailsDTO)))

    def enable(self, id: str) -> Awaitable[GiftCertificateDetailsDTO]:
        """Runs enable of the gift certificates.

        POST /api/v3/gift_certificates/{id}/enable

        Returns Awaitable[GiftCertificateDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.enable", path, answer=GiftCertificateDetailsDTO)))

    def allocate(self, id: str, request_data: GiftCertificateDetailsDTO) -> Awaitable[GiftCertificateAllocationListDTO]:
        """Runs allocate of the gift certificates.

        POST /api/v3/gift_certificates/{id}/allocate

        Returns Awaitable[GiftCertificateAllocationListDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateAllocationListDTO]", self._run(Call("gift_certificates.allocate", path, body=body, answer=GiftCertificateAllocationListDTO)))

    def deallocate(
        self,
        id: str,
        request_data: GiftCertificateDetailsDTO,
    ) -> Awaitable[GiftCertificateAllocationListDTO]:
        """Runs deallocate of the gift certificates.

        POST /api/v3/gift_certificates/{id}/deallocate

        Returns Awaitable[GiftCertificateAllocationListDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateAllocationListDTO]", self._run(Call("gift_certificates.deallocate", path, body=body, answer=GiftCertificateAllocationListDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of gift certificates.

        DELETE /api/v3/gift_certificates/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("gift_certificates.delete", path)))

    def amend(self, id: str, request_data: GiftCertificateDetailsDTO) -> Awaitable[GiftCertificateDetailsDTO]:
        """Runs amend of the gift certificates.

        POST /api/v3/gift_certificates/{id}/amend

        Returns Awaitable[GiftCertificateDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.amend", path, body=body, answer=GiftCertificateDetailsDTO)))

    def create(self, request_data: GiftCertificateDetailsDTO) -> Awaitable[GiftCertificateDetailsDTO]:
        """Creates a record in gift certificates.

        POST /api/v3/gift_certificates

        Returns Awaitable[GiftCertificateDetailsDTO].
        """
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.create", body=body, answer=GiftCertificateDetailsDTO)))

    def update(self, id: str, request_data: GiftCertificateDetailsDTO) -> Awaitable[GiftCertificateDetailsDTO]:
        """Updates one record of gift certificates.

        PATCH /api/v3/gift_certificates/{id}

        Returns Awaitable[GiftCertificateDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (GiftCertificateDetailsDTO,))
        return cast("Awaitable[GiftCertificateDetailsDTO]", self._run(Call("gift_certificates.update", path, body=body, answer=GiftCertificateDetailsDTO)))
