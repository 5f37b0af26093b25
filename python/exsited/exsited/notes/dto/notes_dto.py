# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.notes.dto.notes_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "FileDTO",
    "NoteDataDTO",
    "NoteFileDataDTO",
    "NoteFileUuidDataDTO",
]


@dataclass(repr=False)
class FileDTO(DTOBase):
    uuid: Optional[str] = None
    name: Optional[str] = None
    version: Optional[str] = None


@dataclass(repr=False)
class NoteDataDTO(DTOBase):
    uuid: Optional[str] = None
    version: Optional[str] = None
    content: Optional[str] = None
    files: Optional[List[FileDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None


@dataclass(repr=False)
class NoteFileDataDTO(DTOBase):
    files: Optional[List[FileDTO]] = None


@dataclass(repr=False)
class NoteFileUuidDataDTO(DTOBase):
    file: Optional[FileDTO] = None
