# generated from api/ — do not edit; run `make generate`
"""``sdk.gift_certificates``: the gift certificates operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

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
    ) -> Any:
        """One page of gift certificates.

        GET /api/v3/gift_certificates

        Returns the answer's JSON as plain data (documented as GiftCertificatesListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("gift_certificates.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates

        Returns the answer's JSON as plain data (documented as GiftCertificateResponseDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("gift_certificates.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of gift certificates.

        GET /api/v3/gift_certificates/{id}

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("gift_certificates.details", path))

    def allocation_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of allocations of the gift certificates.

        GET /api/v3/gift_certificates/{id}/allocations

        Returns the answer's JSON as plain data (documented as GiftCertificateAllocationListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("gift_certificates.allocation_list", path, query=query))

    def allocation_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``allocation_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates/{id}/allocations

        Returns the answer's JSON as plain data (documented as AllocationDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("gift_certificates.allocation_list", path, query, limit, offset, None)))

    def transaction_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of transactions of the gift certificates.

        GET /api/v3/gift_certificates/{id}/transactions

        Returns the answer's JSON as plain data (documented as GiftCertificateTransactionsListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("gift_certificates.transaction_list", path, query=query))

    def transaction_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``transaction_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates/{id}/transactions

        Returns the answer's JSON as plain data (documented as TransactionDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("gift_certificates.transaction_list", path, query, limit, offset, None)))

    def disable(self, id: str) -> Any:
        """Runs disable of the gift certificates.

        POST /api/v3/gift_certificates/{id}/disable

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("gift_certificates.disable", path))

    def enable(self, id: str) -> Any:
        """Runs enable of the gift certificates.

        POST /api/v3/gift_certificates/{id}/enable

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("gift_certificates.enable", path))

    def allocate(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs allocate of the gift certificates.

        POST /api/v3/gift_certificates/{id}/allocate

        Returns the answer's JSON as plain data (documented as GiftCertificateAllocationListDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("gift_certificates.allocate", path, body=body))

    def deallocate(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs deallocate of the gift certificates.

        POST /api/v3/gift_certificates/{id}/deallocate

        Returns the answer's JSON as plain data (documented as GiftCertificateAllocationListDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("gift_certificates.deallocate", path, body=body))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of gift certificates.

        DELETE /api/v3/gift_certificates/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("gift_certificates.delete", path)))

    def amend(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs amend of the gift certificates.

        POST /api/v3/gift_certificates/{id}/amend

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("gift_certificates.amend", path, body=body))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in gift certificates.

        POST /api/v3/gift_certificates

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("gift_certificates.create", body=body))

    def update(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of gift certificates.

        PATCH /api/v3/gift_certificates/{id}

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("gift_certificates.update", path, body=body))


class AsyncGiftCertificates(Resource):
    """``sdk.gift_certificates``: the gift certificates operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of gift certificates.

        GET /api/v3/gift_certificates

        Returns the answer's JSON as plain data (documented as GiftCertificatesListResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates

        Returns the answer's JSON as plain data (documented as GiftCertificateResponseDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("gift_certificates.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of gift certificates.

        GET /api/v3/gift_certificates/{id}

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.details", path)))

    def allocation_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of allocations of the gift certificates.

        GET /api/v3/gift_certificates/{id}/allocations

        Returns the answer's JSON as plain data (documented as GiftCertificateAllocationListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.allocation_list", path, query=query)))

    def allocation_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``allocation_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates/{id}/allocations

        Returns the answer's JSON as plain data (documented as AllocationDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("gift_certificates.allocation_list", path, query, limit, offset, None)))

    def transaction_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of transactions of the gift certificates.

        GET /api/v3/gift_certificates/{id}/transactions

        Returns the answer's JSON as plain data (documented as GiftCertificateTransactionsListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.transaction_list", path, query=query)))

    def transaction_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``transaction_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/gift_certificates/{id}/transactions

        Returns the answer's JSON as plain data (documented as TransactionDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("gift_certificates.transaction_list", path, query, limit, offset, None)))

    def disable(self, id: str) -> Awaitable[Any]:
        """Runs disable of the gift certificates.

        POST /api/v3/gift_certificates/{id}/disable

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.disable", path)))

    def enable(self, id: str) -> Awaitable[Any]:
        """Runs enable of the gift certificates.

        POST /api/v3/gift_certificates/{id}/enable

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.enable", path)))

    def allocate(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs allocate of the gift certificates.

        POST /api/v3/gift_certificates/{id}/allocate

        Returns the answer's JSON as plain data (documented as GiftCertificateAllocationListDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.allocate", path, body=body)))

    def deallocate(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs deallocate of the gift certificates.

        POST /api/v3/gift_certificates/{id}/deallocate

        Returns the answer's JSON as plain data (documented as GiftCertificateAllocationListDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.deallocate", path, body=body)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of gift certificates.

        DELETE /api/v3/gift_certificates/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("gift_certificates.delete", path)))

    def amend(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs amend of the gift certificates.

        POST /api/v3/gift_certificates/{id}/amend

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.amend", path, body=body)))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in gift certificates.

        POST /api/v3/gift_certificates

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.create", body=body)))

    def update(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of gift certificates.

        PATCH /api/v3/gift_certificates/{id}

        Returns the answer's JSON as plain data (documented as GiftCertificateDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("gift_certificates.update", path, body=body)))
