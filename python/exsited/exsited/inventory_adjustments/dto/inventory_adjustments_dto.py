# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.inventory_adjustments.dto.inventory_adjustments_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "InventoryAdjustmentDTO",
    "InventoryAdjustmentsListResponseDTO",
]


@dataclass(repr=False, eq=False, init=False)
class InventoryAdjustmentDTO(DTOBase):
    """``InventoryAdjustmentDTO`` of the documented SDK."""
    itemId: Optional[str] = None
    itemName: Optional[str] = None
    warehouseName: Optional[str] = None
    quantityOnHand: Optional[str] = None
    quantityPromised: Optional[str] = None
    quantityOnOrder: Optional[str] = None
    quantityOnReturn: Optional[str] = None
    quantityOnPurchaseReturn: Optional[str] = None
    quantityAvailable: Optional[str] = None
    quantityOnReserve: Optional[str] = None
    reference: Optional[str] = None
    adjustmentType: Optional[str] = None
    adjustmentAmount: Optional[str] = None
    accountingCode: Optional[str] = None
    createdBy: Optional[str] = None
    createdAt: Optional[str] = None

    def __init__(self, itemId: Optional[str] = None, itemName: Optional[str] = None, warehouseName: Optional[str] = None, quantityOnHand: Optional[str] = None, quantityPromised: Optional[str] = None, quantityOnOrder: Optional[str] = None, quantityOnReturn: Optional[str] = None, quantityOnPurchaseReturn: Optional[str] = None, quantityAvailable: Optional[str] = None, quantityOnReserve: Optional[str] = None, reference: Optional[str] = None, adjustmentType: Optional[str] = None, adjustmentAmount: Optional[str] = None, accountingCode: Optional[str] = None, createdBy: Optional[str] = None, createdAt: Optional[str] = None) -> None:
        self.itemId = itemId
        self.itemName = itemName
        self.warehouseName = warehouseName
        self.quantityOnHand = quantityOnHand
        self.quantityPromised = quantityPromised
        self.quantityOnOrder = quantityOnOrder
        self.quantityOnReturn = quantityOnReturn
        self.quantityOnPurchaseReturn = quantityOnPurchaseReturn
        self.quantityAvailable = quantityAvailable
        self.quantityOnReserve = quantityOnReserve
        self.reference = reference
        self.adjustmentType = adjustmentType
        self.adjustmentAmount = adjustmentAmount
        self.accountingCode = accountingCode
        self.createdBy = createdBy
        self.createdAt = createdAt


@dataclass(repr=False, eq=False, init=False)
class InventoryAdjustmentsListResponseDTO(DTOBase):
    """``InventoryAdjustmentsListResponseDTO`` of the documented SDK."""
    inventoriesAdjustments: Optional[List[InventoryAdjustmentDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, inventoriesAdjustments: Optional[List[InventoryAdjustmentDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.inventoriesAdjustments = inventoriesAdjustments
        self.pagination = pagination
