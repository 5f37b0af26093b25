# generated from api/ — do not edit; run `make generate`
"""``sdk.labour``: the labour operations of the documented SDK."""

from typing import Any, AsyncIterator, Awaitable, Dict, Iterator, Optional, Union, cast

from exsited import _args as args
from exsited._args import FileArg
from exsited._dto import DTOBase
from exsited._resource import Resource
from exsited._transport import Call, Listing
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
from exsited.exsited.order.dto.labour_order_dto import LabourOrderDataDTO

#: What a delete (204 No Content) returns.
DeleteResult = Dict[str, Any]


class Labour(Resource):
    """``sdk.labour``: the labour operations of the documented SDK."""

    def labour_orders_list(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> LabourOrdersListDTO:
        """One page of orders of the labours.

        GET /api/v3/labours/{id}/orders

        Returns LabourOrdersListDTO.
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("LabourOrdersListDTO", self._run(Call("order.labour_list", path, query=query, answer=LabourOrdersListDTO)))

    def labour_orders_list_iter_all(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[LabourOrderDataDTO]:
        """Every record of ``labour_orders_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours/{id}/orders

        Returns Iterator[LabourOrderDataDTO].
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[LabourOrderDataDTO]", self._iterate(Listing("order.labour_list", path, query, limit, offset, LabourOrderDataDTO)))

    def labour_create(self, request_data: LabourCreateDTO) -> LabourDetailsDTO:
        """Creates a record in labours.

        POST /api/v3/labours

        Returns LabourDetailsDTO.
        """
        body = args.body("request_data", request_data, (LabourCreateDTO,))
        return cast("LabourDetailsDTO", self._run(Call("labour.labour_create", body=body, answer=LabourDetailsDTO)))

    def labour_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> LabourListDTO:
        """One page of labours.

        GET /api/v3/labours

        Returns LabourListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("LabourListDTO", self._run(Call("labour.labour_list", query=query, answer=LabourListDTO)))

    def labour_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``labour_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("labour.labour_list", [], query, limit, offset, None)))

    def labour_details(self, uuid: str) -> LabourDetailsDTO:
        """Reads one record of labours.

        GET /api/v3/labours/{uuid}

        Returns LabourDetailsDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("LabourDetailsDTO", self._run(Call("labour.labour_details", path, answer=LabourDetailsDTO)))

    def labour_update(self, uuid: str, request_data: LabourUpdateDTO) -> LabourDetailsDTO:
        """Updates one record of labours.

        PATCH /api/v3/labours/{uuid}

        Returns LabourDetailsDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (LabourUpdateDTO,))
        return cast("LabourDetailsDTO", self._run(Call("labour.labour_update", path, body=body, answer=LabourDetailsDTO)))

    def labour_delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes one record of labours.

        DELETE /api/v3/labours/{uuid}

        Returns DeleteResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("labour.labour_delete", path, answer=DeleteResponseDTO)))

    def labour_profile_create(self, request_data: LabourProfileCreateDTO) -> LabourProfileDetailsDTO:
        """Creates a record in labour profiles.

        POST /api/v3/labour-profiles

        Returns LabourProfileDetailsDTO.
        """
        body = args.body("request_data", request_data, (LabourProfileCreateDTO,))
        return cast("LabourProfileDetailsDTO", self._run(Call("labour.labour_profile_create", body=body, answer=LabourProfileDetailsDTO)))

    def labour_profile_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> LabourProfileListDTO:
        """One page of labour profiles.

        GET /api/v3/labour-profiles

        Returns LabourProfileListDTO.
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("LabourProfileListDTO", self._run(Call("labour.labour_profile_list", query=query, answer=LabourProfileListDTO)))

    def labour_profile_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every record of ``labour_profile_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labour-profiles

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("Iterator[Dict[str, Any]]", self._iterate(Listing("labour.labour_profile_list", [], query, limit, offset, None)))

    def labour_profile_details(self, uuid: str) -> LabourProfileDetailsDTO:
        """Reads one record of labour profiles.

        GET /api/v3/labour-profiles/{uuid}

        Returns LabourProfileDetailsDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("LabourProfileDetailsDTO", self._run(Call("labour.labour_profile_details", path, answer=LabourProfileDetailsDTO)))

    def labour_profile_update(self, uuid: str, request_data: LabourProfileUpdateDTO) -> LabourProfileDetailsDTO:
        """Updates one record of labour profiles.

        PATCH /api/v3/labour-profiles/{uuid}

        Returns LabourProfileDetailsDTO.
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (LabourProfileUpdateDTO,))
        return cast("LabourProfileDetailsDTO", self._run(Call("labour.labour_profile_update", path, body=body, answer=LabourProfileDetailsDTO)))

    def labour_profile_delete(self, uuid: str) -> DeleteResponseDTO:
        """Deletes one record of labour profiles.

        DELETE /api/v3/labour-profiles/{uuid}

        Returns DeleteResponseDTO.
        """
        path = [args.ident("uuid", uuid)]
        return cast("DeleteResponseDTO", self._run(Call("labour.labour_profile_delete", path, answer=DeleteResponseDTO)))

    def labour_availability_list(self, param_filters: Optional[Dict[str, Any]] = None) -> LabourAvailabilityListDTO:
        """Reads the labour availability.

        GET /api/v3/labour-availability

        Returns LabourAvailabilityListDTO.
        """
        query = args.query([], param_filters)
        return cast("LabourAvailabilityListDTO", self._run(Call("labour.labour_availability_list", query=query, answer=LabourAvailabilityListDTO)))

    def labour_availability_update(self, request_data: LabourAvailabilityUpdateDTO) -> LabourAvailabilityDetailsDTO:
        """Updates the labour availability.

        PATCH /api/v3/labour-availability

        Returns LabourAvailabilityDetailsDTO.
        """
        body = args.body("request_data", request_data, (LabourAvailabilityUpdateDTO,))
        return cast("LabourAvailabilityDetailsDTO", self._run(Call("labour.labour_availability_update", body=body, answer=LabourAvailabilityDetailsDTO)))

    def labour_available_for_booking(self, param_filters: Optional[Dict[str, Any]] = None) -> AvailableLabourListDTO:
        """Reads the available for booking of the labours.

        GET /api/v3/labours/available-for-booking

        Returns AvailableLabourListDTO.
        """
        query = args.query([], param_filters)
        return cast("AvailableLabourListDTO", self._run(Call("labour.labour_available_for_booking", query=query, answer=AvailableLabourListDTO)))

    def labour_booking_create(self, request_data: LabourBookingRequestDTO) -> LabourBookingResponseDTO:
        """Creates a record in booking.

        POST /api/v3/booking

        Returns LabourBookingResponseDTO.
        """
        body = args.body("request_data", request_data, (LabourBookingRequestDTO,))
        return cast("LabourBookingResponseDTO", self._run(Call("labour.labour_booking_create", body=body, answer=LabourBookingResponseDTO)))

    def labour_booking_change(
        self,
        order_id: str,
        request_data: LabourBookingChangeRequestDTO,
    ) -> LabourBookingResponseDTO:
        """Runs change of the booking.

        POST /api/v3/booking/{order_id}/change

        Returns LabourBookingResponseDTO.
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (LabourBookingChangeRequestDTO,))
        return cast("LabourBookingResponseDTO", self._run(Call("labour.labour_booking_change", path, body=body, answer=LabourBookingResponseDTO)))


class AsyncLabour(Resource):
    """``sdk.labour``: the labour operations of the documented SDK. Every method returns an awaitable (``iter_all``: an async iterator)."""

    def labour_orders_list(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LabourOrdersListDTO]:
        """One page of orders of the labours.

        GET /api/v3/labours/{id}/orders

        Returns Awaitable[LabourOrdersListDTO].
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[LabourOrdersListDTO]", self._run(Call("order.labour_list", path, query=query, answer=LabourOrdersListDTO)))

    def labour_orders_list_iter_all(
        self,
        labour_uuid: str,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[LabourOrderDataDTO]:
        """Every record of ``labour_orders_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours/{id}/orders

        Returns AsyncIterator[LabourOrderDataDTO].
        """
        path = [args.ident("labour_uuid", labour_uuid)]
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[LabourOrderDataDTO]", self._iterate(Listing("order.labour_list", path, query, limit, offset, LabourOrderDataDTO)))

    def labour_create(self, request_data: LabourCreateDTO) -> Awaitable[LabourDetailsDTO]:
        """Creates a record in labours.

        POST /api/v3/labours

        Returns Awaitable[LabourDetailsDTO].
        """
        body = args.body("request_data", request_data, (LabourCreateDTO,))
        return cast("Awaitable[LabourDetailsDTO]", self._run(Call("labour.labour_create", body=body, answer=LabourDetailsDTO)))

    def labour_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LabourListDTO]:
        """One page of labours.

        GET /api/v3/labours

        Returns Awaitable[LabourListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[LabourListDTO]", self._run(Call("labour.labour_list", query=query, answer=LabourListDTO)))

    def labour_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``labour_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labours

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("labour.labour_list", [], query, limit, offset, None)))

    def labour_details(self, uuid: str) -> Awaitable[LabourDetailsDTO]:
        """Reads one record of labours.

        GET /api/v3/labours/{uuid}

        Returns Awaitable[LabourDetailsDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[LabourDetailsDTO]", self._run(Call("labour.labour_details", path, answer=LabourDetailsDTO)))

    def labour_update(self, uuid: str, request_data: LabourUpdateDTO) -> Awaitable[LabourDetailsDTO]:
        """Updates one record of labours.

        PATCH /api/v3/labours/{uuid}

        Returns Awaitable[LabourDetailsDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (LabourUpdateDTO,))
        return cast("Awaitable[LabourDetailsDTO]", self._run(Call("labour.labour_update", path, body=body, answer=LabourDetailsDTO)))

    def labour_delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of labours.

        DELETE /api/v3/labours/{uuid}

        Returns Awaitable[DeleteResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("labour.labour_delete", path, answer=DeleteResponseDTO)))

    def labour_profile_create(self, request_data: LabourProfileCreateDTO) -> Awaitable[LabourProfileDetailsDTO]:
        """Creates a record in labour profiles.

        POST /api/v3/labour-profiles

        Returns Awaitable[LabourProfileDetailsDTO].
        """
        body = args.body("request_data", request_data, (LabourProfileCreateDTO,))
        return cast("Awaitable[LabourProfileDetailsDTO]", self._run(Call("labour.labour_profile_create", body=body, answer=LabourProfileDetailsDTO)))

    def labour_profile_list(
        self,
        limit: Optional[int] = None,
        offset: Optional[int] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        order_by: Optional[str] = None,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LabourProfileListDTO]:
        """One page of labour profiles.

        GET /api/v3/labour-profiles

        Returns Awaitable[LabourProfileListDTO].
        """
        query = args.query([("limit", limit), ("offset", offset), ("direction", direction), ("order_by", order_by)], param_filters)
        return cast("Awaitable[LabourProfileListDTO]", self._run(Call("labour.labour_profile_list", query=query, answer=LabourProfileListDTO)))

    def labour_profile_list_iter_all(
        self,
        limit: Optional[int] = None,
        order_by: Optional[str] = None,
        direction: Optional[Union[SortDirection, str]] = None,
        offset: Optional[int] = None,
    ) -> AsyncIterator[Dict[str, Any]]:
        """Every record of ``labour_profile_list``, fetched lazily page by page (``limit`` = page size).

        GET /api/v3/labour-profiles

        Returns the answer's JSON as plain data (documented as dict).
        """
        query = args.listing(None, None, direction, order_by)
        return cast("AsyncIterator[Dict[str, Any]]", self._iterate(Listing("labour.labour_profile_list", [], query, limit, offset, None)))

    def labour_profile_details(self, uuid: str) -> Awaitable[LabourProfileDetailsDTO]:
        """Reads one record of labour profiles.

        GET /api/v3/labour-profiles/{uuid}

        Returns Awaitable[LabourProfileDetailsDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[LabourProfileDetailsDTO]", self._run(Call("labour.labour_profile_details", path, answer=LabourProfileDetailsDTO)))

    def labour_profile_update(
        self,
        uuid: str,
        request_data: LabourProfileUpdateDTO,
    ) -> Awaitable[LabourProfileDetailsDTO]:
        """Updates one record of labour profiles.

        PATCH /api/v3/labour-profiles/{uuid}

        Returns Awaitable[LabourProfileDetailsDTO].
        """
        path = [args.ident("uuid", uuid)]
        body = args.body("request_data", request_data, (LabourProfileUpdateDTO,))
        return cast("Awaitable[LabourProfileDetailsDTO]", self._run(Call("labour.labour_profile_update", path, body=body, answer=LabourProfileDetailsDTO)))

    def labour_profile_delete(self, uuid: str) -> Awaitable[DeleteResponseDTO]:
        """Deletes one record of labour profiles.

        DELETE /api/v3/labour-profiles/{uuid}

        Returns Awaitable[DeleteResponseDTO].
        """
        path = [args.ident("uuid", uuid)]
        return cast("Awaitable[DeleteResponseDTO]", self._run(Call("labour.labour_profile_delete", path, answer=DeleteResponseDTO)))

    def labour_availability_list(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[LabourAvailabilityListDTO]:
        """Reads the labour availability.

        GET /api/v3/labour-availability

        Returns Awaitable[LabourAvailabilityListDTO].
        """
        query = args.query([], param_filters)
        return cast("Awaitable[LabourAvailabilityListDTO]", self._run(Call("labour.labour_availability_list", query=query, answer=LabourAvailabilityListDTO)))

    def labour_availability_update(
        self,
        request_data: LabourAvailabilityUpdateDTO,
    ) -> Awaitable[LabourAvailabilityDetailsDTO]:
        """Updates the labour availability.

        PATCH /api/v3/labour-availability

        Returns Awaitable[LabourAvailabilityDetailsDTO].
        """
        body = args.body("request_data", request_data, (LabourAvailabilityUpdateDTO,))
        return cast("Awaitable[LabourAvailabilityDetailsDTO]", self._run(Call("labour.labour_availability_update", body=body, answer=LabourAvailabilityDetailsDTO)))

    def labour_available_for_booking(
        self,
        param_filters: Optional[Dict[str, Any]] = None,
    ) -> Awaitable[AvailableLabourListDTO]:
        """Reads the available for booking of the labours.

        GET /api/v3/labours/available-for-booking

        Returns Awaitable[AvailableLabourListDTO].
        """
        query = args.query([], param_filters)
        return cast("Awaitable[AvailableLabourListDTO]", self._run(Call("labour.labour_available_for_booking", query=query, answer=AvailableLabourListDTO)))

    def labour_booking_create(self, request_data: LabourBookingRequestDTO) -> Awaitable[LabourBookingResponseDTO]:
        """Creates a record in booking.

        POST /api/v3/booking

        Returns Awaitable[LabourBookingResponseDTO].
        """
        body = args.body("request_data", request_data, (LabourBookingRequestDTO,))
        return cast("Awaitable[LabourBookingResponseDTO]", self._run(Call("labour.labour_booking_create", body=body, answer=LabourBookingResponseDTO)))

    def labour_booking_change(
        self,
        order_id: str,
        request_data: LabourBookingChangeRequestDTO,
    ) -> Awaitable[LabourBookingResponseDTO]:
        """Runs change of the booking.

        POST /api/v3/booking/{order_id}/change

        Returns Awaitable[LabourBookingResponseDTO].
        """
        path = [args.ident("order_id", order_id)]
        body = args.body("request_data", request_data, (LabourBookingChangeRequestDTO,))
        return cast("Awaitable[LabourBookingResponseDTO]", self._run(Call("labour.labour_booking_change", path, body=body, answer=LabourBookingResponseDTO)))
