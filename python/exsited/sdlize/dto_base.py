# generated from api/ — do not edit; run `make generate`
"""Enums of `exsited.sdlize.dto_base`."""

from enum import Enum


class PropsModType(Enum):
    CAMEL_TO_SNAKE = "CAMEL_TO_SNAKE"
    SNAKE_TO_CAMEL = "SNAKE_TO_CAMEL"

    def __str__(self) -> str:
        return self.value
