"""Update an account's information (account_update_info)."""

from common import example_account, make_sdk, run
from exsited.exsited.account.dto.account_dto import AccountDataDTO, AccountUpdateInformationDTO


def account_update_info() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)
    request_data = AccountUpdateInformationDTO(
        account=AccountDataDTO(
            name="ACCOUNT_NAME_UPDATE",
            emailAddress="update@example.com",
            displayName="ACCOUNT_DISPLAY_NAME_UPDATE",
            description="ACCOUNT_DESCRIPTION_UPDATE",
        )
    )
    response = exsited_sdk.account.update_information(id=account_id, request_data=request_data)
    print(response)


if __name__ == "__main__":
    run(account_update_info)
