"""Warns once when the documented SDK's distribution (``exsited`` 1.x, or the different 4.x
API) is installed next to this one: both install the import name ``exsited``, so whichever
was installed last has overwritten the other's files.

Looks for its ``exsited-<version>.dist-info`` (or ``.egg-info``) on ``sys.path`` by name: a few
directory listings, where importing ``importlib.metadata`` would cost a good part of the
import-time budget."""

import os
import sys
import warnings
from typing import Optional



def documented_sdk_version() -> Optional[str]:
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            # "exsited-1.0.40.dist-info"; ours is "exsited_rs-....dist-info"
            lower = name.lower()
            if lower.startswith("exsited-") and lower.endswith((".dist-info", ".egg-info")):
                version = name[len("exsited-"):].rsplit(".", 1)[0]
                if "-" not in version:
                    return version
    return None


def warn_if_documented_sdk_installed() -> None:
    other = documented_sdk_version()
    if other is None:
        return
    warnings.warn(
        f"both exsited-rs and the distribution 'exsited' {other} are installed; they share the import "
        "name 'exsited' and overwrite each other's files. Keep one: `pip uninstall exsited` and then "
        "`pip install --force-reinstall exsited-rs`.",
        RuntimeWarning,
        stacklevel=3,
    )
