"""Import paths, DTO classes against the committed field list, and their behaviour."""

import dataclasses
import importlib
import json
from pathlib import Path

import pytest

import exsited

SPEC = json.loads((Path(__file__).resolve().parents[2] / "api" / "schemas" / "dtos.json").read_text())


def test_documented_import_paths():
    from exsited.common.ab_exception import ABException
    from exsited.common.sdk_conf import SDKConfig
    from exsited.exsited.account.dto.account_dto import AccountCreateDTO, AccountDataDTO  # noqa: F401
    from exsited.exsited.account.dto.account_nested_dto import ContactDTO, NoteDataDTO  # noqa: F401
    from exsited.exsited.auth.dto.token_dto import RequestTokenDTO
    from exsited.exsited.common.common_enum import SortDirection
    from exsited.exsited.common.dto.common_dto import PaginationDTO  # noqa: F401
    from exsited.exsited.exsited_sdk import ExsitedSDK
    from exsited.http.file_token_manager import FileTokenManager

    for obj in (ABException, SDKConfig, RequestTokenDTO, SortDirection, ExsitedSDK, FileTokenManager):
        assert getattr(exsited, obj.__name__) is obj
    assert SDKConfig.PRINT_REQUEST_DATA is False and SDKConfig.PRINT_RAW_RESPONSE is False


# The modules of the account API, whose classes `exsited` itself exports.
TOP_LEVEL = {
    "exsited.exsited.account.dto.account_dto",
    "exsited.exsited.account.dto.account_nested_dto",
    "exsited.exsited.auth.dto.token_dto",
    "exsited.exsited.common.dto.common_dto",
    "exsited.exsited.notes.dto.notes_dto",
}


def test_every_dto_of_the_account_api(sb):
    top = {key: info for key, info in SPEC.items() if info["module"] in TOP_LEVEL and "." not in key}
    assert len(top) >= 107
    for name, info in top.items():
        cls = getattr(importlib.import_module(info["module"]), name)
        assert getattr(exsited, name) is cls
        declared = [f.split(":")[0].strip() for f in info["fields"]]
        fields = [f.name for f in dataclasses.fields(cls)]
        assert fields == declared, name
        obj = cls()
        for f in declared:
            if name != "RefreshTokenDTO":
                assert getattr(obj, f) is None
        assert obj == cls() and cls.load_dict(obj.to_dict()) == obj


def test_generated_modules_are_up_to_date():
    import subprocess
    import sys

    if sys.version_info < (3, 11):
        # `make test` runs it on 3.11 (and `make check-generated` on its own).
        pytest.skip("codegen reads api/ with tomllib, which is Python 3.11+")
    tool = Path(__file__).resolve().parents[2] / "codegen" / "generate.py"
    assert subprocess.run([sys.executable, str(tool), "--check"]).returncode == 0


def test_to_dict_wire_names():
    from exsited import AccountCreateDTO, AccountDataDTO, AddressDTO, ContactRequestDTO, AdditionalFieldsDTO

    dto = AccountCreateDTO(account=AccountDataDTO(name="N", emailAddress="e@x", addresses=[AddressDTO(addressLine1="a", postCode="p")]))
    assert dto.to_dict() == {"account": {"name": "N", "email_address": "e@x", "addresses": [{"address_line_1": "a", "post_code": "p"}]}}
    assert ContactRequestDTO(addressLine_3="x").to_dict() == {"address_line_3": "x"}
    assert AdditionalFieldsDTO(hostIp="1.2.3.4").to_dict() == {"host_ip": "1.2.3.4"}
    assert "email_address" in AccountDataDTO().to_dict(include_null=True)


def test_load_dict_both_spellings_nested_and_extra():
    from exsited import AccountDetailsDTO, AcccountAddressDTO, CurrencyDTO, SpecifiedOrdersDTO, PaymentMethodsDataDTO

    data = {
        "account": {
            "name": "N",
            "email_address": "e@x",
            "currency": {"uuid": "u", "name": "AUD", "link": "l"},
            "addresses": [{"address_line_1": "a", "isDefaultBilling": "true", "is_default_shipping": "false", "new_key": 1}],
            "brand_new_field": {"x": 1},
        },
        "top_extra": [1, 2],
    }
    dto = AccountDetailsDTO.load_dict(data)
    assert dto.account.emailAddress == "e@x"
    assert dto.account.currency == CurrencyDTO(uuid="u", name="AUD", link="l")
    address = dto.account.addresses[0]
    assert isinstance(address, AcccountAddressDTO)
    assert (address.addressLine1, address.isDefaultBilling, address.isDefaultShipping) == ("a", "true", "false")
    assert address.extra == {"new_key": 1}
    assert dto.account.extra == {"brand_new_field": {"x": 1}} and dto.extra == {"top_extra": [1, 2]}
    back = dto.to_dict()
    assert back["top_extra"] == [1, 2] and back["account"]["brand_new_field"] == {"x": 1}
    assert back["account"]["addresses"][0]["new_key"] == 1
    pm = PaymentMethodsDataDTO.load_dict({"specified_orders": [{"order_id": "O-1"}, "O-2"]})
    assert pm.specifiedOrders == [SpecifiedOrdersDTO(orderId="O-1"), "O-2"]
    assert AccountDetailsDTO.load_dict({}) == AccountDetailsDTO()


def test_attributes_writable_and_repr():
    from exsited import AccountDataDTO, RequestTokenDTO

    a = AccountDataDTO(name="x")
    a.name = "y"
    a.displayName = "d"
    assert a.to_dict() == {"name": "y", "display_name": "d"}
    assert repr(a).startswith("AccountDataDTO(name='y', emailAddress=None,")
    token = RequestTokenDTO(grantType="client_credentials", clientId="id", clientSecret="very-secret-123", redirectUri="r", exsitedUrl="u")
    assert "very-secret-123" not in repr(token) and "very-secret-123" not in str(token)


def test_payment_method_envelopes():
    from exsited import PaymentCardMethodsAddDTO, PaymentCardMethodsDataDTO, PaymentMethodsAddDTO, PaymentMethodsDataDTO

    body = PaymentMethodsAddDTO().method(payment_method=PaymentMethodsDataDTO(processorType="OTHER", reference="R"))
    assert body.to_dict() == {"account": {"payment_method": {"processor_type": "OTHER", "reference": "R"}}}
    card = PaymentCardMethodsAddDTO().method(payment_method=PaymentCardMethodsDataDTO(cardType="Visa", expiryMonth="01"))
    assert card.to_dict() == {"account": {"payment_method": {"card_type": "Visa", "expiry_month": "01"}}}


def test_sort_direction():
    from exsited import SortDirection

    assert SortDirection.DESC.value == "desc" and str(SortDirection.ASC) == "asc"
