"""Process-wide switches, read at every call."""


class SDKConfig:
    """Print switches, read at every call. Calls made while one is on (or while the
    ``exsited`` logger is at DEBUG) report their requests and answers, secrets masked; calls
    made while everything is off skip that reporting entirely."""

    #: Print each request (method, URL, body; secrets masked) to stdout.
    PRINT_REQUEST_DATA: bool = False
    #: Print each raw answer (secrets masked) to stdout.
    PRINT_RAW_RESPONSE: bool = False
