# generated from api/ — do not edit; run `make generate`
"""``sdk.return_merchandise_authorisations``: the return merchandise authorisations operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.return_merchandise_authorisations.dto.return_merchandise_authorisations_dto import (
    CreateReceiveReturnMerchandiseAuthorisationDetailsDTO,
    CreateReceiveReturnMerchandiseAuthorisationsDTO,
    CreateReturnMerchandiseAuthorisationDTO,
    InvoiceReturnMerchandiseAuthorisationDetailsDTO,
    InvoiceReturnMerchandiseAuthorisationListDTO,
    ReceiveReturnMerchandiseAuthorisationDTO,
    ReceiveReturnMerchandiseAuthorisationDetailsDTO,
    ReceiveReturnMerchandiseAuthorisationListDTO,
    ReturnMerchandiseAuthorisationDTO,
    ReturnMerchandiseAuthorisationDetailsDTO,
    ReturnMerchandiseAuthorisationListDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.return_merchandise_authorisations.return_merchandise_authorisations_raw import AsyncReturnMerchandiseAuthorisationsRaw, ReturnMerchandiseAuthorisationsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ReturnMerchandiseAuthorisations(Resource):
    """``sdk.return_merchandise_authorisations``: the return merchandise authorisations operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ReturnMerchandiseAuthorisationsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.return_merchandise_authorisations.return_merchandise_authorisations_raw import ReturnMerchandiseAuthorisationsRaw

        return ReturnMerchandiseAuthorisationsRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> ReturnMerchandiseAuthorisationListDTO:
        """Lists the return merchandise authorisations, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/return-merchandise-authorisations``

        Returns:
            ReturnMerchandiseAuthorisationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("ReturnMerchandiseAuthorisationListDTO", self._run(Call("return_merchandise_authorisations.list", query=query, answer=ReturnMerchandiseAuthorisationListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ReturnMerchandiseAuthorisationDTO]:
        """Every return merchandise authorisation that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/return-merchandise-authorisations``

        Yields:
            ReturnMerchandiseAuthorisationDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ReturnMerchandiseAuthorisationDTO]", self._iterate(Listing(Call("return_merchandise_authorisations.list", [], query), limit, offset, ReturnMerchandiseAuthorisationDTO)))

    def receive_list(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> ReceiveReturnMerchandiseAuthorisationListDTO:
        """Lists the receive of a return merchandise authorisation of an invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive``

        Returns:
            ReceiveReturnMerchandiseAuthorisationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("ReceiveReturnMerchandiseAuthorisationListDTO", self._run(Call("return_merchandise_authorisations.receive_list", path, query=query, answer=ReceiveReturnMerchandiseAuthorisationListDTO)))

    def receive_list_iter_all(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ReceiveReturnMerchandiseAuthorisationDTO]:
        """Every receive of a return merchandise authorisation of an invoice that ``receive_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive``

        Yields:
            ReceiveReturnMerchandiseAuthorisationDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ReceiveReturnMerchandiseAuthorisationDTO]", self._iterate(Listing(Call("return_merchandise_authorisations.receive_list", path, query), limit, offset, ReceiveReturnMerchandiseAuthorisationDTO)))

    def details(self, id: str) -> ReturnMerchandiseAuthorisationDetailsDTO:
        """Reads a return merchandise authorisation.

        HTTP: ``GET /api/v3/return-merchandise-authorisations/{id}``

        Returns:
            ReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ReturnMerchandiseAuthorisationDetailsDTO", self._run(Call("return_merchandise_authorisations.details", path, answer=ReturnMerchandiseAuthorisationDetailsDTO)))

    def receive_details(self, id: str, rma_id: str, rec_id: str) -> ReceiveReturnMerchandiseAuthorisationDetailsDTO:
        """Reads a receive of a return merchandise authorisation of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive/{rec_id}``

        Returns:
            ReceiveReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id), args.ident("rec_id", rec_id)]
        return cast("ReceiveReturnMerchandiseAuthorisationDetailsDTO", self._run(Call("return_merchandise_authorisations.receive_details", path, answer=ReceiveReturnMerchandiseAuthorisationDetailsDTO)))

    def invoice_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> InvoiceReturnMerchandiseAuthorisationListDTO:
        """Lists the return merchandise authorisations of an invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations``

        Returns:
            InvoiceReturnMerchandiseAuthorisationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("InvoiceReturnMerchandiseAuthorisationListDTO", self._run(Call("return_merchandise_authorisations.invoice_list", path, query=query, answer=InvoiceReturnMerchandiseAuthorisationListDTO)))

    def invoice_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ReturnMerchandiseAuthorisationDTO]:
        """Every return merchandise authorisation of an invoice that ``invoice_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations``

        Yields:
            ReturnMerchandiseAuthorisationDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ReturnMerchandiseAuthorisationDTO]", self._iterate(Listing(Call("return_merchandise_authorisations.invoice_list", path, query), limit, offset, ReturnMerchandiseAuthorisationDTO)))

    def invoice_rma_details(self, id: str, rma_id: str) -> InvoiceReturnMerchandiseAuthorisationDetailsDTO:
        """Reads a return merchandise authorisation of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}``

        Returns:
            InvoiceReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        return cast("InvoiceReturnMerchandiseAuthorisationDetailsDTO", self._run(Call("return_merchandise_authorisations.invoice_rma_details", path, answer=InvoiceReturnMerchandiseAuthorisationDetailsDTO)))

    def invoice_rma_create(
        self,
        id: str,
        request_data: CreateReturnMerchandiseAuthorisationDTO,
    ) -> InvoiceReturnMerchandiseAuthorisationDetailsDTO:
        """Adds a return merchandise authorisation to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{id}/return-merchandise-authorisations`` (json body)

        Returns:
            InvoiceReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (CreateReturnMerchandiseAuthorisationDTO,))
        return cast("InvoiceReturnMerchandiseAuthorisationDetailsDTO", self._run(Call("return_merchandise_authorisations.invoice_rma_create", path, body=body, answer=InvoiceReturnMerchandiseAuthorisationDetailsDTO)))

    def invoice_receive_rma_create(
        self,
        id: str,
        rma_id: str,
        request_data: CreateReceiveReturnMerchandiseAuthorisationsDTO,
    ) -> CreateReceiveReturnMerchandiseAuthorisationDetailsDTO:
        """Receives a return merchandise authorisation of an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive`` (json body)

        Returns:
            CreateReceiveReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        body = args.body("request_data", request_data, (CreateReceiveReturnMerchandiseAuthorisationsDTO,))
        return cast("CreateReceiveReturnMerchandiseAuthorisationDetailsDTO", self._run(Call("return_merchandise_authorisations.invoice_receive_rma_create", path, body=body, answer=CreateReceiveReturnMerchandiseAuthorisationDetailsDTO)))


class AsyncReturnMerchandiseAuthorisations(Resource):
    """``sdk.return_merchandise_authorisations``: the return merchandise authorisations operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncReturnMerchandiseAuthorisationsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.return_merchandise_authorisations.return_merchandise_authorisations_raw import AsyncReturnMerchandiseAuthorisationsRaw

        return AsyncReturnMerchandiseAuthorisationsRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[ReturnMerchandiseAuthorisationListDTO]:
        """Lists the return merchandise authorisations, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/return-merchandise-authorisations``

        Returns:
            Awaitable of ReturnMerchandiseAuthorisationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[ReturnMerchandiseAuthorisationListDTO]", self._run(Call("return_merchandise_authorisations.list", query=query, answer=ReturnMerchandiseAuthorisationListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ReturnMerchandiseAuthorisationDTO]:
        """Every return merchandise authorisation that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/return-merchandise-authorisations``

        Yields:
            ReturnMerchandiseAuthorisationDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ReturnMerchandiseAuthorisationDTO]", self._iterate(Listing(Call("return_merchandise_authorisations.list", [], query), limit, offset, ReturnMerchandiseAuthorisationDTO)))

    def receive_list(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[ReceiveReturnMerchandiseAuthorisationListDTO]:
        """Lists the receive of a return merchandise authorisation of an invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive``

        Returns:
            Awaitable of ReceiveReturnMerchandiseAuthorisationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[ReceiveReturnMerchandiseAuthorisationListDTO]", self._run(Call("return_merchandise_authorisations.receive_list", path, query=query, answer=ReceiveReturnMerchandiseAuthorisationListDTO)))

    def receive_list_iter_all(
        self,
        id: str,
        rma_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ReceiveReturnMerchandiseAuthorisationDTO]:
        """Every receive of a return merchandise authorisation of an invoice that ``receive_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive``

        Yields:
            ReceiveReturnMerchandiseAuthorisationDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ReceiveReturnMerchandiseAuthorisationDTO]", self._iterate(Listing(Call("return_merchandise_authorisations.receive_list", path, query), limit, offset, ReceiveReturnMerchandiseAuthorisationDTO)))

    def details(self, id: str) -> Awaitable[ReturnMerchandiseAuthorisationDetailsDTO]:
        """Reads a return merchandise authorisation.

        HTTP: ``GET /api/v3/return-merchandise-authorisations/{id}``

        Returns:
            Awaitable of ReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ReturnMerchandiseAuthorisationDetailsDTO]", self._run(Call("return_merchandise_authorisations.details", path, answer=ReturnMerchandiseAuthorisationDetailsDTO)))

    def receive_details(
        self,
        id: str,
        rma_id: str,
        rec_id: str,
    ) -> Awaitable[ReceiveReturnMerchandiseAuthorisationDetailsDTO]:
        """Reads a receive of a return merchandise authorisation of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive/{rec_id}``

        Returns:
            Awaitable of ReceiveReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id), args.ident("rec_id", rec_id)]
        return cast("Awaitable[ReceiveReturnMerchandiseAuthorisationDetailsDTO]", self._run(Call("return_merchandise_authorisations.receive_details", path, answer=ReceiveReturnMerchandiseAuthorisationDetailsDTO)))

    def invoice_list(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[InvoiceReturnMerchandiseAuthorisationListDTO]:
        """Lists the return merchandise authorisations of an invoice, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations``

        Returns:
            Awaitable of InvoiceReturnMerchandiseAuthorisationListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[InvoiceReturnMerchandiseAuthorisationListDTO]", self._run(Call("return_merchandise_authorisations.invoice_list", path, query=query, answer=InvoiceReturnMerchandiseAuthorisationListDTO)))

    def invoice_list_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ReturnMerchandiseAuthorisationDTO]:
        """Every return merchandise authorisation of an invoice that ``invoice_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations``

        Yields:
            ReturnMerchandiseAuthorisationDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ReturnMerchandiseAuthorisationDTO]", self._iterate(Listing(Call("return_merchandise_authorisations.invoice_list", path, query), limit, offset, ReturnMerchandiseAuthorisationDTO)))

    def invoice_rma_details(self, id: str, rma_id: str) -> Awaitable[InvoiceReturnMerchandiseAuthorisationDetailsDTO]:
        """Reads a return merchandise authorisation of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}``

        Returns:
            Awaitable of InvoiceReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        return cast("Awaitable[InvoiceReturnMerchandiseAuthorisationDetailsDTO]", self._run(Call("return_merchandise_authorisations.invoice_rma_details", path, answer=InvoiceReturnMerchandiseAuthorisationDetailsDTO)))

    def invoice_rma_create(
        self,
        id: str,
        request_data: CreateReturnMerchandiseAuthorisationDTO,
    ) -> Awaitable[InvoiceReturnMerchandiseAuthorisationDetailsDTO]:
        """Adds a return merchandise authorisation to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{id}/return-merchandise-authorisations`` (json body)

        Returns:
            Awaitable of InvoiceReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (CreateReturnMerchandiseAuthorisationDTO,))
        return cast("Awaitable[InvoiceReturnMerchandiseAuthorisationDetailsDTO]", self._run(Call("return_merchandise_authorisations.invoice_rma_create", path, body=body, answer=InvoiceReturnMerchandiseAuthorisationDetailsDTO)))

    def invoice_receive_rma_create(
        self,
        id: str,
        rma_id: str,
        request_data: CreateReceiveReturnMerchandiseAuthorisationsDTO,
    ) -> Awaitable[CreateReceiveReturnMerchandiseAuthorisationDetailsDTO]:
        """Receives a return merchandise authorisation of an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/invoices/{id}/return-merchandise-authorisations/{rma_id}/receive`` (json body)

        Returns:
            Awaitable of CreateReceiveReturnMerchandiseAuthorisationDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("rma_id", rma_id)]
        body = args.body("request_data", request_data, (CreateReceiveReturnMerchandiseAuthorisationsDTO,))
        return cast("Awaitable[CreateReceiveReturnMerchandiseAuthorisationDetailsDTO]", self._run(Call("return_merchandise_authorisations.invoice_receive_rma_create", path, body=body, answer=CreateReceiveReturnMerchandiseAuthorisationDetailsDTO)))
