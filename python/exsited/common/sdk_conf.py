"""Process-wide switches, read at every call."""


class SDKConfig:
    """Print switches. Calls made while one is on (or while the ``exsited`` logger is at
    DEBUG) go through a second native client that reports its requests and answers; it is
    created on the first such call and fetches a token of its own then, so that calls made
    while everything is off skip that reporting entirely."""

    #: Print each request (method, URL, body; secrets masked) to stdout.
    PRINT_REQUEST_DATA: bool = False
    #: Print each raw answer (secrets masked) to stdout.
    PRINT_RAW_RESPONSE: bool = False
