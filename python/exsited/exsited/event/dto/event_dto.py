# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.event.dto.event_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "EventDTO",
    "EventsResponseDetailsDTO",
    "EventsResponseListDTO",
]


@dataclass(repr=False, eq=False, init=False)
class EventDTO(DTOBase):
    """``EventDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    parentEvent: Optional[str] = None
    eventName: Optional[str] = None
    createdOn: Optional[str] = None
    scheduledToExecuteOn: Optional[str] = None
    executedOn: Optional[str] = None
    resourceType: Optional[str] = None
    resourceUuid: Optional[str] = None
    executionStatus: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, parentEvent: Optional[str] = None, eventName: Optional[str] = None, createdOn: Optional[str] = None, scheduledToExecuteOn: Optional[str] = None, executedOn: Optional[str] = None, resourceType: Optional[str] = None, resourceUuid: Optional[str] = None, executionStatus: Optional[str] = None) -> None:
        self.uuid = uuid
        self.parentEvent = parentEvent
        self.eventName = eventName
        self.createdOn = createdOn
        self.scheduledToExecuteOn = scheduledToExecuteOn
        self.executedOn = executedOn
        self.resourceType = resourceType
        self.resourceUuid = resourceUuid
        self.executionStatus = executionStatus


@dataclass(repr=False, eq=False, init=False)
class EventsResponseDetailsDTO(DTOBase):
    """``EventsResponseDetailsDTO`` of the documented SDK."""
    event: Optional[EventDTO] = None

    def __init__(self, event: Optional[EventDTO] = None) -> None:
        self.event = event


@dataclass(repr=False, eq=False, init=False)
class EventsResponseListDTO(DTOBase):
    """``EventsResponseListDTO`` of the documented SDK."""
    events: Optional[List[EventDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, events: Optional[List[EventDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.events = events
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PaginationDTO(DTOBase):
    """``PaginationDTO`` of the documented SDK."""
    records: Optional[str] = None
    limit: Optional[str] = None
    offset: Optional[str] = None
    previousPage: Optional[str] = None
    nextPage: Optional[str] = None

    def __init__(self, records: Optional[str] = None, limit: Optional[str] = None, offset: Optional[str] = None, previousPage: Optional[str] = None, nextPage: Optional[str] = None) -> None:
        self.records = records
        self.limit = limit
        self.offset = offset
        self.previousPage = previousPage
        self.nextPage = nextPage
