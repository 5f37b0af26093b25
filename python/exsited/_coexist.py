"""Warns once when the documented SDK's distribution (``exsited`` 1.x, or the different 4.x
API) is installed next to this one: both install the import name ``exsited``, so whichever
was installed last has overwritten the other's files."""

import warnings


def warn_if_documented_sdk_installed() -> None:
    from importlib import metadata

    try:
        other = metadata.version("exsited")
    except metadata.PackageNotFoundError:
        return
    warnings.warn(
        f"both exsited-rs and the distribution 'exsited' {other} are installed; they share the import "
        "name 'exsited' and overwrite each other's files. Keep one: `pip uninstall exsited` and then "
        "`pip install --force-reinstall exsited-rs`.",
        RuntimeWarning,
        stacklevel=3,
    )
