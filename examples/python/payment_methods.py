"""Payment methods: add one (plain and card), list, read, update, delete; billing preferences."""

from common import example_account, make_sdk, run
from exsited.exsited.account.dto.account_dto import PaymentCardMethodsAddDTO, PaymentMethodsAddDTO
from exsited.exsited.account.dto.account_nested_dto import PaymentCardMethodsDataDTO, PaymentMethodsDataDTO


def account_payment_methods() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)
    payment_method = PaymentMethodsDataDTO(processorType="OTHER", default="true", paymentProcessor="Cheque", reference="Cheque")
    print(exsited_sdk.account.add_payment_method(account_id=account_id, request_data=PaymentMethodsAddDTO().method(payment_method=payment_method)))
    card = PaymentCardMethodsDataDTO(
        processorType="CREDIT_CARD", default="false", paymentProcessor="Stripe", reference="Visa-1111",
        cardType="Visa", token="tok_example", cardNumber="4111111111111111", expiryMonth="12", expiryYear="2030",
    )
    print(exsited_sdk.account.add_payment_card_method(account_id=account_id, request_data=PaymentCardMethodsAddDTO().method(payment_method=card)))
    print(exsited_sdk.account.list_payment_method(account_id=account_id))
    print(exsited_sdk.account.payment_method_details(account_id=account_id, reference="Cheque"))
    update = PaymentMethodsAddDTO().method(payment_method=PaymentMethodsDataDTO(default="true", reference="Cheque"))
    print(exsited_sdk.account.update_payment_method(id=account_id, reference="Cheque", request_data=update))
    print(exsited_sdk.account.delete_payment_method_v3(account_id=account_id, reference="Visa-1111"))
    print(exsited_sdk.account.billing_preference_details(account_id=account_id))


if __name__ == "__main__":
    run(account_payment_methods)
