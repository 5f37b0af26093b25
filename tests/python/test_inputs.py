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


@pytest.mark.parametrize(
    "kwargs, wanted",
    [
        ({"limit": -1}, 'limit must be a whole number of 0 or more, got "-1"'),
        ({"offset": "x" * 5000}, "offset must be a whole number of 0 or more"),
        ({"limit": 0}, "limit must be between 1 and 1000, got 0"),
        ({"limit": 10**30}, "limit must be a whole number of 0 or more"),
        ({"direction": "up"}, 'direction must be asc or desc, got "up"'),
        ({"limit": 1.5}, "limit must be an integer, got float"),
    ],
)
def test_iter_all_refuses_a_bad_page_at_once_by_the_core_rule(sdk, async_sdk, sb, kwargs, wanted):
    # Refused by iter_all() itself, before a record is asked for, with the core's message
    # (the same rule and words as the list call and PHP's iterateAll).
    for resource in (sdk.account, async_sdk.account):
        with pytest.raises(UsageError) as info:
            resource.iter_all(**kwargs)
        assert wanted in info.value.message
        assert len(info.value.message) < 200
    assert sb.data_requests() == []


def test_list_counts_and_direction_are_sent_as_the_core_writes_them(sdk, sb, account_id):
    from urllib.parse import parse_qs

    sdk.account.list(limit=" 5 ", offset="0", direction="DESC")
    assert parse_qs(sb.last()["query"]) == {"limit": ["5"], "offset": ["0"], "direction": ["desc"]}
    sb.clear()
    records = list(sdk.account.iter_all(limit="2 ", direction=" Asc"))
    pages = [parse_qs(r["query"]) for r in sb.data_requests()]
    assert records and pages and all(p["limit"] == ["2"] and p["direction"] == ["asc"] for p in pages)
