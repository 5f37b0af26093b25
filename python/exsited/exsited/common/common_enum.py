# generated from api/ — do not edit; run `make generate`
"""Enums of `exsited.exsited.common.common_enum`."""

from enum import Enum


class SortDirection(Enum):
    """Sort order of a list; sent as its value (``asc`` / ``desc``)."""

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return self.value
