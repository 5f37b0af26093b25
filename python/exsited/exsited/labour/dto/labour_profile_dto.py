# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.labour.dto.labour_profile_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute

if TYPE_CHECKING:
    from exsited.exsited.labour.dto.labour_nested_dto import LabourProfileAvailabilityDTO

__all__ = [
    "LabourProfileCreateDTO",
    "LabourProfileDataDTO",
    "LabourProfileDetailsDTO",
    "LabourProfileListDTO",
    "LabourProfileRequestDataDTO",
    "LabourProfileUpdateDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "LabourProfileAvailabilityDTO": ("exsited.exsited.labour.dto.labour_nested_dto", "LabourProfileAvailabilityDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class LabourProfileCreateDTO(DTOBase):
    """``LabourProfileCreateDTO`` of the documented SDK."""
    labourProfile: Optional[LabourProfileRequestDataDTO]

    def __init__(self, labourProfile: Optional[LabourProfileRequestDataDTO]) -> None:
        self.labourProfile = labourProfile


@dataclass(repr=False, eq=False, init=False)
class LabourProfileDataDTO(DTOBase):
    """``LabourProfileDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    imageName: Optional[str] = None
    customFormTemplate: Optional[str] = None
    labourProfileAvailability: Optional[List[LabourProfileAvailabilityDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, code: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageName: Optional[str] = None, customFormTemplate: Optional[str] = None, labourProfileAvailability: Optional[List[LabourProfileAvailabilityDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.code = code
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageName = imageName
        self.customFormTemplate = customFormTemplate
        self.labourProfileAvailability = labourProfileAvailability
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn


@dataclass(repr=False, eq=False, init=False)
class LabourProfileDetailsDTO(DTOBase):
    """``LabourProfileDetailsDTO`` of the documented SDK."""
    labourProfile: Optional[LabourProfileDataDTO] = None

    def __init__(self, labourProfile: Optional[LabourProfileDataDTO] = None) -> None:
        self.labourProfile = labourProfile


@dataclass(repr=False, eq=False, init=False)
class LabourProfileListDTO(DTOBase):
    """``LabourProfileListDTO`` of the documented SDK."""
    labourProfiles: Optional[List[LabourProfileDataDTO]] = None

    def __init__(self, labourProfiles: Optional[List[LabourProfileDataDTO]] = None) -> None:
        self.labourProfiles = labourProfiles


@dataclass(repr=False, eq=False, init=False)
class LabourProfileRequestDataDTO(DTOBase):
    """``LabourProfileRequestDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    imageName: Optional[str] = None
    customFormTemplate: Optional[str] = None
    labourProfileAvailability: Optional[List[LabourProfileAvailabilityDTO]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageName: Optional[str] = None, customFormTemplate: Optional[str] = None, labourProfileAvailability: Optional[List[LabourProfileAvailabilityDTO]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageName = imageName
        self.customFormTemplate = customFormTemplate
        self.labourProfileAvailability = labourProfileAvailability


@dataclass(repr=False, eq=False, init=False)
class LabourProfileUpdateDTO(DTOBase):
    """``LabourProfileUpdateDTO`` of the documented SDK."""
    labourProfile: Optional[LabourProfileRequestDataDTO]

    def __init__(self, labourProfile: Optional[LabourProfileRequestDataDTO]) -> None:
        self.labourProfile = labourProfile
