"""Notes: add with files (as documented), read, attach more files, delete."""

from common import example_account, make_sdk, run, sample_file


def account_notes() -> None:
    exsited_sdk = make_sdk()
    account_id = example_account(exsited_sdk)
    file_urls = [sample_file("IMAGE_FILE_1.jpg"), sample_file("IMAGE_FILE_2.jpg")]
    added = exsited_sdk.notes.add_notes(file_urls=file_urls, datas="NOTE_CONTENT_TEXT", account_id=account_id)
    print(added)
    assert added.account is not None and added.account.notes is not None and added.account.notes.uuid is not None
    note_uuid = added.account.notes.uuid
    print(exsited_sdk.account.note_details(id=account_id))
    print(exsited_sdk.account.note_uuid_details(id=account_id, uuid=note_uuid))
    print(exsited_sdk.notes.add_notes_uuid(file_urls=[sample_file("DATA_FILE.csv")], account_id=account_id, note_uuid=note_uuid))
    files = exsited_sdk.account.note_uuid_files_details(id=account_id, uuid=note_uuid)
    print(files)
    for note in exsited_sdk.notes.iter_all(account_id, limit=10):
        print(note.uuid, note.content)
    print(exsited_sdk.account.delete_note_uuid(id=account_id, uuid=note_uuid))


if __name__ == "__main__":
    run(account_notes)
