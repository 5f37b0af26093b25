# generated from api/ — do not edit; run `make generate`
"""``sdk.return_merchandise_authorisations``: the return merchandise authorisations operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ReturnMerchandiseAuthorisations(Resource):
    """``sdk.return_merchandise_authorisations``: the return merchandise authorisations operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of return merchandise authorisations.

        GET /api/v3/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as ReturnMerchandiseAuthorisationListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("return_merchandise_authorisations.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as ReturnMerchandiseAuthorisationDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("return_merchandise_authorisations.list", [], query, limit, offset, None)))

    def receive_list(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of receive of the invoices return merchandise authorisations.

        GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive

        Returns the answer's JSON as plain data (documented as ReceiveReturnMerchandiseAuthorisationListDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("return_merchandise_authorisations.receive_list", path, query=query))

    def receive_list_iter_all(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``receive_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive

        Returns the answer's JSON as plain data (documented as ReceiveReturnMerchandiseAuthorisationDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("return_merchandise_authorisations.receive_list", path, query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of return merchandise authorisations.

        GET /api/v3/return-merchandise-authorisations/{id}

        Returns the answer's JSON as plain data (documented as ReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("return_merchandise_authorisations.details", path))

    def receive_details(self, id: str, rma_id: str, rec_id: str) -> Any:
        """Reads one record of receive of the invoices return merchandise authorisations.

        GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive/{rec_id}

        Returns the answer's JSON as plain data (documented as ReceiveReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id), args.ident("rec_id", rec_id)]
        return self._run(Call("return_merchandise_authorisations.receive_details", path))

    def invoice_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of return merchandise authorisations of the invoices.

        GET /api/v2/invoices/{id}/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as InvoiceReturnMerchandiseAuthorisationListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("return_merchandise_authorisations.invoice_list", path, query=query))

    def invoice_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``invoice_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/invoices/{id}/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as ReturnMerchandiseAuthorisationDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("return_merchandise_authorisations.invoice_list", path, query, limit, offset, None)))

    def invoice_rma_details(self, id: str, rma_id: str) -> Any:
        """Reads one record of return merchandise authorisations of the invoices.

        GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}

        Returns the answer's JSON as plain data (documented as InvoiceReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        return self._run(Call("return_merchandise_authorisations.invoice_rma_details", path))

    def invoice_rma_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs return merchandise authorisations of the invoices.

        POST /api/v3/invoices/{id}/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as InvoiceReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("return_merchandise_authorisations.invoice_rma_create", path, body=body))

    def invoice_receive_rma_create(self, id: str, rma_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs receive of the invoices return merchandise authorisations.

        POST /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive

        Returns the answer's JSON as plain data (documented as CreateReceiveReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("return_merchandise_authorisations.invoice_receive_rma_create", path, body=body))


class AsyncReturnMerchandiseAuthorisations(Resource):
    """``sdk.return_merchandise_authorisations``: the return merchandise authorisations operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of return merchandise authorisations.

        GET /api/v3/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as ReturnMerchandiseAuthorisationListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("return_merchandise_authorisations.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as ReturnMerchandiseAuthorisationDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("return_merchandise_authorisations.list", [], query, limit, offset, None)))

    def receive_list(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of receive of the invoices return merchandise authorisations.

        GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive

        Returns the answer's JSON as plain data (documented as ReceiveReturnMerchandiseAuthorisationListDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("return_merchandise_authorisations.receive_list", path, query=query)))

    def receive_list_iter_all(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``receive_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive

        Returns the answer's JSON as plain data (documented as ReceiveReturnMerchandiseAuthorisationDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("return_merchandise_authorisations.receive_list", path, query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of return merchandise authorisations.

        GET /api/v3/return-merchandise-authorisations/{id}

        Returns the answer's JSON as plain data (documented as ReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("return_merchandise_authorisations.details", path)))

    def receive_details(self, id: str, rma_id: str, rec_id: str) -> Awaitable[Any]:
        """Reads one record of receive of the invoices return merchandise authorisations.

        GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive/{rec_id}

        Returns the answer's JSON as plain data (documented as ReceiveReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id), args.ident("rec_id", rec_id)]
        return cast("Awaitable[Any]", self._run(Call("return_merchandise_authorisations.receive_details", path)))

    def invoice_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of return merchandise authorisations of the invoices.

        GET /api/v2/invoices/{id}/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as InvoiceReturnMerchandiseAuthorisationListDTO).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("return_merchandise_authorisations.invoice_list", path, query=query)))

    def invoice_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``invoice_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/invoices/{id}/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as ReturnMerchandiseAuthorisationDTO).
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("return_merchandise_authorisations.invoice_list", path, query, limit, offset, None)))

    def invoice_rma_details(self, id: str, rma_id: str) -> Awaitable[Any]:
        """Reads one record of return merchandise authorisations of the invoices.

        GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}

        Returns the answer's JSON as plain data (documented as InvoiceReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        return cast("Awaitable[Any]", self._run(Call("return_merchandise_authorisations.invoice_rma_details", path)))

    def invoice_rma_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs return merchandise authorisations of the invoices.

        POST /api/v3/invoices/{id}/return-merchandise-authorisations

        Returns the answer's JSON as plain data (documented as InvoiceReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("return_merchandise_authorisations.invoice_rma_create", path, body=body)))

    def invoice_receive_rma_create(
        self,
        id: str,
        rma_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Runs receive of the invoices return merchandise authorisations.

        POST /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive

        Returns the answer's JSON as plain data (documented as CreateReceiveReturnMerchandiseAuthorisationDetailsDTO).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("return_merchandise_authorisations.invoice_receive_rma_create", path, body=body)))
