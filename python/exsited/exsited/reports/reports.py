# generated from api/ — do not edit; run `make generate`
"""``sdk.reports``: the reports operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
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

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Reports(Resource):
    """``sdk.reports``: the reports operations of the documented SDK."""

    def get_account_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountOverviewResponseDTO:
        """One page of account overview of the reports accounts.

        GET /api/v3/reports/accounts/account_overview

        Returns AccountOverviewResponseDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("AccountOverviewResponseDTO", self._run(Call("reports.get_account_overview", query=query, answer=AccountOverviewResponseDTO)))

    def get_account_overview_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_account_overview``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/reports/accounts/account_overview

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("reports.get_account_overview", [], query, limit, offset, None)))

    def get_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> InvoiceOverviewResponseDTO:
        """One page of invoice overview of the reports invoices.

        GET /api/v3/reports/invoices/invoice_overview

        Returns InvoiceOverviewResponseDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("InvoiceOverviewResponseDTO", self._run(Call("reports.get_invoice_overview", query=query, answer=InvoiceOverviewResponseDTO)))

    def get_invoice_overview_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_invoice_overview``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/reports/invoices/invoice_overview

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("reports.get_invoice_overview", [], query, limit, offset, None)))

    def get_order_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> OrderOverviewResponseDTO:
        """One page of order overview of the reports orders.

        GET /api/v3/reports/orders/order_overview

        Returns OrderOverviewResponseDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("OrderOverviewResponseDTO", self._run(Call("reports.get_order_overview", query=query, answer=OrderOverviewResponseDTO)))

    def get_order_overview_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_order_overview``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/reports/orders/order_overview

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("reports.get_order_overview", [], query, limit, offset, None)))

    def get_purchase_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseInvoicesOverviewResponseDTO:
        """One page of purchase invoice overview of the reports purchase invoices.

        GET /api/v3/reports/purchase_invoices/purchase_invoice_overview

        Returns PurchaseInvoicesOverviewResponseDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("PurchaseInvoicesOverviewResponseDTO", self._run(Call("reports.get_purchase_invoice_overview", query=query, answer=PurchaseInvoicesOverviewResponseDTO)))

    def get_purchase_invoice_overview_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``get_purchase_invoice_overview``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/reports/purchase_invoices/purchase_invoice_overview

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("reports.get_purchase_invoice_overview", [], query, limit, offset, None)))

    def purchase_order_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseOrderReportResponseDTO:
        """Reads the purchase order overview of the reports purchase orders.

        GET /api/v3/reports/purchase_orders/purchase_order_overview

        Returns PurchaseOrderReportResponseDTO.
        """
        query = args.query([], query_params)
        return cast("PurchaseOrderReportResponseDTO", self._run(Call("reports.purchase_order_report_overview", query=query, answer=PurchaseOrderReportResponseDTO)))

    def payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PaymentAndRefundReportResponseDTO:
        """Reads the payment and refund overview of the reports transactions.

        GET /api/v3/reports/transactions/payment_and_refund_overview

        Returns PaymentAndRefundReportResponseDTO.
        """
        query = args.query([], query_params)
        return cast("PaymentAndRefundReportResponseDTO", self._run(Call("reports.payment_and_refund_report_overview", query=query, answer=PaymentAndRefundReportResponseDTO)))

    def purchase_payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchasePaymentAndRefundReportResponseDTO:
        """Reads the purchase payment and refund overview of the reports purchase transactions.

        GET /api/v3/reports/purchase_transactions/purchase_payment_and_refund_overview

        Returns PurchasePaymentAndRefundReportResponseDTO.
        """
        query = args.query([], query_params)
        return cast("PurchasePaymentAndRefundReportResponseDTO", self._run(Call("reports.purchase_payment_and_refund_report_overview", query=query, answer=PurchasePaymentAndRefundReportResponseDTO)))


class AsyncReports(Resource):
    """``sdk.reports``: the reports operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def get_account_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountOverviewResponseDTO]:
        """One page of account overview of the reports accounts.

        GET /api/v3/reports/accounts/account_overview

        Returns Awaitable[AccountOverviewResponseDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[AccountOverviewResponseDTO]", self._run(Call("reports.get_account_overview", query=query, answer=AccountOverviewResponseDTO)))

    def get_account_overview_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_account_overview``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/reports/accounts/account_overview

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("reports.get_account_overview", [], query, limit, offset, None)))

    def get_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[InvoiceOverviewResponseDTO]:
        """One page of invoice overview of the reports invoices.

        GET /api/v3/reports/invoices/invoice_overview

        Returns Awaitable[InvoiceOverviewResponseDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[InvoiceOverviewResponseDTO]", self._run(Call("reports.get_invoice_overview", query=query, answer=InvoiceOverviewResponseDTO)))

    def get_invoice_overview_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_invoice_overview``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/reports/invoices/invoice_overview

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("reports.get_invoice_overview", [], query, limit, offset, None)))

    def get_order_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[OrderOverviewResponseDTO]:
        """One page of order overview of the reports orders.

        GET /api/v3/reports/orders/order_overview

        Returns Awaitable[OrderOverviewResponseDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[OrderOverviewResponseDTO]", self._run(Call("reports.get_order_overview", query=query, answer=OrderOverviewResponseDTO)))

    def get_order_overview_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_order_overview``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/reports/orders/order_overview

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("reports.get_order_overview", [], query, limit, offset, None)))

    def get_purchase_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseInvoicesOverviewResponseDTO]:
        """One page of purchase invoice overview of the reports purchase invoices.

        GET /api/v3/reports/purchase_invoices/purchase_invoice_overview

        Returns Awaitable[PurchaseInvoicesOverviewResponseDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[PurchaseInvoicesOverviewResponseDTO]", self._run(Call("reports.get_purchase_invoice_overview", query=query, answer=PurchaseInvoicesOverviewResponseDTO)))

    def get_purchase_invoice_overview_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``get_purchase_invoice_overview``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/reports/purchase_invoices/purchase_invoice_overview

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("reports.get_purchase_invoice_overview", [], query, limit, offset, None)))

    def purchase_order_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseOrderReportResponseDTO]:
        """Reads the purchase order overview of the reports purchase orders.

        GET /api/v3/reports/purchase_orders/purchase_order_overview

        Returns Awaitable[PurchaseOrderReportResponseDTO].
        """
        query = args.query([], query_params)
        return cast("Awaitable[PurchaseOrderReportResponseDTO]", self._run(Call("reports.purchase_order_report_overview", query=query, answer=PurchaseOrderReportResponseDTO)))

    def payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PaymentAndRefundReportResponseDTO]:
        """Reads the payment and refund overview of the reports transactions.

        GET /api/v3/reports/transactions/payment_and_refund_overview

        Returns Awaitable[PaymentAndRefundReportResponseDTO].
        """
        query = args.query([], query_params)
        return cast("Awaitable[PaymentAndRefundReportResponseDTO]", self._run(Call("reports.payment_and_refund_report_overview", query=query, answer=PaymentAndRefundReportResponseDTO)))

    def purchase_payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchasePaymentAndRefundReportResponseDTO]:
        """Reads the purchase payment and refund overview of the reports purchase transactions.

        GET /api/v3/reports/purchase_transactions/purchase_payment_and_refund_overview

        Returns Awaitable[PurchasePaymentAndRefundReportResponseDTO].
        """
        query = args.query([], query_params)
        return cast("Awaitable[PurchasePaymentAndRefundReportResponseDTO]", self._run(Call("reports.purchase_payment_and_refund_report_overview", query=query, answer=PurchasePaymentAndRefundReportResponseDTO)))
