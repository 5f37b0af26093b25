# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.communications.dto.communications_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "EmailBasicDataDTO",
    "EmailBasicRequestDTO",
    "EmailBasicResponseDTO",
]


@dataclass(repr=False, eq=False, init=False)
class EmailBasicDataDTO(DTOBase):
    """``EmailBasicDataDTO`` of the documented SDK."""
    id: Optional[str] = None
    template: Optional[str] = None
    to: Optional[str] = None
    cc: Optional[List[Any]] = None
    bcc: Optional[List[Any]] = None
    subject: Optional[str] = None
    body: Optional[str] = None

    def __init__(self, id: Optional[str] = None, template: Optional[str] = None, to: Optional[str] = None, cc: Optional[List[Any]] = None, bcc: Optional[List[Any]] = None, subject: Optional[str] = None, body: Optional[str] = None) -> None:
        self.id = id
        self.template = template
        self.to = to
        self.cc = cc
        self.bcc = bcc
        self.subject = subject
        self.body = body


@dataclass(repr=False, eq=False, init=False)
class EmailBasicRequestDTO(DTOBase):
    """``EmailBasicRequestDTO`` of the documented SDK."""
    invoice: Optional[EmailBasicDataDTO] = None
    purchaseInvoice: Optional[EmailBasicDataDTO] = None
    accountStatement: Optional[EmailBasicDataDTO] = None
    payment: Optional[EmailBasicDataDTO] = None

    def __init__(self, invoice: Optional[EmailBasicDataDTO] = None, purchaseInvoice: Optional[EmailBasicDataDTO] = None, accountStatement: Optional[EmailBasicDataDTO] = None, payment: Optional[EmailBasicDataDTO] = None) -> None:
        self.invoice = invoice
        self.purchaseInvoice = purchaseInvoice
        self.accountStatement = accountStatement
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class EmailBasicResponseDTO(DTOBase):
    """``EmailBasicResponseDTO`` of the documented SDK."""
    message: Optional[str] = None

    def __init__(self, message: Optional[str] = None) -> None:
        self.message = message
