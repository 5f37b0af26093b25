"""``iter_all`` for every list method of the documented surface: each paged list (a method with
a ``limit`` parameter) has an iterator twin that walks the same path, version and order, page by
page; the ones added last are walked over several pages against the sandbox."""

import asyncio
import json
import os
import re
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

from exsited import AsyncExsitedSDK, ExsitedSDK, NotFoundError

SPEC = Path(os.environ.get("EXSITED_SPEC", "/work/shared/spec")) / "python-surface.json"
SURFACE = json.loads(SPEC.read_text())
LISTS = [(r["attr"], m) for r in SURFACE["resources"] for m in r["methods"] if any(p["name"] == "limit" for p in m["params"])]
# The twin's name is `iter_all` for `list`, `<method>_iter_all` otherwise; where a resource had
# an `iter_all` first (the notes of an account), its `list` got `list_iter_all`.
NAMED = {("notes", "account_note_details"): "iter_all", ("notes", "list"): "list_iter_all"}


def twin_name(attr: str, method: str) -> str:
    return NAMED.get((attr, method)) or ("iter_all" if method == "list" else f"{method}_iter_all")


def test_every_list_method_has_an_iter_all() -> None:
    assert len(LISTS) > 100
    sdk = ExsitedSDK(exsited_url="http://127.0.0.1:9", client_id="c", client_secret="s")
    missing = [f"{a}.{m['name']}" for a, m in LISTS if not callable(getattr(getattr(sdk, a), twin_name(a, m["name"]), None))]
    assert missing == []


def _path_args(m: Dict[str, Any]) -> Tuple[Dict[str, str], str]:
    placeholders = re.findall(r"\{(\w+)\}", m["http"]["path"])
    # in the list method's order, which its twin keeps (passed by position: names may differ)
    kwargs = {p["name"]: f"{p['name'].upper()}-1" for p in m["params"] if p["name"] in placeholders}
    path = re.sub(r"\{(\w+)\}", lambda g: f"{g.group(1).upper()}-1", m["http"]["path"].rstrip("/"))
    return kwargs, path


@pytest.mark.parametrize("attr,m", LISTS, ids=[f"{a}.{m['name']}" for a, m in LISTS])
def test_iter_all_walks_the_list_path(sdk: ExsitedSDK, sb: Any, attr: str, m: Dict[str, Any]) -> None:
    kwargs, path = _path_args(m)
    walk = getattr(getattr(sdk, attr), twin_name(attr, m["name"]))
    sb.clear()
    try:
        records = list(walk(*kwargs.values(), limit=3, order_by="created_on", direction="desc"))
        assert records == []  # nothing stored there: one page, empty
    except NotFoundError:
        pass  # an account route of the sandbox: no such account; the request still counts
    (seen,) = sb.data_requests()
    assert (seen["method"], seen["path"]) == ("GET", path)
    assert seen["query_params"] == {"limit": "3", "offset": "0", "order_by": "created_on", "direction": "desc"}


def _orders_invoices(sdk: ExsitedSDK, order_id: str, count: int) -> List[str]:
    """Invoices created against an order (``invoice.create`` posts to /orders/{id}/invoices)."""
    made = [sdk.invoice.create(id=order_id, request_data={"invoice": {"note": f"I{i}"}}) for i in range(count)]
    return [m.invoice.id for m in made]


@pytest.mark.parametrize("method", ["invoice_details_against_order_v3_iter_all", "invoice_list_against_order_v3_iter_all"])
def test_v3_invoices_of_an_order_page_through(sdk: ExsitedSDK, sb: Any, method: str) -> None:
    ids = _orders_invoices(sdk, "ORD-9", 5)
    sb.clear()
    got = [r.id for r in getattr(sdk.invoice, method)("ORD-9", limit=2)]
    assert got == ids
    seen = sb.data_requests()
    assert [r["path"] for r in seen] == ["/api/v3/orders/ORD-9/invoices"] * 3
    assert [r["query_params"]["offset"] for r in seen] == ["0", "2", "4"]


def test_account_notes_and_orders_page_through(sdk: ExsitedSDK, sb: Any, account_id: str) -> None:
    for i in range(3):
        sdk.account.add_notes(account_id=account_id, datas=f"note {i}")
    sb.clear()
    assert [n.content for n in sdk.account.note_details_iter_all(account_id, limit=2)] == ["note 0", "note 1", "note 2"]
    assert [r["query_params"]["offset"] for r in sb.data_requests()] == ["0", "2"]
    for method in ("orders_linked_iter_all", "orders_unlinked_iter_all"):
        sb.clear()
        assert list(getattr(sdk.account, method)(account_id, limit=5)) == []
        (seen,) = sb.data_requests()
        assert seen["path"] == f"/api/v3/accounts/{account_id}/orders/{method.split('_')[1]}"


def test_async_iter_all_pages_the_v3_invoices(async_sdk: AsyncExsitedSDK, sdk: ExsitedSDK) -> None:
    ids = _orders_invoices(sdk, "ORD-7", 3)

    async def main() -> List[str]:
        return [r.id async for r in async_sdk.invoice.invoice_list_against_order_v3_iter_all("ORD-7", limit=2)]

    assert asyncio.run(main()) == ids
