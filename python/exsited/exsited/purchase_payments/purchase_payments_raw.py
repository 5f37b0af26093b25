# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.purchase_payments``."""

from typing import Awaitable, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.purchase_payments.dto.purchase_payments_dto import (
    PurchaseAccountPaymentResponseDTO,
    PurchaseInvoicePaymentResponseDTO,
    PurchaseOrderPaymentResponseDTO,
    PurchasePaymentInformationRequestDTO,
    PurchasePaymentInformationResponseDTO,
    PurchasePaymentRequestDTO,
    PurchasePaymentResponseDTO,
    PurchasePaymentUpdateRequestDTO,
    PurchasePaymentsDetailsDTO,
    PurchasePaymentsListDTO,
    PurchasePaymentsUpdateResponseDTO,
)
from exsited.exsited.purchase_payments.purchase_payments import DeleteResult


class PurchasePaymentsRaw(RawResource):
    """``PurchasePayments.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> RawResponse[PurchasePaymentsListDTO]:
        """``PurchasePayments.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchasePaymentsListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> RawResponse[PurchasePaymentsDetailsDTO]:
        """``PurchasePayments.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchasePaymentsDetailsDTO]", self._resource.details(id=id))

    def update(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentUpdateRequestDTO,
    ) -> RawResponse[PurchasePaymentsUpdateResponseDTO]:
        """``PurchasePayments.update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchasePaymentsUpdateResponseDTO]", self._resource.update(
            purchase_payment_id=purchase_payment_id,
            request_data=request_data,
        ))

    def delete(self, purchase_payment_id: str) -> RawResponse[DeleteResult]:
        """``PurchasePayments.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(purchase_payment_id=purchase_payment_id))

    def create(self, request_data: PurchasePaymentRequestDTO) -> RawResponse[PurchasePaymentResponseDTO]:
        """``PurchasePayments.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchasePaymentResponseDTO]", self._resource.create(request_data=request_data))

    def create_from_purchase_invoice(
        self,
        purchase_invoice_id: str,
        request_data: PurchasePaymentRequestDTO,
    ) -> RawResponse[PurchasePaymentResponseDTO]:
        """``PurchasePayments.create_from_purchase_invoice``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchasePaymentResponseDTO]", self._resource.create_from_purchase_invoice(
            purchase_invoice_id=purchase_invoice_id,
            request_data=request_data,
        ))

    def get_from_purchase_order(self, id: str) -> RawResponse[PurchaseOrderPaymentResponseDTO]:
        """``PurchasePayments.get_from_purchase_order``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderPaymentResponseDTO]", self._resource.get_from_purchase_order(id=id))

    def get_from_account(self, id: str) -> RawResponse[PurchaseAccountPaymentResponseDTO]:
        """``PurchasePayments.get_from_account``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseAccountPaymentResponseDTO]", self._resource.get_from_account(id=id))

    def get_from_purchase_invoice(self, id: str) -> RawResponse[PurchaseInvoicePaymentResponseDTO]:
        """``PurchasePayments.get_from_purchase_invoice``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoicePaymentResponseDTO]", self._resource.get_from_purchase_invoice(id=id))

    def update_information(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentInformationRequestDTO,
    ) -> RawResponse[PurchasePaymentInformationResponseDTO]:
        """``PurchasePayments.update_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchasePaymentInformationResponseDTO]", self._resource.update_information(
            purchase_payment_id=purchase_payment_id,
            request_data=request_data,
        ))


class AsyncPurchasePaymentsRaw(RawResource):
    """``AsyncPurchasePayments.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
    ) -> Awaitable[RawResponse[PurchasePaymentsListDTO]]:
        """``AsyncPurchasePayments.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchasePaymentsListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[PurchasePaymentsDetailsDTO]]:
        """``AsyncPurchasePayments.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchasePaymentsDetailsDTO]]", self._resource.details(id=id))

    def update(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentUpdateRequestDTO,
    ) -> Awaitable[RawResponse[PurchasePaymentsUpdateResponseDTO]]:
        """``AsyncPurchasePayments.update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchasePaymentsUpdateResponseDTO]]", self._resource.update(
            purchase_payment_id=purchase_payment_id,
            request_data=request_data,
        ))

    def delete(self, purchase_payment_id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncPurchasePayments.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(
            purchase_payment_id=purchase_payment_id,
        ))

    def create(self, request_data: PurchasePaymentRequestDTO) -> Awaitable[RawResponse[PurchasePaymentResponseDTO]]:
        """``AsyncPurchasePayments.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchasePaymentResponseDTO]]", self._resource.create(
            request_data=request_data,
        ))

    def create_from_purchase_invoice(
        self,
        purchase_invoice_id: str,
        request_data: PurchasePaymentRequestDTO,
    ) -> Awaitable[RawResponse[PurchasePaymentResponseDTO]]:
        """``AsyncPurchasePayments.create_from_purchase_invoice``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchasePaymentResponseDTO]]", self._resource.create_from_purchase_invoice(
            purchase_invoice_id=purchase_invoice_id,
            request_data=request_data,
        ))

    def get_from_purchase_order(self, id: str) -> Awaitable[RawResponse[PurchaseOrderPaymentResponseDTO]]:
        """``AsyncPurchasePayments.get_from_purchase_order``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderPaymentResponseDTO]]", self._resource.get_from_purchase_order(
            id=id,
        ))

    def get_from_account(self, id: str) -> Awaitable[RawResponse[PurchaseAccountPaymentResponseDTO]]:
        """``AsyncPurchasePayments.get_from_account``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseAccountPaymentResponseDTO]]", self._resource.get_from_account(id=id))

    def get_from_purchase_invoice(self, id: str) -> Awaitable[RawResponse[PurchaseInvoicePaymentResponseDTO]]:
        """``AsyncPurchasePayments.get_from_purchase_invoice``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoicePaymentResponseDTO]]", self._resource.get_from_purchase_invoice(
            id=id,
        ))

    def update_information(
        self,
        purchase_payment_id: str,
        request_data: PurchasePaymentInformationRequestDTO,
    ) -> Awaitable[RawResponse[PurchasePaymentInformationResponseDTO]]:
        """``AsyncPurchasePayments.update_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchasePaymentInformationResponseDTO]]", self._resource.update_information(
            purchase_payment_id=purchase_payment_id,
            request_data=request_data,
        ))
