"""``max_response_bytes`` and ``max_upload_bytes``: the two memory bounds, set from Python.
An answer over the first is a DecodeError that keeps the status and names the option; files
over the second are refused before anything is sent."""

import pytest

from conftest import make_sdk
from exsited import DecodeError, UsageError


def test_an_answer_over_max_response_bytes_is_refused_and_names_the_option(sb, account_id):
    small = make_sdk(sb, max_retries=0, max_response_bytes=4096)
    assert small.account.details(id=account_id).account.id == account_id  # about 2 kB: read
    sb.seed(50)
    with pytest.raises(DecodeError) as info:
        small.account.list(limit=50)
    assert info.value.status_code == 200
    assert "max_response_bytes" in str(info.value) and "4096 bytes" in str(info.value)
    # The same page under the default bound (64 MiB) is read whole.
    assert len(make_sdk(sb, max_retries=0).account.list(limit=50).accounts) == 50


def test_the_bound_applies_to_the_inflated_size_of_a_compressed_answer(sb, compressing):
    sb.seed(50)
    small = make_sdk(sb, max_retries=0, max_response_bytes=8192)
    with pytest.raises(DecodeError, match="max_response_bytes"):
        small.account.list(limit=50)
    assert "gzip" in sb.last()["headers"].get("accept-encoding", "")


def test_files_over_max_upload_bytes_are_refused_before_any_request(sb, account_id, tmp_path):
    small = make_sdk(sb, max_retries=0, max_upload_bytes=2048)
    fits, too_big = tmp_path / "fits.txt", tmp_path / "big.txt"
    fits.write_bytes(b"a" * 1500)
    too_big.write_bytes(b"b" * 3000)
    small.account.add_notes(file_url=str(fits), account_id=account_id, datas="fits")
    sb.clear()
    with pytest.raises(UsageError, match="3000 bytes, over the upload limit of 2048 bytes"):
        small.account.add_notes(file_url=str(too_big), account_id=account_id, datas="too big")
    # Two files that fit alone but not together.
    with pytest.raises(UsageError, match="add up to 3000 bytes, over the limit of 2048 bytes"):
        small.account.add_notes(file_url=[str(fits), str(fits)], account_id=account_id, datas="two")
    assert sb.data_requests() == []
