"""Cancel an account, then reactivate it."""

from common import example_account, make_sdk, run
from exsited.exsited.account.dto.account_dto import AccountCancelDataDTO, AccountReactivateDataDTO


def account_cancel_reactivate() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)
    print(exsited_sdk.account.cancel(id=account_id, request_data=AccountCancelDataDTO(effectiveDate="2025-06-30")))
    print(exsited_sdk.account.reactivate_v3(id=account_id, request_data=AccountReactivateDataDTO(effectiveDate="2025-07-01")))


if __name__ == "__main__":
    run(account_cancel_reactivate)
