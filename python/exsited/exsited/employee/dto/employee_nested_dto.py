# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.employee.dto.employee_nested_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "EmployeeContactDataDTO",
]


@dataclass(repr=False, eq=False, init=False)
class EmployeeContactDataDTO(DTOBase):
    """``EmployeeContactDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    contactType: Optional[str] = None
    salutation: Optional[str] = None
    designation: Optional[str] = None
    firstName: Optional[str] = None
    lastName: Optional[str] = None
    middleName: Optional[str] = None
    emailAddress: Optional[str] = None
    receiveEmail: Optional[str] = None
    phone: Optional[str] = None
    phoneAreaCode: Optional[str] = None
    phoneCountryCode: Optional[str] = None
    doNotPhone: Optional[str] = None
    fax: Optional[str] = None
    faxAreaCode: Optional[str] = None
    faxCountryCode: Optional[str] = None
    doNotFax: Optional[str] = None
    mobile: Optional[str] = None
    mobileAreaCode: Optional[str] = None
    mobileCountryCode: Optional[str] = None
    doNotMobile: Optional[str] = None
    addressLine_1: Optional[str] = None
    addressLine_2: Optional[str] = None
    addressLine_3: Optional[str] = None
    addressLine_4: Optional[str] = None
    addressLine_5: Optional[str] = None
    country: Optional[str] = None
    state: Optional[str] = None
    city: Optional[str] = None
    postCode: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, contactType: Optional[str] = None, salutation: Optional[str] = None, designation: Optional[str] = None, firstName: Optional[str] = None, lastName: Optional[str] = None, middleName: Optional[str] = None, emailAddress: Optional[str] = None, receiveEmail: Optional[str] = None, phone: Optional[str] = None, phoneAreaCode: Optional[str] = None, phoneCountryCode: Optional[str] = None, doNotPhone: Optional[str] = None, fax: Optional[str] = None, faxAreaCode: Optional[str] = None, faxCountryCode: Optional[str] = None, doNotFax: Optional[str] = None, mobile: Optional[str] = None, mobileAreaCode: Optional[str] = None, mobileCountryCode: Optional[str] = None, doNotMobile: Optional[str] = None, addressLine_1: Optional[str] = None, addressLine_2: Optional[str] = None, addressLine_3: Optional[str] = None, addressLine_4: Optional[str] = None, addressLine_5: Optional[str] = None, country: Optional[str] = None, state: Optional[str] = None, city: Optional[str] = None, postCode: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.contactType = contactType
        self.salutation = salutation
        self.designation = designation
        self.firstName = firstName
        self.lastName = lastName
        self.middleName = middleName
        self.emailAddress = emailAddress
        self.receiveEmail = receiveEmail
        self.phone = phone
        self.phoneAreaCode = phoneAreaCode
        self.phoneCountryCode = phoneCountryCode
        self.doNotPhone = doNotPhone
        self.fax = fax
        self.faxAreaCode = faxAreaCode
        self.faxCountryCode = faxCountryCode
        self.doNotFax = doNotFax
        self.mobile = mobile
        self.mobileAreaCode = mobileAreaCode
        self.mobileCountryCode = mobileCountryCode
        self.doNotMobile = doNotMobile
        self.addressLine_1 = addressLine_1
        self.addressLine_2 = addressLine_2
        self.addressLine_3 = addressLine_3
        self.addressLine_4 = addressLine_4
        self.addressLine_5 = addressLine_5
        self.country = country
        self.state = state
        self.city = city
        self.postCode = postCode
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
