# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.item_fulfillment.dto.item_fulfillment_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute

if TYPE_CHECKING:
    from exsited.exsited.item.dto.item_dto import PaginationDTO

__all__ = [
    "FulfillmentDTO",
    "ItemFulfillmentCreateDTO",
    "ItemFulfillmentDataDTO",
    "ItemFulfillmentDetailsDTO",
    "ItemFulfillmentInvoiceDTO",
    "ItemFulfillmentInvoiceListDTO",
    "ItemFulfillmentListResponseDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "PaginationDTO": ("exsited.exsited.item.dto.item_dto", "PaginationDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class FulfillmentDTO(DTOBase):
    """``FulfillmentDTO`` of the documented SDK."""
    itemUuid: Optional[str] = None
    itemId: Optional[str] = None
    uom: Optional[str] = None
    warehouse: Optional[str] = None
    fulfillmentQuantity: Optional[str] = None
    fulfillmentLeft: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, itemUuid: Optional[str] = None, itemId: Optional[str] = None, uom: Optional[str] = None, warehouse: Optional[str] = None, fulfillmentQuantity: Optional[str] = None, fulfillmentLeft: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.itemUuid = itemUuid
        self.itemId = itemId
        self.uom = uom
        self.warehouse = warehouse
        self.fulfillmentQuantity = fulfillmentQuantity
        self.fulfillmentLeft = fulfillmentLeft
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class ItemFulfillmentCreateDTO(DTOBase):
    """``ItemFulfillmentCreateDTO`` of the documented SDK."""
    itemFulfillments: Optional[ItemFulfillmentDataDTO] = None

    def __init__(self, itemFulfillments: Optional[ItemFulfillmentDataDTO] = None) -> None:
        self.itemFulfillments = itemFulfillments


@dataclass(repr=False, eq=False, init=False)
class ItemFulfillmentDataDTO(DTOBase):
    """``ItemFulfillmentDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    date: Optional[str] = None
    id: Optional[str] = None
    orderId: Optional[str] = None
    invoiceId: Optional[str] = None
    trackingNumber: Optional[str] = None
    note: Optional[str] = None
    fulfillments: Optional[List[FulfillmentDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None

    def __init__(self, status: Optional[str] = None, date: Optional[str] = None, id: Optional[str] = None, orderId: Optional[str] = None, invoiceId: Optional[str] = None, trackingNumber: Optional[str] = None, note: Optional[str] = None, fulfillments: Optional[List[FulfillmentDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None) -> None:
        self.status = status
        self.date = date
        self.id = id
        self.orderId = orderId
        self.invoiceId = invoiceId
        self.trackingNumber = trackingNumber
        self.note = note
        self.fulfillments = fulfillments
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version


@dataclass(repr=False, eq=False, init=False)
class ItemFulfillmentDetailsDTO(DTOBase):
    """``ItemFulfillmentDetailsDTO`` of the documented SDK."""
    itemFulfillment: Optional[ItemFulfillmentDataDTO] = None

    def __init__(self, itemFulfillment: Optional[ItemFulfillmentDataDTO] = None) -> None:
        self.itemFulfillment = itemFulfillment


@dataclass(repr=False, eq=False, init=False)
class ItemFulfillmentInvoiceDTO(DTOBase):
    """``ItemFulfillmentInvoiceDTO`` of the documented SDK."""
    invoice: Optional[ItemFulfillmentDetailsDTO] = None

    def __init__(self, invoice: Optional[ItemFulfillmentDetailsDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class ItemFulfillmentInvoiceListDTO(DTOBase):
    """``ItemFulfillmentInvoiceListDTO`` of the documented SDK."""
    invoice: Optional[ItemFulfillmentListResponseDTO] = None

    def __init__(self, invoice: Optional[ItemFulfillmentListResponseDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class ItemFulfillmentListResponseDTO(DTOBase):
    """``ItemFulfillmentListResponseDTO`` of the documented SDK."""
    itemFulfillments: Optional[List[ItemFulfillmentDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, itemFulfillments: Optional[List[ItemFulfillmentDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.itemFulfillments = itemFulfillments
        self.pagination = pagination
