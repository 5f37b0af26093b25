# generated from api/ — do not edit; run `make generate`
"""``sdk.proforma_invoice``: the proforma invoice operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.payment.dto.payment_dto import PaymentCreateDTO
from exsited.exsited.proforma_invoice.dto.proforma_invoice_dto import (
    ProformaInvoiceDTO,
    ProformaInvoiceDetailsDTO,
    ProformaInvoiceListDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.proforma_invoice.proforma_invoice_raw import AsyncProformaInvoiceRaw, ProformaInvoiceRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ProformaInvoice(Resource):
    """``sdk.proforma_invoice``: the proforma invoice operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ProformaInvoiceRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.proforma_invoice.proforma_invoice_raw import ProformaInvoiceRaw

        return ProformaInvoiceRaw(self._raw_copy())

    def proforma_invoice_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> ProformaInvoiceListDTO:
        """Lists the proforma invoices, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/proforma-invoices``

        Returns:
            ProformaInvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("ProformaInvoiceListDTO", self._run(Call("proforma_invoice.proforma_invoice_list", query=query, answer=ProformaInvoiceListDTO)))

    def proforma_invoice_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[ProformaInvoiceDTO]:
        """Every proforma invoice that ``proforma_invoice_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/proforma-invoices``

        Yields:
            ProformaInvoiceDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[ProformaInvoiceDTO]", self._iterate(Listing(Call("proforma_invoice.proforma_invoice_list", [], query), limit, offset, ProformaInvoiceDTO)))

    def proforma_invoice_details(self, id: str) -> ProformaInvoiceDetailsDTO:
        """Reads a proforma invoice.

        HTTP: ``GET /api/v3/proforma-invoices/{id}``

        Returns:
            ProformaInvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("ProformaInvoiceDetailsDTO", self._run(Call("proforma_invoice.proforma_invoice_details", path, answer=ProformaInvoiceDetailsDTO)))

    def proforma_invoice_create(self, id: str, request_data: PaymentCreateDTO) -> ProformaInvoiceDetailsDTO:
        """Adds a payment to a proforma invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/proforma-invoices/{id}/payments`` (json body)

        Returns:
            ProformaInvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PaymentCreateDTO,))
        return cast("ProformaInvoiceDetailsDTO", self._run(Call("proforma_invoice.proforma_invoice_create", path, body=body, answer=ProformaInvoiceDetailsDTO)))


class AsyncProformaInvoice(Resource):
    """``sdk.proforma_invoice``: the proforma invoice operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncProformaInvoiceRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.proforma_invoice.proforma_invoice_raw import AsyncProformaInvoiceRaw

        return AsyncProformaInvoiceRaw(self._raw_copy())

    def proforma_invoice_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[ProformaInvoiceListDTO]:
        """Lists the proforma invoices, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/proforma-invoices``

        Returns:
            Awaitable of ProformaInvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[ProformaInvoiceListDTO]", self._run(Call("proforma_invoice.proforma_invoice_list", query=query, answer=ProformaInvoiceListDTO)))

    def proforma_invoice_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[ProformaInvoiceDTO]:
        """Every proforma invoice that ``proforma_invoice_list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/proforma-invoices``

        Yields:
            ProformaInvoiceDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[ProformaInvoiceDTO]", self._iterate(Listing(Call("proforma_invoice.proforma_invoice_list", [], query), limit, offset, ProformaInvoiceDTO)))

    def proforma_invoice_details(self, id: str) -> Awaitable[ProformaInvoiceDetailsDTO]:
        """Reads a proforma invoice.

        HTTP: ``GET /api/v3/proforma-invoices/{id}``

        Returns:
            Awaitable of ProformaInvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[ProformaInvoiceDetailsDTO]", self._run(Call("proforma_invoice.proforma_invoice_details", path, answer=ProformaInvoiceDetailsDTO)))

    def proforma_invoice_create(self, id: str, request_data: PaymentCreateDTO) -> Awaitable[ProformaInvoiceDetailsDTO]:
        """Adds a payment to a proforma invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/proforma-invoices/{id}/payments`` (json body)

        Returns:
            Awaitable of ProformaInvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PaymentCreateDTO,))
        return cast("Awaitable[ProformaInvoiceDetailsDTO]", self._run(Call("proforma_invoice.proforma_invoice_create", path, body=body, answer=ProformaInvoiceDetailsDTO)))
