# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.account.dto.account_nested_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.notes.dto.notes_dto import FileDTO, NoteDataDTO, NoteFileDataDTO, NoteFileUuidDataDTO

__all__ = [
    "AcccountAddressDTO",
    "AcccountAddressRequestDTO",
    "AccountAddressRequestDetailsDTO",
    "AccountAddressResponseDetailsDTO",
    "AccountBillingPreferencesDetailsDTO",
    "AccountBillingPreferencesResponseDetailsDTO",
    "AccountContactUpdate",
    "AccountContacts",
    "AccountContactsType",
    "AccountContactsUpdate",
    "AccountImageDataDTO",
    "AccountingCodeDTO",
    "AdditionalFieldsDTO",
    "BillingPreferencesDTO",
    "CommunicationPreferenceDTO",
    "ContactDTO",
    "ContactRequestDTO",
    "CustomAttributeDTO",
    "DesignationDTO",
    "EmailDTO",
    "FileDTO",
    "NoteDataDTO",
    "NoteFileDataDTO",
    "NoteFileUuidDataDTO",
    "PaymentCardDirectDebitDataDTO",
    "PaymentCardMethodsDTO",
    "PaymentCardMethodsDataDTO",
    "PaymentMethodListDTO",
    "PaymentMethodsDTO",
    "PaymentMethodsDataDTO",
    "PaymentProcessorDetailsDTO",
    "PhoneDTO",
    "PricingLevelDTO",
    "SalutationDTO",
    "SpecifiedOrdersDTO",
]


@dataclass(repr=False)
class AcccountAddressDTO(DTOBase):
    addressLine1: Optional[str] = None
    addressLine2: Optional[str] = None
    addressLine3: Optional[str] = None
    addressLine4: Optional[str] = None
    addressLine5: Optional[str] = None
    postCode: Optional[str] = None
    uuid: Optional[str] = None
    city: Optional[str] = None
    state: Optional[str] = None
    country: Optional[str] = None
    isDefaultBilling: Optional[Union[bool, str]] = None
    isDefaultShipping: Optional[Union[bool, str]] = None


@dataclass(repr=False)
class AcccountAddressRequestDTO(DTOBase):
    address_line_1: Optional[str] = None
    address_line_2: Optional[str] = None
    address_line_3: Optional[str] = None
    address_line_4: Optional[str] = None
    address_line_5: Optional[str] = None
    postCode: Optional[str] = None
    uuid: Optional[str] = None
    city: Optional[str] = None
    state: Optional[str] = None
    country: Optional[str] = None
    isDefaultBilling: Optional[Union[bool, str]] = None
    isDefaultShipping: Optional[Union[bool, str]] = None


@dataclass(repr=False)
class AccountAddressRequestDetailsDTO(DTOBase):
    address: Optional[AcccountAddressRequestDTO] = None


@dataclass(repr=False)
class AccountAddressResponseDetailsDTO(DTOBase):
    id: Optional[str] = None
    addresses: Optional[AcccountAddressDTO] = None


@dataclass(repr=False)
class AccountBillingPreferencesDetailsDTO(DTOBase):
    billingPreferences: Optional[BillingPreferencesDTO] = None


@dataclass(repr=False)
class AccountBillingPreferencesResponseDetailsDTO(DTOBase):
    id: Optional[str] = None
    billingPreferences: Optional[BillingPreferencesDTO] = None


@dataclass(repr=False)
class AccountContactUpdate(DTOBase):
    contact: Optional[ContactDTO] = None


@dataclass(repr=False)
class AccountContacts(DTOBase):
    id: Optional[str] = None
    contacts: Optional[List[ContactDTO]] = None


@dataclass(repr=False)
class AccountContactsType(DTOBase):
    id: Optional[str] = None
    contacts: Optional[ContactDTO] = None


@dataclass(repr=False)
class AccountContactsUpdate(DTOBase):
    contacts: Optional[ContactDTO] = None
    id: Optional[str] = None


@dataclass(repr=False)
class AccountImageDataDTO(DTOBase):
    imageUri: Optional[str] = None
    accountId: Optional[str] = None


@dataclass(repr=False)
class AccountingCodeDTO(DTOBase):
    accountReceivable: Optional[str] = None


@dataclass(repr=False)
class AdditionalFieldsDTO(DTOBase):
    hostIp: Optional[str] = None


@dataclass(repr=False)
class BillingPreferencesDTO(DTOBase):
    communicationProfile: Optional[str] = None
    invoiceMode: Optional[str] = None
    invoiceTerm: Optional[str] = None
    billingPeriod: Optional[str] = None
    billingStartDate: Optional[str] = None
    billingStartDayOfMonth: Optional[str] = None
    chargingAndBillingAlignment: Optional[str] = None
    paymentProcessor: Optional[str] = None
    paymentMode: Optional[str] = None
    paymentTerm: Optional[str] = None
    paymentTermAlignment: Optional[str] = None


@dataclass(repr=False)
class CommunicationPreferenceDTO(DTOBase):
    media: Optional[str] = None
    isEnabled: Optional[Union[bool, str]] = None


@dataclass(repr=False)
class ContactDTO(DTOBase):
    type: Optional[str] = None
    typeDisplayName: Optional[str] = None
    billingContact: Optional[Union[bool, str]] = None
    shippingContact: Optional[Union[bool, str]] = None
    salutation: Optional[SalutationDTO] = None
    designation: Optional[DesignationDTO] = None
    firstName: Optional[str] = None
    middleName: Optional[str] = None
    lastName: Optional[str] = None
    email: Optional[EmailDTO] = None
    addressLine1: Optional[str] = None
    addressLine2: Optional[str] = None
    addressLine3: Optional[str] = None
    addressLine4: Optional[str] = None
    addressLine5: Optional[str] = None
    postCode: Optional[str] = None
    city: Optional[str] = None
    state: Optional[str] = None
    country: Optional[str] = None
    phone: Optional[PhoneDTO] = None
    fax: Optional[PhoneDTO] = None
    mobile: Optional[PhoneDTO] = None
    receiveBillingInformation: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributeDTO]] = None


@dataclass(repr=False)
class ContactRequestDTO(DTOBase):
    type: Optional[str] = None
    typeDisplayName: Optional[str] = None
    billingContact: Optional[Union[bool, str]] = None
    shippingContact: Optional[Union[bool, str]] = None
    salutation: Optional[SalutationDTO] = None
    designation: Optional[DesignationDTO] = None
    firstName: Optional[str] = None
    middleName: Optional[str] = None
    lastName: Optional[str] = None
    email: Optional[EmailDTO] = None
    addressLine_1: Optional[str] = None
    addressLine_2: Optional[str] = None
    addressLine_3: Optional[str] = None
    addressLine_4: Optional[str] = None
    addressLine_5: Optional[str] = None
    postCode: Optional[str] = None
    city: Optional[str] = None
    state: Optional[str] = None
    country: Optional[str] = None
    phone: Optional[PhoneDTO] = None
    fax: Optional[PhoneDTO] = None
    mobile: Optional[PhoneDTO] = None
    receiveBillingInformation: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    customAttributes: Optional[List[CustomAttributeDTO]] = None


@dataclass(repr=False)
class CustomAttributeDTO(DTOBase):
    name: Optional[str] = None
    value: Optional[str] = None


@dataclass(repr=False)
class DesignationDTO(DTOBase):
    id: Optional[Union[int, str]] = None
    name: Optional[str] = None
    link: Optional[str] = None


@dataclass(repr=False)
class EmailDTO(DTOBase):
    address: Optional[str] = None
    doNotEmail: Optional[str] = None


@dataclass(repr=False)
class PaymentCardDirectDebitDataDTO(DTOBase):
    processorType: Optional[str] = None
    paymentProcessor: Optional[str] = None
    status: Optional[str] = None
    default: Optional[str] = None
    reference: Optional[str] = None
    paymentCount: Optional[str] = None
    lastUsedOn: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    specifiedOrders: Optional[List[Union[str, SpecifiedOrdersDTO]]] = None
    useForSpecifiedOrders: Optional[str] = None
    processor: Optional[PaymentProcessorDetailsDTO] = None
    cardType: Optional[str] = None
    token: Optional[str] = None
    cardNumber: Optional[str] = None
    expiryMonth: Optional[str] = None
    expiryYear: Optional[str] = None
    cardCvv: Optional[str] = None
    nameOnCard: Optional[str] = None
    lastUsedResult: Optional[str] = None
    errorCountSinceLastSuccess: Optional[str] = None
    accountNumber: Optional[str] = None
    routingNumber: Optional[str] = None
    accountName: Optional[str] = None
    additionalFields: Optional[AdditionalFieldsDTO] = None


@dataclass(repr=False)
class PaymentCardMethodsDTO(DTOBase):
    paymentMethod: Optional[PaymentCardMethodsDataDTO] = None


@dataclass(repr=False)
class PaymentCardMethodsDataDTO(DTOBase):
    processorType: Optional[str] = None
    paymentProcessor: Optional[str] = None
    status: Optional[str] = None
    default: Optional[str] = None
    reference: Optional[str] = None
    paymentCount: Optional[str] = None
    lastUsedOn: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    specifiedOrders: Optional[List[Union[str, SpecifiedOrdersDTO]]] = None
    useForSpecifiedOrders: Optional[str] = None
    processor: Optional[PaymentProcessorDetailsDTO] = None
    cardType: Optional[str] = None
    token: Optional[str] = None
    cardNumber: Optional[str] = None
    expiryMonth: Optional[str] = None
    expiryYear: Optional[str] = None
    cardCvv: Optional[str] = None
    nameOnCard: Optional[str] = None
    lastUsedResult: Optional[str] = None
    errorCountSinceLastSuccess: Optional[str] = None


@dataclass(repr=False)
class PaymentMethodListDTO(DTOBase):
    id: Optional[str] = None
    paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None


@dataclass(repr=False)
class PaymentMethodsDTO(DTOBase):
    id: Optional[str] = None
    paymentMethod: Optional[PaymentMethodsDataDTO] = None


@dataclass(repr=False)
class PaymentMethodsDataDTO(DTOBase):
    processorType: Optional[str] = None
    paymentProcessor: Optional[str] = None
    status: Optional[str] = None
    default: Optional[str] = None
    reference: Optional[str] = None
    paymentCount: Optional[str] = None
    lastUsedOn: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    specifiedOrders: Optional[List[Union[str, SpecifiedOrdersDTO]]] = None
    useForSpecifiedOrders: Optional[str] = None
    processor: Optional[PaymentProcessorDetailsDTO] = None
    cardType: Optional[str] = None
    token: Optional[str] = None
    cardNumber: Optional[str] = None
    expiryMonth: Optional[str] = None
    expiryYear: Optional[str] = None
    cardCvv: Optional[str] = None
    nameOnCard: Optional[str] = None
    lastUsedResult: Optional[str] = None
    errorCountSinceLastSuccess: Optional[str] = None


@dataclass(repr=False)
class PaymentProcessorDetailsDTO(DTOBase):
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None


@dataclass(repr=False)
class PhoneDTO(DTOBase):
    countryCode: Optional[str] = None
    areaCode: Optional[str] = None
    number: Optional[str] = None
    full: Optional[str] = None
    doNotEmail: Optional[str] = None
    doNotCall: Optional[str] = None


@dataclass(repr=False)
class PricingLevelDTO(DTOBase):
    name: Optional[str] = None
    uuid: Optional[str] = None


@dataclass(repr=False)
class SalutationDTO(DTOBase):
    id: Optional[Union[int, str]] = None
    name: Optional[str] = None
    link: Optional[str] = None


@dataclass(repr=False)
class SpecifiedOrdersDTO(DTOBase):
    orderId: Optional[str] = None
