# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.item_receipt.dto.item_receipt_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "ItemReceiptCreateDataDTO",
    "ItemReceiptCreateLineDTO",
    "ItemReceiptCreateRequestDTO",
    "ItemReceiptDTO",
    "ItemReceiptDetailsDTO",
    "ItemReceiptLineDTO",
    "ItemReceiptListDTO",
    "ItemReceiptUpdateDataDTO",
    "ItemReceiptUpdateLineDTO",
    "ItemReceiptUpdateRequestDTO",
]


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptCreateDataDTO(DTOBase):
    """``ItemReceiptCreateDataDTO`` of the documented SDK."""
    receiptStatus: Optional[str] = None
    date: Optional[str] = None
    receiptNote: Optional[str] = None
    trackingNumber: Optional[str] = None
    receipts: Optional[List[ItemReceiptCreateLineDTO]] = None

    def __init__(self, receiptStatus: Optional[str] = None, date: Optional[str] = None, receiptNote: Optional[str] = None, trackingNumber: Optional[str] = None, receipts: Optional[List[ItemReceiptCreateLineDTO]] = None) -> None:
        self.receiptStatus = receiptStatus
        self.date = date
        self.receiptNote = receiptNote
        self.trackingNumber = trackingNumber
        self.receipts = receipts


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptCreateLineDTO(DTOBase):
    """``ItemReceiptCreateLineDTO`` of the documented SDK."""
    lineUuid: Optional[str] = None
    receiptQuantity: Optional[str] = None

    def __init__(self, lineUuid: Optional[str] = None, receiptQuantity: Optional[str] = None) -> None:
        self.lineUuid = lineUuid
        self.receiptQuantity = receiptQuantity


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptCreateRequestDTO(DTOBase):
    """``ItemReceiptCreateRequestDTO`` of the documented SDK."""
    itemReceipt: Optional[ItemReceiptCreateDataDTO] = None

    def __init__(self, itemReceipt: Optional[ItemReceiptCreateDataDTO] = None) -> None:
        self.itemReceipt = itemReceipt


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptDTO(DTOBase):
    """``ItemReceiptDTO`` of the documented SDK."""
    receiptStatus: Optional[str] = None
    date: Optional[str] = None
    id: Optional[str] = None
    purchaseOrderId: Optional[str] = None
    trackingNumber: Optional[str] = None
    note: Optional[str] = None
    receipts: Optional[List[ItemReceiptLineDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None

    def __init__(self, receiptStatus: Optional[str] = None, date: Optional[str] = None, id: Optional[str] = None, purchaseOrderId: Optional[str] = None, trackingNumber: Optional[str] = None, note: Optional[str] = None, receipts: Optional[List[ItemReceiptLineDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None) -> None:
        self.receiptStatus = receiptStatus
        self.date = date
        self.id = id
        self.purchaseOrderId = purchaseOrderId
        self.trackingNumber = trackingNumber
        self.note = note
        self.receipts = receipts
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptDetailsDTO(DTOBase):
    """``ItemReceiptDetailsDTO`` of the documented SDK."""
    purchaseOrder: Optional[ItemReceiptListDTO] = None

    def __init__(self, purchaseOrder: Optional[ItemReceiptListDTO] = None) -> None:
        self.purchaseOrder = purchaseOrder


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptLineDTO(DTOBase):
    """``ItemReceiptLineDTO`` of the documented SDK."""
    lineUuid: Optional[str] = None
    itemId: Optional[str] = None
    uom: Optional[str] = None
    warehouse: Optional[str] = None
    receiptQuantity: Optional[str] = None
    receiptLeft: Optional[str] = None

    def __init__(self, lineUuid: Optional[str] = None, itemId: Optional[str] = None, uom: Optional[str] = None, warehouse: Optional[str] = None, receiptQuantity: Optional[str] = None, receiptLeft: Optional[str] = None) -> None:
        self.lineUuid = lineUuid
        self.itemId = itemId
        self.uom = uom
        self.warehouse = warehouse
        self.receiptQuantity = receiptQuantity
        self.receiptLeft = receiptLeft


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptListDTO(DTOBase):
    """``ItemReceiptListDTO`` of the documented SDK."""
    itemReceipts: Optional[List[ItemReceiptDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, itemReceipts: Optional[List[ItemReceiptDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.itemReceipts = itemReceipts
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptUpdateDataDTO(DTOBase):
    """``ItemReceiptUpdateDataDTO`` of the documented SDK."""
    receiptStatus: Optional[str] = None
    date: Optional[str] = None
    id: Optional[str] = None
    purchaseOrderId: Optional[str] = None
    trackingNumber: Optional[str] = None
    note: Optional[str] = None
    receipts: Optional[List[ItemReceiptUpdateLineDTO]] = None

    def __init__(self, receiptStatus: Optional[str] = None, date: Optional[str] = None, id: Optional[str] = None, purchaseOrderId: Optional[str] = None, trackingNumber: Optional[str] = None, note: Optional[str] = None, receipts: Optional[List[ItemReceiptUpdateLineDTO]] = None) -> None:
        self.receiptStatus = receiptStatus
        self.date = date
        self.id = id
        self.purchaseOrderId = purchaseOrderId
        self.trackingNumber = trackingNumber
        self.note = note
        self.receipts = receipts


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptUpdateLineDTO(DTOBase):
    """``ItemReceiptUpdateLineDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    lineUuid: Optional[str] = None
    receiptQuantity: Optional[str] = None
    receiptLeft: Optional[str] = None

    def __init__(self, itemId: Optional[str] = None, lineUuid: Optional[str] = None, receiptQuantity: Optional[str] = None, receiptLeft: Optional[str] = None) -> None:
        self.itemId = itemId
        self.lineUuid = lineUuid
        self.receiptQuantity = receiptQuantity
        self.receiptLeft = receiptLeft


@dataclass(repr=False, eq=False, init=False)
class ItemReceiptUpdateRequestDTO(DTOBase):
    """``ItemReceiptUpdateRequestDTO`` of the documented SDK."""
    itemReceipt: Optional[ItemReceiptUpdateDataDTO] = None

    def __init__(self, itemReceipt: Optional[ItemReceiptUpdateDataDTO] = None) -> None:
        self.itemReceipt = itemReceipt


@dataclass(repr=False, eq=False, init=False)
class PaginationDTO(DTOBase):
    """``PaginationDTO`` of the documented SDK."""
    records: Optional[Union[int, str]] = None
    limit: Optional[Union[int, str]] = None
    offset: Optional[Union[int, str]] = None
    previousPage: Optional[str] = None
    nextPage: Optional[str] = None

    def __init__(self, records: Optional[Union[int, str]] = None, limit: Optional[Union[int, str]] = None, offset: Optional[Union[int, str]] = None, previousPage: Optional[str] = None, nextPage: Optional[str] = None) -> None:
        self.records = records
        self.limit = limit
        self.offset = offset
        self.previousPage = previousPage
        self.nextPage = nextPage
