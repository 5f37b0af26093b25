# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.labour.dto.labour_nested_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "LabourContactDTO",
    "LabourCustomAvailabilityDTO",
    "LabourProfileAvailabilityDTO",
    "LabourProfileDTO",
]


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeDTO(DTOBase):
    """``CustomAttributeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    value: Optional[str] = None
    attributeType: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, value: Optional[str] = None, attributeType: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.value = value
        self.attributeType = attributeType


@dataclass(repr=False, eq=False, init=False)
class LabourContactDTO(DTOBase):
    """``LabourContactDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    contactType: Optional[str] = None
    value: Optional[str] = None
    isPrimary: Optional[Union[bool, str]] = None

    def __init__(self, uuid: Optional[str] = None, contactType: Optional[str] = None, value: Optional[str] = None, isPrimary: Optional[Union[bool, str]] = None) -> None:
        self.uuid = uuid
        self.contactType = contactType
        self.value = value
        self.isPrimary = isPrimary


@dataclass(repr=False, eq=False, init=False)
class LabourCustomAvailabilityDTO(DTOBase):
    """``LabourCustomAvailabilityDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    available: Optional[str] = None
    preferredDay: Optional[str] = None
    operation: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, available: Optional[str] = None, preferredDay: Optional[str] = None, operation: Optional[str] = None) -> None:
        self.uuid = uuid
        self.startTime = startTime
        self.endTime = endTime
        self.available = available
        self.preferredDay = preferredDay
        self.operation = operation


@dataclass(repr=False, eq=False, init=False)
class LabourProfileAvailabilityDTO(DTOBase):
    """``LabourProfileAvailabilityDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    available: Optional[Union[bool, str]] = None
    preferredDay: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, available: Optional[Union[bool, str]] = None, preferredDay: Optional[str] = None) -> None:
        self.uuid = uuid
        self.startTime = startTime
        self.endTime = endTime
        self.available = available
        self.preferredDay = preferredDay


@dataclass(repr=False, eq=False, init=False)
class LabourProfileDTO(DTOBase):
    """``LabourProfileDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, link: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.link = link
