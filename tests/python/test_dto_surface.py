"""The documented SDK's whole DTO surface (api/schemas, a copy of the contract's
python-dtos.json and python-enums.json): every class and enum at its module, its fields, how
classes of other modules are found, and asdict()/to_dict() of loaded answers."""

import copy
import dataclasses
import enum
import importlib
import json
import pickle
import re
import subprocess
import sys
from typing import Any, Dict, List, Optional

from exsited import _native
from exsited._dto import DTOBase

from dto_spec import DTOS, ENUMS, all_classes, dto_class

SCALARS = {"str", "int", "float", "bool", "dict", "list", "List", "Any", "Union"}


def referenced_key(token: str, module: str) -> str:
    """The class a type name in a field of `module` stands for, by the contract's rules:
    `module.Class[#N]` as written, a bare name first in its own module, then the one class
    of that name."""
    m = re.fullmatch(r"ForwardRef\('(.*)'\)|(.*)\(\)", token)
    if m:
        token = m.group(1) or m.group(2)
    if "." in token:
        return token if token in DTOS else token.rsplit(".", 1)[1]
    return f"{module}.{token}" if f"{module}.{token}" in DTOS else token


def field_class_key(spec: str, module: str) -> Optional[str]:
    tspec = spec.partition(":")[2].partition("=")[0]
    names = [t for t in re.findall(r"ForwardRef\('[^']*'\)|[\w.#]+\(\)|[\w.#]+", tspec) if t not in SCALARS]
    return referenced_key(names[0], module) if names else None


def test_every_documented_class_is_at_its_module_with_its_fields():
    assert len(DTOS) == 1001
    modules = set()
    for key, cls in all_classes():
        info = DTOS[key]
        modules.add(info["module"])
        assert cls.__module__ == info["module"] and issubclass(cls, DTOBase), key
        module = importlib.import_module(info["module"])
        if "#" in key:  # shadowed: the module attribute is the later definition
            assert getattr(module, key.rsplit(".", 1)[1].split("#")[0]) is not cls
        declared = [f.split(":")[0].strip() for f in info["fields"]]
        assert [f.name for f in dataclasses.fields(cls)] == declared, key
        for spec in info["fields"]:
            name = spec.split(":")[0].strip()
            target = field_class_key(spec, info["module"])
            expected = dto_class(target) if target else None
            assert cls._fields()[name].dto is expected, (key, name)
    assert len(modules) == 57


def test_every_class_builds_loads_and_dumps():
    for key, cls in all_classes():
        required = DTOS[key].get("required", [])
        obj = cls(**{name: None for name in required})
        defaults = {f.split(":")[0].strip(): f.partition("=")[2].strip() for f in DTOS[key]["fields"]}
        for name, default in defaults.items():
            assert getattr(obj, name) == (eval(default) if default else None), (key, name)
        assert cls.load_dict(obj.to_dict()) == obj, key
        assert dataclasses.asdict(obj) == {name: getattr(obj, name) for name in defaults}, key


def test_every_enum_is_at_its_module_with_its_members():
    assert len(ENUMS) == 3
    for name, info in ENUMS.items():
        cls = getattr(importlib.import_module(info["module"]), name)
        assert issubclass(cls, enum.Enum)
        assert {m.name: m.value for m in cls} == info["members"], name
        assert all(str(m) == m.value for m in cls)


def answer_for(cls: type, depth: int = 3) -> Dict[str, Any]:
    """An answer filling every field (nested classes as objects, lists of them as lists),
    with an unknown key at every level."""
    data: Dict[str, Any] = {"unknown_" + cls.__name__: {"kept": [1, "two"]}}
    for f in cls._fields().values():
        if f.dto is not None and depth > 0:
            nested = answer_for(f.dto, depth - 1)
            data[f.wire] = [nested, nested] if f.is_list else nested
        else:
            data[f.wire] = f"v-{f.attr}"
    return data


def no_private_keys(value: Any, where: str = "") -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            assert not str(key).startswith("_"), f"{where}.{key}"
            no_private_keys(item, f"{where}.{key}")
    elif isinstance(value, list):
        for item in value:
            no_private_keys(item, where)


def declared_everywhere(obj: Any, plain: Any) -> None:
    """asdict(obj) is exactly the declared fields, at every level."""
    if isinstance(obj, DTOBase):
        assert list(plain) == [f.name for f in dataclasses.fields(obj)]
        for name, value in plain.items():
            declared_everywhere(getattr(obj, name), value)
    elif isinstance(obj, list):
        for a, b in zip(obj, plain):
            declared_everywhere(a, b)


def test_asdict_gives_the_declared_fields_only_and_to_dict_keeps_unknown_keys():
    from exsited.exsited.order.dto.order_dto import OrderDetailsDTO
    from exsited.exsited.order.dto.order_nested_dto import OrderLineDTO

    data = answer_for(OrderDetailsDTO)
    for obj in (OrderDetailsDTO.load_dict(data), _native.decode(json.dumps(data), OrderDetailsDTO)):
        line = obj.order.lines[0]
        assert isinstance(line, OrderLineDTO) and line.extra == {"unknown_OrderLineDTO": {"kept": [1, "two"]}}
        plain = dataclasses.asdict(obj)
        no_private_keys(plain)
        declared_everywhere(obj, plain)
        json.dumps(plain)  # what the Django example does with it
        assert obj.to_dict() == data
        assert OrderDetailsDTO.load_dict(obj.to_dict()) == obj
        for copied in (pickle.loads(pickle.dumps(obj)), copy.deepcopy(obj)):
            assert copied == obj and copied.to_dict() == data
        assert dataclasses.replace(obj.order, name="renamed").name == "renamed"


def test_every_class_round_trips_a_full_answer_natively_and_in_python():
    for key, cls in all_classes():
        data = answer_for(cls, depth=2)
        loaded = cls.load_dict(data)
        assert loaded.to_dict() == data, key
        assert _native.decode(json.dumps(data), cls) == loaded, key
        no_private_keys(dataclasses.asdict(loaded), key)


def run(code: str) -> List[str]:
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd="/")
    return out.stdout.split()


def test_modules_load_on_first_use():
    """`import exsited` loads no DTO module (the names it re-exports load theirs on first use)
    and no resource module; a class naming one of another module imports it when an answer is
    first loaded into it."""
    before, after, kind = run(
        "import sys, exsited\n"
        "count = lambda: sum(1 for m in sys.modules if m.startswith('exsited.exsited.') and m.endswith('_dto'))\n"
        "print(count())\n"
        "from exsited import AccountOrdersDataDTO\n"
        "loaded = AccountOrdersDataDTO.load_dict({'orders': [{'lines': [{'item_id': 'I'}]}]})\n"
        "print(count(), type(loaded.orders[0].lines[0]).__module__)\n"
    )
    assert int(before) == 0 and int(after) > int(before)
    assert kind == "exsited.exsited.order.dto.order_nested_dto"
    assert run("import exsited, sys; print('exsited.exsited.order.dto.order_dto' in sys.modules)") == ["False"]
    resources = "from exsited.exsited._resources import RESOURCES; print(sorted(m for m, _ in RESOURCES.values() if m in sys.modules))"
    assert run(f"import exsited, sys; {resources}") == ["[]"]


def test_names_a_module_uses_from_others_import_from_it():
    from exsited.exsited.account.dto.account_dto import ContactDTO
    from exsited.exsited.account.dto.account_nested_dto import ContactDTO as nested
    from exsited.exsited.order.dto.order_dto import OrderLineDTO
    from exsited.exsited.order.dto.order_nested_dto import OrderLineDTO as line

    assert ContactDTO is nested and OrderLineDTO is line
    import exsited.exsited.order.dto.order_dto as order_dto

    assert not hasattr(order_dto, "NoSuchDTO")


def test_type_hints_resolve_once_a_class_is_loaded():
    """typing.get_type_hints (pydantic, FastAPI) sees the same classes as the loader: at once
    for the account API's classes, after first use for those naming another module's."""
    import typing

    from exsited import AccountDataDTO, ContactDTO

    assert typing.get_type_hints(AccountDataDTO)["contacts"] == Optional[List[ContactDTO]]
    for key, cls in all_classes():
        cls._fields()
        hints = typing.get_type_hints(cls)
        assert [n for n in hints if n != "_wire_names"] == [f.name for f in dataclasses.fields(cls)], key


def test_subclasses_and_required_fields():
    from exsited.exsited.order.dto.labour_order_dto import LabourOrderLineDTO
    from exsited.exsited.order.dto.order_nested_dto import OrderLineDTO
    from exsited.exsited.payment.dto import payment_dto

    assert issubclass(LabourOrderLineDTO, OrderLineDTO)
    card = payment_dto.CardPaymentDataDTO.load_dict({"payment_applied": [{"card_type": "Visa"}], "credit_applied": [{"id": "C"}]})
    assert isinstance(card, payment_dto.PaymentDataDTO) and card.paymentApplied[0].cardType == "Visa"
    assert type(card.creditApplied[0]).__name__ == "_CreditAppliedDTO1" and card.creditApplied[0].id == "C"
    try:
        payment_dto.CreditAppliedDTO()
    except TypeError as e:
        assert "id" in str(e)
    else:
        raise AssertionError("CreditAppliedDTO() without its required fields")
    assert payment_dto.CreditAppliedDTO(id="C", amount="1").to_dict() == {"id": "C", "amount": "1"}


def test_wire_names_of_the_contract():
    from exsited.exsited.integration.dto.integration_dto import AccountDTO
    from exsited.exsited.purchase_order.dto.purchase_order_dto import PurchaseOrderInformationUpdateDTO

    dto = AccountDTO.load_dict({"import": {"enabled": "true"}, "export": {}})
    assert dto.import_ is not None and dto.extra == {}
    assert list(dto.to_dict()) == ["export", "import"]
    update = PurchaseOrderInformationUpdateDTO.load_dict({"purchase-order": {"id": "PO-1"}})
    assert update.purchaseOrder is not None and update.purchaseOrder.id == "PO-1"
    assert update.to_dict() == {"purchase-order": {"id": "PO-1"}}


def test_helper_methods():
    from exsited.exsited.labour.dto.labour_dto import LabourCreateResponseDTO, LabourDataDTO
    from exsited.exsited.order.dto.order_dto import OrderDataDTO

    order = OrderDataDTO(accountId="A").add_line(item_id="I-1", quantity="2").add_line(item_id="I-2", quantity="1", price="9.5")
    assert order.to_dict() == {
        "account_id": "A",
        "lines": [
            {"item_id": "I-1", "item_order_quantity": "2"},
            {"item_id": "I-2", "item_order_quantity": "1", "item_price_snapshot": {"pricing_rule": {"price": "9.5"}}},
        ],
    }
    labour = LabourCreateResponseDTO.load_dict({"labour": {"uuid": "U"}}).get_labour_data()
    assert isinstance(labour, LabourDataDTO) and labour.to_dict()["uuid"] == "U"
    assert LabourCreateResponseDTO().get_labour_data() is None
