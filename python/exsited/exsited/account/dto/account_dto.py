# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.account.dto.account_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.account.dto.account_nested_dto import AcccountAddressDTO, AccountAddressRequestDetailsDTO, AccountAddressResponseDetailsDTO, AccountBillingPreferencesDetailsDTO, AccountBillingPreferencesResponseDetailsDTO, AccountContactUpdate, AccountContacts, AccountContactsType, AccountContactsUpdate, AccountImageDataDTO, AccountingCodeDTO, BillingPreferencesDTO, CommunicationPreferenceDTO, ContactDTO, PaymentCardMethodsDTO, PaymentCardMethodsDataDTO, PaymentMethodListDTO, PaymentMethodsDTO, PaymentMethodsDataDTO, PricingLevelDTO
from exsited.exsited.common.dto.common_dto import AddressDTO, CurrencyDTO, CustomAttributesDTO, CustomFormsDTO, CustomObjectDTO, PaginationDTO, TaxDTO, TimeZoneDTO
from exsited.exsited.notes.dto.notes_dto import NoteDataDTO, NoteFileDataDTO, NoteFileUuidDataDTO

if TYPE_CHECKING:
    from exsited.exsited.order.dto.order_dto import OrderDataDTO

__all__ = [
    "AccountAddressDataDTO",
    "AccountAddressDetailsDTO",
    "AccountAddressRequestDTO",
    "AccountAddressResponseDTO",
    "AccountAddressUuidDataDTO",
    "AccountAddressUuidDetailsDTO",
    "AccountAddressesAdd",
    "AccountAddressesAddDTO",
    "AccountBillingPreferencesRequestDTO",
    "AccountBillingPreferencesResponseDTO",
    "AccountCancelDTO",
    "AccountCancelDataDTO",
    "AccountCancelResponseDTO",
    "AccountCommunicationDetailsDTO",
    "AccountCommunicationResponseDetailsDTO",
    "AccountCommunicationResponseListDTO",
    "AccountContactUpdateDTO",
    "AccountContactsDTO",
    "AccountContactsTypeDTO",
    "AccountContactsUpdateDTO",
    "AccountCreateDTO",
    "AccountDataDTO",
    "AccountDetailsDTO",
    "AccountFinancialDataDTO",
    "AccountFinancialSummaryDataDTO",
    "AccountFinancialSummaryResponseDTO",
    "AccountImageDetailsDTO",
    "AccountListDTO",
    "AccountNoteDataDTO",
    "AccountNoteDetailsDTO",
    "AccountNoteResponseDataDTO",
    "AccountNoteResponseDetailsDTO",
    "AccountNoteUuidDataDTO",
    "AccountNoteUuidDetailsDTO",
    "AccountNoteUuidFileDataDTO",
    "AccountNoteUuidFileDetailsDTO",
    "AccountNoteUuidFileUuidDataDTO",
    "AccountNoteUuidFileUuidDetailsDTO",
    "AccountOrdersDataDTO",
    "AccountOrdersResponseDTO",
    "AccountReactivateDTO",
    "AccountReactivateDataDTO",
    "AccountReactiveResponseDTO",
    "AccountUpdateInformationDTO",
    "EmailGetAccountDetailsDTO",
    "EmailGetAccountListDTO",
    "EmailGetDetailsResponseDTO",
    "EmailGetListResponseDTO",
    "EmailSentAccountDTO",
    "EmailSentAttachmentDTO",
    "EmailSentDetailsDTO",
    "EmailSentResponseDTO",
    "FinancialSummaryDataDTO",
    "FinancialSummaryResponseDTO",
    "PaymentCardMethodsAddDTO",
    "PaymentMethodsAddDTO",
    "PaymentMethodsDetailsDTO",
    "PaymentMethodsListDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "OrderDataDTO": ("exsited.exsited.order.dto.order_dto", "OrderDataDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class AccountAddressDataDTO(DTOBase):
    """``AccountAddressDataDTO`` of the documented SDK."""
    id: Optional[str] = None
    addresses: Optional[List[AcccountAddressDTO]] = None

    def __init__(self, id: Optional[str] = None, addresses: Optional[List[AcccountAddressDTO]] = None) -> None:
        self.id = id
        self.addresses = addresses


@dataclass(repr=False, eq=False, init=False)
class AccountAddressDetailsDTO(DTOBase):
    """``AccountAddressDetailsDTO`` of the documented SDK."""
    account: Optional[AccountAddressDataDTO] = None

    def __init__(self, account: Optional[AccountAddressDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountAddressRequestDTO(DTOBase):
    """``AccountAddressRequestDTO`` of the documented SDK."""
    account: Optional[AccountAddressRequestDetailsDTO] = None

    def __init__(self, account: Optional[AccountAddressRequestDetailsDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountAddressResponseDTO(DTOBase):
    """``AccountAddressResponseDTO`` of the documented SDK."""
    account: Optional[AccountAddressResponseDetailsDTO] = None

    def __init__(self, account: Optional[AccountAddressResponseDetailsDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountAddressUuidDataDTO(DTOBase):
    """``AccountAddressUuidDataDTO`` of the documented SDK."""
    id: Optional[str] = None
    addresses: Optional[AcccountAddressDTO] = None

    def __init__(self, id: Optional[str] = None, addresses: Optional[AcccountAddressDTO] = None) -> None:
        self.id = id
        self.addresses = addresses


@dataclass(repr=False, eq=False, init=False)
class AccountAddressUuidDetailsDTO(DTOBase):
    """``AccountAddressUuidDetailsDTO`` of the documented SDK."""
    account: Optional[AccountAddressUuidDataDTO] = None

    def __init__(self, account: Optional[AccountAddressUuidDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountAddressesAdd(DTOBase):
    """``AccountAddressesAdd`` of the documented SDK."""
    addresses: Optional[List[AddressDTO]] = None

    def __init__(self, addresses: Optional[List[AddressDTO]] = None) -> None:
        self.addresses = addresses


@dataclass(repr=False, eq=False, init=False)
class AccountAddressesAddDTO(DTOBase):
    """``AccountAddressesAddDTO`` of the documented SDK."""
    account: Optional[AccountAddressesAdd] = None

    def __init__(self, account: Optional[AccountAddressesAdd] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountBillingPreferencesRequestDTO(DTOBase):
    """``AccountBillingPreferencesRequestDTO`` of the documented SDK."""
    account: Optional[AccountBillingPreferencesDetailsDTO] = None

    def __init__(self, account: Optional[AccountBillingPreferencesDetailsDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountBillingPreferencesResponseDTO(DTOBase):
    """``AccountBillingPreferencesResponseDTO`` of the documented SDK."""
    account: Optional[AccountBillingPreferencesResponseDetailsDTO] = None

    def __init__(self, account: Optional[AccountBillingPreferencesResponseDetailsDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountCancelDTO(DTOBase):
    """``AccountCancelDTO`` of the documented SDK."""
    account: Optional[AccountCancelDataDTO] = None

    def __init__(self, account: Optional[AccountCancelDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountCancelDataDTO(DTOBase):
    """``AccountCancelDataDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None

    def __init__(self, effectiveDate: Optional[str] = None) -> None:
        self.effectiveDate = effectiveDate


@dataclass(repr=False, eq=False, init=False)
class AccountCancelResponseDTO(DTOBase):
    """``AccountCancelResponseDTO`` of the documented SDK."""
    eventUuid: Optional[str] = None

    def __init__(self, eventUuid: Optional[str] = None) -> None:
        self.eventUuid = eventUuid


@dataclass(repr=False, eq=False, init=False)
class AccountCommunicationDetailsDTO(DTOBase):
    """``AccountCommunicationDetailsDTO`` of the documented SDK."""
    email: Optional[EmailSentDetailsDTO] = None

    def __init__(self, email: Optional[EmailSentDetailsDTO] = None) -> None:
        self.email = email


@dataclass(repr=False, eq=False, init=False)
class AccountCommunicationResponseDetailsDTO(DTOBase):
    """``AccountCommunicationResponseDetailsDTO`` of the documented SDK."""
    email: Optional[EmailSentDetailsDTO] = None

    def __init__(self, email: Optional[EmailSentDetailsDTO] = None) -> None:
        self.email = email


@dataclass(repr=False, eq=False, init=False)
class AccountCommunicationResponseListDTO(DTOBase):
    """``AccountCommunicationResponseListDTO`` of the documented SDK."""
    emails: Optional[EmailSentDetailsDTO] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, emails: Optional[EmailSentDetailsDTO] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.emails = emails
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class AccountContactUpdateDTO(DTOBase):
    """``AccountContactUpdateDTO`` of the documented SDK."""
    account: Optional[AccountContactUpdate] = None

    def __init__(self, account: Optional[AccountContactUpdate] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountContactsDTO(DTOBase):
    """``AccountContactsDTO`` of the documented SDK."""
    account: Optional[AccountContacts] = None

    def __init__(self, account: Optional[AccountContacts] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountContactsTypeDTO(DTOBase):
    """``AccountContactsTypeDTO`` of the documented SDK."""
    account: Optional[AccountContactsType] = None

    def __init__(self, account: Optional[AccountContactsType] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountContactsUpdateDTO(DTOBase):
    """``AccountContactsUpdateDTO`` of the documented SDK."""
    account: Optional[AccountContactsUpdate] = None

    def __init__(self, account: Optional[AccountContactsUpdate] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountCreateDTO(DTOBase):
    """``AccountCreateDTO`` of the documented SDK."""
    account: Optional[AccountDataDTO] = None

    def __init__(self, account: Optional[AccountDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountDataDTO(DTOBase):
    """``AccountDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    emailAddress: Optional[str] = None
    status: Optional[str] = None
    id: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    invoiceParentAccount: Optional[str] = None
    type: Optional[str] = None
    imageUri: Optional[str] = None
    grantPortalAccess: Optional[str] = None
    website: Optional[str] = None
    linkedin: Optional[str] = None
    twitter: Optional[str] = None
    facebook: Optional[str] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None
    parentAccount: Optional[str] = None
    group: Optional[str] = None
    manager: Optional[str] = None
    referralTracking: Optional[str] = None
    salesRep: Optional[str] = None
    pricingLevel: Optional[PricingLevelDTO] = None
    currency: Optional[CurrencyDTO] = None
    timeZone: Optional[TimeZoneDTO] = None
    tax: Optional[TaxDTO] = None
    accountingCode: Optional[AccountingCodeDTO] = None
    communicationPreference: Optional[List[CommunicationPreferenceDTO]] = None
    paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None
    billingPreferences: Optional[BillingPreferencesDTO] = None
    customAttributes: Optional[List[CustomAttributesDTO]] = None
    addresses: Optional[List[AcccountAddressDTO]] = None
    contacts: Optional[List[ContactDTO]] = None
    customForms: Optional[CustomFormsDTO] = None
    eventUuid: Optional[str] = None
    customObjects: Optional[List[CustomObjectDTO]] = None
    kpis: Optional[Dict[str, Any]] = None

    def __init__(self, name: Optional[str] = None, emailAddress: Optional[str] = None, status: Optional[str] = None, id: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, invoiceParentAccount: Optional[str] = None, type: Optional[str] = None, imageUri: Optional[str] = None, grantPortalAccess: Optional[str] = None, website: Optional[str] = None, linkedin: Optional[str] = None, twitter: Optional[str] = None, facebook: Optional[str] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None, parentAccount: Optional[str] = None, group: Optional[str] = None, manager: Optional[str] = None, referralTracking: Optional[str] = None, salesRep: Optional[str] = None, pricingLevel: Optional[PricingLevelDTO] = None, currency: Optional[CurrencyDTO] = None, timeZone: Optional[TimeZoneDTO] = None, tax: Optional[TaxDTO] = None, accountingCode: Optional[AccountingCodeDTO] = None, communicationPreference: Optional[List[CommunicationPreferenceDTO]] = None, paymentMethods: Optional[List[PaymentMethodsDataDTO]] = None, billingPreferences: Optional[BillingPreferencesDTO] = None, customAttributes: Optional[List[CustomAttributesDTO]] = None, addresses: Optional[List[AcccountAddressDTO]] = None, contacts: Optional[List[ContactDTO]] = None, customForms: Optional[CustomFormsDTO] = None, eventUuid: Optional[str] = None, customObjects: Optional[List[CustomObjectDTO]] = None, kpis: Optional[Dict[str, Any]] = None) -> None:
        self.name = name
        self.emailAddress = emailAddress
        self.status = status
        self.id = id
        self.displayName = displayName
        self.description = description
        self.invoiceParentAccount = invoiceParentAccount
        self.type = type
        self.imageUri = imageUri
        self.grantPortalAccess = grantPortalAccess
        self.website = website
        self.linkedin = linkedin
        self.twitter = twitter
        self.facebook = facebook
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version
        self.parentAccount = parentAccount
        self.group = group
        self.manager = manager
        self.referralTracking = referralTracking
        self.salesRep = salesRep
        self.pricingLevel = pricingLevel
        self.currency = currency
        self.timeZone = timeZone
        self.tax = tax
        self.accountingCode = accountingCode
        self.communicationPreference = communicationPreference
        self.paymentMethods = paymentMethods
        self.billingPreferences = billingPreferences
        self.customAttributes = customAttributes
        self.addresses = addresses
        self.contacts = contacts
        self.customForms = customForms
        self.eventUuid = eventUuid
        self.customObjects = customObjects
        self.kpis = kpis


@dataclass(repr=False, eq=False, init=False)
class AccountDetailsDTO(DTOBase):
    """``AccountDetailsDTO`` of the documented SDK."""
    account: Optional[AccountDataDTO] = None

    def __init__(self, account: Optional[AccountDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountFinancialDataDTO(DTOBase):
    """``AccountFinancialDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    financialSummary: Optional[AccountFinancialSummaryDataDTO] = None

    def __init__(self, name: Optional[str] = None, financialSummary: Optional[AccountFinancialSummaryDataDTO] = None) -> None:
        self.name = name
        self.financialSummary = financialSummary


@dataclass(repr=False, eq=False, init=False)
class AccountFinancialSummaryDataDTO(DTOBase):
    """``AccountFinancialSummaryDataDTO`` of the documented SDK."""
    totalDue: Optional[Union[float, str]] = None
    totalGrand: Optional[Union[float, str]] = None
    totalPaid: Optional[Union[float, str]] = None
    invoiceCount: Optional[Union[int, str]] = None

    def __init__(self, totalDue: Optional[Union[float, str]] = None, totalGrand: Optional[Union[float, str]] = None, totalPaid: Optional[Union[float, str]] = None, invoiceCount: Optional[Union[int, str]] = None) -> None:
        self.totalDue = totalDue
        self.totalGrand = totalGrand
        self.totalPaid = totalPaid
        self.invoiceCount = invoiceCount


@dataclass(repr=False, eq=False, init=False)
class AccountFinancialSummaryResponseDTO(DTOBase):
    """``AccountFinancialSummaryResponseDTO`` of the documented SDK."""
    account: Optional[AccountFinancialDataDTO] = None

    def __init__(self, account: Optional[AccountFinancialDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountImageDetailsDTO(DTOBase):
    """``AccountImageDetailsDTO`` of the documented SDK."""
    account: Optional[AccountImageDataDTO] = None

    def __init__(self, account: Optional[AccountImageDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountListDTO(DTOBase):
    """``AccountListDTO`` of the documented SDK."""
    accounts: Optional[List[AccountDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, accounts: Optional[List[AccountDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.accounts = accounts
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class AccountNoteDataDTO(DTOBase):
    """``AccountNoteDataDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class AccountNoteDetailsDTO(DTOBase):
    """``AccountNoteDetailsDTO`` of the documented SDK."""
    account: Optional[AccountNoteDataDTO] = None

    def __init__(self, account: Optional[AccountNoteDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountNoteResponseDataDTO(DTOBase):
    """``AccountNoteResponseDataDTO`` of the documented SDK."""
    notes: Optional[NoteDataDTO] = None

    def __init__(self, notes: Optional[NoteDataDTO] = None) -> None:
        self.notes = notes


@dataclass(repr=False, eq=False, init=False)
class AccountNoteResponseDetailsDTO(DTOBase):
    """``AccountNoteResponseDetailsDTO`` of the documented SDK."""
    account: Optional[AccountNoteResponseDataDTO] = None

    def __init__(self, account: Optional[AccountNoteResponseDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountNoteUuidDataDTO(DTOBase):
    """``AccountNoteUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteDataDTO] = None

    def __init__(self, note: Optional[NoteDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class AccountNoteUuidDetailsDTO(DTOBase):
    """``AccountNoteUuidDetailsDTO`` of the documented SDK."""
    account: Optional[AccountNoteUuidDataDTO] = None

    def __init__(self, account: Optional[AccountNoteUuidDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountNoteUuidFileDataDTO(DTOBase):
    """``AccountNoteUuidFileDataDTO`` of the documented SDK."""
    note: Optional[NoteFileDataDTO] = None

    def __init__(self, note: Optional[NoteFileDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class AccountNoteUuidFileDetailsDTO(DTOBase):
    """``AccountNoteUuidFileDetailsDTO`` of the documented SDK."""
    account: Optional[AccountNoteUuidFileDataDTO] = None

    def __init__(self, account: Optional[AccountNoteUuidFileDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountNoteUuidFileUuidDataDTO(DTOBase):
    """``AccountNoteUuidFileUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteFileUuidDataDTO] = None

    def __init__(self, note: Optional[NoteFileUuidDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class AccountNoteUuidFileUuidDetailsDTO(DTOBase):
    """``AccountNoteUuidFileUuidDetailsDTO`` of the documented SDK."""
    account: Optional[AccountNoteUuidFileUuidDataDTO] = None

    def __init__(self, account: Optional[AccountNoteUuidFileUuidDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountOrdersDataDTO(DTOBase):
    """``AccountOrdersDataDTO`` of the documented SDK."""
    orders: Optional[List[OrderDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, orders: Optional[List[OrderDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.orders = orders
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class AccountOrdersResponseDTO(DTOBase):
    """``AccountOrdersResponseDTO`` of the documented SDK."""
    account: Optional[AccountOrdersDataDTO] = None

    def __init__(self, account: Optional[AccountOrdersDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountReactivateDTO(DTOBase):
    """``AccountReactivateDTO`` of the documented SDK."""
    account: Optional[AccountReactivateDataDTO] = None

    def __init__(self, account: Optional[AccountReactivateDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class AccountReactivateDataDTO(DTOBase):
    """``AccountReactivateDataDTO`` of the documented SDK."""
    effectiveDate: Optional[str] = None

    def __init__(self, effectiveDate: Optional[str] = None) -> None:
        self.effectiveDate = effectiveDate


@dataclass(repr=False, eq=False, init=False)
class AccountReactiveResponseDTO(DTOBase):
    """``AccountReactiveResponseDTO`` of the documented SDK."""
    eventUuid: Optional[str] = None

    def __init__(self, eventUuid: Optional[str] = None) -> None:
        self.eventUuid = eventUuid


@dataclass(repr=False, eq=False, init=False)
class AccountUpdateInformationDTO(DTOBase):
    """``AccountUpdateInformationDTO`` of the documented SDK."""
    account: Optional[AccountDataDTO] = None

    def __init__(self, account: Optional[AccountDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class EmailGetAccountDetailsDTO(DTOBase):
    """``EmailGetAccountDetailsDTO`` of the documented SDK."""
    communication: Optional[AccountCommunicationResponseDetailsDTO] = None

    def __init__(self, communication: Optional[AccountCommunicationResponseDetailsDTO] = None) -> None:
        self.communication = communication


@dataclass(repr=False, eq=False, init=False)
class EmailGetAccountListDTO(DTOBase):
    """``EmailGetAccountListDTO`` of the documented SDK."""
    communication: Optional[AccountCommunicationResponseListDTO] = None

    def __init__(self, communication: Optional[AccountCommunicationResponseListDTO] = None) -> None:
        self.communication = communication


@dataclass(repr=False, eq=False, init=False)
class EmailGetDetailsResponseDTO(DTOBase):
    """``EmailGetDetailsResponseDTO`` of the documented SDK."""
    account: Optional[EmailGetAccountDetailsDTO] = None

    def __init__(self, account: Optional[EmailGetAccountDetailsDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class EmailGetListResponseDTO(DTOBase):
    """``EmailGetListResponseDTO`` of the documented SDK."""
    account: Optional[EmailGetAccountListDTO] = None

    def __init__(self, account: Optional[EmailGetAccountListDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class EmailSentAccountDTO(DTOBase):
    """``EmailSentAccountDTO`` of the documented SDK."""
    communication: Optional[AccountCommunicationDetailsDTO] = None

    def __init__(self, communication: Optional[AccountCommunicationDetailsDTO] = None) -> None:
        self.communication = communication


@dataclass(repr=False, eq=False, init=False)
class EmailSentAttachmentDTO(DTOBase):
    """``EmailSentAttachmentDTO`` of the documented SDK."""
    name: Optional[str] = None
    path: Optional[str] = None
    size: Optional[Union[int, str]] = None
    type: Optional[str] = None

    def __init__(self, name: Optional[str] = None, path: Optional[str] = None, size: Optional[Union[int, str]] = None, type: Optional[str] = None) -> None:
        self.name = name
        self.path = path
        self.size = size
        self.type = type


@dataclass(repr=False, eq=False, init=False)
class EmailSentDetailsDTO(DTOBase):
    """``EmailSentDetailsDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    messageType: Optional[str] = None
    status: Optional[str] = None
    fromEmail: Optional[str] = None
    to: Optional[str] = None
    cc: Optional[List[Any]] = None
    bcc: Optional[List[Any]] = None
    subject: Optional[str] = None
    body: Optional[str] = None
    additionalTemplate: Optional[str] = None
    createdAt: Optional[str] = None
    lastUpdatedAt: Optional[str] = None
    attachments: Optional[List[Any]] = None

    _wire_names = {'fromEmail': 'from'}

    def __init__(self, uuid: Optional[str] = None, messageType: Optional[str] = None, status: Optional[str] = None, fromEmail: Optional[str] = None, to: Optional[str] = None, cc: Optional[List[Any]] = None, bcc: Optional[List[Any]] = None, subject: Optional[str] = None, body: Optional[str] = None, additionalTemplate: Optional[str] = None, createdAt: Optional[str] = None, lastUpdatedAt: Optional[str] = None, attachments: Optional[List[Any]] = None) -> None:
        self.uuid = uuid
        self.messageType = messageType
        self.status = status
        self.fromEmail = fromEmail
        self.to = to
        self.cc = cc
        self.bcc = bcc
        self.subject = subject
        self.body = body
        self.additionalTemplate = additionalTemplate
        self.createdAt = createdAt
        self.lastUpdatedAt = lastUpdatedAt
        self.attachments = attachments


@dataclass(repr=False, eq=False, init=False)
class EmailSentResponseDTO(DTOBase):
    """``EmailSentResponseDTO`` of the documented SDK."""
    account: Optional[EmailSentAccountDTO] = None

    def __init__(self, account: Optional[EmailSentAccountDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class FinancialSummaryDataDTO(DTOBase):
    """``FinancialSummaryDataDTO`` of the documented SDK."""
    totalDue: Optional[Union[float, str]] = None
    totalGrand: Optional[Union[float, str]] = None
    totalPaid: Optional[Union[float, str]] = None
    accountCount: Optional[Union[int, str]] = None
    invoiceCount: Optional[Union[int, str]] = None

    def __init__(self, totalDue: Optional[Union[float, str]] = None, totalGrand: Optional[Union[float, str]] = None, totalPaid: Optional[Union[float, str]] = None, accountCount: Optional[Union[int, str]] = None, invoiceCount: Optional[Union[int, str]] = None) -> None:
        self.totalDue = totalDue
        self.totalGrand = totalGrand
        self.totalPaid = totalPaid
        self.accountCount = accountCount
        self.invoiceCount = invoiceCount


@dataclass(repr=False, eq=False, init=False)
class FinancialSummaryResponseDTO(DTOBase):
    """``FinancialSummaryResponseDTO`` of the documented SDK."""
    financialSummary: Optional[FinancialSummaryDataDTO] = None

    def __init__(self, financialSummary: Optional[FinancialSummaryDataDTO] = None) -> None:
        self.financialSummary = financialSummary


@dataclass(repr=False, eq=False, init=False)
class PaymentCardMethodsAddDTO(DTOBase):
    """``PaymentCardMethodsAddDTO`` of the documented SDK."""
    account: Optional[PaymentCardMethodsDTO] = None

    def __init__(self, account: Optional[PaymentCardMethodsDTO] = None) -> None:
        self.account = account

    def method(self, payment_method: PaymentCardMethodsDataDTO) -> "PaymentCardMethodsAddDTO":
        """Wraps one card payment method as the body of add_payment_card_method."""
        from exsited.exsited.account.dto.account_nested_dto import PaymentCardMethodsDTO

        self.account = PaymentCardMethodsDTO(paymentMethod=payment_method)
        return self


@dataclass(repr=False, eq=False, init=False)
class PaymentMethodsAddDTO(DTOBase):
    """``PaymentMethodsAddDTO`` of the documented SDK."""
    account: Optional[PaymentMethodsDTO] = None

    def __init__(self, account: Optional[PaymentMethodsDTO] = None) -> None:
        self.account = account

    def method(self, payment_method: PaymentMethodsDataDTO) -> "PaymentMethodsAddDTO":
        """Wraps one payment method as the body of add_payment_method."""
        from exsited.exsited.account.dto.account_nested_dto import PaymentMethodsDTO

        self.account = PaymentMethodsDTO(paymentMethod=payment_method)
        return self


@dataclass(repr=False, eq=False, init=False)
class PaymentMethodsDetailsDTO(DTOBase):
    """``PaymentMethodsDetailsDTO`` of the documented SDK."""
    account: Optional[PaymentMethodsDTO] = None

    def __init__(self, account: Optional[PaymentMethodsDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class PaymentMethodsListDTO(DTOBase):
    """``PaymentMethodsListDTO`` of the documented SDK."""
    account: Optional[PaymentMethodListDTO] = None

    def __init__(self, account: Optional[PaymentMethodListDTO] = None) -> None:
        self.account = account
