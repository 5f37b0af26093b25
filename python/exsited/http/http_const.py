# generated from api/ — do not edit; run `make generate`
"""Enums of `exsited.http.http_const`."""

from enum import Enum


class RequestType(Enum):
    GET = "GET"
    POST = "POST"
    PUT = "PUT"
    PATCH = "PATCH"
    DELETE = "DELETE"

    def __str__(self) -> str:
        return self.value
