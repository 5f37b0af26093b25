# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.milestone.dto.milestone_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "MilestoneDataDTO",
    "MilestoneListDTO",
]


@dataclass(repr=False, eq=False, init=False)
class MilestoneDataDTO(DTOBase):
    """``MilestoneDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    status: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    created: Optional[str] = None
    updated: Optional[str] = None
    workflowName: Optional[str] = None
    stateName: Optional[str] = None
    workflowUuid: Optional[str] = None
    resourceCode: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, status: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, created: Optional[str] = None, updated: Optional[str] = None, workflowName: Optional[str] = None, stateName: Optional[str] = None, workflowUuid: Optional[str] = None, resourceCode: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.description = description
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
        self.created = created
        self.updated = updated
        self.workflowName = workflowName
        self.stateName = stateName
        self.workflowUuid = workflowUuid
        self.resourceCode = resourceCode


@dataclass(repr=False, eq=False, init=False)
class MilestoneListDTO(DTOBase):
    """``MilestoneListDTO`` of the documented SDK."""
    milestones: Optional[List[MilestoneDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, milestones: Optional[List[MilestoneDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.milestones = milestones
        self.pagination = pagination
