"""``sdk.notes``: the account note methods, as the documentation calls them."""

import pytest

from exsited import (
    AccountNoteDetailsDTO,
    AccountNoteResponseDetailsDTO,
    AccountNoteUuidDetailsDTO,
    AccountNoteUuidFileDetailsDTO,
    AccountNoteUuidFileUuidDetailsDTO,
    NoteDataDTO,
    UsageError,
)
from exsited.exsited.notes.dto.notes_dto import OrderNoteResponseDetailsDTO


def test_order_add_notes_posts_to_the_order(sdk, sb, files):
    # The documented signature: the note goes to the order's notes, and is listed there.
    r = sdk.notes.order_add_notes(file_urls=[files[0], files[1]], order_id="ORD-1", datas="NOTE_CONTENT_TEXT")
    req = sb.last()
    assert (req["method"], req["path"]) == ("POST", "/api/v2/orders/ORD-1/notes")
    assert [p["name"] for p in req["parts"]] == ["note", "file", "file"]
    assert [p["filename"] for p in req["parts"][1:]] == ["file0.txt", "file1.txt"]
    assert isinstance(r, OrderNoteResponseDetailsDTO)
    listed = [n.to_dict() for n in sdk.notes.order_note_details_iter_all("ORD-1", limit=1)]
    assert [n["note"] for n in listed] == ["NOTE_CONTENT_TEXT"]


def test_add_notes_as_the_account_documentation_calls_it(sdk, sb, account_id, files):
    file_urls = [files[0], files[1]]
    r = sdk.notes.add_notes(file_urls=file_urls, datas="NOTE_CONTENT_TEXT", account_id=account_id)
    req = sb.last()
    assert (req["method"], req["path"]) == ("POST", f"/api/v3/accounts/{account_id}/notes")
    assert [p["name"] for p in req["parts"]] == ["note", "file", "file"]
    assert [p["filename"] for p in req["parts"][1:]] == ["file0.txt", "file1.txt"]
    assert isinstance(r, AccountNoteResponseDetailsDTO)
    assert r.account.notes.content == "NOTE_CONTENT_TEXT" and len(r.account.notes.files) == 2


def test_add_notes_and_add_notes_uuid(sdk, sb, account_id, files):
    r = sdk.notes.add_notes(file_urls=[files[0]], account_id=account_id, datas="first")
    note = r.account.notes.uuid
    r = sdk.notes.add_notes_uuid(file_urls=files[1:8], account_id=account_id, note_uuid=note)
    req = sb.last()
    assert (req["method"], req["path"]) == ("POST", f"/api/v3/accounts/{account_id}/notes/{note}/files")
    assert [p["name"] for p in req["parts"]] == ["file"] * 7
    assert isinstance(r, AccountNoteResponseDetailsDTO)
    # A str is accepted where the documentation passes a list.
    sdk.notes.add_notes(file_urls=files[2], account_id=account_id, datas="second")
    assert [p["name"] for p in sb.last()["parts"]] == ["note", "file"]


def test_more_than_eight_files_is_refused_before_sending(sdk, sb, account_id, files):
    with pytest.raises(UsageError):
        sdk.notes.add_notes(file_urls=files[:9], account_id=account_id, datas="too many")
    assert sb.data_requests() == []


def test_note_reads_and_delete(sdk, sb, account_id, files):
    note = sdk.notes.add_notes(file_urls=[files[0]], account_id=account_id, datas="x").account.notes.uuid
    r = sdk.notes.account_note_details(id=account_id, limit=10, offset=0)
    req = sb.last()
    assert (req["path"], req["query_params"]) == (f"/api/v3/accounts/{account_id}/notes", {"limit": "10", "offset": "0"})
    assert isinstance(r, AccountNoteDetailsDTO) and r.account.notes[0].uuid == note
    assert isinstance(sdk.notes.note_uuid_details(id=account_id, uuid=note), AccountNoteUuidDetailsDTO)
    files_dto = sdk.notes.note_uuid_files_details(id=account_id, uuid=note)
    assert isinstance(files_dto, AccountNoteUuidFileDetailsDTO)
    file_uuid = files_dto.account.note.files[0].uuid
    one = sdk.notes.note_uuid_files_uuid_details(id=account_id, uuid=note, file_uuid=file_uuid)
    assert isinstance(one, AccountNoteUuidFileUuidDetailsDTO)
    assert sdk.notes.delete_note_uuid_details(id=account_id, uuid=note) == {"success": True, "status_code": 204}
    assert (sb.last()["method"], sb.last()["path"]) == ("DELETE", f"/api/v3/accounts/{account_id}/notes/{note}")


def test_notes_iter_all(sdk, sb, account_id):
    for i in range(7):
        sdk.notes.add_notes(account_id=account_id, datas=f"note {i}")
    sb.clear()
    notes = list(sdk.notes.iter_all(account_id, limit=3))
    assert len(notes) == 7 and all(isinstance(n, NoteDataDTO) for n in notes)
    assert [r["query_params"]["offset"] for r in sb.data_requests()] == ["0", "3", "6"]
