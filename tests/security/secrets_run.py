#!/usr/bin/env python3
"""Secret-leak run, Python side (scripts/secrets.sh): every operation of the SDK (all 46 core
operations through the documented methods of sdk.account and sdk.notes), with every print and
debug switch on, card payment methods, error paths (401 with a wrong secret, 4xx, 5xx), and
every answer, DTO and exception printed (str, repr, raw_response, get_errors). The caller
captures stdout and stderr and scans them (tests/security/scan.py).

    SANDBOX_URL=... EXSITED_TEST_SECRET=... CARD_NUMBER=... CARD_TOKEN=... CARD_CVV=... python secrets_run.py
"""

import json
import logging
import os
import sys
import tempfile
import traceback
import urllib.request

logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(levelname)s %(name)s %(message)s")
logging.getLogger().setLevel(logging.DEBUG)
logging.getLogger("exsited").setLevel(logging.DEBUG)

import exsited  # noqa: E402
from exsited import ExsitedSDK, FileTokenManager, SDKConfig  # noqa: E402
from exsited.exsited.auth.dto.token_dto import RequestTokenDTO  # noqa: E402

SDKConfig.PRINT_REQUEST_DATA = True
SDKConfig.PRINT_RAW_RESPONSE = True

URL = os.environ["SANDBOX_URL"]
SECRET = os.environ["EXSITED_TEST_SECRET"]
CARD, TOKEN, CVV = os.environ["CARD_NUMBER"], os.environ["CARD_TOKEN"], os.environ["CARD_CVV"]
OPS = set()


def hook(method, name, body=None):
    req = urllib.request.Request(f"{URL}/__sandbox__/{name}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read() or b"null")


def show(label, fn):
    """Runs one call; prints its answer (repr, str, dict) or its exception (str, repr, fields, traceback)."""
    print(f"=== {label}", flush=True)
    try:
        r = fn()
        print("repr:", repr(r))
        print("str:", str(r))
        if hasattr(r, "to_dict"):
            print("dict:", r.to_dict())
        return r
    except Exception as e:  # noqa: BLE001
        print("exception str:", str(e))
        print("exception repr:", repr(e))
        print("args:", e.args, "kind:", getattr(e, "kind", None), "status:", getattr(e, "status_code", None))
        print("errors:", getattr(e, "get_errors", lambda: None)())
        print("raw_response:", getattr(e, "raw_response", None))
        print("vars:", vars(e))
        traceback.print_exc()
        logging.getLogger("exsited.secrets").exception("call %s failed", label)
        return None
    finally:
        sys.stdout.flush()


def find(obj, key):
    """First value of `key` anywhere in a DTO / dict answer."""
    if hasattr(obj, "to_dict"):
        obj = obj.to_dict()
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == key and isinstance(v, (str, int)):
                return str(v)
        for v in obj.values():
            got = find(v, key)
            if got:
                return got
    if isinstance(obj, list):
        for v in obj:
            got = find(v, key)
            if got:
                return got
    return None


# Removed when the scan ends.
_work = tempfile.TemporaryDirectory(prefix="exsited-secrets-")
work = _work.name
files = []
for i in range(3):
    p = os.path.join(work, f"file{i}.txt")
    with open(p, "w") as f:
        f.write(f"attachment {i}\n")
    files.append(p)
image = os.path.join(work, "logo.png")
with open(image, "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\nsecrets")

dto = RequestTokenDTO(grantType="client_credentials", clientId="sandbox-client", clientSecret=SECRET,
                      redirectUri="https://secrets.example/cb", exsitedUrl=URL)
# repr/str only: vars(dto) would show the attribute the caller set, which is not a leak of the SDK.
print("dto repr:", repr(dto), "str:", str(dto))
ftm = FileTokenManager(os.path.join(work, "token-cache.json"))
sdk = ExsitedSDK().init_sdk(request_token_dto=dto, file_token_mgr=ftm, timeout=5)
print("sdk:", repr(sdk), repr(sdk.account), repr(sdk.notes), repr(ftm))
acc, notes = sdk.account, sdk.notes

# -- accounts --------------------------------------------------------------------------------
show("accounts.list", lambda: acc.list(limit=2))
created = show("accounts.create", lambda: acc.create(request_data={"account": {"name": "Secrets", "email_address": "s@example.com"}}))
show("accounts.create v3", lambda: acc.create_v3(request_data={"account": {"name": "Secrets3", "email_address": "s3@example.com"}}))
a = find(created, "id") or "SD0001"
show("accounts.details", lambda: acc.details(id=a))
show("accounts.information", lambda: acc.details_information(id=a))
show("accounts.update_information", lambda: acc.update_information(id=a, request_data={"account": {"name": "Renamed"}}))
show("accounts.cancel", lambda: acc.cancel(id=a, request_data={"effective_date": "2025-01-31"}))
show("accounts.reactivate", lambda: acc.reactivate(id=a, request_data={"effective_date": "2025-02-01"}))
show("accounts.reactivate v3", lambda: acc.reactivate_v3(id=a, request_data={"effective_date": "2025-02-02"}))
# -- contacts --------------------------------------------------------------------------------
contact = {"account": {"contact": {"first_name": "F", "last_name": "L", "email": {"address": "c@example.com"}}}}
show("contacts.replace", lambda: acc.update_contact(id=a, contact_type="CONTACT_1", request_data=contact))
show("contacts.replace v3", lambda: acc.update_contact_v3(id=a, contact_type="CONTACT_1", request_data=contact))
show("contacts.modify", lambda: acc.modify_contact(id=a, contact_type="CONTACT_1", request_data=contact))
show("contacts.list", lambda: acc.get_contacts(id=a))
show("contacts.details", lambda: acc.get_contact_type(id=a, contact_type="CONTACT_1"))
show("contacts.delete", lambda: acc.contact_delete(id=a, contact_type="CONTACT_1"))
# -- addresses -------------------------------------------------------------------------------
show("addresses.add", lambda: acc.add_addresses(id=a, request_data={"account": {"addresses": [{"address_line_1": "L1", "city": "C"}]}}))
addrs = show("addresses.list", lambda: acc.address_details(id=a))
u = find(addrs, "uuid") or "no-uuid"
show("addresses.details", lambda: acc.address_uuid_details(id=a, uuid=u))
show("addresses.update", lambda: acc.update_address(id=a, uuid=u, request_data={"account": {"address": {"city": "D"}}}))
show("addresses.delete", lambda: acc.delete_address_uuid(id=a, uuid=u))
# -- payment methods (card number, token, CVV) -------------------------------------------------
card = {"processor_type": "Card", "default": "true", "payment_processor": "Stripe", "reference": "Card1",
        "card_type": "Visa", "card_number": CARD, "token": TOKEN, "card_cvv": CVV, "expiry_month": "12",
        "expiry_year": "2030", "name_on_card": "Secret Holder"}
show("payment_methods.add", lambda: acc.add_payment_method(account_id=a, request_data={"account": {"payment_method": {
    "processor_type": "OTHER", "default": "false", "payment_processor": "Cheque", "reference": "Cheque"}}}))
show("payment_methods.add card", lambda: acc.add_payment_card_method(account_id=a, request_data={"account": {"payment_method": card}}))
show("payment_methods.add card v3", lambda: acc.add_payment_card_method_v3(account_id=a, request_data={"account": {"payment_method": dict(card, reference="Card2")}}))
show("payment_methods.list", lambda: acc.list_payment_method(account_id=a))
show("payment_methods.details", lambda: acc.payment_method_details(account_id=a, reference="Card1"))
show("payment_methods.update", lambda: acc.update_payment_method(id=a, reference="Card1", request_data={"account": {"payment_method": dict(card, card_cvv=CVV)}}))
show("payment_methods.add card duplicate (400)", lambda: acc.add_payment_card_method(account_id=a, request_data={"account": {"payment_method": card}}))
show("payment_methods.delete", lambda: acc.delete_payment_method(account_id=a, reference="Card1"))
show("payment_methods.delete v3", lambda: acc.delete_payment_method_v3(account_id=a, reference="Card2"))
# -- billing preferences -----------------------------------------------------------------------
show("billing_preferences.details", lambda: acc.billing_preference_details(account_id=a))
show("billing_preferences.update", lambda: acc.update_billing_preferences(id=a, request_data={"account": {"billing_preferences": {"billing_period": "3 Month"}}}))
# -- notes -------------------------------------------------------------------------------------
note = show("notes.add", lambda: acc.add_notes(file_url=files[0], account_id=a, datas="secret-run note"))
show("notes.add (notes resource)", lambda: notes.add_notes(file_urls=[files[1]], account_id=a, datas="note 2"))
show("notes.order_add_notes", lambda: notes.order_add_notes(file_urls=None, order_id="ORD-1", datas="note 3"))
ns = show("notes.list", lambda: acc.note_details(id=a, limit=10))
show("notes.list (notes resource)", lambda: notes.account_note_details(id=a))
n = find(note, "uuid") or find(ns, "uuid") or "no-note"
show("notes.details", lambda: acc.note_uuid_details(id=a, uuid=n))
show("notes.details (notes resource)", lambda: notes.note_uuid_details(id=a, uuid=n))
show("notes.add_files", lambda: acc.add_notes_uuid(file_url=files[2], account_id=a, note_uuid=n))
show("notes.add_files (notes resource)", lambda: notes.add_notes_uuid(file_urls=[files[0]], account_id=a, note_uuid=n))
fl = show("notes.files", lambda: acc.note_uuid_files_details(id=a, uuid=n))
show("notes.files (notes resource)", lambda: notes.note_uuid_files_details(id=a, uuid=n))
f = find(fl, "uuid") or "no-file"
show("notes.file_details", lambda: acc.note_uuid_files_uuid_details(id=a, uuid=n, file_uuid=f))
show("notes.file_details (notes resource)", lambda: notes.note_uuid_files_uuid_details(id=a, uuid=n, file_uuid=f))
show("notes.delete_file", lambda: acc.delete_note_uuid_file_uuid(id=a, uuid=n, file_uuid=f))
print("iter_all notes:", [repr(x) for x in notes.iter_all(account_id=a, limit=1)])
show("notes.delete", lambda: acc.delete_note_uuid(id=a, uuid=n))
show("notes.delete (notes resource)", lambda: notes.delete_note_uuid_details(id=a, uuid="missing-note"))
# -- image -------------------------------------------------------------------------------------
show("image.add", lambda: acc.add_image(file_url=image, account_id=a))
show("image.details", lambda: acc.get_image(id=a))
show("image.delete", lambda: acc.delete_image(id=a))
# -- communications ----------------------------------------------------------------------------
mail = show("emails.send", lambda: acc.account_sent_email(file_url=files[1], account_id=a, email_data={
    "to": ["x@example.com"], "cc": [], "bcc": [], "subject": "S", "body": "B"}))
show("emails.list", lambda: acc.account_get_email(id=a))
show("emails.details", lambda: acc.account_get_email_uuid(id=a, uuid=find(mail, "uuid") or "no-mail"))
# -- financial summary, orders, custom objects --------------------------------------------------
show("financial_summary.all", lambda: acc.financial_summary())
show("financial_summary.account", lambda: acc.financial_summary_by_account(account_id=a))
show("orders.unlinked", lambda: acc.orders_unlinked(id=a))
show("orders.linked", lambda: acc.orders_linked(id=a))
print("iter_all accounts:", [repr(x) for x in acc.iter_all(limit=2)][:3])
# custom objects: the documented Python SDK has no method for them; the core operation is
# reached through the same transport the resources use.
from exsited._transport import Call  # noqa: E402
show("custom_objects.list", lambda: acc._run(Call("custom_objects.list", [a])))
show("custom_objects.details", lambda: acc._run(Call("custom_objects.details", [a, "no-object"])))
show("accounts.delete", lambda: acc.delete(id=a))
show("accounts.purge", lambda: acc.purge(id=a))

# -- error paths -------------------------------------------------------------------------------
show("404", lambda: acc.details(id="NO-SUCH-ACCOUNT"))
show("400", lambda: acc.cancel(id="SD0001", request_data={"effective_date": "not-a-date"}))
for status in (500, 502, 503):
    hook("POST", "faults", {"faults": [{"kind": "status", "status": status, "times": 3}]})
    show(f"{status}", lambda: acc.list(limit=1))
hook("POST", "faults", {"faults": [{"kind": "html", "status": 500, "times": 1}]})
show("html 500", lambda: acc.list(limit=1))
hook("POST", "faults", {"faults": [{"kind": "malformed", "times": 1}]})
show("malformed", lambda: acc.list(limit=1))
hook("DELETE", "faults")
hook("POST", "expire_tokens")
show("after expire_tokens (401, refresh, replay)", lambda: acc.list(limit=1))
hook("POST", "revoke_refresh_tokens")
hook("POST", "expire_tokens")
show("after revoke + expire", lambda: acc.list(limit=1))
wrong = ExsitedSDK(exsited_url=URL, client_id="sandbox-client", client_secret="sk-wrong-0000-not-the-secret",
                   redirect_uri="https://x.example/cb", grant_type="client_credentials", timeout=5)
show("401 wrong secret", lambda: wrong.account.list(limit=1))
show("401 wrong secret, card add", lambda: wrong.account.add_payment_card_method(account_id="SD0001", request_data={"account": {"payment_method": card}}))
show("config error with the real secret", lambda: ExsitedSDK(exsited_url="http://api.example.com", client_id="c", client_secret=SECRET))
show("bad option with the real secret", lambda: ExsitedSDK(exsited_url=URL, client_id="sandbox-client", client_secret=SECRET, timeout=-1))
print("operations run:", len(exsited._native.operations()), "in the core table")
