# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.custom_objects.dto.custom_objects_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO

__all__ = [
    "CustomObjectDataDTO",
    "CustomObjectsDetailsDTO",
    "CustomObjectsListDTO",
]


@dataclass(repr=False, eq=False, init=False)
class CustomObjectDataDTO(DTOBase):
    """``CustomObjectDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    entity: Optional[str] = None
    type: Optional[str] = None
    values: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    link: Optional[str] = None
    version: Optional[str] = None
    attributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, entity: Optional[str] = None, type: Optional[str] = None, values: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, link: Optional[str] = None, version: Optional[str] = None, attributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.entity = entity
        self.type = type
        self.values = values
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.link = link
        self.version = version
        self.attributes = attributes


@dataclass(repr=False, eq=False, init=False)
class CustomObjectsDetailsDTO(DTOBase):
    """``CustomObjectsDetailsDTO`` of the documented SDK."""
    customObject: Optional[CustomObjectDataDTO] = None

    def __init__(self, customObject: Optional[CustomObjectDataDTO] = None) -> None:
        self.customObject = customObject


@dataclass(repr=False, eq=False, init=False)
class CustomObjectsListDTO(DTOBase):
    """``CustomObjectsListDTO`` of the documented SDK."""
    customObjects: Optional[List[CustomObjectDataDTO]] = None

    def __init__(self, customObjects: Optional[List[CustomObjectDataDTO]] = None) -> None:
        self.customObjects = customObjects
