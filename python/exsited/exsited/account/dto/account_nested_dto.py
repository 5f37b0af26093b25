# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.account.dto.account_nested_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

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


@dataclass(repr=False, eq=False, init=False)
class AcccountAddressDTO(DTOBase):
    """``AcccountAddressDTO`` of the documented SDK."""
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

    def __init__(self, addressLine1: Optional[str] = None, addressLine2: Optional[str] = None, addressLine3: Optional[str] = None, addressLine4: Optional[str] = None, addressLine5: Optional[str] = None, postCode: Optional[str] = None, uuid: Optional[str] = None, city: Optional[str] = None, state: Optional[str] = None, country: Optional[str] = None, isDefaultBilling: Optional[Union[bool, str]] = None, isDefaultShipping: Optional[Union[bool, str]] = None) -> None:
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.addressLine4 = addressLine4
        self.addressLine5 = addressLine5
        self.postCode = postCode
        self.uuid = uuid
        self.city = city
        self.state = state
        self.country = country
        self.isDefaultBilling = isDefaultBilling
        self.isDefaultShipping = isDefaultShipping


@dataclass(repr=False, eq=False, init=False)
class AcccountAddressRequestDTO(DTOBase):
    """``AcccountAddressRequestDTO`` of the documented SDK."""
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

    def __init__(self, address_line_1: Optional[str] = None, address_line_2: Optional[str] = None, address_line_3: Optional[str] = None, address_line_4: Optional[str] = None, address_line_5: Optional[str] = None, postCode: Optional[str] = None, uuid: Optional[str] = None, city: Optional[str] = None, state: Optional[str] = None, country: Optional[str] = None, isDefaultBilling: Optional[Union[bool, str]] = None, isDefaultShipping: Optional[Union[bool, str]] = None) -> None:
        self.address_line_1 = address_line_1
        self.address_line_2 = address_line_2
        self.address_line_3 = address_line_3
        self.address_line_4 = address_line_4
        self.address_line_5 = address_line_5
        self.postCode = postCode
        self.uuid = uuid
        self.city = city
        self.state = state
        self.country = country
        self.isDefaultBilling = isDefaultBilling
        self.isDefaultShipping = isDefaultShipping


@dataclass(repr=False, eq=False, init=False)
class AccountAddressRequestDetailsDTO(DTOBase):
    """``AccountAddressRequestDetailsDTO`` of the documented SDK."""
    address: Optional[AcccountAddressRequestDTO] = None

    def __init__(self, address: Optional[AcccountAddressRequestDTO] = None) -> None:
        self.address = address


@dataclass(repr=False, eq=False, init=False)
class AccountAddressResponseDetailsDTO(DTOBase):
    """``AccountAddressResponseDetailsDTO`` of the documented SDK."""
    id: Optional[str] = None
    addresses: Optional[AcccountAddressDTO] = None

    def __init__(self, id: Optional[str] = None, addresses: Optional[AcccountAddressDTO] = None) -> None:
        self.id = id
        self.addresses = addresses


@dataclass(repr=False, eq=False, init=False)
class AccountBillingPreferencesDetailsDTO(DTOBase):
    """``AccountBillingPreferencesDetailsDTO`` of the documented SDK."""
    billingPreferences: Optional[BillingPreferencesDTO] = None

    def __init__(self, billingPreferences: Optional[BillingPreferencesDTO] = None) -> None:
        self.billingPreferences = billingPreferences


@dataclass(repr=False, eq=False, init=False)
class AccountBillingPreferencesResponseDetailsDTO(DTOBase):
    """``AccountBillingPreferencesResponseDetailsDTO`` of the documented SDK."""
    id: Optional[str] = None
    billingPreferences: Optional[BillingPreferencesDTO] = None

    def __init__(self, id: Optional[str] = None, billingPreferences: Optional[BillingPreferencesDTO] = None) -> None:
        self.id = id
        self.billingPreferences = billingPreferences


@dataclass(repr=False, eq=False, init=False)
class AccountContactUpdate(DTOBase):
    """``AccountContactUpdate`` of the documented SDK."""
    contact: Optional[ContactDTO] = None

    def __init__(self, contact: Optional[ContactDTO] = None) -> None:
        self.contact = contact


@dataclass(repr=False, eq=False, init=False)
class AccountContacts(DTOBase):
    """``AccountContacts`` of the documented SDK."""
    id: Optional[str] = None
    contacts: Optional[List[ContactDTO]] = None

    def __init__(self, id: Optional[str] = None, contacts: Optional[List[ContactDTO]] = None) -> None:
        self.id = id
        self.contacts = contacts


@dataclass(repr=False, eq=False, init=False)
class AccountContactsType(DTOBase):
    """``AccountContactsType`` of the documented SDK."""
    id: Optional[str] = None
    contacts: Optional[ContactDTO] = None

    def __init__(self, id: Optional[str] = None, contacts: Optional[ContactDTO] = None) -> None:
        self.id = id
        self.contacts = contacts


@dataclass(repr=False, eq=False, init=False)
class AccountContactsUpdate(DTOBase):
    """``AccountContactsUpdate`` of the documented SDK."""
    contacts: Optional[ContactDTO] = None
    id: Optional[str] = None

    def __init__(self, contacts: Optional[ContactDTO] = None, id: Optional[str] = None) -> None:
        self.contacts = contacts
        self.id = id


@dataclass(repr=False, eq=False, init=False)
class AccountImageDataDTO(DTOBase):
    """``AccountImageDataDTO`` of the documented SDK."""
    imageUri: Optional[str] = None
    accountId: Optional[str] = None

    def __init__(self, imageUri: Optional[str] = None, accountId: Optional[str] = None) -> None:
        self.imageUri = imageUri
        self.accountId = accountId


@dataclass(repr=False, eq=False, init=False)
class AccountingCodeDTO(DTOBase):
    """``AccountingCodeDTO`` of the documented SDK."""
    accountReceivable: Optional[str] = None

    def __init__(self, accountReceivable: Optional[str] = None) -> None:
        self.accountReceivable = accountReceivable


@dataclass(repr=False, eq=False, init=False)
class AdditionalFieldsDTO(DTOBase):
    """``AdditionalFieldsDTO`` of the documented SDK."""
    hostIp: Optional[str] = None

    def __init__(self, hostIp: Optional[str] = None) -> None:
        self.hostIp = hostIp


@dataclass(repr=False, eq=False, init=False)
class BillingPreferencesDTO(DTOBase):
    """``BillingPreferencesDTO`` of the documented SDK."""
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

    def __init__(self, communicationProfile: Optional[str] = None, invoiceMode: Optional[str] = None, invoiceTerm: Optional[str] = None, billingPeriod: Optional[str] = None, billingStartDate: Optional[str] = None, billingStartDayOfMonth: Optional[str] = None, chargingAndBillingAlignment: Optional[str] = None, paymentProcessor: Optional[str] = None, paymentMode: Optional[str] = None, paymentTerm: Optional[str] = None, paymentTermAlignment: Optional[str] = None) -> None:
        self.communicationProfile = communicationProfile
        self.invoiceMode = invoiceMode
        self.invoiceTerm = invoiceTerm
        self.billingPeriod = billingPeriod
        self.billingStartDate = billingStartDate
        self.billingStartDayOfMonth = billingStartDayOfMonth
        self.chargingAndBillingAlignment = chargingAndBillingAlignment
        self.paymentProcessor = paymentProcessor
        self.paymentMode = paymentMode
        self.paymentTerm = paymentTerm
        self.paymentTermAlignment = paymentTermAlignment


@dataclass(repr=False, eq=False, init=False)
class CommunicationPreferenceDTO(DTOBase):
    """``CommunicationPreferenceDTO`` of the documented SDK."""
    media: Optional[str] = None
    isEnabled: Optional[Union[bool, str]] = None

    def __init__(self, media: Optional[str] = None, isEnabled: Optional[Union[bool, str]] = None) -> None:
        self.media = media
        self.isEnabled = isEnabled


@dataclass(repr=False, eq=False, init=False)
class ContactDTO(DTOBase):
    """``ContactDTO`` of the documented SDK."""
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

    def __init__(self, type: Optional[str] = None, typeDisplayName: Optional[str] = None, billingContact: Optional[Union[bool, str]] = None, shippingContact: Optional[Union[bool, str]] = None, salutation: Optional[SalutationDTO] = None, designation: Optional[DesignationDTO] = None, firstName: Optional[str] = None, middleName: Optional[str] = None, lastName: Optional[str] = None, email: Optional[EmailDTO] = None, addressLine1: Optional[str] = None, addressLine2: Optional[str] = None, addressLine3: Optional[str] = None, addressLine4: Optional[str] = None, addressLine5: Optional[str] = None, postCode: Optional[str] = None, city: Optional[str] = None, state: Optional[str] = None, country: Optional[str] = None, phone: Optional[PhoneDTO] = None, fax: Optional[PhoneDTO] = None, mobile: Optional[PhoneDTO] = None, receiveBillingInformation: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributeDTO]] = None) -> None:
        self.type = type
        self.typeDisplayName = typeDisplayName
        self.billingContact = billingContact
        self.shippingContact = shippingContact
        self.salutation = salutation
        self.designation = designation
        self.firstName = firstName
        self.middleName = middleName
        self.lastName = lastName
        self.email = email
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.addressLine4 = addressLine4
        self.addressLine5 = addressLine5
        self.postCode = postCode
        self.city = city
        self.state = state
        self.country = country
        self.phone = phone
        self.fax = fax
        self.mobile = mobile
        self.receiveBillingInformation = receiveBillingInformation
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class ContactRequestDTO(DTOBase):
    """``ContactRequestDTO`` of the documented SDK."""
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

    def __init__(self, type: Optional[str] = None, typeDisplayName: Optional[str] = None, billingContact: Optional[Union[bool, str]] = None, shippingContact: Optional[Union[bool, str]] = None, salutation: Optional[SalutationDTO] = None, designation: Optional[DesignationDTO] = None, firstName: Optional[str] = None, middleName: Optional[str] = None, lastName: Optional[str] = None, email: Optional[EmailDTO] = None, addressLine_1: Optional[str] = None, addressLine_2: Optional[str] = None, addressLine_3: Optional[str] = None, addressLine_4: Optional[str] = None, addressLine_5: Optional[str] = None, postCode: Optional[str] = None, city: Optional[str] = None, state: Optional[str] = None, country: Optional[str] = None, phone: Optional[PhoneDTO] = None, fax: Optional[PhoneDTO] = None, mobile: Optional[PhoneDTO] = None, receiveBillingInformation: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, customAttributes: Optional[List[CustomAttributeDTO]] = None) -> None:
        self.type = type
        self.typeDisplayName = typeDisplayName
        self.billingContact = billingContact
        self.shippingContact = shippingContact
        self.salutation = salutation
        self.designation = designation
        self.firstName = firstName
        self.middleName = middleName
        self.lastName = lastName
        self.email = email
        self.addressLine_1 = addressLine_1
        self.addressLine_2 = addressLine_2
        self.addressLine_3 = addressLine_3
        self.addressLine_4 = addressLine_4
        self.addressLine_5 = addressLine_5
        self.postCode = postCode
        self.city = city
        self.state = state
        self.country = country
        self.phone = phone
        self.fax = fax
        self.mobile = mobile
        self.receiveBillingInformation = receiveBillingInformation
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.customAttributes = customAttributes


@dataclass(repr=False, eq=False, init=False)
class CustomAttributeDTO(DTOBase):
    """``CustomAttributeDTO`` of the documented SDK."""
    name: Optional[str] = None
    value: Optional[str] = None

    def __init__(self, name: Optional[str] = None, value: Optional[str] = None) -> None:
        self.name = name
        self.value = value


@dataclass(repr=False, eq=False, init=False)
class DesignationDTO(DTOBase):
    """``DesignationDTO`` of the documented SDK."""
    id: Optional[Union[int, str]] = None
    name: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, id: Optional[Union[int, str]] = None, name: Optional[str] = None, link: Optional[str] = None) -> None:
        self.id = id
        self.name = name
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class EmailDTO(DTOBase):
    """``EmailDTO`` of the documented SDK."""
    address: Optional[str] = None
    doNotEmail: Optional[str] = None

    def __init__(self, address: Optional[str] = None, doNotEmail: Optional[str] = None) -> None:
        self.address = address
        self.doNotEmail = doNotEmail


@dataclass(repr=False, eq=False, init=False)
class FileDTO(DTOBase):
    """``FileDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    version: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, version: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.version = version


@dataclass(repr=False, eq=False, init=False)
class NoteDataDTO(DTOBase):
    """``NoteDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    version: Optional[str] = None
    content: Optional[str] = None
    files: Optional[List[FileDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, version: Optional[str] = None, content: Optional[str] = None, files: Optional[List[FileDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None) -> None:
        self.uuid = uuid
        self.version = version
        self.content = content
        self.files = files
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn


@dataclass(repr=False, eq=False, init=False)
class NoteFileDataDTO(DTOBase):
    """``NoteFileDataDTO`` of the documented SDK."""
    files: Optional[List[FileDTO]] = None

    def __init__(self, files: Optional[List[FileDTO]] = None) -> None:
        self.files = files


@dataclass(repr=False, eq=False, init=False)
class NoteFileUuidDataDTO(DTOBase):
    """``NoteFileUuidDataDTO`` of the documented SDK."""
    file: Optional[FileDTO] = None

    def __init__(self, file: Optional[FileDTO] = None) -> None:
        self.file = file


@dataclass(repr=False, eq=False, init=False)
class PaymentCardDirectDebitDataDTO(DTOBase):
    """``PaymentCardDirectDebitDataDTO`` of the documented SDK."""
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

    def __init__(self, processorType: Optional[str] = None, paymentProcessor: Optional[str] = None, status: Optional[str] = None, default: Optional[str] = None, reference: Optional[str] = None, paymentCount: Optional[str] = None, lastUsedOn: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, specifiedOrders: Optional[List[Union[str, SpecifiedOrdersDTO]]] = None, useForSpecifiedOrders: Optional[str] = None, processor: Optional[PaymentProcessorDetailsDTO] = None, cardType: Optional[str] = None, token: Optional[str] = None, cardNumber: Optional[str] = None, expiryMonth: Optional[str] = None, expiryYear: Optional[str] = None, cardCvv: Optional[str] = None, nameOnCard: Optional[str] = None, lastUsedResult: Optional[str] = None, errorCountSinceLastSuccess: Optional[str] = None, accountNumber: Optional[str] = None, routingNumber: Optional[str] = None, accountName: Optional[str] = None, additionalFields: Optional[AdditionalFieldsDTO] = None) -> None:
        self.processorType = processorType
        self.paymentProcessor = paymentProcessor
        self.status = status
        self.default = default
        self.reference = reference
        self.paymentCount = paymentCount
        self.lastUsedOn = lastUsedOn
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.specifiedOrders = specifiedOrders
        self.useForSpecifiedOrders = useForSpecifiedOrders
        self.processor = processor
        self.cardType = cardType
        self.token = token
        self.cardNumber = cardNumber
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cardCvv = cardCvv
        self.nameOnCard = nameOnCard
        self.lastUsedResult = lastUsedResult
        self.errorCountSinceLastSuccess = errorCountSinceLastSuccess
        self.accountNumber = accountNumber
        self.routingNumber = routingNumber
        self.accountName = accountName
        self.additionalFields = additionalFields


@dataclass(repr=False, eq=False, init=False)
class PaymentCardMethodsDTO(DTOBase):
    """``PaymentCardMethodsDTO`` of the documented SDK."""
    paymentMethod: Optional[PaymentCardMethodsDataDTO] = None

    def __init__(self, paymentMethod: Optional[PaymentCardMethodsDataDTO] = None) -> None:
        self.paymentMethod = paymentMethod


@dataclass(repr=False, eq=False, init=False)
class PaymentCardMethodsDataDTO(DTOBase):
    """``PaymentCardMethodsDataDTO`` of the documented SDK."""
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

    def __init__(self, processorType: Optional[str] = None, paymentProcessor: Optional[str] = None, status: Optional[str] = None, default: Optional[str] = None, reference: Optional[str] = None, paymentCount: Optional[str] = None, lastUsedOn: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, specifiedOrders: Optional[List[Union[str, SpecifiedOrdersDTO]]] = None, useForSpecifiedOrders: Optional[str] = None, processor: Optional[PaymentProcessorDetailsDTO] = None, cardType: Optional[str] = None, token: Optional[str] = None, cardNumber: Optional[str] = None, expiryMonth: Optional[str] = None, expiryYear: Optional[str] = None, cardCvv: Optional[str] = None, nameOnCard: Optional[str] = None, lastUsedResult: Optional[str] = None, errorCountSinceLastSuccess: Optional[str] = None) -> None:
        self.processorType = processorType
        self.paymentProcessor = paymentProcessor
        self.status = status
        self.default = default
        self.reference = reference
        self.paymentCount = paymentCount
        self.lastUsedOn = lastUsedOn
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.specifiedOrders = specifiedOrders
        self.useForSpecifiedOrders = useForSpecifiedOrders
        self.processor = processor
        self.cardType = cardType
        self.token = token
        self.cardNumber = cardNumber
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cardCvv = cardCvv
        self.nameOnCard = nameOnCard
        self.lastUsedResult = lastUsedResult
        self.errorCountSinceLastSuccess = errorCountSinceLastSuccess


@dataclass(repr=False, eq=False, init=False)
class PaymentMethodListDTO(DTOBase):
    """``PaymentMethodListDTO`` of the documented SDK."""
    id: Optional[str] = None
    paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None

    def __init__(self, id: Optional[str] = None, paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None) -> None:
        self.id = id
        self.paymentMethods = paymentMethods


@dataclass(repr=False, eq=False, init=False)
class PaymentMethodsDTO(DTOBase):
    """``PaymentMethodsDTO`` of the documented SDK."""
    id: Optional[str] = None
    paymentMethod: Optional[PaymentMethodsDataDTO] = None

    def __init__(self, id: Optional[str] = None, paymentMethod: Optional[PaymentMethodsDataDTO] = None) -> None:
        self.id = id
        self.paymentMethod = paymentMethod


@dataclass(repr=False, eq=False, init=False)
class PaymentMethodsDataDTO(DTOBase):
    """``PaymentMethodsDataDTO`` of the documented SDK."""
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

    def __init__(self, processorType: Optional[str] = None, paymentProcessor: Optional[str] = None, status: Optional[str] = None, default: Optional[str] = None, reference: Optional[str] = None, paymentCount: Optional[str] = None, lastUsedOn: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, specifiedOrders: Optional[List[Union[str, SpecifiedOrdersDTO]]] = None, useForSpecifiedOrders: Optional[str] = None, processor: Optional[PaymentProcessorDetailsDTO] = None, cardType: Optional[str] = None, token: Optional[str] = None, cardNumber: Optional[str] = None, expiryMonth: Optional[str] = None, expiryYear: Optional[str] = None, cardCvv: Optional[str] = None, nameOnCard: Optional[str] = None, lastUsedResult: Optional[str] = None, errorCountSinceLastSuccess: Optional[str] = None) -> None:
        self.processorType = processorType
        self.paymentProcessor = paymentProcessor
        self.status = status
        self.default = default
        self.reference = reference
        self.paymentCount = paymentCount
        self.lastUsedOn = lastUsedOn
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.specifiedOrders = specifiedOrders
        self.useForSpecifiedOrders = useForSpecifiedOrders
        self.processor = processor
        self.cardType = cardType
        self.token = token
        self.cardNumber = cardNumber
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cardCvv = cardCvv
        self.nameOnCard = nameOnCard
        self.lastUsedResult = lastUsedResult
        self.errorCountSinceLastSuccess = errorCountSinceLastSuccess


@dataclass(repr=False, eq=False, init=False)
class PaymentProcessorDetailsDTO(DTOBase):
    """``PaymentProcessorDetailsDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, link: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class PhoneDTO(DTOBase):
    """``PhoneDTO`` of the documented SDK."""
    countryCode: Optional[str] = None
    areaCode: Optional[str] = None
    number: Optional[str] = None
    full: Optional[str] = None
    doNotEmail: Optional[str] = None
    doNotCall: Optional[str] = None

    def __init__(self, countryCode: Optional[str] = None, areaCode: Optional[str] = None, number: Optional[str] = None, full: Optional[str] = None, doNotEmail: Optional[str] = None, doNotCall: Optional[str] = None) -> None:
        self.countryCode = countryCode
        self.areaCode = areaCode
        self.number = number
        self.full = full
        self.doNotEmail = doNotEmail
        self.doNotCall = doNotCall


@dataclass(repr=False, eq=False, init=False)
class PricingLevelDTO(DTOBase):
    """``PricingLevelDTO`` of the documented SDK."""
    name: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, name: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.name = name
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class SalutationDTO(DTOBase):
    """``SalutationDTO`` of the documented SDK."""
    id: Optional[Union[int, str]] = None
    name: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, id: Optional[Union[int, str]] = None, name: Optional[str] = None, link: Optional[str] = None) -> None:
        self.id = id
        self.name = name
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class SpecifiedOrdersDTO(DTOBase):
    """``SpecifiedOrdersDTO`` of the documented SDK."""
    orderId: Optional[str] = None

    def __init__(self, orderId: Optional[str] = None) -> None:
        self.orderId = orderId
