# generated from api/ — do not edit; run `make generate`
"""``sdk.payment``: the payment operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Payment(Resource):
    """``sdk.payment``: the payment operations of the documented SDK."""

    def create(self, invoice_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in payments of the invoices.

        POST /api/v3/invoices/{invoice_id}/payments

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("payment.create", path, body=body))

    def create_card(self, invoice_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in payments of the invoices.

        POST /api/v3/invoices/{invoice_id}/payments

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("payment.create", path, body=body))

    def create_direct_debit(self, invoice_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in payments of the invoices.

        POST /api/v3/invoices/{invoice_id}/payments

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("payment.create", path, body=body))

    def invoice_details(self, id: str) -> Any:
        """Reads the payments of the invoices.

        GET /api/v2/invoices/{id}/payments

        Returns the answer's JSON as plain data (documented as PaymentInvoiceResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("payment.invoice_details", path))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Any:
        """One page of payments.

        GET /api/v3/payments

        Returns the answer's JSON as plain data (documented as PaymentListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return self._run(Call("payment.list", query=query))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/payments

        Returns the answer's JSON as plain data (documented as PaymentDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("payment.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Any:
        """Reads one record of payments.

        GET /api/v3/payments/{id}

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("payment.details", path))

    def account_details(self, id: str) -> Any:
        """Reads the payments of the accounts.

        GET /api/v3/accounts/{id}/payments

        Returns the answer's JSON as plain data (documented as PaymentAccountResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("payment.account_details", path))

    def order_details(self, id: str) -> Any:
        """Reads the payments of the orders.

        GET /api/v3/orders/{id}/payments

        Returns the answer's JSON as plain data (documented as PaymentOrderResponseDTO).
        """
        path = [args.ident("id", id)]
        return self._run(Call("payment.order_details", path))

    def delete(self, id: str) -> DeleteResult:
        """Deletes one record of payments.

        DELETE /api/v2/payments/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("payment.delete", path)))

    def create_card_multiple(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Creates a record in payments of the invoices.

        POST /api/v3/invoices/payments

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("payment.create_card_multiple", body=body))

    def update(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Any:
        """Updates one record of payments.

        PATCH /api/v3/payments/{id}

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return self._run(Call("payment.update", path, body=body))


class AsyncPayment(Resource):
    """``sdk.payment``: the payment operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def create(self, invoice_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in payments of the invoices.

        POST /api/v3/invoices/{invoice_id}/payments

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("payment.create", path, body=body)))

    def create_card(self, invoice_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in payments of the invoices.

        POST /api/v3/invoices/{invoice_id}/payments

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("payment.create", path, body=body)))

    def create_direct_debit(self, invoice_id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in payments of the invoices.

        POST /api/v3/invoices/{invoice_id}/payments

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("invoice_id", invoice_id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("payment.create", path, body=body)))

    def invoice_details(self, id: str) -> Awaitable[Any]:
        """Reads the payments of the invoices.

        GET /api/v2/invoices/{id}/payments

        Returns the answer's JSON as plain data (documented as PaymentInvoiceResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("payment.invoice_details", path)))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[Any]:
        """One page of payments.

        GET /api/v3/payments

        Returns the answer's JSON as plain data (documented as PaymentListDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], None)
        return cast("Awaitable[Any]", self._run(Call("payment.list", query=query)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/payments

        Returns the answer's JSON as plain data (documented as PaymentDataDTO).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("payment.list", [], query, limit, offset, None)))

    def details(self, id: str) -> Awaitable[Any]:
        """Reads one record of payments.

        GET /api/v3/payments/{id}

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("payment.details", path)))

    def account_details(self, id: str) -> Awaitable[Any]:
        """Reads the payments of the accounts.

        GET /api/v3/accounts/{id}/payments

        Returns the answer's JSON as plain data (documented as PaymentAccountResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("payment.account_details", path)))

    def order_details(self, id: str) -> Awaitable[Any]:
        """Reads the payments of the orders.

        GET /api/v3/orders/{id}/payments

        Returns the answer's JSON as plain data (documented as PaymentOrderResponseDTO).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Any]", self._run(Call("payment.order_details", path)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes one record of payments.

        DELETE /api/v2/payments/{id}

        Returns the answer's JSON as plain data.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("payment.delete", path)))

    def create_card_multiple(self, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Creates a record in payments of the invoices.

        POST /api/v3/invoices/payments

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("payment.create_card_multiple", body=body)))

    def update(self, id: str, request_data: Union[DTOBase, Dict[str, Any]]) -> Awaitable[Any]:
        """Updates one record of payments.

        PATCH /api/v3/payments/{id}

        Returns the answer's JSON as plain data (documented as PaymentDetailsDTO).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (DTOBase,))
        return cast("Awaitable[Any]", self._run(Call("payment.update", path, body=body)))
