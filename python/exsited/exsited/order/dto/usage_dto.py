# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.order.dto.usage_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, PaginationDTO

__all__ = [
    "MultipleUsageCreateDTO",
    "MultipleUsageResponseDTO",
    "UsageCreateDTO",
    "UsageDataDTO",
    "UsageListDTO",
    "UsageModifyDataDTO",
    "UsageUpdateDataDTO",
]


@dataclass(repr=False, eq=False, init=False)
class MultipleUsageCreateDTO(DTOBase):
    """``MultipleUsageCreateDTO`` of the documented SDK."""
    usages: Optional[List[UsageDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, usages: Optional[List[UsageDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.usages = usages
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class MultipleUsageResponseDTO(DTOBase):
    """``MultipleUsageResponseDTO`` of the documented SDK."""
    success: Optional[List[UsageDataDTO]] = None
    failed: Optional[List[UsageDataDTO]] = None

    def __init__(self, success: Optional[List[UsageDataDTO]] = None, failed: Optional[List[UsageDataDTO]] = None) -> None:
        self.success = success
        self.failed = failed


@dataclass(repr=False, eq=False, init=False)
class UsageCreateDTO(DTOBase):
    """``UsageCreateDTO`` of the documented SDK."""
    usage: Optional[UsageDataDTO] = None

    def __init__(self, usage: Optional[UsageDataDTO] = None) -> None:
        self.usage = usage


@dataclass(repr=False, eq=False, init=False)
class UsageDataDTO(DTOBase):
    """``UsageDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    version: Optional[str] = None
    chargeItemUuid: Optional[str] = None
    chargeItemName: Optional[str] = None
    chargingPeriod: Optional[str] = None
    quantity: Optional[str] = None
    uom: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    type: Optional[str] = None
    chargeStatus: Optional[str] = None
    source: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    usageReference: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, version: Optional[str] = None, chargeItemUuid: Optional[str] = None, chargeItemName: Optional[str] = None, chargingPeriod: Optional[str] = None, quantity: Optional[str] = None, uom: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, type: Optional[str] = None, chargeStatus: Optional[str] = None, source: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, usageReference: Optional[str] = None) -> None:
        self.uuid = uuid
        self.version = version
        self.chargeItemUuid = chargeItemUuid
        self.chargeItemName = chargeItemName
        self.chargingPeriod = chargingPeriod
        self.quantity = quantity
        self.uom = uom
        self.startTime = startTime
        self.endTime = endTime
        self.type = type
        self.chargeStatus = chargeStatus
        self.source = source
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.customAttributes = customAttributes
        self.usageReference = usageReference


@dataclass(repr=False, eq=False, init=False)
class UsageListDTO(DTOBase):
    """``UsageListDTO`` of the documented SDK."""
    usages: Optional[List[UsageDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, usages: Optional[List[UsageDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.usages = usages
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class UsageModifyDataDTO(DTOBase):
    """``UsageModifyDataDTO`` of the documented SDK."""
    usage: Optional[UsageDataDTO] = None

    def __init__(self, usage: Optional[UsageDataDTO] = None) -> None:
        self.usage = usage


@dataclass(repr=False, eq=False, init=False)
class UsageUpdateDataDTO(DTOBase):
    """``UsageUpdateDataDTO`` of the documented SDK."""
    usage: Optional[UsageDataDTO] = None

    def __init__(self, usage: Optional[UsageDataDTO] = None) -> None:
        self.usage = usage
