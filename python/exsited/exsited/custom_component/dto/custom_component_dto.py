# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.custom_component.dto.custom_component_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "AttributeGroupDTO",
    "ComponentLinkDomainsResponseDTO",
    "CustomComponentDataDTO",
    "CustomComponentResponseDTO",
    "LinkDomainDTO",
    "LinkDomainsJobsDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AttributeDTO(DTOBase):
    """``AttributeDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class AttributeGroupDTO(DTOBase):
    """``AttributeGroupDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    attributes: Optional[List[AttributeDTO]] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, attributes: Optional[List[AttributeDTO]] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.attributes = attributes


@dataclass(repr=False, eq=False, init=False)
class ComponentLinkDomainsResponseDTO(DTOBase):
    """``ComponentLinkDomainsResponseDTO`` of the documented SDK."""
    jobs: Optional[LinkDomainsJobsDTO] = None

    def __init__(self, jobs: Optional[LinkDomainsJobsDTO] = None) -> None:
        self.jobs = jobs


@dataclass(repr=False, eq=False, init=False)
class CustomComponentDataDTO(DTOBase):
    """``CustomComponentDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    id: Optional[str] = None
    parents: Optional[List[ParentDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    attributes: Optional[List[AttributeDTO]] = None
    attributeGroups: Optional[List[AttributeGroupDTO]] = None
    customObjects: Optional[List[CustomObjectDTO]] = None

    def __init__(self, status: Optional[str] = None, id: Optional[str] = None, parents: Optional[List[ParentDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, attributes: Optional[List[AttributeDTO]] = None, attributeGroups: Optional[List[AttributeGroupDTO]] = None, customObjects: Optional[List[CustomObjectDTO]] = None) -> None:
        self.status = status
        self.id = id
        self.parents = parents
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.attributes = attributes
        self.attributeGroups = attributeGroups
        self.customObjects = customObjects


@dataclass(repr=False, eq=False, init=False)
class CustomComponentResponseDTO(DTOBase):
    """``CustomComponentResponseDTO`` of the documented SDK."""
    name: Optional[List[CustomComponentDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, name: Optional[List[CustomComponentDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.name = name
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class CustomObjectDTO(DTOBase):
    """``CustomObjectDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class LinkDomainDTO(DTOBase):
    """``LinkDomainDTO`` of the documented SDK."""
    domainType: Optional[str] = None
    domainId: Optional[str] = None

    def __init__(self, domainType: Optional[str] = None, domainId: Optional[str] = None) -> None:
        self.domainType = domainType
        self.domainId = domainId


@dataclass(repr=False, eq=False, init=False)
class LinkDomainsJobsDTO(DTOBase):
    """``LinkDomainsJobsDTO`` of the documented SDK."""
    domains: Optional[List[LinkDomainDTO]] = None

    def __init__(self, domains: Optional[List[LinkDomainDTO]] = None) -> None:
        self.domains = domains


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


@dataclass(repr=False, eq=False, init=False)
class ParentDTO(DTOBase):
    """``ParentDTO`` of the documented SDK."""
    type: Optional[str] = None
    id: Optional[str] = None

    def __init__(self, type: Optional[str] = None, id: Optional[str] = None) -> None:
        self.type = type
        self.id = id
