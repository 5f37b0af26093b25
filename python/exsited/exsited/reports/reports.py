# generated from api/ — do not edit; run `make generate`
"""``sdk.reports``: the reports operations of the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

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

if TYPE_CHECKING:
    from exsited.exsited.reports.reports_raw import AsyncReportsRaw, ReportsRaw

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Reports(Resource):
    """``sdk.reports``: the reports operations of the documented SDK."""

    @property
    def with_raw_response(self) -> "ReportsRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.reports.reports_raw import ReportsRaw

        return ReportsRaw(self._raw_copy())

    def get_account_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountOverviewResponseDTO:
        """Lists the account overview in the accounts in the reports, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/reports/accounts/account_overview``

        Returns:
            AccountOverviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every account overview in the accounts in the reports that ``get_account_overview`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/reports/accounts/account_overview``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("reports.get_account_overview", [], query), limit, offset, None)))

    def get_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> InvoiceOverviewResponseDTO:
        """Lists the invoice overview in the invoices in the reports, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/reports/invoices/invoice_overview``

        Returns:
            InvoiceOverviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every invoice overview in the invoices in the reports that ``get_invoice_overview`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/reports/invoices/invoice_overview``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("reports.get_invoice_overview", [], query), limit, offset, None)))

    def get_order_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> OrderOverviewResponseDTO:
        """Lists the order overview in the orders in the reports, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/reports/orders/order_overview``

        Returns:
            OrderOverviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every order overview in the orders in the reports that ``get_order_overview`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/reports/orders/order_overview``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("reports.get_order_overview", [], query), limit, offset, None)))

    def get_purchase_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseInvoicesOverviewResponseDTO:
        """Lists the purchase invoice overview in the purchase invoices in the reports, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/reports/purchase_invoices/purchase_invoice_overview``

        Returns:
            PurchaseInvoicesOverviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every purchase invoice overview in the purchase invoices in the reports that ``get_purchase_invoice_overview`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/reports/purchase_invoices/purchase_invoice_overview``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing(Call("reports.get_purchase_invoice_overview", [], query), limit, offset, None)))

    def purchase_order_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchaseOrderReportResponseDTO:
        """Reads the purchase order overview in the purchase orders in the reports.

        HTTP: ``GET /api/v3/reports/purchase_orders/purchase_order_overview``

        Returns:
            PurchaseOrderReportResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], query_params)
        return cast("PurchaseOrderReportResponseDTO", self._run(Call("reports.purchase_order_report_overview", query=query, answer=PurchaseOrderReportResponseDTO)))

    def payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PaymentAndRefundReportResponseDTO:
        """Reads the payment and refund overview in the transactions in the reports.

        HTTP: ``GET /api/v3/reports/transactions/payment_and_refund_overview``

        Returns:
            PaymentAndRefundReportResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], query_params)
        return cast("PaymentAndRefundReportResponseDTO", self._run(Call("reports.payment_and_refund_report_overview", query=query, answer=PaymentAndRefundReportResponseDTO)))

    def purchase_payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> PurchasePaymentAndRefundReportResponseDTO:
        """Reads the purchase payment and refund overview in the purchase transactions in the reports.

        HTTP: ``GET /api/v3/reports/purchase_transactions/purchase_payment_and_refund_overview``

        Returns:
            PurchasePaymentAndRefundReportResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], query_params)
        return cast("PurchasePaymentAndRefundReportResponseDTO", self._run(Call("reports.purchase_payment_and_refund_report_overview", query=query, answer=PurchasePaymentAndRefundReportResponseDTO)))


class AsyncReports(Resource):
    """``sdk.reports``: the reports operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncReportsRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.reports.reports_raw import AsyncReportsRaw

        return AsyncReportsRaw(self._raw_copy())

    def get_account_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountOverviewResponseDTO]:
        """Lists the account overview in the accounts in the reports, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/reports/accounts/account_overview``

        Returns:
            Awaitable of AccountOverviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every account overview in the accounts in the reports that ``get_account_overview`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/reports/accounts/account_overview``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("reports.get_account_overview", [], query), limit, offset, None)))

    def get_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[InvoiceOverviewResponseDTO]:
        """Lists the invoice overview in the invoices in the reports, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/reports/invoices/invoice_overview``

        Returns:
            Awaitable of InvoiceOverviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every invoice overview in the invoices in the reports that ``get_invoice_overview`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/reports/invoices/invoice_overview``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("reports.get_invoice_overview", [], query), limit, offset, None)))

    def get_order_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[OrderOverviewResponseDTO]:
        """Lists the order overview in the orders in the reports, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/reports/orders/order_overview``

        Returns:
            Awaitable of OrderOverviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every order overview in the orders in the reports that ``get_order_overview`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/reports/orders/order_overview``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("reports.get_order_overview", [], query), limit, offset, None)))

    def get_purchase_invoice_overview(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseInvoicesOverviewResponseDTO]:
        """Lists the purchase invoice overview in the purchase invoices in the reports, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/reports/purchase_invoices/purchase_invoice_overview``

        Returns:
            Awaitable of PurchaseInvoicesOverviewResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
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
        """Every purchase invoice overview in the purchase invoices in the reports that ``get_purchase_invoice_overview`` lists, fetched lazily page by page (``limit`` records a page).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/reports/purchase_invoices/purchase_invoice_overview``

        Yields:
            Dict[str, Any]: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing(Call("reports.get_purchase_invoice_overview", [], query), limit, offset, None)))

    def purchase_order_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchaseOrderReportResponseDTO]:
        """Reads the purchase order overview in the purchase orders in the reports.

        HTTP: ``GET /api/v3/reports/purchase_orders/purchase_order_overview``

        Returns:
            Awaitable of PurchaseOrderReportResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], query_params)
        return cast("Awaitable[PurchaseOrderReportResponseDTO]", self._run(Call("reports.purchase_order_report_overview", query=query, answer=PurchaseOrderReportResponseDTO)))

    def payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PaymentAndRefundReportResponseDTO]:
        """Reads the payment and refund overview in the transactions in the reports.

        HTTP: ``GET /api/v3/reports/transactions/payment_and_refund_overview``

        Returns:
            Awaitable of PaymentAndRefundReportResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], query_params)
        return cast("Awaitable[PaymentAndRefundReportResponseDTO]", self._run(Call("reports.payment_and_refund_report_overview", query=query, answer=PaymentAndRefundReportResponseDTO)))

    def purchase_payment_and_refund_report_overview(
        self,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[PurchasePaymentAndRefundReportResponseDTO]:
        """Reads the purchase payment and refund overview in the purchase transactions in the reports.

        HTTP: ``GET /api/v3/reports/purchase_transactions/purchase_payment_and_refund_overview``

        Returns:
            Awaitable of PurchasePaymentAndRefundReportResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.query([], query_params)
        return cast("Awaitable[PurchasePaymentAndRefundReportResponseDTO]", self._run(Call("reports.purchase_payment_and_refund_report_overview", query=query, answer=PurchasePaymentAndRefundReportResponseDTO)))
