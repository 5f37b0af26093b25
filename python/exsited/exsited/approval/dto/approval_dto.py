# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.approval.dto.approval_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "ApprovalDataDTO",
    "ApprovalListDTO",
    "ApprovalRequestDTO",
    "ApprovalRequestDataDTO",
    "ApprovalResponseDTO",
]


@dataclass(repr=False, eq=False, init=False)
class ActivityLogDTO(DTOBase):
    """``ActivityLogDTO`` of the documented SDK."""
    activity: Optional[str] = None

    def __init__(self, activity: Optional[str] = None) -> None:
        self.activity = activity


@dataclass(repr=False, eq=False, init=False)
class ApprovalDataDTO(DTOBase):
    """``ApprovalDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    event: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, event: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.event = event


@dataclass(repr=False, eq=False, init=False)
class ApprovalListDTO(DTOBase):
    """``ApprovalListDTO`` of the documented SDK."""
    approvals: Optional[List[ApprovalDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, approvals: Optional[List[ApprovalDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.approvals = approvals
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class ApprovalRequestDTO(DTOBase):
    """``ApprovalRequestDTO`` of the documented SDK."""
    approvals: Optional[ApprovalRequestDataDTO] = None

    def __init__(self, approvals: Optional[ApprovalRequestDataDTO] = None) -> None:
        self.approvals = approvals


@dataclass(repr=False, eq=False, init=False)
class ApprovalRequestDataDTO(DTOBase):
    """``ApprovalRequestDataDTO`` of the documented SDK."""
    entity: Optional[str] = None
    uuid: Optional[str] = None
    note: Optional[str] = None

    def __init__(self, entity: Optional[str] = None, uuid: Optional[str] = None, note: Optional[str] = None) -> None:
        self.entity = entity
        self.uuid = uuid
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class ApprovalResponseDTO(DTOBase):
    """``ApprovalResponseDTO`` of the documented SDK."""
    entity: Optional[str] = None
    uuid: Optional[str] = None
    activityLogs: Optional[List[ActivityLogDTO]] = None

    def __init__(self, entity: Optional[str] = None, uuid: Optional[str] = None, activityLogs: Optional[List[ActivityLogDTO]] = None) -> None:
        self.entity = entity
        self.uuid = uuid
        self.activityLogs = activityLogs
