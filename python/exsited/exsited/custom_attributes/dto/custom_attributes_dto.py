# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.custom_attributes.dto.custom_attributes_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "CustomAttributesListResponseDTO",
    "CustomAttributesOptionDTO",
    "CustomAttributesRequestDTO",
    "CustomAttributesRequestDataDTO",
    "CustomAttributesResponseDTO",
    "CustomAttributesUseInDTO",
]


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeDTO(DTOBase):
    """``CustomAttributeDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    type: Optional[str] = None
    minValue: Optional[str] = None
    maxValue: Optional[str] = None
    maxLength: Optional[str] = None
    useIn: Optional[List[CustomAttributesUseInDTO]] = None
    options: Optional[List[CustomAttributesOptionDTO]] = None
    encryptData: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, type: Optional[str] = None, minValue: Optional[str] = None, maxValue: Optional[str] = None, maxLength: Optional[str] = None, useIn: Optional[List[CustomAttributesUseInDTO]] = None, options: Optional[List[CustomAttributesOptionDTO]] = None, encryptData: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.type = type
        self.minValue = minValue
        self.maxValue = maxValue
        self.maxLength = maxLength
        self.useIn = useIn
        self.options = options
        self.encryptData = encryptData


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesListResponseDTO(DTOBase):
    """``CustomAttributesListResponseDTO`` of the documented SDK."""
    customAttributes: Optional[List[CustomAttributeDTO]] = None

    def __init__(self, customAttributes: Optional[List[CustomAttributeDTO]] = None) -> None:
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesOptionDTO(DTOBase):
    """``CustomAttributesOptionDTO`` of the documented SDK."""
    displayOrder: Optional[Union[int, str]] = None
    name: Optional[str] = None

    def __init__(self, displayOrder: Optional[Union[int, str]] = None, name: Optional[str] = None) -> None:
        self.displayOrder = displayOrder
        self.name = name


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesRequestDTO(DTOBase):
    """``CustomAttributesRequestDTO`` of the documented SDK."""
    customAttribute: Optional[CustomAttributesRequestDataDTO] = None

    def __init__(self, customAttribute: Optional[CustomAttributesRequestDataDTO] = None) -> None:
        self.customAttribute = customAttribute


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesRequestDataDTO(DTOBase):
    """``CustomAttributesRequestDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    type: Optional[str] = None
    minValue: Optional[str] = None
    maxValue: Optional[str] = None
    maxLength: Optional[str] = None
    useIn: Optional[List[CustomAttributesUseInDTO]] = None
    options: Optional[List[Any]] = None
    encryptData: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, type: Optional[str] = None, minValue: Optional[str] = None, maxValue: Optional[str] = None, maxLength: Optional[str] = None, useIn: Optional[List[CustomAttributesUseInDTO]] = None, options: Optional[List[Any]] = None, encryptData: Optional[str] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.type = type
        self.minValue = minValue
        self.maxValue = maxValue
        self.maxLength = maxLength
        self.useIn = useIn
        self.options = options
        self.encryptData = encryptData


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesResponseDTO(DTOBase):
    """``CustomAttributesResponseDTO`` of the documented SDK."""
    customAttribute: Optional[CustomAttributeDTO] = None

    def __init__(self, customAttribute: Optional[CustomAttributeDTO] = None) -> None:
        self.customAttribute = customAttribute


@dataclass(repr=False, eq=False, init=False)
class CustomAttributesUseInDTO(DTOBase):
    """``CustomAttributesUseInDTO`` of the documented SDK."""
    associatedAccountGroups: Optional[List[Any]] = None
    associatedItemGroups: Optional[List[Any]] = None
    associatedUserGroups: Optional[List[Any]] = None
    required: Optional[str] = None
    resource: Optional[str] = None
    unique: Optional[str] = None
    enabled: Optional[str] = None

    def __init__(self, associatedAccountGroups: Optional[List[Any]] = None, associatedItemGroups: Optional[List[Any]] = None, associatedUserGroups: Optional[List[Any]] = None, required: Optional[str] = None, resource: Optional[str] = None, unique: Optional[str] = None, enabled: Optional[str] = None) -> None:
        self.associatedAccountGroups = associatedAccountGroups
        self.associatedItemGroups = associatedItemGroups
        self.associatedUserGroups = associatedUserGroups
        self.required = required
        self.resource = resource
        self.unique = unique
        self.enabled = enabled
