# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.reports.dto.reports_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "AccountOverviewAccountsDTO",
    "AccountOverviewEntryDTO",
    "AccountOverviewReportDTO",
    "AccountOverviewResponseDTO",
    "AmountCountDTO",
    "InvoiceOverviewEntryDTO",
    "InvoiceOverviewInvoicesDTO",
    "InvoiceOverviewReportDTO",
    "InvoiceOverviewResponseDTO",
    "InvoiceOverviewStatDTO",
    "OrderOverviewEntryDTO",
    "OrderOverviewOrdersDTO",
    "OrderOverviewReportDTO",
    "OrderOverviewResponseDTO",
    "OrderOverviewStatDTO",
    "PaymentAndRefundOverviewDTO",
    "PaymentAndRefundReportDTO",
    "PaymentAndRefundReportResponseDTO",
    "PaymentEntryDTO",
    "PurchaseInvoicesOverviewEntryDTO",
    "PurchaseInvoicesOverviewInvoicesDTO",
    "PurchaseInvoicesOverviewReportDTO",
    "PurchaseInvoicesOverviewResponseDTO",
    "PurchaseInvoicesOverviewStatDTO",
    "PurchaseOrderEntryDTO",
    "PurchaseOrderOverviewDTO",
    "PurchaseOrderReportDTO",
    "PurchaseOrderReportResponseDTO",
    "PurchasePaymentAndRefundOverviewDTO",
    "PurchasePaymentAndRefundReportDTO",
    "PurchasePaymentAndRefundReportResponseDTO",
    "PurchasePaymentEntryDTO",
    "PurchaseRefundEntryDTO",
    "RefundEntryDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountOverviewAccountsDTO(DTOBase):
    """``AccountOverviewAccountsDTO`` of the documented SDK."""
    accountOverview: Optional[List[AccountOverviewEntryDTO]] = None

    def __init__(self, accountOverview: Optional[List[AccountOverviewEntryDTO]] = None) -> None:
        self.accountOverview = accountOverview


@dataclass(repr=False, eq=False, init=False)
class AccountOverviewEntryDTO(DTOBase):
    """``AccountOverviewEntryDTO`` of the documented SDK."""
    netGain: Optional[str] = None
    new: Optional[str] = None
    cancelled: Optional[str] = None
    reactivated: Optional[str] = None
    deleted: Optional[str] = None
    date: Optional[str] = None

    def __init__(self, netGain: Optional[str] = None, new: Optional[str] = None, cancelled: Optional[str] = None, reactivated: Optional[str] = None, deleted: Optional[str] = None, date: Optional[str] = None) -> None:
        self.netGain = netGain
        self.new = new
        self.cancelled = cancelled
        self.reactivated = reactivated
        self.deleted = deleted
        self.date = date


@dataclass(repr=False, eq=False, init=False)
class AccountOverviewReportDTO(DTOBase):
    """``AccountOverviewReportDTO`` of the documented SDK."""
    accounts: Optional[AccountOverviewAccountsDTO] = None

    def __init__(self, accounts: Optional[AccountOverviewAccountsDTO] = None) -> None:
        self.accounts = accounts


@dataclass(repr=False, eq=False, init=False)
class AccountOverviewResponseDTO(DTOBase):
    """``AccountOverviewResponseDTO`` of the documented SDK."""
    report: Optional[AccountOverviewReportDTO] = None

    def __init__(self, report: Optional[AccountOverviewReportDTO] = None) -> None:
        self.report = report


@dataclass(repr=False, eq=False, init=False)
class AmountCountDTO(DTOBase):
    """``AmountCountDTO`` of the documented SDK."""
    amount: Optional[str] = None
    count: Optional[str] = None

    def __init__(self, amount: Optional[str] = None, count: Optional[str] = None) -> None:
        self.amount = amount
        self.count = count


@dataclass(repr=False, eq=False, init=False)
class InvoiceOverviewEntryDTO(DTOBase):
    """``InvoiceOverviewEntryDTO`` of the documented SDK."""
    date: Optional[str] = None
    invoiceTotal: Optional[str] = None
    new: Optional[InvoiceOverviewStatDTO] = None
    cancelled: Optional[InvoiceOverviewStatDTO] = None
    reactivated: Optional[InvoiceOverviewStatDTO] = None
    voided: Optional[InvoiceOverviewStatDTO] = None
    amended: Optional[InvoiceOverviewStatDTO] = None
    netGain: Optional[InvoiceOverviewStatDTO] = None

    def __init__(self, date: Optional[str] = None, invoiceTotal: Optional[str] = None, new: Optional[InvoiceOverviewStatDTO] = None, cancelled: Optional[InvoiceOverviewStatDTO] = None, reactivated: Optional[InvoiceOverviewStatDTO] = None, voided: Optional[InvoiceOverviewStatDTO] = None, amended: Optional[InvoiceOverviewStatDTO] = None, netGain: Optional[InvoiceOverviewStatDTO] = None) -> None:
        self.date = date
        self.invoiceTotal = invoiceTotal
        self.new = new
        self.cancelled = cancelled
        self.reactivated = reactivated
        self.voided = voided
        self.amended = amended
        self.netGain = netGain


@dataclass(repr=False, eq=False, init=False)
class InvoiceOverviewInvoicesDTO(DTOBase):
    """``InvoiceOverviewInvoicesDTO`` of the documented SDK."""
    invoiceOverview: Optional[List[InvoiceOverviewEntryDTO]] = None

    def __init__(self, invoiceOverview: Optional[List[InvoiceOverviewEntryDTO]] = None) -> None:
        self.invoiceOverview = invoiceOverview


@dataclass(repr=False, eq=False, init=False)
class InvoiceOverviewReportDTO(DTOBase):
    """``InvoiceOverviewReportDTO`` of the documented SDK."""
    invoices: Optional[InvoiceOverviewInvoicesDTO] = None

    def __init__(self, invoices: Optional[InvoiceOverviewInvoicesDTO] = None) -> None:
        self.invoices = invoices


@dataclass(repr=False, eq=False, init=False)
class InvoiceOverviewResponseDTO(DTOBase):
    """``InvoiceOverviewResponseDTO`` of the documented SDK."""
    report: Optional[InvoiceOverviewReportDTO] = None

    def __init__(self, report: Optional[InvoiceOverviewReportDTO] = None) -> None:
        self.report = report


@dataclass(repr=False, eq=False, init=False)
class InvoiceOverviewStatDTO(DTOBase):
    """``InvoiceOverviewStatDTO`` of the documented SDK."""
    amount: Optional[str] = None
    count: Optional[str] = None

    def __init__(self, amount: Optional[str] = None, count: Optional[str] = None) -> None:
        self.amount = amount
        self.count = count


@dataclass(repr=False, eq=False, init=False)
class OrderOverviewEntryDTO(DTOBase):
    """``OrderOverviewEntryDTO`` of the documented SDK."""
    date: Optional[str] = None
    orderTotal: Optional[str] = None
    new: Optional[OrderOverviewStatDTO] = None
    cancelled: Optional[OrderOverviewStatDTO] = None
    reactivated: Optional[OrderOverviewStatDTO] = None
    changed: Optional[OrderOverviewStatDTO] = None
    deleted: Optional[OrderOverviewStatDTO] = None
    netGain: Optional[OrderOverviewStatDTO] = None

    def __init__(self, date: Optional[str] = None, orderTotal: Optional[str] = None, new: Optional[OrderOverviewStatDTO] = None, cancelled: Optional[OrderOverviewStatDTO] = None, reactivated: Optional[OrderOverviewStatDTO] = None, changed: Optional[OrderOverviewStatDTO] = None, deleted: Optional[OrderOverviewStatDTO] = None, netGain: Optional[OrderOverviewStatDTO] = None) -> None:
        self.date = date
        self.orderTotal = orderTotal
        self.new = new
        self.cancelled = cancelled
        self.reactivated = reactivated
        self.changed = changed
        self.deleted = deleted
        self.netGain = netGain


@dataclass(repr=False, eq=False, init=False)
class OrderOverviewOrdersDTO(DTOBase):
    """``OrderOverviewOrdersDTO`` of the documented SDK."""
    orderOverview: Optional[List[OrderOverviewEntryDTO]] = None

    def __init__(self, orderOverview: Optional[List[OrderOverviewEntryDTO]] = None) -> None:
        self.orderOverview = orderOverview


@dataclass(repr=False, eq=False, init=False)
class OrderOverviewReportDTO(DTOBase):
    """``OrderOverviewReportDTO`` of the documented SDK."""
    orders: Optional[OrderOverviewOrdersDTO] = None

    def __init__(self, orders: Optional[OrderOverviewOrdersDTO] = None) -> None:
        self.orders = orders


@dataclass(repr=False, eq=False, init=False)
class OrderOverviewResponseDTO(DTOBase):
    """``OrderOverviewResponseDTO`` of the documented SDK."""
    report: Optional[OrderOverviewReportDTO] = None

    def __init__(self, report: Optional[OrderOverviewReportDTO] = None) -> None:
        self.report = report


@dataclass(repr=False, eq=False, init=False)
class OrderOverviewStatDTO(DTOBase):
    """``OrderOverviewStatDTO`` of the documented SDK."""
    amount: Optional[str] = None
    count: Optional[str] = None

    def __init__(self, amount: Optional[str] = None, count: Optional[str] = None) -> None:
        self.amount = amount
        self.count = count


@dataclass(repr=False, eq=False, init=False)
class PaymentAndRefundOverviewDTO(DTOBase):
    """``PaymentAndRefundOverviewDTO`` of the documented SDK."""
    payments: Optional[List[PaymentEntryDTO]] = None
    refunds: Optional[List[RefundEntryDTO]] = None

    def __init__(self, payments: Optional[List[PaymentEntryDTO]] = None, refunds: Optional[List[RefundEntryDTO]] = None) -> None:
        self.payments = payments
        self.refunds = refunds


@dataclass(repr=False, eq=False, init=False)
class PaymentAndRefundReportDTO(DTOBase):
    """``PaymentAndRefundReportDTO`` of the documented SDK."""
    paymentAndRefundOverview: Optional[PaymentAndRefundOverviewDTO] = None

    def __init__(self, paymentAndRefundOverview: Optional[PaymentAndRefundOverviewDTO] = None) -> None:
        self.paymentAndRefundOverview = paymentAndRefundOverview


@dataclass(repr=False, eq=False, init=False)
class PaymentAndRefundReportResponseDTO(DTOBase):
    """``PaymentAndRefundReportResponseDTO`` of the documented SDK."""
    report: Optional[PaymentAndRefundReportDTO] = None

    def __init__(self, report: Optional[PaymentAndRefundReportDTO] = None) -> None:
        self.report = report


@dataclass(repr=False, eq=False, init=False)
class PaymentEntryDTO(DTOBase):
    """``PaymentEntryDTO`` of the documented SDK."""
    date: Optional[str] = None
    paymentApplied: Optional[str] = None
    new: Optional[AmountCountDTO] = None
    deleted: Optional[AmountCountDTO] = None

    def __init__(self, date: Optional[str] = None, paymentApplied: Optional[str] = None, new: Optional[AmountCountDTO] = None, deleted: Optional[AmountCountDTO] = None) -> None:
        self.date = date
        self.paymentApplied = paymentApplied
        self.new = new
        self.deleted = deleted


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoicesOverviewEntryDTO(DTOBase):
    """``PurchaseInvoicesOverviewEntryDTO`` of the documented SDK."""
    date: Optional[str] = None
    purchaseInvoiceTotal: Optional[str] = None
    new: Optional[PurchaseInvoicesOverviewStatDTO] = None
    cancelled: Optional[PurchaseInvoicesOverviewStatDTO] = None
    reactivated: Optional[PurchaseInvoicesOverviewStatDTO] = None
    voided: Optional[PurchaseInvoicesOverviewStatDTO] = None
    amended: Optional[PurchaseInvoicesOverviewStatDTO] = None
    netGain: Optional[PurchaseInvoicesOverviewStatDTO] = None

    def __init__(self, date: Optional[str] = None, purchaseInvoiceTotal: Optional[str] = None, new: Optional[PurchaseInvoicesOverviewStatDTO] = None, cancelled: Optional[PurchaseInvoicesOverviewStatDTO] = None, reactivated: Optional[PurchaseInvoicesOverviewStatDTO] = None, voided: Optional[PurchaseInvoicesOverviewStatDTO] = None, amended: Optional[PurchaseInvoicesOverviewStatDTO] = None, netGain: Optional[PurchaseInvoicesOverviewStatDTO] = None) -> None:
        self.date = date
        self.purchaseInvoiceTotal = purchaseInvoiceTotal
        self.new = new
        self.cancelled = cancelled
        self.reactivated = reactivated
        self.voided = voided
        self.amended = amended
        self.netGain = netGain


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoicesOverviewInvoicesDTO(DTOBase):
    """``PurchaseInvoicesOverviewInvoicesDTO`` of the documented SDK."""
    purchaseInvoiceOverview: Optional[List[PurchaseInvoicesOverviewEntryDTO]] = None

    def __init__(self, purchaseInvoiceOverview: Optional[List[PurchaseInvoicesOverviewEntryDTO]] = None) -> None:
        self.purchaseInvoiceOverview = purchaseInvoiceOverview


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoicesOverviewReportDTO(DTOBase):
    """``PurchaseInvoicesOverviewReportDTO`` of the documented SDK."""
    purchaseInvoices: Optional[PurchaseInvoicesOverviewInvoicesDTO] = None

    def __init__(self, purchaseInvoices: Optional[PurchaseInvoicesOverviewInvoicesDTO] = None) -> None:
        self.purchaseInvoices = purchaseInvoices


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoicesOverviewResponseDTO(DTOBase):
    """``PurchaseInvoicesOverviewResponseDTO`` of the documented SDK."""
    report: Optional[PurchaseInvoicesOverviewReportDTO] = None

    def __init__(self, report: Optional[PurchaseInvoicesOverviewReportDTO] = None) -> None:
        self.report = report


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoicesOverviewStatDTO(DTOBase):
    """``PurchaseInvoicesOverviewStatDTO`` of the documented SDK."""
    amount: Optional[str] = None
    count: Optional[str] = None

    def __init__(self, amount: Optional[str] = None, count: Optional[str] = None) -> None:
        self.amount = amount
        self.count = count


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderEntryDTO(DTOBase):
    """``PurchaseOrderEntryDTO`` of the documented SDK."""
    date: Optional[str] = None
    purchaseOrderTotal: Optional[str] = None
    new: Optional[AmountCountDTO] = None
    cancelled: Optional[AmountCountDTO] = None
    reactivated: Optional[AmountCountDTO] = None
    changed: Optional[AmountCountDTO] = None
    deleted: Optional[AmountCountDTO] = None
    netPurchases: Optional[AmountCountDTO] = None

    def __init__(self, date: Optional[str] = None, purchaseOrderTotal: Optional[str] = None, new: Optional[AmountCountDTO] = None, cancelled: Optional[AmountCountDTO] = None, reactivated: Optional[AmountCountDTO] = None, changed: Optional[AmountCountDTO] = None, deleted: Optional[AmountCountDTO] = None, netPurchases: Optional[AmountCountDTO] = None) -> None:
        self.date = date
        self.purchaseOrderTotal = purchaseOrderTotal
        self.new = new
        self.cancelled = cancelled
        self.reactivated = reactivated
        self.changed = changed
        self.deleted = deleted
        self.netPurchases = netPurchases


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderOverviewDTO(DTOBase):
    """``PurchaseOrderOverviewDTO`` of the documented SDK."""
    purchaseOrderOverview: Optional[List[PurchaseOrderEntryDTO]] = None

    def __init__(self, purchaseOrderOverview: Optional[List[PurchaseOrderEntryDTO]] = None) -> None:
        self.purchaseOrderOverview = purchaseOrderOverview


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderReportDTO(DTOBase):
    """``PurchaseOrderReportDTO`` of the documented SDK."""
    purchaseOrders: Optional[PurchaseOrderOverviewDTO] = None

    def __init__(self, purchaseOrders: Optional[PurchaseOrderOverviewDTO] = None) -> None:
        self.purchaseOrders = purchaseOrders


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderReportResponseDTO(DTOBase):
    """``PurchaseOrderReportResponseDTO`` of the documented SDK."""
    report: Optional[PurchaseOrderReportDTO] = None

    def __init__(self, report: Optional[PurchaseOrderReportDTO] = None) -> None:
        self.report = report


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentAndRefundOverviewDTO(DTOBase):
    """``PurchasePaymentAndRefundOverviewDTO`` of the documented SDK."""
    purchasePayments: Optional[List[PurchasePaymentEntryDTO]] = None
    purchaseRefunds: Optional[List[PurchaseRefundEntryDTO]] = None

    def __init__(self, purchasePayments: Optional[List[PurchasePaymentEntryDTO]] = None, purchaseRefunds: Optional[List[PurchaseRefundEntryDTO]] = None) -> None:
        self.purchasePayments = purchasePayments
        self.purchaseRefunds = purchaseRefunds


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentAndRefundReportDTO(DTOBase):
    """``PurchasePaymentAndRefundReportDTO`` of the documented SDK."""
    purchasePaymentAndRefundOverview: Optional[PurchasePaymentAndRefundOverviewDTO] = None

    def __init__(self, purchasePaymentAndRefundOverview: Optional[PurchasePaymentAndRefundOverviewDTO] = None) -> None:
        self.purchasePaymentAndRefundOverview = purchasePaymentAndRefundOverview


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentAndRefundReportResponseDTO(DTOBase):
    """``PurchasePaymentAndRefundReportResponseDTO`` of the documented SDK."""
    report: Optional[PurchasePaymentAndRefundReportDTO] = None

    def __init__(self, report: Optional[PurchasePaymentAndRefundReportDTO] = None) -> None:
        self.report = report


@dataclass(repr=False, eq=False, init=False)
class PurchasePaymentEntryDTO(DTOBase):
    """``PurchasePaymentEntryDTO`` of the documented SDK."""
    date: Optional[str] = None
    purchasePaymentApplied: Optional[str] = None
    new: Optional[AmountCountDTO] = None
    deleted: Optional[AmountCountDTO] = None

    def __init__(self, date: Optional[str] = None, purchasePaymentApplied: Optional[str] = None, new: Optional[AmountCountDTO] = None, deleted: Optional[AmountCountDTO] = None) -> None:
        self.date = date
        self.purchasePaymentApplied = purchasePaymentApplied
        self.new = new
        self.deleted = deleted


@dataclass(repr=False, eq=False, init=False)
class PurchaseRefundEntryDTO(DTOBase):
    """``PurchaseRefundEntryDTO`` of the documented SDK."""
    date: Optional[str] = None
    new: Optional[AmountCountDTO] = None
    deleted: Optional[AmountCountDTO] = None

    def __init__(self, date: Optional[str] = None, new: Optional[AmountCountDTO] = None, deleted: Optional[AmountCountDTO] = None) -> None:
        self.date = date
        self.new = new
        self.deleted = deleted


@dataclass(repr=False, eq=False, init=False)
class RefundEntryDTO(DTOBase):
    """``RefundEntryDTO`` of the documented SDK."""
    date: Optional[str] = None
    new: Optional[AmountCountDTO] = None
    deleted: Optional[AmountCountDTO] = None

    def __init__(self, date: Optional[str] = None, new: Optional[AmountCountDTO] = None, deleted: Optional[AmountCountDTO] = None) -> None:
        self.date = date
        self.new = new
        self.deleted = deleted
