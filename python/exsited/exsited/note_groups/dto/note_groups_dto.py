# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.note_groups.dto.note_groups_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, PaginationDTO

__all__ = [
    "NoteGroupCreateRequestDTO",
    "NoteGroupCreateResponseDTO",
    "NoteGroupDTO",
    "NoteGroupDataDTO",
    "NoteGroupDetailsResponseDTO",
    "NoteGroupUpdateRequestDTO",
    "NoteGroupUpdateResponseDTO",
    "NoteGroupsResponseDTO",
    "NoteReadStatusDataDTO",
    "NoteReadStatusRequestDTO",
    "NoteReadStatusResponseDTO",
    "NoteReadStatusResponseDataDTO",
    "NoteUserDTO",
    "NoteUserRequestDTO",
    "UserDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountDTO(DTOBase):
    """``AccountDTO`` of the documented SDK."""
    id: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, id: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.id = id
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class ActivityLogDTO(DTOBase):
    """``ActivityLogDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    activityType: Optional[str] = None
    activityDateTime: Optional[str] = None
    description: Optional[str] = None
    createdBy: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, activityType: Optional[str] = None, activityDateTime: Optional[str] = None, description: Optional[str] = None, createdBy: Optional[str] = None) -> None:
        self.uuid = uuid
        self.activityType = activityType
        self.activityDateTime = activityDateTime
        self.description = description
        self.createdBy = createdBy


@dataclass(repr=False, eq=False, init=False)
class NoteGroupCreateRequestDTO(DTOBase):
    """``NoteGroupCreateRequestDTO`` of the documented SDK."""
    noteGroup: Optional[NoteGroupDataDTO] = None

    def __init__(self, noteGroup: Optional[NoteGroupDataDTO] = None) -> None:
        self.noteGroup = noteGroup


@dataclass(repr=False, eq=False, init=False)
class NoteGroupCreateResponseDTO(DTOBase):
    """``NoteGroupCreateResponseDTO`` of the documented SDK."""
    noteGroup: Optional[NoteGroupDTO] = None

    def __init__(self, noteGroup: Optional[NoteGroupDTO] = None) -> None:
        self.noteGroup = noteGroup


@dataclass(repr=False, eq=False, init=False)
class NoteGroupDTO(DTOBase):
    """``NoteGroupDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    createdOn: Optional[str] = None
    updatedOn: Optional[str] = None
    version: Optional[str] = None
    noteUsers: Optional[List[NoteUserDTO]] = None
    activityLogs: Optional[List[ActivityLogDTO]] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, createdOn: Optional[str] = None, updatedOn: Optional[str] = None, version: Optional[str] = None, noteUsers: Optional[List[NoteUserDTO]] = None, activityLogs: Optional[List[ActivityLogDTO]] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.createdOn = createdOn
        self.updatedOn = updatedOn
        self.version = version
        self.noteUsers = noteUsers
        self.activityLogs = activityLogs


@dataclass(repr=False, eq=False, init=False)
class NoteGroupDataDTO(DTOBase):
    """``NoteGroupDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    noteUsers: Optional[List[NoteUserRequestDTO]] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, noteUsers: Optional[List[NoteUserRequestDTO]] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.noteUsers = noteUsers
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class NoteGroupDetailsResponseDTO(DTOBase):
    """``NoteGroupDetailsResponseDTO`` of the documented SDK."""
    noteGroup: Optional[NoteGroupDTO] = None

    def __init__(self, noteGroup: Optional[NoteGroupDTO] = None) -> None:
        self.noteGroup = noteGroup


@dataclass(repr=False, eq=False, init=False)
class NoteGroupUpdateRequestDTO(DTOBase):
    """``NoteGroupUpdateRequestDTO`` of the documented SDK."""
    noteGroup: Optional[NoteGroupDataDTO] = None

    def __init__(self, noteGroup: Optional[NoteGroupDataDTO] = None) -> None:
        self.noteGroup = noteGroup


@dataclass(repr=False, eq=False, init=False)
class NoteGroupUpdateResponseDTO(DTOBase):
    """``NoteGroupUpdateResponseDTO`` of the documented SDK."""
    noteGroup: Optional[NoteGroupDTO] = None

    def __init__(self, noteGroup: Optional[NoteGroupDTO] = None) -> None:
        self.noteGroup = noteGroup


@dataclass(repr=False, eq=False, init=False)
class NoteGroupsResponseDTO(DTOBase):
    """``NoteGroupsResponseDTO`` of the documented SDK."""
    noteGroups: Optional[List[NoteGroupDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, noteGroups: Optional[List[NoteGroupDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.noteGroups = noteGroups
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class NoteReadStatusDataDTO(DTOBase):
    """``NoteReadStatusDataDTO`` of the documented SDK."""
    noteUuid: Optional[str] = None
    noteUserUuid: Optional[str] = None
    readStatus: Optional[str] = None

    def __init__(self, noteUuid: Optional[str] = None, noteUserUuid: Optional[str] = None, readStatus: Optional[str] = None) -> None:
        self.noteUuid = noteUuid
        self.noteUserUuid = noteUserUuid
        self.readStatus = readStatus


@dataclass(repr=False, eq=False, init=False)
class NoteReadStatusRequestDTO(DTOBase):
    """``NoteReadStatusRequestDTO`` of the documented SDK."""
    noteReadStatus: Optional[NoteReadStatusDataDTO] = None

    def __init__(self, noteReadStatus: Optional[NoteReadStatusDataDTO] = None) -> None:
        self.noteReadStatus = noteReadStatus


@dataclass(repr=False, eq=False, init=False)
class NoteReadStatusResponseDTO(DTOBase):
    """``NoteReadStatusResponseDTO`` of the documented SDK."""
    noteReadStatus: Optional[NoteReadStatusResponseDataDTO] = None

    def __init__(self, noteReadStatus: Optional[NoteReadStatusResponseDataDTO] = None) -> None:
        self.noteReadStatus = noteReadStatus


@dataclass(repr=False, eq=False, init=False)
class NoteReadStatusResponseDataDTO(DTOBase):
    """``NoteReadStatusResponseDataDTO`` of the documented SDK."""
    readStatus: Optional[str] = None
    message: Optional[str] = None

    def __init__(self, readStatus: Optional[str] = None, message: Optional[str] = None) -> None:
        self.readStatus = readStatus
        self.message = message


@dataclass(repr=False, eq=False, init=False)
class NoteUserDTO(DTOBase):
    """``NoteUserDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    emailAddress: Optional[str] = None
    noteAccessFromDateTime: Optional[str] = None
    createdOn: Optional[str] = None
    updatedOn: Optional[str] = None
    user: Optional[UserDTO] = None
    account: Optional[AccountDTO] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, emailAddress: Optional[str] = None, noteAccessFromDateTime: Optional[str] = None, createdOn: Optional[str] = None, updatedOn: Optional[str] = None, user: Optional[UserDTO] = None, account: Optional[AccountDTO] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.emailAddress = emailAddress
        self.noteAccessFromDateTime = noteAccessFromDateTime
        self.createdOn = createdOn
        self.updatedOn = updatedOn
        self.user = user
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class NoteUserRequestDTO(DTOBase):
    """``NoteUserRequestDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    emailAddress: Optional[str] = None
    noteAccessFromDateTime: Optional[str] = None
    account: Optional[str] = None
    contact: Optional[str] = None
    user: Optional[str] = None
    employee: Optional[str] = None
    labour: Optional[str] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, emailAddress: Optional[str] = None, noteAccessFromDateTime: Optional[str] = None, account: Optional[str] = None, contact: Optional[str] = None, user: Optional[str] = None, employee: Optional[str] = None, labour: Optional[str] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.emailAddress = emailAddress
        self.noteAccessFromDateTime = noteAccessFromDateTime
        self.account = account
        self.contact = contact
        self.user = user
        self.employee = employee
        self.labour = labour


@dataclass(repr=False, eq=False, init=False)
class UserDTO(DTOBase):
    """``UserDTO`` of the documented SDK."""
    uuid: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None) -> None:
        self.uuid = uuid
