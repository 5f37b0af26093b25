# generated from api/ — do not edit; run `make generate`
"""``sdk.invoice``: the invoice operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.invoice.dto.invoice_dto import (
    InvoiceAccountDTO,
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

if TYPE_CHECKING:
    from exsited.exsited.invoice.invoice_raw import AsyncInvoiceRaw, InvoiceRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Invoice(InvoiceHelpers, Resource):
    """``sdk.invoice``: the invoice operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "InvoiceRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.invoice.invoice_raw import InvoiceRaw

        return InvoiceRaw(self._raw_copy())

    def create(self, id: str, request_data: InvoiceCreateDTO) -> InvoiceDetailsDTO:
        """Adds an invoice to an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{id}/invoices`` (json body)

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the invoices, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/invoices``

        Returns:
            InvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every invoice that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/invoices``

        Yields:
            InvoiceDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[InvoiceDataDTO]", self._iterate(Listing(Call("invoice.list", [], query), limit, offset, InvoiceDataDTO)))

    def details(self, id: str) -> InvoiceDetailsDTO:
        """Reads an invoice.

        HTTP: ``GET /api/v3/invoices/{id}``

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.details", path, answer=InvoiceDetailsDTO)))

    def information(self, id: str) -> InvoiceDetailsDTO:
        """Reads the information of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/information``

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.information", path, answer=InvoiceDetailsDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes an invoice.

        HTTP: ``DELETE /api/v2/invoices/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("invoice.delete", path)))

    def invoice_account(self, accountId: str) -> InvoiceAccountDTO:
        """Reads the invoices of an account.

        HTTP: ``GET /api/v3/accounts/{accountId}/invoices``

        Returns:
            InvoiceAccountDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("accountId", accountId)]
        return cast("InvoiceAccountDTO", self._run(Call("invoice.invoice_account", path, answer=InvoiceAccountDTO)))

    def invoice_details_against_order(self, order_id: str) -> InvoiceDetailsDTO:
        """Reads the invoices of an order.

        HTTP: ``GET /api/v2/orders/{order_id}/invoices``

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.invoice_details_against_order", path, answer=InvoiceDetailsDTO)))

    def invoice_details_list_against_order(self, order_id: str) -> InvoiceDetailsDTO:
        """Reads the invoices of an order.

        HTTP: ``GET /api/v2/orders/{order_id}/invoices``

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.invoice_details_against_order", path, answer=InvoiceDetailsDTO)))

    def invoice_details_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> InvoiceOrderDetailsDTO:
        """Reads the invoices of an order.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/orders/{order_id}/invoices``

        Returns:
            InvoiceOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Reads the invoices of an order.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/orders/{order_id}/invoices``

        Returns:
            InvoiceOrderListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("InvoiceOrderListDTO", self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3", answer=InvoiceOrderListDTO)))

    def invoice_details_against_order_v3_iter_all(
        self,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[InvoiceDataDTO]:
        """Every invoice of an order that ``invoice_details_against_order_v3`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/orders/{order_id}/invoices``

        Yields:
            InvoiceDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[InvoiceDataDTO]", self._iterate(Listing(Call("invoice.invoice_details_against_order", path, query, version="v3"), limit, offset, InvoiceDataDTO)))

    def invoice_list_against_order_v3_iter_all(
        self,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[InvoiceDataDTO]:
        """Every invoice of an order that ``invoice_list_against_order_v3`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/orders/{order_id}/invoices``

        Yields:
            InvoiceDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[InvoiceDataDTO]", self._iterate(Listing(Call("invoice.invoice_details_against_order", path, query, version="v3"), limit, offset, InvoiceDataDTO)))

    def item_invoice_create(self, request_data: ItemInvoiceCreateDTO) -> InvoiceDetailsDTO:
        """Creates an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices`` (json body)

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ItemInvoiceCreateDTO,))
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.item_invoice_create", body=body, answer=InvoiceDetailsDTO)))

    def invoice_cancel(self, id: str) -> InvoiceDetailsDTO:
        """Cancels an invoice.

        HTTP: ``POST /api/v3/invoices/{id}/cancel``

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.invoice_cancel", path, answer=InvoiceDetailsDTO)))

    def invoice_reactivate(self, id: str) -> InvoiceDetailsDTO:
        """Reactivates an invoice.

        HTTP: ``POST /api/v3/invoices/{id}/reactivate``

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.invoice_reactivate", path, answer=InvoiceDetailsDTO)))

    def update_amend(self, id: str, request_data: InvoiceCreateDTO) -> InvoiceDetailsDTO:
        """Amends an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/invoices/{id}/amend`` (json body)

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (InvoiceCreateDTO,))
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.update_amend", path, body=body, answer=InvoiceDetailsDTO)))

    def update_information(self, id: str, request_data: UpdateInvoiceInfoRequestDTO) -> InvoiceDetailsDTO:
        """Updates the information of an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/invoices/{id}/information`` (json body)

        Returns:
            InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateInvoiceInfoRequestDTO,))
        return cast("InvoiceDetailsDTO", self._run(Call("invoice.update_information", path, body=body, answer=InvoiceDetailsDTO)))

    def get_invoice_pdf(self, id: str, format: str = 'binary') -> Union[bytes, str]:
        """Downloads the PDF of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/pdf``

        Returns:
            Union[bytes, str]: the file's bytes, or its hex or base64 text with ``format='hex'``/``'base64'``.
        """
        path = [args.ident("id", id)]
        return cast("Union[bytes, str]", self._run(Call("invoice.get_invoice_pdf", path, binary=args.text("format", format))))


class AsyncInvoice(InvoiceHelpers, Resource):
    """``sdk.invoice``: the invoice operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncInvoiceRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.invoice.invoice_raw import AsyncInvoiceRaw

        return AsyncInvoiceRaw(self._raw_copy())

    def create(self, id: str, request_data: InvoiceCreateDTO) -> Awaitable[InvoiceDetailsDTO]:
        """Adds an invoice to an order.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/orders/{id}/invoices`` (json body)

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Lists the invoices, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/invoices``

        Returns:
            Awaitable of InvoiceListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every invoice that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/invoices``

        Yields:
            InvoiceDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[InvoiceDataDTO]", self._iterate(Listing(Call("invoice.list", [], query), limit, offset, InvoiceDataDTO)))

    def details(self, id: str) -> Awaitable[InvoiceDetailsDTO]:
        """Reads an invoice.

        HTTP: ``GET /api/v3/invoices/{id}``

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.details", path, answer=InvoiceDetailsDTO)))

    def information(self, id: str) -> Awaitable[InvoiceDetailsDTO]:
        """Reads the information of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/information``

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.information", path, answer=InvoiceDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes an invoice.

        HTTP: ``DELETE /api/v2/invoices/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("invoice.delete", path)))

    def invoice_account(self, accountId: str) -> Awaitable[InvoiceAccountDTO]:
        """Reads the invoices of an account.

        HTTP: ``GET /api/v3/accounts/{accountId}/invoices``

        Returns:
            Awaitable of InvoiceAccountDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("accountId", accountId)]
        return cast("Awaitable[InvoiceAccountDTO]", self._run(Call("invoice.invoice_account", path, answer=InvoiceAccountDTO)))

    def invoice_details_against_order(self, order_id: str) -> Awaitable[InvoiceDetailsDTO]:
        """Reads the invoices of an order.

        HTTP: ``GET /api/v2/orders/{order_id}/invoices``

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.invoice_details_against_order", path, answer=InvoiceDetailsDTO)))

    def invoice_details_list_against_order(self, order_id: str) -> Awaitable[InvoiceDetailsDTO]:
        """Reads the invoices of an order.

        HTTP: ``GET /api/v2/orders/{order_id}/invoices``

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.invoice_details_against_order", path, answer=InvoiceDetailsDTO)))

    def invoice_details_against_order_v3(
        self,
        order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[InvoiceOrderDetailsDTO]:
        """Reads the invoices of an order.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/orders/{order_id}/invoices``

        Returns:
            Awaitable of InvoiceOrderDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Reads the invoices of an order.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/orders/{order_id}/invoices``

        Returns:
            Awaitable of InvoiceOrderListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("order_id", order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[InvoiceOrderListDTO]", self._run(Call("invoice.invoice_details_against_order", path, query=query, version="v3", answer=InvoiceOrderListDTO)))

    def invoice_details_against_order_v3_iter_all(
        self,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[InvoiceDataDTO]:
        """Every invoice of an order that ``invoice_details_against_order_v3`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/orders/{order_id}/invoices``

        Yields:
            InvoiceDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[InvoiceDataDTO]", self._iterate(Listing(Call("invoice.invoice_details_against_order", path, query, version="v3"), limit, offset, InvoiceDataDTO)))

    def invoice_list_against_order_v3_iter_all(
        self,
        order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[InvoiceDataDTO]:
        """Every invoice of an order that ``invoice_list_against_order_v3`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/orders/{order_id}/invoices``

        Yields:
            InvoiceDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("order_id", order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[InvoiceDataDTO]", self._iterate(Listing(Call("invoice.invoice_details_against_order", path, query, version="v3"), limit, offset, InvoiceDataDTO)))

    def item_invoice_create(self, request_data: ItemInvoiceCreateDTO) -> Awaitable[InvoiceDetailsDTO]:
        """Creates an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices`` (json body)

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (ItemInvoiceCreateDTO,))
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.item_invoice_create", body=body, answer=InvoiceDetailsDTO)))

    def invoice_cancel(self, id: str) -> Awaitable[InvoiceDetailsDTO]:
        """Cancels an invoice.

        HTTP: ``POST /api/v3/invoices/{id}/cancel``

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.invoice_cancel", path, answer=InvoiceDetailsDTO)))

    def invoice_reactivate(self, id: str) -> Awaitable[InvoiceDetailsDTO]:
        """Reactivates an invoice.

        HTTP: ``POST /api/v3/invoices/{id}/reactivate``

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.invoice_reactivate", path, answer=InvoiceDetailsDTO)))

    def update_amend(self, id: str, request_data: InvoiceCreateDTO) -> Awaitable[InvoiceDetailsDTO]:
        """Amends an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/invoices/{id}/amend`` (json body)

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (InvoiceCreateDTO,))
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.update_amend", path, body=body, answer=InvoiceDetailsDTO)))

    def update_information(self, id: str, request_data: UpdateInvoiceInfoRequestDTO) -> Awaitable[InvoiceDetailsDTO]:
        """Updates the information of an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/invoices/{id}/information`` (json body)

        Returns:
            Awaitable of InvoiceDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (UpdateInvoiceInfoRequestDTO,))
        return cast("Awaitable[InvoiceDetailsDTO]", self._run(Call("invoice.update_information", path, body=body, answer=InvoiceDetailsDTO)))

    def get_invoice_pdf(self, id: str, format: str = 'binary') -> Awaitable[Union[bytes, str]]:
        """Downloads the PDF of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/pdf``

        Returns:
            Awaitable of Union[bytes, str]: the file's bytes, or its hex or base64 text with ``format='hex'``/``'base64'``.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Union[bytes, str]]", self._run(Call("invoice.get_invoice_pdf", path, binary=args.text("format", format))))
