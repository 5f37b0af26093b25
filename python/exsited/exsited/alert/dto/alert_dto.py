# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.alert.dto.alert_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "AlertDataDTO",
    "AlertListDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AlertDataDTO(DTOBase):
    """``AlertDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    status: Optional[str] = None
    alertLinkType: Optional[str] = None
    intervalValue: Optional[str] = None
    intervalUnit: Optional[str] = None
    intervalWhen: Optional[str] = None
    intervalRespectiveField: Optional[str] = None
    alertContent: Optional[str] = None
    created: Optional[str] = None
    updated: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, status: Optional[str] = None, alertLinkType: Optional[str] = None, intervalValue: Optional[str] = None, intervalUnit: Optional[str] = None, intervalWhen: Optional[str] = None, intervalRespectiveField: Optional[str] = None, alertContent: Optional[str] = None, created: Optional[str] = None, updated: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.description = description
        self.status = status
        self.alertLinkType = alertLinkType
        self.intervalValue = intervalValue
        self.intervalUnit = intervalUnit
        self.intervalWhen = intervalWhen
        self.intervalRespectiveField = intervalRespectiveField
        self.alertContent = alertContent
        self.created = created
        self.updated = updated


@dataclass(repr=False, eq=False, init=False)
class AlertListDTO(DTOBase):
    """``AlertListDTO`` of the documented SDK."""
    alerts: Optional[List[AlertDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, alerts: Optional[List[AlertDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.alerts = alerts
        self.pagination = pagination
