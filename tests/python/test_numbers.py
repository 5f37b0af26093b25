"""Numbers in answers come back as json.loads gives them: every integer an exact int at any
size, every other number a float (inf beyond the float range)."""

import json
import math
import sys

import pytest

from exsited import DecodeError, _native
from exsited.exsited.account.dto.account_dto import AccountDetailsDTO

BIG = 123456789012345678901234567890
TEXT = (
    '{"big": 123456789012345678901234567890, "neg": -98765432109876543210987654321, '
    '"u64": 18446744073709551615, "past_u64": 18446744073709551616, "i64min": -9223372036854775808, '
    '"dec": 0.1, "exp": 1e2, "huge": 1e400, "tiny": 5e-324, "intlike": 10.0, '
    '"list": [1, 99999999999999999999999, -0, 2.5e-3], "nested": {"n": 340282366920938463463374607431768211457}}'
)


def same(a, b):
    """Equal values of the same types throughout (1 == 1.0 would hide a lost int)."""
    assert type(a) is type(b), (a, b)
    if isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            same(a[k], b[k])
    elif isinstance(a, list):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            same(x, y)
    elif isinstance(a, float) and math.isnan(a):
        assert math.isnan(b)
    else:
        assert a == b, (a, b)


def test_decode_gives_what_json_loads_gives():
    got = _native.decode(TEXT)
    same(got, json.loads(TEXT))
    assert got["big"] == BIG and isinstance(got["big"], int)


def test_a_big_integer_in_an_answer_is_exact(sdk, sb):
    body = {"account": {"id": "BIG1", "name": "Big", "kpis": {"total": BIG}, "custom": [BIG, -BIG, 0.5]}}
    # Sent as text: the sandbox serves a string body as it is.
    sb.fault(kind="status", status=200, method="GET", body=json.dumps(body), times=1)
    answer = sdk.account.details(id="BIG1")
    same(answer.account.kpis, {"total": BIG})
    same(answer.account._extra["custom"], [BIG, -BIG, 0.5])


def test_big_integers_reach_the_dto_as_ints():
    dto = _native.decode('{"account": {"id": "A", "kpis": {"n": 123456789012345678901234567890}}}', AccountDetailsDTO)
    same(dto.account.kpis, {"n": BIG})


def _too_many_digits() -> str:
    limit = getattr(sys, "get_int_max_str_digits", lambda: 0)()
    if not limit:
        pytest.skip("this Python has no limit on the digits of an int")
    return "9" * (limit + 1)


def test_an_integer_python_refuses_to_hold_is_a_decode_error(sdk, sb):
    """json.loads raises a bare ValueError past sys.get_int_max_str_digits(); an answer that
    does so is the server's fault: DecodeError, with the status and the request id."""
    sb.fault(kind="status", status=200, method="GET", body='{"account": {"id": "A", "n": %s}}' % _too_many_digits(), times=1)
    with pytest.raises(DecodeError) as info:
        sdk.account.details(id="A")
    assert "digits" in str(info.value) and "cannot be loaded" in str(info.value)
    assert info.value.status_code == 200 and (info.value.request_id or "").startswith("req-")
    sdk.account.list()  # the client is fine afterwards


def test_a_record_python_refuses_to_hold_is_a_decode_error(sdk, sb):
    body = '{"accounts": [{"id": "A"}, {"id": "B", "n": %s}], "pagination": {"records": 2}}' % _too_many_digits()
    sb.fault(kind="status", status=200, method="GET", path="/api/v2/accounts", body=body, times=1)
    records = sdk.account.iter_all(limit=10)
    assert next(records).id == "A"
    with pytest.raises(DecodeError, match="a record of the page cannot be loaded"):
        next(records)
