# generated from api/ — do not edit; run `make generate`
"""``sdk.proforma_invoice``: the proforma invoice operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class ProformaInvoice(Resource):
    """``sdk.proforma_invoice``: the proforma invoice operations of the documented SDK."""

    def proforma_invoice_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Any:
        """One page of proforma invoices.

        GET /api/v3/proforma-invoices

        Returns the answer's JSON as plain data (documented as ProformaInvoiceListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("proforma_invoice.proforma_invoice_list", query=query))

    def proforma_invoice_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``proforma_invoice_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/proforma-invoices

        Returns the answer's JSON as plain data (documented as ProformaInvoiceDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("proforma_invoice.proforma_invoice_list", [], query, limit, offset, None)))

    def proforma_invoice_details(self, id: str) -> Any:
        """Reads one record of proforma invoices.

        GET /api/v3/proforma-invoices/{id}

        Returns the answer's JSON as plain data (documented as ProformaInvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("proforma_invoice.proforma_invoice_details", path))

    def proforma_invoice_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs payments of the proforma invoices.

        POST /api/v3/proforma-invoices/{id}/payments

        Returns the answer's JSON as plain data (documented as ProformaInvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("proforma_invoice.proforma_invoice_create", path, body=body))


class AsyncProformaInvoice(Resource):
    """``sdk.proforma_invoice``: the proforma invoice operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def proforma_invoice_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of proforma invoices.

        GET /api/v3/proforma-invoices

        Returns the answer's JSON as plain data (documented as ProformaInvoiceListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("proforma_invoice.proforma_invoice_list", query=query)))

    def proforma_invoice_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``proforma_invoice_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/proforma-invoices

        Returns the answer's JSON as plain data (documented as ProformaInvoiceDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("proforma_invoice.proforma_invoice_list", [], query, limit, offset, None)))

    def proforma_invoice_details(self, id: str) -> Awaitable[Any]:
        """Reads one record of proforma invoices.

        GET /api/v3/proforma-invoices/{id}

        Returns the answer's JSON as plain data (documented as ProformaInvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("proforma_invoice.proforma_invoice_details", path)))

    def proforma_invoice_create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs payments of the proforma invoices.

        POST /api/v3/proforma-invoices/{id}/payments

        Returns the answer's JSON as plain data (documented as ProformaInvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("proforma_invoice.proforma_invoice_create", path, body=body)))
