"""The native side's answer loading (python/src/decode.rs) against DTOBase.load_dict, the
async hub (python/src/hub.rs), and the print switches turned on after first use."""

import asyncio
import dataclasses
import gc
import json
import random

import pytest

from exsited import _native
from exsited import AccountDetailsDTO, AccountListDTO, NotFoundError, SDKConfig, UsageError
from exsited._dto import DTOBase

from dto_spec import all_classes

CLASSES = [cls for _, cls in all_classes()]


def same(a, b):
    """Equal, of the same types all the way down, with the same instance dicts (order too)."""
    assert type(a) is type(b), (a, b)
    if isinstance(a, DTOBase):
        assert list(vars(a)) == list(vars(b))
        for key in vars(a):
            same(vars(a)[key], vars(b)[key])
    elif isinstance(a, dict):
        assert list(a) == list(b)
        for key in a:
            same(a[key], b[key])
    elif isinstance(a, list):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            same(x, y)
    elif isinstance(a, float) and a != a:
        assert b != b
    else:
        assert a == b


def scalar(rng):
    return rng.choice([None, True, False, 0, -7, 2**63 + 5, 1.5, -0.25, 1e300, "", "x", "ünïcødé ✓", "a\"b\\c\n"])


def any_value(rng, depth):
    roll = rng.random()
    if depth <= 0 or roll < 0.5:
        return scalar(rng)
    if roll < 0.75:
        return [any_value(rng, depth - 1) for _ in range(rng.randrange(4))]
    return {rng.choice(["k", "k_2", "Key", "ключ", "_", ""]) + str(i): any_value(rng, depth - 1) for i in range(rng.randrange(4))}


def answer_for(cls, rng, depth=3):
    """An answer for cls: declared keys in either spelling, odd spellings, unknown keys,
    nested objects, lists of objects and of other things, values of the wrong shape."""
    data = {}
    for name, field in cls._fields().items():
        if rng.random() < 0.3:
            continue
        key = rng.choice([field.wire, field.attr, field.wire.upper()[:1] + field.wire[1:], "_" + field.wire + "_"])
        if field.dto is not None and depth > 0 and rng.random() < 0.8:
            if rng.random() < 0.5:
                value = answer_for(field.dto, rng, depth - 1)
            else:
                value = [answer_for(field.dto, rng, depth - 1) if rng.random() < 0.8 else scalar(rng) for _ in range(rng.randrange(3))]
        else:
            value = any_value(rng, 2)
        data[key] = value
    for i in range(rng.randrange(3)):
        data[rng.choice(["brand_new", "Ünknown_key", "x_y_z", "ǅ_a"]) + str(i)] = any_value(rng, 2)
    return data


def test_native_loading_matches_load_dict():
    rng = random.Random(6)
    for _ in range(3):
        for cls in CLASSES:
            data = answer_for(cls, rng)
            text = json.dumps(data)
            same(_native.decode(text, cls), cls.load_dict(json.loads(text)))
            same(_native.decode(text), json.loads(text))


def test_loading_is_the_same_whatever_key_order_came_before():
    """The loader remembers each class's last key order (python/src/key_order.rs): objects
    whose keys move, change spelling, vanish or are unknown at a remembered place must load
    exactly as load_dict loads them, every time."""
    rng = random.Random(11)
    base = {"name": "N", "email_address": "e@x", "status": "ACTIVE", "id": "A1", "new_key": [1], "currency": {"name": "AUD"}}
    spellings = {"email_address": ["email_address", "emailAddress", "_email_address_"], "status": ["status", "Status"]}
    for _ in range(300):
        keys = list(base)
        rng.shuffle(keys)
        keys = keys[: rng.randrange(1, len(keys) + 1)]
        account = {rng.choice(spellings.get(k, [k])): base[k] for k in keys}
        text = json.dumps({"account": account, "accounts": [account, dict(reversed(list(account.items())))]})
        for cls in (AccountDetailsDTO, AccountListDTO):
            same(_native.decode(text, cls), cls.load_dict(json.loads(text)))
    # More keys than the loader remembers places for.
    wide = json.dumps({"account": {f"k{i}": i for i in range(600)} | {"name": "N"}})
    for _ in range(2):
        same(_native.decode(wide, AccountDetailsDTO), AccountDetailsDTO.load_dict(json.loads(wide)))


def test_native_loading_of_non_objects_and_round_trip():
    assert _native.decode("[1, {\"a\": 2}]", AccountDetailsDTO) == [1, {"a": 2}]
    assert _native.decode("\"text\"", AccountDetailsDTO) == "text"
    assert _native.decode("null") is None
    dto = _native.decode(json.dumps({"account": {"name": "N", "new_key": [1]}}), AccountDetailsDTO)
    assert dto == AccountDetailsDTO.load_dict(dto.to_dict()) and dto.account.extra == {"new_key": [1]}
    assert repr(dto) == repr(AccountDetailsDTO.load_dict(dto.to_dict()))


def test_a_large_page_leaves_the_collector_as_it_was():
    page = json.dumps({"accounts": [{"name": str(i)} for i in range(200)]})
    assert gc.isenabled()
    assert len(_native.decode(page, AccountListDTO).accounts) == 200
    assert gc.isenabled()
    gc.disable()
    try:
        _native.decode(page, AccountListDTO)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_user_subclass_loads_as_itself():
    @dataclasses.dataclass(repr=False)
    class Mine(AccountDetailsDTO):
        mine: str = "default"

    loaded = _native.decode(json.dumps({"account": {"name": "N"}, "mine": "m", "other": 1}), Mine)
    assert type(loaded) is Mine and loaded.mine == "m" and loaded.extra == {"other": 1}


def test_sync_answers_are_loaded(sdk, sb):
    sb.seed(5)
    listed = sdk.account.list(limit=3)
    assert isinstance(listed, AccountListDTO) and len(listed.accounts) == 3
    one = sdk.account.details(id=listed.accounts[0].id)
    assert one.account.id == listed.accounts[0].id
    assert sdk.account.delete(id=one.account.id) == {"success": True, "status_code": 204}


def test_a_type_error_inside_a_method_is_not_a_usage_error(sdk, monkeypatch):
    from exsited import _args

    def broken(name, value):
        raise TypeError("inner")

    monkeypatch.setattr(_args, "ident", broken)
    with pytest.raises(TypeError) as info:
        sdk.account.details(id="x")
    assert not isinstance(info.value, UsageError) and str(info.value) == "inner"
    with pytest.raises(UsageError):
        sdk.account.details(identifier="x")


def test_async_outcomes_errors_and_cancellation(sb, async_sdk):
    async def main():
        ok, missing = await asyncio.gather(async_sdk.account.list(limit=2), async_sdk.account.details(id="NOPE"), return_exceptions=True)
        assert isinstance(ok, AccountListDTO) and isinstance(missing, NotFoundError)
        sb.fault(method="GET", path="/api/v2/accounts", kind="delay", delay_ms=300, times=1)
        slow = asyncio.ensure_future(async_sdk.account.list(limit=1))
        await asyncio.sleep(0.05)
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow
        await asyncio.sleep(0.4)  # the cancelled call ends meanwhile; nothing breaks
        return await async_sdk.account.list(limit=1)

    assert isinstance(asyncio.run(main()), AccountListDTO)
    # A new loop gets its own hub.
    assert isinstance(asyncio.run(main()), AccountListDTO)


def test_async_without_a_socket_watching_loop(sb, async_sdk, monkeypatch):
    def no_readers(self, *args):
        raise NotImplementedError

    monkeypatch.setattr(asyncio.SelectorEventLoop, "add_reader", no_readers)
    sb.seed(10)

    async def main():
        results = await asyncio.gather(*[async_sdk.account.list(limit=1) for _ in range(50)])
        return [a async for a in async_sdk.account.iter_all(limit=4)], results

    records, results = asyncio.run(main())
    assert len(results) == 50 and all(isinstance(r, AccountListDTO) for r in results)
    assert records and all(type(r).__name__ == "AccountDataDTO" for r in records)


def test_print_switch_turned_on_after_first_use(sdk, sb, capsys):
    sb.seed(2)
    sdk.account.list(limit=1)
    assert capsys.readouterr().out == ""
    SDKConfig.PRINT_RAW_RESPONSE = True
    try:
        sdk.account.list(limit=1)
        assert list(sdk.account.iter_all(limit=1))
    finally:
        SDKConfig.PRINT_RAW_RESPONSE = False
    out = capsys.readouterr().out
    assert out.count("Response accounts.list: HTTP 200") >= 2
    sdk.account.list(limit=1)
    assert capsys.readouterr().out == ""
    # Printing or not, it is one client: one token for the whole run.
    assert sb.counters()["token_requests"] == 1
