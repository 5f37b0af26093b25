"""``AsyncExsitedSDK`` mirrors ``ExsitedSDK``: for every resource, the async class has the same
public methods with the same parameters (names, kinds, defaults, annotations), and each returns
``Awaitable[T]`` (``AsyncIterator[T]`` for ``iter_all``) where its sync twin returns ``T``
(``Iterator[T]``) — never a bare ``Any``."""

import importlib
import inspect
import typing
from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Tuple

import pytest

from exsited import AsyncExsitedSDK, ExsitedSDK
from exsited.exsited._resources import RESOURCES, AsyncResources, Resources


def _classes(name: str) -> Tuple[type, type]:
    module, cls = RESOURCES[name]
    loaded = importlib.import_module(module)
    return getattr(loaded, cls), getattr(loaded, "Async" + cls)


def _public(cls: type) -> Dict[str, Any]:
    return {n: f for n, f in inspect.getmembers(cls, inspect.isfunction) if not n.startswith("_")}


def test_every_resource_is_on_both_sdks() -> None:
    assert len(RESOURCES) == 44
    for name in RESOURCES:
        sync, asynchronous = _classes(name)
        # typed properties (names imported for type checkers only, so compared by name)
        assert getattr(Resources, name).fget.__annotations__["return"] == sync.__name__
        assert getattr(AsyncResources, name).fget.__annotations__["return"] == asynchronous.__name__
    assert issubclass(ExsitedSDK, Resources) and issubclass(AsyncExsitedSDK, AsyncResources)


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_async_methods_mirror_their_sync_twins(name: str) -> None:
    sync_cls, async_cls = _classes(name)
    sync_methods, async_methods = _public(sync_cls), _public(async_cls)
    assert sorted(async_methods) == sorted(sync_methods)
    for method, sync in sync_methods.items():
        twin = async_methods[method]
        if twin is sync:
            continue  # a shared helper without an HTTP call (same function on both classes)
        s_sig, a_sig = inspect.signature(sync), inspect.signature(twin)
        where = f"{name}.{method}"
        # annotations as written (FileArg names os.PathLike by a forward reference)
        assert [(p.name, p.kind, p.default, p.annotation) for p in a_sig.parameters.values()] == [
            (p.name, p.kind, p.default, p.annotation) for p in s_sig.parameters.values()
        ], where
        s_ret, a_ret = s_sig.return_annotation, a_sig.return_annotation
        assert s_ret is not Any and a_ret is not Any and s_ret is not inspect.Signature.empty, where
        if typing.get_origin(s_ret) is typing.get_origin(Iterator[int]):
            assert a_ret == AsyncIterator[typing.get_args(s_ret)[0]], where  # type: ignore[misc]
        else:
            assert a_ret == Awaitable[s_ret], where  # type: ignore[valid-type]
        assert inspect.getdoc(twin) and inspect.getdoc(sync), where
