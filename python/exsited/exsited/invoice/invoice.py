# generated from api/ — do not edit; run `make generate`
"""``sdk.invoice``: the invoice operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.invoice.helpers import InvoiceHelpers

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Invoice(InvoiceHelpers, Resource):
    """``sdk.invoice``: the invoice operations of the documented SDK."""

    def create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in invoices of the orders.

        POST /api/v2/orders/{id}/invoices

        Returns the answer's JSON as plain data (documented as InvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("invoice.create", path, body=body))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of invoices.

        GET /api/v3/invoices

        Returns the answer's JSON as plain data (documented as InvoiceListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("invoice.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/invoices

        Returns the answer's JSON as plain data (documented as InvoiceDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("invoice.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of invoices.

        GET /api/v3/invoices/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return self._run(Call("invoice.details", path))

    def information(self, id: str) -> Any:
        """Reads the information of the invoices.

        GET /api/v2/invoices/{id}/information

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return self._run(Call("invoice.information", path))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of invoices.

        DELETE /api/v2/invoices/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("invoice.delete", path)))

    def invoice_account(self, accountId: str) -> Any:
        """Reads the invoices of the accounts.

        GET /api/v3/accounts/{accountId}/invoices

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("accountId", accountId)]
        return self._run(Call("invoice.invoice_account", path))

    def invoice_details_against_order(self, order_id: str) -> Any:
        """Reads the invoices of the orders.

        GET /api/v2/orders/{order_id}/invoices

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("order_id", order_id)]
        return self._run(Call("invoice.invoice_details_against_order", path))

    def invoice_details_list_against_order(self, order_id: str) -> Any:
        """Reads the invoices of the orders.

        GET /api/v2/orders/{order_id}/invoices

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("order_id", order_id)]
        return self._run(Call("invoice.invoice_details_against_order", path))

    def invoice_details_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """Reads the invoices of the orders.

        GET /api/v3/orders/{order_id}/invoices

        Returns the answer's JSON as plain data (documented as InvoiceOrderDetailsDTO).
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3"))

    def invoice_list_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """Reads the invoices of the orders.

        GET /api/v3/orders/{order_id}/invoices

        Returns the answer's JSON as plain data (documented as InvoiceOrderListDTO).
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3"))

    def item_invoice_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in invoices.

        POST /api/v3/invoices

        Returns the answer's JSON as plain data (documented as InvoiceDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("invoice.item_invoice_create", body=body))

    def invoice_cancel(self, id: str) -> DeleteResult:
        """Runs cancel of the invoices.

        POST /api/v3/invoices/{id}/cancel

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("invoice.invoice_cancel", path)))

    def invoice_reactivate(self, id: str) -> DeleteResult:
        """Runs reactivate of the invoices.

        POST /api/v3/invoices/{id}/reactivate

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("invoice.invoice_reactivate", path)))

    def update_amend(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Runs amend of the invoices.

        POST /api/v2/invoices/{id}/amend

        Returns the answer's JSON as plain data (documented as InvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("invoice.update_amend", path, body=body))

    def update_information(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the information of the invoices.

        PATCH /api/v3/invoices/{id}/information

        Returns the answer's JSON as plain data (documented as InvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("invoice.update_information", path, body=body))

    def get_invoice_pdf(self, id: str, format: str = 'binary') -> Any:
        """Reads the pdf of the invoices.

        GET /api/v2/invoices/{id}/pdf

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return self._run(Call("invoice.get_invoice_pdf", path))


class AsyncInvoice(InvoiceHelpers, Resource):
    """``sdk.invoice``: the invoice operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in invoices of the orders.

        POST /api/v2/orders/{id}/invoices

        Returns the answer's JSON as plain data (documented as InvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("invoice.create", path, body=body)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of invoices.

        GET /api/v3/invoices

        Returns the answer's JSON as plain data (documented as InvoiceListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("invoice.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/invoices

        Returns the answer's JSON as plain data (documented as InvoiceDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("invoice.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of invoices.

        GET /api/v3/invoices/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("invoice.details", path)))

    def information(self, id: str) -> Awaitable[Any]:
        """Reads the information of the invoices.

        GET /api/v2/invoices/{id}/information

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("invoice.information", path)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of invoices.

        DELETE /api/v2/invoices/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("invoice.delete", path)))

    def invoice_account(self, accountId: str) -> Awaitable[Any]:
        """Reads the invoices of the accounts.

        GET /api/v3/accounts/{accountId}/invoices

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("accountId", accountId)]
        return cast("Awaitable[Any]", self._run(Call("invoice.invoice_account", path)))

    def invoice_details_against_order(self, order_id: str) -> Awaitable[Any]:
        """Reads the invoices of the orders.

        GET /api/v2/orders/{order_id}/invoices

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("order_id", order_id)]
        return cast("Awaitable[Any]", self._run(Call("invoice.invoice_details_against_order", path)))

    def invoice_details_list_against_order(self, order_id: str) -> Awaitable[Any]:
        """Reads the invoices of the orders.

        GET /api/v2/orders/{order_id}/invoices

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("order_id", order_id)]
        return cast("Awaitable[Any]", self._run(Call("invoice.invoice_details_against_order", path)))

    def invoice_details_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """Reads the invoices of the orders.

        GET /api/v3/orders/{order_id}/invoices

        Returns the answer's JSON as plain data (documented as InvoiceOrderDetailsDTO).
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3")))

    def invoice_list_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """Reads the invoices of the orders.

        GET /api/v3/orders/{order_id}/invoices

        Returns the answer's JSON as plain data (documented as InvoiceOrderListDTO).
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3")))

    def item_invoice_create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in invoices.

        POST /api/v3/invoices

        Returns the answer's JSON as plain data (documented as InvoiceDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("invoice.item_invoice_create", body=body)))

    def invoice_cancel(self, id: str) -> Awaitable[DeleteResult]:
        """Runs cancel of the invoices.

        POST /api/v3/invoices/{id}/cancel

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("invoice.invoice_cancel", path)))

    def invoice_reactivate(self, id: str) -> Awaitable[DeleteResult]:
        """Runs reactivate of the invoices.

        POST /api/v3/invoices/{id}/reactivate

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("invoice.invoice_reactivate", path)))

    def update_amend(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Runs amend of the invoices.

        POST /api/v2/invoices/{id}/amend

        Returns the answer's JSON as plain data (documented as InvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("invoice.update_amend", path, body=body)))

    def update_information(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates the information of the invoices.

        PATCH /api/v3/invoices/{id}/information

        Returns the answer's JSON as plain data (documented as InvoiceDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("invoice.update_information", path, body=body)))

    def get_invoice_pdf(self, id: str, format: str = 'binary') -> Awaitable[Any]:
        """Reads the pdf of the invoices.

        GET /api/v2/invoices/{id}/pdf

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("invoice.get_invoice_pdf", path)))
