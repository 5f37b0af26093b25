"""``sdk.account``: the account operations, named and shaped as in the documented SDK."""

from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

from exsited import _args as args
from exsited._args import FileArg
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.account.dto.account_dto import (
    AccountAddressDetailsDTO,
    AccountAddressesAddDTO,
    AccountAddressRequestDTO,
    AccountAddressResponseDTO,
    AccountAddressUuidDetailsDTO,
    AccountBillingPreferencesRequestDTO,
    AccountBillingPreferencesResponseDTO,
    AccountCancelDataDTO,
    AccountCancelDTO,
    AccountCancelResponseDTO,
    AccountContactsDTO,
    AccountContactsUpdateDTO,
    AccountContactUpdateDTO,
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
    AccountReactivateDTO,
    AccountReactiveResponseDTO,
    AccountUpdateInformationDTO,
    AccountDataDTO,
    EmailGetDetailsResponseDTO,
    EmailGetListResponseDTO,
    EmailSentResponseDTO,
    FinancialSummaryResponseDTO,
    PaymentCardMethodsAddDTO,
    PaymentMethodsAddDTO,
    PaymentMethodsDetailsDTO,
    PaymentMethodsListDTO,
)
from exsited.common.ab_exception import UsageError
from exsited.exsited.common.common_enum import SortDirection

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


def note_call(file_url: FileArg, account_id: Any, datas: Any, name: str) -> Call:
    """POST accounts/{id}/notes: the note text and up to 8 files."""
    parts = [("text", "note", args.text("datas", datas))]
    parts += [("file", "file", p) for p in args.files(name, file_url)]
    return Call("notes.add", [args.ident("account_id", account_id)], parts=parts, answer=AccountNoteResponseDetailsDTO)


def note_files_call(file_url: FileArg, account_id: Any, note_uuid: Any, name: str) -> Call:
    """POST accounts/{id}/notes/{uuid}/files: one ``file`` part per file."""
    path = [args.ident("account_id", account_id), args.ident("note_uuid", note_uuid)]
    parts = [("file", "file", p) for p in args.files(name, file_url, required=True)]
    return Call("notes.add_files", path, parts=parts, answer=AccountNoteResponseDetailsDTO)


class NoteReads(Resource):
    """Note reads that ``sdk.account`` and ``sdk.notes`` both offer under the same names."""

    def note_uuid_details(self, id: str, uuid: str) -> AccountNoteUuidDetailsDTO:
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes.details", path, answer=AccountNoteUuidDetailsDTO))

    def note_uuid_files_details(self, id: str, uuid: str) -> AccountNoteUuidFileDetailsDTO:
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes.files", path, answer=AccountNoteUuidFileDetailsDTO))

    def note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> AccountNoteUuidFileUuidDetailsDTO:
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes.file_details", path, answer=AccountNoteUuidFileUuidDetailsDTO))


class Account(NoteReads):
    # -- accounts ---------------------------------------------------------------------
    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AccountListDTO:
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return self._run(Call("accounts.list", query=query, answer=AccountListDTO))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AccountDataDTO]:
        """Every account, fetched lazily page by page (``limit`` = page size)."""
        query = args.listing(None, None, direction, order_by)
        return self._iterate(Listing("accounts.list", [], query, limit, offset, AccountDataDTO))

    def details(self, id: str) -> AccountDetailsDTO:
        return self._run(Call("accounts.details", [args.ident("id", id)], answer=AccountDetailsDTO))

    def details_information(self, id: str) -> AccountDetailsDTO:
        return self._run(Call("accounts.information", [args.ident("id", id)], answer=AccountDetailsDTO))

    def create(self, request_data: AccountCreateDTO) -> AccountDetailsDTO:
        body = args.body("request_data", request_data, (AccountCreateDTO,))
        return self._run(Call("accounts.create", body=body, answer=AccountDetailsDTO))

    def create_v3(self, request_data: AccountCreateDTO) -> AccountDetailsDTO:
        body = args.body("request_data", request_data, (AccountCreateDTO,))
        return self._run(Call("accounts.create", body=body, version="v3", answer=AccountDetailsDTO))

    def update_information(self, id: str, request_data: AccountUpdateInformationDTO) -> AccountDetailsDTO:
        body = args.body("request_data", request_data, (AccountUpdateInformationDTO,))
        call = Call("accounts.update_information", [args.ident("id", id)], body=body, answer=AccountDetailsDTO)
        return self._run(call)

    def delete(self, id: str) -> DeleteResult:
        return self._run(Call("accounts.delete", [args.ident("id", id)]))

    def cancel(self, id: str, request_data: AccountCancelDataDTO) -> AccountCancelResponseDTO:
        body = args.wrapped("account", args.body("request_data", request_data, (AccountCancelDataDTO, AccountCancelDTO)))
        call = Call("accounts.cancel", [args.ident("id", id)], body=body, answer=AccountCancelResponseDTO)
        return self._run(call)

    def reactivate(self, id: str, request_data: AccountReactivateDataDTO) -> AccountReactiveResponseDTO:
        return self._reactivate(id, request_data, None)

    def reactivate_v3(self, id: str, request_data: AccountReactivateDataDTO) -> AccountReactiveResponseDTO:
        return self._reactivate(id, request_data, "v3")

    def _reactivate(self, id: Any, request_data: Any, version: Optional[str]) -> Any:
        expected = (AccountReactivateDataDTO, AccountReactivateDTO)
        body = args.wrapped("account", args.body("request_data", request_data, expected))
        call = Call("accounts.reactivate", [args.ident("id", id)], body=body, version=version, answer=AccountReactiveResponseDTO)
        return self._run(call)

    def purge(self, id: str) -> Dict[str, Any]:
        return self._run(Call("accounts.purge", [args.ident("id", id)]))

    # -- contacts ---------------------------------------------------------------------
    def get_contacts(self, id: str) -> AccountContactsDTO:
        return self._run(Call("contacts.list", [args.ident("id", id)], answer=AccountContactsDTO))

    def get_contact_type(self, id: str, contact_type: str) -> AccountContactsDTO:
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        return self._run(Call("contacts.details", path, answer=AccountContactsDTO))

    def update_contact(self, id: str, contact_type: str, request_data: AccountContactUpdateDTO) -> AccountContactsUpdateDTO:
        return self._contact("contacts.replace", id, contact_type, request_data, None)

    def update_contact_v3(self, id: str, contact_type: str, request_data: AccountContactUpdateDTO) -> AccountContactsUpdateDTO:
        return self._contact("contacts.replace", id, contact_type, request_data, "v3")

    def modify_contact(self, id: str, contact_type: str, request_data: AccountContactUpdateDTO) -> AccountContactsUpdateDTO:
        return self._contact("contacts.modify", id, contact_type, request_data, None)

    def _contact(self, operation: str, id: Any, contact_type: Any, request_data: Any, version: Optional[str]) -> Any:
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        body = args.body("request_data", request_data, (AccountContactUpdateDTO,))
        return self._run(Call(operation, path, body=body, version=version, answer=AccountContactsUpdateDTO))

    def contact_delete(self, id: str, contact_type: str) -> DeleteResult:
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        return self._run(Call("contacts.delete", path))

    # -- addresses --------------------------------------------------------------------
    def address_details(self, id: str) -> AccountAddressDetailsDTO:
        return self._run(Call("addresses.list", [args.ident("id", id)], answer=AccountAddressDetailsDTO))

    def address_uuid_details(self, id: str, uuid: str) -> AccountAddressUuidDetailsDTO:
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("addresses.details", path, answer=AccountAddressUuidDetailsDTO))

    def add_addresses(self, id: str, request_data: AccountAddressesAddDTO) -> AccountDetailsDTO:
        body = args.body("request_data", request_data, (AccountAddressesAddDTO,))
        return self._run(Call("addresses.add", [args.ident("id", id)], body=body, answer=AccountDetailsDTO))

    def update_address(self, id: str, uuid: str, request_data: AccountAddressRequestDTO) -> AccountAddressResponseDTO:
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (AccountAddressRequestDTO,))
        return self._run(Call("addresses.update", path, body=body, answer=AccountAddressResponseDTO))

    def delete_address_uuid(self, id: str, uuid: str) -> DeleteResult:
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("addresses.delete", path))

    # -- payment methods --------------------------------------------------------------
    def list_payment_method(self, account_id: str) -> PaymentMethodsListDTO:
        path = [args.ident("account_id", account_id)]
        return self._run(Call("payment_methods.list", path, answer=PaymentMethodsListDTO))

    def payment_method_details(self, account_id: str, reference: str) -> PaymentMethodsDetailsDTO:
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return self._run(Call("payment_methods.details", path, answer=PaymentMethodsDetailsDTO))

    def add_payment_method(self, account_id: str, request_data: PaymentMethodsAddDTO) -> PaymentMethodsDetailsDTO:
        return self._add_payment(account_id, request_data, (PaymentMethodsAddDTO, PaymentCardMethodsAddDTO), None)

    def add_payment_card_method(self, account_id: str, request_data: PaymentCardMethodsAddDTO) -> PaymentMethodsDetailsDTO:
        return self._add_payment(account_id, request_data, (PaymentCardMethodsAddDTO, PaymentMethodsAddDTO), None)

    def add_payment_card_method_v3(self, account_id: str, request_data: PaymentCardMethodsAddDTO) -> PaymentMethodsDetailsDTO:
        return self._add_payment(account_id, request_data, (PaymentCardMethodsAddDTO, PaymentMethodsAddDTO), "v3")

    def _add_payment(self, account_id: Any, request_data: Any, expected: Tuple[type, ...], version: Optional[str]) -> Any:
        body = args.body("request_data", request_data, expected)
        path = [args.ident("account_id", account_id)]
        return self._run(Call("payment_methods.add", path, body=body, version=version, answer=PaymentMethodsDetailsDTO))

    def update_payment_method(self, id: str, reference: str, request_data: PaymentMethodsAddDTO) -> PaymentMethodsDetailsDTO:
        path = [args.ident("id", id), args.ident("reference", reference)]
        body = args.body("request_data", request_data, (PaymentMethodsAddDTO, PaymentCardMethodsAddDTO))
        return self._run(Call("payment_methods.update", path, body=body, answer=PaymentMethodsDetailsDTO))

    def delete_payment_method(self, account_id: str, reference: str) -> DeleteResult:
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return self._run(Call("payment_methods.delete", path))

    def delete_payment_method_v3(self, account_id: str, reference: str) -> DeleteResult:
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return self._run(Call("payment_methods.delete", path, version="v3"))

    # -- billing preferences ----------------------------------------------------------
    def billing_preference_details(self, account_id: str) -> AccountDetailsDTO:
        path = [args.ident("account_id", account_id)]
        return self._run(Call("billing_preferences.details", path, answer=AccountDetailsDTO))

    def update_billing_preferences(
        self, id: str, request_data: AccountBillingPreferencesRequestDTO
    ) -> AccountBillingPreferencesResponseDTO:
        body = args.body("request_data", request_data, (AccountBillingPreferencesRequestDTO,))
        call = Call("billing_preferences.update", [args.ident("id", id)], body=body, answer=AccountBillingPreferencesResponseDTO)
        return self._run(call)

    # -- notes ------------------------------------------------------------------------
    def note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AccountNoteDetailsDTO:
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return self._run(Call("notes.list", [args.ident("id", id)], query=query, answer=AccountNoteDetailsDTO))

    def add_notes(self, file_url: FileArg = None, account_id: str = "", datas: str = "") -> AccountNoteResponseDetailsDTO:
        return self._run(note_call(file_url, account_id, datas, "file_url"))

    def delete_note_uuid(self, id: str, uuid: str) -> DeleteResult:
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("notes.delete", path))

    def add_notes_uuid(self, file_url: FileArg, account_id: str, note_uuid: str) -> AccountNoteResponseDetailsDTO:
        return self._run(note_files_call(file_url, account_id, note_uuid, "file_url"))

    def delete_note_uuid_file_uuid(self, id: str, uuid: str, file_uuid: str) -> DeleteResult:
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return self._run(Call("notes.delete_file", path))

    # -- image ------------------------------------------------------------------------
    def get_image(self, id: str) -> AccountImageDetailsDTO:
        return self._run(Call("image.details", [args.ident("id", id)], answer=AccountImageDetailsDTO))

    def add_image(self, file_url: str, account_id: str) -> AccountImageDetailsDTO:
        images = args.files("file_url", file_url, required=True)
        if len(images) != 1:
            raise UsageError(f"file_url: an account has one image, got {len(images)} files")
        path = [args.ident("account_id", account_id)]
        return self._run(Call("image.add", path, parts=[("file", "image", images[0])], answer=AccountImageDetailsDTO))

    def delete_image(self, id: str) -> DeleteResult:
        return self._run(Call("image.delete", [args.ident("id", id)]))

    # -- communications ---------------------------------------------------------------
    def account_sent_email(
        self, file_url: Optional[str] = None, account_id: str = "", email_data: Optional[Dict[str, Any]] = None
    ) -> EmailSentResponseDTO:
        if not isinstance(email_data, dict):
            got = "None" if email_data is None else type(email_data).__name__
            raise UsageError(f"email_data must be a dict with to, cc, bcc, subject and body, got {got}")
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = [
            ("text", "to", args.comma_joined(email_data.get("to"))),
            ("text", "cc", args.comma_joined(email_data.get("cc"))),
            ("text", "bcc", args.comma_joined(email_data.get("bcc"))),
            ("text", "subject", args.text("email_data['subject']", email_data.get("subject"))),
            ("text", "body", args.text("email_data['body']", email_data.get("body"))),
        ]
        parts += [("file", "attachment", p) for p in args.files("file_url", file_url)]
        return self._run(Call("emails.send", path, parts=parts, answer=EmailSentResponseDTO))

    def account_get_email(self, id: str) -> EmailGetListResponseDTO:
        return self._run(Call("emails.list", [args.ident("id", id)], answer=EmailGetListResponseDTO))

    def account_get_email_uuid(self, id: str, uuid: str) -> EmailGetDetailsResponseDTO:
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return self._run(Call("emails.details", path, answer=EmailGetDetailsResponseDTO))

    # -- financial summary and orders -------------------------------------------------
    def financial_summary(self) -> FinancialSummaryResponseDTO:
        return self._run(Call("financial_summary.all", answer=FinancialSummaryResponseDTO))

    def financial_summary_by_account(self, account_id: str) -> AccountFinancialSummaryResponseDTO:
        path = [args.ident("account_id", account_id)]
        return self._run(Call("financial_summary.account", path, answer=AccountFinancialSummaryResponseDTO))

    def orders_unlinked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountOrdersResponseDTO:
        query = args.listing(limit, offset, direction, order_by, query_params)
        return self._run(Call("orders.unlinked", [args.ident("id", id)], query=query, answer=AccountOrdersResponseDTO))

    def orders_linked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountOrdersResponseDTO:
        query = args.listing(limit, offset, direction, order_by, query_params)
        return self._run(Call("orders.linked", [args.ident("id", id)], query=query, answer=AccountOrdersResponseDTO))
