# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.reports``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.reports.dto.reports_dto import (
    AccountOverviewResponseDTO,
    InvoiceOverviewResponseDTO,
    OrderOverviewResponseDTO,
    PaymentAndRefundReportResponseDTO,
    PurchaseInvoicesOverviewResponseDTO,
    PurchaseOrderReportResponseDTO,
    PurchasePaymentAndRefundReportResponseDTO,
)


class ReportsRaw(RawResource):
    """``Reports.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def get_account_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountOverviewResponseDTO]:
        """``Reports.get_account_overview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountOverviewResponseDTO]", self._resource.get_account_overview(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[InvoiceOverviewResponseDTO]:
        """``Reports.get_invoice_overview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[InvoiceOverviewResponseDTO]", self._resource.get_invoice_overview(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_order_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[OrderOverviewResponseDTO]:
        """``Reports.get_order_overview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[OrderOverviewResponseDTO]", self._resource.get_order_overview(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_purchase_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchaseInvoicesOverviewResponseDTO]:
        """``Reports.get_purchase_invoice_overview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseInvoicesOverviewResponseDTO]", self._resource.get_purchase_invoice_overview(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def purchase_order_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchaseOrderReportResponseDTO]:
        """``Reports.purchase_order_report_overview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchaseOrderReportResponseDTO]", self._resource.purchase_order_report_overview(
            query_params=query_params,
        ))

    def payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PaymentAndRefundReportResponseDTO]:
        """``Reports.payment_and_refund_report_overview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentAndRefundReportResponseDTO]", self._resource.payment_and_refund_report_overview(
            query_params=query_params,
        ))

    def purchase_payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[PurchasePaymentAndRefundReportResponseDTO]:
        """``Reports.purchase_payment_and_refund_report_overview``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PurchasePaymentAndRefundReportResponseDTO]", self._resource.purchase_payment_and_refund_report_overview(
            query_params=query_params,
        ))


class AsyncReportsRaw(RawResource):
    """``AsyncReports.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def get_account_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountOverviewResponseDTO]]:
        """``AsyncReports.get_account_overview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountOverviewResponseDTO]]", self._resource.get_account_overview(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[InvoiceOverviewResponseDTO]]:
        """``AsyncReports.get_invoice_overview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[InvoiceOverviewResponseDTO]]", self._resource.get_invoice_overview(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_order_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[OrderOverviewResponseDTO]]:
        """``AsyncReports.get_order_overview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[OrderOverviewResponseDTO]]", self._resource.get_order_overview(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def get_purchase_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchaseInvoicesOverviewResponseDTO]]:
        """``AsyncReports.get_purchase_invoice_overview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseInvoicesOverviewResponseDTO]]", self._resource.get_purchase_invoice_overview(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def purchase_order_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchaseOrderReportResponseDTO]]:
        """``AsyncReports.purchase_order_report_overview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchaseOrderReportResponseDTO]]", self._resource.purchase_order_report_overview(
            query_params=query_params,
        ))

    def payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PaymentAndRefundReportResponseDTO]]:
        """``AsyncReports.payment_and_refund_report_overview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentAndRefundReportResponseDTO]]", self._resource.payment_and_refund_report_overview(
            query_params=query_params,
        ))

    def purchase_payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[PurchasePaymentAndRefundReportResponseDTO]]:
        """``AsyncReports.purchase_payment_and_refund_report_overview``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PurchasePaymentAndRefundReportResponseDTO]]", self._resource.purchase_payment_and_refund_report_overview(
            query_params=query_params,
        ))
