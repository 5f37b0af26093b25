"""Process-wide switches, read at every call."""

from typing import Optional


class SDKConfig:
    """The documented SDK's switches, read at every call.

    Print switches: calls made while one is on (or while the ``exsited`` logger is at DEBUG)
    report their requests and answers, secrets masked; calls made while everything is off skip
    that reporting entirely.

    Answer and version switches, as the documented SDK (1.0.40) has them: answers as plain
    JSON data instead of DTOs, and the API version of every call or of the next one."""

    #: Print each request (method, URL, body; secrets masked) to stdout.
    PRINT_REQUEST_DATA: bool = False
    #: Print each raw answer (secrets masked) to stdout.
    PRINT_RAW_RESPONSE: bool = False
    #: Answers (and ``iter_all`` records) come back as the JSON data the server sent (dicts and
    #: lists, the API's snake_case keys) instead of DTOs.
    ENABLE_JSON_CONVERSION: bool = False
    #: The API version of every call (``"v2"``, ``"V3"`` or ``"3"``) instead of each method's own.
    API_GLOBAL_VERSION: Optional[str] = None
    #: The API version of the next call only (it wins over ``API_GLOBAL_VERSION``); that call
    #: clears it when it starts.
    API_VERSION: Optional[str] = None
