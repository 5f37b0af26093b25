# generated from api/ — do not edit; run `make generate`
"""DTO classes of `exsited.exsited.rental_asset_profiles.dto.rental_asset_profiles_nested_dto`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Union

from exsited._dto import DTOBase

__all__ = [
    "RentalAssetDTO",
    "RentalAssetProfileSessionAvailabilityDTO",
    "RentalAssetProfileSessionAvailabilityRequestDTO",
    "RentalAssetProfileSessionDTO",
    "RentalAssetProfileSessionPriceDTO",
    "RentalAssetProfileSessionPriceHoursDTO",
    "RentalAssetProfileSessionPriceHoursRequestDTO",
    "RentalAssetProfileSessionPricePeakHourlyRequestDTO",
    "RentalAssetProfileSessionPriceRequestDTO",
    "RentalAssetProfileSessionRequestDTO",
    "RentalAssetProfileSessionWorkingHoursDTO",
]


@dataclass(repr=False, eq=False, init=False)
class RentalAssetDTO(DTOBase):
    """``RentalAssetDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None
    displayName: Optional[str] = None
    imageName: Optional[str] = None
    useCustomAvailability: Optional[str] = None
    link: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None, displayName: Optional[str] = None, imageName: Optional[str] = None, useCustomAvailability: Optional[str] = None, link: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.name = name
        self.displayName = displayName
        self.imageName = imageName
        self.useCustomAvailability = useCustomAvailability
        self.link = link


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionAvailabilityDTO(DTOBase):
    """``RentalAssetProfileSessionAvailabilityDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    available: Optional[str] = None
    preferredDay: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, available: Optional[str] = None, preferredDay: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.startTime = startTime
        self.endTime = endTime
        self.available = available
        self.preferredDay = preferredDay


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionAvailabilityRequestDTO(DTOBase):
    """``RentalAssetProfileSessionAvailabilityRequestDTO`` of the documented SDK."""
    preferredDay: Optional[str] = None
    available: Optional[Union[bool, str]] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None

    def __init__(self, preferredDay: Optional[str] = None, available: Optional[Union[bool, str]] = None, startTime: Optional[str] = None, endTime: Optional[str] = None) -> None:
        self.preferredDay = preferredDay
        self.available = available
        self.startTime = startTime
        self.endTime = endTime


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionDTO(DTOBase):
    """``RentalAssetProfileSessionDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    name: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    rentalAssetProfileSessionPrices: Optional[List[RentalAssetProfileSessionPriceDTO]] = None
    rentalAssetProfileSessionAvailability: Optional[List[RentalAssetProfileSessionAvailabilityDTO]] = None
    rentalAssetProfileSessionWorkingHours: Optional[List[RentalAssetProfileSessionWorkingHoursDTO]] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, name: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, rentalAssetProfileSessionPrices: Optional[List[RentalAssetProfileSessionPriceDTO]] = None, rentalAssetProfileSessionAvailability: Optional[List[RentalAssetProfileSessionAvailabilityDTO]] = None, rentalAssetProfileSessionWorkingHours: Optional[List[RentalAssetProfileSessionWorkingHoursDTO]] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.name = name
        self.startDate = startDate
        self.endDate = endDate
        self.rentalAssetProfileSessionPrices = rentalAssetProfileSessionPrices
        self.rentalAssetProfileSessionAvailability = rentalAssetProfileSessionAvailability
        self.rentalAssetProfileSessionWorkingHours = rentalAssetProfileSessionWorkingHours


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionPriceDTO(DTOBase):
    """``RentalAssetProfileSessionPriceDTO`` of the documented SDK."""
    id: Optional[Union[int, str]] = None
    status: Optional[str] = None
    uuid: Optional[str] = None
    price: Optional[Union[float, str]] = None
    enabledProRata: Optional[str] = None
    priceType: Optional[str] = None
    pricingLevel: Optional[str] = None
    rentalAssetProfileSessionPriceHours: Optional[List[RentalAssetProfileSessionPriceHoursDTO]] = None

    def __init__(self, id: Optional[Union[int, str]] = None, status: Optional[str] = None, uuid: Optional[str] = None, price: Optional[Union[float, str]] = None, enabledProRata: Optional[str] = None, priceType: Optional[str] = None, pricingLevel: Optional[str] = None, rentalAssetProfileSessionPriceHours: Optional[List[RentalAssetProfileSessionPriceHoursDTO]] = None) -> None:
        self.id = id
        self.status = status
        self.uuid = uuid
        self.price = price
        self.enabledProRata = enabledProRata
        self.priceType = priceType
        self.pricingLevel = pricingLevel
        self.rentalAssetProfileSessionPriceHours = rentalAssetProfileSessionPriceHours


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionPriceHoursDTO(DTOBase):
    """``RentalAssetProfileSessionPriceHoursDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    price: Optional[Union[float, str]] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None, price: Optional[Union[float, str]] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.startTime = startTime
        self.endTime = endTime
        self.price = price


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionPriceHoursRequestDTO(DTOBase):
    """``RentalAssetProfileSessionPriceHoursRequestDTO`` of the documented SDK."""
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    price: Optional[str] = None

    def __init__(self, startTime: Optional[str] = None, endTime: Optional[str] = None, price: Optional[str] = None) -> None:
        self.startTime = startTime
        self.endTime = endTime
        self.price = price


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionPricePeakHourlyRequestDTO(DTOBase):
    """``RentalAssetProfileSessionPricePeakHourlyRequestDTO`` of the documented SDK."""
    startTime: Optional[str] = None
    endTime: Optional[str] = None
    price: Optional[str] = None
    priceType: Optional[str] = None

    def __init__(self, startTime: Optional[str] = None, endTime: Optional[str] = None, price: Optional[str] = None, priceType: Optional[str] = None) -> None:
        self.startTime = startTime
        self.endTime = endTime
        self.price = price
        self.priceType = priceType


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionPriceRequestDTO(DTOBase):
    """``RentalAssetProfileSessionPriceRequestDTO`` of the documented SDK."""
    price: Optional[str] = None
    enabledProRata: Optional[Union[bool, str]] = None
    priceType: Optional[str] = None
    pricingLevel: Optional[str] = None
    rentalAssetProfileSessionPriceHours: Optional[List[RentalAssetProfileSessionPriceHoursRequestDTO]] = None
    rentalAssetProfileSessionPricePeakHourly: Optional[List[RentalAssetProfileSessionPricePeakHourlyRequestDTO]] = None

    def __init__(self, price: Optional[str] = None, enabledProRata: Optional[Union[bool, str]] = None, priceType: Optional[str] = None, pricingLevel: Optional[str] = None, rentalAssetProfileSessionPriceHours: Optional[List[RentalAssetProfileSessionPriceHoursRequestDTO]] = None, rentalAssetProfileSessionPricePeakHourly: Optional[List[RentalAssetProfileSessionPricePeakHourlyRequestDTO]] = None) -> None:
        self.price = price
        self.enabledProRata = enabledProRata
        self.priceType = priceType
        self.pricingLevel = pricingLevel
        self.rentalAssetProfileSessionPriceHours = rentalAssetProfileSessionPriceHours
        self.rentalAssetProfileSessionPricePeakHourly = rentalAssetProfileSessionPricePeakHourly


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionRequestDTO(DTOBase):
    """``RentalAssetProfileSessionRequestDTO`` of the documented SDK."""
    name: Optional[str] = None
    startDate: Optional[str] = None
    endDate: Optional[str] = None
    rentalAssetProfileSessionPrices: Optional[List[RentalAssetProfileSessionPriceRequestDTO]] = None
    rentalAssetProfileSessionAvailability: Optional[List[RentalAssetProfileSessionAvailabilityRequestDTO]] = None

    def __init__(self, name: Optional[str] = None, startDate: Optional[str] = None, endDate: Optional[str] = None, rentalAssetProfileSessionPrices: Optional[List[RentalAssetProfileSessionPriceRequestDTO]] = None, rentalAssetProfileSessionAvailability: Optional[List[RentalAssetProfileSessionAvailabilityRequestDTO]] = None) -> None:
        self.name = name
        self.startDate = startDate
        self.endDate = endDate
        self.rentalAssetProfileSessionPrices = rentalAssetProfileSessionPrices
        self.rentalAssetProfileSessionAvailability = rentalAssetProfileSessionAvailability


@dataclass(repr=False, eq=False, init=False)
class RentalAssetProfileSessionWorkingHoursDTO(DTOBase):
    """``RentalAssetProfileSessionWorkingHoursDTO`` of the documented SDK."""
    status: Optional[str] = None
    uuid: Optional[str] = None
    startTime: Optional[str] = None
    endTime: Optional[str] = None

    def __init__(self, status: Optional[str] = None, uuid: Optional[str] = None, startTime: Optional[str] = None, endTime: Optional[str] = None) -> None:
        self.status = status
        self.uuid = uuid
        self.startTime = startTime
        self.endTime = endTime
