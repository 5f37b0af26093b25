# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.employee.dto.employee_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.common.dto.common_dto import CustomAttributesDTO, PaginationDTO

if TYPE_CHECKING:
    from exsited.exsited.employee.dto.employee_nested_dto import EmployeeContactDataDTO

__all__ = [
    "EmployeeCreateDTO",
    "EmployeeDataDTO",
    "EmployeeDetailsDTO",
    "EmployeeListDTO",
    "EmployeeUpdateDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "EmployeeContactDataDTO": ("exsited.exsited.employee.dto.employee_nested_dto", "EmployeeContactDataDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class EmployeeCreateDTO(DTOBase):
    """``EmployeeCreateDTO`` of the documented SDK."""
    employee: Optional[EmployeeDataDTO] = None

    def __init__(self, employee: Optional[EmployeeDataDTO] = None) -> None:
        self.employee = employee


@dataclass(repr=False, eq=False, init=False)
class EmployeeDataDTO(DTOBase):
    """``EmployeeDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    code: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    emailAddress: Optional[str] = None
    parentOrganization: Optional[str] = None
    customFormTemplate: Optional[str] = None
    note: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    employeeContacts: Optional[List[EmployeeContactDataDTO]] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, code: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, emailAddress: Optional[str] = None, parentOrganization: Optional[str] = None, customFormTemplate: Optional[str] = None, note: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, employeeContacts: Optional[List[EmployeeContactDataDTO]] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.code = code
        self.name = name
        self.displayName = displayName
        self.description = description
        self.emailAddress = emailAddress
        self.parentOrganization = parentOrganization
        self.customFormTemplate = customFormTemplate
        self.note = note
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.customAttributes = customAttributes
        self.employeeContacts = employeeContacts


@dataclass(repr=False, eq=False, init=False)
class EmployeeDetailsDTO(DTOBase):
    """``EmployeeDetailsDTO`` of the documented SDK."""
    employee: Optional[EmployeeDataDTO] = None

    def __init__(self, employee: Optional[EmployeeDataDTO] = None) -> None:
        self.employee = employee


@dataclass(repr=False, eq=False, init=False)
class EmployeeListDTO(DTOBase):
    """``EmployeeListDTO`` of the documented SDK."""
    employees: Optional[List[EmployeeDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, employees: Optional[List[EmployeeDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.employees = employees
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class EmployeeUpdateDTO(DTOBase):
    """``EmployeeUpdateDTO`` of the documented SDK."""
    employee: Optional[EmployeeDataDTO] = None

    def __init__(self, employee: Optional[EmployeeDataDTO] = None) -> None:
        self.employee = employee
