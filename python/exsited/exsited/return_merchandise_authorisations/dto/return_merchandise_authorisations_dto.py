# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.return_merchandise_authorisations.dto.return_merchandise_authorisations_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "CreateReceiveReturnMerchandiseAuthorisationDetailsDTO",
    "CreateReceiveReturnMerchandiseAuthorisationsDTO",
    "CreateReturnMerchandiseAuthorisationDTO",
    "InvoiceReturnMerchandiseAuthorisationDetailsDTO",
    "InvoiceReturnMerchandiseAuthorisationListDTO",
    "ReceiveReturnDTO",
    "ReceiveReturnItemDTO",
    "ReceiveReturnMerchandiseAuthorisationDTO",
    "ReceiveReturnMerchandiseAuthorisationDetailsDTO",
    "ReceiveReturnMerchandiseAuthorisationListDTO",
    "ReceiveReturnMerchandiseAuthorisationsListDTO",
    "ReturnItemDTO",
    "ReturnMerchandiseAuthorisationCreationDTO",
    "ReturnMerchandiseAuthorisationDTO",
    "ReturnMerchandiseAuthorisationDetailsDTO",
    "ReturnMerchandiseAuthorisationListDTO",
    "RmaReturnDataDTO",
]


@dataclass(repr=False, eq=False, init=False)
class CreateReceiveReturnMerchandiseAuthorisationDetailsDTO(DTOBase):
    """``CreateReceiveReturnMerchandiseAuthorisationDetailsDTO`` of the documented SDK."""
    returnMerchandiseAuthorisation: Optional[ReturnMerchandiseAuthorisationDTO] = None

    def __init__(self, returnMerchandiseAuthorisation: Optional[ReturnMerchandiseAuthorisationDTO] = None) -> None:
        self.returnMerchandiseAuthorisation = returnMerchandiseAuthorisation


@dataclass(repr=False, eq=False, init=False)
class CreateReceiveReturnMerchandiseAuthorisationsDTO(DTOBase):
    """``CreateReceiveReturnMerchandiseAuthorisationsDTO`` of the documented SDK."""
    receiveReturnMerchandiseAuthorisations: Optional[ReceiveReturnMerchandiseAuthorisationsListDTO] = None

    def __init__(self, receiveReturnMerchandiseAuthorisations: Optional[ReceiveReturnMerchandiseAuthorisationsListDTO] = None) -> None:
        self.receiveReturnMerchandiseAuthorisations = receiveReturnMerchandiseAuthorisations


@dataclass(repr=False, eq=False, init=False)
class CreateReturnMerchandiseAuthorisationDTO(DTOBase):
    """``CreateReturnMerchandiseAuthorisationDTO`` of the documented SDK."""
    returnMerchandiseAuthorisations: Optional[ReturnMerchandiseAuthorisationCreationDTO] = None

    def __init__(self, returnMerchandiseAuthorisations: Optional[ReturnMerchandiseAuthorisationCreationDTO] = None) -> None:
        self.returnMerchandiseAuthorisations = returnMerchandiseAuthorisations


@dataclass(repr=False, eq=False, init=False)
class InvoiceReturnMerchandiseAuthorisationDetailsDTO(DTOBase):
    """``InvoiceReturnMerchandiseAuthorisationDetailsDTO`` of the documented SDK."""
    invoice: Optional[ReturnMerchandiseAuthorisationDetailsDTO] = None

    def __init__(self, invoice: Optional[ReturnMerchandiseAuthorisationDetailsDTO] = None) -> None:
        self.invoice = invoice


@dataclass(repr=False, eq=False, init=False)
class InvoiceReturnMerchandiseAuthorisationListDTO(DTOBase):
    """``InvoiceReturnMerchandiseAuthorisationListDTO`` of the documented SDK."""
    invoice: Optional[ReturnMerchandiseAuthorisationListDTO] = None

    def __init__(self, invoice: Optional[ReturnMerchandiseAuthorisationListDTO] = None) -> None:
        self.invoice = invoice


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


@dataclass(repr=False, eq=False, init=False)
class ReceiveReturnDTO(DTOBase):
    """``ReceiveReturnDTO`` of the documented SDK."""
    rmaReceiveQuantity: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, rmaReceiveQuantity: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.rmaReceiveQuantity = rmaReceiveQuantity
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class ReceiveReturnItemDTO(DTOBase):
    """``ReceiveReturnItemDTO`` of the documented SDK."""
    rmaReceiveQuantity: Optional[str] = None
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    itemUuid: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, rmaReceiveQuantity: Optional[str] = None, itemId: Optional[str] = None, itemName: Optional[str] = None, itemUuid: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.rmaReceiveQuantity = rmaReceiveQuantity
        self.itemId = itemId
        self.itemName = itemName
        self.itemUuid = itemUuid
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class ReceiveReturnMerchandiseAuthorisationDTO(DTOBase):
    """``ReceiveReturnMerchandiseAuthorisationDTO`` of the documented SDK."""
    id: Optional[str] = None
    receiveReturns: Optional[List[ReceiveReturnItemDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, id: Optional[str] = None, receiveReturns: Optional[List[ReceiveReturnItemDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.id = id
        self.receiveReturns = receiveReturns
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class ReceiveReturnMerchandiseAuthorisationDetailsDTO(DTOBase):
    """``ReceiveReturnMerchandiseAuthorisationDetailsDTO`` of the documented SDK."""
    receiveReturnMerchandiseAuthorisation: Optional[ReceiveReturnMerchandiseAuthorisationDTO] = None

    def __init__(self, receiveReturnMerchandiseAuthorisation: Optional[ReceiveReturnMerchandiseAuthorisationDTO] = None) -> None:
        self.receiveReturnMerchandiseAuthorisation = receiveReturnMerchandiseAuthorisation


@dataclass(repr=False, eq=False, init=False)
class ReceiveReturnMerchandiseAuthorisationListDTO(DTOBase):
    """``ReceiveReturnMerchandiseAuthorisationListDTO`` of the documented SDK."""
    receiveReturnMerchandiseAuthorisations: Optional[List[ReceiveReturnMerchandiseAuthorisationDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, receiveReturnMerchandiseAuthorisations: Optional[List[ReceiveReturnMerchandiseAuthorisationDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.receiveReturnMerchandiseAuthorisations = receiveReturnMerchandiseAuthorisations
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class ReceiveReturnMerchandiseAuthorisationsListDTO(DTOBase):
    """``ReceiveReturnMerchandiseAuthorisationsListDTO`` of the documented SDK."""
    receiveReturns: Optional[List[ReceiveReturnDTO]] = None

    def __init__(self, receiveReturns: Optional[List[ReceiveReturnDTO]] = None) -> None:
        self.receiveReturns = receiveReturns


@dataclass(repr=False, eq=False, init=False)
class ReturnItemDTO(DTOBase):
    """``ReturnItemDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    itemUuid: Optional[str] = None
    rmaReturned: Optional[str] = None
    rmaRequested: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, itemId: Optional[str] = None, itemName: Optional[str] = None, itemUuid: Optional[str] = None, rmaReturned: Optional[str] = None, rmaRequested: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.itemId = itemId
        self.itemName = itemName
        self.itemUuid = itemUuid
        self.rmaReturned = rmaReturned
        self.rmaRequested = rmaRequested
        self.uuid = uuid


@dataclass(repr=False, eq=False, init=False)
class ReturnMerchandiseAuthorisationCreationDTO(DTOBase):
    """``ReturnMerchandiseAuthorisationCreationDTO`` of the documented SDK."""
    id: Optional[str] = None
    date: Optional[str] = None
    note: Optional[str] = None
    returns: Optional[List[RmaReturnDataDTO]] = None

    def __init__(self, id: Optional[str] = None, date: Optional[str] = None, note: Optional[str] = None, returns: Optional[List[RmaReturnDataDTO]] = None) -> None:
        self.id = id
        self.date = date
        self.note = note
        self.returns = returns


@dataclass(repr=False, eq=False, init=False)
class ReturnMerchandiseAuthorisationDTO(DTOBase):
    """``ReturnMerchandiseAuthorisationDTO`` of the documented SDK."""
    id: Optional[str] = None
    customerReturnStatus: Optional[str] = None
    customerReturnDate: Optional[str] = None
    invoiceId: Optional[str] = None
    note: Optional[str] = None
    receivedCount: Optional[str] = None
    returns: Optional[List[ReturnItemDTO]] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    uuid: Optional[str] = None
    version: Optional[str] = None

    def __init__(self, id: Optional[str] = None, customerReturnStatus: Optional[str] = None, customerReturnDate: Optional[str] = None, invoiceId: Optional[str] = None, note: Optional[str] = None, receivedCount: Optional[str] = None, returns: Optional[List[ReturnItemDTO]] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, uuid: Optional[str] = None, version: Optional[str] = None) -> None:
        self.id = id
        self.customerReturnStatus = customerReturnStatus
        self.customerReturnDate = customerReturnDate
        self.invoiceId = invoiceId
        self.note = note
        self.receivedCount = receivedCount
        self.returns = returns
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.uuid = uuid
        self.version = version


@dataclass(repr=False, eq=False, init=False)
class ReturnMerchandiseAuthorisationDetailsDTO(DTOBase):
    """``ReturnMerchandiseAuthorisationDetailsDTO`` of the documented SDK."""
    returnMerchandiseAuthorisation: Optional[ReturnMerchandiseAuthorisationDTO] = None

    def __init__(self, returnMerchandiseAuthorisation: Optional[ReturnMerchandiseAuthorisationDTO] = None) -> None:
        self.returnMerchandiseAuthorisation = returnMerchandiseAuthorisation


@dataclass(repr=False, eq=False, init=False)
class ReturnMerchandiseAuthorisationListDTO(DTOBase):
    """``ReturnMerchandiseAuthorisationListDTO`` of the documented SDK."""
    returnMerchandiseAuthorisations: Optional[List[ReturnMerchandiseAuthorisationDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, returnMerchandiseAuthorisations: Optional[List[ReturnMerchandiseAuthorisationDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.returnMerchandiseAuthorisations = returnMerchandiseAuthorisations
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class RmaReturnDataDTO(DTOBase):
    """``RmaReturnDataDTO`` of the documented SDK."""
    rmaQuantity: Optional[str] = None
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    itemUuid: Optional[str] = None
    uuid: Optional[str] = None

    def __init__(self, rmaQuantity: Optional[str] = None, itemId: Optional[str] = None, itemName: Optional[str] = None, itemUuid: Optional[str] = None, uuid: Optional[str] = None) -> None:
        self.rmaQuantity = rmaQuantity
        self.itemId = itemId
        self.itemName = itemName
        self.itemUuid = itemUuid
        self.uuid = uuid
