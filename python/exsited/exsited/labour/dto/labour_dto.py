# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.labour.dto.labour_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute

if TYPE_CHECKING:
    from exsited.exsited.labour.dto.labour_nested_dto import CustomAttributeDTO, LabourContactDTO, LabourCustomAvailabilityDTO, LabourProfileDTO

__all__ = [
    "LabourCreateDTO",
    "LabourCreateResponseDTO",
    "LabourDataDTO",
    "LabourDetailsDTO",
    "LabourListDTO",
    "LabourRequestDataDTO",
    "LabourUpdateDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "CustomAttributeDTO": ("exsited.exsited.labour.dto.labour_nested_dto", "CustomAttributeDTO"),
    "LabourContactDTO": ("exsited.exsited.labour.dto.labour_nested_dto", "LabourContactDTO"),
    "LabourCustomAvailabilityDTO": ("exsited.exsited.labour.dto.labour_nested_dto", "LabourCustomAvailabilityDTO"),
    "LabourProfileDTO": ("exsited.exsited.labour.dto.labour_nested_dto", "LabourProfileDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class LabourCreateDTO(DTOBase):
    """``LabourCreateDTO`` of the documented SDK."""
    labour: Optional[LabourRequestDataDTO]

    def __init__(self, labour: Optional[LabourRequestDataDTO]) -> None:
        self.labour = labour


@dataclass(repr=False, eq=False, init=False)
class LabourCreateResponseDTO(DTOBase):
    """``LabourCreateResponseDTO`` of the documented SDK."""
    labour: Optional[Dict[str, Any]] = None

    def __init__(self, labour: Optional[Dict[str, Any]] = None) -> None:
        self.labour = labour

    def get_labour_data(self) -> Optional[LabourDataDTO]:
        """The created labour record as a DTO (the answer keeps it as a plain dict)."""
        labour = self.labour
        return LabourDataDTO.load_dict(labour) if isinstance(labour, dict) else None


@dataclass(repr=False, eq=False, init=False)
class LabourDataDTO(DTOBase):
    """``LabourDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    imageName: Optional[str] = None
    emailAddress: Optional[str] = None
    useCustomAvailability: Optional[Union[bool, str]] = None
    labourProfile: Optional[LabourProfileDTO] = None
    customFormTemplate: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    customAttributes: Optional[List[CustomAttributeDTO]] = None
    labourContacts: Optional[List[LabourContactDTO]] = None
    labourCustomAvailability: Optional[List[LabourCustomAvailabilityDTO]] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, code: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageName: Optional[str] = None, emailAddress: Optional[str] = None, useCustomAvailability: Optional[Union[bool, str]] = None, labourProfile: Optional[LabourProfileDTO] = None, customFormTemplate: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, customAttributes: Optional[List[CustomAttributeDTO]] = None, labourContacts: Optional[List[LabourContactDTO]] = None, labourCustomAvailability: Optional[List[LabourCustomAvailabilityDTO]] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.code = code
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageName = imageName
        self.emailAddress = emailAddress
        self.useCustomAvailability = useCustomAvailability
        self.labourProfile = labourProfile
        self.customFormTemplate = customFormTemplate
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.customAttributes = customAttributes
        self.labourContacts = labourContacts
        self.labourCustomAvailability = labourCustomAvailability


@dataclass(repr=False, eq=False, init=False)
class LabourDetailsDTO(DTOBase):
    """``LabourDetailsDTO`` of the documented SDK."""
    labour: Optional[LabourDataDTO] = None

    def __init__(self, labour: Optional[LabourDataDTO] = None) -> None:
        self.labour = labour


@dataclass(repr=False, eq=False, init=False)
class LabourListDTO(DTOBase):
    """``LabourListDTO`` of the documented SDK."""
    labours: Optional[List[LabourDataDTO]] = None

    def __init__(self, labours: Optional[List[LabourDataDTO]] = None) -> None:
        self.labours = labours


@dataclass(repr=False, eq=False, init=False)
class LabourRequestDataDTO(DTOBase):
    """``LabourRequestDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    imageName: Optional[str] = None
    emailAddress: Optional[str] = None
    useCustomAvailability: Optional[Union[bool, str]] = None
    labourProfile: Optional[str] = None
    customFormTemplate: Optional[str] = None
    labourCustomAvailability: Optional[List[LabourCustomAvailabilityDTO]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, imageName: Optional[str] = None, emailAddress: Optional[str] = None, useCustomAvailability: Optional[Union[bool, str]] = None, labourProfile: Optional[str] = None, customFormTemplate: Optional[str] = None, labourCustomAvailability: Optional[List[LabourCustomAvailabilityDTO]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.imageName = imageName
        self.emailAddress = emailAddress
        self.useCustomAvailability = useCustomAvailability
        self.labourProfile = labourProfile
        self.customFormTemplate = customFormTemplate
        self.labourCustomAvailability = labourCustomAvailability


@dataclass(repr=False, eq=False, init=False)
class LabourUpdateDTO(DTOBase):
    """``LabourUpdateDTO`` of the documented SDK."""
    labour: Optional[LabourRequestDataDTO]

    def __init__(self, labour: Optional[LabourRequestDataDTO]) -> None:
        self.labour = labour
