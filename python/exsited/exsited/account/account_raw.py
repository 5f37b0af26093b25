# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.account``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._args import FileArg
from exsited._raw import RawResource, RawResponse
from exsited.exsited.account.account import DeleteResult
from exsited.exsited.account.dto.account_dto import (
    AccountAddressDetailsDTO,
    AccountAddressRequestDTO,
    AccountAddressResponseDTO,
    AccountAddressUuidDetailsDTO,
    AccountAddressesAddDTO,
    AccountBillingPreferencesRequestDTO,
    AccountBillingPreferencesResponseDTO,
    AccountCancelDataDTO,
    AccountCancelResponseDTO,
    AccountContactUpdateDTO,
    AccountContactsDTO,
    AccountContactsUpdateDTO,
    AccountCreateDTO,
    AccountDetailsDTO,
    AccountFinancialSummaryResponseDTO,
    AccountImageDetailsDTO,
    AccountListDTO,
    AccountNoteDetailsDTO,
    AccountNoteResponseDetailsDTO,
    AccountNoteUuidDetailsDTO,
    AccountNoteUuidFileDetailsDTO,
    AccountNoteUuidFileUuidDetailsDTO,
    AccountOrdersResponseDTO,
    AccountReactivateDataDTO,
    AccountReactiveResponseDTO,
    AccountUpdateInformationDTO,
    EmailGetDetailsResponseDTO,
    EmailGetListResponseDTO,
    EmailSentResponseDTO,
    FinancialSummaryResponseDTO,
    PaymentCardMethodsAddDTO,
    PaymentMethodsAddDTO,
    PaymentMethodsDetailsDTO,
    PaymentMethodsListDTO,
)
from exsited.exsited.common.common_enum import SortDirection


class AccountRaw(RawResource):
    """``Account.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountListDTO]:
        """``Account.list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountListDTO]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def details(self, id: str) -> RawResponse[AccountDetailsDTO]:
        """``Account.details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountDetailsDTO]", self._resource.details(id=id))

    def details_information(self, id: str) -> RawResponse[AccountDetailsDTO]:
        """``Account.details_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountDetailsDTO]", self._resource.details_information(id=id))

    def create(self, request_data: AccountCreateDTO) -> RawResponse[AccountDetailsDTO]:
        """``Account.create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountDetailsDTO]", self._resource.create(request_data=request_data))

    def create_v3(self, request_data: AccountCreateDTO) -> RawResponse[AccountDetailsDTO]:
        """``Account.create_v3``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountDetailsDTO]", self._resource.create_v3(request_data=request_data))

    def update_information(self, id: str, request_data: AccountUpdateInformationDTO) -> RawResponse[AccountDetailsDTO]:
        """``Account.update_information``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountDetailsDTO]", self._resource.update_information(
            id=id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> RawResponse[DeleteResult]:
        """``Account.delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete(id=id))

    def cancel(self, id: str, request_data: AccountCancelDataDTO) -> RawResponse[AccountCancelResponseDTO]:
        """``Account.cancel``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountCancelResponseDTO]", self._resource.cancel(id=id, request_data=request_data))

    def reactivate(self, id: str, request_data: AccountReactivateDataDTO) -> RawResponse[AccountReactiveResponseDTO]:
        """``Account.reactivate``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountReactiveResponseDTO]", self._resource.reactivate(
            id=id,
            request_data=request_data,
        ))

    def reactivate_v3(self, id: str, request_data: AccountReactivateDataDTO) -> RawResponse[AccountReactiveResponseDTO]:
        """``Account.reactivate_v3``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountReactiveResponseDTO]", self._resource.reactivate_v3(
            id=id,
            request_data=request_data,
        ))

    def purge(self, id: str) -> RawResponse[Dict[str, Any]]:
        """``Account.purge``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[Dict[str, Any]]", self._resource.purge(id=id))

    def get_contacts(self, id: str) -> RawResponse[AccountContactsDTO]:
        """``Account.get_contacts``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountContactsDTO]", self._resource.get_contacts(id=id))

    def get_contact_type(self, id: str, contact_type: str) -> RawResponse[AccountContactsDTO]:
        """``Account.get_contact_type``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountContactsDTO]", self._resource.get_contact_type(
            id=id,
            contact_type=contact_type,
        ))

    def update_contact(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> RawResponse[AccountContactsUpdateDTO]:
        """``Account.update_contact``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountContactsUpdateDTO]", self._resource.update_contact(
            id=id,
            contact_type=contact_type,
            request_data=request_data,
        ))

    def update_contact_v3(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> RawResponse[AccountContactsUpdateDTO]:
        """``Account.update_contact_v3``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountContactsUpdateDTO]", self._resource.update_contact_v3(
            id=id,
            contact_type=contact_type,
            request_data=request_data,
        ))

    def modify_contact(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> RawResponse[AccountContactsUpdateDTO]:
        """``Account.modify_contact``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountContactsUpdateDTO]", self._resource.modify_contact(
            id=id,
            contact_type=contact_type,
            request_data=request_data,
        ))

    def contact_delete(self, id: str, contact_type: str) -> RawResponse[DeleteResult]:
        """``Account.contact_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.contact_delete(id=id, contact_type=contact_type))

    def address_details(self, id: str) -> RawResponse[AccountAddressDetailsDTO]:
        """``Account.address_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountAddressDetailsDTO]", self._resource.address_details(id=id))

    def address_uuid_details(self, id: str, uuid: str) -> RawResponse[AccountAddressUuidDetailsDTO]:
        """``Account.address_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountAddressUuidDetailsDTO]", self._resource.address_uuid_details(id=id, uuid=uuid))

    def add_addresses(self, id: str, request_data: AccountAddressesAddDTO) -> RawResponse[AccountDetailsDTO]:
        """``Account.add_addresses``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountDetailsDTO]", self._resource.add_addresses(id=id, request_data=request_data))

    def update_address(
        self,
        id: str,
        uuid: str,
        request_data: AccountAddressRequestDTO,
    ) -> RawResponse[AccountAddressResponseDTO]:
        """``Account.update_address``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountAddressResponseDTO]", self._resource.update_address(
            id=id,
            uuid=uuid,
            request_data=request_data,
        ))

    def delete_address_uuid(self, id: str, uuid: str) -> RawResponse[DeleteResult]:
        """``Account.delete_address_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_address_uuid(id=id, uuid=uuid))

    def list_payment_method(self, account_id: str) -> RawResponse[PaymentMethodsListDTO]:
        """``Account.list_payment_method``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentMethodsListDTO]", self._resource.list_payment_method(account_id=account_id))

    def payment_method_details(self, account_id: str, reference: str) -> RawResponse[PaymentMethodsDetailsDTO]:
        """``Account.payment_method_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentMethodsDetailsDTO]", self._resource.payment_method_details(
            account_id=account_id,
            reference=reference,
        ))

    def add_payment_method(
        self,
        account_id: str,
        request_data: PaymentMethodsAddDTO,
    ) -> RawResponse[PaymentMethodsDetailsDTO]:
        """``Account.add_payment_method``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentMethodsDetailsDTO]", self._resource.add_payment_method(
            account_id=account_id,
            request_data=request_data,
        ))

    def add_payment_card_method(
        self,
        account_id: str,
        request_data: PaymentCardMethodsAddDTO,
    ) -> RawResponse[PaymentMethodsDetailsDTO]:
        """``Account.add_payment_card_method``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentMethodsDetailsDTO]", self._resource.add_payment_card_method(
            account_id=account_id,
            request_data=request_data,
        ))

    def add_payment_card_method_v3(
        self,
        account_id: str,
        request_data: PaymentCardMethodsAddDTO,
    ) -> RawResponse[PaymentMethodsDetailsDTO]:
        """``Account.add_payment_card_method_v3``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentMethodsDetailsDTO]", self._resource.add_payment_card_method_v3(
            account_id=account_id,
            request_data=request_data,
        ))

    def update_payment_method(
        self,
        id: str,
        reference: str,
        request_data: PaymentMethodsAddDTO,
    ) -> RawResponse[PaymentMethodsDetailsDTO]:
        """``Account.update_payment_method``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[PaymentMethodsDetailsDTO]", self._resource.update_payment_method(
            id=id,
            reference=reference,
            request_data=request_data,
        ))

    def delete_payment_method(self, account_id: str, reference: str) -> RawResponse[DeleteResult]:
        """``Account.delete_payment_method``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_payment_method(
            account_id=account_id,
            reference=reference,
        ))

    def delete_payment_method_v3(self, account_id: str, reference: str) -> RawResponse[DeleteResult]:
        """``Account.delete_payment_method_v3``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_payment_method_v3(
            account_id=account_id,
            reference=reference,
        ))

    def billing_preference_details(self, account_id: str) -> RawResponse[AccountDetailsDTO]:
        """``Account.billing_preference_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountDetailsDTO]", self._resource.billing_preference_details(account_id=account_id))

    def update_billing_preferences(
        self,
        id: str,
        request_data: AccountBillingPreferencesRequestDTO,
    ) -> RawResponse[AccountBillingPreferencesResponseDTO]:
        """``Account.update_billing_preferences``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountBillingPreferencesResponseDTO]", self._resource.update_billing_preferences(
            id=id,
            request_data=request_data,
        ))

    def note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountNoteDetailsDTO]:
        """``Account.note_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteDetailsDTO]", self._resource.note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def note_uuid_details(self, id: str, uuid: str) -> RawResponse[AccountNoteUuidDetailsDTO]:
        """``Account.note_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteUuidDetailsDTO]", self._resource.note_uuid_details(id=id, uuid=uuid))

    def add_notes(
        self,
        file_url: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> RawResponse[AccountNoteResponseDetailsDTO]:
        """``Account.add_notes``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteResponseDetailsDTO]", self._resource.add_notes(
            file_url=file_url,
            account_id=account_id,
            datas=datas,
        ))

    def delete_note_uuid(self, id: str, uuid: str) -> RawResponse[DeleteResult]:
        """``Account.delete_note_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_note_uuid(id=id, uuid=uuid))

    def note_uuid_files_details(self, id: str, uuid: str) -> RawResponse[AccountNoteUuidFileDetailsDTO]:
        """``Account.note_uuid_files_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteUuidFileDetailsDTO]", self._resource.note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> RawResponse[AccountNoteUuidFileUuidDetailsDTO]:
        """``Account.note_uuid_files_uuid_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteUuidFileUuidDetailsDTO]", self._resource.note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def add_notes_uuid(
        self,
        file_url: FileArg,
        account_id: str,
        note_uuid: str,
    ) -> RawResponse[AccountNoteResponseDetailsDTO]:
        """``Account.add_notes_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountNoteResponseDetailsDTO]", self._resource.add_notes_uuid(
            file_url=file_url,
            account_id=account_id,
            note_uuid=note_uuid,
        ))

    def delete_note_uuid_file_uuid(self, id: str, uuid: str, file_uuid: str) -> RawResponse[DeleteResult]:
        """``Account.delete_note_uuid_file_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_note_uuid_file_uuid(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def get_image(self, id: str) -> RawResponse[AccountImageDetailsDTO]:
        """``Account.get_image``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountImageDetailsDTO]", self._resource.get_image(id=id))

    def add_image(self, file_url: str, account_id: str) -> RawResponse[AccountImageDetailsDTO]:
        """``Account.add_image``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountImageDetailsDTO]", self._resource.add_image(
            file_url=file_url,
            account_id=account_id,
        ))

    def delete_image(self, id: str) -> RawResponse[DeleteResult]:
        """``Account.delete_image``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResult]", self._resource.delete_image(id=id))

    def account_sent_email(
        self,
        file_url: Optional[str] = None,
        account_id: str = "",
        email_data: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[EmailSentResponseDTO]:
        """``Account.account_sent_email``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EmailSentResponseDTO]", self._resource.account_sent_email(
            file_url=file_url,
            account_id=account_id,
            email_data=email_data,
        ))

    def account_get_email(self, id: str) -> RawResponse[EmailGetListResponseDTO]:
        """``Account.account_get_email``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EmailGetListResponseDTO]", self._resource.account_get_email(id=id))

    def account_get_email_uuid(self, id: str, uuid: str) -> RawResponse[EmailGetDetailsResponseDTO]:
        """``Account.account_get_email_uuid``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[EmailGetDetailsResponseDTO]", self._resource.account_get_email_uuid(id=id, uuid=uuid))

    def financial_summary(self) -> RawResponse[FinancialSummaryResponseDTO]:
        """``Account.financial_summary``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[FinancialSummaryResponseDTO]", self._resource.financial_summary())

    def financial_summary_by_account(self, account_id: str) -> RawResponse[AccountFinancialSummaryResponseDTO]:
        """``Account.financial_summary_by_account``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountFinancialSummaryResponseDTO]", self._resource.financial_summary_by_account(
            account_id=account_id,
        ))

    def orders_unlinked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountOrdersResponseDTO]:
        """``Account.orders_unlinked``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountOrdersResponseDTO]", self._resource.orders_unlinked(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def orders_linked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AccountOrdersResponseDTO]:
        """``Account.orders_linked``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AccountOrdersResponseDTO]", self._resource.orders_linked(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))


class AsyncAccountRaw(RawResource):
    """``AsyncAccount.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountListDTO]]:
        """``AsyncAccount.list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountListDTO]]", self._resource.list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def details(self, id: str) -> Awaitable[RawResponse[AccountDetailsDTO]]:
        """``AsyncAccount.details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountDetailsDTO]]", self._resource.details(id=id))

    def details_information(self, id: str) -> Awaitable[RawResponse[AccountDetailsDTO]]:
        """``AsyncAccount.details_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountDetailsDTO]]", self._resource.details_information(id=id))

    def create(self, request_data: AccountCreateDTO) -> Awaitable[RawResponse[AccountDetailsDTO]]:
        """``AsyncAccount.create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountDetailsDTO]]", self._resource.create(request_data=request_data))

    def create_v3(self, request_data: AccountCreateDTO) -> Awaitable[RawResponse[AccountDetailsDTO]]:
        """``AsyncAccount.create_v3``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountDetailsDTO]]", self._resource.create_v3(request_data=request_data))

    def update_information(
        self,
        id: str,
        request_data: AccountUpdateInformationDTO,
    ) -> Awaitable[RawResponse[AccountDetailsDTO]]:
        """``AsyncAccount.update_information``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountDetailsDTO]]", self._resource.update_information(
            id=id,
            request_data=request_data,
        ))

    def delete(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncAccount.delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete(id=id))

    def cancel(self, id: str, request_data: AccountCancelDataDTO) -> Awaitable[RawResponse[AccountCancelResponseDTO]]:
        """``AsyncAccount.cancel``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountCancelResponseDTO]]", self._resource.cancel(
            id=id,
            request_data=request_data,
        ))

    def reactivate(
        self,
        id: str,
        request_data: AccountReactivateDataDTO,
    ) -> Awaitable[RawResponse[AccountReactiveResponseDTO]]:
        """``AsyncAccount.reactivate``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountReactiveResponseDTO]]", self._resource.reactivate(
            id=id,
            request_data=request_data,
        ))

    def reactivate_v3(
        self,
        id: str,
        request_data: AccountReactivateDataDTO,
    ) -> Awaitable[RawResponse[AccountReactiveResponseDTO]]:
        """``AsyncAccount.reactivate_v3``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountReactiveResponseDTO]]", self._resource.reactivate_v3(
            id=id,
            request_data=request_data,
        ))

    def purge(self, id: str) -> Awaitable[RawResponse[Dict[str, Any]]]:
        """``AsyncAccount.purge``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[Dict[str, Any]]]", self._resource.purge(id=id))

    def get_contacts(self, id: str) -> Awaitable[RawResponse[AccountContactsDTO]]:
        """``AsyncAccount.get_contacts``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountContactsDTO]]", self._resource.get_contacts(id=id))

    def get_contact_type(self, id: str, contact_type: str) -> Awaitable[RawResponse[AccountContactsDTO]]:
        """``AsyncAccount.get_contact_type``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountContactsDTO]]", self._resource.get_contact_type(
            id=id,
            contact_type=contact_type,
        ))

    def update_contact(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> Awaitable[RawResponse[AccountContactsUpdateDTO]]:
        """``AsyncAccount.update_contact``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountContactsUpdateDTO]]", self._resource.update_contact(
            id=id,
            contact_type=contact_type,
            request_data=request_data,
        ))

    def update_contact_v3(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> Awaitable[RawResponse[AccountContactsUpdateDTO]]:
        """``AsyncAccount.update_contact_v3``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountContactsUpdateDTO]]", self._resource.update_contact_v3(
            id=id,
            contact_type=contact_type,
            request_data=request_data,
        ))

    def modify_contact(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> Awaitable[RawResponse[AccountContactsUpdateDTO]]:
        """``AsyncAccount.modify_contact``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountContactsUpdateDTO]]", self._resource.modify_contact(
            id=id,
            contact_type=contact_type,
            request_data=request_data,
        ))

    def contact_delete(self, id: str, contact_type: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncAccount.contact_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.contact_delete(
            id=id,
            contact_type=contact_type,
        ))

    def address_details(self, id: str) -> Awaitable[RawResponse[AccountAddressDetailsDTO]]:
        """``AsyncAccount.address_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountAddressDetailsDTO]]", self._resource.address_details(id=id))

    def address_uuid_details(self, id: str, uuid: str) -> Awaitable[RawResponse[AccountAddressUuidDetailsDTO]]:
        """``AsyncAccount.address_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountAddressUuidDetailsDTO]]", self._resource.address_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def add_addresses(self, id: str, request_data: AccountAddressesAddDTO) -> Awaitable[RawResponse[AccountDetailsDTO]]:
        """``AsyncAccount.add_addresses``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountDetailsDTO]]", self._resource.add_addresses(
            id=id,
            request_data=request_data,
        ))

    def update_address(
        self,
        id: str,
        uuid: str,
        request_data: AccountAddressRequestDTO,
    ) -> Awaitable[RawResponse[AccountAddressResponseDTO]]:
        """``AsyncAccount.update_address``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountAddressResponseDTO]]", self._resource.update_address(
            id=id,
            uuid=uuid,
            request_data=request_data,
        ))

    def delete_address_uuid(self, id: str, uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncAccount.delete_address_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_address_uuid(id=id, uuid=uuid))

    def list_payment_method(self, account_id: str) -> Awaitable[RawResponse[PaymentMethodsListDTO]]:
        """``AsyncAccount.list_payment_method``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentMethodsListDTO]]", self._resource.list_payment_method(
            account_id=account_id,
        ))

    def payment_method_details(
        self,
        account_id: str,
        reference: str,
    ) -> Awaitable[RawResponse[PaymentMethodsDetailsDTO]]:
        """``AsyncAccount.payment_method_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentMethodsDetailsDTO]]", self._resource.payment_method_details(
            account_id=account_id,
            reference=reference,
        ))

    def add_payment_method(
        self,
        account_id: str,
        request_data: PaymentMethodsAddDTO,
    ) -> Awaitable[RawResponse[PaymentMethodsDetailsDTO]]:
        """``AsyncAccount.add_payment_method``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentMethodsDetailsDTO]]", self._resource.add_payment_method(
            account_id=account_id,
            request_data=request_data,
        ))

    def add_payment_card_method(
        self,
        account_id: str,
        request_data: PaymentCardMethodsAddDTO,
    ) -> Awaitable[RawResponse[PaymentMethodsDetailsDTO]]:
        """``AsyncAccount.add_payment_card_method``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentMethodsDetailsDTO]]", self._resource.add_payment_card_method(
            account_id=account_id,
            request_data=request_data,
        ))

    def add_payment_card_method_v3(
        self,
        account_id: str,
        request_data: PaymentCardMethodsAddDTO,
    ) -> Awaitable[RawResponse[PaymentMethodsDetailsDTO]]:
        """``AsyncAccount.add_payment_card_method_v3``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentMethodsDetailsDTO]]", self._resource.add_payment_card_method_v3(
            account_id=account_id,
            request_data=request_data,
        ))

    def update_payment_method(
        self,
        id: str,
        reference: str,
        request_data: PaymentMethodsAddDTO,
    ) -> Awaitable[RawResponse[PaymentMethodsDetailsDTO]]:
        """``AsyncAccount.update_payment_method``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[PaymentMethodsDetailsDTO]]", self._resource.update_payment_method(
            id=id,
            reference=reference,
            request_data=request_data,
        ))

    def delete_payment_method(self, account_id: str, reference: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncAccount.delete_payment_method``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_payment_method(
            account_id=account_id,
            reference=reference,
        ))

    def delete_payment_method_v3(self, account_id: str, reference: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncAccount.delete_payment_method_v3``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_payment_method_v3(
            account_id=account_id,
            reference=reference,
        ))

    def billing_preference_details(self, account_id: str) -> Awaitable[RawResponse[AccountDetailsDTO]]:
        """``AsyncAccount.billing_preference_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountDetailsDTO]]", self._resource.billing_preference_details(
            account_id=account_id,
        ))

    def update_billing_preferences(
        self,
        id: str,
        request_data: AccountBillingPreferencesRequestDTO,
    ) -> Awaitable[RawResponse[AccountBillingPreferencesResponseDTO]]:
        """``AsyncAccount.update_billing_preferences``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountBillingPreferencesResponseDTO]]", self._resource.update_billing_preferences(
            id=id,
            request_data=request_data,
        ))

    def note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountNoteDetailsDTO]]:
        """``AsyncAccount.note_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteDetailsDTO]]", self._resource.note_details(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def note_uuid_details(self, id: str, uuid: str) -> Awaitable[RawResponse[AccountNoteUuidDetailsDTO]]:
        """``AsyncAccount.note_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteUuidDetailsDTO]]", self._resource.note_uuid_details(
            id=id,
            uuid=uuid,
        ))

    def add_notes(
        self,
        file_url: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> Awaitable[RawResponse[AccountNoteResponseDetailsDTO]]:
        """``AsyncAccount.add_notes``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteResponseDetailsDTO]]", self._resource.add_notes(
            file_url=file_url,
            account_id=account_id,
            datas=datas,
        ))

    def delete_note_uuid(self, id: str, uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncAccount.delete_note_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_note_uuid(id=id, uuid=uuid))

    def note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[RawResponse[AccountNoteUuidFileDetailsDTO]]:
        """``AsyncAccount.note_uuid_files_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteUuidFileDetailsDTO]]", self._resource.note_uuid_files_details(
            id=id,
            uuid=uuid,
        ))

    def note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[RawResponse[AccountNoteUuidFileUuidDetailsDTO]]:
        """``AsyncAccount.note_uuid_files_uuid_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteUuidFileUuidDetailsDTO]]", self._resource.note_uuid_files_uuid_details(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def add_notes_uuid(
        self,
        file_url: FileArg,
        account_id: str,
        note_uuid: str,
    ) -> Awaitable[RawResponse[AccountNoteResponseDetailsDTO]]:
        """``AsyncAccount.add_notes_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountNoteResponseDetailsDTO]]", self._resource.add_notes_uuid(
            file_url=file_url,
            account_id=account_id,
            note_uuid=note_uuid,
        ))

    def delete_note_uuid_file_uuid(self, id: str, uuid: str, file_uuid: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncAccount.delete_note_uuid_file_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_note_uuid_file_uuid(
            id=id,
            uuid=uuid,
            file_uuid=file_uuid,
        ))

    def get_image(self, id: str) -> Awaitable[RawResponse[AccountImageDetailsDTO]]:
        """``AsyncAccount.get_image``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountImageDetailsDTO]]", self._resource.get_image(id=id))

    def add_image(self, file_url: str, account_id: str) -> Awaitable[RawResponse[AccountImageDetailsDTO]]:
        """``AsyncAccount.add_image``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountImageDetailsDTO]]", self._resource.add_image(
            file_url=file_url,
            account_id=account_id,
        ))

    def delete_image(self, id: str) -> Awaitable[RawResponse[DeleteResult]]:
        """``AsyncAccount.delete_image``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResult]]", self._resource.delete_image(id=id))

    def account_sent_email(
        self,
        file_url: Optional[str] = None,
        account_id: str = "",
        email_data: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[EmailSentResponseDTO]]:
        """``AsyncAccount.account_sent_email``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EmailSentResponseDTO]]", self._resource.account_sent_email(
            file_url=file_url,
            account_id=account_id,
            email_data=email_data,
        ))

    def account_get_email(self, id: str) -> Awaitable[RawResponse[EmailGetListResponseDTO]]:
        """``AsyncAccount.account_get_email``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EmailGetListResponseDTO]]", self._resource.account_get_email(id=id))

    def account_get_email_uuid(self, id: str, uuid: str) -> Awaitable[RawResponse[EmailGetDetailsResponseDTO]]:
        """``AsyncAccount.account_get_email_uuid``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[EmailGetDetailsResponseDTO]]", self._resource.account_get_email_uuid(
            id=id,
            uuid=uuid,
        ))

    def financial_summary(self) -> Awaitable[RawResponse[FinancialSummaryResponseDTO]]:
        """``AsyncAccount.financial_summary``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[FinancialSummaryResponseDTO]]", self._resource.financial_summary())

    def financial_summary_by_account(
        self,
        account_id: str,
    ) -> Awaitable[RawResponse[AccountFinancialSummaryResponseDTO]]:
        """``AsyncAccount.financial_summary_by_account``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountFinancialSummaryResponseDTO]]", self._resource.financial_summary_by_account(
            account_id=account_id,
        ))

    def orders_unlinked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountOrdersResponseDTO]]:
        """``AsyncAccount.orders_unlinked``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountOrdersResponseDTO]]", self._resource.orders_unlinked(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))

    def orders_linked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AccountOrdersResponseDTO]]:
        """``AsyncAccount.orders_linked``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AccountOrdersResponseDTO]]", self._resource.orders_linked(
            id=id,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            query_params=query_params,
        ))
