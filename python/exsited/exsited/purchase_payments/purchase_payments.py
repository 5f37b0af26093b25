# generated from api/ — do not edit; run `make generate`
"""``sdk.purchase_payments``: the purchase payments operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

if TYPE_CHECKING:
    from exsited.exsited.purchase_payments.purchase_payments_raw import AsyncPurchasePaymentsRaw, PurchasePaymentsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class PurchasePayments(Resource):
    """``sdk.purchase_payments``: the purchase payments operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "PurchasePaymentsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_payments.purchase_payments_raw import PurchasePaymentsRaw

        return PurchasePaymentsRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> PurchasePaymentsListDTO:
        """Lists the purchase payments, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/purchase-payments``

        Returns:
            PurchasePaymentsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every purchase payment that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-payments``

        Yields:
            PurchasePaymentDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PurchasePaymentDTO]", self._iterate(Listing(Call("purchase_payments.list", [], query), limit, offset, PurchasePaymentDTO)))

    def details(self, id: str) -> PurchasePaymentsDetailsDTO:
        """Reads a purchase payment.

        HTTP: ``GET /api/v3/purchase-payments/{id}``

        Returns:
            PurchasePaymentsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PurchasePaymentsDetailsDTO", self._run(Call("purchase_payments.details", path, answer=PurchasePaymentsDetailsDTO)))

    def update(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentUpdateRequestDTO,
    ) -> PurchasePaymentsUpdateResponseDTO:
        """Updates a purchase payment.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-payments/{purchase_payment_id}`` (json body)

        Returns:
            PurchasePaymentsUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (PurchasePaymentUpdateRequestDTO,))
        return cast("PurchasePaymentsUpdateResponseDTO", self._run(Call("purchase_payments.update", path, body=body, answer=PurchasePaymentsUpdateResponseDTO)))

    def delete(self, purchase_payment_id: str) -> DeleteResult:
        """Deletes a purchase payment.

        HTTP: ``DELETE /api/v3/purchase-payments/{purchase_payment_id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        return cast("DeleteResult", self._run(Call("purchase_payments.delete", path)))

    def create(self, request_data: PurchasePaymentRequestDTO) -> PurchasePaymentResponseDTO:
        """Creates a purchase payment.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-payments`` (json body)

        Returns:
            PurchasePaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (PurchasePaymentRequestDTO,))
        return cast("PurchasePaymentResponseDTO", self._run(Call("purchase_payments.create", body=body, answer=PurchasePaymentResponseDTO)))

    def create_from_purchase_invoice(
        self,
        purchase_invoice_id: str,
        request_data: PurchasePaymentRequestDTO,
    ) -> PurchasePaymentResponseDTO:
        """Adds a purchase payment to a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-invoices/{purchase_invoice_id}/purchase-payments`` (json body)

        Returns:
            PurchasePaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (PurchasePaymentRequestDTO,))
        return cast("PurchasePaymentResponseDTO", self._run(Call("purchase_payments.create_from_purchase_invoice", path, body=body, answer=PurchasePaymentResponseDTO)))

    def get_from_purchase_order(self, id: str) -> PurchaseOrderPaymentResponseDTO:
        """Reads the purchase payments of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/purchase-payments``

        Returns:
            PurchaseOrderPaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PurchaseOrderPaymentResponseDTO", self._run(Call("purchase_payments.get_from_purchase_order", path, answer=PurchaseOrderPaymentResponseDTO)))

    def get_from_account(self, id: str) -> PurchaseAccountPaymentResponseDTO:
        """Reads the purchase payments of an account.

        HTTP: ``GET /api/v3/accounts/{id}/purchase-payments``

        Returns:
            PurchaseAccountPaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PurchaseAccountPaymentResponseDTO", self._run(Call("purchase_payments.get_from_account", path, answer=PurchaseAccountPaymentResponseDTO)))

    def get_from_purchase_invoice(self, id: str) -> PurchaseInvoicePaymentResponseDTO:
        """Reads the purchase payments of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/purchase-payments``

        Returns:
            PurchaseInvoicePaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PurchaseInvoicePaymentResponseDTO", self._run(Call("purchase_payments.get_from_purchase_invoice", path, answer=PurchaseInvoicePaymentResponseDTO)))

    def update_information(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentInformationRequestDTO,
    ) -> PurchasePaymentInformationResponseDTO:
        """Updates the information of a purchase payment.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-payments/{purchase_payment_id}/information`` (json body)

        Returns:
            PurchasePaymentInformationResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (PurchasePaymentInformationRequestDTO,))
        return cast("PurchasePaymentInformationResponseDTO", self._run(Call("purchase_payments.update_information", path, body=body, answer=PurchasePaymentInformationResponseDTO)))


class AsyncPurchasePayments(Resource):
    """``sdk.purchase_payments``: the purchase payments operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncPurchasePaymentsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.purchase_payments.purchase_payments_raw import AsyncPurchasePaymentsRaw

        return AsyncPurchasePaymentsRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[PurchasePaymentsListDTO]:
        """Lists the purchase payments, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/purchase-payments``

        Returns:
            Awaitable of PurchasePaymentsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every purchase payment that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/purchase-payments``

        Yields:
            PurchasePaymentDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PurchasePaymentDTO]", self._iterate(Listing(Call("purchase_payments.list", [], query), limit, offset, PurchasePaymentDTO)))

    def details(self, id: str) -> Awaitable[PurchasePaymentsDetailsDTO]:
        """Reads a purchase payment.

        HTTP: ``GET /api/v3/purchase-payments/{id}``

        Returns:
            Awaitable of PurchasePaymentsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchasePaymentsDetailsDTO]", self._run(Call("purchase_payments.details", path, answer=PurchasePaymentsDetailsDTO)))

    def update(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentUpdateRequestDTO,
    ) -> Awaitable[PurchasePaymentsUpdateResponseDTO]:
        """Updates a purchase payment.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-payments/{purchase_payment_id}`` (json body)

        Returns:
            Awaitable of PurchasePaymentsUpdateResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (PurchasePaymentUpdateRequestDTO,))
        return cast("Awaitable[PurchasePaymentsUpdateResponseDTO]", self._run(Call("purchase_payments.update", path, body=body, answer=PurchasePaymentsUpdateResponseDTO)))

    def delete(self, purchase_payment_id: str) -> Awaitable[DeleteResult]:
        """Deletes a purchase payment.

        HTTP: ``DELETE /api/v3/purchase-payments/{purchase_payment_id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("purchase_payments.delete", path)))

    def create(self, request_data: PurchasePaymentRequestDTO) -> Awaitable[PurchasePaymentResponseDTO]:
        """Creates a purchase payment.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-payments`` (json body)

        Returns:
            Awaitable of PurchasePaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (PurchasePaymentRequestDTO,))
        return cast("Awaitable[PurchasePaymentResponseDTO]", self._run(Call("purchase_payments.create", body=body, answer=PurchasePaymentResponseDTO)))

    def create_from_purchase_invoice(
        self,
        purchase_invoice_id: str,
        request_data: PurchasePaymentRequestDTO,
    ) -> Awaitable[PurchasePaymentResponseDTO]:
        """Adds a purchase payment to a purchase invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/purchase-invoices/{purchase_invoice_id}/purchase-payments`` (json body)

        Returns:
            Awaitable of PurchasePaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_invoice_id", purchase_invoice_id)]
        body = args.body("request_data", request_data, (PurchasePaymentRequestDTO,))
        return cast("Awaitable[PurchasePaymentResponseDTO]", self._run(Call("purchase_payments.create_from_purchase_invoice", path, body=body, answer=PurchasePaymentResponseDTO)))

    def get_from_purchase_order(self, id: str) -> Awaitable[PurchaseOrderPaymentResponseDTO]:
        """Reads the purchase payments of a purchase order.

        HTTP: ``GET /api/v3/purchase-orders/{id}/purchase-payments``

        Returns:
            Awaitable of PurchaseOrderPaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseOrderPaymentResponseDTO]", self._run(Call("purchase_payments.get_from_purchase_order", path, answer=PurchaseOrderPaymentResponseDTO)))

    def get_from_account(self, id: str) -> Awaitable[PurchaseAccountPaymentResponseDTO]:
        """Reads the purchase payments of an account.

        HTTP: ``GET /api/v3/accounts/{id}/purchase-payments``

        Returns:
            Awaitable of PurchaseAccountPaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseAccountPaymentResponseDTO]", self._run(Call("purchase_payments.get_from_account", path, answer=PurchaseAccountPaymentResponseDTO)))

    def get_from_purchase_invoice(self, id: str) -> Awaitable[PurchaseInvoicePaymentResponseDTO]:
        """Reads the purchase payments of a purchase invoice.

        HTTP: ``GET /api/v3/purchase-invoices/{id}/purchase-payments``

        Returns:
            Awaitable of PurchaseInvoicePaymentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PurchaseInvoicePaymentResponseDTO]", self._run(Call("purchase_payments.get_from_purchase_invoice", path, answer=PurchaseInvoicePaymentResponseDTO)))

    def update_information(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentInformationRequestDTO,
    ) -> Awaitable[PurchasePaymentInformationResponseDTO]:
        """Updates the information of a purchase payment.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/purchase-payments/{purchase_payment_id}/information`` (json body)

        Returns:
            Awaitable of PurchasePaymentInformationResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("purchase_payment_id", purchase_payment_id)]
        body = args.body("request_data", request_data, (PurchasePaymentInformationRequestDTO,))
        return cast("Awaitable[PurchasePaymentInformationResponseDTO]", self._run(Call("purchase_payments.update_information", path, body=body, answer=PurchasePaymentInformationResponseDTO)))
