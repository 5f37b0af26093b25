# generated from api/ — do not edit; run `make generate`
"""``sdk.reports``: the reports operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.common.common_enum import SortDirection

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
    ) -> Any:
        """One page of account overview of the reports accounts.

        GET /api/v3/reports/accounts/account_overview

        Returns the answer's JSON as plain data (documented as AccountOverviewResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("reports.get_account_overview", query=query))

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
    ) -> Any:
        """One page of invoice overview of the reports invoices.

        GET /api/v3/reports/invoices/invoice_overview

        Returns the answer's JSON as plain data (documented as InvoiceOverviewResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("reports.get_invoice_overview", query=query))

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
    ) -> Any:
        """One page of order overview of the reports orders.

        GET /api/v3/reports/orders/order_overview

        Returns the answer's JSON as plain data (documented as OrderOverviewResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("reports.get_order_overview", query=query))

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
    ) -> Any:
        """One page of purchase invoice overview of the reports purchase invoices.

        GET /api/v3/reports/purchase_invoices/purchase_invoice_overview

        Returns the answer's JSON as plain data (documented as PurchaseInvoicesOverviewResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return self._run(Call("reports.get_purchase_invoice_overview", query=query))

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

    def purchase_order_report_overview(self, query_params: Optional[Dict[str, Any]] = None) -> Any:
        """Reads the purchase order overview of the reports purchase orders.

        GET /api/v3/reports/purchase_orders/purchase_order_overview

        Returns the answer's JSON as plain data (documented as PurchaseOrderReportResponseDTO).
        """
        query = args.query([], query_params)
        return self._run(Call("reports.purchase_order_report_overview", query=query))

    def payment_and_refund_report_overview(self, query_params: Optional[Dict[str, Any]] = None) -> Any:
        """Reads the payment and refund overview of the reports transactions.

        GET /api/v3/reports/transactions/payment_and_refund_overview

        Returns the answer's JSON as plain data (documented as PaymentAndRefundReportResponseDTO).
        """
        query = args.query([], query_params)
        return self._run(Call("reports.payment_and_refund_report_overview", query=query))

    def purchase_payment_and_refund_report_overview(self, query_params: Optional[Dict[str, Any]] = None) -> Any:
        """Reads the purchase payment and refund overview of the reports purchase transactions.

        GET /api/v3/reports/purchase_transactions/purchase_payment_and_refund_overview

        Returns the answer's JSON as plain data (documented as PurchasePaymentAndRefundReportResponseDTO).
        """
        query = args.query([], query_params)
        return self._run(Call("reports.purchase_payment_and_refund_report_overview", query=query))


class AsyncReports(Resource):
    """``sdk.reports``: the reports operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def get_account_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """One page of account overview of the reports accounts.

        GET /api/v3/reports/accounts/account_overview

        Returns the answer's JSON as plain data (documented as AccountOverviewResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("reports.get_account_overview", query=query)))

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
    ) -> Awaitable[Any]:
        """One page of invoice overview of the reports invoices.

        GET /api/v3/reports/invoices/invoice_overview

        Returns the answer's JSON as plain data (documented as InvoiceOverviewResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("reports.get_invoice_overview", query=query)))

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
    ) -> Awaitable[Any]:
        """One page of order overview of the reports orders.

        GET /api/v3/reports/orders/order_overview

        Returns the answer's JSON as plain data (documented as OrderOverviewResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("reports.get_order_overview", query=query)))

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
    ) -> Awaitable[Any]:
        """One page of purchase invoice overview of the reports purchase invoices.

        GET /api/v3/reports/purchase_invoices/purchase_invoice_overview

        Returns the answer's JSON as plain data (documented as PurchaseInvoicesOverviewResponseDTO).
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], query_params)
        return cast("Awaitable[Any]", self._run(Call("reports.get_purchase_invoice_overview", query=query)))

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

    def purchase_order_report_overview(self, query_params: Optional[Dict[str, Any]] = None) -> Awaitable[Any]:
        """Reads the purchase order overview of the reports purchase orders.

        GET /api/v3/reports/purchase_orders/purchase_order_overview

        Returns the answer's JSON as plain data (documented as PurchaseOrderReportResponseDTO).
        """
        query = args.query([], query_params)
        return cast("Awaitable[Any]", self._run(Call("reports.purchase_order_report_overview", query=query)))

    def payment_and_refund_report_overview(self, query_params: Optional[Dict[str, Any]] = None) -> Awaitable[Any]:
        """Reads the payment and refund overview of the reports transactions.

        GET /api/v3/reports/transactions/payment_and_refund_overview

        Returns the answer's JSON as plain data (documented as PaymentAndRefundReportResponseDTO).
        """
        query = args.query([], query_params)
        return cast("Awaitable[Any]", self._run(Call("reports.payment_and_refund_report_overview", query=query)))

    def purchase_payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[Any]:
        """Reads the purchase payment and refund overview of the reports purchase transactions.

        GET /api/v3/reports/purchase_transactions/purchase_payment_and_refund_overview

        Returns the answer's JSON as plain data (documented as PurchasePaymentAndRefundReportResponseDTO).
        """
        query = args.query([], query_params)
        return cast("Awaitable[Any]", self._run(Call("reports.purchase_payment_and_refund_report_overview", query=query)))
