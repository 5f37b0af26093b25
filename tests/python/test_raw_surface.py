"""``with_raw_response`` of every resource, sync and async: a generated class with exactly the
resource's methods but the ``iter_all`` ones (same parameters, defaults and annotations), each answering
``RawResponse[T]`` (``Awaitable[RawResponse[T]]`` on the async SDK) with T what the sync method
returns; loaded only when first used; and answering raw from the sandbox for every resource."""

import asyncio
import collections.abc
import importlib
import inspect
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any, Awaitable, Dict, List

import pytest

from exsited import AsyncExsitedSDK, ExsitedSDK, RawResponse, UsageError
from exsited.common.ab_exception import APIStatusError
from exsited.exsited._resources import RESOURCES
from exsited._raw import RawResource

from test_surface import SENT, _arguments


def _methods(cls: type) -> Dict[str, Any]:
    """The public methods a class itself defines (not inherited helpers or ``with_options``)."""
    return {n: v for n, v in vars(cls).items() if not n.startswith("_") and inspect.isfunction(v)}


def _iterates(method: Any) -> bool:
    """An ``iter_all`` (``x_iter_all``): answers an iterator of records, one request per page."""
    origin = typing.get_origin(inspect.signature(method).return_annotation)
    return origin in (collections.abc.Iterator, collections.abc.AsyncIterator)


def test_there_is_a_raw_class_for_every_resource() -> None:
    assert len(RESOURCES) == 44


@pytest.mark.parametrize("attr", sorted(RESOURCES))
def test_raw_class_mirrors_its_resource(sdk: ExsitedSDK, async_sdk: AsyncExsitedSDK, attr: str) -> None:
    module_name, cls_name = RESOURCES[attr]
    module = importlib.import_module(module_name)
    raw_module = importlib.import_module(module_name + "_raw")
    for prefix, client in (("", sdk), ("Async", async_sdk)):
        resource_cls = getattr(module, prefix + cls_name)
        raw_cls = getattr(raw_module, f"{prefix}{cls_name}Raw")
        assert issubclass(raw_cls, RawResource)
        raw = getattr(client, attr).with_raw_response
        assert type(raw) is raw_cls
        methods = _methods(resource_cls)
        expected = {n for n, f in methods.items() if not _iterates(f)}
        assert expected and {n for n in methods if n.endswith("iter_all")} == set(methods) - expected

        assert set(_methods(raw_cls)) == expected, f"{prefix}{cls_name}"
        assert not hasattr(raw, "iter_all") and not hasattr(raw, "with_options")
        for name in expected:
            ours = inspect.signature(getattr(raw, name))
            theirs = inspect.signature(getattr(getattr(client, attr), name))
            assert ours.parameters == theirs.parameters, f"{prefix}{cls_name}.{name}"
            answer = inspect.signature(getattr(getattr(sdk, attr), name)).return_annotation
            assert answer is not inspect.Signature.empty
            want = Awaitable[RawResponse[answer]] if prefix else RawResponse[answer]  # type: ignore[valid-type]
            assert ours.return_annotation == want, f"{prefix}{cls_name}.{name}"


def test_iter_all_and_unknown_names_are_attribute_errors(sdk: ExsitedSDK) -> None:
    with pytest.raises(AttributeError, match="no iter_all"):
        sdk.account.with_raw_response.iter_all  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match="detials"):
        sdk.account.with_raw_response.detials  # type: ignore[attr-defined]  # noqa: B018


def test_a_call_that_does_not_fit_is_a_usage_error(sdk: ExsitedSDK, sb: Any) -> None:
    sb.clear()
    with pytest.raises(UsageError, match=r"AccountRaw\.details\(\)"):
        sdk.account.with_raw_response.details(ident="A")  # type: ignore[call-arg]
    assert sb.data_requests() == []


def _candidates(attr: str, tmp: Path) -> List[Any]:
    """(method name, keyword arguments, whether it is a GET) of the resource's methods."""
    return [(m["name"], _arguments(m, tmp)[0], m["http"]["verb"] == "GET") for a, m in SENT if a == attr and not m["name"].endswith("iter_all")]


def _one_raw_call(sdk: ExsitedSDK, attr: str, tmp: Path) -> List[Any]:
    """The first of the resource's methods the sandbox answers with 2xx, called raw and (a
    GET) again plain, as [raw answer, plain answer or None]; [] when none did."""
    for name, kwargs, is_get in _candidates(attr, tmp):
        try:
            raw = getattr(getattr(sdk, attr).with_raw_response, name)(**kwargs)
        except APIStatusError:
            continue
        return [raw, getattr(getattr(sdk, attr), name)(**kwargs) if is_get else None]
    return []


async def _one_raw_call_async(sdk: AsyncExsitedSDK, attr: str, tmp: Path) -> List[Any]:
    for name, kwargs, is_get in _candidates(attr, tmp):
        try:
            raw = await getattr(getattr(sdk, attr).with_raw_response, name)(**kwargs)
        except APIStatusError:
            continue
        return [raw, await getattr(getattr(sdk, attr), name)(**kwargs) if is_get else None]
    return []


def _plain(answer: Any) -> Any:
    return answer.to_dict() if hasattr(answer, "to_dict") else answer


@pytest.mark.parametrize("attr", sorted(RESOURCES))
def test_every_resource_answers_raw(sdk: ExsitedSDK, async_sdk: AsyncExsitedSDK, attr: str, tmp_path: Path) -> None:
    for found in (_one_raw_call(sdk, attr, tmp_path), asyncio.run(_one_raw_call_async(async_sdk, attr, tmp_path))):
        assert found, f"no method of {attr} answered 2xx in the sandbox"
        raw, plain = found
        assert isinstance(raw, RawResponse)
        assert 200 <= raw.status_code < 300
        assert raw.request_id is not None and raw.headers["x-request-id"] == raw.request_id
        if plain is not None:
            assert type(raw.parse()) is type(plain)
            assert _plain(raw.parse()) == _plain(plain)


def test_raw_modules_load_on_first_use() -> None:
    code = (
        "import sys, exsited\n"
        "raw = lambda: sorted(m.rpartition('.')[2] for m in sys.modules if m.startswith('exsited.exsited.') and m.endswith('_raw'))\n"
        "print(raw())\n"
        "sdk = exsited.ExsitedSDK(exsited_url='http://127.0.0.1:9', client_id='c', client_secret='s')\n"
        "sdk.account.details\n"
        "print(raw())\n"
        "sdk.account.with_raw_response\n"
        "print(raw())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd="/")
    assert out.stdout.split("\n")[:3] == ["[]", "[]", "['account_raw']"], out.stdout
