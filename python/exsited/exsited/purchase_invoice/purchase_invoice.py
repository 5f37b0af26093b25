# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_invoice``: the purchase invoice operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_invoice.dto.purchase_invoice_dto import (
    PurchaseInvoiceAccountDetailDTO,
    PurchaseInvoiceCancelDataDTO,
    PurchaseInvoiceDTO as purchase_invoice_dto_PurchaseInvoiceDTO,
    PurchaseInvoiceDetailDTO,
    PurchaseInvoiceInformationRequestDTO,
    PurchaseInvoiceInformationResponseDTO,
    PurchaseInvoiceLineDetailDTO,
    PurchaseInvoiceListDTO,
    PurchaseInvoiceReactiveDataDTO,
    PurchaseInvoiceRequestDTO,
)

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchaseInvoice(Resource):
    """``sdk.purchase_invoice``: the purchase invoice operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> PurchaseInvoiceListDTO:
        """One page of purchase invoices.

        GET /api/v3/purchase-invoices

        Returns PurchaseInvoiceListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("PurchaseInvoiceListDTO", self._run(Call("purchase_invoice.list", query=query, answer=PurchaseInvoiceListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-invoices

        Returns Iterator[purchase_invoice_dto_PurchaseInvoiceDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing("purchase_invoice.list", [], query, limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def details(self, id: str) -> PurchaseInvoiceDetailDTO:
        """Reads one record of purchase invoices.

        GET /api/v3/purchase-invoices/{id}

        Returns PurchaseInvoiceDetailDTO.
        """
        path = [args.ident("id", id)]
        return cast("PurchaseInvoiceDetailDTO", self._run(Call("purchase_invoice.details", path, answer=PurchaseInvoiceDetailDTO)))

    def line_details(self, id: str, uuid: str) -> PurchaseInvoiceLineDetailDTO:
        """Reads one record of lines of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/lines/{uuid}

        Returns PurchaseInvoiceLineDetailDTO.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("PurchaseInvoiceLineDetailDTO", self._run(Call("purchase_invoice.line_details", path, answer=PurchaseInvoiceLineDetailDTO)))

    def account_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> PurchaseInvoiceAccountDetailDTO:
        """One page of purchase invoices of the accounts.

        GET /api/v3/accounts/{id}/purchase-invoices

        Returns PurchaseInvoiceAccountDetailDTO.
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("PurchaseInvoiceAccountDetailDTO", self._run(Call("purchase_invoice.account_details", path, query=query, answer=PurchaseInvoiceAccountDetailDTO)))

    def account_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every record of ``account_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/{id}/purchase-invoices

        Returns Iterator[purchase_invoice_dto_PurchaseInvoiceDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing("purchase_invoice.account_details", path, query, limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def cancel(self, id: str, request_data: PurchaseInvoiceCancelDataDTO) -> DeleteResult:
        """Runs cancel of the purchase invoices.

        POST /api/v3/purchase-invoices/{id}/cancel

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceCancelDataDTO,))
        return cast("DeleteResult", self._run(Call("purchase_invoice.cancel", path, body=body)))

    def reactive(self, id: str, request_data: PurchaseInvoiceReactiveDataDTO) -> DeleteResult:
        """Runs reactive of the purchase invoices.

        POST /api/v3/purchase-invoices/{id}/reactive

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceReactiveDataDTO,))
        return cast("DeleteResult", self._run(Call("purchase_invoice.reactive", path, body=body)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of purchase invoices.

        DELETE /api/v3/purchase-invoices/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("purchase_invoice.delete", path)))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: PurchaseInvoiceDetailDTO,
    ) -> DeleteResult:
        """Creates a record in purchase invoices of the purchase orders.

        POST /api/v3/purchase-orders/{purchase_order_id}/purchase-invoices

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceDetailDTO,))
        return cast("DeleteResult", self._run(Call("purchase_invoice.create_from_purchase_order", path, body=body)))

    def create(self, request_data: PurchaseInvoiceRequestDTO) -> DeleteResult:
        """Creates a record in purchase invoices.

        POST /api/v3/purchase-invoices

        Returns the answer's JSON as plain data.
        """
        body = args.body("request_data", request_data, (PurchaseInvoiceRequestDTO,))
        return cast("DeleteResult", self._run(Call("purchase_invoice.create", body=body)))

    def list_by_purchase_order(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseInvoiceListDTO:
        """One page of purchase invoices of the purchase orders.

        GET /api/v2/purchase-orders/{purchase_order_id}/purchase-invoices

        Returns PurchaseInvoiceListDTO.
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("PurchaseInvoiceListDTO", self._run(Call("purchase_invoice.list_by_purchase_order", path, query=query, answer=PurchaseInvoiceListDTO)))

    def list_by_purchase_order_iter_all(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every record of ``list_by_purchase_order``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/purchase-orders/{purchase_order_id}/purchase-invoices

        Returns Iterator[purchase_invoice_dto_PurchaseInvoiceDTO].
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing("purchase_invoice.list_by_purchase_order", path, query, limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def update_information(
        self,
        purchase_invoice_id: str,
        request_data: PurchaseInvoiceInformationRequestDTO,
    ) -> PurchaseInvoiceInformationResponseDTO:
        """Updates the information of the purchase invoices.

        PATCH /api/v3/purchase-invoices/{purchase_invoice_id}/information

        Returns PurchaseInvoiceInformationResponseDTO.
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceInformationRequestDTO,))
        return cast("PurchaseInvoiceInformationResponseDTO", self._run(Call("purchase_invoice.update_information", path, body=body, answer=PurchaseInvoiceInformationResponseDTO)))


class AsyncPurchaseInvoice(Resource):
    """``sdk.purchase_invoice``: the purchase invoice operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[PurchaseInvoiceListDTO]:
        """One page of purchase invoices.

        GET /api/v3/purchase-invoices

        Returns Awaitable[PurchaseInvoiceListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[PurchaseInvoiceListDTO]", self._run(Call("purchase_invoice.list", query=query, answer=PurchaseInvoiceListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-invoices

        Returns AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing("purchase_invoice.list", [], query, limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def details(self, id: str) -> Awaitable[PurchaseInvoiceDetailDTO]:
        """Reads one record of purchase invoices.

        GET /api/v3/purchase-invoices/{id}

        Returns Awaitable[PurchaseInvoiceDetailDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseInvoiceDetailDTO]", self._run(Call("purchase_invoice.details", path, answer=PurchaseInvoiceDetailDTO)))

    def line_details(self, id: str, uuid: str) -> Awaitable[PurchaseInvoiceLineDetailDTO]:
        """Reads one record of lines of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/lines/{uuid}

        Returns Awaitable[PurchaseInvoiceLineDetailDTO].
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[PurchaseInvoiceLineDetailDTO]", self._run(Call("purchase_invoice.line_details", path, answer=PurchaseInvoiceLineDetailDTO)))

    def account_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[PurchaseInvoiceAccountDetailDTO]:
        """One page of purchase invoices of the accounts.

        GET /api/v3/accounts/{id}/purchase-invoices

        Returns Awaitable[PurchaseInvoiceAccountDetailDTO].
        """
        path = [args.ident("id", id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[PurchaseInvoiceAccountDetailDTO]", self._run(Call("purchase_invoice.account_details", path, query=query, answer=PurchaseInvoiceAccountDetailDTO)))

    def account_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every record of ``account_details``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/accounts/{id}/purchase-invoices

        Returns AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO].
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing("purchase_invoice.account_details", path, query, limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def cancel(self, id: str, request_data: PurchaseInvoiceCancelDataDTO) -> Awaitable[DeleteResult]:
        """Runs cancel of the purchase invoices.

        POST /api/v3/purchase-invoices/{id}/cancel

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceCancelDataDTO,))
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_invoice.cancel", path, body=body)))

    def reactive(self, id: str, request_data: PurchaseInvoiceReactiveDataDTO) -> Awaitable[DeleteResult]:
        """Runs reactive of the purchase invoices.

        POST /api/v3/purchase-invoices/{id}/reactive

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceReactiveDataDTO,))
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_invoice.reactive", path, body=body)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of purchase invoices.

        DELETE /api/v3/purchase-invoices/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_invoice.delete", path)))

    def create_from_purchase_order(
        self,
        purchase_order_id: str,
        request_data: PurchaseInvoiceDetailDTO,
    ) -> Awaitable[DeleteResult]:
        """Creates a record in purchase invoices of the purchase orders.

        POST /api/v3/purchase-orders/{purchase_order_id}/purchase-invoices

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceDetailDTO,))
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_invoice.create_from_purchase_order", path, body=body)))

    def create(self, request_data: PurchaseInvoiceRequestDTO) -> Awaitable[DeleteResult]:
        """Creates a record in purchase invoices.

        POST /api/v3/purchase-invoices

        Returns the answer's JSON as plain data.
        """
        body = args.body("request_data", request_data, (PurchaseInvoiceRequestDTO,))
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_invoice.create", body=body)))

    def list_by_purchase_order(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseInvoiceListDTO]:
        """One page of purchase invoices of the purchase orders.

        GET /api/v2/purchase-orders/{purchase_order_id}/purchase-invoices

        Returns Awaitable[PurchaseInvoiceListDTO].
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[PurchaseInvoiceListDTO]", self._run(Call("purchase_invoice.list_by_purchase_order", path, query=query, answer=PurchaseInvoiceListDTO)))

    def list_by_purchase_order_iter_all(
        self,
        purchase_order_id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]:
        """Every record of ``list_by_purchase_order``, fetched lazily page by page (``limit`` = page size).

        GET /api/v2/purchase-orders/{purchase_order_id}/purchase-invoices

        Returns AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO].
        """
        path = [args.ident("purchase_order_id", purchase_order_id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[purchase_invoice_dto_PurchaseInvoiceDTO]", self._iterate(Listing("purchase_invoice.list_by_purchase_order", path, query, limit, offset, purchase_invoice_dto_PurchaseInvoiceDTO)))

    def update_information(
        self,
        purchase_invoice_id: str,
        request_data: PurchaseInvoiceInformationRequestDTO,
    ) -> Awaitable[PurchaseInvoiceInformationResponseDTO]:
        """Updates the information of the purchase invoices.

        PATCH /api/v3/purchase-invoices/{purchase_invoice_id}/information

        Returns Awaitable[PurchaseInvoiceInformationResponseDTO].
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (PurchaseInvoiceInformationRequestDTO,))
        return cast("Awaitable[PurchaseInvoiceInformationResponseDTO]", self._run(Call("purchase_invoice.update_information", path, body=body, answer=PurchaseInvoiceInformationResponseDTO)))
