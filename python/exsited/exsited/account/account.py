# generated from api/ — do not edit; run `make generate`
"""``sdk.account``: the account operations, named and shaped as in the documented SDK."""

from typing import TYPE_CHECKING, Any, AsyncIterator, Awaitable, Dict, Iterator, List, Optional, Tuple, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
from exsited.exsited.account.dto.account_dto import (
    AccountAddressDetailsDTO,
    AccountAddressRequestDTO,
    AccountAddressResponseDTO,
    AccountAddressUuidDetailsDTO,
    AccountAddressesAddDTO,
    AccountBillingPreferencesRequestDTO,
    AccountBillingPreferencesResponseDTO,
    AccountCancelDTO,
    AccountCancelDataDTO,
    AccountCancelResponseDTO,
    AccountContactUpdateDTO,
    AccountContactsDTO,
    AccountContactsUpdateDTO,
    AccountCreateDTO,
    AccountDataDTO,
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
    AccountReactivateDTO,
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

if TYPE_CHECKING:
    from exsited.exsited.account.account_raw import AccountRaw, AsyncAccountRaw
    from exsited.exsited.notes.dto.notes_dto import NoteDataDTO
    from exsited.exsited.order.dto.order_dto import OrderDataDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Account(Resource):
    """``sdk.account``: the account operations, named and shaped as in the documented SDK."""

    @property
    def with_raw_response(self) -> "AccountRaw":
        """The same methods (but ``iter_all``), each answering a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.account.account_raw import AccountRaw

        return AccountRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AccountListDTO:
        """One page of accounts.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/accounts``

        Returns:
            AccountListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return cast("AccountListDTO", self._run(Call("accounts.list", query=query, answer=AccountListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[AccountDataDTO]:
        """Every account, fetched lazily page by page (``limit`` = page size).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounts``

        Yields:
            AccountDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[AccountDataDTO]", self._iterate(Listing(Call("accounts.list", [], query), limit, offset, AccountDataDTO)))

    def details(self, id: str) -> AccountDetailsDTO:
        """Reads an account.

        HTTP: ``GET /api/v3/accounts/{id}``

        Returns:
            AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("AccountDetailsDTO", self._run(Call("accounts.details", path, answer=AccountDetailsDTO)))

    def details_information(self, id: str) -> AccountDetailsDTO:
        """Reads the information of an account.

        HTTP: ``GET /api/v3/accounts/{id}/information``

        Returns:
            AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("AccountDetailsDTO", self._run(Call("accounts.information", path, answer=AccountDetailsDTO)))

    def create(self, request_data: AccountCreateDTO) -> AccountDetailsDTO:
        """Creates an account.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/accounts`` (json body)

        Returns:
            AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (AccountCreateDTO,))
        return cast("AccountDetailsDTO", self._run(Call("accounts.create", body=body, answer=AccountDetailsDTO)))

    def create_v3(self, request_data: AccountCreateDTO) -> AccountDetailsDTO:
        """Creates an account.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/accounts`` (json body)

        Returns:
            AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (AccountCreateDTO,))
        return cast("AccountDetailsDTO", self._run(Call("accounts.create", body=body, version="v3", answer=AccountDetailsDTO)))

    def update_information(self, id: str, request_data: AccountUpdateInformationDTO) -> AccountDetailsDTO:
        """Updates the information of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/accounts/{id}/information`` (json body)

        Returns:
            AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountUpdateInformationDTO,))
        return cast("AccountDetailsDTO", self._run(Call("accounts.update_information", path, body=body, answer=AccountDetailsDTO)))

    def delete(self, id: str) -> DeleteResult:
        """Deletes an account.

        HTTP: ``DELETE /api/v3/accounts/{id}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("accounts.delete", path)))

    def cancel(self, id: str, request_data: AccountCancelDataDTO) -> AccountCancelResponseDTO:
        """Cancels an account.

        ``request_data`` is the JSON body's ``account`` object.

        HTTP: ``POST /api/v3/accounts/{id}/cancel`` (json body)

        Returns:
            AccountCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountCancelDataDTO, AccountCancelDTO))
        return cast("AccountCancelResponseDTO", self._run(Call("accounts.cancel", path, body=body, wrap=True, answer=AccountCancelResponseDTO)))

    def reactivate(self, id: str, request_data: AccountReactivateDataDTO) -> AccountReactiveResponseDTO:
        """Reactivates an account.

        ``request_data`` is the JSON body's ``account`` object.

        HTTP: ``POST /api/v2/accounts/{id}/reactivate`` (json body)

        Returns:
            AccountReactiveResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountReactivateDataDTO, AccountReactivateDTO))
        return cast("AccountReactiveResponseDTO", self._run(Call("accounts.reactivate", path, body=body, wrap=True, answer=AccountReactiveResponseDTO)))

    def reactivate_v3(self, id: str, request_data: AccountReactivateDataDTO) -> AccountReactiveResponseDTO:
        """Reactivates an account.

        ``request_data`` is the JSON body's ``account`` object.

        HTTP: ``POST /api/v3/accounts/{id}/reactivate`` (json body)

        Returns:
            AccountReactiveResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountReactivateDataDTO, AccountReactivateDTO))
        return cast("AccountReactiveResponseDTO", self._run(Call("accounts.reactivate", path, body=body, wrap=True, version="v3", answer=AccountReactiveResponseDTO)))

    def purge(self, id: str) -> Dict[str, Any]:
        """Purges an account.

        HTTP: ``POST /api/v3/accounts/{id}/purge``

        Returns:
            Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("id", id)]
        return cast("Dict[str, Any]", self._run(Call("accounts.purge", path)))

    def get_contacts(self, id: str) -> AccountContactsDTO:
        """Reads the contacts of an account.

        HTTP: ``GET /api/v3/accounts/{id}/contacts``

        Returns:
            AccountContactsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("AccountContactsDTO", self._run(Call("contacts.list", path, answer=AccountContactsDTO)))

    def get_contact_type(self, id: str, contact_type: str) -> AccountContactsDTO:
        """Reads a contact of an account.

        HTTP: ``GET /api/v3/accounts/{id}/contacts/{contact_type}``

        Returns:
            AccountContactsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        return cast("AccountContactsDTO", self._run(Call("contacts.details", path, answer=AccountContactsDTO)))

    def update_contact(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> AccountContactsUpdateDTO:
        """Replaces a contact of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v2/accounts/{id}/contacts/{contact_type}`` (json body)

        Returns:
            AccountContactsUpdateDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        body = args.body("request_data", request_data, (AccountContactUpdateDTO,))
        return cast("AccountContactsUpdateDTO", self._run(Call("contacts.replace", path, body=body, answer=AccountContactsUpdateDTO)))

    def update_contact_v3(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> AccountContactsUpdateDTO:
        """Replaces a contact of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v3/accounts/{id}/contacts/{contact_type}`` (json body)

        Returns:
            AccountContactsUpdateDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        body = args.body("request_data", request_data, (AccountContactUpdateDTO,))
        return cast("AccountContactsUpdateDTO", self._run(Call("contacts.replace", path, body=body, version="v3", answer=AccountContactsUpdateDTO)))

    def modify_contact(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> AccountContactsUpdateDTO:
        """Updates a contact of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/accounts/{id}/contacts/{contact_type}`` (json body)

        Returns:
            AccountContactsUpdateDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        body = args.body("request_data", request_data, (AccountContactUpdateDTO,))
        return cast("AccountContactsUpdateDTO", self._run(Call("contacts.modify", path, body=body, answer=AccountContactsUpdateDTO)))

    def contact_delete(self, id: str, contact_type: str) -> DeleteResult:
        """Deletes a contact of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/contacts/{contact_type}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        return cast("DeleteResult", self._run(Call("contacts.delete", path)))

    def address_details(self, id: str) -> AccountAddressDetailsDTO:
        """Reads the addresses of an account.

        HTTP: ``GET /api/v3/accounts/{id}/addresses``

        Returns:
            AccountAddressDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("AccountAddressDetailsDTO", self._run(Call("addresses.list", path, answer=AccountAddressDetailsDTO)))

    def address_uuid_details(self, id: str, uuid: str) -> AccountAddressUuidDetailsDTO:
        """Reads an address of an account.

        HTTP: ``GET /api/v3/accounts/{id}/addresses/{uuid}``

        Returns:
            AccountAddressUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("AccountAddressUuidDetailsDTO", self._run(Call("addresses.details", path, answer=AccountAddressUuidDetailsDTO)))

    def add_addresses(self, id: str, request_data: AccountAddressesAddDTO) -> AccountDetailsDTO:
        """Adds an address to an account.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/accounts/{id}/addresses`` (json body)

        Returns:
            AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountAddressesAddDTO,))
        return cast("AccountDetailsDTO", self._run(Call("addresses.add", path, body=body, answer=AccountDetailsDTO)))

    def update_address(self, id: str, uuid: str, request_data: AccountAddressRequestDTO) -> AccountAddressResponseDTO:
        """Updates an address of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/accounts/{id}/addresses/{uuid}`` (json body)

        Returns:
            AccountAddressResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (AccountAddressRequestDTO,))
        return cast("AccountAddressResponseDTO", self._run(Call("addresses.update", path, body=body, answer=AccountAddressResponseDTO)))

    def delete_address_uuid(self, id: str, uuid: str) -> DeleteResult:
        """Deletes an address of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/addresses/{uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("addresses.delete", path)))

    def list_payment_method(self, account_id: str) -> PaymentMethodsListDTO:
        """Reads the payment methods of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``GET /api/v2/accounts/{id}/payment-methods``

        Returns:
            PaymentMethodsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        return cast("PaymentMethodsListDTO", self._run(Call("payment_methods.list", path, answer=PaymentMethodsListDTO)))

    def payment_method_details(self, account_id: str, reference: str) -> PaymentMethodsDetailsDTO:
        """Reads a payment method of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``GET /api/v2/accounts/{id}/payment-methods/{reference}``

        Returns:
            PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return cast("PaymentMethodsDetailsDTO", self._run(Call("payment_methods.details", path, answer=PaymentMethodsDetailsDTO)))

    def add_payment_method(self, account_id: str, request_data: PaymentMethodsAddDTO) -> PaymentMethodsDetailsDTO:
        """Adds a payment method to an account.

        ``account_id`` fills ``{id}``; ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/accounts/{id}/payment-methods`` (json body)

        Returns:
            PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        body = args.body("request_data", request_data, (PaymentMethodsAddDTO, PaymentCardMethodsAddDTO))
        return cast("PaymentMethodsDetailsDTO", self._run(Call("payment_methods.add", path, body=body, answer=PaymentMethodsDetailsDTO)))

    def add_payment_card_method(
        self,
        account_id: str,
        request_data: PaymentCardMethodsAddDTO,
    ) -> PaymentMethodsDetailsDTO:
        """Adds a payment method to an account.

        ``account_id`` fills ``{id}``; ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/accounts/{id}/payment-methods`` (json body)

        Returns:
            PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        body = args.body("request_data", request_data, (PaymentCardMethodsAddDTO, PaymentMethodsAddDTO))
        return cast("PaymentMethodsDetailsDTO", self._run(Call("payment_methods.add", path, body=body, answer=PaymentMethodsDetailsDTO)))

    def add_payment_card_method_v3(
        self,
        account_id: str,
        request_data: PaymentCardMethodsAddDTO,
    ) -> PaymentMethodsDetailsDTO:
        """Adds a payment method to an account.

        ``account_id`` fills ``{id}``; ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/accounts/{id}/payment-methods`` (json body)

        Returns:
            PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        body = args.body("request_data", request_data, (PaymentCardMethodsAddDTO, PaymentMethodsAddDTO))
        return cast("PaymentMethodsDetailsDTO", self._run(Call("payment_methods.add", path, body=body, version="v3", answer=PaymentMethodsDetailsDTO)))

    def update_payment_method(
        self,
        id: str,
        reference: str,
        request_data: PaymentMethodsAddDTO,
    ) -> PaymentMethodsDetailsDTO:
        """Updates a payment method of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/accounts/{id}/payment-methods/{reference}`` (json body)

        Returns:
            PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("reference", reference)]
        body = args.body("request_data", request_data, (PaymentMethodsAddDTO, PaymentCardMethodsAddDTO))
        return cast("PaymentMethodsDetailsDTO", self._run(Call("payment_methods.update", path, body=body, answer=PaymentMethodsDetailsDTO)))

    def delete_payment_method(self, account_id: str, reference: str) -> DeleteResult:
        """Deletes a payment method of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``DELETE /api/v2/accounts/{id}/payment-methods/{reference}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return cast("DeleteResult", self._run(Call("payment_methods.delete", path)))

    def delete_payment_method_v3(self, account_id: str, reference: str) -> DeleteResult:
        """Deletes a payment method of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``DELETE /api/v3/accounts/{id}/payment-methods/{reference}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return cast("DeleteResult", self._run(Call("payment_methods.delete", path, version="v3")))

    def billing_preference_details(self, account_id: str) -> AccountDetailsDTO:
        """Reads the billing preferences of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``GET /api/v3/accounts/{id}/billing-preferences``

        Returns:
            AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        return cast("AccountDetailsDTO", self._run(Call("billing_preferences.details", path, answer=AccountDetailsDTO)))

    def update_billing_preferences(
        self,
        id: str,
        request_data: AccountBillingPreferencesRequestDTO,
    ) -> AccountBillingPreferencesResponseDTO:
        """Replaces the billing preferences of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v3/accounts/{id}/billing-preferences`` (json body)

        Returns:
            AccountBillingPreferencesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountBillingPreferencesRequestDTO,))
        return cast("AccountBillingPreferencesResponseDTO", self._run(Call("billing_preferences.update", path, body=body, answer=AccountBillingPreferencesResponseDTO)))

    def note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> AccountNoteDetailsDTO:
        """Lists the notes of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{id}/notes``

        Returns:
            AccountNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return cast("AccountNoteDetailsDTO", self._run(Call("notes.list", path, query=query, answer=AccountNoteDetailsDTO)))

    def note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator["NoteDataDTO"]:
        """Every note of the account, fetched lazily page by page (``limit`` = page size).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[NoteDataDTO]", self._iterate(Listing(Call("notes.list", path, query), limit, offset, "exsited.exsited.notes.dto.notes_dto:NoteDataDTO")))

    def note_uuid_details(self, id: str, uuid: str) -> AccountNoteUuidDetailsDTO:
        """Reads a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}``

        Returns:
            AccountNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("AccountNoteUuidDetailsDTO", self._run(Call("notes.details", path, answer=AccountNoteUuidDetailsDTO)))

    def add_notes(
        self,
        file_url: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> AccountNoteResponseDetailsDTO:
        """Adds a note to an account.

        ``file_url`` is sent as ``file`` parts (each under its base name, at most 8); ``account_id``
        fills ``{id}``; ``datas`` is sent as the ``note`` part.

        HTTP: ``POST /api/v3/accounts/{id}/notes`` (multipart body)

        Returns:
            AccountNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_url", file_url)]
        return cast("AccountNoteResponseDetailsDTO", self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def delete_note_uuid(self, id: str, uuid: str) -> DeleteResult:
        """Deletes a note of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/notes/{uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("DeleteResult", self._run(Call("notes.delete", path)))

    def note_uuid_files_details(self, id: str, uuid: str) -> AccountNoteUuidFileDetailsDTO:
        """Reads the files of a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}/files``

        Returns:
            AccountNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("AccountNoteUuidFileDetailsDTO", self._run(Call("notes.files", path, answer=AccountNoteUuidFileDetailsDTO)))

    def note_uuid_files_uuid_details(self, id: str, uuid: str, file_uuid: str) -> AccountNoteUuidFileUuidDetailsDTO:
        """Reads a file of a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            AccountNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("AccountNoteUuidFileUuidDetailsDTO", self._run(Call("notes.file_details", path, answer=AccountNoteUuidFileUuidDetailsDTO)))

    def add_notes_uuid(self, file_url: FileArg, account_id: str, note_uuid: str) -> AccountNoteResponseDetailsDTO:
        """Adds a file to a note of an account.

        ``file_url`` is sent as ``file`` parts (each under its base name, at most 8); ``account_id``
        fills ``{id}``; ``note_uuid`` fills ``{uuid}``.

        HTTP: ``POST /api/v3/accounts/{id}/notes/{uuid}/files`` (multipart body)

        Returns:
            AccountNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_url", file_url)]
        return cast("AccountNoteResponseDetailsDTO", self._run(Call("notes.add_files", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def delete_note_uuid_file_uuid(self, id: str, uuid: str, file_uuid: str) -> DeleteResult:
        """Deletes a file of a note of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("DeleteResult", self._run(Call("notes.delete_file", path)))

    def get_image(self, id: str) -> AccountImageDetailsDTO:
        """Reads the image of an account.

        HTTP: ``GET /api/v3/accounts/{id}/image``

        Returns:
            AccountImageDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("AccountImageDetailsDTO", self._run(Call("image.details", path, answer=AccountImageDetailsDTO)))

    def add_image(self, file_url: str, account_id: str) -> AccountImageDetailsDTO:
        """Creates the image of an account.

        ``file_url`` is sent as ``image`` parts (each under its base name, at most 1);
        ``account_id`` fills ``{id}``.

        HTTP: ``POST /api/v3/accounts/{id}/image`` (multipart body)

        Returns:
            AccountImageDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "image", f) for f in args.files("file_url", file_url)]
        return cast("AccountImageDetailsDTO", self._run(Call("image.add", path, parts=parts, answer=AccountImageDetailsDTO)))

    def delete_image(self, id: str) -> DeleteResult:
        """Deletes the image of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/image``

        Returns:
            DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("DeleteResult", self._run(Call("image.delete", path)))

    def account_sent_email(
        self,
        file_url: Optional[str] = None,
        account_id: str = "",
        email_data: Optional[Dict[str, Any]] = None,
    ) -> EmailSentResponseDTO:
        """Adds an email to the communications of an account.

        ``file_url`` is sent as ``attachment`` parts (each under its base name); ``account_id``
        fills ``{id}``; the keys of ``email_data`` are sent as text parts.

        HTTP: ``POST /api/v3/accounts/{id}/communications/emails`` (multipart body)

        Returns:
            EmailSentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts += args.text_fields("email_data", email_data, {"to": ",", "cc": ",", "bcc": ","})
        parts += [("file", "attachment", f) for f in args.files("file_url", file_url)]
        return cast("EmailSentResponseDTO", self._run(Call("emails.send", path, parts=parts, answer=EmailSentResponseDTO)))

    def account_get_email(self, id: str) -> EmailGetListResponseDTO:
        """Reads the emails in the communications of an account.

        HTTP: ``GET /api/v3/accounts/{id}/communications/emails``

        Returns:
            EmailGetListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("EmailGetListResponseDTO", self._run(Call("emails.list", path, answer=EmailGetListResponseDTO)))

    def account_get_email_uuid(self, id: str, uuid: str) -> EmailGetDetailsResponseDTO:
        """Reads an email in the communications of an account.

        HTTP: ``GET /api/v3/accounts/{id}/communications/emails/{uuid}``

        Returns:
            EmailGetDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("EmailGetDetailsResponseDTO", self._run(Call("emails.details", path, answer=EmailGetDetailsResponseDTO)))

    def financial_summary(self) -> FinancialSummaryResponseDTO:
        """Reads the financial summary in the accounts.

        HTTP: ``GET /api/v2/accounts/financial-summary``

        Returns:
            FinancialSummaryResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        return cast("FinancialSummaryResponseDTO", self._run(Call("financial_summary.all", answer=FinancialSummaryResponseDTO)))

    def financial_summary_by_account(self, account_id: str) -> AccountFinancialSummaryResponseDTO:
        """Reads the financial summary of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``GET /api/v2/accounts/{id}/financial-summary``

        Returns:
            AccountFinancialSummaryResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        return cast("AccountFinancialSummaryResponseDTO", self._run(Call("financial_summary.account", path, answer=AccountFinancialSummaryResponseDTO)))

    def orders_unlinked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountOrdersResponseDTO:
        """Lists the unlinked in the orders of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{id}/orders/unlinked``

        Returns:
            AccountOrdersResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, query_params)
        return cast("AccountOrdersResponseDTO", self._run(Call("orders.unlinked", path, query=query, answer=AccountOrdersResponseDTO)))

    def orders_unlinked_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator["OrderDataDTO"]:
        """Every order not yet linked to the account, fetched lazily page by page (``limit`` = page size).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/orders/unlinked``

        Yields:
            OrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[OrderDataDTO]", self._iterate(Listing(Call("orders.unlinked", path, query), limit, offset, "exsited.exsited.order.dto.order_dto:OrderDataDTO")))

    def orders_linked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> AccountOrdersResponseDTO:
        """Lists the linked in the orders of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{id}/orders/linked``

        Returns:
            AccountOrdersResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, query_params)
        return cast("AccountOrdersResponseDTO", self._run(Call("orders.linked", path, query=query, answer=AccountOrdersResponseDTO)))

    def orders_linked_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator["OrderDataDTO"]:
        """Every order linked to the account, fetched lazily page by page (``limit`` = page size).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/orders/linked``

        Yields:
            OrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[OrderDataDTO]", self._iterate(Listing(Call("orders.linked", path, query), limit, offset, "exsited.exsited.order.dto.order_dto:OrderDataDTO")))


class AsyncAccount(Resource):
    """``sdk.account``: the account operations, named and shaped as in the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    @property
    def with_raw_response(self) -> "AsyncAccountRaw":
        """The same methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``
        (``.status_code``, ``.headers``, ``.request_id``, ``.parse()``)."""
        from exsited.exsited.account.account_raw import AsyncAccountRaw

        return AsyncAccountRaw(self._raw_copy())

    def list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountListDTO]:
        """One page of accounts.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v2/accounts``

        Returns:
            Awaitable of AccountListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return cast("Awaitable[AccountListDTO]", self._run(Call("accounts.list", query=query, answer=AccountListDTO)))

    def iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[AccountDataDTO]:
        """Every account, fetched lazily page by page (``limit`` = page size).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v2/accounts``

        Yields:
            AccountDataDTO: each record, the next page fetched when the last one is used up.
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[AccountDataDTO]", self._iterate(Listing(Call("accounts.list", [], query), limit, offset, AccountDataDTO)))

    def details(self, id: str) -> Awaitable[AccountDetailsDTO]:
        """Reads an account.

        HTTP: ``GET /api/v3/accounts/{id}``

        Returns:
            Awaitable of AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[AccountDetailsDTO]", self._run(Call("accounts.details", path, answer=AccountDetailsDTO)))

    def details_information(self, id: str) -> Awaitable[AccountDetailsDTO]:
        """Reads the information of an account.

        HTTP: ``GET /api/v3/accounts/{id}/information``

        Returns:
            Awaitable of AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[AccountDetailsDTO]", self._run(Call("accounts.information", path, answer=AccountDetailsDTO)))

    def create(self, request_data: AccountCreateDTO) -> Awaitable[AccountDetailsDTO]:
        """Creates an account.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/accounts`` (json body)

        Returns:
            Awaitable of AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (AccountCreateDTO,))
        return cast("Awaitable[AccountDetailsDTO]", self._run(Call("accounts.create", body=body, answer=AccountDetailsDTO)))

    def create_v3(self, request_data: AccountCreateDTO) -> Awaitable[AccountDetailsDTO]:
        """Creates an account.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/accounts`` (json body)

        Returns:
            Awaitable of AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        body = args.body("request_data", request_data, (AccountCreateDTO,))
        return cast("Awaitable[AccountDetailsDTO]", self._run(Call("accounts.create", body=body, version="v3", answer=AccountDetailsDTO)))

    def update_information(self, id: str, request_data: AccountUpdateInformationDTO) -> Awaitable[AccountDetailsDTO]:
        """Updates the information of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/accounts/{id}/information`` (json body)

        Returns:
            Awaitable of AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountUpdateInformationDTO,))
        return cast("Awaitable[AccountDetailsDTO]", self._run(Call("accounts.update_information", path, body=body, answer=AccountDetailsDTO)))

    def delete(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes an account.

        HTTP: ``DELETE /api/v3/accounts/{id}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("accounts.delete", path)))

    def cancel(self, id: str, request_data: AccountCancelDataDTO) -> Awaitable[AccountCancelResponseDTO]:
        """Cancels an account.

        ``request_data`` is the JSON body's ``account`` object.

        HTTP: ``POST /api/v3/accounts/{id}/cancel`` (json body)

        Returns:
            Awaitable of AccountCancelResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountCancelDataDTO, AccountCancelDTO))
        return cast("Awaitable[AccountCancelResponseDTO]", self._run(Call("accounts.cancel", path, body=body, wrap=True, answer=AccountCancelResponseDTO)))

    def reactivate(self, id: str, request_data: AccountReactivateDataDTO) -> Awaitable[AccountReactiveResponseDTO]:
        """Reactivates an account.

        ``request_data`` is the JSON body's ``account`` object.

        HTTP: ``POST /api/v2/accounts/{id}/reactivate`` (json body)

        Returns:
            Awaitable of AccountReactiveResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountReactivateDataDTO, AccountReactivateDTO))
        return cast("Awaitable[AccountReactiveResponseDTO]", self._run(Call("accounts.reactivate", path, body=body, wrap=True, answer=AccountReactiveResponseDTO)))

    def reactivate_v3(self, id: str, request_data: AccountReactivateDataDTO) -> Awaitable[AccountReactiveResponseDTO]:
        """Reactivates an account.

        ``request_data`` is the JSON body's ``account`` object.

        HTTP: ``POST /api/v3/accounts/{id}/reactivate`` (json body)

        Returns:
            Awaitable of AccountReactiveResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountReactivateDataDTO, AccountReactivateDTO))
        return cast("Awaitable[AccountReactiveResponseDTO]", self._run(Call("accounts.reactivate", path, body=body, wrap=True, version="v3", answer=AccountReactiveResponseDTO)))

    def purge(self, id: str) -> Awaitable[Dict[str, Any]]:
        """Purges an account.

        HTTP: ``POST /api/v3/accounts/{id}/purge``

        Returns:
            Awaitable of Dict[str, Any]: the answer's JSON object as it came (the documented SDK has no DTO for it).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[Dict[str, Any]]", self._run(Call("accounts.purge", path)))

    def get_contacts(self, id: str) -> Awaitable[AccountContactsDTO]:
        """Reads the contacts of an account.

        HTTP: ``GET /api/v3/accounts/{id}/contacts``

        Returns:
            Awaitable of AccountContactsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[AccountContactsDTO]", self._run(Call("contacts.list", path, answer=AccountContactsDTO)))

    def get_contact_type(self, id: str, contact_type: str) -> Awaitable[AccountContactsDTO]:
        """Reads a contact of an account.

        HTTP: ``GET /api/v3/accounts/{id}/contacts/{contact_type}``

        Returns:
            Awaitable of AccountContactsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        return cast("Awaitable[AccountContactsDTO]", self._run(Call("contacts.details", path, answer=AccountContactsDTO)))

    def update_contact(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> Awaitable[AccountContactsUpdateDTO]:
        """Replaces a contact of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v2/accounts/{id}/contacts/{contact_type}`` (json body)

        Returns:
            Awaitable of AccountContactsUpdateDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        body = args.body("request_data", request_data, (AccountContactUpdateDTO,))
        return cast("Awaitable[AccountContactsUpdateDTO]", self._run(Call("contacts.replace", path, body=body, answer=AccountContactsUpdateDTO)))

    def update_contact_v3(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> Awaitable[AccountContactsUpdateDTO]:
        """Replaces a contact of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v3/accounts/{id}/contacts/{contact_type}`` (json body)

        Returns:
            Awaitable of AccountContactsUpdateDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        body = args.body("request_data", request_data, (AccountContactUpdateDTO,))
        return cast("Awaitable[AccountContactsUpdateDTO]", self._run(Call("contacts.replace", path, body=body, version="v3", answer=AccountContactsUpdateDTO)))

    def modify_contact(
        self,
        id: str,
        contact_type: str,
        request_data: AccountContactUpdateDTO,
    ) -> Awaitable[AccountContactsUpdateDTO]:
        """Updates a contact of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/accounts/{id}/contacts/{contact_type}`` (json body)

        Returns:
            Awaitable of AccountContactsUpdateDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        body = args.body("request_data", request_data, (AccountContactUpdateDTO,))
        return cast("Awaitable[AccountContactsUpdateDTO]", self._run(Call("contacts.modify", path, body=body, answer=AccountContactsUpdateDTO)))

    def contact_delete(self, id: str, contact_type: str) -> Awaitable[DeleteResult]:
        """Deletes a contact of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/contacts/{contact_type}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("contact_type", contact_type)]
        return cast("Awaitable[DeleteResult]", self._run(Call("contacts.delete", path)))

    def address_details(self, id: str) -> Awaitable[AccountAddressDetailsDTO]:
        """Reads the addresses of an account.

        HTTP: ``GET /api/v3/accounts/{id}/addresses``

        Returns:
            Awaitable of AccountAddressDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[AccountAddressDetailsDTO]", self._run(Call("addresses.list", path, answer=AccountAddressDetailsDTO)))

    def address_uuid_details(self, id: str, uuid: str) -> Awaitable[AccountAddressUuidDetailsDTO]:
        """Reads an address of an account.

        HTTP: ``GET /api/v3/accounts/{id}/addresses/{uuid}``

        Returns:
            Awaitable of AccountAddressUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[AccountAddressUuidDetailsDTO]", self._run(Call("addresses.details", path, answer=AccountAddressUuidDetailsDTO)))

    def add_addresses(self, id: str, request_data: AccountAddressesAddDTO) -> Awaitable[AccountDetailsDTO]:
        """Adds an address to an account.

        ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/accounts/{id}/addresses`` (json body)

        Returns:
            Awaitable of AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountAddressesAddDTO,))
        return cast("Awaitable[AccountDetailsDTO]", self._run(Call("addresses.add", path, body=body, answer=AccountDetailsDTO)))

    def update_address(
        self,
        id: str,
        uuid: str,
        request_data: AccountAddressRequestDTO,
    ) -> Awaitable[AccountAddressResponseDTO]:
        """Updates an address of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/accounts/{id}/addresses/{uuid}`` (json body)

        Returns:
            Awaitable of AccountAddressResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (AccountAddressRequestDTO,))
        return cast("Awaitable[AccountAddressResponseDTO]", self._run(Call("addresses.update", path, body=body, answer=AccountAddressResponseDTO)))

    def delete_address_uuid(self, id: str, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes an address of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/addresses/{uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("addresses.delete", path)))

    def list_payment_method(self, account_id: str) -> Awaitable[PaymentMethodsListDTO]:
        """Reads the payment methods of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``GET /api/v2/accounts/{id}/payment-methods``

        Returns:
            Awaitable of PaymentMethodsListDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        return cast("Awaitable[PaymentMethodsListDTO]", self._run(Call("payment_methods.list", path, answer=PaymentMethodsListDTO)))

    def payment_method_details(self, account_id: str, reference: str) -> Awaitable[PaymentMethodsDetailsDTO]:
        """Reads a payment method of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``GET /api/v2/accounts/{id}/payment-methods/{reference}``

        Returns:
            Awaitable of PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return cast("Awaitable[PaymentMethodsDetailsDTO]", self._run(Call("payment_methods.details", path, answer=PaymentMethodsDetailsDTO)))

    def add_payment_method(
        self,
        account_id: str,
        request_data: PaymentMethodsAddDTO,
    ) -> Awaitable[PaymentMethodsDetailsDTO]:
        """Adds a payment method to an account.

        ``account_id`` fills ``{id}``; ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/accounts/{id}/payment-methods`` (json body)

        Returns:
            Awaitable of PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        body = args.body("request_data", request_data, (PaymentMethodsAddDTO, PaymentCardMethodsAddDTO))
        return cast("Awaitable[PaymentMethodsDetailsDTO]", self._run(Call("payment_methods.add", path, body=body, answer=PaymentMethodsDetailsDTO)))

    def add_payment_card_method(
        self,
        account_id: str,
        request_data: PaymentCardMethodsAddDTO,
    ) -> Awaitable[PaymentMethodsDetailsDTO]:
        """Adds a payment method to an account.

        ``account_id`` fills ``{id}``; ``request_data`` is the JSON body.

        HTTP: ``POST /api/v2/accounts/{id}/payment-methods`` (json body)

        Returns:
            Awaitable of PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        body = args.body("request_data", request_data, (PaymentCardMethodsAddDTO, PaymentMethodsAddDTO))
        return cast("Awaitable[PaymentMethodsDetailsDTO]", self._run(Call("payment_methods.add", path, body=body, answer=PaymentMethodsDetailsDTO)))

    def add_payment_card_method_v3(
        self,
        account_id: str,
        request_data: PaymentCardMethodsAddDTO,
    ) -> Awaitable[PaymentMethodsDetailsDTO]:
        """Adds a payment method to an account.

        ``account_id`` fills ``{id}``; ``request_data`` is the JSON body.

        HTTP: ``POST /api/v3/accounts/{id}/payment-methods`` (json body)

        Returns:
            Awaitable of PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        body = args.body("request_data", request_data, (PaymentCardMethodsAddDTO, PaymentMethodsAddDTO))
        return cast("Awaitable[PaymentMethodsDetailsDTO]", self._run(Call("payment_methods.add", path, body=body, version="v3", answer=PaymentMethodsDetailsDTO)))

    def update_payment_method(
        self,
        id: str,
        reference: str,
        request_data: PaymentMethodsAddDTO,
    ) -> Awaitable[PaymentMethodsDetailsDTO]:
        """Updates a payment method of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PATCH /api/v3/accounts/{id}/payment-methods/{reference}`` (json body)

        Returns:
            Awaitable of PaymentMethodsDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("reference", reference)]
        body = args.body("request_data", request_data, (PaymentMethodsAddDTO, PaymentCardMethodsAddDTO))
        return cast("Awaitable[PaymentMethodsDetailsDTO]", self._run(Call("payment_methods.update", path, body=body, answer=PaymentMethodsDetailsDTO)))

    def delete_payment_method(self, account_id: str, reference: str) -> Awaitable[DeleteResult]:
        """Deletes a payment method of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``DELETE /api/v2/accounts/{id}/payment-methods/{reference}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return cast("Awaitable[DeleteResult]", self._run(Call("payment_methods.delete", path)))

    def delete_payment_method_v3(self, account_id: str, reference: str) -> Awaitable[DeleteResult]:
        """Deletes a payment method of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``DELETE /api/v3/accounts/{id}/payment-methods/{reference}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("account_id", account_id), args.ident("reference", reference)]
        return cast("Awaitable[DeleteResult]", self._run(Call("payment_methods.delete", path, version="v3")))

    def billing_preference_details(self, account_id: str) -> Awaitable[AccountDetailsDTO]:
        """Reads the billing preferences of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``GET /api/v3/accounts/{id}/billing-preferences``

        Returns:
            Awaitable of AccountDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        return cast("Awaitable[AccountDetailsDTO]", self._run(Call("billing_preferences.details", path, answer=AccountDetailsDTO)))

    def update_billing_preferences(
        self,
        id: str,
        request_data: AccountBillingPreferencesRequestDTO,
    ) -> Awaitable[AccountBillingPreferencesResponseDTO]:
        """Replaces the billing preferences of an account.

        ``request_data`` is the JSON body.

        HTTP: ``PUT /api/v3/accounts/{id}/billing-preferences`` (json body)

        Returns:
            Awaitable of AccountBillingPreferencesResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        body = args.body("request_data", request_data, (AccountBillingPreferencesRequestDTO,))
        return cast("Awaitable[AccountBillingPreferencesResponseDTO]", self._run(Call("billing_preferences.update", path, body=body, answer=AccountBillingPreferencesResponseDTO)))

    def note_details(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountNoteDetailsDTO]:
        """Lists the notes of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``param_filters`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{id}/notes``

        Returns:
            Awaitable of AccountNoteDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, param_filters)
        return cast("Awaitable[AccountNoteDetailsDTO]", self._run(Call("notes.list", path, query=query, answer=AccountNoteDetailsDTO)))

    def note_details_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator["NoteDataDTO"]:
        """Every note of the account, fetched lazily page by page (``limit`` = page size).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/notes``

        Yields:
            NoteDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[NoteDataDTO]", self._iterate(Listing(Call("notes.list", path, query), limit, offset, "exsited.exsited.notes.dto.notes_dto:NoteDataDTO")))

    def note_uuid_details(self, id: str, uuid: str) -> Awaitable[AccountNoteUuidDetailsDTO]:
        """Reads a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}``

        Returns:
            Awaitable of AccountNoteUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[AccountNoteUuidDetailsDTO]", self._run(Call("notes.details", path, answer=AccountNoteUuidDetailsDTO)))

    def add_notes(
        self,
        file_url: FileArg = None,
        account_id: str = "",
        datas: str = "",
    ) -> Awaitable[AccountNoteResponseDetailsDTO]:
        """Adds a note to an account.

        ``file_url`` is sent as ``file`` parts (each under its base name, at most 8); ``account_id``
        fills ``{id}``; ``datas`` is sent as the ``note`` part.

        HTTP: ``POST /api/v3/accounts/{id}/notes`` (multipart body)

        Returns:
            Awaitable of AccountNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts.append(("text", "note", args.text("datas", datas)))
        parts += [("file", "file", f) for f in args.files("file_url", file_url)]
        return cast("Awaitable[AccountNoteResponseDetailsDTO]", self._run(Call("notes.add", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def delete_note_uuid(self, id: str, uuid: str) -> Awaitable[DeleteResult]:
        """Deletes a note of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/notes/{uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("notes.delete", path)))

    def note_uuid_files_details(self, id: str, uuid: str) -> Awaitable[AccountNoteUuidFileDetailsDTO]:
        """Reads the files of a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}/files``

        Returns:
            Awaitable of AccountNoteUuidFileDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[AccountNoteUuidFileDetailsDTO]", self._run(Call("notes.files", path, answer=AccountNoteUuidFileDetailsDTO)))

    def note_uuid_files_uuid_details(
        self,
        id: str,
        uuid: str,
        file_uuid: str,
    ) -> Awaitable[AccountNoteUuidFileUuidDetailsDTO]:
        """Reads a file of a note of an account.

        HTTP: ``GET /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of AccountNoteUuidFileUuidDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[AccountNoteUuidFileUuidDetailsDTO]", self._run(Call("notes.file_details", path, answer=AccountNoteUuidFileUuidDetailsDTO)))

    def add_notes_uuid(
        self,
        file_url: FileArg,
        account_id: str,
        note_uuid: str,
    ) -> Awaitable[AccountNoteResponseDetailsDTO]:
        """Adds a file to a note of an account.

        ``file_url`` is sent as ``file`` parts (each under its base name, at most 8); ``account_id``
        fills ``{id}``; ``note_uuid`` fills ``{uuid}``.

        HTTP: ``POST /api/v3/accounts/{id}/notes/{uuid}/files`` (multipart body)

        Returns:
            Awaitable of AccountNoteResponseDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id), args.ident("note_uuid", note_uuid)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "file", f) for f in args.files("file_url", file_url)]
        return cast("Awaitable[AccountNoteResponseDetailsDTO]", self._run(Call("notes.add_files", path, parts=parts, answer=AccountNoteResponseDetailsDTO)))

    def delete_note_uuid_file_uuid(self, id: str, uuid: str, file_uuid: str) -> Awaitable[DeleteResult]:
        """Deletes a file of a note of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/notes/{uuid}/files/{file_uuid}``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id), args.ident("uuid", uuid), args.ident("file_uuid", file_uuid)]
        return cast("Awaitable[DeleteResult]", self._run(Call("notes.delete_file", path)))

    def get_image(self, id: str) -> Awaitable[AccountImageDetailsDTO]:
        """Reads the image of an account.

        HTTP: ``GET /api/v3/accounts/{id}/image``

        Returns:
            Awaitable of AccountImageDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[AccountImageDetailsDTO]", self._run(Call("image.details", path, answer=AccountImageDetailsDTO)))

    def add_image(self, file_url: str, account_id: str) -> Awaitable[AccountImageDetailsDTO]:
        """Creates the image of an account.

        ``file_url`` is sent as ``image`` parts (each under its base name, at most 1);
        ``account_id`` fills ``{id}``.

        HTTP: ``POST /api/v3/accounts/{id}/image`` (multipart body)

        Returns:
            Awaitable of AccountImageDetailsDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts += [("file", "image", f) for f in args.files("file_url", file_url)]
        return cast("Awaitable[AccountImageDetailsDTO]", self._run(Call("image.add", path, parts=parts, answer=AccountImageDetailsDTO)))

    def delete_image(self, id: str) -> Awaitable[DeleteResult]:
        """Deletes the image of an account.

        HTTP: ``DELETE /api/v3/accounts/{id}/image``

        Returns:
            Awaitable of DeleteResult: the answer's JSON, or ``{"success": True, "status_code": 204}`` when it has no body.
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[DeleteResult]", self._run(Call("image.delete", path)))

    def account_sent_email(
        self,
        file_url: Optional[str] = None,
        account_id: str = "",
        email_data: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[EmailSentResponseDTO]:
        """Adds an email to the communications of an account.

        ``file_url`` is sent as ``attachment`` parts (each under its base name); ``account_id``
        fills ``{id}``; the keys of ``email_data`` are sent as text parts.

        HTTP: ``POST /api/v3/accounts/{id}/communications/emails`` (multipart body)

        Returns:
            Awaitable of EmailSentResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        parts: List[Tuple[str, str, str]] = []
        parts += args.text_fields("email_data", email_data, {"to": ",", "cc": ",", "bcc": ","})
        parts += [("file", "attachment", f) for f in args.files("file_url", file_url)]
        return cast("Awaitable[EmailSentResponseDTO]", self._run(Call("emails.send", path, parts=parts, answer=EmailSentResponseDTO)))

    def account_get_email(self, id: str) -> Awaitable[EmailGetListResponseDTO]:
        """Reads the emails in the communications of an account.

        HTTP: ``GET /api/v3/accounts/{id}/communications/emails``

        Returns:
            Awaitable of EmailGetListResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        return cast("Awaitable[EmailGetListResponseDTO]", self._run(Call("emails.list", path, answer=EmailGetListResponseDTO)))

    def account_get_email_uuid(self, id: str, uuid: str) -> Awaitable[EmailGetDetailsResponseDTO]:
        """Reads an email in the communications of an account.

        HTTP: ``GET /api/v3/accounts/{id}/communications/emails/{uuid}``

        Returns:
            Awaitable of EmailGetDetailsResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id), args.ident("uuid", uuid)]
        return cast("Awaitable[EmailGetDetailsResponseDTO]", self._run(Call("emails.details", path, answer=EmailGetDetailsResponseDTO)))

    def financial_summary(self) -> Awaitable[FinancialSummaryResponseDTO]:
        """Reads the financial summary in the accounts.

        HTTP: ``GET /api/v2/accounts/financial-summary``

        Returns:
            Awaitable of FinancialSummaryResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        return cast("Awaitable[FinancialSummaryResponseDTO]", self._run(Call("financial_summary.all", answer=FinancialSummaryResponseDTO)))

    def financial_summary_by_account(self, account_id: str) -> Awaitable[AccountFinancialSummaryResponseDTO]:
        """Reads the financial summary of an account.

        ``account_id`` fills ``{id}``.

        HTTP: ``GET /api/v2/accounts/{id}/financial-summary``

        Returns:
            Awaitable of AccountFinancialSummaryResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("account_id", account_id)]
        return cast("Awaitable[AccountFinancialSummaryResponseDTO]", self._run(Call("financial_summary.account", path, answer=AccountFinancialSummaryResponseDTO)))

    def orders_unlinked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountOrdersResponseDTO]:
        """Lists the unlinked in the orders of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{id}/orders/unlinked``

        Returns:
            Awaitable of AccountOrdersResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, query_params)
        return cast("Awaitable[AccountOrdersResponseDTO]", self._run(Call("orders.unlinked", path, query=query, answer=AccountOrdersResponseDTO)))

    def orders_unlinked_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator["OrderDataDTO"]:
        """Every order not yet linked to the account, fetched lazily page by page (``limit`` = page size).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/orders/unlinked``

        Yields:
            OrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[OrderDataDTO]", self._iterate(Listing(Call("orders.unlinked", path, query), limit, offset, "exsited.exsited.order.dto.order_dto:OrderDataDTO")))

    def orders_linked(
        self,
        id: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        query_params: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AccountOrdersResponseDTO]:
        """Lists the linked in the orders of an account, one page at a time.

        ``limit`` and ``offset`` choose the page, ``order_by`` and ``direction``
        (``asc``/``desc``) its order; the keys of ``query_params`` are sent as filters.

        HTTP: ``GET /api/v3/accounts/{id}/orders/linked``

        Returns:
            Awaitable of AccountOrdersResponseDTO: the answer, loaded into its DTO (fields it does not declare are kept).
        """
        path = [args.ident("id", id)]
        query = args.listing(limit, offset, direction, order_by, query_params)
        return cast("Awaitable[AccountOrdersResponseDTO]", self._run(Call("orders.linked", path, query=query, answer=AccountOrdersResponseDTO)))

    def orders_linked_iter_all(
        self,
        id: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator["OrderDataDTO"]:
        """Every order linked to the account, fetched lazily page by page (``limit`` = page size).

        Asks for ``limit`` records per request (100 when None, at most 1000), from
        ``offset`` on (0 when None), sorted by ``order_by`` and ``direction``.

        HTTP: ``GET /api/v3/accounts/{id}/orders/linked``

        Yields:
            OrderDataDTO: each record, the next page fetched when the last one is used up.
        """
        path = [args.ident("id", id)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[OrderDataDTO]", self._iterate(Listing(Call("orders.linked", path, query), limit, offset, "exsited.exsited.order.dto.order_dto:OrderDataDTO")))
