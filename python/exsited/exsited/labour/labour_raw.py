# generated from api/ — do not edit; run `make generate`
"""The typed ``with_raw_response`` of ``sdk.labour``."""

from typing import Any, Awaitable, Dict, Optional, Union, cast

from exsited._raw import RawResource, RawResponse
from exsited.exsited.common.common_enum import SortDirection
from exsited.exsited.common.dto.common_dto import DeleteResponseDTO
from exsited.exsited.labour.dto.labour_availability_dto import (
    LabourAvailabilityDetailsDTO,
    LabourAvailabilityListDTO,
    LabourAvailabilityUpdateDTO,
)
from exsited.exsited.labour.dto.labour_booking_dto import (
    AvailableLabourListDTO,
    LabourBookingChangeRequestDTO,
    LabourBookingRequestDTO,
    LabourBookingResponseDTO,
    LabourOrdersListDTO,
)
from exsited.exsited.labour.dto.labour_dto import (
    LabourCreateDTO,
    LabourDetailsDTO,
    LabourListDTO,
    LabourUpdateDTO,
)
from exsited.exsited.labour.dto.labour_profile_dto import (
    LabourProfileCreateDTO,
    LabourProfileDetailsDTO,
    LabourProfileListDTO,
    LabourProfileUpdateDTO,
)


class LabourRaw(RawResource):
    """``Labour.with_raw_response``: its methods (but ``iter_all``), each answering a ``RawResponse``."""

    def labour_orders_list(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LabourOrdersListDTO]:
        """``Labour.labour_orders_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourOrdersListDTO]", self._resource.labour_orders_list(
            labour_uuid=labour_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def labour_create(self, request_data: LabourCreateDTO) -> RawResponse[LabourDetailsDTO]:
        """``Labour.labour_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourDetailsDTO]", self._resource.labour_create(request_data=request_data))

    def labour_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LabourListDTO]:
        """``Labour.labour_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourListDTO]", self._resource.labour_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def labour_details(self, uuid: str) -> RawResponse[LabourDetailsDTO]:
        """``Labour.labour_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourDetailsDTO]", self._resource.labour_details(uuid=uuid))

    def labour_update(self, uuid: str, request_data: LabourUpdateDTO) -> RawResponse[LabourDetailsDTO]:
        """``Labour.labour_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourDetailsDTO]", self._resource.labour_update(uuid=uuid, request_data=request_data))

    def labour_delete(self, uuid: str) -> RawResponse[DeleteResponseDTO]:
        """``Labour.labour_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResponseDTO]", self._resource.labour_delete(uuid=uuid))

    def labour_profile_create(self, request_data: LabourProfileCreateDTO) -> RawResponse[LabourProfileDetailsDTO]:
        """``Labour.labour_profile_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourProfileDetailsDTO]", self._resource.labour_profile_create(
            request_data=request_data,
        ))

    def labour_profile_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LabourProfileListDTO]:
        """``Labour.labour_profile_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourProfileListDTO]", self._resource.labour_profile_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def labour_profile_details(self, uuid: str) -> RawResponse[LabourProfileDetailsDTO]:
        """``Labour.labour_profile_details``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourProfileDetailsDTO]", self._resource.labour_profile_details(uuid=uuid))

    def labour_profile_update(
        self,
        uuid: str,
        request_data: LabourProfileUpdateDTO,
    ) -> RawResponse[LabourProfileDetailsDTO]:
        """``Labour.labour_profile_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourProfileDetailsDTO]", self._resource.labour_profile_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def labour_profile_delete(self, uuid: str) -> RawResponse[DeleteResponseDTO]:
        """``Labour.labour_profile_delete``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[DeleteResponseDTO]", self._resource.labour_profile_delete(uuid=uuid))

    def labour_availability_list(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[LabourAvailabilityListDTO]:
        """``Labour.labour_availability_list``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourAvailabilityListDTO]", self._resource.labour_availability_list(
            param_filters=param_filters,
        ))

    def labour_availability_update(
        self,
        request_data: LabourAvailabilityUpdateDTO,
    ) -> RawResponse[LabourAvailabilityDetailsDTO]:
        """``Labour.labour_availability_update``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourAvailabilityDetailsDTO]", self._resource.labour_availability_update(
            request_data=request_data,
        ))

    def labour_available_for_booking(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> RawResponse[AvailableLabourListDTO]:
        """``Labour.labour_available_for_booking``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[AvailableLabourListDTO]", self._resource.labour_available_for_booking(
            param_filters=param_filters,
        ))

    def labour_booking_create(self, request_data: LabourBookingRequestDTO) -> RawResponse[LabourBookingResponseDTO]:
        """``Labour.labour_booking_create``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourBookingResponseDTO]", self._resource.labour_booking_create(
            request_data=request_data,
        ))

    def labour_booking_change(
        self,
        order_id: str,
        request_data: LabourBookingChangeRequestDTO,
    ) -> RawResponse[LabourBookingResponseDTO]:
        """``Labour.labour_booking_change``, answering a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("RawResponse[LabourBookingResponseDTO]", self._resource.labour_booking_change(
            order_id=order_id,
            request_data=request_data,
        ))


class AsyncLabourRaw(RawResource):
    """``AsyncLabour.with_raw_response``: its methods (but ``iter_all``), each answering an awaitable of a ``RawResponse``."""

    def labour_orders_list(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LabourOrdersListDTO]]:
        """``AsyncLabour.labour_orders_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourOrdersListDTO]]", self._resource.labour_orders_list(
            labour_uuid=labour_uuid,
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def labour_create(self, request_data: LabourCreateDTO) -> Awaitable[RawResponse[LabourDetailsDTO]]:
        """``AsyncLabour.labour_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourDetailsDTO]]", self._resource.labour_create(request_data=request_data))

    def labour_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LabourListDTO]]:
        """``AsyncLabour.labour_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourListDTO]]", self._resource.labour_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def labour_details(self, uuid: str) -> Awaitable[RawResponse[LabourDetailsDTO]]:
        """``AsyncLabour.labour_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourDetailsDTO]]", self._resource.labour_details(uuid=uuid))

    def labour_update(self, uuid: str, request_data: LabourUpdateDTO) -> Awaitable[RawResponse[LabourDetailsDTO]]:
        """``AsyncLabour.labour_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourDetailsDTO]]", self._resource.labour_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def labour_delete(self, uuid: str) -> Awaitable[RawResponse[DeleteResponseDTO]]:
        """``AsyncLabour.labour_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResponseDTO]]", self._resource.labour_delete(uuid=uuid))

    def labour_profile_create(
        self,
        request_data: LabourProfileCreateDTO,
    ) -> Awaitable[RawResponse[LabourProfileDetailsDTO]]:
        """``AsyncLabour.labour_profile_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourProfileDetailsDTO]]", self._resource.labour_profile_create(
            request_data=request_data,
        ))

    def labour_profile_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LabourProfileListDTO]]:
        """``AsyncLabour.labour_profile_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourProfileListDTO]]", self._resource.labour_profile_list(
            limit=limit,
            offset=offset,
            direction=direction,
            order_by=order_by,
            param_filters=param_filters,
        ))

    def labour_profile_details(self, uuid: str) -> Awaitable[RawResponse[LabourProfileDetailsDTO]]:
        """``AsyncLabour.labour_profile_details``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourProfileDetailsDTO]]", self._resource.labour_profile_details(uuid=uuid))

    def labour_profile_update(
        self,
        uuid: str,
        request_data: LabourProfileUpdateDTO,
    ) -> Awaitable[RawResponse[LabourProfileDetailsDTO]]:
        """``AsyncLabour.labour_profile_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourProfileDetailsDTO]]", self._resource.labour_profile_update(
            uuid=uuid,
            request_data=request_data,
        ))

    def labour_profile_delete(self, uuid: str) -> Awaitable[RawResponse[DeleteResponseDTO]]:
        """``AsyncLabour.labour_profile_delete``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[DeleteResponseDTO]]", self._resource.labour_profile_delete(uuid=uuid))

    def labour_availability_list(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[LabourAvailabilityListDTO]]:
        """``AsyncLabour.labour_availability_list``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourAvailabilityListDTO]]", self._resource.labour_availability_list(
            param_filters=param_filters,
        ))

    def labour_availability_update(
        self,
        request_data: LabourAvailabilityUpdateDTO,
    ) -> Awaitable[RawResponse[LabourAvailabilityDetailsDTO]]:
        """``AsyncLabour.labour_availability_update``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourAvailabilityDetailsDTO]]", self._resource.labour_availability_update(
            request_data=request_data,
        ))

    def labour_available_for_booking(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[RawResponse[AvailableLabourListDTO]]:
        """``AsyncLabour.labour_available_for_booking``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[AvailableLabourListDTO]]", self._resource.labour_available_for_booking(
            param_filters=param_filters,
        ))

    def labour_booking_create(
        self,
        request_data: LabourBookingRequestDTO,
    ) -> Awaitable[RawResponse[LabourBookingResponseDTO]]:
        """``AsyncLabour.labour_booking_create``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourBookingResponseDTO]]", self._resource.labour_booking_create(
            request_data=request_data,
        ))

    def labour_booking_change(
        self,
        order_id: str,
        request_data: LabourBookingChangeRequestDTO,
    ) -> Awaitable[RawResponse[LabourBookingResponseDTO]]:
        """``AsyncLabour.labour_booking_change``, answering an awaitable of a ``RawResponse`` (``parse()`` gives what it returns)."""
        return cast("Awaitable[RawResponse[LabourBookingResponseDTO]]", self._resource.labour_booking_change(
            order_id=order_id,
            request_data=request_data,
        ))
