"""List accounts (account_list_basic in the documentation), then walk all of them."""

from common import make_sdk, run
from exsited.exsited.common.common_enum import SortDirection


def account_list() -> None:
    exsited_sdk = make_sdk()
    response = exsited_sdk.account.list(limit=5, offset=0, direction=SortDirection.DESC, order_by="created_on")
    print(response)
    total = sum(1 for _ in exsited_sdk.account.iter_all(limit=100))
    print(f"{total} accounts in all")


if __name__ == "__main__":
    run(account_list)
