# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.discount_profile.dto.discount_profile_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase
from exsited.exsited.common.dto.common_dto import PaginationDTO

__all__ = [
    "DiscountProfileCodeRefDTO",
    "DiscountProfileCreateDTO",
    "DiscountProfileCreateDataDTO",
    "DiscountProfileDataDTO",
    "DiscountProfileDetailsDTO",
    "DiscountProfileListDTO",
    "RedemptionCodeDataDTO",
    "RedemptionCodeRequestDTO",
    "RedemptionCodeRequestItemDTO",
]


@dataclass(repr=False, eq=False, init=False)
class DiscountProfileCodeRefDTO(DTOBase):
    """``DiscountProfileCodeRefDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    name: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, name: Optional[str] = None) -> None:
        self.uuid = uuid
        self.name = name


@dataclass(repr=False, eq=False, init=False)
class DiscountProfileCreateDTO(DTOBase):
    """``DiscountProfileCreateDTO`` of the documented SDK."""
    discountProfiles: Optional[DiscountProfileCreateDataDTO] = None

    def __init__(self, discountProfiles: Optional[DiscountProfileCreateDataDTO] = None) -> None:
        self.discountProfiles = discountProfiles


@dataclass(repr=False, eq=False, init=False)
class DiscountProfileCreateDataDTO(DTOBase):
    """``DiscountProfileCreateDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    discountType: Optional[str] = None
    ownerType: Optional[str] = None
    percentageAmount: Optional[str] = None
    fixedAmount: Optional[str] = None
    redemptionRequired: Optional[Union[bool, str]] = None
    accountingCode: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    maxUseTotal: Optional[str] = None
    maxUsePerAccount: Optional[str] = None
    maxUsePerOrder: Optional[str] = None
    stackable: Optional[Union[bool, str]] = None
    priority: Optional[str] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, discountType: Optional[str] = None, ownerType: Optional[str] = None, percentageAmount: Optional[str] = None, fixedAmount: Optional[str] = None, redemptionRequired: Optional[Union[bool, str]] = None, accountingCode: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, maxUseTotal: Optional[str] = None, maxUsePerAccount: Optional[str] = None, maxUsePerOrder: Optional[str] = None, stackable: Optional[Union[bool, str]] = None, priority: Optional[str] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.description = description
        self.discountType = discountType
        self.ownerType = ownerType
        self.percentageAmount = percentageAmount
        self.fixedAmount = fixedAmount
        self.redemptionRequired = redemptionRequired
        self.accountingCode = accountingCode
        self.startTime = startTime
        self.endTime = endTime
        self.maxUseTotal = maxUseTotal
        self.maxUsePerAccount = maxUsePerAccount
        self.maxUsePerOrder = maxUsePerOrder
        self.stackable = stackable
        self.priority = priority


@dataclass(repr=False, eq=False, init=False)
class DiscountProfileDataDTO(DTOBase):
    """``DiscountProfileDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    status: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    description: Optional[str] = None
    invoiceNote: Optional[str] = None
    discountType: Optional[str] = None
    ownerType: Optional[str] = None
    discountStartTime: Optional[str] = None
    discountEndTime: Optional[str] = None
    maximumUse: Optional[str] = None
    totalUsageCount: Optional[str] = None
    maximumUsePerAccount: Optional[str] = None
    maximumUsePerOrder: Optional[str] = None
    stackable: Optional[Union[bool, str]] = None
    priority: Optional[str] = None
    requiresRedemptionCode: Optional[Union[bool, str]] = None
    priceIsInclusiveOfDiscount: Optional[Union[bool, str]] = None
    excludeProductOnSale: Optional[Union[bool, str]] = None
    maximumDiscountAllowedInOrder: Optional[Union[bool, str]] = None
    accountingCode: Optional[DiscountProfileCodeRefDTO] = None
    taxCode: Optional[DiscountProfileCodeRefDTO] = None
    version: Optional[Union[int, str]] = None
    createdOn: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    fixed: Optional[str] = None
    percentage: Optional[Union[float, str]] = None
    redemptionCode: Optional[List[RedemptionCodeDataDTO]] = None
    configuration: Optional[Dict[str, Any]] = None

    def __init__(self, uuid: Optional[str] = None, status: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, description: Optional[str] = None, invoiceNote: Optional[str] = None, discountType: Optional[str] = None, ownerType: Optional[str] = None, discountStartTime: Optional[str] = None, discountEndTime: Optional[str] = None, maximumUse: Optional[str] = None, totalUsageCount: Optional[str] = None, maximumUsePerAccount: Optional[str] = None, maximumUsePerOrder: Optional[str] = None, stackable: Optional[Union[bool, str]] = None, priority: Optional[str] = None, requiresRedemptionCode: Optional[Union[bool, str]] = None, priceIsInclusiveOfDiscount: Optional[Union[bool, str]] = None, excludeProductOnSale: Optional[Union[bool, str]] = None, maximumDiscountAllowedInOrder: Optional[Union[bool, str]] = None, accountingCode: Optional[DiscountProfileCodeRefDTO] = None, taxCode: Optional[DiscountProfileCodeRefDTO] = None, version: Optional[Union[int, str]] = None, createdOn: Optional[str] = None, lastUpdatedOn: Optional[str] = None, fixed: Optional[str] = None, percentage: Optional[Union[float, str]] = None, redemptionCode: Optional[List[RedemptionCodeDataDTO]] = None, configuration: Optional[Dict[str, Any]] = None) -> None:
        self.uuid = uuid
        self.status = status
        self.name = name
        self.displayName = displayName
        self.description = description
        self.invoiceNote = invoiceNote
        self.discountType = discountType
        self.ownerType = ownerType
        self.discountStartTime = discountStartTime
        self.discountEndTime = discountEndTime
        self.maximumUse = maximumUse
        self.totalUsageCount = totalUsageCount
        self.maximumUsePerAccount = maximumUsePerAccount
        self.maximumUsePerOrder = maximumUsePerOrder
        self.stackable = stackable
        self.priority = priority
        self.requiresRedemptionCode = requiresRedemptionCode
        self.priceIsInclusiveOfDiscount = priceIsInclusiveOfDiscount
        self.excludeProductOnSale = excludeProductOnSale
        self.maximumDiscountAllowedInOrder = maximumDiscountAllowedInOrder
        self.accountingCode = accountingCode
        self.taxCode = taxCode
        self.version = version
        self.createdOn = createdOn
        self.lastUpdatedOn = lastUpdatedOn
        self.fixed = fixed
        self.percentage = percentage
        self.redemptionCode = redemptionCode
        self.configuration = configuration


@dataclass(repr=False, eq=False, init=False)
class DiscountProfileDetailsDTO(DTOBase):
    """``DiscountProfileDetailsDTO`` of the documented SDK."""
    discountProfile: Optional[DiscountProfileDataDTO] = None

    def __init__(self, discountProfile: Optional[DiscountProfileDataDTO] = None) -> None:
        self.discountProfile = discountProfile


@dataclass(repr=False, eq=False, init=False)
class DiscountProfileListDTO(DTOBase):
    """``DiscountProfileListDTO`` of the documented SDK."""
    discountProfiles: Optional[List[DiscountProfileDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, discountProfiles: Optional[List[DiscountProfileDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.discountProfiles = discountProfiles
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class RedemptionCodeDataDTO(DTOBase):
    """``RedemptionCodeDataDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    codeId: Optional[str] = None
    note: Optional[str] = None
    maxLimit: Optional[str] = None
    usageCount: Optional[str] = None
    account: Optional[str] = None

    def __init__(self, uuid: Optional[str] = None, codeId: Optional[str] = None, note: Optional[str] = None, maxLimit: Optional[str] = None, usageCount: Optional[str] = None, account: Optional[str] = None) -> None:
        self.uuid = uuid
        self.codeId = codeId
        self.note = note
        self.maxLimit = maxLimit
        self.usageCount = usageCount
        self.account = account


@dataclass(repr=False, eq=False, init=False)
class RedemptionCodeRequestDTO(DTOBase):
    """``RedemptionCodeRequestDTO`` of the documented SDK."""
    redemptionCodes: Optional[List[RedemptionCodeRequestItemDTO]] = None

    def __init__(self, redemptionCodes: Optional[List[RedemptionCodeRequestItemDTO]] = None) -> None:
        self.redemptionCodes = redemptionCodes


@dataclass(repr=False, eq=False, init=False)
class RedemptionCodeRequestItemDTO(DTOBase):
    """``RedemptionCodeRequestItemDTO`` of the documented SDK."""
    uuid: Optional[str] = None
    code: Optional[str] = None
    note: Optional[str] = None
    maxUse: Optional[str] = None
    account: Optional[str] = None
    deleted: Optional[Union[bool, str]] = None

    def __init__(self, uuid: Optional[str] = None, code: Optional[str] = None, note: Optional[str] = None, maxUse: Optional[str] = None, account: Optional[str] = None, deleted: Optional[Union[bool, str]] = None) -> None:
        self.uuid = uuid
        self.code = code
        self.note = note
        self.maxUse = maxUse
        self.account = account
        self.deleted = deleted
