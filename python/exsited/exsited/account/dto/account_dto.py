# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.account.dto.account_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.account.dto.account_nested_dto import AcccountAddressDTO, AccountAddressRequestDetailsDTO, AccountAddressResponseDetailsDTO, AccountBillingPreferencesDetailsDTO, AccountBillingPreferencesResponseDetailsDTO, AccountContactUpdate, AccountContacts, AccountContactsType, AccountContactsUpdate, AccountImageDataDTO, AccountingCodeDTO, BillingPreferencesDTO, CommunicationPreferenceDTO, ContactDTO, PaymentCardMethodsDTO, PaymentCardMethodsDataDTO, PaymentMethodListDTO, PaymentMethodsDTO, PaymentMethodsDataDTO, PricingLevelDTO
from exsited.exsited.common.dto.common_dto import AddressDTO, CurrencyDTO, CustomAttributesDTO, CustomFormsDTO, CustomObjectDTO, PaginationDTO, TaxDTO, TimeZoneDTO
from exsited.exsited.notes.dto.notes_dto import NoteDataDTO, NoteFileDataDTO, NoteFileUuidDataDTO

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


@dataclass(repr=False)
class AccountAddressDataDTO(DTOBase):
    id: Optional[str] = None
    addresses: Optional[List[AcccountAddressDTO]] = None


@dataclass(repr=False)
class AccountAddressDetailsDTO(DTOBase):
    account: Optional[AccountAddressDataDTO] = None


@dataclass(repr=False)
class AccountAddressRequestDTO(DTOBase):
    account: Optional[AccountAddressRequestDetailsDTO] = None


@dataclass(repr=False)
class AccountAddressResponseDTO(DTOBase):
    account: Optional[AccountAddressResponseDetailsDTO] = None


@dataclass(repr=False)
class AccountAddressUuidDataDTO(DTOBase):
    id: Optional[str] = None
    addresses: Optional[AcccountAddressDTO] = None


@dataclass(repr=False)
class AccountAddressUuidDetailsDTO(DTOBase):
    account: Optional[AccountAddressUuidDataDTO] = None


@dataclass(repr=False)
class AccountAddressesAdd(DTOBase):
    addresses: Optional[List[AddressDTO]] = None


@dataclass(repr=False)
class AccountAddressesAddDTO(DTOBase):
    account: Optional[AccountAddressesAdd] = None


@dataclass(repr=False)
class AccountBillingPreferencesRequestDTO(DTOBase):
    account: Optional[AccountBillingPreferencesDetailsDTO] = None


@dataclass(repr=False)
class AccountBillingPreferencesResponseDTO(DTOBase):
    account: Optional[AccountBillingPreferencesResponseDetailsDTO] = None


@dataclass(repr=False)
class AccountCancelDTO(DTOBase):
    account: Optional[AccountCancelDataDTO] = None


@dataclass(repr=False)
class AccountCancelDataDTO(DTOBase):
    effectiveDate: Optional[str] = None


@dataclass(repr=False)
class AccountCancelResponseDTO(DTOBase):
    eventUuid: Optional[str] = None


@dataclass(repr=False)
class AccountCommunicationDetailsDTO(DTOBase):
    email: Optional[EmailSentDetailsDTO] = None


@dataclass(repr=False)
class AccountCommunicationResponseDetailsDTO(DTOBase):
    email: Optional[EmailSentDetailsDTO] = None


@dataclass(repr=False)
class AccountCommunicationResponseListDTO(DTOBase):
    emails: Optional[EmailSentDetailsDTO] = None
    pagination: Optional[PaginationDTO] = None


@dataclass(repr=False)
class AccountContactUpdateDTO(DTOBase):
    account: Optional[AccountContactUpdate] = None


@dataclass(repr=False)
class AccountContactsDTO(DTOBase):
    account: Optional[AccountContacts] = None


@dataclass(repr=False)
class AccountContactsTypeDTO(DTOBase):
    account: Optional[AccountContactsType] = None


@dataclass(repr=False)
class AccountContactsUpdateDTO(DTOBase):
    account: Optional[AccountContactsUpdate] = None


@dataclass(repr=False)
class AccountCreateDTO(DTOBase):
    account: Optional[AccountDataDTO] = None


@dataclass(repr=False)
class AccountDataDTO(DTOBase):
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


@dataclass(repr=False)
class AccountDetailsDTO(DTOBase):
    account: Optional[AccountDataDTO] = None


@dataclass(repr=False)
class AccountFinancialDataDTO(DTOBase):
    name: Optional[str] = None
    financialSummary: Optional[AccountFinancialSummaryDataDTO] = None


@dataclass(repr=False)
class AccountFinancialSummaryDataDTO(DTOBase):
    totalDue: Optional[Union[float, str]] = None
    totalGrand: Optional[Union[float, str]] = None
    totalPaid: Optional[Union[float, str]] = None
    invoiceCount: Optional[Union[int, str]] = None


@dataclass(repr=False)
class AccountFinancialSummaryResponseDTO(DTOBase):
    account: Optional[AccountFinancialDataDTO] = None


@dataclass(repr=False)
class AccountImageDetailsDTO(DTOBase):
    account: Optional[AccountImageDataDTO] = None


@dataclass(repr=False)
class AccountListDTO(DTOBase):
    accounts: Optional[List[AccountDataDTO]] = None
    pagination: Optional[PaginationDTO] = None


@dataclass(repr=False)
class AccountNoteDataDTO(DTOBase):
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None


@dataclass(repr=False)
class AccountNoteDetailsDTO(DTOBase):
    account: Optional[AccountNoteDataDTO] = None


@dataclass(repr=False)
class AccountNoteResponseDataDTO(DTOBase):
    notes: Optional[NoteDataDTO] = None


@dataclass(repr=False)
class AccountNoteResponseDetailsDTO(DTOBase):
    account: Optional[AccountNoteResponseDataDTO] = None


@dataclass(repr=False)
class AccountNoteUuidDataDTO(DTOBase):
    note: Optional[NoteDataDTO] = None


@dataclass(repr=False)
class AccountNoteUuidDetailsDTO(DTOBase):
    account: Optional[AccountNoteUuidDataDTO] = None


@dataclass(repr=False)
class AccountNoteUuidFileDataDTO(DTOBase):
    note: Optional[NoteFileDataDTO] = None


@dataclass(repr=False)
class AccountNoteUuidFileDetailsDTO(DTOBase):
    account: Optional[AccountNoteUuidFileDataDTO] = None


@dataclass(repr=False)
class AccountNoteUuidFileUuidDataDTO(DTOBase):
    note: Optional[NoteFileUuidDataDTO] = None


@dataclass(repr=False)
class AccountNoteUuidFileUuidDetailsDTO(DTOBase):
    account: Optional[AccountNoteUuidFileUuidDataDTO] = None


@dataclass(repr=False)
class AccountOrdersDataDTO(DTOBase):
    orders: Optional[List[Dict[str, Any]]] = None
    pagination: Optional[PaginationDTO] = None


@dataclass(repr=False)
class AccountOrdersResponseDTO(DTOBase):
    account: Optional[AccountOrdersDataDTO] = None


@dataclass(repr=False)
class AccountReactivateDTO(DTOBase):
    account: Optional[AccountReactivateDataDTO] = None


@dataclass(repr=False)
class AccountReactivateDataDTO(DTOBase):
    effectiveDate: Optional[str] = None


@dataclass(repr=False)
class AccountReactiveResponseDTO(DTOBase):
    eventUuid: Optional[str] = None


@dataclass(repr=False)
class AccountUpdateInformationDTO(DTOBase):
    account: Optional[AccountDataDTO] = None


@dataclass(repr=False)
class EmailGetAccountDetailsDTO(DTOBase):
    communication: Optional[AccountCommunicationResponseDetailsDTO] = None


@dataclass(repr=False)
class EmailGetAccountListDTO(DTOBase):
    communication: Optional[AccountCommunicationResponseListDTO] = None


@dataclass(repr=False)
class EmailGetDetailsResponseDTO(DTOBase):
    account: Optional[EmailGetAccountDetailsDTO] = None


@dataclass(repr=False)
class EmailGetListResponseDTO(DTOBase):
    account: Optional[EmailGetAccountListDTO] = None


@dataclass(repr=False)
class EmailSentAccountDTO(DTOBase):
    communication: Optional[AccountCommunicationDetailsDTO] = None


@dataclass(repr=False)
class EmailSentAttachmentDTO(DTOBase):
    name: Optional[str] = None
    path: Optional[str] = None
    size: Optional[Union[int, str]] = None
    type: Optional[str] = None


@dataclass(repr=False)
class EmailSentDetailsDTO(DTOBase):
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


@dataclass(repr=False)
class EmailSentResponseDTO(DTOBase):
    account: Optional[EmailSentAccountDTO] = None


@dataclass(repr=False)
class FinancialSummaryDataDTO(DTOBase):
    totalDue: Optional[Union[float, str]] = None
    totalGrand: Optional[Union[float, str]] = None
    totalPaid: Optional[Union[float, str]] = None
    accountCount: Optional[Union[int, str]] = None
    invoiceCount: Optional[Union[int, str]] = None


@dataclass(repr=False)
class FinancialSummaryResponseDTO(DTOBase):
    financialSummary: Optional[FinancialSummaryDataDTO] = None


@dataclass(repr=False)
class PaymentCardMethodsAddDTO(DTOBase):
    account: Optional[PaymentCardMethodsDTO] = None

    def method(self, payment_method: PaymentCardMethodsDataDTO) -> "PaymentCardMethodsAddDTO":
        """Wraps one card payment method as the body of add_payment_card_method."""
        self.account = PaymentCardMethodsDTO(paymentMethod=payment_method)
        return self


@dataclass(repr=False)
class PaymentMethodsAddDTO(DTOBase):
    account: Optional[PaymentMethodsDTO] = None

    def method(self, payment_method: PaymentMethodsDataDTO) -> "PaymentMethodsAddDTO":
        """Wraps one payment method as the body of add_payment_method."""
        self.account = PaymentMethodsDTO(paymentMethod=payment_method)
        return self


@dataclass(repr=False)
class PaymentMethodsDetailsDTO(DTOBase):
    account: Optional[PaymentMethodsDTO] = None


@dataclass(repr=False)
class PaymentMethodsListDTO(DTOBase):
    account: Optional[PaymentMethodListDTO] = None
