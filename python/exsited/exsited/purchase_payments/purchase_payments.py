# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_payments``: the purchase payments operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

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
    ) -> Any:
        """One page of purchase payments.

        GET /api/v3/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchasePaymentsListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("purchase_payments.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchasePaymentDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("purchase_payments.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of purchase payments.

        GET /api/v3/purchase-payments/{id}

        Returns the answer's JSON as plain data (documented as PurchasePaymentsDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_payments.details", path))

    def update(self, purchase_payment_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of purchase payments.

        PATCH /api/v3/purchase-payments/{purchase_payment_id}

        Returns the answer's JSON as plain data (documented as PurchasePaymentsUpdateResponseDTO).
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("purchase_payments.update", path, body=body))

    def delete(self, purchase_payment_id: str) -> DeleteResult:
        """Deletes one record of purchase payments.

        DELETE /api/v3/purchase-payments/{purchase_payment_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        return cast("DeleteResult", self._run(Call("purchase_payments.delete", path)))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in purchase payments.

        POST /api/v3/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchasePaymentResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("purchase_payments.create", body=body))

    def create_from_purchase_invoice(
        self,
        purchase_invoice_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Any:
        """Creates a record in purchase payments of the purchase invoices.

        POST /api/v3/purchase-invoices/{purchase_invoice_id}/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchasePaymentResponseDTO).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("purchase_payments.create_from_purchase_invoice", path, body=body))

    def get_from_purchase_order(self, id: str) -> Any:
        """Reads the purchase payments of the purchase orders.

        GET /api/v3/purchase-orders/{id}/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchaseOrderPaymentResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_payments.get_from_purchase_order", path))

    def get_from_account(self, id: str) -> Any:
        """Reads the purchase payments of the accounts.

        GET /api/v3/accounts/{id}/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchaseAccountPaymentResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_payments.get_from_account", path))

    def get_from_purchase_invoice(self, id: str) -> Any:
        """Reads the purchase payments of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchaseInvoicePaymentResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("purchase_payments.get_from_purchase_invoice", path))

    def update_information(self, purchase_payment_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates the information of the purchase payments.

        PATCH /api/v3/purchase-payments/{purchase_payment_id}/information

        Returns the answer's JSON as plain data (documented as PurchasePaymentInformationResponseDTO).
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("purchase_payments.update_information", path, body=body))


class AsyncPurchasePayments(Resource):
    """``sdk.purchase_payments``: the purchase payments operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of purchase payments.

        GET /api/v3/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchasePaymentsListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchasePaymentDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("purchase_payments.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of purchase payments.

        GET /api/v3/purchase-payments/{id}

        Returns the answer's JSON as plain data (documented as PurchasePaymentsDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.details", path)))

    def update(self, purchase_payment_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of purchase payments.

        PATCH /api/v3/purchase-payments/{purchase_payment_id}

        Returns the answer's JSON as plain data (documented as PurchasePaymentsUpdateResponseDTO).
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.update", path, body=body)))

    def delete(self, purchase_payment_id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of purchase payments.

        DELETE /api/v3/purchase-payments/{purchase_payment_id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_payments.delete", path)))

    def create(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in purchase payments.

        POST /api/v3/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchasePaymentResponseDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.create", body=body)))

    def create_from_purchase_invoice(
        self,
        purchase_invoice_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Creates a record in purchase payments of the purchase invoices.

        POST /api/v3/purchase-invoices/{purchase_invoice_id}/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchasePaymentResponseDTO).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.create_from_purchase_invoice", path, body=body)))

    def get_from_purchase_order(self, id: str) -> Awaitable[Any]:
        """Reads the purchase payments of the purchase orders.

        GET /api/v3/purchase-orders/{id}/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchaseOrderPaymentResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.get_from_purchase_order", path)))

    def get_from_account(self, id: str) -> Awaitable[Any]:
        """Reads the purchase payments of the accounts.

        GET /api/v3/accounts/{id}/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchaseAccountPaymentResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.get_from_account", path)))

    def get_from_purchase_invoice(self, id: str) -> Awaitable[Any]:
        """Reads the purchase payments of the purchase invoices.

        GET /api/v3/purchase-invoices/{id}/purchase-payments

        Returns the answer's JSON as plain data (documented as PurchaseInvoicePaymentResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.get_from_purchase_invoice", path)))

    def update_information(
        self,
        purchase_payment_id: str,
        request_data: Union[DTOBase, Dict[str, Any]],
    ) -> Awaitable[Any]:
        """Updates the information of the purchase payments.

        PATCH /api/v3/purchase-payments/{purchase_payment_id}/information

        Returns the answer's JSON as plain data (documented as PurchasePaymentInformationResponseDTO).
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("purchase_payments.update_information", path, body=body)))
