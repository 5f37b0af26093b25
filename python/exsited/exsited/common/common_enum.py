from enum import Enum


class SortDirection(Enum):
    """Sort order of a list; sent as its value (``asc`` / ``desc``)."""

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return self.value
