"""Addresses: add, list, read one, update, delete."""

from common import example_account, make_sdk, run
from exsited.exsited.account.dto.account_dto import AccountAddressesAdd, AccountAddressesAddDTO, AccountAddressRequestDTO
from exsited.exsited.account.dto.account_nested_dto import AcccountAddressRequestDTO, AccountAddressRequestDetailsDTO
from exsited.exsited.common.dto.common_dto import AddressDTO


def account_addresses() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)
    new = AccountAddressesAddDTO(
        account=AccountAddressesAdd(addresses=[AddressDTO(addressLine1="1 Example St", city="Melbourne", postCode="3000", country="Australia")])
    )
    print(exsited_sdk.account.add_addresses(id=account_id, request_data=new))
    listing = exsited_sdk.account.address_details(id=account_id)
    print(listing)
    assert listing.account is not None and listing.account.addresses
    uuid = listing.account.addresses[0].uuid
    assert uuid is not None
    print(exsited_sdk.account.address_uuid_details(id=account_id, uuid=uuid))
    request_data = AccountAddressRequestDTO(
        account=AccountAddressRequestDetailsDTO(address=AcccountAddressRequestDTO(address_line_1="2 Example St", postCode="3001", city="Melbourne"))
    )
    print(exsited_sdk.account.update_address(id=account_id, uuid=uuid, request_data=request_data))
    print(exsited_sdk.account.delete_address_uuid(id=account_id, uuid=uuid))


if __name__ == "__main__":
    run(account_addresses)
