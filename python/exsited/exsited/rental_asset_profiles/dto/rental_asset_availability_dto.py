# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.rental_asset_profiles.dto.rental_asset_availability_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "AvailableItemDTO",
    "AvailableItemRequestDTO",
    "RentalAssetAvailabilityDataDTO",
    "RentalAssetAvailabilityDetailsDTO",
    "RentalAssetAvailabilityListDTO",
    "RentalAssetAvailabilityRequestDataDTO",
    "RentalAssetAvailabilityUpdateDTO",
    "ScheduleItemDTO",
    "ScheduleItemRequestDTO",
    "UnavailableItemDTO",
    "UnavailableItemRequestDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AvailableItemDTO(DTOBase):
    """``AvailableItemDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    preferredDate: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, preferredDate: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None) -> None:
        self.uuid = uuid
        self.preferredDate = preferredDate
        self.startTime = startTime
        self.endTime = endTime


@dataclass(repr=False, eq=False, init=False)
class AvailableItemRequestDTO(DTOBase):
    """``AvailableItemRequestDTO`` of the documented SDK."""
    preferredDate: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None

    def __init__(self, preferredDate: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None) -> None:
        self.preferredDate = preferredDate
        self.startTime = startTime
        self.endTime = endTime


@dataclass(repr=False, eq=False, init=False)
class PaginationDTO(DTOBase):
    """``PaginationDTO`` of the documented SDK."""
    records: Optional[Union[int, str]] = None
    limit: Optional[Union[int, str]] = None
    offset: Optional[Union[int, str]] = None
    previousPage: Optional[str] = None
    nextPage: Optional[str] = None

    def __init__(self, records: Optional[Union[int, str]] = None, limit: Optional[Union[int, str]] = None, offset: Optional[Union[int, str]] = None, previousPage: Optional[str] = None, nextPage: Optional[str] = None) -> None:
        self.records = records
        self.limit = limit
        self.offset = offset
        self.previousPage = previousPage
        self.nextPage = nextPage


@dataclass(repr=False, eq=False, init=False)
class RentalAssetAvailabilityDataDTO(DTOBase):
    """``RentalAssetAvailabilityDataDTO`` of the documented SDK."""
    id: Optional[str] = None
    uuid: Optional[str] = None
    status: Optional[str] = None
    version: Optional[str] = None
    scheduleList: Optional[List[ScheduleItemDTO]] = None
    processedScheduleList: Optional[List[Any]] = None
    availableList: Optional[List[AvailableItemDTO]] = None
    processedAvailableList: Optional[List[Any]] = None
    unavailableList: Optional[List[UnavailableItemDTO]] = None
    processedUnavailableList: Optional[List[Any]] = None

    def __init__(self, id: Optional[str] = None, uuid: Optional[str] = None, status: Optional[str] = None, version: Optional[str] = None, scheduleList: Optional[List[ScheduleItemDTO]] = None, processedScheduleList: Optional[List[Any]] = None, availableList: Optional[List[AvailableItemDTO]] = None, processedAvailableList: Optional[List[Any]] = None, unavailableList: Optional[List[UnavailableItemDTO]] = None, processedUnavailableList: Optional[List[Any]] = None) -> None:
        self.id = id
        self.uuid = uuid
        self.status = status
        self.version = version
        self.scheduleList = scheduleList
        self.processedScheduleList = processedScheduleList
        self.availableList = availableList
        self.processedAvailableList = processedAvailableList
        self.unavailableList = unavailableList
        self.processedUnavailableList = processedUnavailableList


@dataclass(repr=False, eq=False, init=False)
class RentalAssetAvailabilityDetailsDTO(DTOBase):
    """``RentalAssetAvailabilityDetailsDTO`` of the documented SDK."""
    rentalAsset: Optional[RentalAssetAvailabilityDataDTO] = None

    def __init__(self, rentalAsset: Optional[RentalAssetAvailabilityDataDTO] = None) -> None:
        self.rentalAsset = rentalAsset


@dataclass(repr=False, eq=False, init=False)
class RentalAssetAvailabilityListDTO(DTOBase):
    """``RentalAssetAvailabilityListDTO`` of the documented SDK."""
    rentalAssets: Optional[List[RentalAssetAvailabilityDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, rentalAssets: Optional[List[RentalAssetAvailabilityDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.rentalAssets = rentalAssets
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class RentalAssetAvailabilityRequestDataDTO(DTOBase):
    """``RentalAssetAvailabilityRequestDataDTO`` of the documented SDK."""
    id: Optional[str] = None
    scheduleList: Optional[List[ScheduleItemRequestDTO]] = None
    availableList: Optional[List[AvailableItemRequestDTO]] = None
    unavailableList: Optional[List[UnavailableItemRequestDTO]] = None

    def __init__(self, id: Optional[str] = None, scheduleList: Optional[List[ScheduleItemRequestDTO]] = None, availableList: Optional[List[AvailableItemRequestDTO]] = None, unavailableList: Optional[List[UnavailableItemRequestDTO]] = None) -> None:
        self.id = id
        self.scheduleList = scheduleList
        self.availableList = availableList
        self.unavailableList = unavailableList


@dataclass(repr=False, eq=False, init=False)
class RentalAssetAvailabilityUpdateDTO(DTOBase):
    """``RentalAssetAvailabilityUpdateDTO`` of the documented SDK."""
    rentalAssets: Optional[List[RentalAssetAvailabilityRequestDataDTO]] = None

    def __init__(self, rentalAssets: Optional[List[RentalAssetAvailabilityRequestDataDTO]] = None) -> None:
        self.rentalAssets = rentalAssets


@dataclass(repr=False, eq=False, init=False)
class ScheduleItemDTO(DTOBase):
    """``ScheduleItemDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    preferredDay: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    available: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, preferredDay: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, available: Optional[str] = None) -> None:
        self.uuid = uuid
        self.preferredDay = preferredDay
        self.startTime = startTime
        self.endTime = endTime
        self.available = available


@dataclass(repr=False, eq=False, init=False)
class ScheduleItemRequestDTO(DTOBase):
    """``ScheduleItemRequestDTO`` of the documented SDK."""
    preferredDay: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    available: Optional[Union[bool, str]] = None

    def __init__(self, preferredDay: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, available: Optional[Union[bool, str]] = None) -> None:
        self.preferredDay = preferredDay
        self.startTime = startTime
        self.endTime = endTime
        self.available = available


@dataclass(repr=False, eq=False, init=False)
class UnavailableItemDTO(DTOBase):
    """``UnavailableItemDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    preferredDate: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, preferredDate: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None) -> None:
        self.uuid = uuid
        self.preferredDate = preferredDate
        self.startTime = startTime
        self.endTime = endTime


@dataclass(repr=False, eq=False, init=False)
class UnavailableItemRequestDTO(DTOBase):
    """``UnavailableItemRequestDTO`` of the documented SDK."""
    preferredDate: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None

    def __init__(self, preferredDate: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None) -> None:
        self.preferredDate = preferredDate
        self.startTime = startTime
        self.endTime = endTime
