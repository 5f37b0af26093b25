# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.timesheet.dto.timesheet_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, PaginationDTO

__all__ = [
    "LabourDTO",
    "TimesheetCreateDataDTO",
    "TimesheetCreateRequestDTO",
    "TimesheetDataDTO",
    "TimesheetListResponseDTO",
    "TimesheetResponseDTO",
    "TimesheetUpdateDataDTO",
    "TimesheetUpdateRequestDTO",
]


@dataclass(repr=False, eq=False, init=False)
class LabourDTO(DTOBase):
    """``LabourDTO`` of the documented SDK."""
    id: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None

    def __init__(self, id: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None) -> None:
        self.id = id
        self.uuid = uuid
        self.name = name


@dataclass(repr=False, eq=False, init=False)
class TimesheetCreateDataDTO(DTOBase):
    """``TimesheetCreateDataDTO`` of the documented SDK."""
    sale_order_item: Optional[str] = None
    start_time: Optional[str] = None
    end_time: Optional[str] = None
    custom_attributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, sale_order_item: Optional[str] = None, start_time: Optional[str] = None, end_time: Optional[str] = None, custom_attributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.sale_order_item = sale_order_item
        self.start_time = start_time
        self.end_time = end_time
        self.custom_attributes = custom_attributes


@dataclass(repr=False, eq=False, init=False)
class TimesheetCreateRequestDTO(DTOBase):
    """``TimesheetCreateRequestDTO`` of the documented SDK."""
    timesheet: Optional[TimesheetCreateDataDTO] = None

    def __init__(self, timesheet: Optional[TimesheetCreateDataDTO] = None) -> None:
        self.timesheet = timesheet


@dataclass(repr=False, eq=False, init=False)
class TimesheetDataDTO(DTOBase):
    """``TimesheetDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    start_time: Optional[str] = None
    end_time: Optional[str] = None
    sale_order_item: Optional[str] = None
    labour: Optional[LabourDTO] = None
    parent_organization: Optional[str] = None
    created_by: Optional[str] = None
    created_on: Optional[str] = None
    last_updated_by: Optional[str] = None
    last_updated_on: Optional[str] = None
    version: Optional[str] = None
    custom_attributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, start_time: Optional[str] = None, end_time: Optional[str] = None, sale_order_item: Optional[str] = None, labour: Optional[LabourDTO] = None, parent_organization: Optional[str] = None, created_by: Optional[str] = None, created_on: Optional[str] = None, last_updated_by: Optional[str] = None, last_updated_on: Optional[str] = None, version: Optional[str] = None, custom_attributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.start_time = start_time
        self.end_time = end_time
        self.sale_order_item = sale_order_item
        self.labour = labour
        self.parent_organization = parent_organization
        self.created_by = created_by
        self.created_on = created_on
        self.last_updated_by = last_updated_by
        self.last_updated_on = last_updated_on
        self.version = version
        self.custom_attributes = custom_attributes


@dataclass(repr=False, eq=False, init=False)
class TimesheetListResponseDTO(DTOBase):
    """``TimesheetListResponseDTO`` of the documented SDK."""
    timesheets: Optional[List[TimesheetDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, timesheets: Optional[List[TimesheetDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.timesheets = timesheets
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class TimesheetResponseDTO(DTOBase):
    """``TimesheetResponseDTO`` of the documented SDK."""
    timesheet: Optional[TimesheetDataDTO] = None

    def __init__(self, timesheet: Optional[TimesheetDataDTO] = None) -> None:
        self.timesheet = timesheet


@dataclass(repr=False, eq=False, init=False)
class TimesheetUpdateDataDTO(DTOBase):
    """``TimesheetUpdateDataDTO`` of the documented SDK."""
    start_time: Optional[str] = None
    end_time: Optional[str] = None
    custom_attributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, start_time: Optional[str] = None, end_time: Optional[str] = None, custom_attributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.start_time = start_time
        self.end_time = end_time
        self.custom_attributes = custom_attributes


@dataclass(repr=False, eq=False, init=False)
class TimesheetUpdateRequestDTO(DTOBase):
    """``TimesheetUpdateRequestDTO`` of the documented SDK."""
    timesheet: Optional[TimesheetUpdateDataDTO] = None

    def __init__(self, timesheet: Optional[TimesheetUpdateDataDTO] = None) -> None:
        self.timesheet = timesheet
