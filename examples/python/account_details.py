"""Account details and details_information."""

from common import example_account, make_sdk, run


def account_details() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)
    response = exsited_sdk.account.details(id=account_id)
    print(response)
    print(exsited_sdk.account.details_information(id=account_id))


if __name__ == "__main__":
    run(account_details)
