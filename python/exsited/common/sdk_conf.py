"""Process-wide switches, read at every call."""


class SDKConfig:
    #: Print each request (method, URL, body; secrets masked) to stdout.
    PRINT_REQUEST_DATA: bool = False
    #: Print each raw answer (secrets masked) to stdout.
    PRINT_RAW_RESPONSE: bool = False
