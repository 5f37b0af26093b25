"""The installed package (one abi3 wheel for CPython 3.9+) under every other CPython 3.9-3.13
this machine has (pyenv's, or python3.X on PATH). The suite itself runs on one interpreter,
and the object layout differs between versions: on 3.13 attributes live in values inside the
object, and DTOs loaded by the native decoder once read every nested field as None there."""

import glob
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import exsited

VERSIONS = ["3.9", "3.10", "3.11", "3.12", "3.13"]

# Loads a nested answer with the native decoder and with load_dict, then reads it back as a
# user would: by attribute, not through vars().
SCRIPT = r"""
import json, sys
from exsited import _native
from exsited import AccountDetailsDTO
body = {"account": {"id": "SD0001", "name": "Seed", "currency": {"uuid": "u-1", "name": "AUD"},
        "communication_preference": [{"media": "EMAIL", "isEnabled": "true"}], "not_declared": 7}}
for how, dto in (("native", _native.decode(json.dumps(body), AccountDetailsDTO)),
                 ("load_dict", AccountDetailsDTO.load_dict(body))):
    account = dto.account
    assert account is not None, (how, vars(dto))
    assert account.id == "SD0001" and account.name == "Seed", (how, vars(account))
    assert account.currency.name == "AUD", (how, vars(account.currency))
    assert account.communicationPreference[0].media == "EMAIL", how
    assert account._extra == {"not_declared": 7}, (how, account._extra)
    account.name = "Changed"
    assert vars(account)["name"] == "Changed", how
print(sys.version_info[:2])
"""


def release(python: str) -> list[int]:
    """The version numbers in pyenv's folder name of `python` (…/versions/3.9.18/bin/python)."""
    return [int(n) for n in re.findall(r"\d+", Path(python).parents[1].name)]


def interpreters():
    """(version, path) of each other CPython this machine has: pyenv's newest of each minor
    version, else python3.X on PATH."""
    found = []
    for version in VERSIONS:
        if sys.version_info[:2] == tuple(int(p) for p in version.split(".")):
            continue
        # Newest by version, not by text (3.9.10 after 3.9.9), as `sort -V` in the script.
        pyenv = sorted(glob.glob(os.path.expanduser(f"~/.pyenv/versions/{version}.*/bin/python")), key=release)
        python = pyenv[-1] if pyenv else shutil.which(f"python{version}")
        if python:
            found.append((version, python))
    return found


@pytest.mark.parametrize("version,python", interpreters() or [pytest.param("none", "", marks=pytest.mark.skip(reason="no other CPython 3.9-3.13 here"))])
def test_dtos_read_back_by_attribute_on_each_python(version: str, python: str, tmp_path: Path) -> None:
    # A copy of the installed package alone on the path: nothing else of this virtualenv.
    shutil.copytree(Path(exsited.__file__).parent, tmp_path / "exsited", ignore=shutil.ignore_patterns("__pycache__"))
    env = {"PYTHONPATH": str(tmp_path), "PATH": os.environ.get("PATH", "")}
    done = subprocess.run([python, "-c", SCRIPT], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"Python {version}:\n{done.stderr}"
    assert json.loads(done.stdout.strip().replace("(", "[").replace(")", "]")) == [int(p) for p in version.split(".")]
