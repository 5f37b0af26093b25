# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.rental_asset_profiles.dto.rental_asset_profiles_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from exsited._dto import DTOBase, lazy_attribute
from exsited.exsited.common.dto.common_dto import PaginationDTO, TaxDTO

if TYPE_CHECKING:
    from exsited.exsited.rental_asset_profiles.dto.rental_asset_profiles_nested_dto import RentalAssetDTO, RentalAssetProfileSessionDTO, RentalAssetProfileSessionRequestDTO

__all__ = [
    "RentalAssetProfileDataDTO",
    "RentalAssetProfileDetailsDTO",
    "RentalAssetProfileListDTO",
    "RentalAssetProfileRequestDTO",
    "RentalAssetProfileRequestDataDTO",
]

# Classes of other modules named by the fields here, imported when first loaded.
_REFS: Dict[str, Tuple[str, str]] = {
    "RentalAssetDTO": ("exsited.exsited.rental_asset_profiles.dto.rental_asset_profiles_nested_dto", "RentalAssetDTO"),
    "RentalAssetProfileSessionDTO": ("exsited.exsited.rental_asset_profiles.dto.rental_asset_profiles_nested_dto", "RentalAssetProfileSessionDTO"),
    "RentalAssetProfileSessionRequestDTO": ("exsited.exsited.rental_asset_profiles.dto.rental_asset_profiles_nested_dto", "RentalAssetProfileSessionRequestDTO"),
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """`from <this module> import <a class of _REFS>` works, as in the documented SDK."""
        return lazy_attribute(__name__, name)


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileDataDTO(DTOBase):
    """``RentalAssetProfileDataDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    maxBookingLimit: Optional[str] = None
    taxInclusive: Optional[str] = None
    currency: Optional[str] = None
    tax: Optional[TaxDTO] = None
    createdBy: Optional[str] = None
    createdOn: Optional[str] = None
    lastUpdatedBy: Optional[str] = None
    lastUpdatedOn: Optional[str] = None
    rentalAssets: Optional[List[RentalAssetDTO]] = None
    rentalAssetProfileSessions: Optional[List[RentalAssetProfileSessionDTO]] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, maxBookingLimit: Optional[str] = None, taxInclusive: Optional[str] = None, currency: Optional[str] = None, tax: Optional[TaxDTO] = None, createdBy: Optional[str] = None, createdOn: Optional[str] = None, lastUpdatedBy: Optional[str] = None, lastUpdatedOn: Optional[str] = None, rentalAssets: Optional[List[RentalAssetDTO]] = None, rentalAssetProfileSessions: Optional[List[RentalAssetProfileSessionDTO]] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.maxBookingLimit = maxBookingLimit
        self.taxInclusive = taxInclusive
        self.currency = currency
        self.tax = tax
        self.createdBy = createdBy
        self.createdOn = createdOn
        self.lastUpdatedBy = lastUpdatedBy
        self.lastUpdatedOn = lastUpdatedOn
        self.rentalAssets = rentalAssets
        self.rentalAssetProfileSessions = rentalAssetProfileSessions


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileDetailsDTO(DTOBase):
    """``RentalAssetProfileDetailsDTO`` of the documented SDK."""
    rentalAssetProfile: Optional[RentalAssetProfileDataDTO] = None

    def __init__(self, rentalAssetProfile: Optional[RentalAssetProfileDataDTO] = None) -> None:
        self.rentalAssetProfile = rentalAssetProfile


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileListDTO(DTOBase):
    """``RentalAssetProfileListDTO`` of the documented SDK."""
    rentalAssetProfiles: Optional[List[RentalAssetProfileDataDTO]] = None
    pagination: Optional[PaginationDTO] = None

    def __init__(self, rentalAssetProfiles: Optional[List[RentalAssetProfileDataDTO]] = None, pagination: Optional[PaginationDTO] = None) -> None:
        self.rentalAssetProfiles = rentalAssetProfiles
        self.pagination = pagination


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileRequestDTO(DTOBase):
    """``RentalAssetProfileRequestDTO`` of the documented SDK."""
    rentalAssetProfile: Optional[RentalAssetProfileRequestDataDTO]

    def __init__(self, rentalAssetProfile: Optional[RentalAssetProfileRequestDataDTO]) -> None:
        self.rentalAssetProfile = rentalAssetProfile


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileRequestDataDTO(DTOBase):
    """``RentalAssetProfileRequestDataDTO`` of the documented SDK."""
    name: Optional[str] = None
    displayName: Optional[str] = None
    maxBookingLimit: Optional[str] = None
    currency: Optional[str] = None
    tax: Optional[TaxDTO] = None
    taxInclusive: Optional[Union[bool, str]] = None
    rentalAssetProfileSessions: Optional[List[RentalAssetProfileSessionRequestDTO]] = None

    def __init__(self, name: Optional[str] = None, displayName: Optional[str] = None, maxBookingLimit: Optional[str] = None, currency: Optional[str] = None, tax: Optional[TaxDTO] = None, taxInclusive: Optional[Union[bool, str]] = None, rentalAssetProfileSessions: Optional[List[RentalAssetProfileSessionRequestDTO]] = None) -> None:
        self.name = name
        self.displayName = displayName
        self.maxBookingLimit = maxBookingLimit
        self.currency = currency
        self.tax = tax
        self.taxInclusive = taxInclusive
        self.rentalAssetProfileSessions = rentalAssetProfileSessions
