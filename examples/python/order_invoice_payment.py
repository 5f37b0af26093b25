"""An order, its invoice and the invoice's payment: the billing walk-through, with the
resources beyond accounts (``sdk.order``, ``sdk.invoice``, ``sdk.payment``)."""

from common import example_account, make_sdk, run

from exsited.exsited.invoice.dto.invoice_dto import InvoiceCreateDTO, InvoiceDataDTO
from exsited.exsited.order.dto.order_dto import OrderCreateDTO, OrderDataDTO
from exsited.exsited.order.dto.order_nested_dto import OrderLineDTO
from exsited.exsited.payment.dto.payment_dto import PaymentAppliedDTO, PaymentCreateDTO, PaymentDataDTO


def order_invoice_payment() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)

    order = exsited_sdk.order.create(request_data=OrderCreateDTO(order=OrderDataDTO(
        accountId=account_id,
        lines=[OrderLineDTO(itemId="ITEM-0001", itemOrderQuantity="2")],
    )))
    order_id = order.order.id if order.order else None
    print("order", order_id)
    assert order_id, "the order has an id"

    invoice = exsited_sdk.invoice.create(id=order_id, request_data=InvoiceCreateDTO(invoice=InvoiceDataDTO(
        issueDate="2025-01-31", dueDate="2025-02-28",
    )))
    invoice_id = invoice.invoice.id if invoice.invoice else None
    assert invoice_id, "the invoice has an id"
    print("invoice", invoice_id, exsited_sdk.invoice.details(id=invoice_id))

    payment = exsited_sdk.payment.create(invoice_id=invoice_id, request_data=PaymentCreateDTO(payment=PaymentDataDTO(
        date="2025-02-01",
        paymentApplied=[PaymentAppliedDTO(processor="Cash", amount=20.0, reference="walk-through")],
    )))
    print("payment", payment)
    for listed in exsited_sdk.payment.iter_all(limit=50):
        print("listed payment", listed.id)


if __name__ == "__main__":
    run(order_invoice_payment)
