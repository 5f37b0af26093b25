"""Every option of the SDK constructor, given any value (ints of any size, negative,
floats including nan and inf, strings, None, bools, bytes, objects): the SDK is built or a
UsageError (ConfigError) names the option. Never an OverflowError, a bare TypeError or a
PanicException, and what is accepted is inside the documented range."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from exsited import ExsitedSDK
from exsited.common.ab_exception import ConfigError, UsageError
from exsited.http.file_token_manager import FileTokenManager

# The core masks every client secret it has seen in all later messages: secrets here carry
# a prefix found in no message, so that no option name gets masked.
BASE = dict(exsited_url="http://127.0.0.1:9", client_id="id", client_secret="zq-base-s3cr3t")
MAX_SECONDS = 86_400
MAX_RETRIES = 10
MIN_BYTES, MAX_BYTES = 1024, 4 * 1024**3

values = st.one_of(
    st.integers(),
    st.integers(min_value=2**31, max_value=2**300),
    st.integers(max_value=-1),
    st.integers(min_value=-2, max_value=MAX_SECONDS + 2),
    st.integers(min_value=MIN_BYTES - 2, max_value=MAX_BYTES + 2),
    st.sampled_from([MIN_BYTES - 1, MIN_BYTES, MAX_BYTES, MAX_BYTES + 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-1.0, max_value=MAX_SECONDS + 1.0),
    st.sampled_from([float("nan"), float("inf"), -float("inf"), 1e19, -0.0, 5e-324, 10**400]),
    st.text(max_size=30),
    st.sampled_from(["5", "", "1e19", "nan", "http://127.0.0.1:3128", "\x00", "https://api.example.com"]),
    st.none(),
    st.booleans(),
    st.binary(max_size=20),
    st.sampled_from([[], {}, object(), (1,), 1j]),
)

# The constructor's options, with the name its messages use.
OPTIONS = {
    "timeout": "timeout",
    "connect_timeout": "connect_timeout",
    "max_retries": "max_retries",
    "max_response_bytes": "max_response_bytes",
    "max_upload_bytes": "max_upload_bytes",
    "proxy": "proxy",
    "ca_cert_pem": "ca_cert_pem",
    "allow_insecure_http": "allow_insecure_http",
    "exsited_url": ("exsited_url", "base_url"),
    "client_id": "client_id",
    # (an earlier test used the secret "secret": the core masks it in every later message)
    "client_secret": ("client_secret", "client_***"),
    "grant_type": "grant_type",
    "redirect_uri": "redirect_uri",
    "file_token_mgr": ("file_token_mgr", "token_cache_file"),
}


def build(option, value):
    """Builds the SDK with one option set to `value`; returns None or the UsageError."""
    kwargs = dict(BASE)
    kwargs[option] = value
    try:
        ExsitedSDK(**kwargs)
    except UsageError as e:
        return e
    return None


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check(option, value):
    if option == "client_secret" and isinstance(value, str) and value:
        value = "zq-" + value
    error = build(option, value)
    if error is not None:
        names = OPTIONS[option]
        names = names if isinstance(names, tuple) else (names,)
        assert any(n in str(error) for n in names), f"{option}={value!r}: {error}"
    if option in ("timeout", "connect_timeout"):
        in_range = is_number(value) and (isinstance(value, int) or not math.isnan(value)) and 0 < value <= MAX_SECONDS
        assert (error is None) == (in_range or value is None), f"{option}={value!r}: {error}"
        if error is not None and value is not None:
            assert isinstance(error, ConfigError)
            assert f"{option} must be a number of seconds greater than 0 and at most {MAX_SECONDS}" in str(error)
    if option == "max_retries":
        in_range = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_RETRIES
        assert (error is None) == (in_range or value is None), f"{option}={value!r}: {error}"
        if error is not None:
            assert f"max_retries must be a whole number from 0 to {MAX_RETRIES}" in str(error)
    if option in ("max_response_bytes", "max_upload_bytes"):
        in_range = isinstance(value, int) and not isinstance(value, bool) and MIN_BYTES <= value <= MAX_BYTES
        assert (error is None) == (in_range or value is None), f"{option}={value!r}: {error}"
        if error is not None:
            assert isinstance(error, ConfigError)
            assert f"{option} must be a whole number of bytes from {MIN_BYTES} to {MAX_BYTES}" in str(error)
    if option == "allow_insecure_http":
        assert (error is None) == (value is None or isinstance(value, bool)), f"{option}={value!r}: {error}"


@pytest.mark.parametrize("option", sorted(OPTIONS))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=values)
def test_any_option_value_is_accepted_or_a_usage_error(option, value):
    check(option, value)


def test_paths_for_the_token_file(tmp_path):
    check("file_token_mgr", FileTokenManager(str(tmp_path / "t.json")))
    check("file_token_mgr", tmp_path / "t.json")
    for bad in ("", "\x00", "a\x00b"):
        check("file_token_mgr", bad)
        assert build("file_token_mgr", bad) is not None


@pytest.mark.parametrize(
    "option, value, words",
    [
        ("max_retries", -1, "max_retries must be a whole number from 0 to 10, got -1"),
        # (long digit runs are masked in every message, as card numbers would be)
        ("max_retries", 2**40, "max_retries must be a whole number from 0 to 10, got "),
        ("max_retries", 2**100, "max_retries must be a whole number from 0 to 10, got "),
        ("max_retries", 2.0, "got float"),
        ("timeout", "5", "timeout must be a number of seconds greater than 0 and at most 86400, got str"),
        ("timeout", 1e19, "timeout must be a number of seconds greater than 0 and at most 86400, got "),
        ("connect_timeout", 1e19, "connect_timeout must be"),
        ("timeout", float("nan"), "got NaN"),
        ("timeout", True, "got bool"),
        ("timeout", 10**400, "timeout must be a number of seconds greater than 0 and at most 86400, got "),
        ("max_response_bytes", 0, "max_response_bytes must be a whole number of bytes from 1024 to 4294967296, got 0"),
        ("max_response_bytes", 2**33, "max_response_bytes must be a whole number of bytes from 1024 to 4294967296, got 8589934592"),
        ("max_response_bytes", 2**100, "max_response_bytes must be a whole number of bytes from 1024 to 4294967296, got "),
        ("max_response_bytes", 1e6, "got float"),
        ("max_upload_bytes", -1, "max_upload_bytes must be a whole number of bytes from 1024 to 4294967296, got -1"),
        ("max_upload_bytes", "10MB", "got str"),
        ("allow_insecure_http", "yes", "allow_insecure_http must be true or false, got str"),
        ("proxy", 5, "proxy must be a string, got int"),
        ("ca_cert_pem", 5, "ca_cert_pem must be PEM certificate text"),
        ("redirect_uri", b"x", "redirect_uri must be a string, got bytes"),
    ],
)
def test_the_reported_values(option, value, words):
    error = build(option, value)
    assert isinstance(error, ConfigError) and isinstance(error, UsageError), error
    assert words in str(error)


def test_both_timeouts_at_1e19_are_an_exception_not_a_panic():
    with pytest.raises(Exception) as info:
        ExsitedSDK(**BASE, timeout=1e19, connect_timeout=1e19)
    assert isinstance(info.value, ConfigError)


def test_init_sdk_options_are_checked_too():
    from exsited import RequestTokenDTO

    dto = RequestTokenDTO(grantType="client_credentials", clientId="id", clientSecret="s", redirectUri="", exsitedUrl="http://127.0.0.1:9")
    with pytest.raises(UsageError, match="max_retries must be a whole number"):
        ExsitedSDK().init_sdk(dto, max_retries=-1)
    with pytest.raises(ConfigError, match="max_response_bytes must be a whole number of bytes"):
        ExsitedSDK().init_sdk(dto, max_response_bytes=10)
