# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.labour.dto.labour_availability_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "LabourAvailabilityDataDTO",
    "LabourAvailabilityDetailsDTO",
    "LabourAvailabilityListDTO",
    "LabourAvailabilityRequestDTO",
    "LabourAvailabilityUpdateDTO",
]


@dataclass(repr=False, eq=False, init=False)
class LabourAvailabilityDataDTO(DTOBase):
    """``LabourAvailabilityDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    labourUuid: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    available: Optional[Union[bool, str]] = None
    preferredDay: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, labourUuid: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, available: Optional[Union[bool, str]] = None, preferredDay: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None) -> None:
        self.uuid = uuid
        self.labourUuid = labourUuid
        self.startDate = startDate
        self.endDate = endDate
        self.startTime = startTime
        self.endTime = endTime
        self.available = available
        self.preferredDay = preferredDay
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn


@dataclass(repr=False, eq=False, init=False)
class LabourAvailabilityDetailsDTO(DTOBase):
    """``LabourAvailabilityDetailsDTO`` of the documented SDK."""
    labourAvailability: Optional[LabourAvailabilityDataDTO] = None

    def __init__(self, labourAvailability: Optional[LabourAvailabilityDataDTO] = None) -> None:
        self.labourAvailability = labourAvailability


@dataclass(repr=False, eq=False, init=False)
class LabourAvailabilityListDTO(DTOBase):
    """``LabourAvailabilityListDTO`` of the documented SDK."""
    labourAvailabilities: Optional[List[LabourAvailabilityDataDTO]] = None

    def __init__(self, labourAvailabilities: Optional[List[LabourAvailabilityDataDTO]] = None) -> None:
        self.labourAvailabilities = labourAvailabilities


@dataclass(repr=False, eq=False, init=False)
class LabourAvailabilityRequestDTO(DTOBase):
    """``LabourAvailabilityRequestDTO`` of the documented SDK."""
    labourUuid: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    available: Optional[Union[bool, str]] = None
    preferredDay: Optional[str] = None

    def __init__(self, labourUuid: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, available: Optional[Union[bool, str]] = None, preferredDay: Optional[str] = None) -> None:
        self.labourUuid = labourUuid
        self.startDate = startDate
        self.endDate = endDate
        self.startTime = startTime
        self.endTime = endTime
        self.available = available
        self.preferredDay = preferredDay


@dataclass(repr=False, eq=False, init=False)
class LabourAvailabilityUpdateDTO(DTOBase):
    """``LabourAvailabilityUpdateDTO`` of the documented SDK."""
    labourAvailability: Optional[LabourAvailabilityRequestDTO]

    def __init__(self, labourAvailability: Optional[LabourAvailabilityRequestDTO]) -> None:
        self.labourAvailability = labourAvailability
