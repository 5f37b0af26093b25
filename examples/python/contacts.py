"""Contacts: replace one, read them, read one type, delete it."""

from common import example_account, make_sdk, run
from exsited.exsited.account.dto.account_dto import AccountContactUpdateDTO
from exsited.exsited.account.dto.account_nested_dto import AccountContactUpdate, ContactDTO, EmailDTO, PhoneDTO


def account_contacts() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)
    contact_dto = ContactDTO(
        firstName="FIRST_NAME", lastName="LAST_NAME", email=EmailDTO(address="contact@example.com"), phone=PhoneDTO(number="0400000000")
    )
    request_data = AccountContactUpdateDTO(account=AccountContactUpdate(contact=contact_dto))
    print(exsited_sdk.account.update_contact(id=account_id, contact_type="CONTACT_1", request_data=request_data))
    print(exsited_sdk.account.get_contacts(id=account_id))
    print(exsited_sdk.account.get_contact_type(id=account_id, contact_type="CONTACT_1"))
    print(exsited_sdk.account.contact_delete(id=account_id, contact_type="CONTACT_1"))


if __name__ == "__main__":
    run(account_contacts)
