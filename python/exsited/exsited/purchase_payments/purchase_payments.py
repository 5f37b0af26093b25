# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_payments``: the purchase payments operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_payments.dto.purchase_payments_dto import (
    PurchaseAccountPaymentResponseDTO,
    PurchaseInvoicePaymentResponseDTO,
    PurchaseOrderPaymentResponseDTO,
    PurchasePaymentDTO,
    PurchasePaymentInformationRequestDTO,
    PurchasePaymentInformationResponseDTO,
    PurchasePaymentRequestDTO,
    PurchasePaymentResponseDTO,
    PurchasePaymentUpdateRequestDTO,
    PurchasePaymentsDetailsDTO,
    PurchasePaymentsListDTO,
    PurchasePaymentsUpdateResponseDTO,
)

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchasePayments(Resource):
    """``sdk.purchase_payments``: the purchase payments operations of the documented SDK."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> PurchasePaymentsListDTO:
        """One page of purchase payments.

        GET /api/v3/purchase-payments

        Returns PurchasePaymentsListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("PurchasePaymentsListDTO", self._run(Call("purchase_payments.list", query=query, answer=PurchasePaymentsListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PurchasePaymentDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-payments

        Returns Iterator[PurchasePaymentDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchasePaymentDTO]", self._iterate(Listing("purchase_payments.list", [], query, limit, offset, PurchasePaymentDTO)))

    def details(self, id: str) -> PurchasePaymentsDetailsDTO:
        """Reads one record of purchase payments.

        GET /api/v3/purchase-payments/{id}

        Returns PurchasePaymentsDetailsDTO.
        """
        path = [args.ident("id", id)]
        return cast("PurchasePaymentsDetailsDTO", self._run(Call("purchase_payments.details", path, answer=PurchasePaymentsDetailsDTO)))

    def update(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentUpdateRequestDTO,
    ) -> PurchasePaymentsUpdateResponseDTO:
        """Updates one record of purchase payments.

        PATCH /api/v3/purchase-payments/{purchase_payment_id}

        Returns PurchasePaymentsUpdateResponseDTO.
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (PurchasePaymentUpdateRequestDTO,))
        return cast("PurchasePaymentsUpdateResponseDTO", self._run(Call("purchase_payments.update", path, body=body, answer=PurchasePaymentsUpdateResponseDTO)))

    def delete(self, purchase_payment_id: str) -> DeleteResult:
        """Deletes one record of purchase payments.

        DELETE /api/v3/purchase-payments/{purchase_payment_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        return cast("DeleteResult", self._run(Call("purchase_payments.delete", path)))

    def create(self, request_data: PurchasePaymentRequestDTO) -> PurchasePaymentResponseDTO:
        """Creates a record in purchase payments.

        POST /api/v3/purchase-payments

        Returns PurchasePaymentResponseDTO.
        """
        body = args.body("request_data", request_data, (PurchasePaymentRequestDTO,))
        return cast("PurchasePaymentResponseDTO", self._run(Call("purchase_payments.create", body=body, answer=PurchasePaymentResponseDTO)))

    def create_from_purchase_invoice(
        self,
        purchase_invoice_id: str,
        request_data: PurchasePaymentRequestDTO,
    ) -> PurchasePaymentResponseDTO:
        """Creates a record in purchase payments of the purchase invoices.

        POST /api/v3/purchase-invoices/{purchase_invoice_id}/purchase-payments

        Returns PurchasePaymentResponseDTO.
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (PurchasePaymentRequestDTO,))
        return cast("PurchasePaymentResponseDTO", self._run(Call("purchase_payments.create_from_purchase_invoice", path, body=body, answer=PurchasePaymentResponseDTO)))

    def get_from_purchase_order(self, id: str) -> PurchaseOrderPaymentResponseDTO:
        """Reads the purchase payments of the purchase orders.

        GET /api/v3/purchase-orders/{id}/purchase-payments

        Returns PurchaseOrderPaymentResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("PurchaseOrderPaymentResponseDTO", self._run(Call("purchase_payments.get_from_purchase_order", path, answer=PurchaseOrderPaymentResponseDTO)))

    def get_from_account(self, id: str) -> PurchaseAccountPaymentResponseDTO:
        """Reads the purchase payments of the accounts.

        GET /api/v3/accounts/{id}/purchase-payments

        Returns PurchaseAccountPaymentResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("PurchaseAccountPaymentResponseDTO", self._run(Call("purchase_payments.get_from_account", path, answer=PurchaseAccountPaymentResponseDTO)))

    def get_from_purchase_invoice(self, id: str) -> PurchaseInvoicePaymentResponseDTO:
        """Reads the purchase payments of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/purchase-payments

        Returns PurchaseInvoicePaymentResponseDTO.
        """
        path = [args.ident("id", id)]
        return cast("PurchaseInvoicePaymentResponseDTO", self._run(Call("purchase_payments.get_from_purchase_invoice", path, answer=PurchaseInvoicePaymentResponseDTO)))

    def update_information(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentInformationRequestDTO,
    ) -> PurchasePaymentInformationResponseDTO:
        """Updates the information of the purchase payments.

        PATCH /api/v3/purchase-payments/{purchase_payment_id}/information

        Returns PurchasePaymentInformationResponseDTO.
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (PurchasePaymentInformationRequestDTO,))
        return cast("PurchasePaymentInformationResponseDTO", self._run(Call("purchase_payments.update_information", path, body=body, answer=PurchasePaymentInformationResponseDTO)))


class AsyncPurchasePayments(Resource):
    """``sdk.purchase_payments``: the purchase payments operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[PurchasePaymentsListDTO]:
        """One page of purchase payments.

        GET /api/v3/purchase-payments

        Returns Awaitable[PurchasePaymentsListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[PurchasePaymentsListDTO]", self._run(Call("purchase_payments.list", query=query, answer=PurchasePaymentsListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PurchasePaymentDTO]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-payments

        Returns AsyncIterator[PurchasePaymentDTO].
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchasePaymentDTO]", self._iterate(Listing("purchase_payments.list", [], query, limit, offset, PurchasePaymentDTO)))

    def details(self, id: str) -> Awaitable[PurchasePaymentsDetailsDTO]:
        """Reads one record of purchase payments.

        GET /api/v3/purchase-payments/{id}

        Returns Awaitable[PurchasePaymentsDetailsDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchasePaymentsDetailsDTO]", self._run(Call("purchase_payments.details", path, answer=PurchasePaymentsDetailsDTO)))

    def update(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentUpdateRequestDTO,
    ) -> Awaitable[PurchasePaymentsUpdateResponseDTO]:
        """Updates one record of purchase payments.

        PATCH /api/v3/purchase-payments/{purchase_payment_id}

        Returns Awaitable[PurchasePaymentsUpdateResponseDTO].
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (PurchasePaymentUpdateRequestDTO,))
        return cast("Awaitable[PurchasePaymentsUpdateResponseDTO]", self._run(Call("purchase_payments.update", path, body=body, answer=PurchasePaymentsUpdateResponseDTO)))

    def delete(self, purchase_payment_id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of purchase payments.

        DELETE /api/v3/purchase-payments/{purchase_payment_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_payments.delete", path)))

    def create(self, request_data: PurchasePaymentRequestDTO) -> Awaitable[PurchasePaymentResponseDTO]:
        """Creates a record in purchase payments.

        POST /api/v3/purchase-payments

        Returns Awaitable[PurchasePaymentResponseDTO].
        """
        body = args.body("request_data", request_data, (PurchasePaymentRequestDTO,))
        return cast("Awaitable[PurchasePaymentResponseDTO]", self._run(Call("purchase_payments.create", body=body, answer=PurchasePaymentResponseDTO)))

    def create_from_purchase_invoice(
        self,
        purchase_invoice_id: str,
        request_data: PurchasePaymentRequestDTO,
    ) -> Awaitable[PurchasePaymentResponseDTO]:
        """Creates a record in purchase payments of the purchase invoices.

        POST /api/v3/purchase-invoices/{purchase_invoice_id}/purchase-payments

        Returns Awaitable[PurchasePaymentResponseDTO].
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (PurchasePaymentRequestDTO,))
        return cast("Awaitable[PurchasePaymentResponseDTO]", self._run(Call("purchase_payments.create_from_purchase_invoice", path, body=body, answer=PurchasePaymentResponseDTO)))

    def get_from_purchase_order(self, id: str) -> Awaitable[PurchaseOrderPaymentResponseDTO]:
        """Reads the purchase payments of the purchase orders.

        GET /api/v3/purchase-orders/{id}/purchase-payments

        Returns Awaitable[PurchaseOrderPaymentResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseOrderPaymentResponseDTO]", self._run(Call("purchase_payments.get_from_purchase_order", path, answer=PurchaseOrderPaymentResponseDTO)))

    def get_from_account(self, id: str) -> Awaitable[PurchaseAccountPaymentResponseDTO]:
        """Reads the purchase payments of the accounts.

        GET /api/v3/accounts/{id}/purchase-payments

        Returns Awaitable[PurchaseAccountPaymentResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseAccountPaymentResponseDTO]", self._run(Call("purchase_payments.get_from_account", path, answer=PurchaseAccountPaymentResponseDTO)))

    def get_from_purchase_invoice(self, id: str) -> Awaitable[PurchaseInvoicePaymentResponseDTO]:
        """Reads the purchase payments of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/purchase-payments

        Returns Awaitable[PurchaseInvoicePaymentResponseDTO].
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseInvoicePaymentResponseDTO]", self._run(Call("purchase_payments.get_from_purchase_invoice", path, answer=PurchaseInvoicePaymentResponseDTO)))

    def update_information(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentInformationRequestDTO,
    ) -> Awaitable[PurchasePaymentInformationResponseDTO]:
        """Updates the information of the purchase payments.

        PATCH /api/v3/purchase-payments/{purchase_payment_id}/information

        Returns Awaitable[PurchasePaymentInformationResponseDTO].
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (PurchasePaymentInformationRequestDTO,))
        return cast("Awaitable[PurchasePaymentInformationResponseDTO]", self._run(Call("purchase_payments.update_information", path, body=body, answer=PurchasePaymentInformationResponseDTO)))
