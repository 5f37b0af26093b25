"""Bad input is refused with a clear UsageError before any request is sent."""

import pytest

from exsited import AccountCancelDataDTO, AccountCreateDTO, AccountDataDTO, UsageError


@pytest.mark.parametrize(
    "call",
    [
        lambda s, a, f: s.account.create(request_data=AccountCancelDataDTO(effectiveDate="2025-01-01")),
        lambda s, a, f: s.account.create(request_data="name=x"),
        lambda s, a, f: s.account.create(request_data=None),
        lambda s, a, f: s.account.cancel(id=a, request_data=AccountCreateDTO()),
        lambda s, a, f: s.account.details(id=""),
        lambda s, a, f: s.account.details(id="   "),
        lambda s, a, f: s.account.details(id=None),
        lambda s, a, f: s.account.details(),
        lambda s, a, f: s.account.details(id=a, verbose=True),
        lambda s, a, f: s.account.list(limitt=2),
        lambda s, a, f: s.account.list(limit=-1),
        lambda s, a, f: s.account.list(direction="sideways"),
        lambda s, a, f: s.account.note_uuid_details(id=a, uuid=""),
        lambda s, a, f: s.account.add_notes(file_url="/no/such/file.txt", account_id=a, datas="x"),
        lambda s, a, f: s.account.add_image(file_url="/no/such/image.png", account_id=a),
        lambda s, a, f: s.account.add_image(file_url=f[0], account_id=a),
        lambda s, a, f: s.account.add_notes(file_url=f[:9], account_id=a, datas="x"),
        lambda s, a, f: s.notes.add_notes_uuid(file_urls=f[:9], account_id=a, note_uuid="n"),
        lambda s, a, f: s.notes.add_notes_uuid(file_urls=[], account_id=a, note_uuid="n"),
        lambda s, a, f: s.account.add_notes(file_url=f[0], account_id="", datas="x"),
        lambda s, a, f: s.account.account_sent_email(account_id=a, email_data="hello"),
        lambda s, a, f: s.account.add_notes(file_url=[123], account_id=a, datas="x"),
        lambda s, a, f: s.account.add_image(file_url="/", account_id=a),
        lambda s, a, f: list(s.account.iter_all(limit=-1)),
        lambda s, a, f: list(s.account.iter_all(limit="ten")),
        lambda s, a, f: list(s.account.iter_all(offset=-5)),
        lambda s, a, f: list(s.notes.iter_all(account_id=a, limit=-1)),
    ],
)
def test_refused_before_sending(sdk, sb, account_id, files, call):
    with pytest.raises(UsageError) as info:
        call(sdk, account_id, files)
    assert info.value.message
    assert sb.data_requests() == []


def test_dict_request_data_is_accepted(sdk, sb):
    sdk.account.create(request_data={"account": {"name": "Raw", "email_address": "r@example.com"}})
    assert sb.last()["body"] == {"account": {"name": "Raw", "email_address": "r@example.com"}}


def test_unconnected_sdk_and_bad_init(sb):
    from exsited import ExsitedSDK

    with pytest.raises(UsageError):
        ExsitedSDK().account
    with pytest.raises(UsageError):
        ExsitedSDK().init_sdk(request_token_dto={"clientId": "x"})
    with pytest.raises(UsageError):
        ExsitedSDK(exsited_url=sb.url, client_id="a", client_secret="b", tiemout=3)


def test_int_ids_are_accepted(sdk, sb):
    from exsited import NotFoundError

    with pytest.raises(NotFoundError):
        sdk.account.details(id=12345)
    assert sb.last()["path"] == "/api/v3/accounts/12345"


def test_create_with_dto(sdk, sb):
    sdk.account.create(request_data=AccountCreateDTO(account=AccountDataDTO(name="ok", emailAddress="ok@example.com")))
    assert sb.last()["body"] == {"account": {"name": "ok", "email_address": "ok@example.com"}}
