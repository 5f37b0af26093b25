"""Sharing one token between processes through a file."""

import os
from typing import Union


class FileTokenManager:
    """Names the JSON file in which the token is cached and shared (the core locks it,
    so processes using the same file share one token)."""

    def __init__(self, filepath: Union[str, "os.PathLike[str]"]) -> None:
        self.filepath = os.fspath(filepath)
        parent = os.path.dirname(self.filepath)
        if parent:
            os.makedirs(parent, exist_ok=True)

    def clear_token(self) -> None:
        """Forgets the cached token; the next call fetches a new one."""
        try:
            os.remove(self.filepath)
        except FileNotFoundError:
            pass

    def __repr__(self) -> str:
        return f"FileTokenManager({self.filepath!r})"
