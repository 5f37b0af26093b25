# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.notes.dto.notes_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "AccountNotesDataDTO",
    "AccountNotesResponseDTO",
    "FileDTO",
    "InvoiceNoteDataDTO",
    "InvoiceNoteDetailsDTO",
    "InvoiceNoteResponseDataDTO",
    "InvoiceNoteResponseDetailsDTO",
    "InvoiceNoteUuidDataDTO",
    "InvoiceNoteUuidDetailsDTO",
    "InvoiceNoteUuidFileDataDTO",
    "InvoiceNoteUuidFileDetailsDTO",
    "InvoiceNoteUuidFileUuidDataDTO",
    "InvoiceNoteUuidFileUuidDetailsDTO",
    "ItemNoteDataDTO",
    "ItemNoteDetailsDTO",
    "ItemNoteResponseDataDTO",
    "ItemNoteResponseDetailsDTO",
    "ItemNoteUuidDataDTO",
    "ItemNoteUuidDetailsDTO",
    "ItemNoteUuidFileDataDTO",
    "ItemNoteUuidFileDetailsDTO",
    "ItemNoteUuidFileUuidDataDTO",
    "ItemNoteUuidFileUuidDetailsDTO",
    "NoteDataDTO",
    "NoteFileDataDTO",
    "NoteFileUuidDataDTO",
    "NotesListResponseDTO",
    "OrderNoteDataDTO",
    "OrderNoteDetailsDTO",
    "OrderNoteResponseDataDTO",
    "OrderNoteResponseDetailsDTO",
    "OrderNoteUuidDataDTO",
    "OrderNoteUuidDetailsDTO",
    "OrderNoteUuidFileDataDTO",
    "OrderNoteUuidFileDetailsDTO",
    "OrderNoteUuidFileUuidDataDTO",
    "OrderNoteUuidFileUuidDetailsDTO",
    "PaymentNoteDataDTO",
    "PaymentNoteDetailsDTO",
    "PaymentNoteResponseDataDTO",
    "PaymentNoteResponseDetailsDTO",
    "PaymentNoteUuidDataDTO",
    "PaymentNoteUuidDetailsDTO",
    "PaymentNoteUuidFileDataDTO",
    "PaymentNoteUuidFileDetailsDTO",
    "PaymentNoteUuidFileUuidDataDTO",
    "PaymentNoteUuidFileUuidDetailsDTO",
    "PurchaseInvoiceDetailsDTO",
    "PurchaseInvoiceNoteDataDTO",
    "PurchaseInvoiceNoteResponseDataDTO",
    "PurchaseInvoiceNoteResponseDetailsDTO",
    "PurchaseInvoiceNoteUuidDataDTO",
    "PurchaseInvoiceNoteUuidDetailsDTO",
    "PurchaseInvoiceNoteUuidFileUuidDataDTO",
    "PurchaseInvoiceNoteUuidFileUuidDetailsDTO",
    "PurchaseInvoiceUuidFileDataDTO",
    "PurchaseInvoiceUuidFileDetailsDTO",
    "PurchaseOrderNoteDataDTO",
    "PurchaseOrderNoteResponseDataDTO",
    "PurchaseOrderNoteResponseDetailsDTO",
    "PurchaseOrderNoteUuidDataDTO",
    "PurchaseOrderNoteUuidDetailsDTO",
    "PurchaseOrderNoteUuidFileUuidDataDTO",
    "PurchaseOrderNoteUuidFileUuidDetailsDTO",
    "PurchaseOrderUuidFileDataDTO",
    "PurchaseOrderUuidFileDetailsDTO",
]


@dataclass(repr=False, eq=False, init=False)
class AccountNotesDataDTO(DTOBase):
    """``AccountNotesDataDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class AccountNotesResponseDTO(DTOBase):
    """``AccountNotesResponseDTO`` of the documented SDK."""
    account: Optional[AccountNotesDataDTO] = None

    def __init__(self, account: Optional[AccountNotesDataDTO] = None) -> None:
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class FileDTO(DTOBase):
    """``FileDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None
    version: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None, version: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name
        self.version = version


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteDataDTO(DTOBase):
    """``InvoiceNoteDataDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteDetailsDTO(DTOBase):
    """``InvoiceNoteDetailsDTO`` of the documented SDK."""
    invoice: Optional[InvoiceNoteDataDTO] = None

    def __init__(self, invoice: Optional[InvoiceNoteDataDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteResponseDataDTO(DTOBase):
    """``InvoiceNoteResponseDataDTO`` of the documented SDK."""
    notes: Optional[NoteDataDTO] = None

    def __init__(self, notes: Optional[NoteDataDTO] = None) -> None:
        self.notes = notes


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteResponseDetailsDTO(DTOBase):
    """``InvoiceNoteResponseDetailsDTO`` of the documented SDK."""
    invoice: Optional[InvoiceNoteResponseDataDTO] = None

    def __init__(self, invoice: Optional[InvoiceNoteResponseDataDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteUuidDataDTO(DTOBase):
    """``InvoiceNoteUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteDataDTO] = None

    def __init__(self, note: Optional[NoteDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteUuidDetailsDTO(DTOBase):
    """``InvoiceNoteUuidDetailsDTO`` of the documented SDK."""
    invoice: Optional[InvoiceNoteUuidDataDTO] = None

    def __init__(self, invoice: Optional[InvoiceNoteUuidDataDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteUuidFileDataDTO(DTOBase):
    """``InvoiceNoteUuidFileDataDTO`` of the documented SDK."""
    note: Optional[NoteFileDataDTO] = None

    def __init__(self, note: Optional[NoteFileDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteUuidFileDetailsDTO(DTOBase):
    """``InvoiceNoteUuidFileDetailsDTO`` of the documented SDK."""
    invoice: Optional[InvoiceNoteUuidFileDataDTO] = None

    def __init__(self, invoice: Optional[InvoiceNoteUuidFileDataDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteUuidFileUuidDataDTO(DTOBase):
    """``InvoiceNoteUuidFileUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteFileUuidDataDTO] = None

    def __init__(self, note: Optional[NoteFileUuidDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class InvoiceNoteUuidFileUuidDetailsDTO(DTOBase):
    """``InvoiceNoteUuidFileUuidDetailsDTO`` of the documented SDK."""
    invoice: Optional[InvoiceNoteUuidFileUuidDataDTO] = None

    def __init__(self, invoice: Optional[InvoiceNoteUuidFileUuidDataDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class ItemNoteDataDTO(DTOBase):
    """``ItemNoteDataDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class ItemNoteDetailsDTO(DTOBase):
    """``ItemNoteDetailsDTO`` of the documented SDK."""
    item: Optional[ItemNoteDataDTO] = None

    def __init__(self, item: Optional[ItemNoteDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemNoteResponseDataDTO(DTOBase):
    """``ItemNoteResponseDataDTO`` of the documented SDK."""
    notes: Optional[NoteDataDTO] = None

    def __init__(self, notes: Optional[NoteDataDTO] = None) -> None:
        self.notes = notes


@dataclass(repr=False, eq=False, init=False)
class ItemNoteResponseDetailsDTO(DTOBase):
    """``ItemNoteResponseDetailsDTO`` of the documented SDK."""
    item: Optional[ItemNoteResponseDataDTO] = None

    def __init__(self, item: Optional[ItemNoteResponseDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemNoteUuidDataDTO(DTOBase):
    """``ItemNoteUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteDataDTO] = None

    def __init__(self, note: Optional[NoteDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class ItemNoteUuidDetailsDTO(DTOBase):
    """``ItemNoteUuidDetailsDTO`` of the documented SDK."""
    item: Optional[ItemNoteUuidDataDTO] = None

    def __init__(self, item: Optional[ItemNoteUuidDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemNoteUuidFileDataDTO(DTOBase):
    """``ItemNoteUuidFileDataDTO`` of the documented SDK."""
    note: Optional[NoteFileDataDTO] = None

    def __init__(self, note: Optional[NoteFileDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class ItemNoteUuidFileDetailsDTO(DTOBase):
    """``ItemNoteUuidFileDetailsDTO`` of the documented SDK."""
    item: Optional[ItemNoteUuidFileDataDTO] = None

    def __init__(self, item: Optional[ItemNoteUuidFileDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class ItemNoteUuidFileUuidDataDTO(DTOBase):
    """``ItemNoteUuidFileUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteFileUuidDataDTO] = None

    def __init__(self, note: Optional[NoteFileUuidDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class ItemNoteUuidFileUuidDetailsDTO(DTOBase):
    """``ItemNoteUuidFileUuidDetailsDTO`` of the documented SDK."""
    item: Optional[ItemNoteUuidFileUuidDataDTO] = None

    def __init__(self, item: Optional[ItemNoteUuidFileUuidDataDTO] = None) -> None:
        self.item = item


@dataclass(repr=False, eq=False, init=False)
class NoteDataDTO(DTOBase):
    """``NoteDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    version: Optional[str] = None
    content: Optional[str] = None
    files: Optional[List[FileDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, version: Optional[str] = None, content: Optional[str] = None, files: Optional[List[FileDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None) -> None:
        self.uuid = uuid
        self.version = version
        self.content = content
        self.files = files
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn


@dataclass(repr=False, eq=False, init=False)
class NoteFileDataDTO(DTOBase):
    """``NoteFileDataDTO`` of the documented SDK."""
    files: Optional[List[FileDTO]] = None

    def __init__(self, files: Optional[List[FileDTO]] = None) -> None:
        self.files = files


@dataclass(repr=False, eq=False, init=False)
class NoteFileUuidDataDTO(DTOBase):
    """``NoteFileUuidDataDTO`` of the documented SDK."""
    file: Optional[FileDTO] = None

    def __init__(self, file: Optional[FileDTO] = None) -> None:
        self.file = file


@dataclass(repr=False, eq=False, init=False)
class NotesListResponseDTO(DTOBase):
    """``NotesListResponseDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class OrderNoteDataDTO(DTOBase):
    """``OrderNoteDataDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class OrderNoteDetailsDTO(DTOBase):
    """``OrderNoteDetailsDTO`` of the documented SDK."""
    order: Optional[OrderNoteDataDTO] = None

    def __init__(self, order: Optional[OrderNoteDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderNoteResponseDataDTO(DTOBase):
    """``OrderNoteResponseDataDTO`` of the documented SDK."""
    notes: Optional[NoteDataDTO] = None

    def __init__(self, notes: Optional[NoteDataDTO] = None) -> None:
        self.notes = notes


@dataclass(repr=False, eq=False, init=False)
class OrderNoteResponseDetailsDTO(DTOBase):
    """``OrderNoteResponseDetailsDTO`` of the documented SDK."""
    order: Optional[OrderNoteResponseDataDTO] = None

    def __init__(self, order: Optional[OrderNoteResponseDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderNoteUuidDataDTO(DTOBase):
    """``OrderNoteUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteDataDTO] = None

    def __init__(self, note: Optional[NoteDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class OrderNoteUuidDetailsDTO(DTOBase):
    """``OrderNoteUuidDetailsDTO`` of the documented SDK."""
    order: Optional[OrderNoteUuidDataDTO] = None

    def __init__(self, order: Optional[OrderNoteUuidDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderNoteUuidFileDataDTO(DTOBase):
    """``OrderNoteUuidFileDataDTO`` of the documented SDK."""
    note: Optional[NoteFileDataDTO] = None

    def __init__(self, note: Optional[NoteFileDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class OrderNoteUuidFileDetailsDTO(DTOBase):
    """``OrderNoteUuidFileDetailsDTO`` of the documented SDK."""
    order: Optional[OrderNoteUuidFileDataDTO] = None

    def __init__(self, order: Optional[OrderNoteUuidFileDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class OrderNoteUuidFileUuidDataDTO(DTOBase):
    """``OrderNoteUuidFileUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteFileUuidDataDTO] = None

    def __init__(self, note: Optional[NoteFileUuidDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class OrderNoteUuidFileUuidDetailsDTO(DTOBase):
    """``OrderNoteUuidFileUuidDetailsDTO`` of the documented SDK."""
    order: Optional[OrderNoteUuidFileUuidDataDTO] = None

    def __init__(self, order: Optional[OrderNoteUuidFileUuidDataDTO] = None) -> None:
        self.order = order


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteDataDTO(DTOBase):
    """``PaymentNoteDataDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteDetailsDTO(DTOBase):
    """``PaymentNoteDetailsDTO`` of the documented SDK."""
    payment: Optional[PaymentNoteDataDTO] = None

    def __init__(self, payment: Optional[PaymentNoteDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteResponseDataDTO(DTOBase):
    """``PaymentNoteResponseDataDTO`` of the documented SDK."""
    notes: Optional[NoteDataDTO] = None

    def __init__(self, notes: Optional[NoteDataDTO] = None) -> None:
        self.notes = notes


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteResponseDetailsDTO(DTOBase):
    """``PaymentNoteResponseDetailsDTO`` of the documented SDK."""
    payment: Optional[PaymentNoteResponseDataDTO] = None

    def __init__(self, payment: Optional[PaymentNoteResponseDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteUuidDataDTO(DTOBase):
    """``PaymentNoteUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteDataDTO] = None

    def __init__(self, note: Optional[NoteDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteUuidDetailsDTO(DTOBase):
    """``PaymentNoteUuidDetailsDTO`` of the documented SDK."""
    payment: Optional[PaymentNoteUuidDataDTO] = None

    def __init__(self, payment: Optional[PaymentNoteUuidDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteUuidFileDataDTO(DTOBase):
    """``PaymentNoteUuidFileDataDTO`` of the documented SDK."""
    note: Optional[NoteFileDataDTO] = None

    def __init__(self, note: Optional[NoteFileDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteUuidFileDetailsDTO(DTOBase):
    """``PaymentNoteUuidFileDetailsDTO`` of the documented SDK."""
    payment: Optional[PaymentNoteUuidFileDataDTO] = None

    def __init__(self, payment: Optional[PaymentNoteUuidFileDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteUuidFileUuidDataDTO(DTOBase):
    """``PaymentNoteUuidFileUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteFileUuidDataDTO] = None

    def __init__(self, note: Optional[NoteFileUuidDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PaymentNoteUuidFileUuidDetailsDTO(DTOBase):
    """``PaymentNoteUuidFileUuidDetailsDTO`` of the documented SDK."""
    payment: Optional[PaymentNoteUuidFileUuidDataDTO] = None

    def __init__(self, payment: Optional[PaymentNoteUuidFileUuidDataDTO] = None) -> None:
        self.payment = payment


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceDetailsDTO(DTOBase):
    """``PurchaseInvoiceDetailsDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceNoteDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceNoteDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceNoteDataDTO(DTOBase):
    """``PurchaseInvoiceNoteDataDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceNoteResponseDataDTO(DTOBase):
    """``PurchaseInvoiceNoteResponseDataDTO`` of the documented SDK."""
    notes: Optional[NoteDataDTO] = None

    def __init__(self, notes: Optional[NoteDataDTO] = None) -> None:
        self.notes = notes


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceNoteResponseDetailsDTO(DTOBase):
    """``PurchaseInvoiceNoteResponseDetailsDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceNoteResponseDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceNoteResponseDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceNoteUuidDataDTO(DTOBase):
    """``PurchaseInvoiceNoteUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteDataDTO] = None

    def __init__(self, note: Optional[NoteDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceNoteUuidDetailsDTO(DTOBase):
    """``PurchaseInvoiceNoteUuidDetailsDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceNoteUuidDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceNoteUuidDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceNoteUuidFileUuidDataDTO(DTOBase):
    """``PurchaseInvoiceNoteUuidFileUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteFileUuidDataDTO] = None

    def __init__(self, note: Optional[NoteFileUuidDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceNoteUuidFileUuidDetailsDTO(DTOBase):
    """``PurchaseInvoiceNoteUuidFileUuidDetailsDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceNoteUuidFileUuidDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceNoteUuidFileUuidDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceUuidFileDataDTO(DTOBase):
    """``PurchaseInvoiceUuidFileDataDTO`` of the documented SDK."""
    note: Optional[NoteFileDataDTO] = None

    def __init__(self, note: Optional[NoteFileDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PurchaseInvoiceUuidFileDetailsDTO(DTOBase):
    """``PurchaseInvoiceUuidFileDetailsDTO`` of the documented SDK."""
    purchaseInvoice: Optional[PurchaseInvoiceUuidFileDataDTO] = None

    def __init__(self, purchaseInvoice: Optional[PurchaseInvoiceUuidFileDataDTO] = None) -> None:
        self.purchaseInvoice = purchaseInvoice


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderDetailsDTO(DTOBase):
    """``PurchaseOrderDetailsDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderNoteDataDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderNoteDataDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderNoteDataDTO(DTOBase):
    """``PurchaseOrderNoteDataDTO`` of the documented SDK."""
    notes: Optional[List[NoteDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, notes: Optional[List[NoteDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.notes = notes
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderNoteResponseDataDTO(DTOBase):
    """``PurchaseOrderNoteResponseDataDTO`` of the documented SDK."""
    notes: Optional[NoteDataDTO] = None

    def __init__(self, notes: Optional[NoteDataDTO] = None) -> None:
        self.notes = notes


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderNoteResponseDetailsDTO(DTOBase):
    """``PurchaseOrderNoteResponseDetailsDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderNoteResponseDataDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderNoteResponseDataDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderNoteUuidDataDTO(DTOBase):
    """``PurchaseOrderNoteUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteDataDTO] = None

    def __init__(self, note: Optional[NoteDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderNoteUuidDetailsDTO(DTOBase):
    """``PurchaseOrderNoteUuidDetailsDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderNoteUuidDataDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderNoteUuidDataDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderNoteUuidFileUuidDataDTO(DTOBase):
    """``PurchaseOrderNoteUuidFileUuidDataDTO`` of the documented SDK."""
    note: Optional[NoteFileUuidDataDTO] = None

    def __init__(self, note: Optional[NoteFileUuidDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderNoteUuidFileUuidDetailsDTO(DTOBase):
    """``PurchaseOrderNoteUuidFileUuidDetailsDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderNoteUuidFileUuidDataDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderNoteUuidFileUuidDataDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderUuidFileDataDTO(DTOBase):
    """``PurchaseOrderUuidFileDataDTO`` of the documented SDK."""
    note: Optional[NoteFileDataDTO] = None

    def __init__(self, note: Optional[NoteFileDataDTO] = None) -> None:
        self.note = note


@dataclass(repr=False, eq=False, init=False)
class PurchaseOrderUuidFileDetailsDTO(DTOBase):
    """``PurchaseOrderUuidFileDetailsDTO`` of the documented SDK."""
    purchaseOrder: Optional[PurchaseOrderUuidFileDataDTO] = None

    def __init__(self, purchaseOrder: Optional[PurchaseOrderUuidFileDataDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder
