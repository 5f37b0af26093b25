"""Create an account (account_create_basic)."""

from common import make_sdk, run
from exsited.exsited.account.dto.account_dto import AccountCreateDTO, AccountDataDTO


def account_create() -> None:
    exsited_sdk = make_sdk()
    request_data = AccountCreateDTO(account=AccountDataDTO(name="ACCOUNT_NAME", emailAddress="name@example.com"))
    response = exsited_sdk.account.create_v3(request_data=request_data)
    print(response)


if __name__ == "__main__":
    run(account_create)
