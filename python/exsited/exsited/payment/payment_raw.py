# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.payment``."""

from typing import Awaitable, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.payment.dto.payment_dto import (
    CardDirectDebitPaymentCreateDTO,
    CardPaymentCreateDTO,
    PaymentAccountResponseDTO,
    PaymentCreateDTO,
    PaymentDetailsDTO,
    PaymentInvoiceResponseDTO,
    PaymentListDTO,
    PaymentMultipleRequestDTO,
    PaymentOrderResponseDTO,
    PaymentUpdateDTO,
)
from exsited.exsited.payment.payment import DeleteResult


class PaymentRaw(RawResource):
    """``Payment.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def create(self, invoice_id: str, request_data: PaymentCreateDTO) -> RawResponse[PaymentDetailsDTO]:
        """``Payment.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentDetailsDTO]", self._resource.create(
            invoice_id=invoice_id,
            request_data=request_data,
        ))

    def create_card(self, invoice_id: str, request_data: CardPaymentCreateDTO) -> RawResponse[PaymentDetailsDTO]:
        """``Payment.create_card``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentDetailsDTO]", self._resource.create_card(
            invoice_id=invoice_id,
            request_data=request_data,
        ))

    def create_direct_debit(
        self,
        invoice_id: str,
        request_data: CardDirectDebitPaymentCreateDTO,
    ) -> RawResponse[PaymentDetailsDTO]:
        """``Payment.create_direct_debit``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentDetailsDTO]", self._resource.create_direct_debit(
            invoice_id=invoice_id,
            request_data=request_data,
        ))

    def invoice_details(self, id: str) -> RawResponse[PaymentInvoiceResponseDTO]:
        """``Payment.invoice_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentInvoiceResponseDTO]", self._resource.invoice_details(id=id))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[PaymentListDTO]:
        """``Payment.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> RawResponse[PaymentDetailsDTO]:
        """``Payment.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentDetailsDTO]", self._resource.details(id=id))

    def account_details(self, id: str) -> RawResponse[PaymentAccountResponseDTO]:
        """``Payment.account_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentAccountResponseDTO]", self._resource.account_details(id=id))

    def order_details(self, id: str) -> RawResponse[PaymentOrderResponseDTO]:
        """``Payment.order_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentOrderResponseDTO]", self._resource.order_details(id=id))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``Payment.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))

    def create_card_multiple(self, request_data: PaymentMultipleRequestDTO) -> RawResponse[PaymentDetailsDTO]:
        """``Payment.create_card_multiple``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentDetailsDTO]", self._resource.create_card_multiple(request_data=request_data))

    def update(self, id: str, request_data: PaymentUpdateDTO) -> RawResponse[PaymentDetailsDTO]:
        """``Payment.update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentDetailsDTO]", self._resource.update(id=id, request_data=request_data))


class AsyncPaymentRaw(RawResource):
    """``AsyncPayment.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def create(self, invoice_id: str, request_data: PaymentCreateDTO) -> Awaitable[RawResponse[PaymentDetailsDTO]]:
        """``AsyncPayment.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentDetailsDTO]]", self._resource.create(
            invoice_id=invoice_id,
            request_data=request_data,
        ))

    def create_card(
        self,
        invoice_id: str,
        request_data: CardPaymentCreateDTO,
    ) -> Awaitable[RawResponse[PaymentDetailsDTO]]:
        """``AsyncPayment.create_card``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentDetailsDTO]]", self._resource.create_card(
            invoice_id=invoice_id,
            request_data=request_data,
        ))

    def create_direct_debit(
        self,
        invoice_id: str,
        request_data: CardDirectDebitPaymentCreateDTO,
    ) -> Awaitable[RawResponse[PaymentDetailsDTO]]:
        """``AsyncPayment.create_direct_debit``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentDetailsDTO]]", self._resource.create_direct_debit(
            invoice_id=invoice_id,
            request_data=request_data,
        ))

    def invoice_details(self, id: str) -> Awaitable[RawResponse[PaymentInvoiceResponseDTO]]:
        """``AsyncPayment.invoice_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentInvoiceResponseDTO]]", self._resource.invoice_details(id=id))

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[PaymentListDTO]]:
        """``AsyncPayment.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[PaymentDetailsDTO]]:
        """``AsyncPayment.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentDetailsDTO]]", self._resource.details(id=id))

    def account_details(self, id: str) -> Awaitable[RawResponse[PaymentAccountResponseDTO]]:
        """``AsyncPayment.account_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentAccountResponseDTO]]", self._resource.account_details(id=id))

    def order_details(self, id: str) -> Awaitable[RawResponse[PaymentOrderResponseDTO]]:
        """``AsyncPayment.order_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentOrderResponseDTO]]", self._resource.order_details(id=id))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncPayment.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))

    def create_card_multiple(
        self,
        request_data: PaymentMultipleRequestDTO,
    ) -> Awaitable[RawResponse[PaymentDetailsDTO]]:
        """``AsyncPayment.create_card_multiple``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentDetailsDTO]]", self._resource.create_card_multiple(
            request_data=request_data,
        ))

    def update(self, id: str, request_data: PaymentUpdateDTO) -> Awaitable[RawResponse[PaymentDetailsDTO]]:
        """``AsyncPayment.update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentDetailsDTO]]", self._resource.update(
            id=id,
            request_data=request_data,
        ))
