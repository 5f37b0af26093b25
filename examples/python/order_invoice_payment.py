"""An order, its invoice and the invoice's payment: the billing walk-through, with the
resources beyond accounts (``sdk.order``, ``sdk.invoice``, ``sdk.payment``)."""

from common import example_account, make_sdk, run


def order_invoice_payment() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)

    order = exsited_sdk.order.create(request_data={"order": {
        "account_id": account_id,
        "lines": [{"item_id": "ITEM-0001", "item_order_quantity": "2"}],
    }})
    order_id = order["order"]["id"]
    print("order", order_id)

    invoice = exsited_sdk.invoice.create(id=order_id, request_data={"invoice": {
        "invoice_date": "2025-01-31", "due_date": "2025-02-28",
    }})
    invoice_id = invoice["invoice"]["id"]
    print("invoice", invoice_id, exsited_sdk.invoice.details(id=invoice_id))

    payment = exsited_sdk.payment.create(invoice_id=invoice_id, request_data={"payment": {
        "date": "2025-02-01",
        "payment_applied": [{"processor": "Cash", "amount": "20.00", "reference": "walk-through"}],
    }})
    print("payment", payment)
    for listed in exsited_sdk.payment.iter_all(limit=50):
        print("listed payment", listed.get("id"))


if __name__ == "__main__":
    run(order_invoice_payment)
