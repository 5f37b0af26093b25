# generated from api/ — do not edit; run `make generate`
"""``sdk.payment``: the payment operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.payment.dto.payment_dto import (
    CardDirectDebitPaymentCreateDTO,
    CardPaymentCreateDTO,
    PaymentAccountResponseDTO,
    PaymentCreateDTO,
    PaymentDataDTO,
    PaymentDetailsDTO,
    PaymentInvoiceResponseDTO,
    PaymentListDTO,
    PaymentMultipleRequestDTO,
    PaymentOrderResponseDTO,
    PaymentUpdateDTO,
)

if TYPE_CHECKING:
    from exsited.exsited.payment.payment_raw import AsyncPaymentRaw, PaymentRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Payment(Resource):
    """``sdk.payment``: the payment operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "PaymentRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.payment.payment_raw import PaymentRaw

        return PaymentRaw(self._raw_copy())

    def create(self, invoice_id: str, request_data: PaymentCreateDTO) -> PaymentDetailsDTO:
        """Adds a payment to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{invoice_id}/payments`` (json body)

        Returns:
            PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (PaymentCreateDTO,))
        return cast("PaymentDetailsDTO", self._run(Call("payment.create", path, body=body, answer=PaymentDetailsDTO)))

    def create_card(self, invoice_id: str, request_data: CardPaymentCreateDTO) -> PaymentDetailsDTO:
        """Adds a payment to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{invoice_id}/payments`` (json body)

        Returns:
            PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (CardPaymentCreateDTO,))
        return cast("PaymentDetailsDTO", self._run(Call("payment.create", path, body=body, answer=PaymentDetailsDTO)))

    def create_direct_debit(self, invoice_id: str, request_data: CardDirectDebitPaymentCreateDTO) -> PaymentDetailsDTO:
        """Adds a payment to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{invoice_id}/payments`` (json body)

        Returns:
            PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (CardDirectDebitPaymentCreateDTO,))
        return cast("PaymentDetailsDTO", self._run(Call("payment.create", path, body=body, answer=PaymentDetailsDTO)))

    def invoice_details(self, id: str) -> PaymentInvoiceResponseDTO:
        """Reads the payments of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/payments``

        Returns:
            PaymentInvoiceResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PaymentInvoiceResponseDTO", self._run(Call("payment.invoice_details", path, answer=PaymentInvoiceResponseDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> PaymentListDTO:
        """Lists the payments, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/payments``

        Returns:
            PaymentListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("PaymentListDTO", self._run(Call("payment.list", query=query, answer=PaymentListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[PaymentDataDTO]:
        """Every payment that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/payments``

        Yields:
            PaymentDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[PaymentDataDTO]", self._iterate(Listing(Call("payment.list", [], query), limit, offset, PaymentDataDTO)))

    def details(self, id: str) -> PaymentDetailsDTO:
        """Reads a payment.

        HTTP: ``GET /api/v3/payments/{id}``

        Returns:
            PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PaymentDetailsDTO", self._run(Call("payment.details", path, answer=PaymentDetailsDTO)))

    def account_details(self, id: str) -> PaymentAccountResponseDTO:
        """Reads the payments of an account.

        HTTP: ``GET /api/v3/accounts/{id}/payments``

        Returns:
            PaymentAccountResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PaymentAccountResponseDTO", self._run(Call("payment.account_details", path, answer=PaymentAccountResponseDTO)))

    def order_details(self, id: str) -> PaymentOrderResponseDTO:
        """Reads the payments of an order.

        HTTP: ``GET /api/v3/orders/{id}/payments``

        Returns:
            PaymentOrderResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("PaymentOrderResponseDTO", self._run(Call("payment.order_details", path, answer=PaymentOrderResponseDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes a payment.

        HTTP: ``DELETE /api/v2/payments/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("payment.delete", path)))

    def create_card_multiple(self, request_data: PaymentMultipleRequestDTO) -> PaymentDetailsDTO:
        """Adds a payment to the invoices.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/payments`` (json body)

        Returns:
            PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (PaymentMultipleRequestDTO,))
        return cast("PaymentDetailsDTO", self._run(Call("payment.create_card_multiple", body=body, answer=PaymentDetailsDTO)))

    def update(self, id: str, request_data: PaymentUpdateDTO) -> PaymentDetailsDTO:
        """Updates a payment.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/payments/{id}`` (json body)

        Returns:
            PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PaymentUpdateDTO,))
        return cast("PaymentDetailsDTO", self._run(Call("payment.update", path, body=body, answer=PaymentDetailsDTO)))


class AsyncPayment(Resource):
    """``sdk.payment``: the payment operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncPaymentRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.payment.payment_raw import AsyncPaymentRaw

        return AsyncPaymentRaw(self._raw_copy())

    def create(self, invoice_id: str, request_data: PaymentCreateDTO) -> Awaitable[PaymentDetailsDTO]:
        """Adds a payment to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{invoice_id}/payments`` (json body)

        Returns:
            Awaitable of PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (PaymentCreateDTO,))
        return cast("Awaitable[PaymentDetailsDTO]", self._run(Call("payment.create", path, body=body, answer=PaymentDetailsDTO)))

    def create_card(self, invoice_id: str, request_data: CardPaymentCreateDTO) -> Awaitable[PaymentDetailsDTO]:
        """Adds a payment to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{invoice_id}/payments`` (json body)

        Returns:
            Awaitable of PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (CardPaymentCreateDTO,))
        return cast("Awaitable[PaymentDetailsDTO]", self._run(Call("payment.create", path, body=body, answer=PaymentDetailsDTO)))

    def create_direct_debit(
        self,
        invoice_id: str,
        request_data: CardDirectDebitPaymentCreateDTO,
    ) -> Awaitable[PaymentDetailsDTO]:
        """Adds a payment to an invoice.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/{invoice_id}/payments`` (json body)

        Returns:
            Awaitable of PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (CardDirectDebitPaymentCreateDTO,))
        return cast("Awaitable[PaymentDetailsDTO]", self._run(Call("payment.create", path, body=body, answer=PaymentDetailsDTO)))

    def invoice_details(self, id: str) -> Awaitable[PaymentInvoiceResponseDTO]:
        """Reads the payments of an invoice.

        HTTP: ``GET /api/v2/invoices/{id}/payments``

        Returns:
            Awaitable of PaymentInvoiceResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PaymentInvoiceResponseDTO]", self._run(Call("payment.invoice_details", path, answer=PaymentInvoiceResponseDTO)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[PaymentListDTO]:
        """Lists the payments, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order.

        HTTP: ``GET /api/v3/payments``

        Returns:
            Awaitable of PaymentListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[PaymentListDTO]", self._run(Call("payment.list", query=query, answer=PaymentListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[PaymentDataDTO]:
        """Every payment that ``list`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/payments``

        Yields:
            PaymentDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[PaymentDataDTO]", self._iterate(Listing(Call("payment.list", [], query), limit, offset, PaymentDataDTO)))

    def details(self, id: str) -> Awaitable[PaymentDetailsDTO]:
        """Reads a payment.

        HTTP: ``GET /api/v3/payments/{id}``

        Returns:
            Awaitable of PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PaymentDetailsDTO]", self._run(Call("payment.details", path, answer=PaymentDetailsDTO)))

    def account_details(self, id: str) -> Awaitable[PaymentAccountResponseDTO]:
        """Reads the payments of an account.

        HTTP: ``GET /api/v3/accounts/{id}/payments``

        Returns:
            Awaitable of PaymentAccountResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PaymentAccountResponseDTO]", self._run(Call("payment.account_details", path, answer=PaymentAccountResponseDTO)))

    def order_details(self, id: str) -> Awaitable[PaymentOrderResponseDTO]:
        """Reads the payments of an order.

        HTTP: ``GET /api/v3/orders/{id}/payments``

        Returns:
            Awaitable of PaymentOrderResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[PaymentOrderResponseDTO]", self._run(Call("payment.order_details", path, answer=PaymentOrderResponseDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes a payment.

        HTTP: ``DELETE /api/v2/payments/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("payment.delete", path)))

    def create_card_multiple(self, request_data: PaymentMultipleRequestDTO) -> Awaitable[PaymentDetailsDTO]:
        """Adds a payment to the invoices.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/invoices/payments`` (json body)

        Returns:
            Awaitable of PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (PaymentMultipleRequestDTO,))
        return cast("Awaitable[PaymentDetailsDTO]", self._run(Call("payment.create_card_multiple", body=body, answer=PaymentDetailsDTO)))

    def update(self, id: str, request_data: PaymentUpdateDTO) -> Awaitable[PaymentDetailsDTO]:
        """Updates a payment.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/payments/{id}`` (json body)

        Returns:
            Awaitable of PaymentDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (PaymentUpdateDTO,))
        return cast("Awaitable[PaymentDetailsDTO]", self._run(Call("payment.update", path, body=body, answer=PaymentDetailsDTO)))
