"""What failures look like: one ABException subclass per kind, errors of this answer only."""

from common import make_sdk
from exsited import ABException, NotFoundError, UsageError


def error_handling() -> None:
    exsited_sdk = make_sdk()
    try:
        exsited_sdk.account.details(id="NO_SUCH_ACCOUNT")
    except NotFoundError as ab:
        print(type(ab).__name__, ab.status_code)
        print(ab)
        print(ab.get_errors())
        print(ab.raw_response)
    try:
        exsited_sdk.account.details(id="")
    except UsageError as ab:
        print("refused before sending:", ab)
    try:
        exsited_sdk.notes.add_notes(file_urls=["/no/such/file.pdf"], account_id="ANY", datas="x")
    except ABException as ab:
        print(type(ab).__name__, ab)


if __name__ == "__main__":
    error_handling()
