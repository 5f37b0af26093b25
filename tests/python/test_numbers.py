"""Numbers in answers come back as json.loads gives them: every integer an exact int at any
size, every other number a float (inf beyond the float range)."""

import json
import math

from exsited import _native
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
