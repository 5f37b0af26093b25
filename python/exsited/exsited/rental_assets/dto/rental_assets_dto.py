# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.rental_assets.dto.rental_assets_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "RentalAssetCustomAvailabilityDTO",
    "RentalAssetCustomAvailabilityRequestDTO",
    "RentalAssetDataDTO",
    "RentalAssetDetailsDTO",
    "RentalAssetListDTO",
    "RentalAssetProfileRefDTO",
    "RentalAssetRequestDTO",
    "RentalAssetRequestDataDTO",
]


@dataclass(repr=False, eq=False, init=False)
class RentalAssetCustomAvailabilityDTO(DTOBase):
    """``RentalAssetCustomAvailabilityDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    available: Optional[str] = None
    preferredDay: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, available: Optional[str] = None, preferredDay: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.startTime = startTime
        self.endTime = endTime
        self.available = available
        self.preferredDay = preferredDay


@dataclass(repr=False, eq=False, init=False)
class RentalAssetCustomAvailabilityRequestDTO(DTOBase):
    """``RentalAssetCustomAvailabilityRequestDTO`` of the documented SDK."""
    preferredDay: Optional[str] = None
    available: Optional[Union[bool, str]] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    operation: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, preferredDay: Optional[str] = None, available: Optional[Union[bool, str]] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, operation: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.preferredDay = preferredDay
        self.available = available
        self.startTime = startTime
        self.endTime = endTime
        self.operation = operation
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class RentalAssetDataDTO(DTOBase):
    """``RentalAssetDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    imageName: Optional[str] = None
    useCustomAvailability: Optional[Union[bool, str]] = None
    rentalAssetProfile: Optional[RentalAssetProfileRefDTO] = None
    customFormTemplate: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    customAttributes: Optional[List[Any]] = None
    rentalAssetCustomAvailability: Optional[List[RentalAssetCustomAvailabilityDTO]] = None
    rentalAssetAvailability: Optional[List[Any]] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, code: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageName: Optional[str] = None, useCustomAvailability: Optional[Union[bool, str]] = None, rentalAssetProfile: Optional[RentalAssetProfileRefDTO] = None, customFormTemplate: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, customAttributes: Optional[List[Any]] = None, rentalAssetCustomAvailability: Optional[List[RentalAssetCustomAvailabilityDTO]] = None, rentalAssetAvailability: Optional[List[Any]] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.code = code
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageName = imageName
        self.useCustomAvailability = useCustomAvailability
        self.rentalAssetProfile = rentalAssetProfile
        self.customFormTemplate = customFormTemplate
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.customAttributes = customAttributes
        self.rentalAssetCustomAvailability = rentalAssetCustomAvailability
        self.rentalAssetAvailability = rentalAssetAvailability


@dataclass(repr=False, eq=False, init=False)
class RentalAssetDetailsDTO(DTOBase):
    """``RentalAssetDetailsDTO`` of the documented SDK."""
    rentalAsset: Optional[RentalAssetDataDTO] = None

    def __init__(self, rentalAsset: Optional[RentalAssetDataDTO] = None) -> None:
        self.rentalAsset = rentalAsset


@dataclass(repr=False, eq=False, init=False)
class RentalAssetListDTO(DTOBase):
    """``RentalAssetListDTO`` of the documented SDK."""
    rentalAssets: Optional[List[RentalAssetDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, rentalAssets: Optional[List[RentalAssetDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.rentalAssets = rentalAssets
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileRefDTO(DTOBase):
    """``RentalAssetProfileRefDTO`` of the documented SDK."""
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


@dataclass(repr=False, eq=False, init=False)
class RentalAssetRequestDTO(DTOBase):
    """``RentalAssetRequestDTO`` of the documented SDK."""
    rentalAsset: Optional[RentalAssetRequestDataDTO] = None

    def __init__(self, rentalAsset: Optional[RentalAssetRequestDataDTO] = None) -> None:
        self.rentalAsset = rentalAsset


@dataclass(repr=False, eq=False, init=False)
class RentalAssetRequestDataDTO(DTOBase):
    """``RentalAssetRequestDataDTO`` of the documented SDK."""
    code: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    rentalAssetProfile: Optional[str] = None
    useCustomAvailability: Optional[Union[bool, str]] = None
    rentalAssetCustomAvailability: Optional[List[RentalAssetCustomAvailabilityRequestDTO]] = None
    customFormTemplate: Optional[str] = None

    def __init__(self, code: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, rentalAssetProfile: Optional[str] = None, useCustomAvailability: Optional[Union[bool, str]] = None, rentalAssetCustomAvailability: Optional[List[RentalAssetCustomAvailabilityRequestDTO]] = None, customFormTemplate: Optional[str] = None) -> None:
        self.code = code
        self.name = name
        self.displayName = displayName
        self.rentalAssetProfile = rentalAssetProfile
        self.useCustomAvailability = useCustomAvailability
        self.rentalAssetCustomAvailability = rentalAssetCustomAvailability
        self.customFormTemplate = customFormTemplate
