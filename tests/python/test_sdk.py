"""Construction forms, options, print switches, logging, and secrets never printed."""

import asyncio
import logging

from exsited import AsyncExsitedSDK, ExsitedSDK, FileTokenManager, RequestTokenDTO, SDKConfig, UsageError
from exsited.exsited.exsited_sdk import ExsitedSDK as DocumentedPath

from conftest import CLIENT_ID, CLIENT_SECRET


def token_dto(sb):
    return RequestTokenDTO(grantType="client_credentials", clientId=CLIENT_ID, clientSecret=CLIENT_SECRET,
                           redirectUri="https://app.example/cb", exsitedUrl=sb.url)


def test_init_sdk_as_documented(sb):
    sdk = DocumentedPath().init_sdk(request_token_dto=token_dto(sb))
    assert isinstance(sdk, ExsitedSDK)
    sdk.account.list()
    token = [r for r in sb.requests() if r["path"] == "/api/v1/oauth2/token"][0]
    assert token["method"] == "POST" and token["body"]["grant_type"] == "client_credentials"
    assert token["body"]["client_id"] == CLIENT_ID and token["body"]["redirect_uri"] == "https://app.example/cb"
    assert "exsited_url" not in token["body"]


def test_keyword_constructor_and_options(sb):
    sdk = ExsitedSDK(exsited_url=sb.url + "/", grant_type="client_credentials", client_id=CLIENT_ID,
                     client_secret=CLIENT_SECRET, redirect_uri="r", timeout=5, connect_timeout=2, max_retries=1)
    sdk.account.list()
    assert sb.last()["path"] == "/api/v2/accounts"
    assert sb.last()["headers"]["user-agent"].endswith("(python)")
    sdk = ExsitedSDK().init_sdk(request_token_dto=token_dto(sb), timeout=5, max_retries=0)
    sdk.account.list()


def test_first_call_fetches_token_before_sending(sb):
    sdk = ExsitedSDK().init_sdk(request_token_dto=token_dto(sb))
    sb.clear()
    sdk.account.list()
    paths = [r["path"] for r in sb.requests()]
    assert paths == ["/api/v1/oauth2/token", "/api/v2/accounts"]
    assert all(r["status"] != 401 for r in sb.requests())


def test_sdks_of_one_process_share_the_token_of_their_credentials(sb):
    """Exsited ends a token when another is fetched for the same credentials: two SDK objects
    (sync and async, other options) holding one each would sign each other out."""
    from conftest import make_sdk

    a = make_sdk(sb)
    b = make_sdk(sb, timeout=12, max_retries=0)
    c = AsyncExsitedSDK(exsited_url=sb.url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET, redirect_uri="https://app.example/callback")
    for _ in range(3):
        a.account.list()
        b.account.list()
        asyncio.run(c.account.list())
    counters = sb.counters()
    assert counters["token_requests"] == 1, counters
    assert counters["revoked_token_rejections"] == 0, counters


def test_file_token_manager_shares_the_token(sb, tmp_path):
    path = tmp_path / "tokens" / "token.json"
    mgr = FileTokenManager(str(path))
    first = ExsitedSDK().init_sdk(request_token_dto=token_dto(sb), file_token_mgr=mgr)
    first.account.list()
    second = ExsitedSDK().init_sdk(request_token_dto=token_dto(sb), file_token_mgr=FileTokenManager(str(path)))
    second.account.list()
    assert sb.counters()["token_requests"] == 1
    assert path.exists() and CLIENT_SECRET not in path.read_text()


def test_print_switches_and_no_secret_in_output(sb, capsys, caplog, files):
    SDKConfig.PRINT_REQUEST_DATA = True
    SDKConfig.PRINT_RAW_RESPONSE = True
    caplog.set_level(logging.DEBUG, logger="exsited")
    try:
        sdk = ExsitedSDK().init_sdk(request_token_dto=token_dto(sb))
        from exsited import PaymentCardMethodsAddDTO, PaymentCardMethodsDataDTO, AccountCreateDTO, AccountDataDTO

        acc = sdk.account.create(request_data=AccountCreateDTO(account=AccountDataDTO(name="Printed", emailAddress="p@example.com")))
        card = PaymentCardMethodsDataDTO(processorType="CREDIT_CARD", paymentProcessor="Stripe", reference="C",
                                         cardNumber="4111111111111111", token="tok_secret_value", cardCvv="123")
        try:
            sdk.account.add_payment_card_method(account_id=acc.account.id, request_data=PaymentCardMethodsAddDTO().method(payment_method=card))
        except Exception:
            pass
        sdk.account.add_notes(file_url=files[0], account_id=acc.account.id, datas="n")
        print(repr(sdk), repr(token_dto(sb)), repr(sdk.account))
        try:
            ExsitedSDK(exsited_url=sb.url, client_id=CLIENT_ID, client_secret="another-secret-42").account.list()
        except Exception as e:
            print(repr(e), e, e.raw_response)  # type: ignore[attr-defined]
    finally:
        SDKConfig.PRINT_REQUEST_DATA = False
        SDKConfig.PRINT_RAW_RESPONSE = False
    out = capsys.readouterr().out
    assert "Request accounts.create: POST" in out and "Response accounts.create: HTTP" in out
    assert "Printed" in out
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "accounts.create" in logged
    for secret in (CLIENT_SECRET, "another-secret-42", "4111111111111111", "tok_secret_value", files[0]):
        assert secret not in out, secret
        assert secret not in logged, secret


def test_nothing_printed_when_switches_are_off(sdk, capsys):
    sdk.account.list()
    assert capsys.readouterr().out == ""


def test_async_sdk_constructed_both_ways(sb):
    async def main():
        a = AsyncExsitedSDK().init_sdk(request_token_dto=token_dto(sb))
        b = AsyncExsitedSDK(exsited_url=sb.url, client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
        r1, r2 = await asyncio.gather(a.account.list(), b.account.financial_summary())
        return r1, r2

    r1, r2 = asyncio.run(main())
    assert type(r1).__name__ == "AccountListDTO" and type(r2).__name__ == "FinancialSummaryResponseDTO"


def test_unknown_keyword_in_init_sdk(sb):
    try:
        ExsitedSDK().init_sdk(request_token_dto=token_dto(sb), retries=3)
    except UsageError as e:
        assert "retries" in str(e)
    else:
        raise AssertionError("no UsageError")
