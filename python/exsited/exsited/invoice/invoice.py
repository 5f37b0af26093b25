# generated from api/ — do not edit; run `make generate`
"""``sdk.invoice``: the invoice operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.invoice.dto.invoice_dto import (
    InvoiceCreateDTO,
    InvoiceDataDTO,
    InvoiceDetailsDTO,
    InvoiceListDTO,
    InvoiceOrderDetailsDTO,
    InvoiceOrderListDTO,
    ItemInvoiceCreateDTO,
    UpdateInvoiceInfoRequestDTO,
)
from exsited.exsited.invoice.helpers import InvoiceHelpers

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Invoice(InvoiceHelpers, Resource):
    """``sdk.invoice``: the invoice operations of the documented SDK."""

    def create(self, id: str, request_data: InvoiceCreateDTO) -> InvoiceDetailsDTO:
        """Creates a record in invoices of the orders.

        POST /api/v2/orders/{id}/invoices

        Returns InvoiceDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (InvoiceCreateDTO,))
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.create", path, body=body, answer=InvoiceDetailsDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> InvoiceListDTO:
        """One page of invoices.

        GET /api/v3/invoices

        Returns InvoiceListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("InvoiceListDTO", self._run(Call("invoice.list", query=query, answer=InvoiceListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[InvoiceDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/invoices

        Returns Iterator[InvoiceDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[InvoiceDataDTO]", self._iterate(Listing("invoice.list", [], query, limit, offset, InvoiceDataDTO)))

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
    ) -> InvoiceOrderDetailsDTO:
        """Reads the invoices of the orders.

        GET /api/v3/orders/{order_id}/invoices

        Returns InvoiceOrderDetailsDTO.
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("InvoiceOrderDetailsDTO", self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3", answer=InvoiceOrderDetailsDTO)))

    def invoice_list_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> InvoiceOrderListDTO:
        """Reads the invoices of the orders.

        GET /api/v3/orders/{order_id}/invoices

        Returns InvoiceOrderListDTO.
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("InvoiceOrderListDTO", self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3", answer=InvoiceOrderListDTO)))

    def item_invoice_create(self, request_data: ItemInvoiceCreateDTO) -> InvoiceDetailsDTO:
        """Creates a record in invoices.

        POST /api/v3/invoices

        Returns InvoiceDetailsDTO.
        """
        body = args.body("request_data", request_data, (ItemInvoiceCreateDTO,))
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.item_invoice_create", body=body, answer=InvoiceDetailsDTO)))

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

    def update_amend(self, id: str, request_data: InvoiceCreateDTO) -> InvoiceDetailsDTO:
        """Runs amend of the invoices.

        POST /api/v2/invoices/{id}/amend

        Returns InvoiceDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (InvoiceCreateDTO,))
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.update_amend", path, body=body, answer=InvoiceDetailsDTO)))

    def update_information(self, id: str, request_data: UpdateInvoiceInfoRequestDTO) -> InvoiceDetailsDTO:
        """Updates the information of the invoices.

        PATCH /api/v3/invoices/{id}/information

        Returns InvoiceDetailsDTO.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateInvoiceInfoRequestDTO,))
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.update_information", path, body=body, answer=InvoiceDetailsDTO)))

    def get_invoice_pdf(self, id: str, format: str = 'binary') -> Any:
        """Reads the pdf of the invoices.

        GET /api/v2/invoices/{id}/pdf

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return self._run(Call("invoice.get_invoice_pdf", path))


class AsyncInvoice(InvoiceHelpers, Resource):
    """``sdk.invoice``: the invoice operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, id: str, request_data: InvoiceCreateDTO) -> Awaitable[InvoiceDetailsDTO]:
        """Creates a record in invoices of the orders.

        POST /api/v2/orders/{id}/invoices

        Returns Awaitable[InvoiceDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (InvoiceCreateDTO,))
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.create", path, body=body, answer=InvoiceDetailsDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[InvoiceListDTO]:
        """One page of invoices.

        GET /api/v3/invoices

        Returns Awaitable[InvoiceListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[InvoiceListDTO]", self._run(Call("invoice.list", query=query, answer=InvoiceListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[InvoiceDataDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/invoices

        Returns AsyncIterator[InvoiceDataDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[InvoiceDataDTO]", self._iterate(Listing("invoice.list", [], query, limit, offset, InvoiceDataDTO)))

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
    ) -> Awaitable[InvoiceOrderDetailsDTO]:
        """Reads the invoices of the orders.

        GET /api/v3/orders/{order_id}/invoices

        Returns Awaitable[InvoiceOrderDetailsDTO].
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[InvoiceOrderDetailsDTO]", self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3", answer=InvoiceOrderDetailsDTO)))

    def invoice_list_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[InvoiceOrderListDTO]:
        """Reads the invoices of the orders.

        GET /api/v3/orders/{order_id}/invoices

        Returns Awaitable[InvoiceOrderListDTO].
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[InvoiceOrderListDTO]", self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3", answer=InvoiceOrderListDTO)))

    def item_invoice_create(self, request_data: ItemInvoiceCreateDTO) -> Awaitable[InvoiceDetailsDTO]:
        """Creates a record in invoices.

        POST /api/v3/invoices

        Returns Awaitable[InvoiceDetailsDTO].
        """
        body = args.body("request_data", request_data, (ItemInvoiceCreateDTO,))
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.item_invoice_create", body=body, answer=InvoiceDetailsDTO)))

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

    def update_amend(self, id: str, request_data: InvoiceCreateDTO) -> Awaitable[InvoiceDetailsDTO]:
        """Runs amend of the invoices.

        POST /api/v2/invoices/{id}/amend

        Returns Awaitable[InvoiceDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (InvoiceCreateDTO,))
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.update_amend", path, body=body, answer=InvoiceDetailsDTO)))

    def update_information(self, id: str, request_data: UpdateInvoiceInfoRequestDTO) -> Awaitable[InvoiceDetailsDTO]:
        """Updates the information of the invoices.

        PATCH /api/v3/invoices/{id}/information

        Returns Awaitable[InvoiceDetailsDTO].
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateInvoiceInfoRequestDTO,))
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.update_information", path, body=body, answer=InvoiceDetailsDTO)))

    def get_invoice_pdf(self, id: str, format: str = 'binary') -> Awaitable[Any]:
        """Reads the pdf of the invoices.

        GET /api/v2/invoices/{id}/pdf

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("invoice.get_invoice_pdf", path)))
