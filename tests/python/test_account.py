"""Every method of ``sdk.account``, called as the documentation calls it: the request the
sandbox received (verb, path, query, body) and the DTO returned."""

from typing import Any, Dict, List, Optional

from exsited import (
    AccountAddressDetailsDTO,
    AccountAddressesAdd,
    AccountAddressesAddDTO,
    AccountAddressRequestDetailsDTO,
    AccountAddressRequestDTO,
    AccountAddressResponseDTO,
    AccountAddressUuidDetailsDTO,
    AccountBillingPreferencesDetailsDTO,
    AccountBillingPreferencesRequestDTO,
    AccountBillingPreferencesResponseDTO,
    AccountCancelDataDTO,
    AccountCancelResponseDTO,
    AccountContactsDTO,
    AccountContactsUpdateDTO,
    AccountContactUpdate,
    AccountContactUpdateDTO,
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
    AccountReactivateDataDTO,
    AccountReactiveResponseDTO,
    AccountUpdateInformationDTO,
    AcccountAddressRequestDTO,
    AddressDTO,
    BillingPreferencesDTO,
    ContactDTO,
    EmailDTO,
    EmailGetDetailsResponseDTO,
    EmailGetListResponseDTO,
    EmailSentResponseDTO,
    FinancialSummaryResponseDTO,
    PaymentCardMethodsAddDTO,
    PaymentCardMethodsDataDTO,
    PaymentMethodsAddDTO,
    PaymentMethodsDataDTO,
    PaymentMethodsDetailsDTO,
    PaymentMethodsListDTO,
    PhoneDTO,
    SortDirection,
)

DELETED = {"success": True, "status_code": 204}


def check(req: Dict[str, Any], method: str, path: str, query: Optional[Dict[str, str]] = None, body: Any = None) -> None:
    assert req["method"] == method
    assert req["path"] == path
    assert req["query_params"] == (query or {})
    if body is not None:
        assert req["body"] == body


def part_names(req: Dict[str, Any]) -> List[str]:
    return [p["name"] for p in req["parts"]]


def part_text(req: Dict[str, Any], name: str) -> str:
    return next(p["text"] for p in req["parts"] if p["name"] == name)


# -- accounts ------------------------------------------------------------------------------


def test_list_defaults_to_v2_and_sends_no_query(sdk, sb):
    r = sdk.account.list()
    assert isinstance(r, AccountListDTO)
    check(sb.last(), "GET", "/api/v2/accounts")


def test_list_query_direction_wire_value_and_offset_zero(sdk, sb, account_id):
    r = sdk.account.list(limit=2, offset=0, direction=SortDirection.DESC, order_by="created_on")
    check(sb.last(), "GET", "/api/v2/accounts", {"limit": "2", "offset": "0", "direction": "desc", "order_by": "created_on"})
    assert [a.id for a in r.accounts] == [account_id]
    assert r.pagination.limit in (2, "2")


def test_list_leaves_out_none(sdk, sb):
    sdk.account.list(limit=None, offset=None, direction=None, order_by=None)
    assert sb.last()["query"] == ""


def test_details_and_information(sdk, sb, account_id):
    r = sdk.account.details(id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}")
    assert isinstance(r, AccountDetailsDTO) and r.account.name == "Fixture"
    assert r.account.emailAddress == "fixture@example.com"
    r = sdk.account.details_information(id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/information")
    assert isinstance(r, AccountDetailsDTO) and r.account.id == account_id


def test_create_v2_and_create_v3(sdk, sb):
    request_data = AccountCreateDTO(account=AccountDataDTO(name="ACCOUNT_NAME", emailAddress="a@example.com"))
    r = sdk.account.create(request_data=request_data)
    check(sb.last(), "POST", "/api/v2/accounts", body={"account": {"name": "ACCOUNT_NAME", "email_address": "a@example.com"}})
    assert isinstance(r, AccountDetailsDTO) and r.account.name == "ACCOUNT_NAME"
    r = sdk.account.create_v3(request_data=request_data)
    check(sb.last(), "POST", "/api/v3/accounts", body={"account": {"name": "ACCOUNT_NAME", "email_address": "a@example.com"}})
    assert r.account.id


def test_update_information(sdk, sb, account_id):
    request_data = AccountUpdateInformationDTO(
        account=AccountDataDTO(name="NEW", emailAddress="n@example.com", displayName="Disp", description="Desc")
    )
    r = sdk.account.update_information(id=account_id, request_data=request_data)
    body = {"account": {"name": "NEW", "email_address": "n@example.com", "display_name": "Disp", "description": "Desc"}}
    check(sb.last(), "PATCH", f"/api/v3/accounts/{account_id}/information", body=body)
    assert r.account.displayName == "Disp"


def test_delete_returns_204_dict(sdk, sb, account_id):
    assert sdk.account.delete(id=account_id) == DELETED
    check(sb.last(), "DELETE", f"/api/v3/accounts/{account_id}")


def test_cancel_and_reactivate(sdk, sb, account_id):
    r = sdk.account.cancel(id=account_id, request_data=AccountCancelDataDTO(effectiveDate="2025-01-31"))
    check(sb.last(), "POST", f"/api/v3/accounts/{account_id}/cancel", body={"account": {"effective_date": "2025-01-31"}})
    assert isinstance(r, AccountCancelResponseDTO) and r.eventUuid
    r = sdk.account.reactivate(id=account_id, request_data=AccountReactivateDataDTO(effectiveDate="2025-02-01"))
    check(sb.last(), "POST", f"/api/v2/accounts/{account_id}/reactivate", body={"account": {"effective_date": "2025-02-01"}})
    assert isinstance(r, AccountReactiveResponseDTO) and r.eventUuid
    sdk.account.cancel(id=account_id, request_data=AccountCancelDataDTO(effectiveDate="2025-03-01"))
    r = sdk.account.reactivate_v3(id=account_id, request_data=AccountReactivateDataDTO(effectiveDate="2025-03-02"))
    check(sb.last(), "POST", f"/api/v3/accounts/{account_id}/reactivate", body={"account": {"effective_date": "2025-03-02"}})


def test_purge(sdk, sb, account_id):
    r = sdk.account.purge(id=account_id)
    check(sb.last(), "POST", f"/api/v3/accounts/{account_id}/purge")
    assert sb.last()["body"] is None
    assert isinstance(r, dict)


# -- contacts ------------------------------------------------------------------------------


def contact_request() -> AccountContactUpdateDTO:
    contact = ContactDTO(firstName="FIRST", lastName="LAST", email=EmailDTO(address="c@example.com"), phone=PhoneDTO(number="123"))
    return AccountContactUpdateDTO(account=AccountContactUpdate(contact=contact))


CONTACT_BODY = {
    "account": {"contact": {"first_name": "FIRST", "last_name": "LAST", "email": {"address": "c@example.com"}, "phone": {"number": "123"}}}
}


def test_contacts(sdk, sb, account_id):
    r = sdk.account.update_contact(id=account_id, contact_type="CONTACT_1", request_data=contact_request())
    check(sb.last(), "PUT", f"/api/v2/accounts/{account_id}/contacts/CONTACT_1", body=CONTACT_BODY)
    assert isinstance(r, AccountContactsUpdateDTO) and r.account.contacts.firstName == "FIRST"
    r = sdk.account.update_contact_v3(id=account_id, contact_type="CONTACT_1", request_data=contact_request())
    check(sb.last(), "PUT", f"/api/v3/accounts/{account_id}/contacts/CONTACT_1", body=CONTACT_BODY)
    r = sdk.account.modify_contact(id=account_id, contact_type="CONTACT_1", request_data=contact_request())
    check(sb.last(), "PATCH", f"/api/v3/accounts/{account_id}/contacts/CONTACT_1", body=CONTACT_BODY)
    assert isinstance(r, AccountContactsUpdateDTO)

    r = sdk.account.get_contacts(id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/contacts")
    assert isinstance(r, AccountContactsDTO)
    assert [c.type for c in r.account.contacts] == ["CONTACT_1"]
    assert r.account.contacts[0].email.address == "c@example.com"

    r = sdk.account.get_contact_type(id=account_id, contact_type="CONTACT_1")
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/contacts/CONTACT_1")
    assert isinstance(r, AccountContactsDTO)

    assert sdk.account.contact_delete(id=account_id, contact_type="CONTACT_1") == DELETED
    check(sb.last(), "DELETE", f"/api/v3/accounts/{account_id}/contacts/CONTACT_1")


# -- addresses -----------------------------------------------------------------------------


def test_addresses(sdk, sb, account_id):
    request_data = AccountAddressesAddDTO(
        account=AccountAddressesAdd(addresses=[AddressDTO(addressLine1="L1", addressLine2="L2", postCode="3000", city="Melbourne", isDefaultBilling=True)])
    )
    r = sdk.account.add_addresses(id=account_id, request_data=request_data)
    body = {"account": {"addresses": [{"address_line_1": "L1", "address_line_2": "L2", "post_code": "3000", "city": "Melbourne", "is_default_billing": True}]}}
    check(sb.last(), "POST", f"/api/v3/accounts/{account_id}/addresses", body=body)
    assert isinstance(r, AccountDetailsDTO)

    r = sdk.account.address_details(id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/addresses")
    assert isinstance(r, AccountAddressDetailsDTO)
    address = r.account.addresses[0]
    assert address.addressLine1 == "L1" and address.postCode == "3000"
    assert address.isDefaultBilling in (True, "true")
    uuid = address.uuid

    r = sdk.account.address_uuid_details(id=account_id, uuid=uuid)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/addresses/{uuid}")
    assert isinstance(r, AccountAddressUuidDetailsDTO) and r.account.addresses.uuid == uuid

    update = AccountAddressRequestDTO(
        account=AccountAddressRequestDetailsDTO(address=AcccountAddressRequestDTO(address_line_1="NEW1", postCode="POST", city="C"))
    )
    r = sdk.account.update_address(id=account_id, uuid=uuid, request_data=update)
    body = {"account": {"address": {"address_line_1": "NEW1", "post_code": "POST", "city": "C"}}}
    check(sb.last(), "PATCH", f"/api/v3/accounts/{account_id}/addresses/{uuid}", body=body)
    assert isinstance(r, AccountAddressResponseDTO) and r.account.addresses.addressLine1 == "NEW1"

    assert sdk.account.delete_address_uuid(id=account_id, uuid=uuid) == DELETED
    check(sb.last(), "DELETE", f"/api/v3/accounts/{account_id}/addresses/{uuid}")


# -- payment methods -----------------------------------------------------------------------


def test_payment_methods(sdk, sb, account_id):
    payment_method = PaymentMethodsDataDTO(processorType="OTHER", default="true", paymentProcessor="Cheque", reference="Cheque")
    r = sdk.account.add_payment_method(account_id=account_id, request_data=PaymentMethodsAddDTO().method(payment_method=payment_method))
    body = {"account": {"payment_method": {"processor_type": "OTHER", "default": "true", "payment_processor": "Cheque", "reference": "Cheque"}}}
    check(sb.last(), "POST", f"/api/v2/accounts/{account_id}/payment-methods", body=body)
    assert isinstance(r, PaymentMethodsDetailsDTO) and r.account.paymentMethod.reference == "Cheque"

    card = PaymentCardMethodsDataDTO(
        processorType="CREDIT_CARD", default="false", paymentProcessor="Stripe", reference="Card1",
        cardType="Visa", token="tok_x", cardNumber="4111111111111111", expiryMonth="12", expiryYear="2030",
    )
    r = sdk.account.add_payment_card_method(account_id=account_id, request_data=PaymentCardMethodsAddDTO().method(payment_method=card))
    req = sb.last()
    check(req, "POST", f"/api/v2/accounts/{account_id}/payment-methods")
    assert set(req["body"]["account"]["payment_method"]) >= {"card_type", "card_number", "expiry_month", "expiry_year", "token"}
    card.reference = "Card2"
    sdk.account.add_payment_card_method_v3(account_id=account_id, request_data=PaymentCardMethodsAddDTO().method(payment_method=card))
    check(sb.last(), "POST", f"/api/v3/accounts/{account_id}/payment-methods")

    r = sdk.account.list_payment_method(account_id=account_id)
    check(sb.last(), "GET", f"/api/v2/accounts/{account_id}/payment-methods")
    assert isinstance(r, PaymentMethodsListDTO) and len(r.account.paymentMethods) == 3

    r = sdk.account.payment_method_details(account_id=account_id, reference="Cheque")
    check(sb.last(), "GET", f"/api/v2/accounts/{account_id}/payment-methods/Cheque")
    assert isinstance(r, PaymentMethodsDetailsDTO)

    update = PaymentMethodsAddDTO().method(payment_method=PaymentMethodsDataDTO(default="true", reference="Cheque"))
    r = sdk.account.update_payment_method(id=account_id, reference="Cheque", request_data=update)
    check(sb.last(), "PATCH", f"/api/v3/accounts/{account_id}/payment-methods/Cheque",
          body={"account": {"payment_method": {"default": "true", "reference": "Cheque"}}})
    assert isinstance(r, PaymentMethodsDetailsDTO)

    assert sdk.account.delete_payment_method(account_id=account_id, reference="Card1") == DELETED
    check(sb.last(), "DELETE", f"/api/v2/accounts/{account_id}/payment-methods/Card1")
    assert sdk.account.delete_payment_method_v3(account_id=account_id, reference="Card2") == DELETED
    check(sb.last(), "DELETE", f"/api/v3/accounts/{account_id}/payment-methods/Card2")


# -- billing preferences ---------------------------------------------------------------------


def test_billing_preferences(sdk, sb, account_id):
    r = sdk.account.billing_preference_details(account_id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/billing-preferences")
    assert isinstance(r, AccountDetailsDTO) and r.account.billingPreferences is not None
    request_data = AccountBillingPreferencesRequestDTO(
        account=AccountBillingPreferencesDetailsDTO(billingPreferences=BillingPreferencesDTO(invoiceMode="Automatic", paymentTerm="Net 7"))
    )
    r = sdk.account.update_billing_preferences(id=account_id, request_data=request_data)
    check(sb.last(), "PUT", f"/api/v3/accounts/{account_id}/billing-preferences",
          body={"account": {"billing_preferences": {"invoice_mode": "Automatic", "payment_term": "Net 7"}}})
    assert isinstance(r, AccountBillingPreferencesResponseDTO) and r.account.billingPreferences.invoiceMode == "Automatic"


# -- notes -----------------------------------------------------------------------------------


def test_notes(sdk, sb, account_id, files):
    r = sdk.account.add_notes(file_url=files[0], account_id=account_id, datas="NOTE TEXT")
    req = sb.last()
    check(req, "POST", f"/api/v3/accounts/{account_id}/notes")
    assert part_names(req) == ["note", "file"] and part_text(req, "note") == "NOTE TEXT"
    assert req["parts"][1]["filename"] == "file0.txt"  # the name, never the local path
    assert isinstance(r, AccountNoteResponseDetailsDTO)
    note = r.account.notes.uuid

    sdk.account.add_notes(account_id=account_id, datas="text only")
    assert part_names(sb.last()) == ["note"]

    r = sdk.account.note_details(id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/notes")
    assert isinstance(r, AccountNoteDetailsDTO) and len(r.account.notes) == 2
    sdk.account.note_details(id=account_id, limit=1, offset=0, direction=SortDirection.ASC, order_by="created_on")
    assert sb.last()["query_params"] == {"limit": "1", "offset": "0", "direction": "asc", "order_by": "created_on"}

    r = sdk.account.note_uuid_details(id=account_id, uuid=note)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/notes/{note}")
    assert isinstance(r, AccountNoteUuidDetailsDTO) and r.account.note.content == "NOTE TEXT"

    r = sdk.account.add_notes_uuid(file_url=files[1], account_id=account_id, note_uuid=note)
    req = sb.last()
    check(req, "POST", f"/api/v3/accounts/{account_id}/notes/{note}/files")
    assert part_names(req) == ["file"]
    assert isinstance(r, AccountNoteResponseDetailsDTO)
    sdk.account.add_notes_uuid(file_url=[files[2], files[3]], account_id=account_id, note_uuid=note)
    assert part_names(sb.last()) == ["file", "file"]

    r = sdk.account.note_uuid_files_details(id=account_id, uuid=note)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/notes/{note}/files")
    assert isinstance(r, AccountNoteUuidFileDetailsDTO) and len(r.account.note.files) == 4
    file_uuid = r.account.note.files[0].uuid

    r = sdk.account.note_uuid_files_uuid_details(id=account_id, uuid=note, file_uuid=file_uuid)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/notes/{note}/files/{file_uuid}")
    assert isinstance(r, AccountNoteUuidFileUuidDetailsDTO) and r.account.note.file.uuid == file_uuid

    assert sdk.account.delete_note_uuid_file_uuid(id=account_id, uuid=note, file_uuid=file_uuid) == DELETED
    check(sb.last(), "DELETE", f"/api/v3/accounts/{account_id}/notes/{note}/files/{file_uuid}")
    assert sdk.account.delete_note_uuid(id=account_id, uuid=note) == DELETED
    check(sb.last(), "DELETE", f"/api/v3/accounts/{account_id}/notes/{note}")


# -- image -----------------------------------------------------------------------------------


def test_image(sdk, sb, account_id, files):
    r = sdk.account.add_image(file_url=files[-1], account_id=account_id)
    req = sb.last()
    check(req, "POST", f"/api/v3/accounts/{account_id}/image")
    assert part_names(req) == ["image"] and req["parts"][0]["filename"] == "logo.png"
    assert isinstance(r, AccountImageDetailsDTO) and r.account.imageUri
    r = sdk.account.get_image(id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/image")
    assert isinstance(r, AccountImageDetailsDTO) and r.account.imageUri
    assert sdk.account.delete_image(id=account_id) == DELETED
    check(sb.last(), "DELETE", f"/api/v3/accounts/{account_id}/image")


# -- communications --------------------------------------------------------------------------


def test_emails(sdk, sb, account_id, files):
    email_data = {"to": "to@example.com", "cc": ["a@example.com", "b@example.com"], "bcc": ["c@example.com"], "subject": "Hello", "body": "Body"}
    r = sdk.account.account_sent_email(file_url=files[0], account_id=account_id, email_data=email_data)
    req = sb.last()
    check(req, "POST", f"/api/v3/accounts/{account_id}/communications/emails")
    assert part_names(req) == ["to", "cc", "bcc", "subject", "body", "attachment"]
    assert part_text(req, "cc") == "a@example.com,b@example.com" and part_text(req, "subject") == "Hello"
    assert isinstance(r, EmailSentResponseDTO)
    email = r.account.communication.email
    assert email.fromEmail and email.subject == "Hello"
    assert "from" in email.to_dict() and "from_email" not in email.to_dict()

    sdk.account.account_sent_email(account_id=account_id, email_data={"to": "x@example.com", "subject": "s", "body": "b"})
    assert "attachment" not in part_names(sb.last())

    r = sdk.account.account_get_email(id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/communications/emails")
    assert isinstance(r, EmailGetListResponseDTO)
    r = sdk.account.account_get_email_uuid(id=account_id, uuid=email.uuid)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/communications/emails/{email.uuid}")
    assert isinstance(r, EmailGetDetailsResponseDTO) and r.account.communication.email.uuid == email.uuid


# -- financial summary and orders ------------------------------------------------------------


def test_financial_summary(sdk, sb, account_id):
    r = sdk.account.financial_summary()
    check(sb.last(), "GET", "/api/v2/accounts/financial-summary")
    assert isinstance(r, FinancialSummaryResponseDTO) and r.financialSummary is not None
    r = sdk.account.financial_summary_by_account(account_id=account_id)
    check(sb.last(), "GET", f"/api/v2/accounts/{account_id}/financial-summary")
    assert isinstance(r, AccountFinancialSummaryResponseDTO) and r.account.name == "Fixture"


def test_orders(sdk, sb, account_id):
    r = sdk.account.orders_linked(id=account_id, limit=5, offset=0, direction=SortDirection.DESC, order_by="id", query_params={"status": "ACTIVE"})
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/orders/linked",
          {"limit": "5", "offset": "0", "direction": "desc", "order_by": "id", "status": "ACTIVE"})
    assert isinstance(r, AccountOrdersResponseDTO)
    r = sdk.account.orders_unlinked(id=account_id)
    check(sb.last(), "GET", f"/api/v3/accounts/{account_id}/orders/unlinked")
    assert isinstance(r, AccountOrdersResponseDTO)


def test_path_values_are_percent_encoded(sdk, sb, account_id):
    from exsited import NotFoundError

    try:
        sdk.account.address_uuid_details(id=account_id, uuid="a/b c")
    except NotFoundError:
        pass
    assert sb.last()["path"].endswith("/addresses/a%2Fb%20c")
