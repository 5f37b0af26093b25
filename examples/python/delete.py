"""Delete an account: a 204 answer prints {'success': True, 'status_code': 204}."""

from common import example_account, make_sdk, run


def account_delete() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk, name="To be deleted")
    print(exsited_sdk.account.delete(id=account_id))


if __name__ == "__main__":
    run(account_delete)
